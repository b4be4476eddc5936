# Twofold — português (Brasil). Traduzido de locales/en-US/main.ftl; veja locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Pular para o conteúdo
nav-label = Navegação principal
nav-log-in = Entrar
nav-sign-up = Criar conta
nav-settings = Configurações
nav-log-out = Sair
loading = Carregando…

## Home

home-title = Autenticação em dois fatores que não atrapalha você
home-lead = Proteja sua conta com um código do seu celular, guarde códigos de backup para o dia em que perdê-lo e mantenha o controle de cada acesso.

## Log in

login-title = Entrar no Twofold
login-submit = Entrar
login-pending = Entrando…
login-no-account = Novo no Twofold?
login-sign-up-link = Criar uma conta

## Sign up

signup-title = Crie sua conta
signup-lead = Basta um endereço de e-mail e uma senha forte.
signup-submit = Criar conta
signup-pending = Criando a conta…
signup-have-account = Já tem uma conta?
signup-log-in-link = Entrar

## Second step of logging in

verify-title = Digite seu código
verify-lead-totp = Abra seu aplicativo autenticador e digite o código de 6 dígitos exibido para o Twofold.
verify-lead-backup = Digite um dos códigos de backup que você guardou ao ativar a autenticação em dois fatores. Cada código funciona uma única vez.
verify-submit = Verificar
verify-pending = Verificando…
verify-start-over = Recomeçar com sua senha
error-login-expired = Entre novamente: este acesso expirou ou foram digitados códigos errados demais.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Código do aplicativo autenticador
code-label-backup = Código de backup
code-use-backup = Usar um código de backup
code-use-authenticator = Usar o aplicativo autenticador

## Form fields

field-email = Endereço de e-mail
field-password = Senha
field-current-password = Senha atual
field-new-password = Nova senha
field-password-hint = De 12 a 128 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.

## Field problems, shown under the field

field-required = Preencha este campo.
field-too-long = Isto está longo demais.
field-invalid-email = Digite um endereço de e-mail como nome@exemplo.com.br.
field-password-too-short = Use pelo menos 12 caracteres.
field-password-common = Esta senha é comum demais. Escolha uma mais difícil de adivinhar.
field-password-contains-email = Sua senha não pode conter seu endereço de e-mail.
field-password-same = A nova senha precisa ser diferente da atual.
field-current-password-wrong = A senha atual não está correta.

## Errors for the whole form

error-invalid-form = Corrija os campos destacados.
error-invalid-credentials = O e-mail ou a senha não está correto, ou o endereço ainda não foi confirmado: abra primeiro o link que enviamos para você.
error-invalid-code = Esse código não está correto. Confira seu aplicativo autenticador ou seus códigos de backup e tente de novo.
error-code-already-used = Esse código já foi usado. Aguarde o próximo código no aplicativo ou use outro código de backup.
error-not-enrolled = A autenticação em dois fatores não está configurada nesta conta.
error-already-enrolled = A autenticação em dois fatores já está ativada.
error-unauthorized = Entre para continuar.
error-bad-request = Não foi possível ler o formulário. Confira os dados e tente de novo.
error-network = Não foi possível acessar o Twofold. Verifique sua conexão e tente de novo.
error-unavailable = O Twofold está temporariamente indisponível. Tente de novo em um minuto.
error-busy = O Twofold está ocupado agora. Tente de novo em alguns segundos.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.

## Settings

settings-title = Configurações da conta
settings-account-heading = Conta
settings-two-factor-heading = Autenticação em dois fatores
settings-two-factor-off = A autenticação em dois fatores está desativada.
# $date (String) - o dia em que foi ativada
settings-two-factor-on-since = A autenticação em dois fatores está ativada desde { $date }.
settings-two-factor-explainer = Com a autenticação em dois fatores, o acesso também pede um código de um aplicativo autenticador ou sua chave de segurança ou chave de acesso, então uma senha roubada não basta.
settings-two-factor-enable = Ativar a autenticação em dois fatores
settings-two-factor-regenerate = Gerar novos códigos de backup
settings-two-factor-disable = Desativar a autenticação em dois fatores
# $count (Number) - códigos de backup não usados
settings-backup-codes-left = { $count ->
    [0] Você não tem mais nenhum código de backup.
    [one] Você tem um código de backup restante.
   *[other] Você tem { $count } códigos de backup restantes.
}
settings-backup-codes-few = Seus códigos de backup estão acabando. Gere novos para continuar conseguindo entrar se perder o celular.
settings-two-factor-enabled = A autenticação em dois fatores está ativada. A partir de agora, o acesso pede um código do seu aplicativo.
settings-two-factor-enabled-key = A autenticação em dois fatores está ativada. A partir de agora, o acesso pede sua chave de segurança ou chave de acesso.
settings-two-factor-disabled = A autenticação em dois fatores está desativada. Para entrar, basta sua senha.
settings-backup-codes-regenerated = Você tem novos códigos de backup. Os antigos não funcionam mais.
settings-password-heading = Alterar a senha
settings-password-submit = Alterar senha
settings-password-pending = Alterando a senha…
settings-password-changed = Sua senha foi alterada.

