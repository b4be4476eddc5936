# Twofold — Nederlands (Nederland). Vertaald uit locales/en-US/main.ftl; zie locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Naar de inhoud
nav-label = Hoofdnavigatie
nav-log-in = Inloggen
nav-sign-up = Registreren
nav-settings = Instellingen
nav-log-out = Uitloggen
loading = Laden…

## Home

home-title = Tweestapsverificatie die je niet in de weg zit
home-lead = Bescherm je account met een code van je telefoon, bewaar back-upcodes voor de dag dat je hem kwijtraakt en houd grip op elke inlog.

## Log in

login-title = Inloggen bij Twofold
login-submit = Inloggen
login-pending = Bezig met inloggen…
login-no-account = Nieuw bij Twofold?
login-sign-up-link = Account aanmaken

## Sign up

signup-title = Maak je account aan
signup-lead = Je hebt alleen een e-mailadres en een sterk wachtwoord nodig.
signup-submit = Account aanmaken
signup-pending = Account wordt aangemaakt…
signup-have-account = Heb je al een account?
signup-log-in-link = Inloggen

## Second step of logging in

verify-title = Voer je code in
verify-lead-totp = Open je authenticator-app en voer de 6-cijferige code in die hij voor Twofold toont.
verify-lead-backup = Voer een van de back-upcodes in die je bewaard hebt toen je tweestapsverificatie aanzette. Elke code werkt één keer.
verify-submit = Controleren
verify-pending = Bezig met controleren…
verify-start-over = Opnieuw beginnen met je wachtwoord
error-login-expired = Log opnieuw in: deze inlogpoging is verlopen of er zijn te veel verkeerde codes ingevoerd.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Code uit de authenticator-app
code-label-backup = Back-upcode
code-use-backup = Een back-upcode gebruiken
code-use-authenticator = De authenticator-app gebruiken

## Form fields

field-email = E-mailadres
field-password = Wachtwoord
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-password-hint = 12 tot 128 tekens. Een paar losse woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.

## Field problems, shown under the field

field-required = Vul dit veld in.
field-too-long = Dit is te lang.
field-invalid-email = Voer een e-mailadres in, zoals naam@voorbeeld.nl.
field-password-too-short = Gebruik minstens 12 tekens.
field-password-common = Dit wachtwoord komt te vaak voor. Kies er een dat moeilijker te raden is.
field-password-contains-email = Je wachtwoord mag je e-mailadres niet bevatten.
field-password-same = Het nieuwe wachtwoord moet anders zijn dan het huidige.
field-current-password-wrong = Het huidige wachtwoord klopt niet.

## Errors for the whole form

error-invalid-form = Verbeter de gemarkeerde velden.
error-invalid-credentials = Het e-mailadres of wachtwoord klopt niet, of het adres is nog niet bevestigd: open eerst de link die we je hebben gestuurd.
error-invalid-code = Die code klopt niet. Controleer je authenticator-app of je back-upcodes en probeer het opnieuw.
error-code-already-used = Die code is al gebruikt. Wacht op de volgende code in je app of gebruik een andere back-upcode.
error-not-enrolled = Tweestapsverificatie is voor dit account niet ingesteld.
error-already-enrolled = Tweestapsverificatie staat al aan.
error-unauthorized = Log in om verder te gaan.
error-bad-request = Het formulier kon niet worden gelezen. Controleer wat je hebt ingevuld en probeer het opnieuw.
error-network = Twofold is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-unavailable = Twofold is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.
error-busy = Twofold is op dit moment druk bezet. Probeer het over een paar seconden opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het zo meteen opnieuw.

## Settings

settings-title = Accountinstellingen
settings-account-heading = Accountgegevens
settings-two-factor-heading = Tweestapsverificatie
settings-two-factor-off = Tweestapsverificatie staat uit.
# $date (String) - de dag waarop het werd aangezet
settings-two-factor-on-since = Tweestapsverificatie staat aan sinds { $date }.
settings-two-factor-explainer = Met tweestapsverificatie vraagt het inloggen ook om een code van een authenticator-app of om je beveiligingssleutel of passkey, zodat een gestolen wachtwoord alleen niet genoeg is.
settings-two-factor-enable = Tweestapsverificatie aanzetten
settings-two-factor-regenerate = Nieuwe back-upcodes maken
settings-two-factor-disable = Tweestapsverificatie uitzetten
# $count (Number) - ongebruikte back-upcodes
settings-backup-codes-left = { $count ->
    [0] Je hebt geen back-upcodes meer.
    [one] Je hebt nog één back-upcode.
   *[other] Je hebt nog { $count } back-upcodes.
}
settings-backup-codes-few = Je back-upcodes raken op. Maak nieuwe, zodat je ook zonder je telefoon nog kunt inloggen.
settings-two-factor-enabled = Tweestapsverificatie staat nu aan. Vanaf nu vraagt het inloggen om een code uit je app.
settings-two-factor-enabled-key = Tweestapsverificatie staat nu aan. Vanaf nu vraagt het inloggen om je beveiligingssleutel of passkey.
settings-two-factor-disabled = Tweestapsverificatie staat nu uit. Voor het inloggen is alleen je wachtwoord nodig.
settings-backup-codes-regenerated = Je hebt nieuwe back-upcodes. De oude werken niet meer.
settings-password-heading = Wachtwoord wijzigen
settings-password-submit = Wachtwoord wijzigen
settings-password-pending = Wachtwoord wordt gewijzigd…
settings-password-changed = Je wachtwoord is gewijzigd.

