# The home page.
home-title = Home
home-heading = Your care and support, in one place
home-lead = { -service-name } lets you read your care and support plan, choose how your personal budget is paid, and message your social worker, in writing or in British Sign Language.
home-run-by = This service is run by { $organisation }.
home-what-heading = What you can do here
home-what-plan = read your care and support plan and ask questions about it
home-what-budget = choose how your personal budget is paid and see what has been spent
home-what-message = message your social worker, in text or as a BSL video
home-what-carers = let a carer help you, seeing only what you choose to share
home-what-compare = compare social work practices and ask to move to another one
home-access-heading = Make it work for you
home-access-body = You can make text bigger, use a high contrast colour scheme, add extra spacing and turn off movement. Your choices apply on every page.
home-access-settings-link = Change display settings