## Dialogs on the settings page

dialog-cancel = Cancelar
copy-done = Copiado.
copy-failed = Não foi possível copiar. Selecione o texto e copie você mesmo.
setup-title = Ativar a autenticação em dois fatores
setup-password-lead = Para proteger sua conta, confirme primeiro que é você.
setup-factor-lead = Digite sua senha e confirme com um dos seus fatores para adicionar um aplicativo autenticador.
setup-password-submit = Continuar
setup-password-pending = Verificando…
setup-scan-lead = Escaneie este QR code com um aplicativo autenticador, como o do seu gerenciador de senhas ou um aplicativo separado no celular.
setup-qr-label = QR code para o seu aplicativo autenticador. A mesma chave aparece escrita abaixo.
setup-key-label = Não consegue escanear? Digite esta chave no aplicativo:
setup-copy-key = Copiar a chave
setup-code-lead = Depois, digite o código de 6 dígitos que o aplicativo mostra para o Twofold.
setup-confirm-submit = Ativar
setup-confirm-pending = Ativando…
setup-add-submit = Adicionar aplicativo
backup-codes-title = Guarde seus códigos de backup
backup-codes-lead = Se não puder usar seu aplicativo autenticador ou sua chave de segurança, cada um destes códigos permite entrar uma vez. Guarde-os em um lugar seguro, como seu gerenciador de senhas. Eles só são exibidos agora.
backup-codes-list-label = Códigos de backup
backup-codes-copy = Copiar todos
backup-codes-download = Baixar como arquivo de texto
backup-codes-print = Imprimir
backup-codes-saved = Guardei estes códigos
backup-codes-done = Concluir
# Primeira linha do arquivo baixado. $email (String) - o e-mail da conta
backup-codes-file-heading = Códigos de backup do Twofold para { $email }
backup-codes-file-note = Cada código pode ser usado uma vez no lugar de um código do seu aplicativo autenticador ou da sua chave de segurança.
regenerate-title = Gerar novos códigos de backup
regenerate-lead = Seus códigos de backup atuais deixam de funcionar assim que os novos são gerados. Confirme com sua senha e um código.
regenerate-submit = Gerar códigos
regenerate-pending = Gerando códigos…
disable-title = Desativar a autenticação em dois fatores
disable-lead = Para entrar, bastará sua senha. Confirme com sua senha e um código do aplicativo ou um código de backup.
disable-lead-key = Para entrar, bastará sua senha. Confirme com sua senha e sua chave de segurança ou um código de backup.
disable-submit = Desativar
disable-pending = Desativando…

## Notice after logging in with a backup code

# $count (Number) - códigos de backup não usados
backup-code-used = { $count ->
    [0] Você entrou com seu último código de backup. Gere novos agora para não perder o acesso.
    [one] Você entrou com um código de backup. Resta um.
   *[other] Você entrou com um código de backup. Restam { $count }.
}
backup-code-used-action = Gerar novos códigos de backup

## Not found

not-found-title = Página não encontrada
not-found-text = A página que você procura não existe ou foi movida.
not-found-home = Ir para a página inicial

## Language and dates

language-label = Idioma
language-submit = Alterar
# $year, $month (1–12), $day (Number)
date-long = { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }

## Segurança da conta: limites, sessões, registro de segurança

error-too-many-attempts = { $minutes ->
    [one] Tentativas demais. Tente de novo daqui a um minuto.
   *[other] Tentativas demais. Tente de novo daqui a { $minutes } minutos.
}
error-forbidden = Esta solicitação não veio de uma página do Twofold e foi recusada. Recarregue a página e tente de novo.
settings-back = Voltar às configurações
settings-activity-heading = Atividade e dispositivos
date-time-utc = { $date }, às { $time } UTC
browser-on-os = { $browser } no { $os }
browser-unknown-on-os = Um navegador no { $os }
browser-unknown = Navegador desconhecido
address-unknown = endereço desconhecido

sessions-title = Onde você está conectado
sessions-lead = Estes navegadores estão conectados à sua conta. Desconecte os que você não reconhecer e depois troque sua senha.
sessions-this-one = Este navegador
sessions-address = Endereço
sessions-signed-in = Entrou em
sessions-last-seen = Última atividade
sessions-sign-out = Desconectar
sessions-sign-out-others = Sair de todos os outros lugares
sessions-signing-out = Desconectando…
sessions-none-elsewhere = Você não está conectado em nenhum outro lugar.
sessions-signed-out-elsewhere = { $count ->
    [one] Para sua segurança, você foi desconectado de outro dispositivo.
   *[other] Para sua segurança, você foi desconectado de { $count } outros dispositivos.
}

