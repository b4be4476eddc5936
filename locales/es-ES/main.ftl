# Twofold — español (España). Traducido de locales/en-US/main.ftl; véase locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Saltar al contenido
nav-label = Navegación principal
nav-log-in = Iniciar sesión
nav-sign-up = Registrarse
nav-settings = Ajustes
nav-log-out = Cerrar sesión
loading = Cargando…

## Home

home-title = Verificación en dos pasos que no se interpone en tu camino
home-lead = Protege tu cuenta con un código de tu móvil, guarda códigos de respaldo para el día que lo pierdas y mantén el control de cada inicio de sesión.

## Log in

login-title = Inicia sesión en Twofold
login-submit = Iniciar sesión
login-pending = Iniciando sesión…
login-no-account = ¿Eres nuevo en Twofold?
login-sign-up-link = Crear una cuenta

## Sign up

signup-title = Crea tu cuenta
signup-lead = Solo necesitas una dirección de correo electrónico y una contraseña segura.
signup-submit = Crear cuenta
signup-pending = Creando la cuenta…
signup-have-account = ¿Ya tienes una cuenta?
signup-log-in-link = Iniciar sesión

## Second step of logging in

verify-title = Introduce tu código
verify-lead-totp = Abre tu aplicación de autenticación e introduce el código de 6 dígitos que muestra para Twofold.
verify-lead-backup = Introduce uno de los códigos de respaldo que guardaste al activar la verificación en dos pasos. Cada código sirve una sola vez.
verify-submit = Verificar
verify-pending = Verificando…
verify-start-over = Empezar de nuevo con tu contraseña
error-login-expired = Vuelve a iniciar sesión: este inicio de sesión ha caducado o se han introducido demasiados códigos incorrectos.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Código de la aplicación de autenticación
code-label-backup = Código de respaldo
code-use-backup = Usar un código de respaldo
code-use-authenticator = Usar la aplicación de autenticación

## Form fields

field-email = Correo electrónico
field-password = Contraseña
field-current-password = Contraseña actual
field-new-password = Contraseña nueva
field-password-hint = Entre 12 y 128 caracteres. Unas cuantas palabras sin relación forman una contraseña segura y fácil de recordar.

## Field problems, shown under the field

field-required = Rellena este campo.
field-too-long = Es demasiado largo.
field-invalid-email = Introduce una dirección de correo como nombre@ejemplo.es.
field-password-too-short = Usa al menos 12 caracteres.
field-password-common = Esta contraseña es demasiado común. Elige una más difícil de adivinar.
field-password-contains-email = Tu contraseña no puede contener tu dirección de correo.
field-password-same = La contraseña nueva debe ser distinta de la actual.
field-current-password-wrong = La contraseña actual no es correcta.

## Errors for the whole form

error-invalid-form = Corrige los campos marcados.
error-invalid-credentials = El correo electrónico o la contraseña no son correctos, o la dirección aún no está confirmada: abre primero el enlace que te enviamos.
error-invalid-code = Ese código no es correcto. Revisa tu aplicación de autenticación o tus códigos de respaldo y vuelve a intentarlo.
error-code-already-used = Ese código ya se ha usado. Espera al siguiente código de tu aplicación o usa otro código de respaldo.
error-not-enrolled = La verificación en dos pasos no está configurada en esta cuenta.
error-already-enrolled = La verificación en dos pasos ya está activada.
error-unauthorized = Inicia sesión para continuar.
error-bad-request = No se ha podido leer el formulario. Revisa los datos y vuelve a intentarlo.
error-network = No se puede conectar con Twofold. Comprueba tu conexión y vuelve a intentarlo.
error-unavailable = Twofold no está disponible en este momento. Vuelve a intentarlo dentro de un minuto.
error-busy = Twofold está ocupado en este momento. Vuelve a intentarlo en unos segundos.
error-internal = Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.

## Settings

settings-title = Ajustes de la cuenta
settings-account-heading = Cuenta
settings-two-factor-heading = Verificación en dos pasos
settings-two-factor-off = La verificación en dos pasos está desactivada.
# $date (String) - el día en que se activó
settings-two-factor-on-since = La verificación en dos pasos está activada desde el { $date }.
settings-two-factor-explainer = Con la verificación en dos pasos, al iniciar sesión también se pide un código de una aplicación de autenticación o tu llave de seguridad o llave de acceso, así que una contraseña robada no basta.
settings-two-factor-enable = Activar la verificación en dos pasos
settings-two-factor-regenerate = Generar nuevos códigos de respaldo
settings-two-factor-disable = Desactivar la verificación en dos pasos
# $count (Number) - códigos de respaldo sin usar
settings-backup-codes-left = { $count ->
    [0] No te queda ningún código de respaldo.
    [one] Te queda un código de respaldo.
   *[other] Te quedan { $count } códigos de respaldo.
}
settings-backup-codes-few = Te quedan pocos códigos de respaldo. Genera otros nuevos para poder iniciar sesión aunque pierdas el móvil.
settings-two-factor-enabled = La verificación en dos pasos ya está activada. A partir de ahora, al iniciar sesión se te pedirá un código de tu aplicación.
settings-two-factor-enabled-key = La verificación en dos pasos ya está activada. A partir de ahora, al iniciar sesión se te pedirá tu llave de seguridad o llave de acceso.
settings-two-factor-disabled = La verificación en dos pasos está desactivada. Para iniciar sesión solo necesitas tu contraseña.
settings-backup-codes-regenerated = Tienes códigos de respaldo nuevos. Los anteriores ya no funcionan.
settings-password-heading = Cambiar la contraseña
settings-password-submit = Cambiar contraseña
settings-password-pending = Cambiando la contraseña…
settings-password-changed = Tu contraseña se ha cambiado.

