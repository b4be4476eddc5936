# Twofold — English (United States). This is the source locale: every other locale translates
# these messages. See locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Skip to content
nav-label = Main
nav-log-in = Log in
nav-sign-up = Sign up
nav-settings = Settings
nav-log-out = Log out
loading = Loading…

## Home

home-title = Two-factor authentication that stays out of your way
home-lead = Protect your account with a code from your phone, keep backup codes for the day you lose it, and stay in control of every sign-in.

## Log in

login-title = Log in to Twofold
login-submit = Log in
login-pending = Logging in…
login-no-account = New to Twofold?
login-sign-up-link = Create an account

## Sign up

signup-title = Create your account
signup-lead = All you need is an email address and a strong password.
signup-submit = Create account
signup-pending = Creating account…
signup-have-account = Already have an account?
signup-log-in-link = Log in

## Second step of logging in

verify-title = Enter your code
verify-lead-totp = Open your authenticator app and enter the 6-digit code it shows for Twofold.
verify-lead-backup = Enter one of the backup codes you saved when you turned on two-factor authentication. Each code works once.
verify-submit = Verify
verify-pending = Verifying…
verify-start-over = Start again with your password
error-login-expired = Please log in again: this login has expired or too many wrong codes were entered.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Authenticator code
code-label-backup = Backup code
code-use-backup = Use a backup code instead
code-use-authenticator = Use your authenticator app instead

## Form fields

field-email = Email address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-password-hint = 12 to 128 characters. A few unrelated words make a strong password that is easy to remember.

## Field problems, shown under the field

field-required = Please fill in this field.
field-too-long = This is too long.
field-invalid-email = Enter an email address such as name@example.com.
field-password-too-short = Use at least 12 characters.
field-password-common = This password is too common. Choose one that is harder to guess.
field-password-contains-email = Your password must not contain your email address.
field-password-same = The new password must differ from the current one.
field-current-password-wrong = The current password is not correct.

## Errors for the whole form

error-invalid-form = Please correct the highlighted fields.
error-invalid-credentials = The email address or password is not correct, or the address is not confirmed yet: open the link we mailed you first.
error-invalid-code = That code is not correct. Check your authenticator app or backup codes and try again.
error-code-already-used = That code has been used already. Wait for the next code in your app, or use another backup code.
error-not-enrolled = Two-factor authentication is not set up for this account.
error-already-enrolled = Two-factor authentication is already on.
error-unauthorized = Please log in to continue.
error-bad-request = The form could not be read. Please check your entries and try again.
error-network = Twofold could not be reached. Check your connection and try again.
error-unavailable = Twofold is temporarily unavailable. Please try again in a minute.
error-busy = Twofold is busy right now. Please try again in a few seconds.
error-internal = Something went wrong on our side. Please try again in a moment.

## Settings

settings-title = Account settings
settings-account-heading = Account
settings-two-factor-heading = Two-factor authentication
settings-two-factor-off = Two-factor authentication is off.
# $date (String) - the day two-factor authentication was turned on
settings-two-factor-on-since = Two-factor authentication is on since { $date }.
settings-two-factor-explainer = With two-factor authentication, logging in also asks for a code from an authenticator app or for your security key or passkey, so a stolen password alone is not enough.
settings-two-factor-enable = Turn on two-factor authentication
settings-two-factor-regenerate = Make new backup codes
settings-two-factor-disable = Turn off two-factor authentication
# $count (Number) - unused backup codes
settings-backup-codes-left = { $count ->
    [0] You have no backup codes left.
    [one] You have one backup code left.
   *[other] You have { $count } backup codes left.
}
settings-backup-codes-few = You are running out of backup codes. Make new ones so that you can still log in if you lose your phone.
settings-two-factor-enabled = Two-factor authentication is now on. From now on, logging in asks for a code from your app.
settings-two-factor-enabled-key = Two-factor authentication is now on. From now on, logging in asks for your security key or passkey.
settings-two-factor-disabled = Two-factor authentication is now off. Logging in needs only your password.
settings-backup-codes-regenerated = You have new backup codes. The old ones no longer work.
settings-password-heading = Change password
settings-password-submit = Change password
settings-password-pending = Changing password…
settings-password-changed = Your password has been changed.

## Dialogs on the settings page

