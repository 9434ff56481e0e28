# Messages: the person's side, the thread, BSL video, and the practice's inbox.

core-nav-messages = { $count ->
    [0] Messages
   *[other] Messages ({ $count } unread)
}
core-nav-messages-many = Messages (more than { $count } unread)

messages-title = Messages
messages-title-own = Your messages
messages-lead-other = Messages between { $name } and their social work practice.
messages-start = Start a new conversation
messages-none = There are no conversations yet.
messages-list-caption = { $count ->
    [one] { $count } conversation, newest first
   *[other] { $count } conversations, newest first
}
messages-col-subject = Subject
messages-col-last = Last message
messages-col-status = Status
messages-col-person = Person
messages-status-unread = { $count ->
    [one] { $count } new message
   *[other] { $count } new messages
}
messages-status-waiting-them = Waiting for a reply from the practice
messages-status-answered-them = Replied
messages-status-waiting-us = Waiting for our reply
messages-status-answered-us = Replied
messages-status-due = Reply due by { $date }
messages-status-overdue = Overdue: reply was due by { $date }
messages-back-to-list = Back to all conversations

## Safety: the same words on every messaging page
messages-safety-warning = Warning
messages-safety-lead = Messages are not for emergencies.
messages-safety-999-before = If someone is in danger now, call
messages-safety-ooh-before = For urgent help with care outside office hours, phone the { $team } on
messages-safety-text-before = You can also text them on
messages-safety-sms = If you are deaf or cannot speak, you can text 999 once you have registered with emergencySMS.

## Who will reply
messages-replier-worker = Your messages go to { $name }.
messages-replier-away = { $name } is away until { $until }. The duty team at { $practice } will reply to your messages until then.
messages-replier-none = The duty team at { $practice } will reply to your messages.
messages-reply-target = { $days ->
    [one] We aim to reply within { $days } working day.
   *[other] We aim to reply within { $days } working days.
}

## Starting a conversation
messages-new-title = Start a new conversation
messages-subject-legend = What is it about?
messages-subject-plan = { $who ->
    [own] My plan
   *[other] Their plan
}
messages-subject-payments = { $who ->
    [own] My payments
   *[other] Their payments
}
messages-subject-needs = { $who ->
    [own] A change in my needs
   *[other] A change in their needs
}
messages-subject-other = { $who ->
    *[other] Something else
}
messages-subject-text-label = Subject in your own words (optional)
messages-subject-text-hint = You must fill this in if you chose “Something else”. Up to { $count } characters.
messages-subject-title-plan = About the plan
messages-subject-title-payments = About payments
messages-subject-title-needs = A change in needs
messages-subject-title-other = Something else
messages-subject-title-with-text = { $subject }: { $text }

## The message fields
messages-body-label = Your message
messages-body-hint = Write it as you would say it. Line breaks are kept. You do not need to write anything if you send a BSL video.
messages-bsl-legend = Send a British Sign Language (BSL) video (optional)
messages-bsl-hint = You can sign your message instead of writing it.
messages-video-label = Your BSL video
messages-video-hint = On a phone, this opens the camera so you can record yourself signing. On a computer, choose a video you have recorded. MP4, WebM or MOV, up to { $mb } MB.
messages-summary-label = A written summary of your video (optional)
messages-summary-hint = A few words about what you signed, if you would like to add them.
messages-captions-label = Captions for your video (optional)
messages-captions-hint = A WebVTT captions file (ending .vtt). The captions show on the first video in your message.
messages-files-label = Attach files (optional)
messages-limits = You can attach documents (PDF or plain text), photos (JPEG or PNG) and videos. Each document or photo can be up to { $file_mb } MB, each video up to { $video_mb } MB. Up to { $files } files, { $total_mb } MB in all.
messages-kept-legend = Files you have already chosen
messages-kept-hint = These are kept, so you do not need to choose them again. Untick any you no longer want to send.
messages-kept-file-hint = { $kind }, { $size }
messages-send = Send message
messages-sent = Your message has been sent.

## Errors
messages-error-subject = Select what the conversation is about
messages-error-subject-text = Enter a subject in your own words, or choose one of the others
messages-error-empty = Write a message, or add a video or a file
messages-error-summary-no-video = Add the video this summary is about, or delete the summary
messages-error-captions-no-video = Add the video these captions are for, or untick the captions
messages-error-video-type = The video must be an MP4, WebM or MOV file. Choose the video again
messages-error-video-too-big = { $count ->
   *[other] The video must be { $count } MB or smaller. Choose a shorter video
}
messages-error-captions-type = The captions must be a WebVTT file (ending .vtt) with timed captions. Choose the captions file again
messages-error-file-type = Each file must be a PDF, a JPEG or PNG photo, a plain text file or a video. Choose the files again
messages-error-file-too-big = { $count ->
   *[other] Each document or photo must be { $count } MB or smaller. Choose the files again
}
messages-error-too-many = { $count ->
   *[other] You can send up to { $count } files with one message
}
messages-error-total = { $count ->
   *[other] The files must be { $count } MB or smaller in all. Send some of them in another message
}
messages-error-storage = Your file could not be saved just now. Try again in a few minutes. Your message has not been sent, and what you wrote is kept

