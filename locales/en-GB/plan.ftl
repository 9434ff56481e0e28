## The care and support plan
plan-title = Care and support plan
plan-title-own = Your care and support plan
plan-glance-title = Your plan at a glance
plan-none = There is no agreed plan yet.
plan-not-set = Not set
plan-type = Type of plan
plan-type-long-term = Long-term care and support
plan-type-reablement = Reablement: short-term support to get back on your feet
plan-next-review = Next review
plan-review-in = { $date } ({ $count ->
    [one] in 1 day
   *[other] in { $count } days
})
plan-review-today = { $date } (today)
plan-review-overdue = { $date } ({ $count ->
    [one] 1 day ago: ask your social worker when it will happen
   *[other] { $count } days ago: ask your social worker when it will happen
})
plan-reablement-ends = Reablement ends
plan-weekly-support = Support each week
plan-budget-total = Personal budget
plan-per-week = { $amount } a week
plan-version-agreed = Version { $number }, agreed on { $date }
plan-sections-heading = The parts of the plan
plan-section-outcomes = What matters to me and my outcomes
plan-section-outcomes-hint = In your own words: what you want to achieve.
plan-section-goals = Goals and progress
plan-section-needs = Needs
plan-section-needs-hint = The needs found in the assessment, and which are eligible.
plan-section-support = Support
plan-section-support-hint = What support you get, who gives it, when, and what it costs.
plan-section-budget = Personal budget
plan-section-budget-hint = How much, how it was worked out, and your contribution.
plan-section-advice = Advice, and if support does not turn up
plan-section-advice-hint = Advice to stay well, and the contingency plan.
plan-section-people = People involved
plan-section-people-hint = Who was part of making this plan.
plan-versions-link = Earlier versions and what changed
plan-back-to-glance = Back to the plan at a glance
plan-what-matters = What matters to me
plan-outcomes-heading = The outcomes I want
plan-goals-heading = My goals
plan-written-by = Written by { $name }
plan-progress = Progress
plan-progress-not-started = Not started
plan-progress-started = Started
plan-progress-nearly = Nearly there
plan-progress-achieved = Achieved
plan-needs-caption = Needs from the assessment
plan-need = Need
plan-eligible = Eligible for support?
plan-eligible-yes = Yes
plan-eligible-no = No
plan-support-caption = Support each week
plan-support-what = Support
plan-support-who = Who provides it
plan-support-when = When and how often
plan-support-meets = Meets the need
plan-support-cost = Cost a week
plan-support-hours = { $when } ({ $hours } hours a week)
plan-paid-by-dp = Direct payment
plan-support-total = Total each week
plan-budget-how = How it was worked out
plan-contribution = Your contribution
plan-council-pays = The council pays
plan-direct-payment = Direct payment
plan-dp-amount = { $amount }, paid { $frequency }
plan-dp-covers = It pays for
plan-dp-none = No direct payment
plan-frequency-weekly = every week
plan-frequency-four-weekly = every four weeks
plan-frequency-monthly = every month
plan-advice-heading = Advice and information
plan-contingency-heading = If support does not turn up
plan-agreed-with = Agreed with { $people } on { $date }.
plan-member-person = the person
plan-member-carer = carer
plan-member-nominated = nominated person
plan-member-social-worker = social worker
plan-member-other = other
plan-versions-title = Earlier versions of the plan
plan-versions-lead = Every agreed version is kept. Each one says what changed from the version before.
plan-versions-first = The first agreed version.
plan-versions-no-change = Nothing changed from the version before, apart from the date.
plan-versions-what-changed = What changed
plan-yes = yes
plan-no = no
plan-change-added = { $kind } added: { $item }
plan-change-removed = { $kind } removed: { $item }
plan-change-field = { $field } is now { $to } (was { $from })
plan-change-item-field = { $item }: { $field } is now { $to } (was { $from })
plan-kind-need = Need
plan-kind-outcome = Outcome
plan-kind-support = Support
plan-kind-member = Person involved
plan-field-need-description = the need
plan-field-need-eligible = eligible
plan-field-outcome-text = the outcome
plan-field-support-what = what it is
plan-field-support-provider = who provides it
plan-field-support-how-often = when and how often
plan-field-support-hours = hours a week
plan-field-support-cost = cost a week
plan-field-support-direct-payment = paid by the direct payment
plan-field-member-role = role
plan-field-what-matters = What matters to me
plan-field-advice = Advice
plan-field-contingency = The contingency plan
plan-field-budget-total = The personal budget
plan-field-budget-explanation = How the budget was worked out
plan-field-contribution = Your contribution
plan-field-dp-amount = The direct payment
plan-field-dp-frequency = How often the direct payment is paid
plan-field-next-review = The next review
plan-field-reablement-ends = The end of reablement