dialog-cancel = Cancel
copy-done = Copied.
copy-failed = Copying did not work. Select the text and copy it yourself.
setup-title = Turn on two-factor authentication
setup-password-lead = To protect your account, first confirm that it is you.
setup-factor-lead = Enter your password and confirm with one of your factors to add an authenticator app.
setup-password-submit = Continue
setup-password-pending = Checking…
setup-scan-lead = Scan this QR code with an authenticator app, such as the one built into your password manager or a separate app on your phone.
setup-qr-label = QR code for your authenticator app. The same key is written out below.
setup-key-label = Can't scan it? Enter this key in the app instead:
setup-copy-key = Copy key
setup-code-lead = Then enter the 6-digit code the app shows for Twofold.
setup-confirm-submit = Turn on
setup-confirm-pending = Turning on…
# The same button when two-factor is already on (with a key) and the app is added to it
setup-add-submit = Add app
backup-codes-title = Save your backup codes
backup-codes-lead = If you cannot use your authenticator app or security key, each of these codes logs you in once. Keep them somewhere safe, such as your password manager. They are shown only now.
backup-codes-list-label = Backup codes
backup-codes-copy = Copy all
backup-codes-download = Download as text file
backup-codes-print = Print
backup-codes-saved = I have saved these codes
backup-codes-done = Done
# The first line of the downloaded file. $email (String) - the account's email address
backup-codes-file-heading = Twofold backup codes for { $email }
backup-codes-file-note = Each code can be used once instead of a code from your authenticator app or your security key.
regenerate-title = Make new backup codes
regenerate-lead = Your current backup codes stop working as soon as the new ones are made. Confirm with your password and a code.
regenerate-submit = Make new codes
regenerate-pending = Making codes…
disable-title = Turn off two-factor authentication
disable-lead = Logging in will then need only your password. Confirm with your password and a code from your app or a backup code.
disable-lead-key = Logging in will then need only your password. Confirm with your password and your security key or a backup code.
disable-submit = Turn off
disable-pending = Turning off…

## Notice after logging in with a backup code

# $count (Number) - unused backup codes
backup-code-used = { $count ->
    [0] You logged in with your last backup code. Make new ones now so that you are not locked out.
    [one] You logged in with a backup code. You have one left.
   *[other] You logged in with a backup code. You have { $count } left.
}
backup-code-used-action = Make new backup codes

## Not found

not-found-title = Page not found
not-found-text = The page you are looking for does not exist or has moved.
not-found-home = Go to the start page

## Language and dates

language-label = Language
language-submit = Change
# The long form of a date. $year, $month (1–12) and $day (Number)
date-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }

## Account safety: limits, sessions, security log

# $minutes (Number): how long until attempts are checked again
error-too-many-attempts = { $minutes ->
    [one] Too many attempts. Please try again in one minute.
   *[other] Too many attempts. Please try again in { $minutes } minutes.
}
error-forbidden = This request did not come from a Twofold page and was refused. Please reload the page and try again.
settings-back = Back to settings
settings-activity-heading = Activity and devices
# A date with a time of day in UTC. $date is written with date-long, $time as 24-hour HH:MM
date-time-utc = { $date }, { $time } UTC
# $browser and $os are product names (Firefox, Windows…)
browser-on-os = { $browser } on { $os }
browser-unknown-on-os = A browser on { $os }
browser-unknown = Unknown browser
address-unknown = unknown address

sessions-title = Where you are signed in
sessions-lead = These browsers are signed in to your account. Sign out any you do not recognise, then change your password.
sessions-this-one = This browser
sessions-address = Address
sessions-signed-in = Signed in
sessions-last-seen = Last active
sessions-sign-out = Sign out
sessions-sign-out-others = Sign out everywhere else
sessions-signing-out = Signing out…
sessions-none-elsewhere = You are not signed in anywhere else.
# $count (Number): sessions ended by the change just made
sessions-signed-out-elsewhere = { $count ->
    [one] For your safety, you were signed out on one other device.
   *[other] For your safety, you were signed out on { $count } other devices.
}