## Dialogs on the settings page

dialog-cancel = Cancelar
copy-done = Copiado.
copy-failed = No se ha podido copiar. Selecciona el texto y cópialo tú mismo.
setup-title = Activar la verificación en dos pasos
setup-password-lead = Para proteger tu cuenta, confirma primero que eres tú.
setup-factor-lead = Escribe tu contraseña y confirma con uno de tus factores para añadir una aplicación de autenticación.
setup-password-submit = Continuar
setup-password-pending = Comprobando…
setup-scan-lead = Escanea este código QR con una aplicación de autenticación, como la de tu gestor de contraseñas o una aplicación aparte en tu móvil.
setup-qr-label = Código QR para tu aplicación de autenticación. La misma clave aparece escrita debajo.
setup-key-label = ¿No puedes escanearlo? Introduce esta clave en la aplicación:
setup-copy-key = Copiar la clave
setup-code-lead = Después, introduce el código de 6 dígitos que muestra la aplicación para Twofold.
setup-confirm-submit = Activar
setup-confirm-pending = Activando…
setup-add-submit = Añadir aplicación
backup-codes-title = Guarda tus códigos de respaldo
backup-codes-lead = Si no puedes usar tu aplicación de autenticación ni tu llave de seguridad, cada uno de estos códigos te permite iniciar sesión una vez. Guárdalos en un lugar seguro, por ejemplo en tu gestor de contraseñas. Solo se muestran ahora.
backup-codes-list-label = Códigos de respaldo
backup-codes-copy = Copiar todos
backup-codes-download = Descargar como archivo de texto
backup-codes-print = Imprimir
backup-codes-saved = He guardado estos códigos
backup-codes-done = Listo
# Primera línea del archivo descargado. $email (String) - el correo de la cuenta
backup-codes-file-heading = Códigos de respaldo de Twofold para { $email }
backup-codes-file-note = Cada código puede usarse una vez en lugar de un código de tu aplicación de autenticación o de tu llave de seguridad.
regenerate-title = Generar nuevos códigos de respaldo
regenerate-lead = Tus códigos de respaldo actuales dejan de funcionar en cuanto se generan los nuevos. Confirma con tu contraseña y un código.
regenerate-submit = Generar códigos
regenerate-pending = Generando códigos…
disable-title = Desactivar la verificación en dos pasos
disable-lead = Para iniciar sesión bastará entonces con tu contraseña. Confirma con tu contraseña y un código de tu aplicación o un código de respaldo.
disable-lead-key = Para iniciar sesión bastará entonces con tu contraseña. Confirma con tu contraseña y tu llave de seguridad o un código de respaldo.
disable-submit = Desactivar
disable-pending = Desactivando…

## Notice after logging in with a backup code

# $count (Number) - códigos de respaldo sin usar
backup-code-used = { $count ->
    [0] Has iniciado sesión con tu último código de respaldo. Genera otros nuevos ahora para no quedarte sin acceso.
    [one] Has iniciado sesión con un código de respaldo. Te queda uno.
   *[other] Has iniciado sesión con un código de respaldo. Te quedan { $count }.
}
backup-code-used-action = Generar nuevos códigos de respaldo

## Not found

not-found-title = Página no encontrada
not-found-text = La página que buscas no existe o se ha movido.
not-found-home = Ir a la página de inicio

## Language and dates

language-label = Idioma
language-submit = Cambiar
# $year, $month (1–12), $day (Number)
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

## Seguridad de la cuenta: límites, sesiones, registro de seguridad

error-too-many-attempts = { $minutes ->
    [one] Demasiados intentos. Vuelve a intentarlo dentro de un minuto.
   *[other] Demasiados intentos. Vuelve a intentarlo dentro de { $minutes } minutos.
}
error-forbidden = Esta solicitud no venía de una página de Twofold y se ha rechazado. Vuelve a cargar la página e inténtalo de nuevo.
settings-back = Volver a los ajustes
settings-activity-heading = Actividad y dispositivos
date-time-utc = { $date }, a las { $time } UTC
browser-on-os = { $browser } en { $os }
browser-unknown-on-os = Un navegador en { $os }
browser-unknown = Navegador desconocido
address-unknown = dirección desconocida

sessions-title = Dónde has iniciado sesión
sessions-lead = Estos navegadores tienen la sesión iniciada en tu cuenta. Cierra la de cualquiera que no reconozcas y después cambia tu contraseña.
sessions-this-one = Este navegador
sessions-address = Dirección
sessions-signed-in = Inicio de sesión
sessions-last-seen = Última actividad
sessions-sign-out = Cerrar sesión
sessions-sign-out-others = Cerrar sesión en todos los demás
sessions-signing-out = Cerrando sesión…
sessions-none-elsewhere = No tienes la sesión iniciada en ningún otro sitio.
sessions-signed-out-elsewhere = { $count ->
    [one] Por tu seguridad, se ha cerrado tu sesión en otro dispositivo.
   *[other] Por tu seguridad, se ha cerrado tu sesión en { $count } dispositivos más.
}

