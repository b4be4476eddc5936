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
verify-submit = Bestätigen
verify-pending = Wird geprüft …
verify-start-over = Mit dem Passwort neu beginnen
error-login-expired = Bitte melden Sie sich erneut an: Diese Anmeldung ist abgelaufen oder es wurden zu viele falsche Codes eingegeben.

## Code-Eingaben (Anmeldung und die Zwei-Faktor-Dialoge)

code-label-authenticator = Code aus der Authenticator-App
code-label-backup = Backup-Code
code-use-backup = Stattdessen einen Backup-Code verwenden
code-use-authenticator = Stattdessen die Authenticator-App verwenden

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
field-password-same = Das neue Passwort muss sich vom aktuellen unterscheiden.
field-current-password-wrong = Das aktuelle Passwort ist nicht richtig.

## Fehler für das ganze Formular

error-invalid-form = Bitte korrigieren Sie die markierten Felder.
error-invalid-credentials = E-Mail-Adresse oder Passwort ist nicht richtig, oder die Adresse ist noch nicht bestätigt: Öffnen Sie zuerst den Link, den wir Ihnen geschickt haben.
error-invalid-code = Dieser Code ist nicht richtig. Prüfen Sie Ihre Authenticator-App oder Ihre Backup-Codes und versuchen Sie es erneut.
error-code-already-used = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer App oder verwenden Sie einen anderen Backup-Code.
error-not-enrolled = Für dieses Konto ist keine Zwei-Faktor-Authentifizierung eingerichtet.
error-already-enrolled = Die Zwei-Faktor-Authentifizierung ist bereits eingeschaltet.
error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-bad-request = Das Formular konnte nicht gelesen werden. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-network = Twofold ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-unavailable = Twofold ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einer Minute erneut.
error-busy = Twofold ist gerade ausgelastet. Bitte versuchen Sie es in einigen Sekunden erneut.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.

## Einstellungen

settings-title = Kontoeinstellungen
settings-account-heading = Konto
settings-two-factor-heading = Zwei-Faktor-Authentifizierung
settings-two-factor-off = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet.
# $date (String) - der Tag, an dem die Zwei-Faktor-Authentifizierung eingeschaltet wurde
settings-two-factor-on-since = Die Zwei-Faktor-Authentifizierung ist seit { $date } eingeschaltet.
settings-two-factor-explainer = Mit Zwei-Faktor-Authentifizierung fragt die Anmeldung zusätzlich nach einem Code aus einer Authenticator-App oder nach Ihrem Sicherheitsschlüssel oder Passkey – ein gestohlenes Passwort allein reicht dann nicht.
settings-two-factor-enable = Zwei-Faktor-Authentifizierung einschalten
settings-two-factor-regenerate = Neue Backup-Codes erstellen
settings-two-factor-disable = Zwei-Faktor-Authentifizierung ausschalten
# $count (Number) - unbenutzte Backup-Codes
settings-backup-codes-left = { $count ->
    [0] Sie haben keine Backup-Codes mehr.
    [one] Sie haben noch einen Backup-Code.
   *[other] Sie haben noch { $count } Backup-Codes.
}
settings-backup-codes-few = Ihre Backup-Codes gehen zur Neige. Erstellen Sie neue, damit Sie sich auch ohne Ihr Smartphone noch anmelden können.
settings-two-factor-enabled = Die Zwei-Faktor-Authentifizierung ist jetzt eingeschaltet. Ab sofort fragt die Anmeldung nach einem Code aus Ihrer App.
settings-two-factor-enabled-key = Die Zwei-Faktor-Authentifizierung ist jetzt eingeschaltet. Ab sofort fragt die Anmeldung nach Ihrem Sicherheitsschlüssel oder Passkey.
settings-two-factor-disabled = Die Zwei-Faktor-Authentifizierung ist jetzt ausgeschaltet. Für die Anmeldung genügt Ihr Passwort.
settings-backup-codes-regenerated = Sie haben neue Backup-Codes. Die alten funktionieren nicht mehr.
settings-password-heading = Passwort ändern
settings-password-submit = Passwort ändern
settings-password-pending = Passwort wird geändert …
settings-password-changed = Ihr Passwort wurde geändert.

## Dialoge auf der Einstellungsseite

dialog-cancel = Abbrechen
copy-done = Kopiert.
copy-failed = Das Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.
setup-title = Zwei-Faktor-Authentifizierung einschalten
setup-password-lead = Zum Schutz Ihres Kontos bestätigen Sie bitte zuerst, dass Sie es sind.
setup-factor-lead = Geben Sie Ihr Passwort ein und bestätigen Sie mit einem Ihrer Faktoren, um eine Authenticator-App hinzuzufügen.
setup-password-submit = Weiter
setup-password-pending = Wird geprüft …
setup-scan-lead = Scannen Sie diesen QR-Code mit einer Authenticator-App – etwa der in Ihrem Passwortmanager oder einer eigenen App auf Ihrem Smartphone.
setup-qr-label = QR-Code für Ihre Authenticator-App. Derselbe Schlüssel steht darunter zum Abtippen.
setup-key-label = Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in der App ein:
setup-copy-key = Schlüssel kopieren
setup-code-lead = Geben Sie dann den 6-stelligen Code ein, den die App für Twofold anzeigt.
setup-confirm-submit = Einschalten
setup-confirm-pending = Wird eingeschaltet …
setup-add-submit = App hinzufügen
backup-codes-title = Speichern Sie Ihre Backup-Codes
backup-codes-lead = Wenn Sie Ihre Authenticator-App oder Ihren Sicherheitsschlüssel nicht nutzen können, meldet Sie jeder dieser Codes einmal an. Bewahren Sie sie sicher auf, zum Beispiel in Ihrem Passwortmanager. Sie werden nur jetzt angezeigt.
backup-codes-list-label = Backup-Codes
backup-codes-copy = Alle kopieren
backup-codes-download = Als Textdatei herunterladen
backup-codes-print = Drucken
backup-codes-saved = Ich habe diese Codes gespeichert
backup-codes-done = Fertig
# Die erste Zeile der heruntergeladenen Datei. $email (String) - die E-Mail-Adresse des Kontos
backup-codes-file-heading = Twofold-Backup-Codes für { $email }
backup-codes-file-note = Jeder Code kann einmal anstelle eines Codes aus Ihrer Authenticator-App oder Ihres Sicherheitsschlüssels verwendet werden.
regenerate-title = Neue Backup-Codes erstellen
regenerate-lead = Ihre bisherigen Backup-Codes funktionieren nicht mehr, sobald die neuen erstellt sind. Bestätigen Sie mit Ihrem Passwort und einem Code.
regenerate-submit = Neue Codes erstellen
regenerate-pending = Codes werden erstellt …
disable-title = Zwei-Faktor-Authentifizierung ausschalten
disable-lead = Für die Anmeldung genügt dann Ihr Passwort. Bestätigen Sie mit Ihrem Passwort und einem Code aus Ihrer App oder einem Backup-Code.
disable-lead-key = Für die Anmeldung genügt dann Ihr Passwort. Bestätigen Sie mit Ihrem Passwort und Ihrem Sicherheitsschlüssel oder einem Backup-Code.
disable-submit = Ausschalten
disable-pending = Wird ausgeschaltet …