security-log-title = Registro de segurança
security-log-lead = Acessos e alterações na segurança da sua conta, dos mais recentes para os mais antigos.
security-log-empty = Nada aconteceu ainda.
security-log-pages = Páginas do registro de segurança
security-log-newer = Entradas mais recentes
security-log-older = Entradas mais antigas
security-log-source = { $ip } · { $browser }
event-login-succeeded = Entrou na conta
event-login-failed = Acesso recusado: senha errada
event-code-refused = Código de autenticação ou de backup errado
event-two-factor-enabled = Autenticação em dois fatores ativada
event-two-factor-disabled = Autenticação em dois fatores desativada
event-backup-code-used = { $count ->
    [0] Entrou com um código de backup; não resta nenhum
    [one] Entrou com um código de backup; resta um
   *[other] Entrou com um código de backup; restam { $count }
}
event-backup-codes-regenerated = Novos códigos de backup criados; os antigos deixaram de funcionar
event-locked = { $minutes ->
    [one] Tentativas falhas demais: bloqueado por um minuto
   *[other] Tentativas falhas demais: bloqueado por { $minutes } minutos
}
event-password-changed = Senha alterada
event-sessions-signed-out = { $count ->
    [one] Desconectado de outro dispositivo
   *[other] Desconectado de { $count } outros dispositivos
}
event-admin-reset = Autenticação em dois fatores removida por um administrador; desconectado de todos os lugares

## E-mails para o titular da conta (texto simples)

mail-greeting = Olá,
mail-signature = — Twofold
mail-when = Quando: { $time }
mail-from = De: { $ip } ({ $browser })
mail-unknown = desconhecido
mail-not-you = Se não foi você, entre agora, troque sua senha e confira "Onde você está conectado" nas configurações. Se não conseguir entrar, fale com o administrador.
mail-two-factor-enabled-subject = A autenticação em dois fatores está ativada
mail-two-factor-enabled-body = A autenticação em dois fatores foi ativada na sua conta { $email }. Para entrar, agora é preciso um código do seu aplicativo autenticador ou um código de backup.
mail-two-factor-enabled-key-body = A autenticação em dois fatores foi ativada na sua conta { $email }. Para entrar, agora é preciso sua chave de segurança ou chave de acesso, ou um código de backup.
mail-two-factor-disabled-subject = A autenticação em dois fatores foi desativada
mail-two-factor-disabled-body = A autenticação em dois fatores foi desativada na sua conta { $email }. Para entrar, agora basta a sua senha.
mail-backup-code-used-subject = Um código de backup foi usado para entrar
mail-backup-code-used-body = { $count ->
    [0] Um código de backup foi usado para entrar na sua conta { $email }. Você não tem mais códigos de backup: crie novos nas configurações.
    [one] Um código de backup foi usado para entrar na sua conta { $email }. Resta só um código de backup: crie novos nas configurações.
   *[other] Um código de backup foi usado para entrar na sua conta { $email }. Restam { $count } códigos de backup.
}
mail-backup-codes-regenerated-subject = Novos códigos de backup foram criados
mail-backup-codes-regenerated-body = Novos códigos de backup foram criados para a sua conta { $email }. Os códigos antigos não funcionam mais.
mail-locked-subject = Tentativas de acesso falhas demais
mail-locked-body = { $minutes ->
    [one] Houve tentativas falhas demais de entrar na sua conta { $email }, por isso o acesso está pausado por um minuto.
   *[other] Houve tentativas falhas demais de entrar na sua conta { $email }, por isso o acesso está pausado por { $minutes } minutos.
}
mail-password-changed-subject = Sua senha foi alterada
mail-password-changed-body = A senha da sua conta { $email } foi alterada, e você foi desconectado dos seus outros dispositivos.
mail-admin-reset-subject = A autenticação em dois fatores foi redefinida
mail-admin-reset-body = Um administrador removeu a autenticação em dois fatores da sua conta { $email } e desconectou você de todos os lugares. Entre com sua senha e ative a autenticação em dois fatores de novo.

## Limites de tentativas e sinais de alerta