security-log-title = Registro de seguridad
security-log-lead = Inicios de sesión y cambios en la seguridad de tu cuenta, de los más recientes a los más antiguos.
security-log-empty = Todavía no ha pasado nada.
security-log-pages = Páginas del registro de seguridad
security-log-newer = Entradas más recientes
security-log-older = Entradas más antiguas
security-log-source = { $ip } · { $browser }
event-login-succeeded = Sesión iniciada
event-login-failed = Inicio de sesión rechazado: contraseña incorrecta
event-code-refused = Código de autenticación o de respaldo incorrecto
event-two-factor-enabled = Verificación en dos pasos activada
event-two-factor-disabled = Verificación en dos pasos desactivada
event-backup-code-used = { $count ->
    [0] Sesión iniciada con un código de respaldo; no queda ninguno
    [one] Sesión iniciada con un código de respaldo; queda uno
   *[other] Sesión iniciada con un código de respaldo; quedan { $count }
}
event-backup-codes-regenerated = Códigos de respaldo nuevos creados; los antiguos han dejado de funcionar
event-locked = { $minutes ->
    [one] Demasiados intentos fallidos: bloqueado durante un minuto
   *[other] Demasiados intentos fallidos: bloqueado durante { $minutes } minutos
}
event-password-changed = Contraseña cambiada
event-sessions-signed-out = { $count ->
    [one] Sesión cerrada en otro dispositivo
   *[other] Sesión cerrada en { $count } dispositivos más
}
event-admin-reset = Un administrador ha quitado la verificación en dos pasos; sesión cerrada en todas partes

## Correos a la persona titular de la cuenta (texto sin formato)

mail-greeting = Hola:
mail-signature = — Twofold
mail-when = Cuándo: { $time }
mail-from = Desde: { $ip } ({ $browser })
mail-unknown = desconocido
mail-not-you = Si no has sido tú, inicia sesión ahora, cambia tu contraseña y revisa «Dónde has iniciado sesión» en los ajustes. Si no puedes iniciar sesión, ponte en contacto con tu administrador.
mail-two-factor-enabled-subject = La verificación en dos pasos está activada
mail-two-factor-enabled-body = Se ha activado la verificación en dos pasos en tu cuenta { $email }. A partir de ahora, para iniciar sesión necesitas un código de tu aplicación de autenticación o un código de respaldo.
mail-two-factor-enabled-key-body = Se ha activado la verificación en dos pasos en tu cuenta { $email }. A partir de ahora, para iniciar sesión necesitas tu llave de seguridad o llave de acceso, o un código de respaldo.
mail-two-factor-disabled-subject = Se ha desactivado la verificación en dos pasos
mail-two-factor-disabled-body = Se ha desactivado la verificación en dos pasos en tu cuenta { $email }. A partir de ahora basta con tu contraseña para iniciar sesión.
mail-backup-code-used-subject = Se ha usado un código de respaldo para iniciar sesión
mail-backup-code-used-body = { $count ->
    [0] Se ha usado un código de respaldo para iniciar sesión en tu cuenta { $email }. No te queda ningún código de respaldo: crea otros nuevos en los ajustes.
    [one] Se ha usado un código de respaldo para iniciar sesión en tu cuenta { $email }. Solo te queda un código de respaldo: crea otros nuevos en los ajustes.
   *[other] Se ha usado un código de respaldo para iniciar sesión en tu cuenta { $email }. Te quedan { $count } códigos de respaldo.
}
mail-backup-codes-regenerated-subject = Se han creado códigos de respaldo nuevos
mail-backup-codes-regenerated-body = Se han creado códigos de respaldo nuevos para tu cuenta { $email }. Los códigos antiguos ya no funcionan.
mail-locked-subject = Demasiados intentos fallidos de inicio de sesión
mail-locked-body = { $minutes ->
    [one] Ha habido demasiados intentos fallidos de iniciar sesión en tu cuenta { $email }, así que el inicio de sesión queda en pausa durante un minuto.
   *[other] Ha habido demasiados intentos fallidos de iniciar sesión en tu cuenta { $email }, así que el inicio de sesión queda en pausa durante { $minutes } minutos.
}
mail-password-changed-subject = Se ha cambiado tu contraseña
mail-password-changed-body = Se ha cambiado la contraseña de tu cuenta { $email } y se ha cerrado tu sesión en tus otros dispositivos.
mail-admin-reset-subject = Se ha restablecido la verificación en dos pasos
mail-admin-reset-body = Un administrador ha quitado la verificación en dos pasos de tu cuenta { $email } y ha cerrado tu sesión en todas partes. Inicia sesión con tu contraseña y vuelve a activar la verificación en dos pasos.

## Límites de intentos y señales de alerta