## Money as typed
money-error-empty = Enter an amount in pounds, like 80 or 80.50
money-error-negative = The amount cannot be less than zero
money-error-format = Enter an amount in pounds and pence, like 1,250.50
money-error-too-big = The amount must be £10,000,000 or less

## The social worker's draft (task list, sections, check and publish)
draft-title = Change the plan
draft-first-lead = There is no plan yet. Start one here: it stays a draft, seen only by staff, until you publish it.
draft-none-lead = Start a new version of the plan. The draft starts as a copy of the current version, is seen only by staff, and can be changed over several visits until you publish it.
draft-start = Start a new version
draft-start-first = Start a plan
draft-started = The draft has been started. Only staff can see it.
draft-lead = This draft will become version { $number } when you publish it. Only staff can see it.
draft-tasks-heading = Sections
draft-tasks-done = You have completed { $done } of { $total } sections.
draft-status-complete = Completed
draft-status-incomplete = Not completed
draft-check-link = Check the plan and publish it
draft-discard-heading = Throw this draft away
draft-discard-lead = The agreed plan does not change. Everything in this draft is deleted.
draft-discard = Throw the draft away
draft-discarded = The draft has been thrown away. The agreed plan has not changed.
draft-section-about = About this plan
draft-back-to-tasks = Back to the sections
draft-save = Save and go back to the sections
draft-saved = Your changes have been saved.
draft-save-item = Save changes
draft-item-added = Added.
draft-item-saved = Your changes have been saved.
draft-item-removed = Removed.
draft-change = Change
draft-remove = Remove
draft-item = Item
draft-item-details = Details
draft-item-actions = Actions
draft-items-caption = { $count ->
    [one] 1 item so far
   *[other] { $count } items so far
}
draft-yes = Yes
draft-no = No
draft-plan-type = What type of plan is it?
draft-plan-type-long-term = Long-term care and support
draft-plan-type-reablement = Reablement (short-term support after a hospital stay, with goals and an end date)
draft-what-matters-hint = In the person's own words.
draft-date-hint = For example, 14 9 2027
draft-ends-hint = Only for reablement. For example, 14 9 2027
draft-money-hint = In pounds and pence, for example 180.00
draft-budget-total = Personal budget a week
draft-budget-explanation-hint = How the amount was worked out, in plain words.
draft-contribution = The person's own contribution a week
draft-contribution-hint = From the financial assessment. Leave empty if there is none.
draft-dp-frequency = How is the direct payment paid?
draft-frequency-none = There is no direct payment
draft-frequency-weekly = Every week
draft-frequency-four-weekly = Every 4 weeks
draft-frequency-monthly = Every month
draft-dp-amount = Amount of each direct payment
draft-dp-amount-hint = In pounds and pence. Leave empty if there is no direct payment.
draft-advice-hint = Advice and information on preventing or delaying future needs.
draft-contingency-hint = What happens if support does not turn up.
draft-change-needs = Change a need
draft-change-outcomes = Change an outcome
draft-change-support = Change a support item
draft-change-people = Change a person involved
draft-add-needs = Add this need
draft-add-outcomes = Add this outcome
draft-add-support = Add this support
draft-add-people = Add this person
draft-add-needs-heading = Add a need
draft-add-outcomes-heading = Add an outcome
draft-add-support-heading = Add support
draft-add-people-heading = Add a person involved
draft-needs-empty = No needs have been added yet.
draft-outcomes-empty = No outcomes have been added yet.
draft-support-empty = No support has been added yet.
draft-people-empty = Nobody has been added yet.
draft-need-description = The need
draft-need-eligible = Is it an eligible need under the Care Act?
draft-outcome-text = The outcome
draft-outcome-hint = In the words of whoever said it.
draft-outcome-written-by = Who said it?
draft-writer-person = The person
draft-writer-carer = A carer
draft-writer-social-worker = The social worker
draft-outcome-author = Their name
draft-support-what = What the support is
draft-support-what-hint = For example, personal assistant
draft-support-provider = Who provides it
draft-support-how-often = When and how often
draft-support-how-often-hint = For example, every morning
draft-support-hours = Hours a week (optional)
draft-support-hours-hint = A number, for example 10 or 7.5
draft-support-cost = Cost a week
draft-support-dp = Is it paid for by the direct payment?
draft-support-meets = Which needs does it meet?
draft-support-no-needs = Add the needs first, then say which needs this support meets.
draft-member-name = Name
draft-member-role = How are they involved?
draft-role-person = The person
draft-role-carer = Carer
draft-role-nominated-person = Nominated person
draft-role-social-worker = Social worker
draft-role-other = Other
draft-check-title = Check the plan before you publish it
draft-incomplete-lead = These sections need completing before the plan can be published:
draft-publish-heading = Publish the plan
draft-agreed-on = When was the plan agreed?
draft-agreed-with = Who was it agreed with?
draft-agreed-with-hint = For example, Alex Morgan and Sam Morgan (carer)
draft-publish = Publish as version { $number }
draft-published = The plan has been published. The person can see it now.
draft-conflict-explained = Someone else saved a change to this draft after you opened this page, so what you sent has not been saved. What you typed is still here. Check the draft as it is now, then send your change again.
draft-error-conflict = Someone else changed this draft after you opened the page. Nothing was saved
draft-error-date-empty = Enter a date
draft-error-date-invalid = Enter a real date, like 14 9 2027
draft-error-review-past = The next review must be today or in the future
draft-error-agreed-future = The date agreed must be today or in the past
draft-error-agreed-with-empty = Enter who the plan was agreed with
draft-error-incomplete = Complete every section before publishing
draft-error-plan-type = Choose the type of plan
draft-error-what-matters-empty = Enter what matters to the person
draft-error-explanation-empty = Enter how the budget was worked out
draft-error-contribution-over = The contribution cannot be more than the personal budget
draft-error-frequency = Choose how the direct payment is paid
draft-error-dp-amount-zero = Enter the amount of each direct payment
draft-error-contingency-empty = Enter what happens if support does not turn up
draft-error-need-empty = Enter the need
draft-error-eligible = Choose whether it is an eligible need
draft-error-outcome-empty = Enter the outcome
draft-error-written-by = Choose who said it
draft-error-author-empty = Enter their name
draft-error-what-empty = Enter what the support is
draft-error-provider-empty = Enter who provides it
draft-error-how-often-empty = Enter when and how often
draft-error-hours = Enter hours a week as a number from 0 to 168, like 10 or 7.5
draft-error-dp = Choose whether the direct payment pays for it
draft-error-meets = Choose needs from the list
draft-error-name-empty = Enter their name
draft-error-role = Choose how they are involved