error-wait-seconds = { $seconds ->
    [one] Tentativas demais. Aguarde um segundo e tente de novo.
   *[other] Tentativas demais. Aguarde { $seconds } segundos e tente de novo.
}
error-wait-hours = { $hours ->
    [one] Tentativas demais. Tente de novo daqui a uma hora.
   *[other] Tentativas demais. Tente de novo daqui a { $hours } horas.
}
error-authenticator-suspended = Foram digitados códigos errados demais para esta conta, por isso os códigos do aplicativo autenticador não funcionam mais. Digite um dos seus códigos de backup: isso faz os códigos do aplicativo voltarem a funcionar. Sem códigos de backup, fale com o administrador.
event-code-replayed = Um código de autenticação foi usado pela segunda vez e recusado
event-second-step-missing = A senha correta foi digitada, mas o acesso não foi concluído com um segundo fator
event-password-known = A senha correta foi digitada, seguida de três códigos errados
event-authenticator-suspended = Códigos de autenticação desativados após 100 códigos errados seguidos; um código de backup os reativa
event-passwords-slowed = Muitas senhas erradas: os acessos de navegadores novos estão mais lentos
event-admin-unlocked = Um administrador removeu os limites de tentativas de acesso
security-log-operator = Pelo operador { $operator } (linha de comando)
mail-code-replayed-subject = Um código de acesso foi usado duas vezes
mail-code-replayed-body = Um código do seu aplicativo autenticador que já tinha sido usado foi digitado para a sua conta { $email } e foi recusado. Se você não acabou de digitar o mesmo código duas vezes, alguém que conhece sua senha pode ter visto um dos seus códigos: troque sua senha agora.
mail-password-known-subject = Alguém pode saber sua senha
mail-password-known-body = Alguém digitou a senha correta da sua conta { $email } e depois três códigos errados. Seu segundo fator impediu o acesso. Se não foi você, troque sua senha agora.
mail-authenticator-suspended-subject = Os códigos de autenticação da sua conta foram desativados
mail-authenticator-suspended-body = Depois de 100 códigos errados seguidos, os códigos do seu aplicativo autenticador não dão mais acesso à sua conta { $email }. Entre com um dos seus códigos de backup para reativá-los e depois troque sua senha.
mail-passwords-slowed-subject = Muitas senhas erradas na sua conta
mail-passwords-slowed-body = Foram digitadas muitas senhas erradas para a sua conta { $email }. Por enquanto, os acessos de navegadores que nunca entraram nela estão mais lentos; os navegadores com que você já entrou não são afetados.

## Chaves de segurança e chaves de acesso

event-key-added = Uma chave de segurança ou chave de acesso foi adicionada
event-key-removed = Uma chave de segurança ou chave de acesso foi removida
mail-key-added-subject = Uma chave de segurança foi adicionada à sua conta
mail-key-added-body = Uma chave de segurança ou chave de acesso foi adicionada à sua conta { $email }. Agora ela pode ser usada para entrar, e você foi desconectado dos seus outros dispositivos.
mail-key-removed-subject = Uma chave de segurança foi removida da sua conta
mail-key-removed-body = Uma chave de segurança ou chave de acesso foi removida da sua conta { $email }, e você foi desconectado dos seus outros dispositivos.

error-key-refused = Sua chave de segurança não foi aceita. Tente de novo ou use outra forma.
error-key-cancelled = A chave de segurança não respondeu: a solicitação foi cancelada ou expirou. Tente de novo ou use outra forma.
error-key-unsupported = Este navegador não pode usar chaves de segurança aqui. Use outra forma ou outro navegador.
error-key-registered = Esta chave de segurança já está em uma conta.
error-key-name = Dê à chave um nome de 1 a 64 caracteres.
error-no-such-key = Essa chave de segurança não está mais na sua conta.
event-key-refused = A resposta de uma chave de segurança foi recusada
event-authenticator-added = Um aplicativo autenticador foi adicionado
mail-authenticator-added-subject = Um aplicativo autenticador foi adicionado à sua conta
mail-authenticator-added-body = Um aplicativo autenticador foi adicionado à sua conta { $email }. Os códigos dele agora servem para entrar, e você foi desconectado nos seus outros dispositivos.
settings-key-added-notice = Sua chave de segurança foi adicionada.
settings-key-removed-notice = A chave de segurança foi removida.
settings-authenticator-added = Seu aplicativo autenticador foi adicionado.
settings-authenticator-heading = Aplicativo autenticador
settings-authenticator-on = Configurado: os códigos do seu aplicativo autenticador são aceitos.
settings-authenticator-off = Não configurado.
settings-authenticator-add = Configurar um aplicativo autenticador
settings-keys-heading = Chaves de segurança e chaves de acesso
settings-keys-none = Nenhuma chave de segurança ou chave de acesso ainda.
settings-keys-need-js = Adicionar ou remover uma chave de segurança exige JavaScript.
settings-keys-add = Adicionar uma chave de segurança ou chave de acesso
settings-key-added = Adicionada em { $date }
settings-key-last-used = Último uso em { $date }
settings-key-never-used = Ainda não usada
settings-key-rename = Renomear
settings-key-rename-label = Novo nome
settings-key-rename-submit = Salvar nome
settings-key-rename-pending = Salvando…
settings-key-remove = Remover
remove-key-title = Remover esta chave de segurança?
remove-key-lead = Ela não servirá mais para entrar na sua conta. Digite sua senha e confirme com um fator.
remove-key-last = Este é seu único fator: removê-lo desativa a autenticação em dois fatores e apaga seus códigos de backup.
remove-key-submit = Remover chave
remove-key-pending = Removendo…
add-key-title = Adicionar uma chave de segurança ou chave de acesso
add-key-password-lead = Digite sua senha para adicionar uma chave de segurança ou chave de acesso.
add-key-factor-lead = Digite sua senha e confirme com um dos seus fatores para adicionar uma chave de segurança ou chave de acesso.
add-key-continue = Continuar
add-key-continue-pending = Verificando…
add-key-touch = Siga o navegador: toque na sua chave de segurança ou confirme com o bloqueio de tela do seu dispositivo.
add-key-retry = Tentar de novo
add-key-name-lead = Dê um nome a esta chave para diferenciá-la das outras.
add-key-name-label = Nome
add-key-submit = Adicionar chave
add-key-pending = Adicionando…
reauth-key-lead = Ou confirme com sua chave de segurança em vez de um código:
reauth-use-key = Usar sua chave de segurança
reauth-use-key-pending = Aguardando sua chave…
verify-lead-key = Use sua chave de segurança ou digite um código do seu aplicativo autenticador ou um código de backup.
verify-lead-key-only = Use sua chave de segurança ou digite um dos seus códigos de backup.
verify-use-key = Usar sua chave de segurança
verify-use-key-pending = Aguardando sua chave…
verify-or-code = Ou digite um código
verify-key-needs-js = Chaves de segurança exigem JavaScript. Você ainda pode digitar um código abaixo.
login-or = ou
login-passkey = Entrar com uma chave de acesso
login-passkey-pending = Aguardando sua chave de acesso…
login-passkey-needs-js = Entrar com uma chave de acesso exige JavaScript.

