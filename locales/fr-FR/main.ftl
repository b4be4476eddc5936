# Twofold — français (France). Traduit depuis locales/en-US/main.ftl ; voir locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-log-in = Se connecter
nav-sign-up = S’inscrire
nav-settings = Paramètres
nav-log-out = Se déconnecter
loading = Chargement…

## Home

home-title = Une authentification à deux facteurs qui ne vous gêne pas
home-lead = Protégez votre compte avec un code de votre téléphone, gardez des codes de secours pour le jour où vous le perdez, et gardez la main sur chaque connexion.

## Log in

login-title = Se connecter à Twofold
login-submit = Se connecter
login-pending = Connexion…
login-no-account = Nouveau sur Twofold ?
login-sign-up-link = Créer un compte

## Sign up

signup-title = Créez votre compte
signup-lead = Il vous suffit d’une adresse e-mail et d’un mot de passe solide.
signup-submit = Créer le compte
signup-pending = Création du compte…
signup-have-account = Vous avez déjà un compte ?
signup-log-in-link = Se connecter

## Second step of logging in

verify-title = Saisissez votre code
verify-lead-totp = Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour Twofold.
verify-lead-backup = Saisissez l’un des codes de secours enregistrés lors de l’activation de l’authentification à deux facteurs. Chaque code ne fonctionne qu’une fois.
verify-submit = Vérifier
verify-pending = Vérification…
verify-start-over = Recommencer avec votre mot de passe
error-login-expired = Veuillez vous reconnecter : cette connexion a expiré ou trop de codes erronés ont été saisis.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Code de l’application d’authentification
code-label-backup = Code de secours
code-use-backup = Utiliser plutôt un code de secours
code-use-authenticator = Utiliser plutôt votre application d’authentification

## Form fields

field-email = Adresse e-mail
field-password = Mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-password-hint = De 12 à 128 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.

## Field problems, shown under the field

field-required = Veuillez remplir ce champ.
field-too-long = C’est trop long.
field-invalid-email = Saisissez une adresse e-mail comme nom@exemple.fr.
field-password-too-short = Utilisez au moins 12 caractères.
field-password-common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
field-password-contains-email = Votre mot de passe ne doit pas contenir votre adresse e-mail.
field-password-same = Le nouveau mot de passe doit être différent de l’actuel.
field-current-password-wrong = Le mot de passe actuel est incorrect.

## Errors for the whole form

error-invalid-form = Veuillez corriger les champs signalés.
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect, ou l’adresse n’est pas encore confirmée : ouvrez d’abord le lien que nous vous avons envoyé.
error-invalid-code = Ce code est incorrect. Vérifiez votre application d’authentification ou vos codes de secours et réessayez.
error-code-already-used = Ce code a déjà été utilisé. Attendez le prochain code de votre application ou utilisez un autre code de secours.
error-not-enrolled = L’authentification à deux facteurs n’est pas configurée pour ce compte.
error-already-enrolled = L’authentification à deux facteurs est déjà activée.
error-unauthorized = Veuillez vous connecter pour continuer.
error-bad-request = Le formulaire n’a pas pu être lu. Vérifiez vos saisies et réessayez.
error-network = Impossible de joindre Twofold. Vérifiez votre connexion et réessayez.
error-unavailable = Twofold est momentanément indisponible. Veuillez réessayer dans une minute.
error-busy = Twofold est très sollicité en ce moment. Veuillez réessayer dans quelques secondes.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.

## Settings