security-log-title = Security log
security-log-lead = Sign-ins and changes to your account's security, newest first.
security-log-empty = Nothing has happened yet.
security-log-pages = Security log pages
security-log-newer = Newer entries
security-log-older = Older entries
# Where an entry came from: $ip (an address) and $browser (see browser-on-os)
security-log-source = { $ip } · { $browser }
event-login-succeeded = Signed in
event-login-failed = Sign-in refused: wrong password
event-code-refused = Wrong authenticator or backup code
event-two-factor-enabled = Two-factor authentication turned on
event-two-factor-disabled = Two-factor authentication turned off
# $count (Number): backup codes left
event-backup-code-used = { $count ->
    [0] Signed in with a backup code; none are left
    [one] Signed in with a backup code; one is left
   *[other] Signed in with a backup code; { $count } are left
}
event-backup-codes-regenerated = New backup codes made; the old ones stopped working
# $minutes (Number)
event-locked = { $minutes ->
    [one] Too many failed attempts: locked for one minute
   *[other] Too many failed attempts: locked for { $minutes } minutes
}
event-password-changed = Password changed
# $count (Number): sessions ended
event-sessions-signed-out = { $count ->
    [one] Signed out on one other device
   *[other] Signed out on { $count } other devices
}
event-admin-reset = Two-factor authentication removed by an administrator; signed out everywhere

## Mail to the account's owner (plain text). Every mail: mail-greeting, the body of its kind,
## mail-when and mail-from (one line each), mail-not-you and mail-signature, with blank lines between.

mail-greeting = Hello,
mail-signature = — Twofold
# $time, e.g. 2026-11-25 21:30 UTC
mail-when = When: { $time }
# $ip (an address) and $browser (see browser-on-os)
mail-from = From: { $ip } ({ $browser })
mail-unknown = unknown
mail-not-you = If this was not you, sign in now, change your password and check "Where you are signed in" in your settings. If you cannot sign in, contact your administrator.
mail-two-factor-enabled-subject = Two-factor authentication is on
# $email: the account
mail-two-factor-enabled-body = Two-factor authentication was turned on for your account { $email }. Signing in now takes a code from your authenticator app or a backup code.
# $email: the account
mail-two-factor-enabled-key-body = Two-factor authentication was turned on for your account { $email }. Signing in now takes your security key or passkey, or a backup code.
mail-two-factor-disabled-subject = Two-factor authentication was turned off
mail-two-factor-disabled-body = Two-factor authentication was turned off for your account { $email }. Signing in now takes only your password.
mail-backup-code-used-subject = A backup code was used to sign in
# $count (Number): backup codes left
mail-backup-code-used-body = { $count ->
    [0] A backup code was used to sign in to your account { $email }. You have no backup codes left: make new ones in your settings.
    [one] A backup code was used to sign in to your account { $email }. You have one backup code left: make new ones in your settings.
   *[other] A backup code was used to sign in to your account { $email }. You have { $count } backup codes left.
}
mail-backup-codes-regenerated-subject = New backup codes were made
mail-backup-codes-regenerated-body = New backup codes were made for your account { $email }. The old codes no longer work.
mail-locked-subject = Too many failed sign-in attempts
# $minutes (Number)
mail-locked-body = { $minutes ->
    [one] There were too many failed attempts to sign in to your account { $email }, so sign-in is paused for one minute.
   *[other] There were too many failed attempts to sign in to your account { $email }, so sign-in is paused for { $minutes } minutes.
}
mail-password-changed-subject = Your password was changed
mail-password-changed-body = The password of your account { $email } was changed, and you were signed out on your other devices.
mail-admin-reset-subject = Two-factor authentication was reset
mail-admin-reset-body = An administrator removed two-factor authentication from your account { $email } and signed you out everywhere. Sign in with your password and turn two-factor authentication on again.

## Attempt limits and warning signs