## Dialogs on the settings page

dialog-cancel = Annuleren
copy-done = Gekopieerd.
copy-failed = Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.
setup-title = Tweestapsverificatie aanzetten
setup-password-lead = Bevestig eerst dat jij het bent, ter bescherming van je account.
setup-factor-lead = Voer je wachtwoord in en bevestig met een van je factoren om een authenticator-app toe te voegen.
setup-password-submit = Doorgaan
setup-password-pending = Bezig met controleren…
setup-scan-lead = Scan deze QR-code met een authenticator-app, bijvoorbeeld die van je wachtwoordbeheerder of een aparte app op je telefoon.
setup-qr-label = QR-code voor je authenticator-app. Dezelfde sleutel staat hieronder uitgeschreven.
setup-key-label = Lukt scannen niet? Voer dan deze sleutel in de app in:
setup-copy-key = Sleutel kopiëren
setup-code-lead = Voer daarna de 6-cijferige code in die de app voor Twofold toont.
setup-confirm-submit = Aanzetten
setup-confirm-pending = Bezig met aanzetten…
setup-add-submit = App toevoegen
backup-codes-title = Bewaar je back-upcodes
backup-codes-lead = Als je je authenticator-app of beveiligingssleutel niet kunt gebruiken, kun je met elk van deze codes één keer inloggen. Bewaar ze op een veilige plek, bijvoorbeeld in je wachtwoordbeheerder. Ze worden alleen nu getoond.
backup-codes-list-label = Back-upcodes
backup-codes-copy = Alles kopiëren
backup-codes-download = Downloaden als tekstbestand
backup-codes-print = Afdrukken
backup-codes-saved = Ik heb deze codes bewaard
backup-codes-done = Klaar
# Eerste regel van het gedownloade bestand. $email (String) - het e-mailadres van het account
backup-codes-file-heading = Twofold-back-upcodes voor { $email }
backup-codes-file-note = Elke code kan één keer worden gebruikt in plaats van een code uit je authenticator-app of je beveiligingssleutel.
regenerate-title = Nieuwe back-upcodes maken
regenerate-lead = Je huidige back-upcodes werken niet meer zodra de nieuwe zijn gemaakt. Bevestig met je wachtwoord en een code.
regenerate-submit = Nieuwe codes maken
regenerate-pending = Codes worden gemaakt…
disable-title = Tweestapsverificatie uitzetten
disable-lead = Voor het inloggen is dan alleen je wachtwoord nodig. Bevestig met je wachtwoord en een code uit je app of een back-upcode.
disable-lead-key = Voor het inloggen is dan alleen je wachtwoord nodig. Bevestig met je wachtwoord en je beveiligingssleutel of een back-upcode.
disable-submit = Uitzetten
disable-pending = Bezig met uitzetten…

## Notice after logging in with a backup code

# $count (Number) - ongebruikte back-upcodes
backup-code-used = { $count ->
    [0] Je bent ingelogd met je laatste back-upcode. Maak nu nieuwe, zodat je niet buitengesloten raakt.
    [one] Je bent ingelogd met een back-upcode. Je hebt er nog één.
   *[other] Je bent ingelogd met een back-upcode. Je hebt er nog { $count }.
}
backup-code-used-action = Nieuwe back-upcodes maken

## Not found

not-found-title = Pagina niet gevonden
not-found-text = De pagina die je zoekt bestaat niet of is verplaatst.
not-found-home = Naar de startpagina

## Language and dates

language-label = Taal
language-submit = Wijzigen
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

## Accountbeveiliging: limieten, sessies, beveiligingslogboek

error-too-many-attempts = { $minutes ->
    [one] Te veel pogingen. Probeer het over een minuut opnieuw.
   *[other] Te veel pogingen. Probeer het over { $minutes } minuten opnieuw.
}
error-forbidden = Dit verzoek kwam niet van een pagina van Twofold en is geweigerd. Laad de pagina opnieuw en probeer het nog eens.
settings-back = Terug naar instellingen
settings-activity-heading = Activiteit en apparaten
date-time-utc = { $date }, { $time } uur UTC
browser-on-os = { $browser } op { $os }
browser-unknown-on-os = Een browser op { $os }
browser-unknown = Onbekende browser
address-unknown = onbekend adres

sessions-title = Waar je bent ingelogd
sessions-lead = Deze browsers zijn ingelogd op je account. Log uit waar je een browser niet herkent en wijzig daarna je wachtwoord.
sessions-this-one = Deze browser
sessions-address = Adres
sessions-signed-in = Ingelogd
sessions-last-seen = Laatst actief
sessions-sign-out = Uitloggen
sessions-sign-out-others = Overal elders uitloggen
sessions-signing-out = Bezig met uitloggen…
sessions-none-elsewhere = Je bent nergens anders ingelogd.
sessions-signed-out-elsewhere = { $count ->
    [one] Voor je veiligheid ben je op één ander apparaat uitgelogd.
   *[other] Voor je veiligheid ben je op { $count } andere apparaten uitgelogd.
}