error-wait-seconds = { $seconds ->
    [one] Demasiados intentos. Espera un segundo y vuelve a intentarlo.
   *[other] Demasiados intentos. Espera { $seconds } segundos y vuelve a intentarlo.
}
error-wait-hours = { $hours ->
    [one] Demasiados intentos. Vuelve a intentarlo dentro de una hora.
   *[other] Demasiados intentos. Vuelve a intentarlo dentro de { $hours } horas.
}
error-authenticator-suspended = Se han introducido demasiados códigos incorrectos para esta cuenta, así que los códigos de la aplicación de autenticación ya no funcionan. Introduce uno de tus códigos de respaldo: así vuelven a funcionar los de la aplicación. Si no tienes códigos de respaldo, ponte en contacto con tu administrador.
event-code-replayed = Se usó un código de autenticación por segunda vez y se rechazó
event-second-step-missing = Se introdujo la contraseña correcta, pero el inicio de sesión no se completó con un segundo factor
event-password-known = Se introdujo la contraseña correcta y después tres códigos incorrectos
event-authenticator-suspended = Códigos de autenticación desactivados tras 100 códigos incorrectos seguidos; un código de respaldo los vuelve a activar
event-passwords-slowed = Muchas contraseñas incorrectas: los inicios de sesión desde navegadores nuevos van más lentos
event-admin-unlocked = Un administrador levantó los límites de intentos de inicio de sesión
security-log-operator = Por el operador { $operator } (línea de comandos)
mail-code-replayed-subject = Se usó dos veces un código de inicio de sesión
mail-code-replayed-body = Se introdujo para tu cuenta { $email } un código de tu aplicación de autenticación que ya se había usado, y se rechazó. Si no acabas de introducir el mismo código dos veces, alguien que conoce tu contraseña puede haber visto uno de tus códigos: cambia tu contraseña ahora.
mail-password-known-subject = Puede que alguien conozca tu contraseña
mail-password-known-body = Alguien introdujo la contraseña correcta de tu cuenta { $email } y después tres códigos incorrectos. Tu segundo factor lo detuvo. Si no has sido tú, cambia tu contraseña ahora.
mail-authenticator-suspended-subject = Se desactivaron los códigos de autenticación de tu cuenta
mail-authenticator-suspended-body = Tras 100 códigos incorrectos seguidos, los códigos de tu aplicación de autenticación ya no permiten iniciar sesión en tu cuenta { $email }. Inicia sesión con uno de tus códigos de respaldo para volver a activarlos y después cambia tu contraseña.
mail-passwords-slowed-subject = Muchas contraseñas incorrectas en tu cuenta
mail-passwords-slowed-body = Se han introducido muchas contraseñas incorrectas para tu cuenta { $email }. Por ahora, los inicios de sesión desde navegadores que nunca han entrado en ella van más lentos; los navegadores con los que ya has iniciado sesión no se ven afectados.

## Llaves de seguridad y llaves de acceso

event-key-added = Se añadió una llave de seguridad o llave de acceso
event-key-removed = Se quitó una llave de seguridad o llave de acceso
mail-key-added-subject = Se añadió una llave de seguridad a tu cuenta
mail-key-added-body = Se añadió una llave de seguridad o llave de acceso a tu cuenta { $email }. Ya puede usarse para iniciar sesión, y se cerró tu sesión en tus otros dispositivos.
mail-key-removed-subject = Se quitó una llave de seguridad de tu cuenta
mail-key-removed-body = Se quitó una llave de seguridad o llave de acceso de tu cuenta { $email }, y se cerró tu sesión en tus otros dispositivos.

error-key-refused = Tu llave de seguridad no ha sido aceptada. Inténtalo de nuevo o usa otro método.
error-key-cancelled = La llave de seguridad no ha respondido: la solicitud se canceló o caducó. Inténtalo de nuevo o usa otro método.
error-key-unsupported = Este navegador no puede usar llaves de seguridad aquí. Usa otro método u otro navegador.
error-key-registered = Esta llave de seguridad ya está en una cuenta.
error-key-name = Ponle a la llave un nombre de 1 a 64 caracteres.
error-no-such-key = Esa llave de seguridad ya no está en tu cuenta.
event-key-refused = Se rechazó la respuesta de una llave de seguridad
event-authenticator-added = Se añadió una aplicación de autenticación
mail-authenticator-added-subject = Se ha añadido una aplicación de autenticación a tu cuenta
mail-authenticator-added-body = Se ha añadido una aplicación de autenticación a tu cuenta { $email }. Ahora sus códigos sirven para iniciar sesión, y se ha cerrado tu sesión en tus otros dispositivos.
settings-key-added-notice = Se ha añadido tu llave de seguridad.
settings-key-removed-notice = Se ha quitado la llave de seguridad.
settings-authenticator-added = Se ha añadido tu aplicación de autenticación.
settings-authenticator-heading = Aplicación de autenticación
settings-authenticator-on = Configurada: se aceptan los códigos de tu aplicación de autenticación.
settings-authenticator-off = Sin configurar.
settings-authenticator-add = Configurar una aplicación de autenticación
settings-keys-heading = Llaves de seguridad y llaves de acceso
settings-keys-none = Todavía no hay ninguna llave de seguridad ni llave de acceso.
settings-keys-need-js = Para añadir o quitar una llave de seguridad se necesita JavaScript.
settings-keys-add = Añadir una llave de seguridad o llave de acceso
settings-key-added = Añadida el { $date }
settings-key-last-used = Último uso el { $date }
settings-key-never-used = Aún sin usar
settings-key-rename = Cambiar nombre
settings-key-rename-label = Nombre nuevo
settings-key-rename-submit = Guardar nombre
settings-key-rename-pending = Guardando…
settings-key-remove = Quitar
remove-key-title = ¿Quitar esta llave de seguridad?
remove-key-lead = Ya no servirá para iniciar sesión en tu cuenta. Escribe tu contraseña y confirma con un factor.
remove-key-last = Es tu único factor: al quitarlo se desactiva la verificación en dos pasos y se borran tus códigos de respaldo.
remove-key-submit = Quitar llave
remove-key-pending = Quitando…
add-key-title = Añadir una llave de seguridad o llave de acceso
add-key-password-lead = Escribe tu contraseña para añadir una llave de seguridad o llave de acceso.
add-key-factor-lead = Escribe tu contraseña y confirma con uno de tus factores para añadir una llave de seguridad o llave de acceso.
add-key-continue = Continuar
add-key-continue-pending = Comprobando…
add-key-touch = Sigue las indicaciones del navegador: toca tu llave de seguridad o confirma con el bloqueo de pantalla de tu dispositivo.
add-key-retry = Volver a intentarlo
add-key-name-lead = Ponle un nombre a esta llave para distinguirla de las demás.
add-key-name-label = Nombre
add-key-submit = Añadir llave
add-key-pending = Añadiendo…
reauth-key-lead = O confirma con tu llave de seguridad en lugar de con un código:
reauth-use-key = Usar tu llave de seguridad
reauth-use-key-pending = Esperando a tu llave…
verify-lead-key = Usa tu llave de seguridad, o escribe un código de tu aplicación de autenticación o un código de respaldo.
verify-lead-key-only = Usa tu llave de seguridad o escribe uno de tus códigos de respaldo.
verify-use-key = Usar tu llave de seguridad
verify-use-key-pending = Esperando a tu llave…
verify-or-code = O escribe un código
verify-key-needs-js = Las llaves de seguridad necesitan JavaScript. Aún puedes escribir un código abajo.
login-or = o
login-passkey = Iniciar sesión con una llave de acceso
login-passkey-pending = Esperando a tu llave de acceso…
login-passkey-needs-js = Iniciar sesión con una llave de acceso necesita JavaScript.

