# Twofold — italiano (Italia). Tradotto da locales/en-US/main.ftl; vedi locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-log-in = Accedi
nav-sign-up = Registrati
nav-settings = Impostazioni
nav-log-out = Esci
loading = Caricamento…

## Home

home-title = Autenticazione a due fattori che non ti intralcia
home-lead = Proteggi il tuo account con un codice dal telefono, conserva i codici di backup per il giorno in cui lo perdi e tieni sotto controllo ogni accesso.

## Log in

login-title = Accedi a Twofold
login-submit = Accedi
login-pending = Accesso in corso…
login-no-account = Nuovo su Twofold?
login-sign-up-link = Crea un account

## Sign up

signup-title = Crea il tuo account
signup-lead = Ti bastano un indirizzo email e una password sicura.
signup-submit = Crea account
signup-pending = Creazione dell’account…
signup-have-account = Hai già un account?
signup-log-in-link = Accedi

## Second step of logging in

verify-title = Inserisci il codice
verify-lead-totp = Apri l’app di autenticazione e inserisci il codice a 6 cifre che mostra per Twofold.
verify-lead-backup = Inserisci uno dei codici di backup che hai salvato quando hai attivato l’autenticazione a due fattori. Ogni codice funziona una sola volta.
verify-submit = Verifica
verify-pending = Verifica in corso…
verify-start-over = Ricomincia con la password
error-login-expired = Accedi di nuovo: questo accesso è scaduto oppure sono stati inseriti troppi codici errati.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Codice dell’app di autenticazione
code-label-backup = Codice di backup
code-use-backup = Usa invece un codice di backup
code-use-authenticator = Usa invece l’app di autenticazione

## Form fields

field-email = Indirizzo email
field-password = Password di accesso
field-current-password = Password attuale
field-new-password = Nuova password
field-password-hint = Da 12 a 128 caratteri. Alcune parole senza legame tra loro formano una password sicura e facile da ricordare.

## Field problems, shown under the field

field-required = Compila questo campo.
field-too-long = È troppo lungo.
field-invalid-email = Inserisci un indirizzo email come nome@esempio.it.
field-password-too-short = Usa almeno 12 caratteri.
field-password-common = Questa password è troppo comune. Scegline una più difficile da indovinare.
field-password-contains-email = La password non deve contenere il tuo indirizzo email.
field-password-same = La nuova password deve essere diversa da quella attuale.
field-current-password-wrong = La password attuale non è corretta.

## Errors for the whole form

error-invalid-form = Correggi i campi evidenziati.
error-invalid-credentials = L’indirizzo email o la password non sono corretti, oppure l’indirizzo non è ancora confermato: apri prima il link che ti abbiamo inviato.
error-invalid-code = Il codice non è corretto. Controlla l’app di autenticazione o i codici di backup e riprova.
error-code-already-used = Questo codice è già stato usato. Attendi il prossimo codice nell’app oppure usa un altro codice di backup.
error-not-enrolled = L’autenticazione a due fattori non è configurata per questo account.
error-already-enrolled = L’autenticazione a due fattori è già attiva.
error-unauthorized = Accedi per continuare.
error-bad-request = Non è stato possibile leggere il modulo. Controlla i dati inseriti e riprova.
error-network = Impossibile raggiungere Twofold. Controlla la connessione e riprova.
error-unavailable = Twofold non è disponibile al momento. Riprova tra un minuto.
error-busy = Twofold è occupato in questo momento. Riprova tra qualche secondo.
error-internal = Qualcosa è andato storto da parte nostra. Riprova tra poco.

## Settings

settings-title = Impostazioni dell’account
settings-account-heading = Dati dell’account
settings-two-factor-heading = Autenticazione a due fattori
settings-two-factor-off = L’autenticazione a due fattori è disattivata.
# $date (String) - il giorno dell’attivazione
settings-two-factor-on-since = L’autenticazione a due fattori è attiva dal { $date }.
settings-two-factor-explainer = Con l’autenticazione a due fattori, l’accesso chiede anche un codice da un’app di autenticazione o la tua chiave di sicurezza o passkey: una password rubata da sola non basta.
settings-two-factor-enable = Attiva l’autenticazione a due fattori
settings-two-factor-regenerate = Genera nuovi codici di backup
settings-two-factor-disable = Disattiva l’autenticazione a due fattori
# $count (Number) - codici di backup non usati
settings-backup-codes-left = { $count ->
    [0] Non ti resta nessun codice di backup.
    [one] Ti resta un codice di backup.
   *[other] Ti restano { $count } codici di backup.
}
settings-backup-codes-few = Stai esaurendo i codici di backup. Generane di nuovi per poter accedere anche se perdi il telefono.
settings-two-factor-enabled = L’autenticazione a due fattori è ora attiva. D’ora in poi l’accesso chiede un codice dalla tua app.
settings-two-factor-enabled-key = L’autenticazione a due fattori è ora attiva. D’ora in poi l’accesso chiede la tua chiave di sicurezza o passkey.
settings-two-factor-disabled = L’autenticazione a due fattori è ora disattivata. Per accedere basta la password.
settings-backup-codes-regenerated = Hai nuovi codici di backup. Quelli vecchi non funzionano più.
settings-password-heading = Cambia password
settings-password-submit = Cambia password
settings-password-pending = Modifica della password…
settings-password-changed = La password è stata cambiata.