# A wait of less than a minute after wrong attempts. $seconds (Number)
error-wait-seconds = { $seconds ->
    [one] Too many attempts. Please wait one second and try again.
   *[other] Too many attempts. Please wait { $seconds } seconds and try again.
}
# A wait of more than an hour (after many wrong codes). $hours (Number)
error-wait-hours = { $hours ->
    [one] Too many attempts. Please try again in one hour.
   *[other] Too many attempts. Please try again in { $hours } hours.
}
error-authenticator-suspended = There were too many wrong codes for this account, so codes from the authenticator app no longer work. Enter one of your backup codes instead: that turns authenticator codes back on. Without backup codes, ask your administrator.
event-code-replayed = An authenticator code was used a second time and refused
event-second-step-missing = The right password was entered, but the sign-in was not completed with a second factor
event-password-known = The right password was entered, followed by three wrong codes
event-authenticator-suspended = Authenticator codes turned off after 100 wrong codes in a row; a backup code turns them back on
event-passwords-slowed = Many wrong passwords: sign-ins from new browsers are slowed down
event-admin-unlocked = An administrator lifted the limits on sign-in attempts
# Shown instead of the address and browser for what an operator did on the command line. $operator: their name
security-log-operator = By the operator { $operator } (command line)
mail-code-replayed-subject = A sign-in code was used twice
mail-code-replayed-body = A code from your authenticator app was entered for your account { $email } after it had already been used, and it was refused. If you did not just enter the same code twice, someone who knows your password may have seen one of your codes: change your password now.
mail-password-known-subject = Someone may know your password
mail-password-known-body = Someone entered the correct password of your account { $email }, then three wrong codes. Your second factor stopped them. If this was not you, change your password now.
mail-authenticator-suspended-subject = Authenticator codes for your account were turned off
mail-authenticator-suspended-body = After 100 wrong codes in a row, codes from your authenticator app no longer sign in to your account { $email }. Sign in with one of your backup codes to turn them back on, then change your password.
mail-passwords-slowed-subject = Many wrong passwords for your account
mail-passwords-slowed-body = Many wrong passwords were entered for your account { $email }. Sign-ins from browsers that have never signed in to it are slowed down for now; browsers you have signed in with before are not affected.

## Security keys and passkeys

event-key-added = A security key or passkey was added
event-key-removed = A security key or passkey was removed
mail-key-added-subject = A security key was added to your account
mail-key-added-body = A security key or passkey was added to your account { $email }. It can now be used to sign in, and you were signed out on your other devices.
mail-key-removed-subject = A security key was removed from your account
mail-key-removed-body = A security key or passkey was removed from your account { $email }, and you were signed out on your other devices.

# Security keys and passkeys: errors shown on forms
error-key-refused = Your security key was not accepted. Try again, or use another way.
error-key-cancelled = The security key did not answer: the request was cancelled or timed out. Try again, or use another way.
error-key-unsupported = This browser cannot use security keys here. Use another way, or another browser.
error-key-registered = This security key is on an account already.
error-key-name = Give the key a name of 1 to 64 characters.
error-no-such-key = That security key is no longer on your account.

# Security log entries
event-key-refused = A security key's answer was refused
event-authenticator-added = An authenticator app was added

# Mail when an authenticator app is added to an account that had two-factor on with a key; $email is the account
mail-authenticator-added-subject = An authenticator app was added to your account
mail-authenticator-added-body = An authenticator app was added to your account { $email }. Its codes can now be used to sign in, and you were signed out on your other devices.

# Confirmations at the top of the settings page
settings-key-added-notice = Your security key was added.
settings-key-removed-notice = The security key was removed.
settings-authenticator-added = Your authenticator app was added.

# Settings, two-factor section: its factors
settings-authenticator-heading = Authenticator app
settings-authenticator-on = Set up: codes from your authenticator app are accepted.
settings-authenticator-off = Not set up.
settings-authenticator-add = Set up an authenticator app
settings-keys-heading = Security keys and passkeys
settings-keys-none = No security key or passkey yet.
settings-keys-need-js = Adding or removing a security key needs JavaScript.
settings-keys-add = Add a security key or passkey

# $date is a date such as 3 December 2026
settings-key-added = Added { $date }
settings-key-last-used = Last used { $date }
settings-key-never-used = Not used yet
settings-key-rename = Rename
settings-key-rename-label = New name
settings-key-rename-submit = Save name
settings-key-rename-pending = Saving…
settings-key-remove = Remove

# The dialog that removes a key
remove-key-title = Remove this security key?
remove-key-lead = It will no longer sign in to your account. Enter your password and confirm with a factor.
remove-key-last = This is your only factor: removing it turns two-factor authentication off and deletes your backup codes.
remove-key-submit = Remove key
remove-key-pending = Removing…

# The dialog that adds a key
add-key-title = Add a security key or passkey
add-key-password-lead = Enter your password to add a security key or passkey.
add-key-factor-lead = Enter your password and confirm with one of your factors to add a security key or passkey.
add-key-continue = Continue
add-key-continue-pending = Checking…
add-key-touch = Follow your browser: touch your security key, or confirm with your device's screen lock.
add-key-retry = Try again
add-key-name-lead = Name this key so that you can tell it from your others.
add-key-name-label = Name
add-key-submit = Add key
add-key-pending = Adding…

# Sensitive changes: confirming with a key instead of a code
reauth-key-lead = Or confirm with your security key instead of a code:
reauth-use-key = Use your security key
reauth-use-key-pending = Waiting for your key…