## Verificación en dos pasos obligatoria

policy-grace = { $days ->
    [one] La verificación en dos pasos será obligatoria para tu cuenta dentro de { $days } día.
   *[other] La verificación en dos pasos será obligatoria para tu cuenta dentro de { $days } días.
}
policy-grace-action = Configurarla ahora
policy-set-up-now = La verificación en dos pasos es obligatoria para tu cuenta. Configúrala aquí abajo para continuar; hasta entonces no hay nada más disponible.
settings-two-factor-required = Es obligatoria para tu cuenta, así que no se puede desactivar. Para sustituir una llave de seguridad, añade primero la nueva y después quita la antigua.
error-two-factor-required = La verificación en dos pasos es obligatoria para tu cuenta. Configúrala, o mantenla, para continuar.
event-administrator-granted = Nombrado administrador
event-administrator-revoked = Ya no es administrador

## Quitar la aplicación de autenticación

settings-authenticator-remove = Quitar la aplicación de autenticación
remove-authenticator-title = ¿Quitar la aplicación de autenticación?
remove-authenticator-lead = Sus códigos ya no servirán para iniciar sesión en tu cuenta; tus llaves de seguridad y códigos de respaldo se mantienen. Introduce tu contraseña y confirma con un factor.
remove-authenticator-submit = Quitar aplicación
settings-authenticator-removed = Se ha quitado tu aplicación de autenticación.
event-authenticator-removed = Se quitó la aplicación de autenticación
mail-authenticator-removed-subject = Se ha quitado una aplicación de autenticación de tu cuenta
mail-authenticator-removed-body = Se ha quitado la aplicación de autenticación de tu cuenta { $email }. Sus códigos ya no sirven para iniciar sesión, y se ha cerrado tu sesión en tus otros dispositivos.

## Navegadores de confianza

verify-trust = { $days ->
    [one] No pedir un código en este navegador durante { $days } día
   *[other] No pedir un código en este navegador durante { $days } días
}
trusted-heading = Navegadores de confianza
trusted-lead = Estos navegadores inician sesión en tu cuenta solo con tu contraseña, sin código. Si cambias la contraseña o tus factores, o cierras sesión en todas partes, dejan de ser de confianza.
trusted-since = De confianza desde
trusted-last-used = Último uso
trusted-never-used = Aún no se ha usado
trusted-until = De confianza hasta
trusted-stop = Dejar de confiar
event-browser-trusted = Se marcó un navegador como de confianza: inicia sesión sin código
event-trusted-browser-used = Inicio de sesión sin código en un navegador de confianza
event-browser-untrusted = Un navegador dejó de ser de confianza

## Lo que hacen los administradores en la página de administración

