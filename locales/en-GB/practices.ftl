# Practices: finding, comparing, reviews, and moving to another practice.

core-nav-practices = Find a practice
core-nav-practice = Your practice
person-link-messages = Messages
person-link-messages-hint = Write to the social worker, in words or in British Sign Language.
person-link-switch = Change practice
person-link-switch-hint = Ask to move to another social work practice. Your record goes with you.

## Words used everywhere here
practices-yes = Yes
practices-no = No
practices-none-given = Not given
practices-run-by = Who runs it
practices-councils = Councils it works for
practices-supports = Who it supports
practices-first-visit = First visit
practices-languages = Languages spoken
practices-bsl-staff = Social workers fluent in BSL
practices-deafblind = Deafblind communication
practices-home-visits = Home visits
practices-premises = Premises
practices-regulators = Regulators
practices-accepting = Accepting new people.
practices-accepting-wait = { $weeks ->
    [0] Accepting new people. No wait for a first visit.
    [one] Accepting new people. About { $weeks } week's wait for a first visit.
   *[other] Accepting new people. About { $weeks } weeks' wait for a first visit.
}
practices-not-accepting = Not accepting new people just now.
practices-group-physical-disability = adults with physical disabilities
practices-group-older-mental-health = older people with mental health needs
practices-group-deaf = deaf people
practices-group-deafblind = deafblind people
practices-group-visually-impaired = blind and partially sighted people
practices-group-learning-disability = adults with learning disabilities
practices-group-mental-health = adults with mental health needs
practices-group-autism = autistic adults
practices-language-en = English
practices-language-cy = Welsh (Cymraeg)
practices-language-bfi = British Sign Language (BSL)
practices-language-pl = Polish
practices-language-pa = Punjabi
practices-language-ur = Urdu
practices-language-bn = Bengali
practices-language-so = Somali
practices-language-ro = Romanian
practices-language-ar = Arabic
practices-org-social-enterprise = A social enterprise led by social workers
practices-org-mutual = A mutual owned by its staff
practices-org-community-interest-company = A community interest company
practices-org-charity = A charity
practices-org-partnership = A partnership of social workers
practices-regulator-swe = Social Work England (the lead social worker's registration)
practices-regulator-cqc = Care Quality Commission
practices-regulator-other = Other regulator

## Find a practice
practices-find-title = Find a social work practice
practices-find-lead = Social work practices are independent organisations, led by social workers, that do the council's social work for groups of adults. You can compare them, and ask to move to another one.
practices-filter-council = Council area
practices-any-council = Any council
practices-filter-group = Who they support
practices-anyone = Anyone
practices-filter-language = Language
practices-any-language = Any language
practices-filter-only = Only show practices
practices-only-bsl = with social workers fluent in British Sign Language
practices-only-accepting = accepting new people
practices-sort-legend = Sort by
practices-sort-name = Name
practices-sort-wait = Shortest wait first
practices-filter-button = Show practices
practices-found = { $count ->
    [0] No practices found
    [one] { $count } practice found
   *[other] { $count } practices found
}
practices-none-found = No practice matches everything you chose.
practices-none-advice-filters = Try taking away a filter, such as the language or "accepting new people".
practices-none-advice-council = Your council can tell you about the practices it works with.
practices-show-all = Show all practices
practices-compare-hint = Tick 2 to 4 practices, then choose "Compare ticked practices".
practices-compare-this = Compare { $name }
practices-compare-button = Compare ticked practices

## Compare
practices-compare-title = Compare practices
practices-compare-lead = The figures come from Careway's own records, not from the practices.
practices-compare-caption = { $count } practices side by side
practices-compare-wrong = { $count ->
    [one] You chose { $count } practice. Choose from { $min } to { $max } practices to compare
   *[other] You chose { $count } practices. Choose from { $min } to { $max } practices to compare
}
practices-back-to-find = Back to all practices

## A practice's profile
practices-ask-to-move = Ask to move to this practice
practices-about-heading = About the practice
practices-communication-heading = Languages and communication
practices-contact-heading = Contact and opening times
practices-address = Address
practices-phone = Phone
practices-email = Email
practices-opening = Opening times
practices-website-link = { $name } website
practices-premises-heading = Premises and accessibility
practices-accountable-heading = How it is held to account
practices-accountable-lead = The practice works under a contract with the council, which checks its work. These are its registrations with regulators.
practices-no-registrations = No registrations are given.
practices-registration = { $regulator }: { $reference }
practices-complaints-heading = Making a complaint
practices-complaints-link = How to complain to { $name }
practices-advocacy-heading = Independent advocacy
practices-advocacy-link = Get an independent advocate to help you
practices-figures-heading = How the practice is doing
practices-figures-lead = These figures are worked out from Careway's own records, never reported by the practice. A figure based on fewer than 10 cases is not shown, so that nobody can be identified.
practices-figure-not-enough = { $min ->
   *[other] Not enough data yet (fewer than { $min } cases)
}
practices-figure-reply = Replies to messages
practices-figure-reply-value = A first reply in { $median } (median). { $percent }% answered within { $days } working days.
practices-figure-reply-counts = { $days ->
   *[other] Counts conversations started over the last { $days } days: the time from a person's first message to the practice's first reply.
}
practices-figure-reviews = Plan reviews on time
practices-figure-reviews-value = { $percent }% of { $count } reviews were done by their due date.
practices-figure-reviews-counts = { $days ->
   *[other] Counts care and support plan reviews that fell due over the last { $days } days.
}
practices-figure-complaints = Complaints
practices-figure-complaints-value = { $count ->
    [one] { $count } complaint. { $percent }% resolved within the practice's target.
   *[other] { $count } complaints. { $percent }% resolved within the practice's target.
}
practices-figure-complaints-count-only = { $count ->
    [one] { $count } complaint. Too few have reached their target date to say how many were resolved on time.
   *[other] { $count } complaints. Too few have reached their target date to say how many were resolved on time.
}
practices-figure-complaints-counts = { $days ->
   *[other] Counts complaints received over the last { $days } days, to the practice or to the council about it.
}
practices-figure-ratings = People's ratings
practices-figure-ratings-value = { $count ->
   *[other] { $average } out of 5, from { $count } reviews.
}
practices-figure-ratings-counts = { $days ->
   *[other] Counts published reviews written over the last { $days } days by people the practice supports or supported.
}

## Reviews
practices-reviews-heading = What people say
practices-reviews-none = There are no published reviews yet.
practices-leave-review = Leave a review of this practice
practices-review-by = By someone the practice supports, { $date }
practices-review-reply-by = { $name } replied:
practices-rating-of-5 = { $rating } out of 5
practices-own-review-pending = Thank you for your review. The practice is checking it before it is published.
practices-own-review-published = Your review is published below.
practices-own-review-rejected = Your review was not published.
practices-own-review-reason = The practice's reason: { $reason }
practices-review-title = Review { $name }
practices-review-lead = Only people the practice supports, or supported, can review it. Your name is not shown. The practice checks each review before it is published, and can reply to it in public.
practices-rating-legend = How would you rate the practice?
practices-rating-5 = 5: very good
practices-rating-4 = 4: good
practices-rating-3 = 3: neither good nor poor
practices-rating-2 = 2: poor
practices-rating-1 = 1: very poor
practices-review-body-label = Tell us why
practices-review-body-hint = For example, how quickly they replied, whether they listened, and whether they helped. Do not include anyone's name or health details.
practices-review-send = Send review
practices-review-sent = Thank you. The practice will check your review before it is published.
practices-review-error-rating = Select a rating from 1 to 5
practices-review-error-body = Tell us why you gave this rating

## Moving practice (the person)
practices-switch-title = Change practice
practices-switch-current = You are with { $name }.
practices-switch-no-current = You are not with a practice yet.
practices-switch-lead = You can ask to move to another practice that works for your council and supports people like you. Your plan, budget and messages go with you. Your care continues while you move.
practices-switch-to = Which practice would you like to move to?
practices-switch-to-hint = These practices work for your council and support people like you.
practices-switch-reason = Why do you want to move? (optional)
practices-switch-reason-hint = You do not have to say. It helps the new practice plan your first visit.
practices-switch-consent-legend = Your record
practices-switch-consent-hint = The new practice needs your record to carry on your support.
practices-switch-consent = I agree that my record (my plan, budget and messages) goes to the new practice
practices-switch-send = Ask to move
practices-switch-sent = Your request to move has been sent. The new practice will reply.
practices-switch-open = Your request to move to { $name }
practices-switch-past = Earlier requests
practices-switch-to-name = To { $name }
practices-switch-none-eligible = There is no other practice in Careway that works for your council and supports people like you. Your council can tell you about others.
practices-switch-state-requested = Asked
practices-switch-state-accepted = Accepted by the new practice
practices-switch-state-moving = Your record is moving
practices-switch-state-done = Moved
practices-switch-state-declined = Declined
practices-switch-next-requested = The new practice will accept or decline your request. You will get an email when it does.
practices-switch-next-accepted = The new practice has accepted. It will now arrange to move your record.
practices-switch-next-moving = Your record is moving. You will get an email when the move is complete.
practices-switch-error-to = Select the practice you would like to move to
practices-switch-error-consent = Tick to agree that your record goes to the new practice, or you cannot move
practices-switch-error-open = You have already asked to move. You can ask again once that request is finished

## The practice manager's pages
practices-manage-title = Your practice
practices-manage-lead = This is what people see when they find and compare practices.
practices-manage-see-public = See the public profile
practices-manage-profile-link = Profile
practices-manage-reviews-link = Reviews
practices-manage-switches-link = Requests to move
practices-manage-save = Save the profile
practices-manage-saved = The profile is saved.
practices-field-name = Name
practices-field-summary = Summary
practices-field-summary-hint = One sentence about who you support and where.
practices-field-description = About the practice
practices-field-accepting = Are you accepting new people?
practices-field-wait = Current wait for a first visit, in weeks (optional)
practices-field-wait-hint = A whole number, for example 3.
practices-field-premises-hint = For example: step-free access, hearing loop, quiet room, signs.
practices-field-website = Website
practices-field-postcode = Postcode
practices-field-opening-hint = One line for each, for example "Monday to Friday, 9am to 5pm".
practices-field-swe = Social Work England registration of the lead social worker
practices-field-swe-url = Link to the Social Work England register
practices-field-cqc = Care Quality Commission registration (if you have one)
practices-field-cqc-hint = Only for practices that also provide regulated care.
practices-field-cqc-url = Link to your CQC page
practices-field-complaints = Your complaints procedure
practices-field-complaints-url = Link to your complaints procedure
practices-field-advocacy-url = Link to independent advocacy
practices-error-name = Enter the practice's name
practices-error-name-taken = Another practice already has this name
practices-error-summary = Enter a summary
practices-error-choose = Select one of the options
practices-error-wait = Enter the wait as a whole number of weeks from 0 to 104, or leave it empty
practices-error-councils = Select at least one council
practices-error-groups = Select at least one group of people you support
practices-error-web = Enter a web address starting https://

practices-moderate-title = Reviews
practices-moderate-lead = Publish a review, or reject it with a reason. The person sees your reason, and every decision is kept. You can reply in public to published reviews.
practices-moderate-pending = { $count ->
    [one] { $count } review to check
   *[other] { $count } reviews to check
}
practices-moderate-published = { $count ->
    [one] { $count } published review
   *[other] { $count } published reviews
}
practices-moderate-rejected = { $count ->
    [one] { $count } rejected review
   *[other] { $count } rejected reviews
}
practices-moderate-from = From { $name }
practices-moderate-publish = Publish
practices-moderate-reason = Reason for rejecting (needed to reject)
practices-moderate-reason-hint = For example, it names a member of staff, or includes someone's health details.
practices-moderate-reject = Reject
practices-moderate-reply = Your public reply
practices-moderate-reply-hint = Shown under the review, with the practice's name.
practices-moderate-reply-send = Save reply
practices-moderate-published-done = The review is published.
practices-moderate-rejected-done = The review is rejected, and the person can see why.
practices-moderate-replied = Your reply is published.
practices-moderate-error-reason = Enter the reason for rejecting the review
practices-moderate-error-reply = Enter your reply

practices-switches-title = Requests to move
practices-switches-incoming = Asking to move to your practice
practices-switches-outgoing = Moving away from your practice
practices-switches-none = There are none.
practices-switches-from = { $name }, from { $practice }
practices-switches-reason = Their reason: { $reason }
practices-switches-to = { $name }, to { $practice }: { $state }
practices-switches-note = Note to the person (needed to decline)
practices-switches-note-hint = The person sees this with the request.
practices-switches-do-accepted = Accept
practices-switches-do-declined = Decline
practices-switches-do-moving = Start moving the record
practices-switches-do-done = The move is complete
practices-switches-updated = The request is updated. The person and their carers have been told by email.
practices-switches-error-reason = Enter the reason for declining

## Email
mail-practice-change-subject = Your request to change practice has an update
mail-practice-change-body = There is an update to your request to change social work practice in Careway. Sign in to see it:
    
    { $link }

## Who has looked
audit-viewed-switch-request = { $who } looked at your request to change practice
audit-requested-switch = { $who } asked for you to change practice
audit-updated-switch = { $who } updated your request to change practice
audit-moved-practice = { $who } completed your move to a new practice
audit-code-viewed-switch-request = Looked at a request to change practice
audit-code-requested-switch = Asked to change practice
audit-code-updated-switch = Updated a request to change practice
audit-code-moved-practice = Moved the person to a new practice