## Dialogs on the settings page

dialog-cancel = Annulla
copy-done = Copiato.
copy-failed = La copia non è riuscita. Seleziona il testo e copialo tu.
setup-title = Attiva l’autenticazione a due fattori
setup-password-lead = Per proteggere il tuo account, conferma prima che sei tu.
setup-factor-lead = Inserisci la password e conferma con uno dei tuoi fattori per aggiungere un’app di autenticazione.
setup-password-submit = Continua
setup-password-pending = Verifica in corso…
setup-scan-lead = Scansiona questo codice QR con un’app di autenticazione, per esempio quella del tuo gestore di password o un’app dedicata sul telefono.
setup-qr-label = Codice QR per la tua app di autenticazione. La stessa chiave è scritta qui sotto.
setup-key-label = Non riesci a scansionarlo? Inserisci invece questa chiave nell’app:
setup-copy-key = Copia la chiave
setup-code-lead = Poi inserisci il codice a 6 cifre che l’app mostra per Twofold.
setup-confirm-submit = Attiva
setup-confirm-pending = Attivazione…
setup-add-submit = Aggiungi l’app
backup-codes-title = Salva i codici di backup
backup-codes-lead = Se non puoi usare l’app di autenticazione o la chiave di sicurezza, ognuno di questi codici ti fa accedere una volta. Conservali in un posto sicuro, per esempio nel gestore di password. Vengono mostrati solo ora.
backup-codes-list-label = Codici di backup
backup-codes-copy = Copia tutti
backup-codes-download = Scarica come file di testo
backup-codes-print = Stampa
backup-codes-saved = Ho salvato questi codici
backup-codes-done = Fatto
# Prima riga del file scaricato. $email (String) - l’indirizzo email dell’account
backup-codes-file-heading = Codici di backup Twofold per { $email }
backup-codes-file-note = Ogni codice può essere usato una volta al posto di un codice dell’app di autenticazione o della chiave di sicurezza.
regenerate-title = Genera nuovi codici di backup
regenerate-lead = I codici di backup attuali smettono di funzionare non appena vengono creati quelli nuovi. Conferma con la password e un codice.
regenerate-submit = Genera codici
regenerate-pending = Generazione dei codici…
disable-title = Disattiva l’autenticazione a due fattori
disable-lead = Per accedere basterà la password. Conferma con la password e un codice dell’app oppure un codice di backup.
disable-lead-key = Per accedere basterà la password. Conferma con la password e la chiave di sicurezza oppure un codice di backup.
disable-submit = Disattiva
disable-pending = Disattivazione…

## Notice after logging in with a backup code

# $count (Number) - codici di backup non usati
backup-code-used = { $count ->
    [0] Hai effettuato l’accesso con l’ultimo codice di backup. Generane di nuovi ora per non restare chiuso fuori.
    [one] Hai effettuato l’accesso con un codice di backup. Te ne resta uno.
   *[other] Hai effettuato l’accesso con un codice di backup. Te ne restano { $count }.
}
backup-code-used-action = Genera nuovi codici di backup

## Not found

not-found-title = Pagina non trovata
not-found-text = La pagina che cerchi non esiste o è stata spostata.
not-found-home = Vai alla pagina iniziale

## Language and dates

language-label = Lingua
language-submit = Cambia
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }

## Sicurezza dell'account: limiti, sessioni, registro di sicurezza

error-too-many-attempts = { $minutes ->
    [one] Troppi tentativi. Riprova tra un minuto.
   *[other] Troppi tentativi. Riprova tra { $minutes } minuti.
}
error-forbidden = Questa richiesta non proveniva da una pagina di Twofold ed è stata rifiutata. Ricarica la pagina e riprova.
settings-back = Torna alle impostazioni
settings-activity-heading = Attività e dispositivi
date-time-utc = { $date }, ore { $time } UTC
browser-on-os = { $browser } su { $os }
browser-unknown-on-os = Un browser su { $os }
browser-unknown = Browser sconosciuto
address-unknown = indirizzo sconosciuto

sessions-title = Dove hai effettuato l'accesso
sessions-lead = Questi browser hanno effettuato l'accesso al tuo account. Disconnetti quelli che non riconosci, poi cambia la password.
sessions-this-one = Questo browser
sessions-address = Indirizzo
sessions-signed-in = Accesso
sessions-last-seen = Ultima attività
sessions-sign-out = Disconnetti
sessions-sign-out-others = Esci da tutti gli altri dispositivi
sessions-signing-out = Disconnessione…
sessions-none-elsewhere = Non hai effettuato l'accesso da nessun'altra parte.
sessions-signed-out-elsewhere = { $count ->
    [one] Per la tua sicurezza, sei stato disconnesso da un altro dispositivo.
   *[other] Per la tua sicurezza, sei stato disconnesso da altri { $count } dispositivi.
}