## Autenticação em dois fatores obrigatória

policy-grace = { $days ->
    [one] A autenticação em dois fatores será obrigatória para sua conta em { $days } dia.
   *[other] A autenticação em dois fatores será obrigatória para sua conta em { $days } dias.
}
policy-grace-action = Configurar agora
policy-set-up-now = A autenticação em dois fatores é obrigatória para sua conta. Configure-a abaixo para continuar; até lá, nada mais fica disponível.
settings-two-factor-required = Obrigatória para sua conta, por isso não pode ser desativada. Para trocar uma chave de segurança, adicione a nova primeiro e depois remova a antiga.
error-two-factor-required = A autenticação em dois fatores é obrigatória para sua conta. Configure-a, ou mantenha-a, para continuar.
event-administrator-granted = Tornou-se administrador
event-administrator-revoked = Deixou de ser administrador

## Remover o aplicativo autenticador

settings-authenticator-remove = Remover aplicativo autenticador
remove-authenticator-title = Remover o aplicativo autenticador?
remove-authenticator-lead = Os códigos dele não vão mais entrar na sua conta; suas chaves de segurança e códigos de backup continuam. Digite sua senha e confirme com um fator.
remove-authenticator-submit = Remover aplicativo
settings-authenticator-removed = Seu aplicativo autenticador foi removido.
event-authenticator-removed = O aplicativo autenticador foi removido
mail-authenticator-removed-subject = Um aplicativo autenticador foi removido da sua conta
mail-authenticator-removed-body = O aplicativo autenticador foi removido da sua conta { $email }. Os códigos dele não servem mais para entrar, e você foi desconectado nos seus outros dispositivos.

## Navegadores confiáveis

verify-trust = { $days ->
    [one] Não pedir código neste navegador por { $days } dia
   *[other] Não pedir código neste navegador por { $days } dias
}
trusted-heading = Navegadores confiáveis
trusted-lead = Estes navegadores entram na sua conta só com a senha, sem código. Mudar a senha ou seus fatores, ou sair de todos os lugares, encerra essa confiança.
trusted-since = Confiável desde
trusted-last-used = Último uso
trusted-never-used = Ainda não usado
trusted-until = Confiável até
trusted-stop = Deixar de confiar
event-browser-trusted = Um navegador passou a ser confiável: entra sem código
event-trusted-browser-used = Entrou sem código em um navegador confiável
event-browser-untrusted = Um navegador deixou de ser confiável

## O que os administradores fazem na página de administração