event-admin-signed-out = Un administrador cerró la sesión en todas partes
security-log-administrator = Por el administrador { $email }
event-administered-reset = Quitaste la verificación en dos pasos de { $email }
event-administered-unlock = Levantaste los límites de inicio de sesión de { $email }
event-administered-sign-out = Cerraste la sesión de { $email } en todas partes
event-policy-changed = Cambiaste la política de verificación en dos pasos de este sitio
mail-admin-unlocked-subject = Se levantaron los límites de tus intentos de inicio de sesión
mail-admin-unlocked-body = Un administrador levantó los límites de intentos de inicio de sesión de tu cuenta { $email }: tu contraseña y tus códigos se comprueban de nuevo al momento.
mail-admin-signed-out-subject = Se cerró tu sesión en todas partes
mail-admin-signed-out-body = Un administrador cerró la sesión de tu cuenta { $email } en todos los dispositivos. Vuelve a iniciar sesión con tu contraseña y tu segundo factor.
error-confirmation-required = Primero confirma con tu contraseña y un factor.
error-no-such-account = Ninguna cuenta tiene esta dirección de correo.
nav-admin = Administración
## /admin
admin-title = Administración
admin-confirm-heading = Confirma que eres tú
admin-confirm-lead = Para actuar sobre cuentas o cambiar la política, introduce tu contraseña y confirma con un factor. Vale durante 10 minutos.
admin-confirm-submit = Confirmar
admin-confirm-pending = Confirmando…
admin-accounts-heading = Cuentas
admin-search-label = Buscar cuentas por correo electrónico
admin-search-submit = Buscar
admin-none-found = Ninguna cuenta coincide.
admin-two-factor-off = Desactivada
admin-two-factor-on = Activada desde el { $date }
admin-factor-app = aplicación de autenticación
admin-factor-keys = { $count ->
    [one] una llave
   *[other] { $count } llaves
}
admin-role-administrator = Administrador
admin-locked = Bloqueada
admin-col-two-factor = Verificación en dos pasos
admin-col-last-sign-in = Último inicio de sesión
admin-never = Nunca
admin-reset = Restablecer la verificación
admin-unlock = Levantar bloqueos
admin-sign-out = Cerrar sesión en todas partes
admin-policy-heading = Política de verificación en dos pasos
admin-policy-required-of = Obligatoria para
admin-policy-nobody = Nadie: cada usuario decide
admin-policy-everyone = Todos
admin-policy-administrators = Solo administradores
admin-policy-grace = Plazo de gracia en días (0: de inmediato)
admin-policy-submit = Guardar política
admin-policy-pending = Guardando…
admin-done = Hecho. Se avisó por correo a la persona dueña de la cuenta.
admin-policy-saved = Se guardó la política de verificación en dos pasos.