security-log-title = Registro di sicurezza
security-log-lead = Accessi e modifiche alla sicurezza del tuo account, dai più recenti.
security-log-empty = Non è ancora successo nulla.
security-log-pages = Pagine del registro di sicurezza
security-log-newer = Voci più recenti
security-log-older = Voci meno recenti
security-log-source = { $ip } · { $browser }
event-login-succeeded = Accesso effettuato
event-login-failed = Accesso rifiutato: password errata
event-code-refused = Codice di autenticazione o di backup errato
event-two-factor-enabled = Autenticazione a due fattori attivata
event-two-factor-disabled = Autenticazione a due fattori disattivata
event-backup-code-used = { $count ->
    [0] Accesso con un codice di backup; non ne resta nessuno
    [one] Accesso con un codice di backup; ne resta uno
   *[other] Accesso con un codice di backup; ne restano { $count }
}
event-backup-codes-regenerated = Creati nuovi codici di backup; quelli vecchi non funzionano più
event-locked = { $minutes ->
    [one] Troppi tentativi falliti: bloccato per un minuto
   *[other] Troppi tentativi falliti: bloccato per { $minutes } minuti
}
event-password-changed = Password cambiata
event-sessions-signed-out = { $count ->
    [one] Disconnesso da un altro dispositivo
   *[other] Disconnesso da altri { $count } dispositivi
}
event-admin-reset = Autenticazione a due fattori rimossa da un amministratore; disconnesso ovunque

## Email al titolare dell'account (testo semplice)

mail-greeting = Ciao,
mail-signature = — Twofold
mail-when = Quando: { $time }
mail-from = Da: { $ip } ({ $browser })
mail-unknown = sconosciuto
mail-not-you = Se non sei stato tu, accedi subito, cambia la password e controlla «Dove hai effettuato l'accesso» nelle impostazioni. Se non riesci ad accedere, contatta il tuo amministratore.
mail-two-factor-enabled-subject = L'autenticazione a due fattori è attiva
mail-two-factor-enabled-body = L'autenticazione a due fattori è stata attivata per il tuo account { $email }. Da ora, per accedere serve un codice della tua app di autenticazione o un codice di backup.
mail-two-factor-enabled-key-body = L'autenticazione a due fattori è stata attivata per il tuo account { $email }. Da ora, per accedere serve la tua chiave di sicurezza o passkey, oppure un codice di backup.
mail-two-factor-disabled-subject = L'autenticazione a due fattori è stata disattivata
mail-two-factor-disabled-body = L'autenticazione a due fattori è stata disattivata per il tuo account { $email }. Da ora per accedere basta la password.
mail-backup-code-used-subject = È stato usato un codice di backup per accedere
mail-backup-code-used-body = { $count ->
    [0] È stato usato un codice di backup per accedere al tuo account { $email }. Non ti resta nessun codice di backup: creane di nuovi nelle impostazioni.
    [one] È stato usato un codice di backup per accedere al tuo account { $email }. Ti resta un solo codice di backup: creane di nuovi nelle impostazioni.
   *[other] È stato usato un codice di backup per accedere al tuo account { $email }. Ti restano { $count } codici di backup.
}
mail-backup-codes-regenerated-subject = Sono stati creati nuovi codici di backup
mail-backup-codes-regenerated-body = Sono stati creati nuovi codici di backup per il tuo account { $email }. I vecchi codici non funzionano più.
mail-locked-subject = Troppi tentativi di accesso falliti
mail-locked-body = { $minutes ->
    [one] Ci sono stati troppi tentativi falliti di accedere al tuo account { $email }, quindi l'accesso è sospeso per un minuto.
   *[other] Ci sono stati troppi tentativi falliti di accedere al tuo account { $email }, quindi l'accesso è sospeso per { $minutes } minuti.
}
mail-password-changed-subject = La tua password è stata cambiata
mail-password-changed-body = La password del tuo account { $email } è stata cambiata e sei stato disconnesso dagli altri dispositivi.
mail-admin-reset-subject = L'autenticazione a due fattori è stata reimpostata
mail-admin-reset-body = Un amministratore ha rimosso l'autenticazione a due fattori dal tuo account { $email } e ti ha disconnesso ovunque. Accedi con la tua password e riattiva l'autenticazione a due fattori.

## Limiti ai tentativi e segnali di allarme