event-admin-signed-out = Desconectado de todos os lugares por um administrador
security-log-administrator = Pelo administrador { $email }
event-administered-reset = Você removeu a autenticação em dois fatores de { $email }
event-administered-unlock = Você removeu os limites de acesso de { $email }
event-administered-sign-out = Você desconectou { $email } de todos os lugares
event-policy-changed = Você mudou a política de autenticação em dois fatores deste site
mail-admin-unlocked-subject = Os limites das suas tentativas de acesso foram removidos
mail-admin-unlocked-body = Um administrador removeu os limites de tentativas de acesso da sua conta { $email }: sua senha e seus códigos voltam a ser verificados na hora.
mail-admin-signed-out-subject = Você foi desconectado de todos os lugares
mail-admin-signed-out-body = Um administrador desconectou sua conta { $email } de todos os dispositivos. Entre de novo com sua senha e seu segundo fator.
error-confirmation-required = Primeiro confirme com sua senha e um fator.
error-no-such-account = Nenhuma conta tem este endereço de e-mail.
nav-admin = Administração
## /admin
admin-title = Administração
admin-confirm-heading = Confirme que é você
admin-confirm-lead = Para agir sobre contas ou mudar a política, digite sua senha e confirme com um fator. Vale por 10 minutos.
admin-confirm-submit = Confirmar
admin-confirm-pending = Confirmando…
admin-accounts-heading = Contas
admin-search-label = Procurar contas por e-mail
admin-search-submit = Procurar
admin-none-found = Nenhuma conta encontrada.
admin-two-factor-off = Desativada
admin-two-factor-on = Ativada desde { $date }
admin-factor-app = aplicativo autenticador
admin-factor-keys = { $count ->
    [one] uma chave
   *[other] { $count } chaves
}
admin-role-administrator = Administrador
admin-locked = Bloqueada
admin-col-two-factor = Autenticação em dois fatores
admin-col-last-sign-in = Último acesso
admin-never = Nunca
admin-reset = Redefinir dois fatores
admin-unlock = Remover bloqueios
admin-sign-out = Desconectar de todos os lugares
admin-policy-heading = Política de autenticação em dois fatores
admin-policy-required-of = Obrigatória para
admin-policy-nobody = Ninguém: cada usuário decide
admin-policy-everyone = Todos
admin-policy-administrators = Somente administradores
admin-policy-grace = Prazo de carência em dias (0: na hora)
admin-policy-submit = Salvar política
admin-policy-pending = Salvando…
admin-done = Pronto. O dono da conta foi avisado por e-mail.
admin-policy-saved = A política de autenticação em dois fatores foi salva.

