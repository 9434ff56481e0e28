## Your account
account-title = Your account
account-name = Name
account-role = Role
account-two-step = Two-step sign-in
account-two-step-on = On
account-two-step-off = Off
account-change-email = Change email address
account-change-password = Change password
account-change-two-step = Change two-step sign-in
account-more-heading = More about your account
account-sessions-link = Where you are signed in
account-display-link = Text size, colours and spacing
account-carers-link = Who can help with your care and support
account-history-link = Who has looked at your information
account-language-heading = Language
account-language-legend = Which language should Careway use for you?
account-language-hint = We use it when you sign in on any device, and for emails.
account-language-button = Save language
account-language-saved = Your language has been saved.
account-error-language = Choose a language

account-current-password = Your current password
account-error-current-empty = Enter your current password
account-error-current-wrong = Your current password is not right

account-password-title = Change your password
account-password-button = Change password
account-password-done = Your password has been changed. You have been signed out on every other device.

account-email-title = Change your email address
account-email-current = Your email address is { $email }.
account-new-email = New email address
account-new-email-hint = We will send a link to it. The change happens when you open the link.
account-email-button = Send the link
account-email-sent = We have sent a link to your new email address. Open it within 24 hours to finish the change.
account-error-email-same = That is already your email address
account-error-email-taken = That email address cannot be used. Choose a different one.
account-email-confirm-title = Confirm your new email address
account-email-confirm-lead = Change your email address to { $email }?
account-email-confirm-button = Change my email address
account-email-done = Your email address has been changed.
account-email-link-invalid = The link has expired, has been used, or is for a different account.
account-email-try-again = Change your email address

## Sessions
sessions-title = Where you are signed in
sessions-lead = These are the devices signed in to your account now. If you do not recognise one, end it and change your password.
sessions-caption = Devices signed in to your account
sessions-device = Device
sessions-network = Network
sessions-started = Signed in
sessions-last-active = Last active
sessions-action = Action
sessions-this-one = This device
sessions-end = End session
sessions-end-others = { $count ->
    [one] Sign out of the other device
   *[other] Sign out of all { $count } other devices
}
sessions-ended-one = That session has ended.
sessions-ended-others = You have been signed out everywhere else.