error-wait-seconds = { $seconds ->
    [one] Troppi tentativi. Attendi un secondo e riprova.
   *[other] Troppi tentativi. Attendi { $seconds } secondi e riprova.
}
error-wait-hours = { $hours ->
    [one] Troppi tentativi. Riprova tra un'ora.
   *[other] Troppi tentativi. Riprova tra { $hours } ore.
}
error-authenticator-suspended = Per questo account sono stati inseriti troppi codici errati, quindi i codici dell’app di autenticazione non funzionano più. Inserisci invece uno dei tuoi codici di backup: così i codici dell’app tornano a funzionare. Se non hai codici di backup, contatta il tuo amministratore.
event-code-replayed = Un codice di autenticazione è stato usato una seconda volta ed è stato rifiutato
event-second-step-missing = È stata inserita la password corretta, ma l’accesso non è stato completato con un secondo fattore
event-password-known = È stata inserita la password corretta, seguita da tre codici errati
event-authenticator-suspended = Codici di autenticazione disattivati dopo 100 codici errati di fila; un codice di backup li riattiva
event-passwords-slowed = Molte password errate: gli accessi da browser nuovi vengono rallentati
event-admin-unlocked = Un amministratore ha rimosso i limiti ai tentativi di accesso
security-log-operator = Dall’operatore { $operator } (riga di comando)
mail-code-replayed-subject = Un codice di accesso è stato usato due volte
mail-code-replayed-body = Per il tuo account { $email } è stato inserito un codice dell’app di autenticazione già usato, che è stato rifiutato. Se non hai appena inserito lo stesso codice due volte, qualcuno che conosce la tua password potrebbe aver visto uno dei tuoi codici: cambia subito la password.
mail-password-known-subject = Qualcuno potrebbe conoscere la tua password
mail-password-known-body = Qualcuno ha inserito la password corretta del tuo account { $email } e poi tre codici errati. Il tuo secondo fattore lo ha fermato. Se non sei stato tu, cambia subito la password.
mail-authenticator-suspended-subject = I codici di autenticazione del tuo account sono stati disattivati
mail-authenticator-suspended-body = Dopo 100 codici errati di fila, i codici della tua app di autenticazione non permettono più di accedere al tuo account { $email }. Accedi con uno dei tuoi codici di backup per riattivarli, poi cambia la password.
mail-passwords-slowed-subject = Molte password errate per il tuo account
mail-passwords-slowed-body = Per il tuo account { $email } sono state inserite molte password errate. Per ora gli accessi da browser che non vi hanno mai effettuato l’accesso vengono rallentati; i browser con cui hai già effettuato l’accesso non sono interessati.

## Chiavi di sicurezza e passkey

event-key-added = È stata aggiunta una chiave di sicurezza o una passkey
event-key-removed = È stata rimossa una chiave di sicurezza o una passkey
mail-key-added-subject = Al tuo account è stata aggiunta una chiave di sicurezza
mail-key-added-body = Al tuo account { $email } è stata aggiunta una chiave di sicurezza o una passkey. Ora si può usare per accedere, e sei stato disconnesso dagli altri dispositivi.
mail-key-removed-subject = Dal tuo account è stata rimossa una chiave di sicurezza
mail-key-removed-body = Dal tuo account { $email } è stata rimossa una chiave di sicurezza o una passkey, e sei stato disconnesso dagli altri dispositivi.

error-key-refused = La chiave di sicurezza non è stata accettata. Riprova oppure usa un altro metodo.
error-key-cancelled = La chiave di sicurezza non ha risposto: la richiesta è stata annullata o è scaduta. Riprova oppure usa un altro metodo.
error-key-unsupported = Questo browser non può usare chiavi di sicurezza qui. Usa un altro metodo o un altro browser.
error-key-registered = Questa chiave di sicurezza è già associata a un account.
error-key-name = Dai alla chiave un nome da 1 a 64 caratteri.
error-no-such-key = Questa chiave di sicurezza non è più associata al tuo account.
event-key-refused = La risposta di una chiave di sicurezza è stata rifiutata
event-authenticator-added = È stata aggiunta un’app di autenticazione
mail-authenticator-added-subject = Al tuo account è stata aggiunta un’app di autenticazione
mail-authenticator-added-body = Al tuo account { $email } è stata aggiunta un’app di autenticazione. Ora i suoi codici permettono di accedere, e sei stato disconnesso dagli altri dispositivi.
settings-key-added-notice = La chiave di sicurezza è stata aggiunta.
settings-key-removed-notice = La chiave di sicurezza è stata rimossa.
settings-authenticator-added = L’app di autenticazione è stata aggiunta.
settings-authenticator-heading = App di autenticazione
settings-authenticator-on = Configurata: i codici della tua app di autenticazione vengono accettati.
settings-authenticator-off = Non configurata.
settings-authenticator-add = Configura un’app di autenticazione
settings-keys-heading = Chiavi di sicurezza e passkey
settings-keys-none = Ancora nessuna chiave di sicurezza o passkey.
settings-keys-need-js = Per aggiungere o rimuovere una chiave di sicurezza serve JavaScript.
settings-keys-add = Aggiungi una chiave di sicurezza o una passkey
settings-key-added = Aggiunta il { $date }
settings-key-last-used = Ultimo uso il { $date }
settings-key-never-used = Non ancora usata
settings-key-rename = Rinomina
settings-key-rename-label = Nuovo nome
settings-key-rename-submit = Salva il nome
settings-key-rename-pending = Salvataggio…
settings-key-remove = Rimuovi
remove-key-title = Rimuovere questa chiave di sicurezza?
remove-key-lead = Non permetterà più di accedere al tuo account. Inserisci la password e conferma con un fattore.
remove-key-last = È il tuo unico fattore: rimuoverlo disattiva l’autenticazione a due fattori ed elimina i codici di backup.
remove-key-submit = Rimuovi la chiave
remove-key-pending = Rimozione…
add-key-title = Aggiungi una chiave di sicurezza o una passkey
add-key-password-lead = Inserisci la password per aggiungere una chiave di sicurezza o una passkey.
add-key-factor-lead = Inserisci la password e conferma con uno dei tuoi fattori per aggiungere una chiave di sicurezza o una passkey.
add-key-continue = Continua
add-key-continue-pending = Verifica in corso…
add-key-touch = Segui il browser: tocca la chiave di sicurezza o conferma con il blocco schermo del dispositivo.
add-key-retry = Riprova
add-key-name-lead = Dai un nome a questa chiave per distinguerla dalle altre.
add-key-name-label = Nome
add-key-submit = Aggiungi la chiave
add-key-pending = Aggiunta in corso…
reauth-key-lead = Oppure conferma con la chiave di sicurezza invece che con un codice:
reauth-use-key = Usa la chiave di sicurezza
reauth-use-key-pending = In attesa della chiave…
verify-lead-key = Usa la chiave di sicurezza, oppure inserisci un codice dell’app di autenticazione o un codice di backup.
verify-lead-key-only = Usa la chiave di sicurezza, oppure inserisci uno dei tuoi codici di backup.
verify-use-key = Usa la chiave di sicurezza
verify-use-key-pending = In attesa della chiave…
verify-or-code = Oppure inserisci un codice
verify-key-needs-js = Le chiavi di sicurezza richiedono JavaScript. Puoi comunque inserire un codice qui sotto.
login-or = oppure
login-passkey = Accedi con una passkey
login-passkey-pending = In attesa della passkey…
login-passkey-needs-js = L’accesso con una passkey richiede JavaScript.