error-address-unconfirmed = Primero confirma tu dirección de correo: abre el enlace que te hemos enviado.
error-link-expired = Este enlace ya no funciona: ya se usó, lo sustituyó otro más reciente o ha caducado.
field-email-same = Esta ya es la dirección de tu cuenta.
field-new-email = Correo electrónico nuevo
notice-sign-up-sent = Revisa tu bandeja de entrada: hemos enviado un mensaje a la dirección que indicaste. Abre su enlace e introduce allí tu contraseña para confirmar la dirección e iniciar sesión.
notice-reset-sent = Si alguna cuenta usa esa dirección, le hemos enviado un enlace para elegir una contraseña nueva. El enlace sirve durante una hora.
notice-confirmation-sent = Te hemos enviado un enlace de confirmación nuevo. El anterior ya no funciona.
notice-address-change-sent = Hemos enviado un enlace a la dirección nueva. Tu cuenta pasará a ella cuando se abra el enlace; hasta entonces conserva su dirección.
notice-address-confirmed = Tu dirección de correo está confirmada.
notice-address-changed = Tu cuenta usa ahora su nueva dirección de correo. A partir de ahora, inicia sesión con ella.
notice-password-reset = Tu contraseña nueva está guardada y se ha cerrado la sesión en todos los navegadores. Inicia sesión con la contraseña nueva.
event-address-confirmed = Dirección de correo confirmada
event-password-reset = Contraseña nueva elegida mediante un enlace enviado por correo
event-address-change-asked = Solicitado el cambio a { $email }
event-address-changed = Dirección de correo cambiada
event-trust-copied = Se usó una cookie copiada de un navegador de confianza: se dejó de confiar en todos los navegadores
event-trusted-browser-new-network = Sesión iniciada en un navegador de confianza, sin código, desde una red nueva
mail-trust-copied-subject = Se usó una copia de la cookie de un navegador de confianza
mail-trust-copied-body = Un navegador de confianza de tu cuenta de Twofold { $email } se usó con una cookie que ya había sido sustituida, así que puede haberse copiado a otro navegador. Se dejó de confiar en todos los navegadores de la cuenta: cada uno vuelve a pedir un código. Si no has sido tú, cambia tu contraseña.
mail-trusted-browser-new-network-subject = Un navegador de confianza inició sesión desde una red nueva
mail-trusted-browser-new-network-body = Un navegador de confianza inició sesión en tu cuenta de Twofold { $email } sin código, desde una red distinta de la que usó la última vez.
mail-link-expires-hour = El enlace funciona una sola vez, durante una hora.
mail-link-expires-day = El enlace funciona una sola vez, durante 24 horas.
mail-confirm-subject = Confirma tu dirección de correo
mail-confirm-body = Se ha creado una cuenta de Twofold con tu dirección { $email }. Abre este enlace para confirmar que la dirección es tuya:
mail-confirm-not-you = Si no creaste esta cuenta, ignora este mensaje: la dirección seguirá sin confirmar.
mail-sign-up-taken-subject = Alguien intentó registrarse con tu dirección
mail-sign-up-taken-body = Alguien intentó crear una cuenta nueva de Twofold con tu dirección { $email }, que ya tiene una cuenta. No se ha cambiado nada. Si fuiste tú y olvidaste tu contraseña, pide una nueva aquí: { $link }
mail-sign-up-taken-not-you = Si no fuiste tú, no tienes que hacer nada: tu cuenta sigue como estaba.
mail-reset-subject = Elige una contraseña nueva
mail-reset-body = Se ha pedido una contraseña nueva para tu cuenta { $email }. Abre este enlace para elegirla:
mail-reset-not-you = Si no lo pediste, ignora este mensaje: tu contraseña sigue igual. Si tu cuenta tiene la verificación en dos pasos, el enlace por sí solo no puede cambiarla.
mail-change-subject = Confirma tu nueva dirección de correo
mail-change-body = La cuenta de Twofold { $old } va a pasar a esta dirección, { $email }. Abre este enlace para confirmarlo:
mail-change-not-you = Si no lo pediste, ignora este mensaje: no cambiará nada.
mail-change-taken-subject = Alguien intentó usar tu dirección
mail-change-taken-body = Alguien pidió pasar otra cuenta de Twofold a tu dirección { $email }, que ya tiene una cuenta. No se ha cambiado nada.
mail-change-notice-subject = Se ha pedido cambiar tu dirección de correo
mail-change-notice-body = Alguien con la sesión iniciada en tu cuenta { $old } pidió pasarla a la dirección { $email }. La dirección solo cambia cuando se abre el enlace que enviamos allí.
mail-password-reset-subject = Se ha restablecido tu contraseña
mail-password-reset-body = Se eligió una contraseña nueva para tu cuenta { $email } mediante un enlace enviado a esta dirección, y se cerró la sesión en todos los navegadores.
mail-address-changed-subject = Tu cuenta tiene una dirección de correo nueva
mail-address-changed-body = Tu cuenta de Twofold usa ahora la dirección { $email }. A partir de ahora, inicia sesión con ella.
login-forgot = ¿Has olvidado tu contraseña?
forgot-title = ¿Has olvidado tu contraseña?
forgot-lead = Escribe la dirección de correo de tu cuenta. Te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace
forgot-pending = Enviando…
forgot-back = Volver a iniciar sesión
reset-title = Elige una contraseña nueva
reset-lead = Elige la contraseña nueva de tu cuenta.
reset-lead-two-factor = Elige la contraseña nueva de tu cuenta y confírmala con tu segundo factor: tu llave de seguridad, un código de tu aplicación de autenticación o un código de respaldo.
reset-use-key = Confirmar con tu llave de seguridad
reset-use-key-pending = Esperando a tu llave de seguridad…
reset-submit = Guardar la contraseña nueva
reset-pending = Guardando…
reset-ask-again = Pedir un enlace nuevo
confirm-address-title = Confirma tu dirección de correo
confirm-address-lead = Confirma que { $email } es tu dirección: introduce la contraseña que elegiste al registrarte.
confirm-address-change-lead = Pasar tu cuenta a la dirección { $email }.
confirm-address-submit = Confirmar la dirección
confirm-address-change-submit = Pasar mi cuenta
confirm-address-pending = Confirmando…
confirm-address-settings = Ir a tus ajustes
settings-address-unconfirmed = Tu dirección de correo { $email } aún no está confirmada. Abre el enlace que te enviamos; hasta entonces no se puede activar la verificación en dos pasos.
settings-address-resend = Enviar el enlace de nuevo
settings-address-resending = Enviando…
settings-address-change = Cambiar la dirección de correo
settings-address-change-lead = Enviaremos un enlace a la dirección nueva; tu cuenta pasará a ella cuando se abra el enlace.
settings-address-submit = Enviar el enlace
settings-address-pending = Enviando…
# Configurar el primer factor de la cuenta: el código enviado por correo. $email: la dirección
mailed-code-label = Código del correo
mailed-code-lead = Hemos enviado un código de 8 dígitos a { $email }. Sirve durante 15 minutos.
error-mailed-code = El código del correo es incorrecto o ya no sirve. Mira nuestro correo más reciente; tras 5 intentos fallidos o 15 minutos, cierra este diálogo y empieza de nuevo para recibir un código nuevo.
# El correo con ese código. $email: la dirección de la cuenta; el código va después en una línea propia
mail-factor-code-subject = Tu código para configurar la autenticación en dos pasos
mail-factor-code-body = Alguien está configurando la autenticación en dos pasos de tu cuenta de Twofold { $email }. Para terminar, introduce este código donde se pide; sirve durante 15 minutos:
mail-factor-code-not-you = Si no has sido tú, alguien conoce tu contraseña: no des este código a nadie, inicia sesión y cambia tu contraseña ahora.