error-address-unconfirmed = Primeiro confirme seu endereço de e-mail: abra o link que enviamos para você.
error-link-expired = Este link não funciona mais: já foi usado, foi substituído por um mais recente ou expirou.
field-email-same = Este já é o endereço da sua conta.
field-new-email = Novo endereço de e-mail
notice-sign-up-sent = Confira sua caixa de entrada: enviamos uma mensagem para o endereço informado. Abra o link dela e digite sua senha lá para confirmar o endereço e entrar.
notice-reset-sent = Se alguma conta usa esse endereço, enviamos a ela um link para escolher uma nova senha. O link vale por uma hora.
notice-confirmation-sent = Enviamos um novo link de confirmação. O anterior não funciona mais.
notice-address-change-sent = Enviamos um link para o novo endereço. Sua conta passa para ele quando o link for aberto; até lá, mantém o endereço atual.
notice-address-confirmed = Seu endereço de e-mail está confirmado.
notice-address-changed = Sua conta agora usa o novo endereço de e-mail. De agora em diante, entre com ele.
notice-password-reset = Sua nova senha foi definida e todos os navegadores foram desconectados. Entre com a nova senha.
event-address-confirmed = Endereço de e-mail confirmado
event-password-reset = Nova senha escolhida por um link enviado por e-mail
event-address-change-asked = Mudança para { $email } solicitada
event-address-changed = Endereço de e-mail alterado
event-trust-copied = Um cookie copiado de um navegador confiável foi usado: nenhum navegador é mais confiável
event-trusted-browser-new-network = Entrada em um navegador confiável, sem código, a partir de uma nova rede
mail-trust-copied-subject = Uma cópia do cookie de um navegador confiável foi usada
mail-trust-copied-body = Um navegador confiável da sua conta Twofold { $email } foi usado com um cookie que já tinha sido substituído, então ele pode ter sido copiado para outro navegador. Nenhum navegador da conta é mais confiável: cada um volta a pedir um código. Se não foi você, altere sua senha.
mail-trusted-browser-new-network-subject = Um navegador confiável entrou a partir de uma nova rede
mail-trusted-browser-new-network-body = Um navegador confiável entrou na sua conta Twofold { $email } sem código, a partir de uma rede diferente da última vez.
mail-link-expires-hour = O link funciona uma única vez, dentro de uma hora.
mail-link-expires-day = O link funciona uma única vez, dentro de 24 horas.
mail-confirm-subject = Confirme seu endereço de e-mail
mail-confirm-body = Uma conta do Twofold foi criada com seu endereço { $email }. Abra este link para confirmar que o endereço é seu:
mail-confirm-not-you = Se você não criou esta conta, ignore esta mensagem: o endereço continuará sem confirmação.
mail-sign-up-taken-subject = Alguém tentou se cadastrar com seu endereço
mail-sign-up-taken-body = Alguém tentou criar uma nova conta do Twofold com seu endereço { $email }, que já tem uma conta. Nada foi alterado. Se foi você e esqueceu sua senha, peça uma nova aqui: { $link }
mail-sign-up-taken-not-you = Se não foi você, não precisa fazer nada: sua conta continua como estava.
mail-reset-subject = Escolha uma nova senha
mail-reset-body = Foi pedida uma nova senha para sua conta { $email }. Abra este link para escolher uma:
mail-reset-not-you = Se você não pediu, ignore esta mensagem: sua senha continua a mesma. Se sua conta tem autenticação em dois fatores, o link sozinho não consegue alterá-la.
mail-change-subject = Confirme seu novo endereço de e-mail
mail-change-body = A conta do Twofold { $old } vai passar para este endereço, { $email }. Abra este link para confirmar:
mail-change-not-you = Se você não pediu, ignore esta mensagem: nada muda.
mail-change-taken-subject = Alguém tentou usar seu endereço
mail-change-taken-body = Alguém pediu para passar outra conta do Twofold para seu endereço { $email }, que já tem uma conta. Nada foi alterado.
mail-change-notice-subject = Foi pedida uma mudança do seu endereço de e-mail
mail-change-notice-body = Alguém conectado à sua conta { $old } pediu para passá-la para o endereço { $email }. O endereço só muda quando o link que enviamos para lá for aberto.
mail-password-reset-subject = Sua senha foi redefinida
mail-password-reset-body = Uma nova senha foi escolhida para sua conta { $email } por meio de um link enviado a este endereço, e todos os navegadores foram desconectados.
mail-address-changed-subject = Sua conta tem um novo endereço de e-mail
mail-address-changed-body = Sua conta do Twofold agora usa o endereço { $email }. De agora em diante, entre com ele.
login-forgot = Esqueceu sua senha?
forgot-title = Esqueceu sua senha?
forgot-lead = Digite o endereço de e-mail da sua conta. Enviaremos um link para você escolher uma nova senha.
forgot-submit = Enviar o link
forgot-pending = Enviando…
forgot-back = Voltar para entrar
reset-title = Escolha uma nova senha
reset-lead = Escolha a nova senha da sua conta.
reset-lead-two-factor = Escolha a nova senha da sua conta e confirme com seu segundo fator: sua chave de segurança, um código do aplicativo autenticador ou um código de backup.
reset-use-key = Confirmar com sua chave de segurança
reset-use-key-pending = Aguardando sua chave de segurança…
reset-submit = Definir a nova senha
reset-pending = Definindo…
reset-ask-again = Pedir um novo link
confirm-address-title = Confirme seu endereço de e-mail
confirm-address-lead = Confirme que { $email } é o seu endereço: digite a senha que você escolheu ao se cadastrar.
confirm-address-change-lead = Passar sua conta para o endereço { $email }.
confirm-address-submit = Confirmar o endereço
confirm-address-change-submit = Passar minha conta
confirm-address-pending = Confirmando…
confirm-address-settings = Ir para as configurações
settings-address-unconfirmed = Seu endereço de e-mail { $email } ainda não foi confirmado. Abra o link que enviamos; até lá, não é possível ativar a autenticação em dois fatores.
settings-address-resend = Enviar o link de novo
settings-address-resending = Enviando…
settings-address-change = Alterar endereço de e-mail
settings-address-change-lead = Enviaremos um link para o novo endereço; sua conta passa para ele quando o link for aberto.
settings-address-submit = Enviar o link
settings-address-pending = Enviando…
# Configuração do primeiro fator da conta: o código enviado por e-mail. $email: o endereço
mailed-code-label = Código do e-mail
mailed-code-lead = Enviamos um código de 8 dígitos para { $email }. Ele vale por 15 minutos.
error-mailed-code = O código do e-mail está errado ou não vale mais. Veja nosso e-mail mais recente; depois de 5 tentativas erradas ou 15 minutos, feche esta janela e comece de novo para receber um novo código.
# O e-mail com esse código. $email: o endereço da conta; o código vem em uma linha própria
mail-factor-code-subject = Seu código para configurar a autenticação de dois fatores
mail-factor-code-body = Alguém está configurando a autenticação de dois fatores da sua conta Twofold { $email }. Para concluir, digite este código onde ele for pedido; ele vale por 15 minutos:
mail-factor-code-not-you = Se não foi você, alguém sabe sua senha: não passe este código a ninguém, entre e troque sua senha agora.

