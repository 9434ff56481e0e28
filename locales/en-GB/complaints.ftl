# Complaints, compliments and feedback (issue 9).

core-nav-complaints = Complaints
core-footer-complain = How to complain
role-commissioner = council commissioner
person-link-complaints = Complaints and feedback
person-link-complaints-hint = Complain, or say what went well, and follow what happens. It will not affect your care.

## How to complain
complain-title = How to complain
complain-lead = If you are unhappy with your social work, you can complain. It is free, and it will not affect your care.
complain-start = Make a complaint or give feedback
complain-safe-heading = It will not affect your care
complain-safe-body = Nobody may treat you differently because you complained. If you would rather the practice did not handle it, you can send it to the council that pays for the practice instead.
complain-who-heading = Who deals with it
complain-who-practice = The practice first. It tells you it has your complaint within 3 working days and sends you a full answer.
complain-who-council = The council that commissions the practice, if you would rather not go to the practice, or you are not happy with its answer.
complain-who-ombudsman = The Local Government and Social Care Ombudsman, if you are still not happy. The Ombudsman is independent and free.
complain-time-heading = Time limits
complain-time-make = Complain within 12 months of what happened, or of finding out about it. If it is later, say why: it can still be looked at.
complain-time-ack = We tell you we have your complaint within 3 working days.
complain-time-response = You get a full answer by the date we give you, usually within 20 working days.
complain-time-ombudsman = You can go to the Ombudsman within 12 months, once the council has answered.
complain-advocate-heading = Getting help to complain
complain-advocate-body = An independent advocate can help you make a complaint and say what you want. It is free. Ask your council, your practice, or a local advocacy service. You can also ask a carer, a friend or a family member to help.
complain-status-heading = Already complained?
complain-status-link = Check a complaint with its reference and check code
complain-practices-heading = Each practice's complaints procedure
complain-practice-link = { $name }: complaints procedure
complain-practice-no-link = ask the practice for its complaints procedure
complain-ombudsman-heading = The Ombudsman
complain-ombudsman-body = The Local Government and Social Care Ombudsman looks at complaints about adult social care once the council has had the chance to put things right.
complain-ombudsman-link = Complain to the Local Government and Social Care Ombudsman (opens the Ombudsman's website)
complain-ombudsman-phone = Phone the Ombudsman: { $phone }

## The form
complaints-form-title = Make a complaint or give feedback
complaints-for = For { $name }.
complaints-form-lead = Tell us what happened in your own words. You can check everything before you send it.
complaints-kind-legend = What would you like to do?
complaints-kind-complaint = Make a complaint
complaints-kind-hint-complaint = Something went wrong and you want it put right.
complaints-kind-compliment = Give a compliment
complaints-kind-hint-compliment = Something went well and you want to say so.
complaints-kind-feedback = Give feedback
complaints-kind-hint-feedback = An idea, or something we could do better.
complaints-practice-label = Which practice is it about?
complaints-practice-hint = The social work practice that supports you.
complaints-choose = Choose
complaints-route-legend = Who should deal with it?
complaints-route-hint = You can send it to the council instead of the practice. The practice's staff will not see it.
complaints-route-practice = The practice
complaints-route-practice-hint = Usually the quickest way to put things right.
complaints-route-council = The council that commissions the practice
complaints-route-council-hint = If you would rather the practice did not deal with it.
complaints-route-council-named = The council: { $council }
complaints-council-label = Which council? (only if you send it to the council)
complaints-council-hint = The council for the area where you live.
complaints-what-label = What happened?
complaints-what-hint = Who was involved, and how it affected you.
complaints-when-label = When did it happen? (optional)
complaints-when-hint = For example, "last Tuesday" or "since March".
complaints-outcome-label = What would you like to happen? (optional)
complaints-outcome-hint = For example, an apology, a change, or a meeting.
complaints-files-label = Letters, photos or documents (optional)
complaints-files-hint = PDF, JPEG, PNG or plain text, up to { $mb } MB each, { $files } files at most.
complaints-files-kept = Already attached (you do not need to choose these again):
complaints-contact-legend = Your contact details (optional)
complaints-contact-lead = Leave these empty if you do not want to give them. You will get a reference and a check code to see what happens.
complaints-contact-name = Your name
complaints-contact-email = Email address
complaints-contact-phone = Phone number
complaints-continue = Continue
complaints-error-kind = Choose what you would like to do
complaints-error-route = Choose who should deal with it
complaints-error-practice = Choose the practice it is about
complaints-error-council = Choose the council
complaints-error-what = Tell us what happened
complaints-error-phone = Enter a phone number using only numbers, spaces, brackets and +
complaints-error-file-type = Files must be PDF, JPEG, PNG or plain text

## Check your answers
complaints-check-title = Check your answers
complaints-change = Change
complaints-not-given = Not given
complaints-check-nothing = There is nothing to check yet.
complaints-check-start = Start a complaint or feedback
complaints-check-send-heading = Now send it
complaints-check-send-lead = By sending this you are asking for it to be looked at. You will get a reference.
complaints-send = Send
complaints-sent = Sent. Your reference is shown below.
complaints-done-title = Sent
complaints-done-reference = Your reference
complaints-done-code = Your check code is { $code }. You need it, with the reference, to see what happens.
complaints-done-keep = Write both down or take a photo. We cannot show the check code again.
complaints-done-next = We will tell you we have it within 3 working days, if you gave contact details.

## Tracking
complaints-status-title = Check a complaint
complaints-status-lead = Enter the reference and the check code you were given.
complaints-reference = Reference
complaints-reference-hint = For example, CW-ABCD-EFGH.
complaints-code = Check code
complaints-code-hint = The 8 letters and numbers shown when you sent it.
complaints-status-button = Check
complaints-error-reference = Enter the reference
complaints-error-not-found = We could not find a complaint with that reference and check code. Check both and try again.
complaints-one-title = Complaint { $reference }
complaints-sent-to = Sent to
complaints-sent-to-practice = { $practice }
complaints-sent-to-council = { $council } (the council)
complaints-status = Status
complaints-received = Received
complaints-respond-by = Answer due by
complaints-ack-by = Acknowledge by
complaints-history-heading = What has happened
complaints-event = { $state } on { $date }
complaints-event-by = { $state } on { $date }, by { $name }
complaints-state-received = Received
complaints-state-acknowledged = Acknowledged
complaints-state-investigating = Being looked into
complaints-state-response-sent = Answer sent
complaints-state-resolved = Resolved
complaints-state-escalated = Taken further
complaints-response-heading = The answer
complaints-satisfied-legend = Are you happy with the answer?
complaints-satisfied-yes = Yes, this settles it
complaints-satisfied-no = No
complaints-satisfied-no-hint = We will tell you how to take it further.
complaints-satisfied-save = Send
complaints-answered = Thank you. We have your answer.
complaints-escalate-heading = Taking it further
complaints-escalate-body = If the practice's answer does not put things right, the council that commissions it will look at your complaint. If you are still not happy after the council's answer, you can go to the Ombudsman.
complaints-mine-title = Complaints and feedback
complaints-mine-lead = Complaints, compliments and feedback about the practice. Complaining will not affect your care.
complaints-mine-none = Nothing yet.
complaints-mine-caption = Your complaints and feedback, newest first
complaints-how-link = How complaints work, and who else can help

## Handling
complaints-queue-title = Complaints
complaints-queue-lead-practice = Complaints, compliments and feedback sent to your practice. Complaints sent to the council are not shown here.
complaints-queue-lead-council = Complaints sent to your council instead of the practice. The practice's staff cannot see these.
complaints-queue-show-all = Show resolved ones too
complaints-queue-open-only = Show only open ones
complaints-queue-none = There is nothing here.
complaints-queue-caption = { $count ->
    [one] 1 complaint or piece of feedback
   *[other] { $count } complaints and pieces of feedback
}
complaints-overdue = Overdue
complaints-from = From
complaints-anonymous = Someone without an account
complaints-assigned = Dealt with by
complaints-unassigned = Nobody yet
complaints-internal = Internal note
complaints-was-satisfied = The person said the answer settles it.
complaints-was-not-satisfied = The person said they are not happy with the answer.
complaints-act-heading = Record what you did
complaints-assign-label = Dealt with by
complaints-move-legend = Move it on (optional)
complaints-move-hint = Leave this unselected to record a note only.
complaints-move-acknowledged = Acknowledged
complaints-move-investigating = Being looked into
complaints-move-response-sent = Send the answer (the note is the answer)
complaints-move-resolved = Resolved
complaints-move-escalated = Taken further
complaints-note-label = Note
complaints-note-hint = The person sees it, unless you mark it internal.
complaints-internal-legend = Who sees the note
complaints-internal-choice = Internal: not shown to the person
complaints-internal-hint = For example, who you spoke to.
complaints-act-save = Save
complaints-act-saved = Saved.
complaints-error-assign = Choose someone from the list
complaints-error-state = Choose one of the options shown
complaints-error-response = Write the answer in the note, and do not mark it internal
complaints-error-nothing = Choose a new state, write a note, or change who deals with it

## Audit
audit-made-complaint = { $who } made a complaint or gave feedback for you
audit-viewed-complaint = { $who } looked at your complaint
audit-updated-complaint = { $who } recorded something on your complaint
audit-code-made-complaint = Made a complaint
audit-code-viewed-complaint = Looked at a complaint
audit-code-updated-complaint = Recorded something on a complaint

## Emails (a reference and a link, never any details)
mail-complaint-received-subject = We have your complaint or feedback ({ $reference })
mail-complaint-received-body = Thank you. We have it, and its reference is { $reference }. See what happens here:
    
    { $link }
mail-complaint-updated-subject = There is an answer to your complaint ({ $reference })
mail-complaint-updated-body = There is an answer to your complaint { $reference }. Read it here:
    
    { $link }

## Practice settings
practice-settings-complaint-ack = Acknowledge complaints within (working days)
practice-settings-complaint-ack-hint = From 1 to 10. People are told this when they complain. Weekends and bank holidays are not counted.
practice-settings-complaint-response = Answer complaints within (working days)
practice-settings-complaint-response-hint = From 5 to 60. Complaints not answered by then show as overdue, and count against the practice's published figure.
practice-settings-days-range = Enter a whole number of working days, up to { $count }
