# Twofold — Deutsch (Deutschland). Übersetzt aus locales/en-US/main.ftl; siehe locales/README.md.

## Seitenrahmen

brand-name = Twofold
skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü
nav-log-in = Anmelden
nav-sign-up = Registrieren
nav-settings = Einstellungen
nav-log-out = Abmelden
loading = Wird geladen …

## Startseite

home-title = Zwei-Faktor-Authentifizierung, die Ihnen nicht im Weg steht
home-lead = Schützen Sie Ihr Konto mit einem Code von Ihrem Smartphone, bewahren Sie Backup-Codes für den Tag auf, an dem Sie es verlieren, und behalten Sie jede Anmeldung im Blick.

## Anmelden

login-title = Bei Twofold anmelden
login-submit = Anmelden
login-pending = Anmeldung läuft …
login-no-account = Neu bei Twofold?
login-sign-up-link = Konto erstellen

## Registrieren

signup-title = Konto erstellen
signup-lead = Sie brauchen nur eine E-Mail-Adresse und ein starkes Passwort.
signup-submit = Konto erstellen
signup-pending = Konto wird erstellt …
signup-have-account = Sie haben schon ein Konto?
signup-log-in-link = Anmelden

## Zweiter Schritt der Anmeldung

verify-title = Code eingeben
verify-lead-totp = Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für Twofold anzeigt.
verify-lead-backup = Geben Sie einen der Backup-Codes ein, die Sie beim Einschalten der Zwei-Faktor-Authentifizierung gespeichert haben. Jeder Code funktioniert einmal.
verify-label-totp = Code aus der Authenticator-App
verify-label-backup = Backup-Code
verify-use-backup = Stattdessen einen Backup-Code verwenden
verify-use-totp = Stattdessen die Authenticator-App verwenden
verify-submit = Bestätigen
verify-pending = Wird geprüft …
verify-start-over = Mit dem Passwort neu beginnen
error-login-expired = Bitte melden Sie sich erneut an: Diese Anmeldung ist abgelaufen oder es wurden zu viele falsche Codes eingegeben.

## Formularfelder

field-email = E-Mail-Adresse
field-password = Passwort
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-password-hint = 12 bis 128 Zeichen. Ein paar zusammenhanglose Wörter ergeben ein starkes Passwort, das man sich leicht merkt.

## Feldfehler, unter dem Feld angezeigt

field-required = Bitte füllen Sie dieses Feld aus.
field-too-long = Diese Eingabe ist zu lang.
field-invalid-email = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
field-password-too-short = Verwenden Sie mindestens 12 Zeichen.
field-password-common = Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.
field-password-contains-email = Ihr Passwort darf Ihre E-Mail-Adresse nicht enthalten.
field-email-taken = Für diese E-Mail-Adresse gibt es bereits ein Konto. Möchten Sie sich stattdessen anmelden?
field-password-same = Das neue Passwort muss sich vom aktuellen unterscheiden.
field-current-password-wrong = Das aktuelle Passwort ist nicht richtig.

## Fehler für das ganze Formular

error-invalid-form = Bitte korrigieren Sie die markierten Felder.
error-invalid-credentials = E-Mail-Adresse oder Passwort ist nicht richtig.
error-invalid-code = Dieser Code ist nicht richtig. Prüfen Sie Ihre Authenticator-App oder Ihre Backup-Codes und versuchen Sie es erneut.
error-code-already-used = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer App oder verwenden Sie einen anderen Backup-Code.
error-not-enrolled = Für dieses Konto ist keine Zwei-Faktor-Authentifizierung eingerichtet.
error-already-enrolled = Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.
error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-bad-request = Das Formular konnte nicht gelesen werden. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-network = Twofold ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.

## Einstellungen

settings-title = Kontoeinstellungen
settings-account-heading = Konto
settings-2fa-heading = Zwei-Faktor-Authentifizierung
settings-2fa-off = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.
# $date (String) - der Tag, an dem die Zwei-Faktor-Authentifizierung eingeschaltet wurde
settings-2fa-on-since = Die Zwei-Faktor-Authentifizierung ist seit { $date } eingeschaltet.
settings-2fa-explainer = Mit Zwei-Faktor-Authentifizierung fragt die Anmeldung zusätzlich nach einem Code aus einer Authenticator-App auf Ihrem Smartphone – ein gestohlenes Passwort allein reicht dann nicht.
settings-password-heading = Passwort ändern
settings-password-submit = Passwort ändern
settings-password-pending = Passwort wird geändert …
settings-password-changed = Ihr Passwort wurde geändert.

## Seite nicht gefunden

not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite gibt es nicht oder sie wurde verschoben.
not-found-home = Zur Startseite