## Autenticazione a due fattori obbligatoria

policy-grace = { $days ->
    [one] L’autenticazione a due fattori sarà obbligatoria per il tuo account tra { $days } giorno.
   *[other] L’autenticazione a due fattori sarà obbligatoria per il tuo account tra { $days } giorni.
}
policy-grace-action = Configurala ora
policy-set-up-now = L’autenticazione a due fattori è obbligatoria per il tuo account. Configurala qui sotto per continuare; fino ad allora non è disponibile nient’altro.
settings-two-factor-required = Obbligatoria per il tuo account, quindi non si può disattivare. Per sostituire una chiave di sicurezza, aggiungi prima quella nuova e poi rimuovi quella vecchia.
error-two-factor-required = L’autenticazione a due fattori è obbligatoria per il tuo account. Configurala, o mantienila, per continuare.
event-administrator-granted = Nominato amministratore
event-administrator-revoked = Non più amministratore

## Rimuovere l’app di autenticazione

settings-authenticator-remove = Rimuovi l’app di autenticazione
remove-authenticator-title = Rimuovere l’app di autenticazione?
remove-authenticator-lead = I suoi codici non permetteranno più di accedere al tuo account; le chiavi di sicurezza e i codici di backup restano. Inserisci la password e conferma con un fattore.
remove-authenticator-submit = Rimuovi app
settings-authenticator-removed = L’app di autenticazione è stata rimossa.
event-authenticator-removed = L’app di autenticazione è stata rimossa
mail-authenticator-removed-subject = Un’app di autenticazione è stata rimossa dal tuo account
mail-authenticator-removed-body = L’app di autenticazione è stata rimossa dal tuo account { $email }. I suoi codici non permettono più di accedere, ed è stata chiusa la sessione sugli altri dispositivi.

## Browser attendibili

verify-trust = { $days ->
    [one] Non chiedere un codice su questo browser per { $days } giorno
   *[other] Non chiedere un codice su questo browser per { $days } giorni
}
trusted-heading = Browser attendibili
trusted-lead = Questi browser accedono al tuo account solo con la password, senza codice. Se cambi la password o i fattori, o esci ovunque, non sono più attendibili.
trusted-since = Attendibile dal
trusted-last-used = Ultimo utilizzo
trusted-never-used = Non ancora usato
trusted-until = Attendibile fino al
trusted-stop = Non considerare più attendibile
event-browser-trusted = Un browser è stato reso attendibile: accede senza codice
event-trusted-browser-used = Accesso senza codice da un browser attendibile
event-browser-untrusted = Un browser non è più attendibile

## Cosa fanno gli amministratori nella pagina di amministrazione

