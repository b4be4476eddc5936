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
verify-label-totp = Authenticator code
verify-label-backup = Backup code
verify-use-backup = Use a backup code instead
verify-use-totp = Use your authenticator app instead
verify-submit = Verify
verify-pending = Verifying…
verify-start-over = Start again with your password
error-login-expired = Please log in again: this login has expired or too many wrong codes were entered.

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
field-email-taken = An account with this email address already exists. Log in instead?
field-password-same = The new password must differ from the current one.
field-current-password-wrong = The current password is not correct.

## Errors for the whole form

error-invalid-form = Please correct the highlighted fields.
error-invalid-credentials = The email address or password is not correct.
error-invalid-code = That code is not correct. Check your authenticator app or backup codes and try again.
error-code-already-used = That code has been used already. Wait for the next code in your app, or use another backup code.
error-not-enrolled = Two-factor authentication is not set up for this account.
error-already-enrolled = Two-factor authentication is already on.
error-unauthorized = Please log in to continue.
error-bad-request = The form could not be read. Please check your entries and try again.
error-network = Twofold could not be reached. Check your connection and try again.
error-internal = Something went wrong on our side. Please try again in a moment.

## Settings

settings-title = Account settings
settings-account-heading = Account
settings-2fa-heading = Two-factor authentication
settings-2fa-off = Two-factor authentication is off.
# $date (String) - the day two-factor authentication was turned on
settings-2fa-on-since = Two-factor authentication is on since { $date }.
settings-2fa-explainer = With two-factor authentication, logging in also asks for a code from an authenticator app on your phone, so a stolen password alone is not enough.
settings-password-heading = Change password
settings-password-submit = Change password
settings-password-pending = Changing password…
settings-password-changed = Your password has been changed.

## Not found

not-found-title = Page not found
not-found-text = The page you are looking for does not exist or has moved.
not-found-home = Go to the start page