security-log-title = Beveiligingslogboek
security-log-lead = Inlogpogingen en wijzigingen in de beveiliging van je account, de nieuwste eerst.
security-log-empty = Er is nog niets gebeurd.
security-log-pages = Pagina's van het beveiligingslogboek
security-log-newer = Nieuwere items
security-log-older = Oudere items
security-log-source = { $ip } · { $browser }
event-login-succeeded = Ingelogd
event-login-failed = Inloggen geweigerd: verkeerd wachtwoord
event-code-refused = Verkeerde verificatie- of back-upcode
event-two-factor-enabled = Tweestapsverificatie aangezet
event-two-factor-disabled = Tweestapsverificatie uitgezet
event-backup-code-used = { $count ->
    [0] Ingelogd met een back-upcode; er zijn er geen meer over
    [one] Ingelogd met een back-upcode; er is er nog één over
   *[other] Ingelogd met een back-upcode; er zijn er nog { $count } over
}
event-backup-codes-regenerated = Nieuwe back-upcodes gemaakt; de oude werken niet meer
event-locked = { $minutes ->
    [one] Te veel mislukte pogingen: een minuut geblokkeerd
   *[other] Te veel mislukte pogingen: { $minutes } minuten geblokkeerd
}
event-password-changed = Wachtwoord gewijzigd
event-sessions-signed-out = { $count ->
    [one] Uitgelogd op één ander apparaat
   *[other] Uitgelogd op { $count } andere apparaten
}
event-admin-reset = Tweestapsverificatie verwijderd door een beheerder; overal uitgelogd

## E-mails aan de eigenaar van het account (platte tekst)

mail-greeting = Hallo,
mail-signature = — Twofold
mail-when = Wanneer: { $time }
mail-from = Vanaf: { $ip } ({ $browser })
mail-unknown = onbekend
mail-not-you = Was jij dit niet? Log dan meteen in, wijzig je wachtwoord en kijk bij 'Waar je bent ingelogd' in je instellingen. Kun je niet inloggen, neem dan contact op met je beheerder.
mail-two-factor-enabled-subject = Tweestapsverificatie staat aan
mail-two-factor-enabled-body = Voor je account { $email } is tweestapsverificatie aangezet. Om in te loggen heb je nu een code uit je authenticator-app of een back-upcode nodig.
mail-two-factor-enabled-key-body = Voor je account { $email } is tweestapsverificatie aangezet. Om in te loggen heb je nu je beveiligingssleutel of passkey, of een back-upcode nodig.
mail-two-factor-disabled-subject = Tweestapsverificatie is uitgezet
mail-two-factor-disabled-body = Voor je account { $email } is tweestapsverificatie uitgezet. Om in te loggen is nu alleen je wachtwoord nodig.
mail-backup-code-used-subject = Er is ingelogd met een back-upcode
mail-backup-code-used-body = { $count ->
    [0] Er is met een back-upcode ingelogd op je account { $email }. Je hebt geen back-upcodes meer: maak nieuwe aan in je instellingen.
    [one] Er is met een back-upcode ingelogd op je account { $email }. Je hebt nog maar één back-upcode: maak nieuwe aan in je instellingen.
   *[other] Er is met een back-upcode ingelogd op je account { $email }. Je hebt nog { $count } back-upcodes.
}
mail-backup-codes-regenerated-subject = Er zijn nieuwe back-upcodes gemaakt
mail-backup-codes-regenerated-body = Voor je account { $email } zijn nieuwe back-upcodes gemaakt. De oude codes werken niet meer.
mail-locked-subject = Te veel mislukte inlogpogingen
mail-locked-body = { $minutes ->
    [one] Er waren te veel mislukte pogingen om in te loggen op je account { $email }; inloggen is daarom een minuut geblokkeerd.
   *[other] Er waren te veel mislukte pogingen om in te loggen op je account { $email }; inloggen is daarom { $minutes } minuten geblokkeerd.
}
mail-password-changed-subject = Je wachtwoord is gewijzigd
mail-password-changed-body = Het wachtwoord van je account { $email } is gewijzigd en je bent op je andere apparaten uitgelogd.
mail-admin-reset-subject = Tweestapsverificatie is gereset
mail-admin-reset-body = Een beheerder heeft de tweestapsverificatie van je account { $email } verwijderd en je overal uitgelogd. Log in met je wachtwoord en zet tweestapsverificatie weer aan.

## Pogingslimieten en waarschuwingssignalen