## Glance page: downloads, your say, staff links
plan-download-heading = Download your plan
plan-download-lead = Your plan is yours. Keep a copy, or take it to another practice.
plan-download-html = Download as a web page you can read offline (HTML)
plan-download-json = Download as data for another system (FHIR JSON)
plan-your-say-heading = Your say
plan-your-say-lead = You can comment on any section of the plan, or say you do not agree with it, from that section's page. You can also ask for an early review.
plan-review-link = Ask for an early review
plan-comments-link = Everything said about the plan, and the answers
plan-staff-heading = For staff
plan-staff-change = Change the plan (start a new version)
plan-staff-continue-draft = Carry on with the draft
plan-staff-comments = { $count ->
    [0] Comments: none waiting for an answer
    [one] Comments: 1 waiting for an answer
   *[other] Comments: { $count } waiting for an answer
}
plan-staff-reviews = { $count ->
    [0] Early review requests: none open
    [one] Early review requests: 1 open
   *[other] Early review requests: { $count } open
}

## Comments and "I don't agree"
plan-comments-heading = What has been said about this section
plan-comments-none = Nothing has been said yet.
plan-comment-legend = Say something about this section
plan-comment-kind-comment = A comment or question
plan-comment-kind-comment-hint = Anything you want your social worker to know.
plan-comment-kind-disagree = I don't agree with this
plan-comment-kind-disagree-hint = Say what you do not agree with, and why.
plan-comment-body = Your words
plan-comment-body-hint = Your social worker will answer. It will not affect your care.
plan-comment-send = Send
plan-comment-sent = Sent. Your social worker will answer here.
plan-comment-error-kind = Choose a comment, or that you do not agree
plan-comment-error-empty = Enter your comment
plan-comment-error-reason-empty = Say what you do not agree with, and why
plan-comment-by = { $role ->
    [carer] By { $name } (carer), { $date }, about { $section } in version { $number }
   *[other] By { $name }, { $date }, about { $section } in version { $number }
}
plan-comment-answered = Answer from { $name }, { $date }:
plan-comment-waiting = Waiting for an answer.
plan-comment-answer-link = Answer
plan-comments-title = Comments on the plan
plan-comments-waiting = { $count ->
    [0] Nothing is waiting for an answer.
    [one] 1 comment is waiting for an answer.
   *[other] { $count } comments are waiting for an answer.
}
plan-comments-how = To add a comment, open the section of the plan it is about.
plan-answer-title = Answer a comment
plan-answer-label = Your answer
plan-answer-hint = The person, and carers who can see the plan, will read this.
plan-answer-send = Send the answer
plan-answer-sent = Your answer has been sent.
plan-answer-error-empty = Enter your answer