## A conversation
messages-thread-with = A conversation with { $name }.
messages-latest-link = Go to the latest message
messages-reply-link = Go to the reply form
messages-count = { $count ->
    [one] { $count } message, oldest first
   *[other] { $count } messages, oldest first
}
messages-author-you = You
messages-author-you-for = You, for { $person }
messages-author-for = { $name }, { $role }, for { $person }
messages-author-staff = { $name }, { $role }
messages-read-by = Read by { $name } on { $date }.
messages-reply-heading = Reply
messages-waiting-due = Waiting for our reply: due by { $date }
messages-summary-heading = Written summary of the video
messages-file-about = { $kind }, { $size }
messages-file-kind-document = Document
messages-file-kind-image = Photo
messages-file-kind-video = Video
messages-file-kind-captions = Captions
messages-captions-track = Captions
messages-video-label-from = BSL video from { $who }
messages-video-has-captions = This video has captions.
messages-video-no-captions = This video has no captions.
messages-video-own-page = Watch it on a page of its own
messages-video-download = Download the video
messages-video-title = BSL video from { $who }
messages-video-sent = Sent on { $date }.
messages-video-back = Back to the conversation

## What staff must remember about the person
messages-needs-title = Communication needs
messages-needs-bsl-reminder = This person prefers BSL video. Reply with a BSL video if you can.
messages-need-bsl-video = Prefers BSL video
messages-need-bsl-interpreter = Needs a BSL interpreter at visits
messages-need-deafblind-manual = Uses the deafblind manual alphabet
messages-need-large-print = Needs large print
messages-need-large-print-size = Needs large print ({ $size })
messages-need-easy-read = Needs Easy Read
messages-need-braille = Needs braille
messages-need-audio = Needs audio
messages-need-plain-english = Needs plain English
messages-needs-short = Needs: { $needs }
messages-need-short-bsl-video = BSL video
messages-need-short-bsl-interpreter = BSL interpreter
messages-need-short-deafblind-manual = deafblind manual
messages-need-short-large-print = large print
messages-need-short-easy-read = Easy Read
messages-need-short-braille = braille
messages-need-short-audio = audio
messages-need-short-plain-english = plain English

## The practice's inbox
messages-inbox-title = Messages
messages-away-link = Set when you are away
messages-settings-link = Set the practice's reply target
messages-you-are-away = You are away until { $until }. Your people's messages go to the duty inbox until then.
messages-show-legend = Show
messages-show-all = All
messages-show-unread = Unread
messages-show-waiting = Waiting for our reply
messages-show-overdue = Overdue
messages-search-label = Search by person or words
messages-search-hint = For example, a name or a word from a message.
messages-filter-button = Show conversations
messages-results = { $count ->
    [one] { $count } conversation
   *[other] { $count } conversations
}
messages-inbox-caption = Conversations, newest first (page { $page } of { $pages })
messages-inbox-empty = There are no conversations yet.
messages-inbox-no-match = No conversations match. Try fewer words, or show all conversations.
messages-duty-for = Duty: { $name } is away
messages-duty-unallocated = Duty: no social worker allocated
messages-figures-heading = How quickly the practice replies
messages-figures = In the last { $period } days, the median time to a first reply was { $median }. { $percent }% of conversations ({ $within } of { $count }) were answered within { $days } working days.
messages-figures-none = There are no replies to measure from the last { $period } days yet.
messages-duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
messages-duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
messages-duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
messages-duration-and = { $days } and { $hours }

## Away periods
messages-away-title = When you are away
messages-away-lead = While you are away, messages from the people you work with go to the practice's duty inbox, and they are told who will reply.
messages-away-none = You have no away periods set.
messages-away-caption = Your away periods
messages-away-from = First day away
messages-away-to = Last day away
messages-away-action = Action
messages-away-cancel = Cancel
messages-away-cancel-label = Cancel the away period from { $from } to { $to }
messages-away-add-heading = Add an away period
messages-away-starts = First day away
messages-away-ends = Last day away
messages-away-date-hint = For example, 14 12 2026
messages-away-ends-hint = You are back the working day after this.
messages-away-save = Save away period
messages-away-saved = Your away period is saved.
messages-away-cancelled = The away period is cancelled.
messages-away-error-past = The first day away must be today or later
messages-away-error-order = The last day away must be the same as or after the first day
messages-away-error-long = An away period can be up to a year. Add another one after it if you need to

## The practice's settings
practice-settings-title = Practice settings
practice-settings-reply-label = Reply to messages within (working days)
practice-settings-reply-hint = People are told this. Messages waiting longer show as overdue, and the practice's published figures count replies within it. Weekends and bank holidays in England are not counted.
practice-settings-save = Save settings
practice-settings-saved = The practice settings are saved.
practice-settings-error-empty = Enter a number of working days
practice-settings-error-range = { $count ->
   *[other] Enter a whole number of working days from 1 to { $count }
}

## The account's emails about messages
account-message-emails-heading = Emails about new messages
account-message-emails-legend = Do you want an email when you have a new message?
account-message-emails-hint = The email only says that you have a new message in Careway, with a link. It never says who it is from or what it says. You get at most one an hour for each conversation.
account-message-emails-on = Yes, email me
account-message-emails-off = No, do not email me
account-message-emails-button = Save
account-message-emails-saved = Your email choice is saved.
account-message-emails-error = Select whether you want emails about new messages

## Email
mail-new-message-subject = You have a new message in Careway
mail-new-message-body = You have a new message in Careway. Sign in to read it:
    
    { $link }
    
    You can turn these emails off in your account.

## Who has looked (the person's trail, and the practice's codes)
audit-viewed-conversations = { $who } looked at your list of messages
audit-viewed-conversation = { $who } read a conversation in your messages
audit-started-conversation = { $who } started a conversation in your messages
audit-sent-message = { $who } sent a message in your messages
audit-viewed-message-file = { $who } opened a file or video in your messages
audit-code-viewed-conversations = Looked at the messages list
audit-code-viewed-conversation = Read a conversation
audit-code-started-conversation = Started a conversation
audit-code-sent-message = Sent a message
audit-code-viewed-message-file = Opened a message file