error-wait-seconds = { $seconds ->
    [one] Te veel pogingen. Wacht een seconde en probeer het opnieuw.
   *[other] Te veel pogingen. Wacht { $seconds } seconden en probeer het opnieuw.
}
error-wait-hours = { $hours ->
    [one] Te veel pogingen. Probeer het over een uur opnieuw.
   *[other] Te veel pogingen. Probeer het over { $hours } uur opnieuw.
}
error-authenticator-suspended = Er zijn te veel verkeerde codes ingevoerd voor dit account, daarom werken codes uit de authenticator-app niet meer. Voer in plaats daarvan een van je back-upcodes in: daarmee werken de codes van de app weer. Heb je geen back-upcodes, neem dan contact op met je beheerder.
event-code-replayed = Een verificatiecode werd een tweede keer gebruikt en geweigerd
event-second-step-missing = Het juiste wachtwoord werd ingevoerd, maar het inloggen werd niet afgerond met een tweede factor
event-password-known = Het juiste wachtwoord werd ingevoerd, gevolgd door drie verkeerde codes
event-authenticator-suspended = Verificatiecodes uitgezet na 100 verkeerde codes op rij; een back-upcode zet ze weer aan
event-passwords-slowed = Veel verkeerde wachtwoorden: inloggen vanuit nieuwe browsers wordt vertraagd
event-admin-unlocked = Een beheerder heeft de limieten op inlogpogingen opgeheven
security-log-operator = Door beheerder { $operator } (opdrachtregel)
mail-code-replayed-subject = Een inlogcode is twee keer gebruikt
mail-code-replayed-body = Voor je account { $email } werd een code uit je authenticator-app ingevoerd die al eerder was gebruikt, en die werd geweigerd. Heb je niet net twee keer dezelfde code ingevoerd, dan heeft iemand die je wachtwoord kent misschien een van je codes gezien: wijzig nu je wachtwoord.
mail-password-known-subject = Iemand kent mogelijk je wachtwoord
mail-password-known-body = Iemand heeft het juiste wachtwoord van je account { $email } ingevoerd en daarna drie verkeerde codes. Je tweede factor heeft hem tegengehouden. Was jij dit niet, wijzig dan nu je wachtwoord.
mail-authenticator-suspended-subject = De verificatiecodes voor je account zijn uitgezet
mail-authenticator-suspended-body = Na 100 verkeerde codes op rij kun je met codes uit je authenticator-app niet meer inloggen op je account { $email }. Log in met een van je back-upcodes om ze weer aan te zetten en wijzig daarna je wachtwoord.
mail-passwords-slowed-subject = Veel verkeerde wachtwoorden voor je account
mail-passwords-slowed-body = Er zijn veel verkeerde wachtwoorden ingevoerd voor je account { $email }. Inloggen vanuit browsers die er nog nooit op hebben ingelogd, wordt voorlopig vertraagd; browsers waarmee je al eerder hebt ingelogd, merken daar niets van.

## Beveiligingssleutels en passkeys

event-key-added = Er is een beveiligingssleutel of passkey toegevoegd
event-key-removed = Er is een beveiligingssleutel of passkey verwijderd
mail-key-added-subject = Er is een beveiligingssleutel aan je account toegevoegd
mail-key-added-body = Er is een beveiligingssleutel of passkey aan je account { $email } toegevoegd. Je kunt er nu mee inloggen, en je bent op je andere apparaten uitgelogd.
mail-key-removed-subject = Er is een beveiligingssleutel van je account verwijderd
mail-key-removed-body = Er is een beveiligingssleutel of passkey van je account { $email } verwijderd, en je bent op je andere apparaten uitgelogd.

error-key-refused = Je beveiligingssleutel is niet geaccepteerd. Probeer het opnieuw of kies een andere manier.
error-key-cancelled = De beveiligingssleutel gaf geen antwoord: het verzoek is geannuleerd of verlopen. Probeer het opnieuw of kies een andere manier.
error-key-unsupported = Deze browser kan hier geen beveiligingssleutels gebruiken. Kies een andere manier of een andere browser.
error-key-registered = Deze beveiligingssleutel hoort al bij een account.
error-key-name = Geef de sleutel een naam van 1 tot 64 tekens.
error-no-such-key = Die beveiligingssleutel hoort niet meer bij je account.
event-key-refused = Het antwoord van een beveiligingssleutel is geweigerd
event-authenticator-added = Er is een authenticator-app toegevoegd
mail-authenticator-added-subject = Er is een authenticator-app aan je account toegevoegd
mail-authenticator-added-body = Er is een authenticator-app aan je account { $email } toegevoegd. Met de codes ervan kun je nu inloggen, en je bent op je andere apparaten uitgelogd.
settings-key-added-notice = Je beveiligingssleutel is toegevoegd.
settings-key-removed-notice = De beveiligingssleutel is verwijderd.
settings-authenticator-added = Je authenticator-app is toegevoegd.
settings-authenticator-heading = Authenticator-app
settings-authenticator-on = Ingesteld: codes uit je authenticator-app worden geaccepteerd.
settings-authenticator-off = Niet ingesteld.
settings-authenticator-add = Authenticator-app instellen
settings-keys-heading = Beveiligingssleutels en passkeys
settings-keys-none = Nog geen beveiligingssleutel of passkey.
settings-keys-need-js = Voor het toevoegen of verwijderen van een beveiligingssleutel is JavaScript nodig.
settings-keys-add = Beveiligingssleutel of passkey toevoegen
settings-key-added = Toegevoegd op { $date }
settings-key-last-used = Laatst gebruikt op { $date }
settings-key-never-used = Nog niet gebruikt
settings-key-rename = Naam wijzigen
settings-key-rename-label = Nieuwe naam
settings-key-rename-submit = Naam opslaan
settings-key-rename-pending = Opslaan…
settings-key-remove = Verwijderen
remove-key-title = Deze beveiligingssleutel verwijderen?
remove-key-lead = Je kunt er dan niet meer mee inloggen. Voer je wachtwoord in en bevestig met een factor.
remove-key-last = Dit is je enige factor: als je hem verwijdert, gaat tweestapsverificatie uit en worden je back-upcodes gewist.
remove-key-submit = Sleutel verwijderen
remove-key-pending = Verwijderen…
add-key-title = Beveiligingssleutel of passkey toevoegen
add-key-password-lead = Voer je wachtwoord in om een beveiligingssleutel of passkey toe te voegen.
add-key-factor-lead = Voer je wachtwoord in en bevestig met een van je factoren om een beveiligingssleutel of passkey toe te voegen.
add-key-continue = Doorgaan
add-key-continue-pending = Controleren…
add-key-touch = Volg je browser: raak je beveiligingssleutel aan of bevestig met de schermvergrendeling van je apparaat.
add-key-retry = Opnieuw proberen
add-key-name-lead = Geef deze sleutel een naam zodat je hem van je andere kunt onderscheiden.
add-key-name-label = Naam
add-key-submit = Sleutel toevoegen
add-key-pending = Toevoegen…
reauth-key-lead = Of bevestig met je beveiligingssleutel in plaats van een code:
reauth-use-key = Beveiligingssleutel gebruiken
reauth-use-key-pending = Wachten op je sleutel…
verify-lead-key = Gebruik je beveiligingssleutel, of voer een code uit je authenticator-app of een back-upcode in.
verify-lead-key-only = Gebruik je beveiligingssleutel, of voer een van je back-upcodes in.
verify-use-key = Beveiligingssleutel gebruiken
verify-use-key-pending = Wachten op je sleutel…
verify-or-code = Of voer een code in
verify-key-needs-js = Beveiligingssleutels hebben JavaScript nodig. Je kunt hieronder nog steeds een code invoeren.
login-or = of
login-passkey = Inloggen met een passkey
login-passkey-pending = Wachten op je passkey…
login-passkey-needs-js = Inloggen met een passkey heeft JavaScript nodig.

