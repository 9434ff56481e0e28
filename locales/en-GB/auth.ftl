## Sign in
auth-sign-in-title = Sign in
auth-email-label = Email address
auth-password-label = Password
auth-sign-in-button = Sign in
auth-forgot-link = I have forgotten my password
auth-no-account-heading = If you do not have an account
auth-no-account-body = Your social work practice sends you an invitation by email. Carers are invited by the person they help, or by the practice. Ask them to send you one.
auth-timeout-notice = For your safety, you are signed out after 30 minutes without activity, and after 12 hours in all. If that happens while you are filling in a form, what you typed is kept for you.
auth-already-signed-in = You are already signed in as { $name }. Signing in again changes who is signed in on this device.
auth-ended-idle = You were signed out because there was no activity for 30 minutes. Sign in again to carry on.
auth-ended-absolute = You were signed out because you had been signed in for 12 hours. Sign in again to carry on.
auth-ended-elsewhere = You were signed out. This can happen if you signed out on another device or changed your password. Sign in again to carry on.
auth-kept-input = What you typed has been kept. Sign in and you will go back to the form with it filled in.
auth-error-email-empty = Enter your email address
auth-error-email-format = Enter an email address in the right format, like name@example.com
auth-error-password-missing = Enter your password
auth-error-credentials = The email address or password is not right. Check them and try again.
auth-error-throttled = { $count ->
    [one] There have been too many attempts. Wait 1 minute, then try again.
   *[other] There have been too many attempts. Wait { $count } minutes, then try again.
}
auth-signed-out-title = You have signed out
auth-signed-out-body = You have signed out of Careway on this device. If you use a shared computer, close the browser too.
auth-sign-in-again = Sign in again

## Second step
auth-code-title = Enter your security code
auth-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
auth-code-button = Continue
auth-code-start-again = Start signing in again
auth-code-expired = Signing in took longer than 5 minutes, so you need to start again.
auth-error-code-empty = Enter your security code
auth-error-code-wrong = The code is not right, or has been used already. Enter the newest code from your app.

## Passwords
auth-new-password-label = New password
auth-new-password-hint = Use at least 12 characters. A few unrelated words together make a strong password that is easy to remember. You can paste it from a password manager.
auth-error-password-empty = Enter a new password
auth-error-password-short = Your password must be at least 12 characters long
auth-error-password-long = Your password must be 256 characters or fewer
auth-error-password-common = That password is too easy to guess. Choose a different one.

## Forgotten password
auth-forgot-title = Reset your password
auth-forgot-lead = Enter the email address you sign in with. If it has an account, we will email a link to reset the password. The link works once, for 1 hour.
auth-forgot-button = Send the link
auth-forgot-sent = If that email address has an account, we have sent a link to it. Check your inbox and junk folder.
auth-reset-title = Choose a new password
auth-reset-button = Save the new password
auth-reset-done = Your password has been changed, and you have been signed out everywhere. Sign in with your new password.
auth-reset-ask-again = Ask for a new link
auth-link-invalid-title = This link does not work
auth-link-invalid-body = The link has expired or has already been used.

## Invitations
invite-title = Accept your invitation
invite-invalid-body = The invitation has expired, has already been used, or was withdrawn. Ask whoever invited you to send a new one.
invite-new-lead = Create your account for { $email }.
invite-name-label = Your name
invite-name-hint = The name people at the practice will see.
invite-create-button = Create account
invite-error-name-empty = Enter your name
invite-error-name-long = The name must be 100 characters or fewer
invite-sign-in-first = There is already an account for { $email }. Sign in to it to accept.
invite-sign-in-link = Sign in to accept
invite-accept-lead = { $person } has asked you to help them in Careway. Accept to see what they have shared with you.
invite-accept-button = Accept
invite-accepted = You have accepted the invitation.

## Two-step sign-in
two-step-title = Two-step sign-in
two-step-staff-must = Staff must set up two-step sign-in before using Careway.
two-step-step-app = Open an authenticator app on your phone or computer, for example Microsoft Authenticator or Google Authenticator.
two-step-step-scan = Add an account in the app by scanning this QR code.
two-step-step-type = Or, if you cannot scan it, type this key into the app:
two-step-step-code = Enter the 6-digit code the app shows.
two-step-code-label = Code from the app
two-step-code-hint = For example, 123456
two-step-confirm-button = Turn on two-step sign-in
two-step-on-done = Two-step sign-in is on.
two-step-on-lead = Two-step sign-in is on. When you sign in, you will also need a code from your authenticator app.
two-step-codes-heading = Your recovery codes
two-step-codes-lead = Keep these codes somewhere safe. Each one works once, if you cannot use your authenticator app. You will not see them again.
two-step-codes-left = { $count ->
    [one] You have 1 unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
two-step-new-codes-button = Make new recovery codes
two-step-off-heading = Turn off two-step sign-in
two-step-off-button = Turn off two-step sign-in
two-step-off-done = Two-step sign-in is off.

## Emails: never any care details
mail-footer = This email was sent by Careway. If you were not expecting it, you can ignore it, or tell your social work practice.
mail-reset-subject = Reset your Careway password
mail-reset-body = Someone asked to reset the password for your Careway account. If it was you, open this link within 1 hour to choose a new password:
    
    { $link }
    
    If it was not you, you do not need to do anything.
mail-invite-subject = You are invited to Careway
mail-invite-body = You have been invited to create a Careway account. Open this link to set your password:
    
    { $link }
    
    The link works once.
mail-carer-invite-subject = You have been invited to help someone in Careway
mail-carer-invite-body = { $person } has invited you to help them in Careway. Open this link to accept:
    
    { $link }
mail-confirm-email-subject = Confirm your new email address for Careway
mail-confirm-email-body = Open this link to confirm this is your new email address for Careway. You will need to sign in.
    
    { $link }
mail-email-changed-subject = Your Careway email address has changed
mail-email-changed-body = The email address for your Careway account has been changed. If you did not do this, contact your social work practice straight away.
mail-password-changed-subject = Your Careway password has changed
mail-password-changed-body = The password for your Careway account has been changed. If you did not do this, reset it now at { $sign_in } and contact your social work practice.
mail-access-changed-subject = Your access in Careway has changed
mail-access-changed-body = What you can see or do for someone in Careway has changed. Sign in to see it: { $sign_in }
two-step-qr-alt = QR code to add Careway to your authenticator app. If you cannot scan it, use the key shown as text below.
