# Easy Read. A message `easy-x` is the Easy Read twin of message `x`: a
# reader who chose Easy Read gets it instead (i18n::t). Where there is no
# twin, they get the standard words. `easy-points-<page>-<n>` are the Easy
# Read points of a key page, one idea each, and `…-alt` the alt text of
# the picture beside it.

## Twins
easy-home-lead = This website helps you with your care and support.
easy-home-run-by = { $organisation } runs this website.
easy-needs-lead = Tell us how you like to talk to us.
easy-support-lead = You can ask for someone to help you talk at a meeting.
easy-practices-find-lead = Find a social work team that is right for you.
easy-plan-glance-title = Your plan
easy-needs-title-own = How I communicate
easy-support-title = Ask for help to talk at meetings

## Home
easy-points-home-1 = This is Careway.
easy-points-home-1-alt = A house
easy-points-home-2 = You can read your care plan.
easy-points-home-2-alt = A page with writing
easy-points-home-3 = You can see your money for care.
easy-points-home-3-alt = A pound coin
easy-points-home-4 = You can send a message to your social worker.
easy-points-home-4-alt = A speech bubble
easy-points-home-5 = You can look at other social work teams.
easy-points-home-5-alt = Two boxes side by side
easy-points-home-6 = You can ask for help at any time.
easy-points-home-6-alt = A question mark

## Your plan at a glance
easy-points-plan-1 = This is your care and support plan.
easy-points-plan-1-alt = A page with writing
easy-points-plan-2 = It says what matters to you.
easy-points-plan-2-alt = A tick
easy-points-plan-3 = It says how much money you have for care.
easy-points-plan-3-alt = A pound coin
easy-points-plan-4 = You can tell us if something is wrong.
easy-points-plan-4-alt = A speech bubble
easy-points-plan-5 = We look at your plan again on a date.
easy-points-plan-5-alt = A calendar

## How your budget can be paid
easy-points-budget-options-1 = You have money for your care.
easy-points-budget-options-1-alt = A pound coin
easy-points-budget-options-2 = You can choose who looks after the money.
easy-points-budget-options-2-alt = Two people
easy-points-budget-options-3 = You can have the money yourself.
easy-points-budget-options-3-alt = A page with writing
easy-points-budget-options-4 = You can change your mind later.
easy-points-budget-options-4-alt = Two arrows going different ways
easy-points-budget-options-5 = Your social worker will help you choose.
easy-points-budget-options-5-alt = A speech bubble

## Messages
easy-points-messages-1 = You can send a message to your social worker.
easy-points-messages-1-alt = A speech bubble
easy-points-messages-2 = You can send a video.
easy-points-messages-2-alt = A video camera
easy-points-messages-3 = You can sign in BSL in your video.
easy-points-messages-3-alt = A hand signing
easy-points-messages-4 = We will tell you when we have read it.
easy-points-messages-4-alt = A tick
easy-points-messages-5 = A carer can help you write.
easy-points-messages-5-alt = Two people

## Find a practice
easy-points-find-practice-1 = You can look for a social work team.
easy-points-find-practice-1-alt = A magnifying glass
easy-points-find-practice-2 = Some teams help people like you.
easy-points-find-practice-2-alt = Two people
easy-points-find-practice-3 = Some teams sign in BSL.
easy-points-find-practice-3-alt = A hand signing
easy-points-find-practice-4 = You can look at teams side by side.
easy-points-find-practice-4-alt = Two boxes side by side
easy-points-find-practice-5 = You can ask to move to a new team.
easy-points-find-practice-5-alt = Two arrows going different ways

## How to complain
easy-points-complain-1 = You can tell us if you are not happy.
easy-points-complain-1-alt = A speech bubble with a warning mark
easy-points-complain-2 = It will not change your care.
easy-points-complain-2-alt = A shield with a tick
easy-points-complain-3 = Someone can help you say it.
easy-points-complain-3-alt = Two people
easy-points-complain-4 = We will answer you by a date.
easy-points-complain-4-alt = A calendar
easy-points-complain-5 = You can ask someone else if you are still not happy.
easy-points-complain-5-alt = A question mark

## Communication needs
easy-points-communication-1 = Tell us how you talk and listen.
easy-points-communication-1-alt = An ear
easy-points-communication-2 = You can ask for BSL.
easy-points-communication-2-alt = A hand signing
easy-points-communication-3 = You can ask for big writing or Easy Read.
easy-points-communication-3-alt = A page with writing
easy-points-communication-4 = You can ask for someone to help at meetings.
easy-points-communication-4-alt = Two people
easy-points-communication-5 = We will do what you ask.
easy-points-communication-5-alt = A tick
