# Communication needs, communication support (interpreters), BSL versions
# of pages and Easy Read (issue 8).

## Other versions of a page
versions-bsl-link = Watch this page in British Sign Language (BSL)
versions-easy-read-button = Show this page in Easy Read
versions-standard-button = Show the standard version of this page

home-find-practice-link = Find and compare social work practices
settings-extras-easy-read = Easy Read
settings-extras-easy-read-hint = Short sentences with a picture for each idea, on the main pages.

## My communication needs
needs-title-own = My communication needs
needs-title = Communication needs
needs-lead-other = For { $name }.
needs-lead = Tell us how you communicate, so we get it right every time. Your social worker sees this whenever they write to you, and it goes with your plan if you move practice.
needs-updated = Last changed by { $name } on { $date }.
needs-select-all = Select all that apply.
needs-contact-legend = How should we contact you?
needs-contact-email = Email
needs-contact-email-hint = We send a link. Emails never say what a message is about.
needs-contact-text = Text message
needs-contact-text-hint = Your social worker texts you.
needs-contact-letter = Letter
needs-contact-letter-hint = We post letters to you. We will not email you.
needs-contact-video = Video
needs-contact-video-hint = For example a BSL video message or a video call.
needs-contact-carer = Through a carer
needs-contact-carer-hint = We contact the carers you have chosen, as well as you.
needs-formats-legend = What formats do you need information in?
needs-format-bsl-video = BSL video
needs-format-bsl-video-hint = Pages and messages in British Sign Language, shown first.
needs-format-bsl-interpreter = BSL interpreter at visits
needs-format-bsl-interpreter-hint = A registered interpreter at every visit and review.
needs-format-deafblind-manual = Deafblind manual alphabet
needs-format-deafblind-manual-hint = Spelling on the hand, or a deafblind interpreter.
needs-format-large-print = Large print
needs-format-large-print-hint = Tell us the size below.
needs-format-easy-read = Easy Read
needs-format-easy-read-hint = Short sentences with pictures.
needs-format-braille = Braille
needs-format-braille-hint = Printed letters and your plan in braille.
needs-format-audio = Audio
needs-format-audio-hint = Recordings you can listen to.
needs-format-plain-english = Plain English
needs-format-plain-english-hint = Everyday words, no jargon.
needs-large-print-size-label = Large print size (optional)
needs-large-print-size-hint = For example, 18 point or A3.
needs-meeting-legend = What support do you need at meetings?
needs-meeting-interpreter = An interpreter
needs-meeting-interpreter-hint = You can ask for one for each visit from this page.
needs-meeting-lip-speaker = A lip-speaker
needs-meeting-lip-speaker-hint = Someone who repeats what is said, clearly, for lipreading.
needs-meeting-hearing-loop = A hearing loop
needs-meeting-hearing-loop-hint = In the room where we meet.
needs-meeting-advocate = An advocate
needs-meeting-advocate-hint = Someone independent to help you say what you want.
needs-notes-label = Anything else we should know (optional)
needs-notes-hint = In your own words. For example, "Please do not phone me."
needs-save = Save communication needs
needs-saved = Your communication needs are saved.
needs-error-choice = Choose from the options shown
needs-error-size-without-large-print = Select large print, or leave the size empty
needs-support-heading = Need an interpreter for a visit?
needs-support-lead = Ask for a BSL interpreter or other communication support for a review, visit or meeting.
needs-support-link = Book an interpreter or other communication support

## The staff banner
needs-banner-contact-email = Contact by email
needs-banner-contact-text = Contact by text message
needs-banner-contact-letter = Contact by letter, not email
needs-banner-contact-video = Contact by video
needs-banner-contact-carer = Contact through their carer as well
needs-banner-meeting-interpreter = Needs an interpreter at meetings
needs-banner-meeting-lip-speaker = Needs a lip-speaker at meetings
needs-banner-meeting-hearing-loop = Needs a hearing loop at meetings
needs-banner-meeting-advocate = Needs an advocate at meetings
needs-banner-in-their-words = In their words:
needs-banner-change-link = See or change communication needs

person-link-needs = Communication needs
person-link-needs-hint = How to contact you, the formats you need, and support at meetings.
person-link-support = Book an interpreter
person-link-support-hint = Ask for a BSL interpreter or other support for a visit, and see what is booked.