event-admin-signed-out = Disconnesso ovunque da un amministratore
security-log-administrator = Dall’amministratore { $email }
event-administered-reset = Hai rimosso l’autenticazione a due fattori di { $email }
event-administered-unlock = Hai rimosso i limiti di accesso di { $email }
event-administered-sign-out = Hai disconnesso { $email } ovunque
event-policy-changed = Hai cambiato la regola sull’autenticazione a due fattori di questo sito
mail-admin-unlocked-subject = I limiti ai tuoi tentativi di accesso sono stati rimossi
mail-admin-unlocked-body = Un amministratore ha rimosso i limiti ai tentativi di accesso del tuo account { $email }: password e codici vengono di nuovo controllati subito.
mail-admin-signed-out-subject = Sei stato disconnesso ovunque
mail-admin-signed-out-body = Un amministratore ha disconnesso il tuo account { $email } da tutti i dispositivi. Accedi di nuovo con la password e il secondo fattore.
error-confirmation-required = Prima conferma con la password e un fattore.
error-no-such-account = Nessun account ha questo indirizzo email.
nav-admin = Amministrazione
## /admin
admin-title = Amministrazione
admin-confirm-heading = Conferma che sei tu
admin-confirm-lead = Per agire sugli account o cambiare la regola, inserisci la password e conferma con un fattore. Vale per 10 minuti.
admin-confirm-submit = Conferma
admin-confirm-pending = Conferma in corso…
admin-accounts-heading = Account
admin-search-label = Cerca account per indirizzo email
admin-search-submit = Cerca
admin-none-found = Nessun account corrisponde.
admin-two-factor-off = Disattivata
admin-two-factor-on = Attiva dal { $date }
admin-factor-app = app di autenticazione
admin-factor-keys = { $count ->
    [one] una chiave
   *[other] { $count } chiavi
}
admin-role-administrator = Amministratore
admin-locked = Bloccato
admin-col-two-factor = Autenticazione a due fattori
admin-col-last-sign-in = Ultimo accesso
admin-never = Mai
admin-reset = Reimposta due fattori
admin-unlock = Rimuovi i blocchi
admin-sign-out = Disconnetti ovunque
admin-policy-heading = Regola sull’autenticazione a due fattori
admin-policy-required-of = Obbligatoria per
admin-policy-nobody = Nessuno: decide ogni utente
admin-policy-everyone = Tutti
admin-policy-administrators = Solo gli amministratori
admin-policy-grace = Periodo di tolleranza in giorni (0: subito)
admin-policy-submit = Salva la regola
admin-policy-pending = Salvataggio…
admin-done = Fatto. Il titolare dell’account è stato avvisato via email.
admin-policy-saved = La regola sull’autenticazione a due fattori è stata salvata.