## Solicitudes de inicio de sesión de otras aplicaciones
authorize-refused-title = Este inicio de sesión no puede continuar
authorize-refused-client = La aplicación que te ha enviado aquí no está registrada en este servicio, así que no puedes iniciar sesión en ella desde aquí. Avisa al responsable de la aplicación.
authorize-refused-redirect = La aplicación que te ha enviado aquí pidió devolverte a una dirección que no tiene registrada, así que no se te envía allí. Avisa al responsable de la aplicación.
authorize-refused-expired = Esta solicitud de inicio de sesión ha caducado o se inició en otro navegador. Vuelve a la aplicación e inicia sesión de nuevo.
consent-title = Permitir el acceso
consent-heading = { $application } pide usar tu cuenta
consent-lead = Si lo permites, { $application } podrá:
consent-scope-openid = Reconocerte cuando inicies sesión en ella
consent-scope-email = Ver tu dirección de correo electrónico
consent-scope-profile = Ver tu nombre de usuario (tu dirección de correo electrónico)
consent-scope-groups = Ver tus grupos (por ejemplo, si eres administrador)
consent-scope-offline-access = Seguir conectada a tu cuenta mientras no estás
consent-allow = Permitir
consent-deny = Cancelar
authorize-refused-logout = Una aplicación pidió cerrar tu sesión, pero su solicitud no es válida, así que no se ha hecho nada.
sign-out-title = ¿Cerrar sesión?
sign-out-lead = Una aplicación pide cerrar tu sesión en este servicio. Ciérrala solo si acabas de elegir cerrar sesión.
sign-out-confirm = Cerrar sesión
sign-out-stay = Mantener la sesión
settings-applications-heading = Aplicaciones conectadas
settings-applications-lead = Estas aplicaciones inician tu sesión con esta cuenta. Al desconectar una, su acceso termina de inmediato; volverá a pedirlo la próxima vez que inicies sesión en ella.
settings-application-first-used = Primer inicio de sesión
settings-application-last-used = Último uso
settings-application-disconnect = Desconectar
settings-application-disconnect-label = Desconectar { $application }
event-application-connected = Inicio de sesión en { $application } por primera vez
event-application-disconnected = { $application } desconectada
mail-application-connected-subject = Has iniciado sesión en { $application } con tu cuenta
mail-application-connected-body = Tu cuenta { $email } se ha usado para iniciar sesión en { $application } por primera vez. La aplicación ya puede ver los datos que compartes con ella.
set-up-for-application = { $application } exige la autenticación en dos pasos. Actívala abajo; después podrás volver a { $application }.
set-up-for-application-done = La autenticación en dos pasos está activada. Ya puedes volver a { $application }.
set-up-for-application-continue = Continuar a { $application }
key-step-up-title = Confirmar con tu llave de seguridad
key-step-up-lead = { $application } te pide que confirmes este inicio de sesión con tu llave de seguridad o llave de acceso.
key-step-up-button = Usar tu llave de seguridad o llave de acceso
key-step-up-pending = Esperando tu llave…
key-step-up-needs-js = Este paso necesita JavaScript: tu navegador consulta la llave.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Aplicaciones
admin-apps-lead = Las aplicaciones que inician la sesión de sus usuarios a través de este sitio con OpenID Connect. Cada una tiene un ID de cliente; una confidencial tiene además un secreto, que se muestra una sola vez.
admin-apps-none = Todavía no hay ninguna aplicación registrada.
admin-app-client-id = ID de cliente
admin-app-secret = Secreto de cliente
admin-app-secret-heading = Nuevo secreto de cliente para { $application }
admin-app-secret-once = Cópialo ahora en la configuración de la aplicación: solo se muestra esta vez y solo se guarda su hash.
admin-app-public = Pública
admin-app-confidential = Confidencial
admin-app-requires = Exige
admin-app-require-signed-in = Iniciar sesión
admin-app-require-two-factor = Verificación en dos pasos
admin-app-require-key = Una llave de seguridad o una llave de acceso
admin-app-consent = Consentimiento
admin-app-consent-asked = Se pide a cada cuenta
admin-app-consent-not-asked = No se pide (aplicación propia)
admin-app-signing = Tokens de ID firmados con
admin-app-redirect-uris = Direcciones de redirección
admin-app-post-logout-uris = Direcciones tras cerrar sesión
admin-app-created = Registrada
admin-app-rotate = Nuevo secreto…
admin-app-rotate-warning = El secreto actual de { $application } deja de funcionar en el acto: la aplicación no inicia la sesión de nadie hasta que tenga el nuevo.
admin-app-rotate-submit = Crear un secreto nuevo
admin-app-remove = Quitar…
admin-app-remove-warning = { $application } ya no podrá iniciar la sesión de nadie: terminan sus códigos, sus tokens y el consentimiento de cada cuenta.
admin-app-remove-submit = Quitar { $application }
admin-app-add-heading = Registrar una aplicación
admin-app-name = Nombre
admin-app-uris-hint = Una dirección por línea, tal como la envía la aplicación: https://, o http:// solo en localhost.
admin-app-public-label = Cliente público: funciona en el navegador o en un dispositivo, no guarda ningún secreto y debe usar PKCE
admin-app-consent-label = Preguntar a cada cuenta antes de compartir sus datos
admin-app-add-submit = Registrar
admin-app-add-pending = Registrando…
error-no-such-application = Esta aplicación ya no está registrada.
error-application-invalid = No se puede registrar la aplicación: indica un nombre de hasta 64 caracteres y de 1 a 10 direcciones de cada tipo, cada una una dirección https:// absoluta (http:// solo en localhost) sin #fragmento.
event-application-added = Registraste la aplicación { $application }
event-application-secret-rotated = Diste a { $application } un nuevo secreto de cliente
event-application-removed = Quitaste la aplicación { $application }