## Pedidos de login de outros aplicativos
authorize-refused-title = Este login não pode continuar
authorize-refused-client = O aplicativo que enviou você para cá não está registrado neste serviço, então você não pode entrar nele por aqui. Avise o responsável pelo aplicativo.
authorize-refused-redirect = O aplicativo que enviou você para cá pediu para mandar você de volta a um endereço que ele não registrou, então você não é enviado para lá. Avise o responsável pelo aplicativo.
authorize-refused-expired = Este pedido de login expirou ou foi iniciado em outro navegador. Volte ao aplicativo e entre novamente.
consent-title = Permitir acesso
consent-heading = { $application } pede para usar sua conta
consent-lead = Se você permitir, { $application } poderá:
consent-scope-openid = Reconhecer você quando você entrar nele
consent-scope-email = Ver seu endereço de e-mail
consent-scope-profile = Ver seu nome de usuário (seu endereço de e-mail)
consent-scope-groups = Ver seus grupos (por exemplo, se você é administrador)
consent-scope-offline-access = Continuar conectado à sua conta enquanto você estiver ausente
consent-allow = Permitir
consent-deny = Cancelar
authorize-refused-logout = Um aplicativo pediu para desconectar você, mas o pedido não é válido, então nada foi feito.
sign-out-title = Sair?
sign-out-lead = Um aplicativo pediu para desconectar você deste serviço. Saia apenas se você acabou de escolher sair.
sign-out-confirm = Sair
sign-out-stay = Continuar conectado
settings-applications-heading = Aplicativos conectados
settings-applications-lead = Estes aplicativos fazem seu login com esta conta. Desconectar um encerra o acesso dele na hora; ele pedirá de novo no seu próximo login.
settings-application-first-used = Primeiro login
settings-application-last-used = Último uso
settings-application-disconnect = Desconectar
settings-application-disconnect-label = Desconectar { $application }
event-application-connected = Login em { $application } pela primeira vez
event-application-disconnected = { $application } desconectado
mail-application-connected-subject = Você entrou em { $application } com sua conta
mail-application-connected-body = Sua conta { $email } foi usada para entrar em { $application } pela primeira vez. O aplicativo agora vê os dados que você compartilha com ele.
set-up-for-application = { $application } exige a autenticação de dois fatores. Ative-a abaixo; depois você pode voltar para { $application }.
set-up-for-application-done = A autenticação de dois fatores está ativada. Agora você pode voltar para { $application }.
set-up-for-application-continue = Continuar para { $application }
key-step-up-title = Confirmar com sua chave de segurança
key-step-up-lead = { $application } pede que você confirme este login com sua chave de segurança ou chave de acesso.
key-step-up-button = Usar sua chave de segurança ou chave de acesso
key-step-up-pending = Aguardando sua chave…
key-step-up-needs-js = Esta etapa precisa de JavaScript: é o navegador que consulta a chave.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = Aplicativos
admin-apps-lead = Os aplicativos que fazem o login dos seus usuários por este site com OpenID Connect. Cada um tem um ID de cliente; um confidencial tem também um segredo, mostrado uma única vez.
admin-apps-none = Nenhum aplicativo foi registrado ainda.
admin-app-client-id = ID de cliente
admin-app-secret = Segredo do cliente
admin-app-secret-heading = Novo segredo do cliente para { $application }
admin-app-secret-once = Copie-o agora para as configurações do aplicativo: ele só é mostrado desta vez, e só o seu hash é guardado.
admin-app-public = Público
admin-app-confidential = Confidencial
admin-app-requires = Exige
admin-app-require-signed-in = Login
admin-app-require-two-factor = Autenticação em dois fatores
admin-app-require-key = Uma chave de segurança ou chave de acesso
admin-app-consent = Consentimento
admin-app-consent-asked = Pedido a cada conta
admin-app-consent-not-asked = Não pedido (aplicativo próprio)
admin-app-signing = Tokens de ID assinados com
admin-app-redirect-uris = Endereços de redirecionamento
admin-app-post-logout-uris = Endereços após sair
admin-app-created = Registrado
admin-app-rotate = Novo segredo…
admin-app-rotate-warning = O segredo atual de { $application } deixa de funcionar na hora: o aplicativo não faz o login de ninguém até ter o novo.
admin-app-rotate-submit = Criar um novo segredo
admin-app-remove = Remover…
admin-app-remove-warning = { $application } não poderá mais fazer o login de ninguém: seus códigos, tokens e o consentimento de cada conta terminam.
admin-app-remove-submit = Remover { $application }
admin-app-add-heading = Registrar um aplicativo
admin-app-name = Nome
admin-app-uris-hint = Um endereço por linha, exatamente como o aplicativo o envia: https://, ou http:// apenas em localhost.
admin-app-public-label = Cliente público: roda no navegador ou num dispositivo, não guarda segredo e precisa usar PKCE
admin-app-consent-label = Perguntar a cada conta antes de compartilhar seus dados
admin-app-add-submit = Registrar
admin-app-add-pending = Registrando…
error-no-such-application = Este aplicativo não está mais registrado.
error-application-invalid = Não é possível registrar o aplicativo: informe um nome de até 64 caracteres e de 1 a 10 endereços de cada tipo, cada um um endereço https:// absoluto (http:// só em localhost) sem #fragmento.
event-application-added = Você registrou o aplicativo { $application }
event-application-secret-rotated = Você deu a { $application } um novo segredo do cliente
event-application-removed = Você removeu o aplicativo { $application }