## Verplichte tweestapsverificatie

policy-grace = { $days ->
    [one] Over { $days } dag is tweestapsverificatie verplicht voor je account.
   *[other] Over { $days } dagen is tweestapsverificatie verplicht voor je account.
}
policy-grace-action = Nu instellen
policy-set-up-now = Tweestapsverificatie is verplicht voor je account. Stel het hieronder in om verder te gaan; tot dan is niets anders beschikbaar.
settings-two-factor-required = Verplicht voor je account, dus het kan niet worden uitgezet. Om een beveiligingssleutel te vervangen, voeg je eerst de nieuwe toe en verwijder je daarna de oude.
error-two-factor-required = Tweestapsverificatie is verplicht voor je account. Stel het in, of houd het aan, om verder te gaan.
event-administrator-granted = Beheerder gemaakt
event-administrator-revoked = Geen beheerder meer

## De authenticator-app verwijderen

settings-authenticator-remove = Authenticator-app verwijderen
remove-authenticator-title = De authenticator-app verwijderen?
remove-authenticator-lead = Met de codes ervan kun je dan niet meer inloggen op je account; je beveiligingssleutels en back-upcodes blijven. Voer je wachtwoord in en bevestig met een factor.
remove-authenticator-submit = App verwijderen
settings-authenticator-removed = Je authenticator-app is verwijderd.
event-authenticator-removed = De authenticator-app is verwijderd
mail-authenticator-removed-subject = Er is een authenticator-app van je account verwijderd
mail-authenticator-removed-body = De authenticator-app is verwijderd van je account { $email }. De codes ervan werken niet meer om in te loggen, en je bent uitgelogd op je andere apparaten.

## Vertrouwde browsers

verify-trust = { $days ->
    [one] Op deze browser { $days } dag niet om een code vragen
   *[other] Op deze browser { $days } dagen niet om een code vragen
}
trusted-heading = Vertrouwde browsers
trusted-lead = Deze browsers loggen in op je account met alleen je wachtwoord, zonder code. Als je je wachtwoord of je factoren wijzigt, of overal uitlogt, vervalt het vertrouwen.
trusted-since = Vertrouwd sinds
trusted-last-used = Laatst gebruikt
trusted-never-used = Nog niet gebruikt
trusted-until = Vertrouwd tot
trusted-stop = Niet meer vertrouwen
event-browser-trusted = Een browser wordt vertrouwd: die logt in zonder code
event-trusted-browser-used = Ingelogd op een vertrouwde browser, zonder code
event-browser-untrusted = Een browser wordt niet meer vertrouwd

## Wat beheerders doen op de beheerpagina