# The login's second step when the account has a key
verify-lead-key = Use your security key, or enter a code from your authenticator app or a backup code.
verify-lead-key-only = Use your security key, or enter one of your backup codes.
verify-use-key = Use your security key
verify-use-key-pending = Waiting for your key…
verify-or-code = Or enter a code
verify-key-needs-js = Security keys need JavaScript. You can still enter a code below.

# Login page: signing in with a passkey instead of the password
login-or = or
login-passkey = Sign in with a passkey
login-passkey-pending = Waiting for your passkey…
login-passkey-needs-js = Signing in with a passkey needs JavaScript.

## Required two-factor authentication: the deployment's policy, set by its administrators

# Banner on every page while the account has days left to set two-factor authentication up. $days: whole days left (at least 1)
policy-grace = { $days ->
    [one] Two-factor authentication will be required for your account in { $days } day.
   *[other] Two-factor authentication will be required for your account in { $days } days.
}
# The link in that banner, to the two-factor section of the settings
policy-grace-action = Set it up now
# Banner once those days are over: until a factor is set up, the settings page is all the account reaches
policy-set-up-now = Two-factor authentication is required for your account. Set it up below to continue; until then, nothing else is available.
# In the two-factor section while it is required: why there is no button to turn it off
settings-two-factor-required = Required for your account, so it cannot be turned off. To replace a security key, add the new one first, then remove the old one.
# Error when turning it off (or removing the last factor) is refused, or something else is asked for before the set-up
error-two-factor-required = Two-factor authentication is required for your account. Set it up, or keep it, to continue.
# Security log lines for what an operator did on the command line
event-administrator-granted = Made an administrator
event-administrator-revoked = No longer an administrator

## Removing the authenticator app (offered while the account also has a security key)

# Button in the two-factor section of the settings
settings-authenticator-remove = Remove authenticator app
# The dialog that removes it: title, explanation, button (the button shows remove-key-pending while it works)
remove-authenticator-title = Remove the authenticator app?
remove-authenticator-lead = Its codes will no longer sign in to your account; your security keys and backup codes stay. Enter your password and confirm with a factor.
remove-authenticator-submit = Remove app
# Confirmation at the top of the settings afterwards
settings-authenticator-removed = Your authenticator app was removed.
# Security log line
event-authenticator-removed = The authenticator app was removed
# Mail about it. $email: the account's address
mail-authenticator-removed-subject = An authenticator app was removed from your account
mail-authenticator-removed-body = The authenticator app was removed from your account { $email }. Its codes no longer sign in, and you were signed out on your other devices.

## Trusted browsers: at the code step a browser can be trusted to sign in with the password alone

# Check box at the code step of logging in. $days: how long (a number of days)
verify-trust = { $days ->
    [one] Don't ask for a code on this browser for { $days } day
   *[other] Don't ask for a code on this browser for { $days } days
}
# The section of the sessions page that lists them, and each one's facts and button
trusted-heading = Trusted browsers
trusted-lead = These browsers sign in to your account with your password alone, without a code. Changing your password or your factors, or signing out everywhere, ends their trust.
trusted-since = Trusted on
trusted-last-used = Last used
trusted-never-used = Not used yet
trusted-until = Trusted until
trusted-stop = Stop trusting
# Security log lines
event-browser-trusted = A browser was trusted to sign in without a code
event-trusted-browser-used = Signed in on a trusted browser, without a code
event-browser-untrusted = A browser is no longer trusted

## What administrators do on the administrator page (the security logs, mail and errors)

# Security log of the account: what an administrator did, and by whom. $count: sessions that ended
event-admin-signed-out = Signed out everywhere by an administrator
# Shown instead of the address and browser for what an administrator did. $email: the administrator's address
security-log-administrator = By the administrator { $email }
# Security log of the administrator: what they did on the administrator page. $email: the account they acted on
event-administered-reset = You removed two-factor authentication from { $email }
event-administered-unlock = You lifted the sign-in limits of { $email }
event-administered-sign-out = You signed { $email } out everywhere
event-policy-changed = You changed the two-factor policy of this site
# Mail to the account's owner. $email: the account's address
mail-admin-unlocked-subject = The limits on your sign-in attempts were lifted
mail-admin-unlocked-body = An administrator lifted the limits on sign-in attempts for your account { $email }: your password and codes are checked again at once.
mail-admin-signed-out-subject = You were signed out everywhere
mail-admin-signed-out-body = An administrator signed your account { $email } out on every device. Sign in again with your password and second factor.
# Errors on the administrator page
error-confirmation-required = Confirm with your password and a factor first.
error-no-such-account = No account has this email address.
# Header link, shown to administrators
nav-admin = Administration
## The administrator page (/admin), for accounts with the administrator role