## Communication support at visits
support-title = Book an interpreter or communication support
support-lead = Ask for the support you need at a review, visit or meeting. Your social worker books it and you can see here when it is booked.
support-relay-lead = Deaf BSL users can also contact the practice through a video relay service:
support-open-heading = Your requests
support-none-open = You have no requests waiting.
support-closed-heading = Done or cancelled
support-ask-heading = Ask for support
support-kind-legend = What support do you need?
support-kind-bsl-interpreter = BSL interpreter
support-kind-hint-bsl-interpreter = A registered British Sign Language interpreter.
support-kind-deafblind-interpreter = Deafblind interpreter
support-kind-hint-deafblind-interpreter = Hands-on signing or the deafblind manual alphabet.
support-kind-lip-speaker = Lip-speaker
support-kind-hint-lip-speaker = Repeats what is said, clearly, for lipreading.
support-kind-hearing-loop = Hearing loop
support-kind-hint-hearing-loop = A portable loop in the room.
support-kind-speech-to-text = Speech-to-text reporter
support-kind-hint-speech-to-text = What is said, typed live on a screen.
support-kind-advocate = Advocate
support-kind-hint-advocate = Someone independent to help you have your say.
support-occasion-legend = What is it for?
support-occasion-choice-review = A review of my plan
support-occasion-choice-visit = A visit
support-occasion-choice-meeting = A meeting
support-occasion-review = a review
support-occasion-visit = a visit
support-occasion-meeting = a meeting
support-wanted-on-legend = What date is it?
support-wanted-on-hint = For example, 27 3 2027.
support-notes-label = Anything else (optional)
support-notes-hint = For example, an interpreter you know, or the time.
support-ask-button = Send request
support-asked = Your request is sent. Your social worker will book it.
support-request-title = { $kind } for { $occasion } on { $date }
support-state-asked = Asked
support-state-booked = Booked
support-state-done = Done
support-state-cancelled = Cancelled
support-booked-for = Booked for { $date }.
support-history-label = What has happened
support-event = { $state } on { $date } by { $name }
support-update-legend = Update: { $request }
support-update-booked = Booked
support-update-done = Done
support-update-cancelled = Cancelled
support-booked-on-legend = Booked for (date)
support-booked-on-hint = Needed when you mark it booked.
support-note-label = Note for the person (optional)
support-note-hint = For example, who is coming and when. At most 200 characters.
support-update-save = Save update
support-updated = The request is updated.
support-needs-link = See or change communication needs
support-error-kind = Choose the support you need
support-error-occasion = Choose what it is for
support-error-state = Choose booked, done or cancelled
support-error-date-past = The date must be today or in the future
support-error-date-far = The date must be within two years

## BSL versions of pages
bsl-key-home = Home page
bsl-key-plan = Your plan at a glance
bsl-key-budget-options = How your budget can be paid
bsl-key-messages = Messages: how to send a BSL video
bsl-key-find-practice = Find a practice
bsl-key-complain = How to complain
bsl-key-communication = Communication needs
bsl-player-title = { $page }: in British Sign Language
bsl-demo-notice = This is a demo clip, not real BSL. It shows a coloured card. The captions and transcript say what the page says.
bsl-captions-other-language = The captions and transcript are in English.
bsl-captions-en = English captions
bsl-captions-cy = Welsh captions
bsl-download = Download the video
bsl-transcript-heading = Transcript
bsl-back = Back to { $page }
bsl-language-en = English
bsl-language-cy = Welsh
bsl-library-title = BSL versions of pages
bsl-library-lead = Each key page can have a British Sign Language video, with captions and a transcript, for each language. Upload a real recording to replace a demo clip.
bsl-library-caption = BSL videos by page and language
bsl-library-page = Page
bsl-library-language = Captions
bsl-library-state = Video
bsl-library-action = Action
bsl-library-none = No BSL version yet
bsl-library-demo = Demo clip (not real BSL)
bsl-library-uploaded = Uploaded by { $name } on { $date }
bsl-library-upload = Upload
bsl-library-upload-label = Upload a BSL video for { $page } with { $language } captions
bsl-upload-title = { $page }: BSL video with { $language } captions
bsl-upload-lead = Upload the video, its WebVTT captions and the full transcript. All three are needed. The new version replaces the old one straight away.
bsl-upload-replaces-demo = This replaces the demo clip.
bsl-upload-replaces = This replaces the current recording.
bsl-upload-see-current = Watch the current version
bsl-upload-video-label = BSL video
bsl-upload-video-hint = MP4, WebM or MOV, up to { $mb } MB.
bsl-upload-captions-label = Captions (WebVTT)
bsl-upload-captions-hint = A .vtt file with timed captions.
bsl-upload-transcript-label = Transcript
bsl-upload-transcript-hint = Everything the video says, as text. Leave a blank line between paragraphs.
bsl-upload-save = Upload BSL version
bsl-upload-saved = The BSL version is uploaded.
bsl-error-video-missing = Choose the BSL video (files need choosing again after an error)
bsl-error-captions-missing = Choose the captions file (files need choosing again after an error)
bsl-error-transcript-missing = Enter the transcript
practice-settings-bsl-link = BSL versions of pages

## Video relay (practice settings)
practice-settings-relay-legend = Video relay service
practice-settings-relay-name = Name (optional)
practice-settings-relay-name-hint = For example, SignVideo. Deaf people see it beside the practice's contact details.
practice-settings-relay-url = Link (optional)
practice-settings-relay-url-hint = The web address people use to call you, starting https://
practice-settings-relay-url-error = Enter a web address starting https://
practice-settings-relay-name-error = Enter the name of the video relay service

## Audit trail sentences
audit-viewed-communication-needs = { $who } looked at your communication needs
audit-updated-communication-needs = { $who } changed your communication needs
audit-viewed-support-requests = { $who } looked at your requests for communication support
audit-asked-for-support = { $who } asked for communication support for you
audit-updated-support-request = { $who } updated a request for communication support

## New-message emails, worded for communication needs
mail-new-message-body-bsl = You have a new message in Careway. It may be a BSL video. You can reply in BSL video too. Sign in to see it:
    
    { $link }
    
    You can turn these emails off in your account.
mail-new-message-body-easy = You have a new message.
    
    Click this link to read it:
    { $link }
    
    You can stop these emails in your account.

## Audit codes (the practice's audit page)
audit-code-viewed-communication-needs = Looked at communication needs
audit-code-updated-communication-needs = Changed communication needs
audit-code-viewed-support-requests = Looked at communication support requests
audit-code-asked-for-support = Asked for communication support
audit-code-updated-support-request = Updated a communication support request