event-admin-signed-out = Door een beheerder overal uitgelogd
security-log-administrator = Door de beheerder { $email }
event-administered-reset = Je hebt de tweestapsverificatie van { $email } verwijderd
event-administered-unlock = Je hebt de inloglimieten van { $email } opgeheven
event-administered-sign-out = Je hebt { $email } overal uitgelogd
event-policy-changed = Je hebt het tweestapsverificatiebeleid van deze site gewijzigd
mail-admin-unlocked-subject = De limieten op je inlogpogingen zijn opgeheven
mail-admin-unlocked-body = Een beheerder heeft de limieten op inlogpogingen voor je account { $email } opgeheven: je wachtwoord en codes worden meteen weer gecontroleerd.
mail-admin-signed-out-subject = Je bent overal uitgelogd
mail-admin-signed-out-body = Een beheerder heeft je account { $email } op alle apparaten uitgelogd. Log opnieuw in met je wachtwoord en je tweede factor.
error-confirmation-required = Bevestig eerst met je wachtwoord en een factor.
error-no-such-account = Geen enkel account heeft dit e-mailadres.
nav-admin = Beheer
## /admin
admin-title = Beheer
admin-confirm-heading = Bevestig dat jij het bent
admin-confirm-lead = Om iets met accounts te doen of het beleid te wijzigen, voer je je wachtwoord in en bevestig je met een factor. Dat geldt 10 minuten.
admin-confirm-submit = Bevestigen
admin-confirm-pending = Bevestigen…
admin-accounts-heading = Gebruikersaccounts
admin-search-label = Accounts zoeken op e-mailadres
admin-search-submit = Zoeken
admin-none-found = Geen account gevonden.
admin-two-factor-off = Uit
admin-two-factor-on = Aan sinds { $date }
admin-factor-app = authenticator-app
admin-factor-keys = { $count ->
    [one] één sleutel
   *[other] { $count } sleutels
}
admin-role-administrator = Beheerder
admin-locked = Geblokkeerd
admin-col-two-factor = Tweestapsverificatie
admin-col-last-sign-in = Laatst ingelogd
admin-never = Nooit
admin-reset = Tweestapsverificatie resetten
admin-unlock = Blokkades opheffen
admin-sign-out = Overal uitloggen
admin-policy-heading = Tweestapsverificatiebeleid
admin-policy-required-of = Verplicht voor
admin-policy-nobody = Niemand: ieder beslist zelf
admin-policy-everyone = Iedereen
admin-policy-administrators = Alleen beheerders
admin-policy-grace = Overgangstermijn in dagen (0: meteen)
admin-policy-submit = Beleid opslaan
admin-policy-pending = Opslaan…
admin-done = Klaar. De eigenaar van het account kreeg een e-mail.
admin-policy-saved = Het tweestapsverificatiebeleid is opgeslagen.