# Page title and heading
admin-title = Administration
# Asked before acting when the last check of the password and a factor is older than 10 minutes
admin-confirm-heading = Confirm it's you
admin-confirm-lead = To act on accounts or change the policy, enter your password and confirm with a factor. It holds for 10 minutes.
admin-confirm-submit = Confirm
admin-confirm-pending = Confirming…
admin-accounts-heading = Accounts
admin-search-label = Find accounts by email address
admin-search-submit = Search
admin-none-found = No account matches.
admin-two-factor-off = Off
# An account's two-factor state; $date: when it was turned on. Followed by its factors in brackets
admin-two-factor-on = On since { $date }
admin-factor-app = authenticator app
# $count: how many security keys
admin-factor-keys = { $count ->
    [one] one key
   *[other] { $count } keys
}
admin-role-administrator = Administrator
admin-locked = Locked
admin-col-two-factor = Two-factor authentication
admin-col-last-sign-in = Last sign-in
admin-never = Never
# The actions on one account
admin-reset = Reset two-factor
admin-unlock = Lift locks
admin-sign-out = Sign out everywhere
# The deployment's two-factor policy
admin-policy-heading = Two-factor policy
admin-policy-required-of = Required of
admin-policy-nobody = Nobody: each user decides
admin-policy-everyone = Everyone
admin-policy-administrators = Administrators only
admin-policy-grace = Grace period in days (0: at once)
admin-policy-submit = Save policy
admin-policy-pending = Saving…
# Confirmations at the top of the page after an action
admin-done = Done. The account's owner was told by mail.
admin-policy-saved = The two-factor policy was saved.