## Early review
plan-review-title = Ask for an early review
plan-review-next = Your next review is due on { $date }.
plan-review-next-none = No review date is set yet.
plan-review-lead = If your needs or your situation have changed, you can ask for your plan to be reviewed sooner. Your social worker will get in touch the way you choose.
plan-review-open = You have already asked for an early review. You can see where it has got to below.
plan-review-ask-heading = Ask for a review
plan-review-reason-label = Why do you want an early review?
plan-review-reason-hint = For example, what has changed.
plan-review-contact-legend = How should we get in touch?
plan-review-contact-email = Email
plan-review-contact-phone = Phone or text
plan-review-contact-letter = Letter
plan-review-contact-video = Video call (including BSL)
plan-review-contact-carer = Through my carer
plan-review-contact-detail = Anything we need to know to get in touch (optional)
plan-review-contact-detail-hint = For example, a phone number, or the best time of day.
plan-review-send = Ask for a review
plan-review-sent = Your request has been sent. Your social worker will get in touch.
plan-review-error-reason-empty = Say why you want an early review
plan-review-error-contact = Choose how we should get in touch
plan-review-requests-heading = Your requests
plan-review-none = No early review has been asked for.
plan-review-request-heading = Asked for on { $date }
plan-review-status = Where it has got to
plan-review-state-received = Received
plan-review-state-received-hint = The request has arrived and nothing is booked yet.
plan-review-state-booked = Booked
plan-review-state-booked-hint = A date is set for the review.
plan-review-state-done = Done
plan-review-state-done-hint = The review has happened.
plan-review-asked = Asked by
plan-review-asked-by = { $name }, { $date }
plan-review-reason = Why
plan-review-contact = How to get in touch
plan-review-booked-for = Date of the review
plan-review-booked-hint = Needed when it is booked. For example, 14 9 2027
plan-review-note = A note for the person
plan-review-note-hint = For example, where the review will be, and who will come.
plan-review-update-link = Update this request
plan-review-update-title = Update an early review request
plan-review-update-send = Save
plan-review-updated = The request has been updated. The person can see it.
plan-review-error-status = Choose where it has got to
plan-review-error-booked-empty = Enter the date of the review

## Downloaded copy
plan-export-title = Care and support plan
plan-export-lead = Version { $number }, downloaded from Careway on { $date }.
plan-export-person = Whose plan
plan-export-agreed = Agreed on