## Hinweis nach der Anmeldung mit einem Backup-Code

# $count (Number) - unbenutzte Backup-Codes
backup-code-used = { $count ->
    [0] Sie haben sich mit Ihrem letzten Backup-Code angemeldet. Erstellen Sie jetzt neue, damit Sie nicht ausgesperrt werden.
    [one] Sie haben sich mit einem Backup-Code angemeldet. Sie haben noch einen.
   *[other] Sie haben sich mit einem Backup-Code angemeldet. Sie haben noch { $count }.
}
backup-code-used-action = Neue Backup-Codes erstellen

## Seite nicht gefunden

not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite gibt es nicht oder sie wurde verschoben.
not-found-home = Zur Startseite

## Sprache und Datum

language-label = Sprache
language-submit = Wechseln
# Die lange Form eines Datums. $year, $month (1–12) und $day (Number)
date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }

## Kontosicherheit: Grenzen, Sitzungen, Sicherheitsprotokoll

error-too-many-attempts = { $minutes ->
    [one] Zu viele Versuche. Bitte versuchen Sie es in einer Minute erneut.
   *[other] Zu viele Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
error-forbidden = Diese Anfrage kam nicht von einer Twofold-Seite und wurde abgelehnt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
settings-back = Zurück zu den Einstellungen
settings-activity-heading = Aktivität und Geräte
date-time-utc = { $date }, { $time } UTC
browser-on-os = { $browser } unter { $os }
browser-unknown-on-os = Ein Browser unter { $os }
browser-unknown = Unbekannter Browser
address-unknown = unbekannte Adresse

sessions-title = Wo Sie angemeldet sind
sessions-lead = Diese Browser sind bei Ihrem Konto angemeldet. Melden Sie alle ab, die Sie nicht kennen, und ändern Sie danach Ihr Passwort.
sessions-this-one = Dieser Browser
sessions-address = Adresse
sessions-signed-in = Angemeldet
sessions-last-seen = Zuletzt aktiv
sessions-sign-out = Abmelden
sessions-sign-out-others = Überall sonst abmelden
sessions-signing-out = Wird abgemeldet …
sessions-none-elsewhere = Sie sind nirgendwo sonst angemeldet.
sessions-signed-out-elsewhere = { $count ->
    [one] Zu Ihrer Sicherheit wurden Sie auf einem anderen Gerät abgemeldet.
   *[other] Zu Ihrer Sicherheit wurden Sie auf { $count } anderen Geräten abgemeldet.
}

security-log-title = Sicherheitsprotokoll
security-log-lead = Anmeldungen und Änderungen an der Sicherheit Ihres Kontos, die neuesten zuerst.
security-log-empty = Bisher ist nichts passiert.
security-log-pages = Seiten des Sicherheitsprotokolls
security-log-newer = Neuere Einträge
security-log-older = Ältere Einträge
security-log-source = { $ip } · { $browser }
event-login-succeeded = Angemeldet
event-login-failed = Anmeldung abgelehnt: falsches Passwort
event-code-refused = Falscher Authenticator- oder Backup-Code
event-two-factor-enabled = Zwei-Faktor-Authentifizierung eingeschaltet
event-two-factor-disabled = Zwei-Faktor-Authentifizierung ausgeschaltet
event-backup-code-used = { $count ->
    [0] Mit einem Backup-Code angemeldet; keiner ist mehr übrig
    [one] Mit einem Backup-Code angemeldet; einer ist noch übrig
   *[other] Mit einem Backup-Code angemeldet; { $count } sind noch übrig
}
event-backup-codes-regenerated = Neue Backup-Codes erstellt; die alten gelten nicht mehr
event-locked = { $minutes ->
    [one] Zu viele Fehlversuche: für eine Minute gesperrt
   *[other] Zu viele Fehlversuche: für { $minutes } Minuten gesperrt
}
event-password-changed = Passwort geändert
event-sessions-signed-out = { $count ->
    [one] Auf einem anderen Gerät abgemeldet
   *[other] Auf { $count } anderen Geräten abgemeldet
}
event-admin-reset = Zwei-Faktor-Authentifizierung von einem Administrator entfernt; überall abgemeldet

## E-Mails an den Kontoinhaber (reiner Text)

mail-greeting = Guten Tag,
mail-signature = — Twofold
mail-when = Wann: { $time }
mail-from = Von: { $ip } ({ $browser })
mail-unknown = unbekannt
mail-not-you = Falls Sie das nicht waren, melden Sie sich sofort an, ändern Sie Ihr Passwort und prüfen Sie in den Einstellungen unter „Wo Sie angemeldet sind“. Wenn Sie sich nicht anmelden können, wenden Sie sich an Ihre Administration.
mail-two-factor-enabled-subject = Die Zwei-Faktor-Authentifizierung ist eingeschaltet
mail-two-factor-enabled-body = Für Ihr Konto { $email } wurde die Zwei-Faktor-Authentifizierung eingeschaltet. Zum Anmelden brauchen Sie jetzt einen Code aus Ihrer Authenticator-App oder einen Backup-Code.
mail-two-factor-enabled-key-body = Für Ihr Konto { $email } wurde die Zwei-Faktor-Authentifizierung eingeschaltet. Zum Anmelden brauchen Sie jetzt Ihren Sicherheitsschlüssel oder Passkey oder einen Backup-Code.
mail-two-factor-disabled-subject = Die Zwei-Faktor-Authentifizierung wurde ausgeschaltet
mail-two-factor-disabled-body = Für Ihr Konto { $email } wurde die Zwei-Faktor-Authentifizierung ausgeschaltet. Zum Anmelden genügt jetzt Ihr Passwort.
mail-backup-code-used-subject = Zur Anmeldung wurde ein Backup-Code verwendet
mail-backup-code-used-body = { $count ->
    [0] Bei Ihrem Konto { $email } wurde zur Anmeldung ein Backup-Code verwendet. Sie haben keine Backup-Codes mehr: Erstellen Sie in den Einstellungen neue.
    [one] Bei Ihrem Konto { $email } wurde zur Anmeldung ein Backup-Code verwendet. Sie haben nur noch einen Backup-Code: Erstellen Sie in den Einstellungen neue.
   *[other] Bei Ihrem Konto { $email } wurde zur Anmeldung ein Backup-Code verwendet. Sie haben noch { $count } Backup-Codes.
}
mail-backup-codes-regenerated-subject = Es wurden neue Backup-Codes erstellt
mail-backup-codes-regenerated-body = Für Ihr Konto { $email } wurden neue Backup-Codes erstellt. Die alten Codes gelten nicht mehr.
mail-locked-subject = Zu viele fehlgeschlagene Anmeldeversuche
mail-locked-body = { $minutes ->
    [one] Bei Ihrem Konto { $email } gab es zu viele fehlgeschlagene Anmeldeversuche; die Anmeldung ist deshalb für eine Minute gesperrt.
   *[other] Bei Ihrem Konto { $email } gab es zu viele fehlgeschlagene Anmeldeversuche; die Anmeldung ist deshalb für { $minutes } Minuten gesperrt.
}
mail-password-changed-subject = Ihr Passwort wurde geändert
mail-password-changed-body = Das Passwort Ihres Kontos { $email } wurde geändert, und Sie wurden auf Ihren anderen Geräten abgemeldet.
mail-admin-reset-subject = Die Zwei-Faktor-Authentifizierung wurde zurückgesetzt
mail-admin-reset-body = Eine Administratorin oder ein Administrator hat die Zwei-Faktor-Authentifizierung Ihres Kontos { $email } entfernt und Sie überall abgemeldet. Melden Sie sich mit Ihrem Passwort an und schalten Sie die Zwei-Faktor-Authentifizierung wieder ein.

## Versuchsgrenzen und Warnzeichen

error-wait-seconds = { $seconds ->
    [one] Zu viele Versuche. Bitte warten Sie eine Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
}
error-wait-hours = { $hours ->
    [one] Zu viele Versuche. Bitte versuchen Sie es in einer Stunde erneut.
   *[other] Zu viele Versuche. Bitte versuchen Sie es in { $hours } Stunden erneut.
}
error-authenticator-suspended = Für dieses Konto wurden zu viele falsche Codes eingegeben, deshalb funktionieren Codes aus der Authenticator-App nicht mehr. Geben Sie stattdessen einen Ihrer Backup-Codes ein: Damit funktionieren die Codes der App wieder. Ohne Backup-Codes wenden Sie sich an Ihre Administration.
event-code-replayed = Ein Authenticator-Code wurde ein zweites Mal verwendet und abgelehnt
event-second-step-missing = Das richtige Passwort wurde eingegeben, die Anmeldung aber nicht mit einem zweiten Faktor abgeschlossen
event-password-known = Das richtige Passwort wurde eingegeben, danach drei falsche Codes
event-authenticator-suspended = Authenticator-Codes nach 100 falschen Codes in Folge abgeschaltet; ein Backup-Code schaltet sie wieder ein
event-passwords-slowed = Viele falsche Passwörter: Anmeldungen aus neuen Browsern werden verlangsamt
event-admin-unlocked = Eine Administratorin oder ein Administrator hat die Sperren für Anmeldeversuche aufgehoben
security-log-operator = Durch { $operator } (Kommandozeile)
mail-code-replayed-subject = Ein Anmeldecode wurde zweimal verwendet
mail-code-replayed-body = Für Ihr Konto { $email } wurde ein Code aus Ihrer Authenticator-App eingegeben, der bereits verwendet worden war, und abgelehnt. Wenn Sie nicht gerade denselben Code zweimal eingegeben haben, hat jemand, der Ihr Passwort kennt, vielleicht einen Ihrer Codes gesehen: Ändern Sie jetzt Ihr Passwort.
mail-password-known-subject = Jemand kennt möglicherweise Ihr Passwort
mail-password-known-body = Jemand hat das richtige Passwort Ihres Kontos { $email } eingegeben und danach drei falsche Codes. Ihr zweiter Faktor hat die Anmeldung verhindert. Falls Sie das nicht waren, ändern Sie jetzt Ihr Passwort.
mail-authenticator-suspended-subject = Authenticator-Codes für Ihr Konto wurden abgeschaltet
mail-authenticator-suspended-body = Nach 100 falschen Codes in Folge melden Codes aus Ihrer Authenticator-App nicht mehr bei Ihrem Konto { $email } an. Melden Sie sich mit einem Ihrer Backup-Codes an, um sie wieder einzuschalten, und ändern Sie dann Ihr Passwort.
mail-passwords-slowed-subject = Viele falsche Passwörter für Ihr Konto
mail-passwords-slowed-body = Für Ihr Konto { $email } wurden viele falsche Passwörter eingegeben. Anmeldungen aus Browsern, mit denen Sie sich noch nie angemeldet haben, werden vorerst verlangsamt; Browser, mit denen Sie sich schon angemeldet haben, sind nicht betroffen.

## Sicherheitsschlüssel und Passkeys

event-key-added = Ein Sicherheitsschlüssel oder Passkey wurde hinzugefügt
event-key-removed = Ein Sicherheitsschlüssel oder Passkey wurde entfernt
mail-key-added-subject = Ihrem Konto wurde ein Sicherheitsschlüssel hinzugefügt
mail-key-added-body = Ihrem Konto { $email } wurde ein Sicherheitsschlüssel oder Passkey hinzugefügt. Er kann jetzt zur Anmeldung verwendet werden, und Sie wurden auf Ihren anderen Geräten abgemeldet.
mail-key-removed-subject = Aus Ihrem Konto wurde ein Sicherheitsschlüssel entfernt
mail-key-removed-body = Aus Ihrem Konto { $email } wurde ein Sicherheitsschlüssel oder Passkey entfernt, und Sie wurden auf Ihren anderen Geräten abgemeldet.

error-key-refused = Ihr Sicherheitsschlüssel wurde nicht akzeptiert. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.
error-key-cancelled = Der Sicherheitsschlüssel hat nicht geantwortet: Die Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.
error-key-unsupported = Dieser Browser kann hier keine Sicherheitsschlüssel verwenden. Wählen Sie einen anderen Weg oder einen anderen Browser.
error-key-registered = Dieser Sicherheitsschlüssel gehört bereits zu einem Konto.
error-key-name = Geben Sie dem Schlüssel einen Namen mit 1 bis 64 Zeichen.
error-no-such-key = Dieser Sicherheitsschlüssel gehört nicht mehr zu Ihrem Konto.
event-key-refused = Die Antwort eines Sicherheitsschlüssels wurde abgelehnt
event-authenticator-added = Eine Authenticator-App wurde hinzugefügt
mail-authenticator-added-subject = Ihrem Konto wurde eine Authenticator-App hinzugefügt
mail-authenticator-added-body = Ihrem Konto { $email } wurde eine Authenticator-App hinzugefügt. Ihre Codes können jetzt zur Anmeldung verwendet werden, und Sie wurden auf Ihren anderen Geräten abgemeldet.
settings-key-added-notice = Ihr Sicherheitsschlüssel wurde hinzugefügt.
settings-key-removed-notice = Der Sicherheitsschlüssel wurde entfernt.
settings-authenticator-added = Ihre Authenticator-App wurde hinzugefügt.
settings-authenticator-heading = Authenticator-App
settings-authenticator-on = Eingerichtet: Codes aus Ihrer Authenticator-App werden angenommen.
settings-authenticator-off = Nicht eingerichtet.
settings-authenticator-add = Authenticator-App einrichten
settings-keys-heading = Sicherheitsschlüssel und Passkeys
settings-keys-none = Noch kein Sicherheitsschlüssel und kein Passkey.
settings-keys-need-js = Zum Hinzufügen oder Entfernen eines Sicherheitsschlüssels wird JavaScript benötigt.
settings-keys-add = Sicherheitsschlüssel oder Passkey hinzufügen
settings-key-added = Hinzugefügt am { $date }
settings-key-last-used = Zuletzt verwendet am { $date }
settings-key-never-used = Noch nicht verwendet
settings-key-rename = Umbenennen
settings-key-rename-label = Neuer Name
settings-key-rename-submit = Namen speichern
settings-key-rename-pending = Wird gespeichert…
settings-key-remove = Entfernen
remove-key-title = Diesen Sicherheitsschlüssel entfernen?
remove-key-lead = Mit ihm können Sie sich dann nicht mehr anmelden. Geben Sie Ihr Passwort ein und bestätigen Sie mit einem Faktor.
remove-key-last = Dies ist Ihr einziger Faktor: Wenn Sie ihn entfernen, wird die Zwei-Faktor-Authentifizierung ausgeschaltet und Ihre Backup-Codes werden gelöscht.
remove-key-submit = Schlüssel entfernen
remove-key-pending = Wird entfernt…
add-key-title = Sicherheitsschlüssel oder Passkey hinzufügen
add-key-password-lead = Geben Sie Ihr Passwort ein, um einen Sicherheitsschlüssel oder Passkey hinzuzufügen.
add-key-factor-lead = Geben Sie Ihr Passwort ein und bestätigen Sie mit einem Ihrer Faktoren, um einen Sicherheitsschlüssel oder Passkey hinzuzufügen.
add-key-continue = Weiter
add-key-continue-pending = Wird geprüft…
add-key-touch = Folgen Sie Ihrem Browser: Berühren Sie Ihren Sicherheitsschlüssel oder bestätigen Sie mit der Bildschirmsperre Ihres Geräts.
add-key-retry = Erneut versuchen
add-key-name-lead = Geben Sie dem Schlüssel einen Namen, damit Sie ihn von Ihren anderen unterscheiden können.
add-key-name-label = Bezeichnung
add-key-submit = Schlüssel hinzufügen
add-key-pending = Wird hinzugefügt…
reauth-key-lead = Oder bestätigen Sie statt mit einem Code mit Ihrem Sicherheitsschlüssel:
reauth-use-key = Sicherheitsschlüssel verwenden
reauth-use-key-pending = Warten auf Ihren Schlüssel…
verify-lead-key = Verwenden Sie Ihren Sicherheitsschlüssel oder geben Sie einen Code aus Ihrer Authenticator-App oder einen Backup-Code ein.
verify-lead-key-only = Verwenden Sie Ihren Sicherheitsschlüssel oder geben Sie einen Ihrer Backup-Codes ein.
verify-use-key = Sicherheitsschlüssel verwenden
verify-use-key-pending = Warten auf Ihren Schlüssel…
verify-or-code = Oder einen Code eingeben
verify-key-needs-js = Sicherheitsschlüssel benötigen JavaScript. Sie können unten trotzdem einen Code eingeben.
login-or = oder
login-passkey = Mit einem Passkey anmelden
login-passkey-pending = Warten auf Ihren Passkey…
login-passkey-needs-js = Die Anmeldung mit einem Passkey benötigt JavaScript.

## Pflicht zur Zwei-Faktor-Authentifizierung

policy-grace = { $days ->
    [one] Zwei-Faktor-Authentifizierung wird für Ihr Konto in { $days } Tag zur Pflicht.
   *[other] Zwei-Faktor-Authentifizierung wird für Ihr Konto in { $days } Tagen zur Pflicht.
}
policy-grace-action = Jetzt einrichten
policy-set-up-now = Für Ihr Konto ist Zwei-Faktor-Authentifizierung Pflicht. Richten Sie sie unten ein, um fortzufahren; bis dahin ist nichts anderes verfügbar.
settings-two-factor-required = Für Ihr Konto Pflicht, daher kann sie nicht ausgeschaltet werden. Um einen Sicherheitsschlüssel zu ersetzen, fügen Sie zuerst den neuen hinzu und entfernen dann den alten.
error-two-factor-required = Für Ihr Konto ist Zwei-Faktor-Authentifizierung Pflicht. Richten Sie sie ein oder behalten Sie sie, um fortzufahren.
event-administrator-granted = Zur Administratorin bzw. zum Administrator ernannt
event-administrator-revoked = Keine Administratorrechte mehr

## Authenticator-App entfernen

settings-authenticator-remove = Authenticator-App entfernen
remove-authenticator-title = Authenticator-App entfernen?
remove-authenticator-lead = Mit ihren Codes können Sie sich dann nicht mehr anmelden; Ihre Sicherheitsschlüssel und Backup-Codes bleiben. Geben Sie Ihr Passwort ein und bestätigen Sie mit einem Faktor.
remove-authenticator-submit = App entfernen
settings-authenticator-removed = Ihre Authenticator-App wurde entfernt.
event-authenticator-removed = Die Authenticator-App wurde entfernt
mail-authenticator-removed-subject = Eine Authenticator-App wurde aus Ihrem Konto entfernt
mail-authenticator-removed-body = Aus Ihrem Konto { $email } wurde die Authenticator-App entfernt. Ihre Codes gelten nicht mehr für die Anmeldung, und Sie wurden auf Ihren anderen Geräten abgemeldet.

## Vertrauenswürdige Browser

verify-trust = { $days ->
    [one] Auf diesem Browser { $days } Tag lang nicht nach einem Code fragen
   *[other] Auf diesem Browser { $days } Tage lang nicht nach einem Code fragen
}
trusted-heading = Vertrauenswürdige Browser
trusted-lead = Diese Browser melden sich allein mit Ihrem Passwort an, ohne Code. Wenn Sie Ihr Passwort oder Ihre Faktoren ändern oder sich überall abmelden, endet das Vertrauen.
trusted-since = Vertraut seit
trusted-last-used = Zuletzt verwendet
trusted-never-used = Noch nicht verwendet
trusted-until = Vertraut bis
trusted-stop = Nicht mehr vertrauen
event-browser-trusted = Einem Browser wurde vertraut: Er meldet sich ohne Code an
event-trusted-browser-used = Auf einem vertrauenswürdigen Browser ohne Code angemeldet
event-browser-untrusted = Einem Browser wird nicht mehr vertraut

## Was Administratoren auf der Administrationsseite tun

event-admin-signed-out = Von einer Administratorin oder einem Administrator überall abgemeldet
security-log-administrator = Durch die Administratorin bzw. den Administrator { $email }
event-administered-reset = Sie haben die Zwei-Faktor-Authentifizierung von { $email } entfernt
event-administered-unlock = Sie haben die Anmeldesperren von { $email } aufgehoben
event-administered-sign-out = Sie haben { $email } überall abgemeldet
event-policy-changed = Sie haben die Zwei-Faktor-Richtlinie dieser Website geändert
mail-admin-unlocked-subject = Die Sperren für Ihre Anmeldeversuche wurden aufgehoben
mail-admin-unlocked-body = Eine Administratorin oder ein Administrator hat die Sperren für Anmeldeversuche Ihres Kontos { $email } aufgehoben: Passwort und Codes werden sofort wieder geprüft.
mail-admin-signed-out-subject = Sie wurden überall abgemeldet
mail-admin-signed-out-body = Eine Administratorin oder ein Administrator hat Ihr Konto { $email } auf allen Geräten abgemeldet. Melden Sie sich mit Ihrem Passwort und Ihrem zweiten Faktor neu an.
error-confirmation-required = Bestätigen Sie zuerst mit Ihrem Passwort und einem Faktor.
error-no-such-account = Zu dieser E-Mail-Adresse gibt es kein Konto.
nav-admin = Verwaltung
## Verwaltungsseite
admin-title = Verwaltung
admin-confirm-heading = Bestätigen Sie, dass Sie es sind
admin-confirm-lead = Um für Konten zu handeln oder die Richtlinie zu ändern, geben Sie Ihr Passwort ein und bestätigen Sie mit einem Faktor. Das gilt 10 Minuten lang.
admin-confirm-submit = Bestätigen
admin-confirm-pending = Wird bestätigt…
admin-accounts-heading = Konten
admin-search-label = Konten nach E-Mail-Adresse suchen
admin-search-submit = Suchen
admin-none-found = Kein Konto passt.
admin-two-factor-off = Aus
admin-two-factor-on = An seit { $date }
admin-factor-app = Authenticator-App
admin-factor-keys = { $count ->
    [one] ein Schlüssel
   *[other] { $count } Schlüssel
}
admin-role-administrator = Admin
admin-locked = Gesperrt
admin-col-two-factor = Zwei-Faktor-Authentifizierung
admin-col-last-sign-in = Letzte Anmeldung
admin-never = Nie
admin-reset = Zwei-Faktor zurücksetzen
admin-unlock = Sperren aufheben
admin-sign-out = Überall abmelden
admin-policy-heading = Zwei-Faktor-Richtlinie
admin-policy-required-of = Pflicht für
admin-policy-nobody = Niemanden: alle entscheiden selbst
admin-policy-everyone = Alle
admin-policy-administrators = Nur Administratoren
admin-policy-grace = Übergangsfrist in Tagen (0: sofort)
admin-policy-submit = Richtlinie speichern
admin-policy-pending = Wird gespeichert…
admin-done = Erledigt. Die Person, der das Konto gehört, wurde per E-Mail informiert.
admin-policy-saved = Die Zwei-Faktor-Richtlinie wurde gespeichert.

error-address-unconfirmed = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen geschickt haben.
error-link-expired = Dieser Link funktioniert nicht mehr: Er wurde schon benutzt, durch einen neueren ersetzt oder ist abgelaufen.
field-email-same = Das ist bereits die Adresse Ihres Kontos.
field-new-email = Neue E-Mail-Adresse
notice-sign-up-sent = Sehen Sie in Ihrem Posteingang nach: Wir haben eine Nachricht an die angegebene Adresse geschickt. Öffnen Sie den Link darin und geben Sie dort Ihr Passwort ein, um die Adresse zu bestätigen und sich anzumelden.
notice-reset-sent = Falls ein Konto diese Adresse verwendet, haben wir ihm einen Link für ein neues Passwort geschickt. Der Link gilt eine Stunde.
notice-confirmation-sent = Wir haben Ihnen einen neuen Bestätigungslink geschickt. Der vorherige funktioniert nicht mehr.
notice-address-change-sent = Wir haben einen Link an die neue Adresse geschickt. Ihr Konto wechselt zu ihr, sobald der Link geöffnet wird; bis dahin behält es seine Adresse.
notice-address-confirmed = Ihre E-Mail-Adresse ist bestätigt.
notice-address-changed = Ihr Konto verwendet jetzt seine neue E-Mail-Adresse. Melden Sie sich ab sofort damit an.
notice-password-reset = Ihr neues Passwort ist gesetzt, und alle Browser wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.
event-address-confirmed = E-Mail-Adresse bestätigt
event-password-reset = Neues Passwort über einen zugeschickten Link gewählt
event-address-change-asked = Wechsel zu { $email } angefordert
event-address-changed = E-Mail-Adresse geändert
event-trust-copied = Ein kopiertes Cookie eines vertrauenswürdigen Browsers wurde verwendet: Allen vertrauenswürdigen Browsern wurde das Vertrauen entzogen
event-trusted-browser-new-network = Anmeldung in einem vertrauenswürdigen Browser ohne Code aus einem neuen Netzwerk
mail-trust-copied-subject = Die Kopie eines Cookies eines vertrauenswürdigen Browsers wurde verwendet
mail-trust-copied-body = Ein Browser, dem Sie für Ihr Twofold-Konto { $email } vertrauen, wurde mit einem Cookie verwendet, das bereits ersetzt worden war; es wurde also vielleicht in einen anderen Browser kopiert. Allen vertrauenswürdigen Browsern des Kontos wurde das Vertrauen entzogen: Jeder fragt wieder nach einem Code. Wenn Sie das nicht waren, ändern Sie Ihr Passwort.
mail-trusted-browser-new-network-subject = Ein vertrauenswürdiger Browser hat sich aus einem neuen Netzwerk angemeldet
mail-trusted-browser-new-network-body = Ein Browser, dem Sie vertrauen, hat sich ohne Code bei Ihrem Twofold-Konto { $email } angemeldet, aus einem anderen Netzwerk als beim letzten Mal.
mail-link-expires-hour = Der Link funktioniert einmal, innerhalb einer Stunde.
mail-link-expires-day = Der Link funktioniert einmal, innerhalb von 24 Stunden.
mail-confirm-subject = Bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-body = Mit Ihrer Adresse { $email } wurde ein Twofold-Konto erstellt. Öffnen Sie diesen Link, um zu bestätigen, dass die Adresse Ihnen gehört:
mail-confirm-not-you = Wenn Sie dieses Konto nicht erstellt haben, ignorieren Sie diese Nachricht: Die Adresse bleibt unbestätigt.
mail-sign-up-taken-subject = Jemand hat versucht, sich mit Ihrer Adresse zu registrieren
mail-sign-up-taken-body = Jemand hat versucht, mit Ihrer Adresse { $email } ein neues Twofold-Konto zu erstellen, obwohl es dafür schon ein Konto gibt. Es wurde nichts geändert. Falls Sie es waren und Ihr Passwort vergessen haben, fordern Sie hier ein neues an: { $link }
mail-sign-up-taken-not-you = Falls Sie es nicht waren, müssen Sie nichts tun: Ihr Konto ist unverändert.
mail-reset-subject = Wählen Sie ein neues Passwort
mail-reset-body = Für Ihr Konto { $email } wurde ein neues Passwort angefordert. Öffnen Sie diesen Link, um eines zu wählen:
mail-reset-not-you = Wenn Sie es nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist. Hat Ihr Konto die Zwei-Faktor-Authentifizierung, kann der Link allein es nicht ändern.
mail-change-subject = Bestätigen Sie Ihre neue E-Mail-Adresse
mail-change-body = Das Twofold-Konto { $old } soll zu dieser Adresse wechseln, { $email }. Öffnen Sie diesen Link, um das zu bestätigen:
mail-change-not-you = Wenn Sie es nicht angefordert haben, ignorieren Sie diese Nachricht: Es ändert sich nichts.
mail-change-taken-subject = Jemand hat versucht, Ihre Adresse zu verwenden
mail-change-taken-body = Jemand wollte ein anderes Twofold-Konto auf Ihre Adresse { $email } umstellen, für die es schon ein Konto gibt. Es wurde nichts geändert.
mail-change-notice-subject = Eine Änderung Ihrer E-Mail-Adresse wurde angefordert
mail-change-notice-body = Jemand, der in Ihrem Konto { $old } angemeldet ist, möchte es auf die Adresse { $email } umstellen. Die Adresse ändert sich erst, wenn der Link geöffnet wird, den wir dorthin geschickt haben.
mail-password-reset-subject = Ihr Passwort wurde zurückgesetzt
mail-password-reset-body = Für Ihr Konto { $email } wurde über einen an diese Adresse geschickten Link ein neues Passwort gewählt, und alle Browser wurden abgemeldet.
mail-address-changed-subject = Ihr Konto hat eine neue E-Mail-Adresse
mail-address-changed-body = Ihr Twofold-Konto verwendet jetzt die Adresse { $email }. Melden Sie sich ab sofort damit an.
login-forgot = Passwort vergessen?
forgot-title = Passwort vergessen?
forgot-lead = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
forgot-submit = Link senden
forgot-pending = Wird gesendet…
forgot-back = Zurück zur Anmeldung
reset-title = Neues Passwort wählen
reset-lead = Wählen Sie das neue Passwort Ihres Kontos.
reset-lead-two-factor = Wählen Sie das neue Passwort Ihres Kontos und bestätigen Sie es dann mit Ihrem zweiten Faktor: Ihrem Sicherheitsschlüssel, einem Code Ihrer Authenticator-App oder einem Backup-Code.
reset-use-key = Mit Sicherheitsschlüssel bestätigen
reset-use-key-pending = Warte auf Ihren Sicherheitsschlüssel…
reset-submit = Neues Passwort setzen
reset-pending = Wird gesetzt…
reset-ask-again = Einen neuen Link anfordern
confirm-address-title = Bestätigen Sie Ihre E-Mail-Adresse
confirm-address-lead = Bestätigen Sie, dass { $email } Ihre Adresse ist: Geben Sie das Passwort ein, das Sie bei der Registrierung gewählt haben.
confirm-address-change-lead = Ihr Konto auf die Adresse { $email } umstellen.
confirm-address-submit = Adresse bestätigen
confirm-address-change-submit = Mein Konto umstellen
confirm-address-pending = Wird bestätigt…
confirm-address-settings = Zu Ihren Einstellungen
settings-address-unconfirmed = Ihre E-Mail-Adresse { $email } ist noch nicht bestätigt. Öffnen Sie den Link, den wir Ihnen geschickt haben; bis dahin lässt sich die Zwei-Faktor-Authentifizierung nicht einschalten.
settings-address-resend = Link erneut senden
settings-address-resending = Wird gesendet…
settings-address-change = E-Mail-Adresse ändern
settings-address-change-lead = Wir schicken einen Link an die neue Adresse; Ihr Konto wechselt zu ihr, sobald der Link geöffnet wird.
settings-address-submit = Link senden
settings-address-pending = Wird gesendet…
# Einrichten des ersten Faktors des Kontos: der per E-Mail gesendete Code. $email: die Adresse
mailed-code-label = Code aus der E-Mail
mailed-code-lead = Wir haben einen 8-stelligen Code an { $email } gesendet. Er gilt 15 Minuten.
error-mailed-code = Der Code aus der E-Mail ist falsch oder gilt nicht mehr. Sehen Sie in unserer neuesten E-Mail nach; nach 5 Fehlversuchen oder 15 Minuten schließen Sie diesen Dialog und beginnen Sie neu, um einen neuen Code zu erhalten.
# Die E-Mail mit diesem Code. $email: die Adresse des Kontos; der Code folgt in einer eigenen Zeile
mail-factor-code-subject = Ihr Code zum Einrichten der Zwei-Faktor-Authentifizierung
mail-factor-code-body = Jemand richtet die Zwei-Faktor-Authentifizierung für Ihr Twofold-Konto { $email } ein. Geben Sie zum Abschließen diesen Code dort ein, wo er verlangt wird; er gilt 15 Minuten:
mail-factor-code-not-you = Wenn Sie das nicht waren, kennt jemand Ihr Passwort: Geben Sie diesen Code niemandem weiter, melden Sie sich an und ändern Sie sofort Ihr Passwort.

## Anmeldeanfragen anderer Anwendungen
authorize-refused-title = Diese Anmeldung kann nicht fortgesetzt werden
authorize-refused-client = Die Anwendung, die Sie hierher geschickt hat, ist bei diesem Dienst nicht registriert. Sie können sich hier nicht bei ihr anmelden. Bitte informieren Sie die Betreiber der Anwendung.
authorize-refused-redirect = Die Anwendung, die Sie hierher geschickt hat, wollte Sie an eine Adresse zurückschicken, die sie nicht registriert hat. Deshalb werden Sie nicht dorthin weitergeleitet. Bitte informieren Sie die Betreiber der Anwendung.
authorize-refused-expired = Diese Anmeldeanfrage ist abgelaufen oder wurde in einem anderen Browser begonnen. Kehren Sie zur Anwendung zurück und melden Sie sich erneut an.
consent-title = Zugriff erlauben
consent-heading = { $application } möchte Ihr Konto verwenden
consent-lead = Wenn Sie es erlauben, kann { $application }:
consent-scope-openid = Sie bei der Anmeldung wiedererkennen
consent-scope-email = Ihre E-Mail-Adresse sehen
consent-scope-profile = Ihren Benutzernamen sehen (Ihre E-Mail-Adresse)
consent-scope-groups = Ihre Gruppen sehen (zum Beispiel, ob Sie Administrator sind)
consent-scope-offline-access = Mit Ihrem Konto verbunden bleiben, während Sie nicht da sind
consent-allow = Erlauben
consent-deny = Abbrechen
authorize-refused-logout = Eine Anwendung wollte Sie abmelden, aber ihre Anfrage ist ungültig. Es wurde nichts geändert.
sign-out-title = Abmelden?
sign-out-lead = Eine Anwendung möchte Sie von diesem Dienst abmelden. Melden Sie sich nur ab, wenn Sie sich gerade selbst abmelden wollten.
sign-out-confirm = Abmelden
sign-out-stay = Angemeldet bleiben
settings-applications-heading = Verbundene Anwendungen
settings-applications-lead = Diese Anwendungen melden Sie mit diesem Konto an. Wenn Sie eine trennen, endet ihr Zugriff sofort; bei Ihrer nächsten Anmeldung fragt sie erneut.
settings-application-first-used = Erste Anmeldung
settings-application-last-used = Zuletzt verwendet
settings-application-disconnect = Trennen
settings-application-disconnect-label = { $application } trennen
event-application-connected = Zum ersten Mal bei { $application } angemeldet
event-application-disconnected = { $application } getrennt
mail-application-connected-subject = Sie haben sich mit Ihrem Konto bei { $application } angemeldet
mail-application-connected-body = Ihr Konto { $email } wurde zum ersten Mal für die Anmeldung bei { $application } verwendet. Die Anwendung sieht jetzt die Angaben, die Sie mit ihr teilen.
set-up-for-application = { $application } verlangt die Zwei-Faktor-Authentifizierung. Schalten Sie sie unten ein; danach können Sie zu { $application } zurückkehren.
set-up-for-application-done = Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Sie können jetzt zu { $application } zurückkehren.
set-up-for-application-continue = Weiter zu { $application }
key-step-up-title = Mit Ihrem Sicherheitsschlüssel bestätigen
key-step-up-lead = { $application } bittet Sie, diese Anmeldung mit Ihrem Sicherheitsschlüssel oder Passkey zu bestätigen.
key-step-up-button = Sicherheitsschlüssel oder Passkey verwenden
key-step-up-pending = Warten auf Ihren Schlüssel …
key-step-up-needs-js = Dieser Schritt braucht JavaScript: Ihr Browser fragt den Schlüssel.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Anwendungen
admin-apps-lead = Apps, die ihre Nutzer über diese Website mit OpenID Connect anmelden. Jede hat eine Client-ID; eine vertrauliche hat zusätzlich ein Geheimnis, das nur einmal angezeigt wird.
admin-apps-none = Es ist noch keine Anwendung registriert.
admin-app-client-id = Client-ID
admin-app-secret = Client-Geheimnis
admin-app-secret-heading = Neues Client-Geheimnis für { $application }
admin-app-secret-once = Kopieren Sie es jetzt in die Einstellungen der Anwendung: Es wird nur dieses eine Mal angezeigt, gespeichert wird nur sein Hash.
admin-app-public = Öffentlich
admin-app-confidential = Vertraulich
admin-app-requires = Verlangt
admin-app-require-signed-in = Anmeldung
admin-app-require-two-factor = Zwei-Faktor-Authentifizierung
admin-app-require-key = Einen Sicherheitsschlüssel oder Passkey
admin-app-consent = Zustimmung
admin-app-consent-asked = Wird von jedem Konto erfragt
admin-app-consent-not-asked = Wird nicht erfragt (eigene Anwendung)
admin-app-signing = ID-Tokens signiert mit
admin-app-redirect-uris = Weiterleitungsadressen
admin-app-post-logout-uris = Adressen nach der Abmeldung
admin-app-created = Registriert
admin-app-rotate = Neues Geheimnis…
admin-app-rotate-warning = Das aktuelle Geheimnis von { $application } funktioniert sofort nicht mehr: Die Anwendung meldet niemanden an, bis sie das neue hat.
admin-app-rotate-submit = Neues Geheimnis erzeugen
admin-app-remove = Entfernen…
admin-app-remove-warning = { $application } kann niemanden mehr anmelden: Ihre Codes, Tokens und die Zustimmung jedes Kontos enden.
admin-app-remove-submit = { $application } entfernen
admin-app-add-heading = Anwendung registrieren
admin-app-name = Bezeichnung
admin-app-uris-hint = Eine Adresse pro Zeile, genau so, wie die Anwendung sie sendet: https:// oder http:// nur auf localhost.
admin-app-public-label = Öffentlicher Client: läuft im Browser oder auf einem Gerät, hat kein Geheimnis und muss PKCE verwenden
admin-app-consent-label = Jedes Konto fragen, bevor seine Angaben geteilt werden
admin-app-add-submit = Registrieren
admin-app-add-pending = Wird registriert…
error-no-such-application = Diese Anwendung ist nicht mehr registriert.
error-application-invalid = Die Anwendung kann nicht registriert werden: Geben Sie einen Namen mit bis zu 64 Zeichen und 1 bis 10 Adressen jeder Art an, jede eine absolute https://-Adresse (http:// nur auf localhost) ohne #Fragment.
event-application-added = Sie haben die Anwendung { $application } registriert
event-application-secret-rotated = Sie haben { $application } ein neues Client-Geheimnis gegeben
event-application-removed = Sie haben die Anwendung { $application } entfernt