## Who owns an address: sign-up, mailed links, forgotten passwords, a change of address
# Errors
error-address-unconfirmed = Confirm your email address first: open the link we mailed you.
error-link-expired = This link no longer works: it was used already, a newer one replaced it, or it expired.
field-email-same = This is already your account's address.
field-new-email = New email address
# Confirmations at the top of the next page
notice-sign-up-sent = Check your inbox: we sent a message to the address you gave. Open its link and enter your password there to confirm the address and log in.
notice-reset-sent = If an account uses that address, we mailed it a link to choose a new password. The link works for an hour.
notice-confirmation-sent = We mailed you a new confirmation link. The earlier one no longer works.
notice-address-change-sent = We mailed a link to the new address. Your account moves to it when the link is opened; until then it keeps its address.
notice-address-confirmed = Your email address is confirmed.
notice-address-changed = Your account now uses its new email address. Log in with it from now on.
notice-password-reset = Your new password is set, and every browser was signed out. Log in with the new password.
# Security log entries
event-address-confirmed = Email address confirmed
event-password-reset = New password chosen through a mailed link
# $email: the new address
event-address-change-asked = Move to { $email } asked for
event-address-changed = Email address changed
# A trusted browser's token came back after a use had replaced it (the cookie was copied)
event-trust-copied = A copied cookie of a trusted browser was used: every trusted browser was stopped
event-trusted-browser-new-network = Signed in on a trusted browser, without a code, from a new network
# Mail. $email: the account's address
mail-trust-copied-subject = A copy of a trusted browser's cookie was used
mail-trust-copied-body = A browser you trusted on your Twofold account { $email } was used with a cookie that had already been replaced, so it may have been copied to another browser. Every trusted browser of the account was stopped: each one asks for a code again. If this was not you, change your password.
mail-trusted-browser-new-network-subject = A trusted browser signed in from a new network
mail-trusted-browser-new-network-body = A browser you trusted signed in to your Twofold account { $email } without a code, from another network than the one it used last.
# Mail. $email: the account's address (for the change of address: the new one); $old: the current address
mail-link-expires-hour = The link works once, within an hour.
mail-link-expires-day = The link works once, within 24 hours.
mail-confirm-subject = Confirm your email address
mail-confirm-body = A Twofold account was created with your address { $email }. Open this link to confirm that the address is yours:
mail-confirm-not-you = If you did not create this account, ignore this message: the address stays unconfirmed.
mail-sign-up-taken-subject = Someone tried to sign up with your address
# $link: the page where a new password can be asked for
mail-sign-up-taken-body = Someone tried to create a new Twofold account with your address { $email }, which already has an account. Nothing was changed. If it was you and you forgot your password, ask for a new one here: { $link }
mail-sign-up-taken-not-you = If it was not you, there is nothing to do: your account is as it was.
mail-reset-subject = Choose a new password
mail-reset-body = A new password was asked for your account { $email }. Open this link to choose one:
mail-reset-not-you = If you did not ask for it, ignore this message: your password stays as it is. If your account has two-factor authentication, the link alone cannot change it.
mail-change-subject = Confirm your new email address
mail-change-body = The Twofold account { $old } is to move to this address, { $email }. Open this link to confirm it:
mail-change-not-you = If you did not ask for it, ignore this message: nothing changes.
mail-change-taken-subject = Someone tried to use your address
mail-change-taken-body = Someone asked to move another Twofold account to your address { $email }, which already has an account. Nothing was changed.
mail-change-notice-subject = A change of your email address was asked for
mail-change-notice-body = Someone signed in to your account { $old } asked to move it to the address { $email }. The address changes only when the link we mailed there is opened.
mail-password-reset-subject = Your password was reset
mail-password-reset-body = A new password was chosen for your account { $email } through a link mailed to this address, and every browser was signed out.
mail-address-changed-subject = Your account has a new email address
mail-address-changed-body = Your Twofold account now uses the address { $email }. Log in with it from now on.
# The login page's link to the password reset
login-forgot = Forgot your password?
# The page that asks for a reset link
forgot-title = Forgot your password?
forgot-lead = Enter your account's email address. We will mail you a link to choose a new password.
forgot-submit = Send the link
forgot-pending = Sending…
forgot-back = Back to log in
# The page a reset link opens
reset-title = Choose a new password
reset-lead = Choose the new password of your account.
reset-lead-two-factor = Choose the new password of your account, then confirm it with your second factor: your security key, a code from your authenticator app or a backup code.
reset-use-key = Confirm with your security key
reset-use-key-pending = Waiting for your security key…
reset-submit = Set the new password
reset-pending = Setting…
reset-ask-again = Ask for a new link
# The page a confirmation link opens. $email: the address it confirms
confirm-address-title = Confirm your email address
confirm-address-lead = Confirm that { $email } is your address: enter the password you chose when you signed up.
confirm-address-change-lead = Move your account to the address { $email }.
confirm-address-submit = Confirm the address
confirm-address-change-submit = Move my account
confirm-address-pending = Confirming…
confirm-address-settings = Go to your settings
# Settings: the account's address. $email: the address
settings-address-unconfirmed = Your email address { $email } is not confirmed yet. Open the link we mailed you; until then, two-factor authentication cannot be turned on.
settings-address-resend = Send the link again
settings-address-resending = Sending…
settings-address-change = Change email address
settings-address-change-lead = We will mail a link to the new address; your account moves to it when the link is opened.
settings-address-submit = Send the link
settings-address-pending = Sending…
# Setting up the account's first factor: the code mailed to the account. $email: the address
mailed-code-label = Code from the email
mailed-code-lead = We emailed an 8-digit code to { $email }. It works for 15 minutes.
error-mailed-code = The code from the email is wrong or no longer works. Check the newest email from us; after 5 wrong tries or 15 minutes, close this dialog and start again for a new code.
# The mail with that code. $email: the account's address; the code follows on its own line
mail-factor-code-subject = Your code to set up two-factor authentication
mail-factor-code-body = Someone is setting up two-factor authentication for your Twofold account { $email }. To finish, enter this code where it is asked for; it works for 15 minutes:
mail-factor-code-not-you = If this was not you, someone knows your password: do not give this code to anyone, sign in and change your password now.