error-address-unconfirmed = Prima conferma il tuo indirizzo email: apri il link che ti abbiamo inviato.
error-link-expired = Questo link non funziona più: è già stato usato, uno più recente lo ha sostituito oppure è scaduto.
field-email-same = Questo è già l’indirizzo del tuo account.
field-new-email = Nuovo indirizzo email
notice-sign-up-sent = Controlla la posta in arrivo: abbiamo inviato un messaggio all’indirizzo che hai indicato. Apri il suo link e inserisci lì la password per confermare l’indirizzo e accedere.
notice-reset-sent = Se un account usa quell’indirizzo, gli abbiamo inviato un link per scegliere una nuova password. Il link vale per un’ora.
notice-confirmation-sent = Ti abbiamo inviato un nuovo link di conferma. Quello precedente non funziona più.
notice-address-change-sent = Abbiamo inviato un link al nuovo indirizzo. Il tuo account passerà a quell’indirizzo quando il link verrà aperto; fino ad allora mantiene il suo.
notice-address-confirmed = Il tuo indirizzo email è confermato.
notice-address-changed = Il tuo account usa ora il nuovo indirizzo email. D’ora in poi accedi con quello.
notice-password-reset = La nuova password è impostata e tutti i browser sono stati disconnessi. Accedi con la nuova password.
event-address-confirmed = Indirizzo email confermato
event-password-reset = Nuova password scelta tramite un link inviato per email
event-address-change-asked = Richiesto il passaggio a { $email }
event-address-changed = Indirizzo email cambiato
event-trust-copied = È stato usato un cookie copiato di un browser attendibile: nessun browser è più attendibile
event-trusted-browser-new-network = Accesso da un browser attendibile, senza codice, da una nuova rete
mail-trust-copied-subject = È stata usata la copia del cookie di un browser attendibile
mail-trust-copied-body = Un browser attendibile del tuo account Twofold { $email } è stato usato con un cookie già sostituito: potrebbe essere stato copiato in un altro browser. Nessun browser dell’account è più attendibile: ognuno chiede di nuovo un codice. Se non sei stato tu, cambia la password.
mail-trusted-browser-new-network-subject = Un browser attendibile ha effettuato l’accesso da una nuova rete
mail-trusted-browser-new-network-body = Un browser attendibile ha effettuato l’accesso al tuo account Twofold { $email } senza codice, da una rete diversa da quella dell’ultima volta.
mail-link-expires-hour = Il link funziona una sola volta, entro un’ora.
mail-link-expires-day = Il link funziona una sola volta, entro 24 ore.
mail-confirm-subject = Conferma il tuo indirizzo email
mail-confirm-body = È stato creato un account Twofold con il tuo indirizzo { $email }. Apri questo link per confermare che l’indirizzo è tuo:
mail-confirm-not-you = Se non hai creato tu questo account, ignora questo messaggio: l’indirizzo resterà non confermato.
mail-sign-up-taken-subject = Qualcuno ha provato a registrarsi con il tuo indirizzo
mail-sign-up-taken-body = Qualcuno ha provato a creare un nuovo account Twofold con il tuo indirizzo { $email }, che ha già un account. Non è stato cambiato nulla. Se eri tu e hai dimenticato la password, chiedine una nuova qui: { $link }
mail-sign-up-taken-not-you = Se non eri tu, non devi fare nulla: il tuo account è com’era.
mail-reset-subject = Scegli una nuova password
mail-reset-body = È stata chiesta una nuova password per il tuo account { $email }. Apri questo link per sceglierla:
mail-reset-not-you = Se non l’hai chiesta tu, ignora questo messaggio: la password resta com’è. Se il tuo account ha l’autenticazione a due fattori, il link da solo non può cambiarla.
mail-change-subject = Conferma il tuo nuovo indirizzo email
mail-change-body = L’account Twofold { $old } deve passare a questo indirizzo, { $email }. Apri questo link per confermarlo:
mail-change-not-you = Se non l’hai chiesto tu, ignora questo messaggio: non cambia nulla.
mail-change-taken-subject = Qualcuno ha provato a usare il tuo indirizzo
mail-change-taken-body = Qualcuno ha chiesto di spostare un altro account Twofold sul tuo indirizzo { $email }, che ha già un account. Non è stato cambiato nulla.
mail-change-notice-subject = È stato chiesto di cambiare il tuo indirizzo email
mail-change-notice-body = Una persona connessa al tuo account { $old } ha chiesto di spostarlo all’indirizzo { $email }. L’indirizzo cambia solo quando viene aperto il link che abbiamo inviato lì.
mail-password-reset-subject = La tua password è stata reimpostata
mail-password-reset-body = È stata scelta una nuova password per il tuo account { $email } tramite un link inviato a questo indirizzo, e tutti i browser sono stati disconnessi.
mail-address-changed-subject = Il tuo account ha un nuovo indirizzo email
mail-address-changed-body = Il tuo account Twofold usa ora l’indirizzo { $email }. D’ora in poi accedi con quello.
login-forgot = Password dimenticata?
forgot-title = Password dimenticata?
forgot-lead = Inserisci l’indirizzo email del tuo account. Ti invieremo un link per scegliere una nuova password.
forgot-submit = Invia il link
forgot-pending = Invio in corso…
forgot-back = Torna all’accesso
reset-title = Scegli una nuova password
reset-lead = Scegli la nuova password del tuo account.
reset-lead-two-factor = Scegli la nuova password del tuo account, poi confermala con il secondo fattore: la chiave di sicurezza, un codice dell’app di autenticazione o un codice di backup.
reset-use-key = Conferma con la chiave di sicurezza
reset-use-key-pending = In attesa della chiave di sicurezza…
reset-submit = Imposta la nuova password
reset-pending = Impostazione in corso…
reset-ask-again = Chiedi un nuovo link
confirm-address-title = Conferma il tuo indirizzo email
confirm-address-lead = Conferma che { $email } è il tuo indirizzo: inserisci la password che hai scelto al momento della registrazione.
confirm-address-change-lead = Sposta il tuo account all’indirizzo { $email }.
confirm-address-submit = Conferma l’indirizzo
confirm-address-change-submit = Sposta il mio account
confirm-address-pending = Conferma in corso…
confirm-address-settings = Vai alle impostazioni
settings-address-unconfirmed = Il tuo indirizzo email { $email } non è ancora confermato. Apri il link che ti abbiamo inviato; fino ad allora non è possibile attivare l’autenticazione a due fattori.
settings-address-resend = Invia di nuovo il link
settings-address-resending = Invio in corso…
settings-address-change = Cambia indirizzo email
settings-address-change-lead = Invieremo un link al nuovo indirizzo; il tuo account passerà a quell’indirizzo quando il link verrà aperto.
settings-address-submit = Invia il link
settings-address-pending = Invio in corso…
# Configurazione del primo fattore dell’account: il codice inviato per email. $email: l’indirizzo
mailed-code-label = Codice dall’email
mailed-code-lead = Abbiamo inviato un codice di 8 cifre a { $email }. È valido per 15 minuti.
error-mailed-code = Il codice dall’email è errato o non è più valido. Controlla la nostra email più recente; dopo 5 tentativi errati o 15 minuti, chiudi questa finestra e ricomincia per ricevere un nuovo codice.
# L’email con quel codice. $email: l’indirizzo dell’account; il codice segue su una riga a sé
mail-factor-code-subject = Il tuo codice per configurare l’autenticazione a due fattori
mail-factor-code-body = Qualcuno sta configurando l’autenticazione a due fattori del tuo account Twofold { $email }. Per completare, inserisci questo codice dove viene richiesto; è valido per 15 minuti:
mail-factor-code-not-you = Se non sei stato tu, qualcuno conosce la tua password: non dare questo codice a nessuno, accedi e cambia subito la password.