error-address-unconfirmed = Bevestig eerst je e-mailadres: open de link die we je hebben gestuurd.
error-link-expired = Deze link werkt niet meer: hij is al gebruikt, vervangen door een nieuwere of verlopen.
field-email-same = Dit is al het adres van je account.
field-new-email = Nieuw e-mailadres
notice-sign-up-sent = Kijk in je inbox: we hebben een bericht gestuurd naar het adres dat je opgaf. Open de link erin en vul daar je wachtwoord in om het adres te bevestigen en in te loggen.
notice-reset-sent = Als een account dat adres gebruikt, hebben we het een link gestuurd om een nieuw wachtwoord te kiezen. De link blijft een uur geldig.
notice-confirmation-sent = We hebben je een nieuwe bevestigingslink gestuurd. De vorige werkt niet meer.
notice-address-change-sent = We hebben een link naar het nieuwe adres gestuurd. Je account verhuist ernaartoe zodra de link wordt geopend; tot dan houdt het zijn adres.
notice-address-confirmed = Je e-mailadres is bevestigd.
notice-address-changed = Je account gebruikt nu zijn nieuwe e-mailadres. Log er voortaan mee in.
notice-password-reset = Je nieuwe wachtwoord is ingesteld en alle browsers zijn uitgelogd. Log in met het nieuwe wachtwoord.
event-address-confirmed = E-mailadres bevestigd
event-password-reset = Nieuw wachtwoord gekozen via een gemailde link
event-address-change-asked = Verhuizing naar { $email } aangevraagd
event-address-changed = E-mailadres gewijzigd
event-trust-copied = Er is een gekopieerde cookie van een vertrouwde browser gebruikt: geen enkele browser wordt nog vertrouwd
event-trusted-browser-new-network = Ingelogd in een vertrouwde browser, zonder code, vanaf een nieuw netwerk
mail-trust-copied-subject = Er is een kopie van de cookie van een vertrouwde browser gebruikt
mail-trust-copied-body = Een browser die je vertrouwt voor je Twofold-account { $email } is gebruikt met een cookie die al was vervangen; hij is dus misschien naar een andere browser gekopieerd. Geen enkele browser van het account wordt nog vertrouwd: elke browser vraagt weer om een code. Was jij dit niet, wijzig dan je wachtwoord.
mail-trusted-browser-new-network-subject = Een vertrouwde browser heeft ingelogd vanaf een nieuw netwerk
mail-trusted-browser-new-network-body = Een browser die je vertrouwt heeft zonder code ingelogd op je Twofold-account { $email }, vanaf een ander netwerk dan de vorige keer.
mail-link-expires-hour = De link werkt één keer, binnen een uur.
mail-link-expires-day = De link werkt één keer, binnen 24 uur.
mail-confirm-subject = Bevestig je e-mailadres
mail-confirm-body = Er is een Twofold-account aangemaakt met je adres { $email }. Open deze link om te bevestigen dat het adres van jou is:
mail-confirm-not-you = Heb je dit account niet aangemaakt? Negeer dan dit bericht: het adres blijft onbevestigd.
mail-sign-up-taken-subject = Iemand probeerde zich met jouw adres te registreren
mail-sign-up-taken-body = Iemand probeerde een nieuw Twofold-account aan te maken met je adres { $email }, dat al een account heeft. Er is niets gewijzigd. Was jij het en ben je je wachtwoord vergeten? Vraag hier een nieuw aan: { $link }
mail-sign-up-taken-not-you = Was jij het niet, dan hoef je niets te doen: je account is ongewijzigd.
mail-reset-subject = Kies een nieuw wachtwoord
mail-reset-body = Er is een nieuw wachtwoord aangevraagd voor je account { $email }. Open deze link om er een te kiezen:
mail-reset-not-you = Heb je dit niet aangevraagd? Negeer dan dit bericht: je wachtwoord blijft zoals het is. Heeft je account tweestapsverificatie, dan kan de link het in zijn eentje niet wijzigen.
mail-change-subject = Bevestig je nieuwe e-mailadres
mail-change-body = Het Twofold-account { $old } gaat naar dit adres verhuizen, { $email }. Open deze link om dat te bevestigen:
mail-change-not-you = Heb je dit niet aangevraagd? Negeer dan dit bericht: er verandert niets.
mail-change-taken-subject = Iemand probeerde jouw adres te gebruiken
mail-change-taken-body = Iemand vroeg om een ander Twofold-account naar je adres { $email } te verhuizen, dat al een account heeft. Er is niets gewijzigd.
mail-change-notice-subject = Er is gevraagd je e-mailadres te wijzigen
mail-change-notice-body = Iemand die in je account { $old } is ingelogd, vroeg om het naar het adres { $email } te verhuizen. Het adres verandert pas als de link wordt geopend die we daarheen hebben gestuurd.
mail-password-reset-subject = Je wachtwoord is opnieuw ingesteld
mail-password-reset-body = Voor je account { $email } is een nieuw wachtwoord gekozen via een link die naar dit adres is gestuurd, en alle browsers zijn uitgelogd.
mail-address-changed-subject = Je account heeft een nieuw e-mailadres
mail-address-changed-body = Je Twofold-account gebruikt nu het adres { $email }. Log er voortaan mee in.
login-forgot = Wachtwoord vergeten?
forgot-title = Wachtwoord vergeten?
forgot-lead = Vul het e-mailadres van je account in. We sturen je een link om een nieuw wachtwoord te kiezen.
forgot-submit = Link versturen
forgot-pending = Versturen…
forgot-back = Terug naar inloggen
reset-title = Kies een nieuw wachtwoord
reset-lead = Kies het nieuwe wachtwoord van je account.
reset-lead-two-factor = Kies het nieuwe wachtwoord van je account en bevestig het daarna met je tweede factor: je beveiligingssleutel, een code uit je authenticator-app of een back-upcode.
reset-use-key = Bevestigen met je beveiligingssleutel
reset-use-key-pending = Wachten op je beveiligingssleutel…
reset-submit = Nieuw wachtwoord instellen
reset-pending = Instellen…
reset-ask-again = Een nieuwe link aanvragen
confirm-address-title = Bevestig je e-mailadres
confirm-address-lead = Bevestig dat { $email } jouw adres is: vul het wachtwoord in dat je bij het aanmelden koos.
confirm-address-change-lead = Verhuis je account naar het adres { $email }.
confirm-address-submit = Adres bevestigen
confirm-address-change-submit = Mijn account verhuizen
confirm-address-pending = Bevestigen…
confirm-address-settings = Naar je instellingen
settings-address-unconfirmed = Je e-mailadres { $email } is nog niet bevestigd. Open de link die we je hebben gestuurd; tot dan kan tweestapsverificatie niet worden aangezet.
settings-address-resend = Link opnieuw versturen
settings-address-resending = Versturen…
settings-address-change = E-mailadres wijzigen
settings-address-change-lead = We sturen een link naar het nieuwe adres; je account verhuist ernaartoe zodra de link wordt geopend.
settings-address-submit = Link versturen
settings-address-pending = Versturen…
# De eerste factor van het account instellen: de gemailde code. $email: het adres
mailed-code-label = Code uit de e-mail
mailed-code-lead = We hebben een code van 8 cijfers naar { $email } gemaild. Hij werkt 15 minuten.
error-mailed-code = De code uit de e-mail is onjuist of werkt niet meer. Kijk in onze nieuwste e-mail; sluit na 5 foute pogingen of 15 minuten dit venster en begin opnieuw voor een nieuwe code.
# De e-mail met die code. $email: het adres van het account; de code volgt op een eigen regel
mail-factor-code-subject = Je code om tweestapsverificatie in te stellen
mail-factor-code-body = Iemand stelt tweestapsverificatie in voor je Twofold-account { $email }. Voer om af te ronden deze code in waar erom gevraagd wordt; hij werkt 15 minuten:
mail-factor-code-not-you = Was jij dit niet, dan kent iemand je wachtwoord: geef deze code aan niemand, log in en wijzig nu je wachtwoord.