## Sign-in requests from other applications
# Title of the page shown when another application's sign-in request cannot continue
authorize-refused-title = This sign-in cannot continue
authorize-refused-client = The application that sent you here is not registered with this service, so you cannot sign in to it here. Please tell the application's owner.
authorize-refused-redirect = The application that sent you here asked to send you back to an address it has not registered, so you are not sent there. Please tell the application's owner.
authorize-refused-expired = This sign-in request has expired, or it was started in another browser. Go back to the application and sign in again.
# The consent page: an application (its name in $application, as the operator registered it) asks to share the user's details; each consent-scope-* line is one thing shared
consent-title = Allow access
consent-heading = { $application } asks to use your account
consent-lead = If you allow it, { $application } can:
consent-scope-openid = Recognise you when you sign in to it
consent-scope-email = See your email address
consent-scope-profile = See your user name (your email address)
consent-scope-groups = See your groups (for example, whether you are an administrator)
consent-scope-offline-access = Stay connected to your account while you are away
consent-allow = Allow
consent-deny = Cancel
# The page shown when an application asks to sign the user out without proving which account is signed in
authorize-refused-logout = An application asked to sign you out, but its request is not valid, so nothing was done.
sign-out-title = Sign out?
sign-out-lead = An application asked to sign you out of this service. Sign out only if you have just chosen to sign out.
sign-out-confirm = Sign out
sign-out-stay = Stay signed in
# The settings page's list of applications that sign the user in through this service; $application is an application's name as the operator registered it
settings-applications-heading = Connected applications
settings-applications-lead = These applications sign you in with this account. Disconnecting one ends its access at once; it asks again the next time you sign in to it.
settings-application-first-used = First signed in
settings-application-last-used = Last used
settings-application-disconnect = Disconnect
settings-application-disconnect-label = Disconnect { $application }
# Security log entries and the mail about applications; $application is the application's name, $email the account
event-application-connected = Signed in to { $application } for the first time
event-application-disconnected = Disconnected { $application }
mail-application-connected-subject = You signed in to { $application } with your account
mail-application-connected-body = Your account { $email } was used to sign in to { $application } for the first time. It can now see the details you share with it.
# The settings page's banner while an application that requires two-factor waits for the account to turn it on; $application is its name
set-up-for-application = { $application } requires two-factor authentication. Turn it on below; then you can go back to { $application }.
set-up-for-application-done = Two-factor authentication is on. You can go back to { $application } now.
set-up-for-application-continue = Continue to { $application }
# The page asking for a security key or passkey because an application requires one in this sign-in; $application is its name
key-step-up-title = Confirm with your security key
key-step-up-lead = { $application } asks you to confirm this sign-in with your security key or passkey.
key-step-up-button = Use your security key or passkey
key-step-up-pending = Waiting for your key…
key-step-up-needs-js = This step needs JavaScript: your browser asks the key.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Applications
admin-apps-lead = Apps that sign their users in through this site with OpenID Connect. Each one has a client ID; a confidential one also has a secret, shown only once.
admin-apps-none = No application is registered yet.
admin-app-client-id = Client ID
admin-app-secret = Client secret
admin-app-secret-heading = New client secret for { $application }
admin-app-secret-once = Copy it into the application's settings now: it is shown only this once, and only its hash is kept.
admin-app-public = Public
admin-app-confidential = Confidential
admin-app-requires = Requires
admin-app-require-signed-in = Signing in
admin-app-require-two-factor = Two-factor authentication
admin-app-require-key = A security key or passkey
admin-app-consent = Consent
admin-app-consent-asked = Asked of each account
admin-app-consent-not-asked = Not asked (first-party application)
admin-app-signing = ID tokens signed with
admin-app-redirect-uris = Redirect addresses
admin-app-post-logout-uris = Addresses after signing out
admin-app-created = Registered
admin-app-rotate = New secret…
admin-app-rotate-warning = The current secret of { $application } stops working at once: the application signs no one in until it has the new one.
admin-app-rotate-submit = Make a new secret
admin-app-remove = Remove…
admin-app-remove-warning = { $application } can no longer sign anyone in: its codes, tokens and every account's consent end.
admin-app-remove-submit = Remove { $application }
admin-app-add-heading = Register an application
admin-app-name = Name
admin-app-uris-hint = One address per line, exactly as the application sends it: https://, or http:// on localhost only.
admin-app-public-label = Public client: it runs in the browser or on a device, keeps no secret and must use PKCE
admin-app-consent-label = Ask each account before sharing its details
admin-app-add-submit = Register
admin-app-add-pending = Registering…
error-no-such-application = This application is no longer registered.
error-application-invalid = The application cannot be registered: give a name of up to 64 characters and 1 to 10 addresses of each kind, each an absolute https:// address (http:// only on localhost) without a #fragment.
event-application-added = You registered the application { $application }
event-application-secret-rotated = You gave { $application } a new client secret
event-application-removed = You removed the application { $application }