## Richieste di accesso di altre applicazioni
authorize-refused-title = Questo accesso non può continuare
authorize-refused-client = L'applicazione che ti ha mandato qui non è registrata presso questo servizio, quindi non puoi accedervi da qui. Avvisa il responsabile dell'applicazione.
authorize-refused-redirect = L'applicazione che ti ha mandato qui ha chiesto di rimandarti a un indirizzo che non ha registrato, quindi non vieni mandato lì. Avvisa il responsabile dell'applicazione.
authorize-refused-expired = Questa richiesta di accesso è scaduta, oppure è stata avviata in un altro browser. Torna all'applicazione e accedi di nuovo.
consent-title = Consenti l'accesso
consent-heading = { $application } chiede di usare il tuo account
consent-lead = Se lo consenti, { $application } potrà:
consent-scope-openid = Riconoscerti quando vi accedi
consent-scope-email = Vedere il tuo indirizzo email
consent-scope-profile = Vedere il tuo nome utente (il tuo indirizzo email)
consent-scope-groups = Vedere i tuoi gruppi (per esempio, se sei amministratore)
consent-scope-offline-access = Restare collegata al tuo account mentre non ci sei
consent-allow = Consenti
consent-deny = Annulla
authorize-refused-logout = Un'applicazione ha chiesto di farti uscire, ma la sua richiesta non è valida, quindi non è stato fatto nulla.
sign-out-title = Uscire?
sign-out-lead = Un'applicazione chiede di farti uscire da questo servizio. Esci solo se hai appena scelto di uscire.
sign-out-confirm = Esci
sign-out-stay = Resta connesso
settings-applications-heading = Applicazioni collegate
settings-applications-lead = Queste applicazioni ti fanno accedere con questo account. Scollegandone una, il suo accesso termina subito; lo chiederà di nuovo al prossimo accesso.
settings-application-first-used = Primo accesso
settings-application-last-used = Ultimo utilizzo
settings-application-disconnect = Scollega
settings-application-disconnect-label = Scollega { $application }
event-application-connected = Primo accesso a { $application }
event-application-disconnected = { $application } scollegata
mail-application-connected-subject = Hai effettuato l'accesso a { $application } con il tuo account
mail-application-connected-body = Il tuo account { $email } è stato usato per accedere a { $application } per la prima volta. L'applicazione ora vede i dati che condividi con lei.
set-up-for-application = { $application } richiede l'autenticazione a due fattori. Attivala qui sotto; poi potrai tornare a { $application }.
set-up-for-application-done = L'autenticazione a due fattori è attiva. Ora puoi tornare a { $application }.
set-up-for-application-continue = Continua su { $application }
key-step-up-title = Conferma con la tua chiave di sicurezza
key-step-up-lead = { $application } ti chiede di confermare questo accesso con la tua chiave di sicurezza o passkey.
key-step-up-button = Usa la tua chiave di sicurezza o passkey
key-step-up-pending = In attesa della tua chiave…
key-step-up-needs-js = Questo passaggio richiede JavaScript: è il browser a interrogare la chiave.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Applicazioni
admin-apps-lead = Le app che fanno accedere i propri utenti tramite questo sito con OpenID Connect. Ognuna ha un ID client; una riservata ha anche un segreto, mostrato una sola volta.
admin-apps-none = Non è ancora registrata nessuna applicazione.
admin-app-client-id = ID client
admin-app-secret = Segreto client
admin-app-secret-heading = Nuovo segreto client per { $application }
admin-app-secret-once = Copialo ora nelle impostazioni dell’applicazione: viene mostrato solo questa volta e se ne conserva solo l’hash.
admin-app-public = Pubblica
admin-app-confidential = Riservata
admin-app-requires = Richiede
admin-app-require-signed-in = L’accesso
admin-app-require-two-factor = L’autenticazione a due fattori
admin-app-require-key = Una chiave di sicurezza o una passkey
admin-app-consent = Consenso
admin-app-consent-asked = Chiesto a ogni account
admin-app-consent-not-asked = Non chiesto (applicazione interna)
admin-app-signing = Token ID firmati con
admin-app-redirect-uris = Indirizzi di reindirizzamento
admin-app-post-logout-uris = Indirizzi dopo l’uscita
admin-app-created = Registrata
admin-app-rotate = Nuovo segreto…
admin-app-rotate-warning = Il segreto attuale di { $application } smette subito di funzionare: l’applicazione non fa accedere nessuno finché non ha quello nuovo.
admin-app-rotate-submit = Crea un nuovo segreto
admin-app-remove = Rimuovi…
admin-app-remove-warning = { $application } non potrà più far accedere nessuno: finiscono i suoi codici, i suoi token e il consenso di ogni account.
admin-app-remove-submit = Rimuovi { $application }
admin-app-add-heading = Registra un’applicazione
admin-app-name = Nome
admin-app-uris-hint = Un indirizzo per riga, esattamente come lo invia l’applicazione: https://, oppure http:// solo su localhost.
admin-app-public-label = Client pubblico: funziona nel browser o su un dispositivo, non conserva segreti e deve usare PKCE
admin-app-consent-label = Chiedi a ogni account prima di condividerne i dati
admin-app-add-submit = Registra
admin-app-add-pending = Registrazione…
error-no-such-application = Questa applicazione non è più registrata.
error-application-invalid = Impossibile registrare l’applicazione: indica un nome di al massimo 64 caratteri e da 1 a 10 indirizzi di ogni tipo, ciascuno un indirizzo https:// assoluto (http:// solo su localhost) senza #frammento.
event-application-added = Hai registrato l’applicazione { $application }
event-application-secret-rotated = Hai dato a { $application } un nuovo segreto client
event-application-removed = Hai rimosso l’applicazione { $application }