## Aanmeldverzoeken van andere applicaties
authorize-refused-title = Deze aanmelding kan niet verdergaan
authorize-refused-client = De applicatie die je hierheen stuurde, is niet geregistreerd bij deze dienst, dus je kunt je hier niet bij haar aanmelden. Laat het de beheerder van de applicatie weten.
authorize-refused-redirect = De applicatie die je hierheen stuurde, vroeg je terug te sturen naar een adres dat ze niet heeft geregistreerd, dus je wordt daar niet heen gestuurd. Laat het de beheerder van de applicatie weten.
authorize-refused-expired = Dit aanmeldverzoek is verlopen, of het is in een andere browser begonnen. Ga terug naar de applicatie en meld je opnieuw aan.
consent-title = Toegang toestaan
consent-heading = { $application } vraagt je account te gebruiken
consent-lead = Als je het toestaat, kan { $application }:
consent-scope-openid = Je herkennen wanneer je je aanmeldt
consent-scope-email = Je e-mailadres zien
consent-scope-profile = Je gebruikersnaam zien (je e-mailadres)
consent-scope-groups = Je groepen zien (bijvoorbeeld of je beheerder bent)
consent-scope-offline-access = Met je account verbonden blijven terwijl je weg bent
consent-allow = Toestaan
consent-deny = Annuleren
authorize-refused-logout = Een applicatie vroeg je af te melden, maar het verzoek is niet geldig, dus er is niets gedaan.
sign-out-title = Afmelden?
sign-out-lead = Een applicatie vraagt je af te melden bij deze dienst. Meld je alleen af als je daar zelf net voor hebt gekozen.
sign-out-confirm = Afmelden
sign-out-stay = Aangemeld blijven
settings-applications-heading = Verbonden applicaties
settings-applications-lead = Deze applicaties melden je aan met dit account. Als je er een ontkoppelt, stopt de toegang meteen; bij je volgende aanmelding vraagt ze het opnieuw.
settings-application-first-used = Eerste aanmelding
settings-application-last-used = Laatst gebruikt
settings-application-disconnect = Ontkoppelen
settings-application-disconnect-label = { $application } ontkoppelen
event-application-connected = Voor het eerst aangemeld bij { $application }
event-application-disconnected = { $application } ontkoppeld
mail-application-connected-subject = Je bent met je account aangemeld bij { $application }
mail-application-connected-body = Je account { $email } is voor het eerst gebruikt om je aan te melden bij { $application }. De applicatie ziet nu de gegevens die je met haar deelt.
set-up-for-application = { $application } vereist tweestapsverificatie. Schakel die hieronder in; daarna kun je terug naar { $application }.
set-up-for-application-done = Tweestapsverificatie staat aan. Je kunt nu terug naar { $application }.
set-up-for-application-continue = Verder naar { $application }
key-step-up-title = Bevestigen met je beveiligingssleutel
key-step-up-lead = { $application } vraagt je deze aanmelding te bevestigen met je beveiligingssleutel of passkey.
key-step-up-button = Beveiligingssleutel of passkey gebruiken
key-step-up-pending = Wachten op je sleutel…
key-step-up-needs-js = Deze stap heeft JavaScript nodig: je browser vraagt de sleutel.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Applicaties
admin-apps-lead = Apps die hun gebruikers via deze site met OpenID Connect laten inloggen. Elke app heeft een client-ID; een vertrouwelijke heeft ook een geheim, dat maar één keer wordt getoond.
admin-apps-none = Er is nog geen applicatie geregistreerd.
admin-app-client-id = Client-ID
admin-app-secret = Clientgeheim
admin-app-secret-heading = Nieuw clientgeheim voor { $application }
admin-app-secret-once = Kopieer het nu naar de instellingen van de applicatie: het wordt alleen deze ene keer getoond en alleen de hash wordt bewaard.
admin-app-public = Openbaar
admin-app-confidential = Vertrouwelijk
admin-app-requires = Vereist
admin-app-require-signed-in = Inloggen
admin-app-require-two-factor = Tweestapsverificatie
admin-app-require-key = Een beveiligingssleutel of passkey
admin-app-consent = Toestemming
admin-app-consent-asked = Gevraagd aan elk account
admin-app-consent-not-asked = Niet gevraagd (eigen applicatie)
admin-app-signing = ID-tokens ondertekend met
admin-app-redirect-uris = Doorstuuradressen
admin-app-post-logout-uris = Adressen na het uitloggen
admin-app-created = Geregistreerd
admin-app-rotate = Nieuw geheim…
admin-app-rotate-warning = Het huidige geheim van { $application } werkt meteen niet meer: de applicatie laat niemand inloggen tot ze het nieuwe heeft.
admin-app-rotate-submit = Nieuw geheim maken
admin-app-remove = Verwijderen…
admin-app-remove-warning = { $application } kan niemand meer laten inloggen: haar codes, tokens en de toestemming van elk account vervallen.
admin-app-remove-submit = { $application } verwijderen
admin-app-add-heading = Een applicatie registreren
admin-app-name = Naam
admin-app-uris-hint = Eén adres per regel, precies zoals de applicatie het stuurt: https://, of http:// alleen op localhost.
admin-app-public-label = Openbare client: draait in de browser of op een apparaat, bewaart geen geheim en moet PKCE gebruiken
admin-app-consent-label = Elk account vragen voordat de gegevens worden gedeeld
admin-app-add-submit = Registreren
admin-app-add-pending = Registreren…
error-no-such-application = Deze applicatie is niet meer geregistreerd.
error-application-invalid = De applicatie kan niet worden geregistreerd: geef een naam van hoogstens 64 tekens en 1 tot 10 adressen van elke soort, elk een absoluut https://-adres (http:// alleen op localhost) zonder #fragment.
event-application-added = Je hebt de applicatie { $application } geregistreerd
event-application-secret-rotated = Je hebt { $application } een nieuw clientgeheim gegeven
event-application-removed = Je hebt de applicatie { $application } verwijderd