settings-title = Paramètres du compte
settings-account-heading = Compte
settings-two-factor-heading = Authentification à deux facteurs
settings-two-factor-off = L’authentification à deux facteurs est désactivée.
# $date (String) - le jour de l’activation
settings-two-factor-on-since = L’authentification à deux facteurs est activée depuis le { $date }.
settings-two-factor-explainer = Avec l’authentification à deux facteurs, la connexion demande aussi un code d’une application d’authentification ou votre clé de sécurité ou clé d’accès : un mot de passe volé ne suffit plus.
settings-two-factor-enable = Activer l’authentification à deux facteurs
settings-two-factor-regenerate = Générer de nouveaux codes de secours
settings-two-factor-disable = Désactiver l’authentification à deux facteurs
# $count (Number) - codes de secours inutilisés
settings-backup-codes-left = { $count ->
    [0] Il ne vous reste aucun code de secours.
    [one] Il vous reste un code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
settings-backup-codes-few = Vous n’avez bientôt plus de codes de secours. Générez-en de nouveaux pour pouvoir vous connecter même si vous perdez votre téléphone.
settings-two-factor-enabled = L’authentification à deux facteurs est maintenant activée. Désormais, la connexion demande un code de votre application.
settings-two-factor-enabled-key = L’authentification à deux facteurs est maintenant activée. Désormais, la connexion demande votre clé de sécurité ou votre clé d’accès.
settings-two-factor-disabled = L’authentification à deux facteurs est maintenant désactivée. La connexion ne demande plus que votre mot de passe.
settings-backup-codes-regenerated = Vous avez de nouveaux codes de secours. Les anciens ne fonctionnent plus.
settings-password-heading = Changer de mot de passe
settings-password-submit = Changer le mot de passe
settings-password-pending = Changement du mot de passe…
settings-password-changed = Votre mot de passe a été changé.

## Dialogs on the settings page

dialog-cancel = Annuler
copy-done = Copié.
copy-failed = La copie n’a pas fonctionné. Sélectionnez le texte et copiez-le vous-même.
setup-title = Activer l’authentification à deux facteurs
setup-password-lead = Pour protéger votre compte, confirmez d’abord qu’il s’agit bien de vous.
setup-factor-lead = Saisissez votre mot de passe et confirmez avec l’un de vos facteurs pour ajouter une application d’authentification.
setup-password-submit = Continuer
setup-password-pending = Vérification…
setup-scan-lead = Scannez ce code QR avec une application d’authentification, par exemple celle de votre gestionnaire de mots de passe ou une application dédiée sur votre téléphone.
setup-qr-label = Code QR pour votre application d’authentification. La même clé est écrite en toutes lettres ci-dessous.
setup-key-label = Impossible de scanner ? Saisissez plutôt cette clé dans l’application :
setup-copy-key = Copier la clé
setup-code-lead = Saisissez ensuite le code à 6 chiffres que l’application affiche pour Twofold.
setup-confirm-submit = Activer
setup-confirm-pending = Activation…
setup-add-submit = Ajouter l’application
backup-codes-title = Enregistrez vos codes de secours
backup-codes-lead = Si vous ne pouvez pas utiliser votre application d’authentification ou votre clé de sécurité, chacun de ces codes vous connecte une fois. Gardez-les en lieu sûr, par exemple dans votre gestionnaire de mots de passe. Ils ne sont affichés que maintenant.
backup-codes-list-label = Codes de secours
backup-codes-copy = Tout copier
backup-codes-download = Télécharger en fichier texte
backup-codes-print = Imprimer
backup-codes-saved = J’ai enregistré ces codes
backup-codes-done = Terminé
# Première ligne du fichier téléchargé. $email (String) - l’adresse e-mail du compte
backup-codes-file-heading = Codes de secours Twofold pour { $email }
backup-codes-file-note = Chaque code peut être utilisé une fois à la place d’un code de votre application d’authentification ou de votre clé de sécurité.
regenerate-title = Générer de nouveaux codes de secours
regenerate-lead = Vos codes de secours actuels cessent de fonctionner dès que les nouveaux sont créés. Confirmez avec votre mot de passe et un code.
regenerate-submit = Générer les codes
regenerate-pending = Génération des codes…
disable-title = Désactiver l’authentification à deux facteurs
disable-lead = La connexion ne demandera alors plus que votre mot de passe. Confirmez avec votre mot de passe et un code de votre application ou un code de secours.
disable-lead-key = La connexion ne demandera alors plus que votre mot de passe. Confirmez avec votre mot de passe et votre clé de sécurité ou un code de secours.
disable-submit = Désactiver
disable-pending = Désactivation…

## Notice after logging in with a backup code

# $count (Number) - codes de secours inutilisés
backup-code-used = { $count ->
    [0] Vous vous êtes connecté avec votre dernier code de secours. Générez-en de nouveaux maintenant pour ne pas perdre l’accès.
    [one] Vous vous êtes connecté avec un code de secours. Il vous en reste un.
   *[other] Vous vous êtes connecté avec un code de secours. Il vous en reste { $count }.
}
backup-code-used-action = Générer de nouveaux codes de secours

## Not found

not-found-title = Page introuvable
not-found-text = La page que vous cherchez n’existe pas ou a été déplacée.
not-found-home = Aller à la page d’accueil

## Language and dates

language-label = Langue
language-submit = Changer
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

## Sécurité du compte : limites, sessions, journal de sécurité

error-too-many-attempts = { $minutes ->
    [one] Trop de tentatives. Veuillez réessayer dans une minute.
   *[other] Trop de tentatives. Veuillez réessayer dans { $minutes } minutes.
}
error-forbidden = Cette requête ne provient pas d’une page de Twofold et a été refusée. Veuillez recharger la page et réessayer.
settings-back = Retour aux paramètres
settings-activity-heading = Activité et appareils
date-time-utc = { $date } à { $time } UTC
browser-on-os = { $browser } sous { $os }
browser-unknown-on-os = Un navigateur sous { $os }
browser-unknown = Navigateur inconnu
address-unknown = adresse inconnue

sessions-title = Où vous êtes connecté
sessions-lead = Ces navigateurs sont connectés à votre compte. Déconnectez ceux que vous ne reconnaissez pas, puis changez votre mot de passe.
sessions-this-one = Ce navigateur
sessions-address = Adresse
sessions-signed-in = Connexion
sessions-last-seen = Dernière activité
sessions-sign-out = Déconnecter
sessions-sign-out-others = Se déconnecter partout ailleurs
sessions-signing-out = Déconnexion…
sessions-none-elsewhere = Vous n’êtes connecté nulle part ailleurs.
sessions-signed-out-elsewhere = { $count ->
    [one] Par sécurité, vous avez été déconnecté d’un autre appareil.
   *[other] Par sécurité, vous avez été déconnecté de { $count } autres appareils.
}

security-log-title = Journal de sécurité
security-log-lead = Les connexions et les modifications de la sécurité de votre compte, des plus récentes aux plus anciennes.
security-log-empty = Rien ne s’est encore passé.
security-log-pages = Pages du journal de sécurité
security-log-newer = Entrées plus récentes
security-log-older = Entrées plus anciennes
security-log-source = { $ip } · { $browser }
event-login-succeeded = Connexion réussie
event-login-failed = Connexion refusée : mot de passe incorrect
event-code-refused = Code d’authentification ou de secours incorrect
event-two-factor-enabled = Authentification à deux facteurs activée
event-two-factor-disabled = Authentification à deux facteurs désactivée
event-backup-code-used = { $count ->
    [0] Connexion avec un code de secours ; il n’en reste aucun
    [one] Connexion avec un code de secours ; il en reste un
   *[other] Connexion avec un code de secours ; il en reste { $count }
}
event-backup-codes-regenerated = Nouveaux codes de secours créés ; les anciens ne fonctionnent plus
event-locked = { $minutes ->
    [one] Trop d’échecs : verrouillé pendant une minute
   *[other] Trop d’échecs : verrouillé pendant { $minutes } minutes
}
event-password-changed = Mot de passe modifié
event-sessions-signed-out = { $count ->
    [one] Déconnecté d’un autre appareil
   *[other] Déconnecté de { $count } autres appareils
}
event-admin-reset = Authentification à deux facteurs supprimée par un administrateur ; déconnecté partout

## Courriels au titulaire du compte (texte brut)

mail-greeting = Bonjour,
mail-signature = — Twofold
mail-when = Quand : { $time }
mail-from = Depuis : { $ip } ({ $browser })
mail-unknown = inconnu
mail-not-you = Si ce n’était pas vous, connectez-vous tout de suite, changez votre mot de passe et consultez « Où vous êtes connecté » dans vos paramètres. Si vous ne pouvez pas vous connecter, contactez votre administrateur.
mail-two-factor-enabled-subject = L’authentification à deux facteurs est activée
mail-two-factor-enabled-body = L’authentification à deux facteurs a été activée pour votre compte { $email }. Pour vous connecter, il faut désormais un code de votre application d’authentification ou un code de secours.
mail-two-factor-enabled-key-body = L’authentification à deux facteurs a été activée pour votre compte { $email }. Pour vous connecter, il faut désormais votre clé de sécurité ou votre clé d’accès, ou un code de secours.
mail-two-factor-disabled-subject = L’authentification à deux facteurs a été désactivée
mail-two-factor-disabled-body = L’authentification à deux facteurs a été désactivée pour votre compte { $email }. Votre mot de passe suffit désormais pour vous connecter.
mail-backup-code-used-subject = Un code de secours a servi à se connecter
mail-backup-code-used-body = { $count ->
    [0] Un code de secours a servi à se connecter à votre compte { $email }. Il ne vous reste aucun code de secours : créez-en de nouveaux dans vos paramètres.
    [one] Un code de secours a servi à se connecter à votre compte { $email }. Il ne vous reste qu’un code de secours : créez-en de nouveaux dans vos paramètres.
   *[other] Un code de secours a servi à se connecter à votre compte { $email }. Il vous reste { $count } codes de secours.
}
mail-backup-codes-regenerated-subject = De nouveaux codes de secours ont été créés
mail-backup-codes-regenerated-body = De nouveaux codes de secours ont été créés pour votre compte { $email }. Les anciens codes ne fonctionnent plus.
mail-locked-subject = Trop de tentatives de connexion échouées
mail-locked-body = { $minutes ->
    [one] Il y a eu trop de tentatives de connexion échouées sur votre compte { $email } ; la connexion est suspendue pendant une minute.
   *[other] Il y a eu trop de tentatives de connexion échouées sur votre compte { $email } ; la connexion est suspendue pendant { $minutes } minutes.
}
mail-password-changed-subject = Votre mot de passe a été modifié
mail-password-changed-body = Le mot de passe de votre compte { $email } a été modifié et vous avez été déconnecté de vos autres appareils.
mail-admin-reset-subject = L’authentification à deux facteurs a été réinitialisée
mail-admin-reset-body = Un administrateur a supprimé l’authentification à deux facteurs de votre compte { $email } et vous a déconnecté partout. Connectez-vous avec votre mot de passe et réactivez l’authentification à deux facteurs.

## Limites de tentatives et signaux d’alerte

error-wait-seconds = { $seconds ->
    [one] Trop de tentatives. Patientez une seconde, puis réessayez.
   *[other] Trop de tentatives. Patientez { $seconds } secondes, puis réessayez.
}
error-wait-hours = { $hours ->
    [one] Trop de tentatives. Réessayez dans une heure.
   *[other] Trop de tentatives. Réessayez dans { $hours } heures.
}
error-authenticator-suspended = Trop de codes incorrects ont été saisis pour ce compte : les codes de l’application d’authentification ne fonctionnent plus. Saisissez plutôt l’un de vos codes de secours : cela réactive les codes de l’application. Sans code de secours, contactez votre administrateur.
event-code-replayed = Un code d’authentification a été utilisé une deuxième fois et refusé
event-second-step-missing = Le bon mot de passe a été saisi, mais la connexion n’a pas été terminée avec un second facteur
event-password-known = Le bon mot de passe a été saisi, suivi de trois codes incorrects
event-authenticator-suspended = Codes d’authentification désactivés après 100 codes incorrects d’affilée ; un code de secours les réactive
event-passwords-slowed = Nombreux mots de passe incorrects : les connexions depuis de nouveaux navigateurs sont ralenties
event-admin-unlocked = Un administrateur a levé les limites de tentatives de connexion
security-log-operator = Par l’opérateur { $operator } (ligne de commande)
mail-code-replayed-subject = Un code de connexion a été utilisé deux fois
mail-code-replayed-body = Un code de votre application d’authentification a été saisi pour votre compte { $email } alors qu’il avait déjà servi, et il a été refusé. Si vous n’avez pas simplement saisi deux fois le même code, quelqu’un qui connaît votre mot de passe a peut-être vu l’un de vos codes : changez votre mot de passe dès maintenant.
mail-password-known-subject = Quelqu’un connaît peut-être votre mot de passe
mail-password-known-body = Quelqu’un a saisi le bon mot de passe de votre compte { $email }, puis trois codes incorrects. Votre second facteur l’a arrêté. Si ce n’était pas vous, changez votre mot de passe dès maintenant.
mail-authenticator-suspended-subject = Les codes d’authentification de votre compte ont été désactivés
mail-authenticator-suspended-body = Après 100 codes incorrects d’affilée, les codes de votre application d’authentification ne permettent plus de vous connecter à votre compte { $email }. Connectez-vous avec l’un de vos codes de secours pour les réactiver, puis changez votre mot de passe.
mail-passwords-slowed-subject = Nombreux mots de passe incorrects pour votre compte
mail-passwords-slowed-body = De nombreux mots de passe incorrects ont été saisis pour votre compte { $email }. Les connexions depuis des navigateurs qui ne s’y sont jamais connectés sont ralenties pour l’instant ; les navigateurs avec lesquels vous vous êtes déjà connecté ne sont pas concernés.

## Clés de sécurité et clés d’accès

event-key-added = Une clé de sécurité ou une clé d’accès a été ajoutée
event-key-removed = Une clé de sécurité ou une clé d’accès a été retirée
mail-key-added-subject = Une clé de sécurité a été ajoutée à votre compte
mail-key-added-body = Une clé de sécurité ou une clé d’accès a été ajoutée à votre compte { $email }. Elle permet désormais de vous connecter, et vous avez été déconnecté sur vos autres appareils.
mail-key-removed-subject = Une clé de sécurité a été retirée de votre compte
mail-key-removed-body = Une clé de sécurité ou une clé d’accès a été retirée de votre compte { $email }, et vous avez été déconnecté sur vos autres appareils.

error-key-refused = Votre clé de sécurité n’a pas été acceptée. Réessayez, ou utilisez un autre moyen.
error-key-cancelled = La clé de sécurité n’a pas répondu : la demande a été annulée ou a expiré. Réessayez, ou utilisez un autre moyen.
error-key-unsupported = Ce navigateur ne peut pas utiliser de clé de sécurité ici. Utilisez un autre moyen ou un autre navigateur.
error-key-registered = Cette clé de sécurité est déjà associée à un compte.
error-key-name = Donnez à la clé un nom de 1 à 64 caractères.
error-no-such-key = Cette clé de sécurité n’est plus associée à votre compte.
event-key-refused = La réponse d’une clé de sécurité a été refusée
event-authenticator-added = Une application d’authentification a été ajoutée
mail-authenticator-added-subject = Une application d’authentification a été ajoutée à votre compte
mail-authenticator-added-body = Une application d’authentification a été ajoutée à votre compte { $email }. Ses codes permettent désormais de vous connecter, et vous avez été déconnecté sur vos autres appareils.
settings-key-added-notice = Votre clé de sécurité a été ajoutée.
settings-key-removed-notice = La clé de sécurité a été supprimée.
settings-authenticator-added = Votre application d’authentification a été ajoutée.
settings-authenticator-heading = Application d’authentification
settings-authenticator-on = Configurée : les codes de votre application d’authentification sont acceptés.
settings-authenticator-off = Non configurée.
settings-authenticator-add = Configurer une application d’authentification
settings-keys-heading = Clés de sécurité et clés d’accès
settings-keys-none = Aucune clé de sécurité ni clé d’accès pour l’instant.
settings-keys-need-js = Ajouter ou supprimer une clé de sécurité nécessite JavaScript.
settings-keys-add = Ajouter une clé de sécurité ou une clé d’accès
settings-key-added = Ajoutée le { $date }
settings-key-last-used = Dernière utilisation le { $date }
settings-key-never-used = Pas encore utilisée
settings-key-rename = Renommer
settings-key-rename-label = Nouveau nom
settings-key-rename-submit = Enregistrer le nom
settings-key-rename-pending = Enregistrement…
settings-key-remove = Supprimer
remove-key-title = Supprimer cette clé de sécurité ?
remove-key-lead = Elle ne permettra plus de vous connecter à votre compte. Saisissez votre mot de passe et confirmez avec un facteur.
remove-key-last = C’est votre seul facteur : le supprimer désactive l’authentification à deux facteurs et efface vos codes de secours.
remove-key-submit = Supprimer la clé
remove-key-pending = Suppression…
add-key-title = Ajouter une clé de sécurité ou une clé d’accès
add-key-password-lead = Saisissez votre mot de passe pour ajouter une clé de sécurité ou une clé d’accès.
add-key-factor-lead = Saisissez votre mot de passe et confirmez avec l’un de vos facteurs pour ajouter une clé de sécurité ou une clé d’accès.
add-key-continue = Continuer
add-key-continue-pending = Vérification…
add-key-touch = Suivez votre navigateur : touchez votre clé de sécurité, ou confirmez avec le verrouillage d’écran de votre appareil.
add-key-retry = Réessayer
add-key-name-lead = Nommez cette clé pour la distinguer des autres.
add-key-name-label = Nom
add-key-submit = Ajouter la clé
add-key-pending = Ajout…
reauth-key-lead = Ou confirmez avec votre clé de sécurité plutôt qu’avec un code :
reauth-use-key = Utiliser votre clé de sécurité
reauth-use-key-pending = En attente de votre clé…
verify-lead-key = Utilisez votre clé de sécurité, ou saisissez un code de votre application d’authentification ou un code de secours.
verify-lead-key-only = Utilisez votre clé de sécurité, ou saisissez l’un de vos codes de secours.
verify-use-key = Utiliser votre clé de sécurité
verify-use-key-pending = En attente de votre clé…
verify-or-code = Ou saisissez un code
verify-key-needs-js = Les clés de sécurité nécessitent JavaScript. Vous pouvez toujours saisir un code ci-dessous.
login-or = ou
login-passkey = Se connecter avec une clé d’accès
login-passkey-pending = En attente de votre clé d’accès…
login-passkey-needs-js = La connexion avec une clé d’accès nécessite JavaScript.

## Authentification à deux facteurs obligatoire

policy-grace = { $days ->
    [one] L’authentification à deux facteurs sera obligatoire pour votre compte dans { $days } jour.
   *[other] L’authentification à deux facteurs sera obligatoire pour votre compte dans { $days } jours.
}
policy-grace-action = La configurer maintenant
policy-set-up-now = L’authentification à deux facteurs est obligatoire pour votre compte. Configurez-la ci-dessous pour continuer ; d’ici là, rien d’autre n’est disponible.
settings-two-factor-required = Obligatoire pour votre compte : elle ne peut pas être désactivée. Pour remplacer une clé de sécurité, ajoutez d’abord la nouvelle, puis retirez l’ancienne.
error-two-factor-required = L’authentification à deux facteurs est obligatoire pour votre compte. Configurez-la, ou conservez-la, pour continuer.
event-administrator-granted = Nommé administrateur
event-administrator-revoked = N’est plus administrateur

## Retirer l’application d’authentification

settings-authenticator-remove = Retirer l’application d’authentification
remove-authenticator-title = Retirer l’application d’authentification ?
remove-authenticator-lead = Ses codes ne permettront plus de vous connecter à votre compte ; vos clés de sécurité et vos codes de secours restent. Saisissez votre mot de passe et confirmez avec un facteur.
remove-authenticator-submit = Retirer l’application
settings-authenticator-removed = Votre application d’authentification a été retirée.
event-authenticator-removed = L’application d’authentification a été retirée
mail-authenticator-removed-subject = Une application d’authentification a été retirée de votre compte
mail-authenticator-removed-body = L’application d’authentification a été retirée de votre compte { $email }. Ses codes ne permettent plus de se connecter, et vous avez été déconnecté sur vos autres appareils.

## Navigateurs de confiance

verify-trust = { $days ->
    [one] Ne plus demander de code sur ce navigateur pendant { $days } jour
   *[other] Ne plus demander de code sur ce navigateur pendant { $days } jours
}
trusted-heading = Navigateurs de confiance
trusted-lead = Ces navigateurs se connectent à votre compte avec votre seul mot de passe, sans code. Changer votre mot de passe ou vos facteurs, ou vous déconnecter partout, met fin à cette confiance.
trusted-since = De confiance depuis le
trusted-last-used = Dernière utilisation
trusted-never-used = Pas encore utilisé
trusted-until = De confiance jusqu’au
trusted-stop = Ne plus faire confiance
event-browser-trusted = Un navigateur a été marqué de confiance : il se connecte sans code
event-trusted-browser-used = Connexion sans code sur un navigateur de confiance
event-browser-untrusted = Un navigateur n’est plus de confiance

## Ce que font les administrateurs sur la page d’administration

event-admin-signed-out = Déconnecté partout par un administrateur
security-log-administrator = Par l’administrateur { $email }
event-administered-reset = Vous avez retiré l’authentification à deux facteurs de { $email }
event-administered-unlock = Vous avez levé les limites de connexion de { $email }
event-administered-sign-out = Vous avez déconnecté { $email } partout
event-policy-changed = Vous avez modifié la règle d’authentification à deux facteurs de ce site
mail-admin-unlocked-subject = Les limites de vos tentatives de connexion ont été levées
mail-admin-unlocked-body = Un administrateur a levé les limites de tentatives de connexion de votre compte { $email } : votre mot de passe et vos codes sont de nouveau vérifiés tout de suite.
mail-admin-signed-out-subject = Vous avez été déconnecté partout
mail-admin-signed-out-body = Un administrateur a déconnecté votre compte { $email } sur tous les appareils. Reconnectez-vous avec votre mot de passe et votre second facteur.
error-confirmation-required = Confirmez d’abord avec votre mot de passe et un facteur.
error-no-such-account = Aucun compte n’a cette adresse e-mail.
nav-admin = Administrer
## /admin
admin-title = Espace d’administration
admin-confirm-heading = Confirmez votre identité
admin-confirm-lead = Pour agir sur des comptes ou changer la règle, saisissez votre mot de passe et confirmez avec un facteur. Cela vaut 10 minutes.
admin-confirm-submit = Confirmer
admin-confirm-pending = Confirmation…
admin-accounts-heading = Comptes
admin-search-label = Chercher des comptes par adresse e-mail
admin-search-submit = Chercher
admin-none-found = Aucun compte ne correspond.
admin-two-factor-off = Désactivée
admin-two-factor-on = Activée depuis le { $date }
admin-factor-app = application d’authentification
admin-factor-keys = { $count ->
    [one] une clé
   *[other] { $count } clés
}
admin-role-administrator = Administrateur
admin-locked = Bloqué
admin-col-two-factor = Authentification à deux facteurs
admin-col-last-sign-in = Dernière connexion
admin-never = Jamais
admin-reset = Réinitialiser la double authentification
admin-unlock = Lever les blocages
admin-sign-out = Déconnecter partout
admin-policy-heading = Règle d’authentification à deux facteurs
admin-policy-required-of = Obligatoire pour
admin-policy-nobody = Personne : chacun décide
admin-policy-everyone = Tout le monde
admin-policy-administrators = Les administrateurs seulement
admin-policy-grace = Délai de grâce en jours (0 : tout de suite)
admin-policy-submit = Enregistrer la règle
admin-policy-pending = Enregistrement…
admin-done = C’est fait. Le titulaire du compte a été prévenu par e-mail.
admin-policy-saved = La règle d’authentification à deux facteurs a été enregistrée.

error-address-unconfirmed = Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé.
error-link-expired = Ce lien ne fonctionne plus : il a déjà servi, un plus récent l’a remplacé ou il a expiré.
field-email-same = C’est déjà l’adresse de votre compte.
field-new-email = Nouvelle adresse e-mail
notice-sign-up-sent = Consultez votre boîte de réception : nous avons envoyé un message à l’adresse indiquée. Ouvrez son lien et saisissez-y votre mot de passe pour confirmer l’adresse et vous connecter.
notice-reset-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien reste valable une heure.
notice-confirmation-sent = Nous vous avons envoyé un nouveau lien de confirmation. Le précédent ne fonctionne plus.
notice-address-change-sent = Nous avons envoyé un lien à la nouvelle adresse. Votre compte y passera quand le lien sera ouvert ; d’ici là, il garde son adresse.
notice-address-confirmed = Votre adresse e-mail est confirmée.
notice-address-changed = Votre compte utilise désormais sa nouvelle adresse e-mail. Connectez-vous avec elle à partir de maintenant.
notice-password-reset = Votre nouveau mot de passe est enregistré et tous les navigateurs ont été déconnectés. Connectez-vous avec le nouveau mot de passe.
event-address-confirmed = Adresse e-mail confirmée
event-password-reset = Nouveau mot de passe choisi grâce à un lien envoyé par e-mail
event-address-change-asked = Passage à { $email } demandé
event-address-changed = Adresse e-mail modifiée
event-trust-copied = Un cookie copié d’un navigateur de confiance a été utilisé : plus aucun navigateur n’est de confiance
event-trusted-browser-new-network = Connexion sur un navigateur de confiance, sans code, depuis un nouveau réseau
mail-trust-copied-subject = La copie du cookie d’un navigateur de confiance a été utilisée
mail-trust-copied-body = Un navigateur de confiance de votre compte Twofold { $email } a été utilisé avec un cookie déjà remplacé : il a peut-être été copié dans un autre navigateur. Plus aucun navigateur du compte n’est de confiance : chacun demande de nouveau un code. Si ce n’était pas vous, changez votre mot de passe.
mail-trusted-browser-new-network-subject = Un navigateur de confiance s’est connecté depuis un nouveau réseau
mail-trusted-browser-new-network-body = Un navigateur de confiance s’est connecté à votre compte Twofold { $email } sans code, depuis un autre réseau que la dernière fois.
mail-link-expires-hour = Le lien fonctionne une seule fois, pendant une heure.
mail-link-expires-day = Le lien fonctionne une seule fois, pendant 24 heures.
mail-confirm-subject = Confirmez votre adresse e-mail
mail-confirm-body = Un compte Twofold a été créé avec votre adresse { $email }. Ouvrez ce lien pour confirmer que cette adresse est bien la vôtre :
mail-confirm-not-you = Si vous n’avez pas créé ce compte, ignorez ce message : l’adresse restera non confirmée.
mail-sign-up-taken-subject = Quelqu’un a tenté de s’inscrire avec votre adresse
mail-sign-up-taken-body = Quelqu’un a tenté de créer un nouveau compte Twofold avec votre adresse { $email }, qui a déjà un compte. Rien n’a été modifié. Si c’était vous et que vous avez oublié votre mot de passe, demandez-en un nouveau ici : { $link }
mail-sign-up-taken-not-you = Si ce n’était pas vous, vous n’avez rien à faire : votre compte est inchangé.
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Un nouveau mot de passe a été demandé pour votre compte { $email }. Ouvrez ce lien pour en choisir un :
mail-reset-not-you = Si vous ne l’avez pas demandé, ignorez ce message : votre mot de passe reste le même. Si votre compte a l’authentification à deux facteurs, le lien seul ne peut pas le changer.
mail-change-subject = Confirmez votre nouvelle adresse e-mail
mail-change-body = Le compte Twofold { $old } doit passer à cette adresse, { $email }. Ouvrez ce lien pour le confirmer :
mail-change-not-you = Si vous ne l’avez pas demandé, ignorez ce message : rien ne change.
mail-change-taken-subject = Quelqu’un a tenté d’utiliser votre adresse
mail-change-taken-body = Quelqu’un a demandé de faire passer un autre compte Twofold à votre adresse { $email }, qui a déjà un compte. Rien n’a été modifié.
mail-change-notice-subject = Un changement de votre adresse e-mail a été demandé
mail-change-notice-body = Une personne connectée à votre compte { $old } a demandé de le faire passer à l’adresse { $email }. L’adresse ne change que lorsque le lien que nous y avons envoyé est ouvert.
mail-password-reset-subject = Votre mot de passe a été réinitialisé
mail-password-reset-body = Un nouveau mot de passe a été choisi pour votre compte { $email } grâce à un lien envoyé à cette adresse, et tous les navigateurs ont été déconnectés.
mail-address-changed-subject = Votre compte a une nouvelle adresse e-mail
mail-address-changed-body = Votre compte Twofold utilise désormais l’adresse { $email }. Connectez-vous avec elle à partir de maintenant.
login-forgot = Mot de passe oublié ?
forgot-title = Mot de passe oublié ?
forgot-lead = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-pending = Envoi…
forgot-back = Retour à la connexion
reset-title = Choisir un nouveau mot de passe
reset-lead = Choisissez le nouveau mot de passe de votre compte.
reset-lead-two-factor = Choisissez le nouveau mot de passe de votre compte, puis confirmez-le avec votre second facteur : votre clé de sécurité, un code de votre application d’authentification ou un code de secours.
reset-use-key = Confirmer avec votre clé de sécurité
reset-use-key-pending = En attente de votre clé de sécurité…
reset-submit = Enregistrer le nouveau mot de passe
reset-pending = Enregistrement…
reset-ask-again = Demander un nouveau lien
confirm-address-title = Confirmez votre adresse e-mail
confirm-address-lead = Confirmez que { $email } est bien votre adresse : saisissez le mot de passe choisi lors de l’inscription.
confirm-address-change-lead = Faire passer votre compte à l’adresse { $email }.
confirm-address-submit = Confirmer l’adresse
confirm-address-change-submit = Changer l’adresse de mon compte
confirm-address-pending = Confirmation…
confirm-address-settings = Aller à vos paramètres
settings-address-unconfirmed = Votre adresse e-mail { $email } n’est pas encore confirmée. Ouvrez le lien que nous vous avons envoyé ; d’ici là, l’authentification à deux facteurs ne peut pas être activée.
settings-address-resend = Renvoyer le lien
settings-address-resending = Envoi…
settings-address-change = Changer d’adresse e-mail
settings-address-change-lead = Nous enverrons un lien à la nouvelle adresse ; votre compte y passera quand le lien sera ouvert.
settings-address-submit = Envoyer le lien
settings-address-pending = Envoi…
# Configuration du premier facteur du compte : le code envoyé par e-mail. $email : l’adresse
mailed-code-label = Code reçu par e-mail
mailed-code-lead = Nous avons envoyé un code à 8 chiffres à { $email }. Il est valable 15 minutes.
error-mailed-code = Le code reçu par e-mail est erroné ou n’est plus valable. Consultez notre e-mail le plus récent ; après 5 essais erronés ou 15 minutes, fermez cette fenêtre et recommencez pour recevoir un nouveau code.
# L’e-mail contenant ce code. $email : l’adresse du compte ; le code suit sur une ligne à part
mail-factor-code-subject = Votre code pour configurer l’authentification à deux facteurs
mail-factor-code-body = Quelqu’un configure l’authentification à deux facteurs de votre compte Twofold { $email }. Pour terminer, saisissez ce code là où il est demandé ; il est valable 15 minutes :
mail-factor-code-not-you = Si ce n’était pas vous, quelqu’un connaît votre mot de passe : ne donnez ce code à personne, connectez-vous et changez votre mot de passe dès maintenant.

## Demandes de connexion d'autres applications
authorize-refused-title = Cette connexion ne peut pas continuer
authorize-refused-client = L'application qui vous a envoyé ici n'est pas enregistrée auprès de ce service : vous ne pouvez pas vous y connecter ici. Veuillez prévenir le responsable de l'application.
authorize-refused-redirect = L'application qui vous a envoyé ici a demandé à vous renvoyer vers une adresse qu'elle n'a pas enregistrée : vous n'y êtes donc pas renvoyé. Veuillez prévenir le responsable de l'application.
authorize-refused-expired = Cette demande de connexion a expiré, ou elle a été commencée dans un autre navigateur. Retournez dans l'application et connectez-vous à nouveau.
consent-title = Autoriser l'accès
consent-heading = { $application } demande à utiliser votre compte
consent-lead = Si vous l'autorisez, { $application } pourra :
consent-scope-openid = Vous reconnaître quand vous vous y connectez
consent-scope-email = Voir votre adresse e-mail
consent-scope-profile = Voir votre nom d'utilisateur (votre adresse e-mail)
consent-scope-groups = Voir vos groupes (par exemple, si vous êtes administrateur)
consent-scope-offline-access = Rester lié à votre compte en votre absence
consent-allow = Autoriser
consent-deny = Annuler
authorize-refused-logout = Une application a demandé à vous déconnecter, mais sa demande n'est pas valide : rien n'a été fait.
sign-out-title = Se déconnecter ?
sign-out-lead = Une application demande à vous déconnecter de ce service. Déconnectez-vous seulement si vous venez de choisir de vous déconnecter.
sign-out-confirm = Se déconnecter
sign-out-stay = Rester connecté
settings-applications-heading = Applications connectées
settings-applications-lead = Ces applications vous connectent avec ce compte. En déconnecter une met fin à son accès immédiatement ; elle redemandera à votre prochaine connexion.
settings-application-first-used = Première connexion
settings-application-last-used = Dernière utilisation
settings-application-disconnect = Déconnecter
settings-application-disconnect-label = Déconnecter { $application }
event-application-connected = Connexion à { $application } pour la première fois
event-application-disconnected = { $application } déconnectée
mail-application-connected-subject = Vous vous êtes connecté à { $application } avec votre compte
mail-application-connected-body = Votre compte { $email } a servi à vous connecter à { $application } pour la première fois. L'application voit désormais les informations que vous partagez avec elle.
set-up-for-application = { $application } exige l'authentification à deux facteurs. Activez-la ci-dessous ; vous pourrez ensuite revenir à { $application }.
set-up-for-application-done = L'authentification à deux facteurs est activée. Vous pouvez maintenant revenir à { $application }.
set-up-for-application-continue = Continuer vers { $application }
key-step-up-title = Confirmer avec votre clé de sécurité
key-step-up-lead = { $application } vous demande de confirmer cette connexion avec votre clé de sécurité ou votre clé d'accès.
key-step-up-button = Utiliser votre clé de sécurité ou clé d'accès
key-step-up-pending = En attente de votre clé…
key-step-up-needs-js = Cette étape nécessite JavaScript : c'est votre navigateur qui interroge la clé.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Applications enregistrées
admin-apps-lead = Les applications qui connectent leurs utilisateurs par ce site avec OpenID Connect. Chacune a un identifiant client ; une application confidentielle a aussi un secret, affiché une seule fois.
admin-apps-none = Aucune application n’est encore enregistrée.
admin-app-client-id = Identifiant client
admin-app-secret = Secret client
admin-app-secret-heading = Nouveau secret client pour { $application }
admin-app-secret-once = Copiez-le maintenant dans les réglages de l’application : il n’est affiché que cette fois, et seul son hachage est conservé.
admin-app-public = Publique
admin-app-confidential = Confidentielle
admin-app-requires = Exige
admin-app-require-signed-in = Une connexion
admin-app-require-two-factor = La double authentification
admin-app-require-key = Une clé de sécurité ou une clé d’accès
admin-app-consent = Consentement
admin-app-consent-asked = Demandé à chaque compte
admin-app-consent-not-asked = Non demandé (application maison)
admin-app-signing = Jetons d’identité signés en
admin-app-redirect-uris = Adresses de redirection
admin-app-post-logout-uris = Adresses après la déconnexion
admin-app-created = Enregistrée
admin-app-rotate = Nouveau secret…
admin-app-rotate-warning = Le secret actuel de { $application } cesse aussitôt de fonctionner : l’application ne connecte plus personne tant qu’elle n’a pas le nouveau.
admin-app-rotate-submit = Créer un nouveau secret
admin-app-remove = Supprimer…
admin-app-remove-warning = { $application } ne pourra plus connecter personne : ses codes, ses jetons et le consentement de chaque compte prennent fin.
admin-app-remove-submit = Supprimer { $application }
admin-app-add-heading = Enregistrer une application
admin-app-name = Nom
admin-app-uris-hint = Une adresse par ligne, exactement comme l’application l’envoie : https://, ou http:// sur localhost uniquement.
admin-app-public-label = Client public : fonctionne dans le navigateur ou sur un appareil, ne garde aucun secret et doit utiliser PKCE
admin-app-consent-label = Demander à chaque compte avant de partager ses informations
admin-app-add-submit = Enregistrer
admin-app-add-pending = Enregistrement…
error-no-such-application = Cette application n’est plus enregistrée.
error-application-invalid = L’application ne peut pas être enregistrée : indiquez un nom de 64 caractères au plus et 1 à 10 adresses de chaque sorte, chacune une adresse https:// absolue (http:// seulement sur localhost) sans #fragment.
event-application-added = Vous avez enregistré l’application { $application }
event-application-secret-rotated = Vous avez donné un nouveau secret client à { $application }
event-application-removed = Vous avez supprimé l’application { $application }
