# Twofold — 简体中文（中国）。译自 locales/en-US/main.ftl；参见 locales/README.md。

## Page chrome

brand-name = Twofold
skip-to-content = 跳到正文
nav-label = 主导航
nav-log-in = 登录
nav-sign-up = 注册
nav-settings = 设置
nav-log-out = 退出登录
loading = 正在加载…

## Home

home-title = 不打扰你的双重身份验证
home-lead = 用手机上的验证码保护账户，为手机丢失的那天备好备用码，掌控每一次登录。

## Log in

login-title = 登录 Twofold
login-submit = 登录
login-pending = 正在登录…
login-no-account = 第一次使用 Twofold？
login-sign-up-link = 创建账户

## Sign up

signup-title = 创建你的账户
signup-lead = 只需一个邮箱地址和一个强密码。
signup-submit = 创建账户
signup-pending = 正在创建账户…
signup-have-account = 已经有账户了？
signup-log-in-link = 登录

## Second step of logging in

verify-title = 输入验证码
verify-lead-totp = 打开身份验证器应用，输入它为 Twofold 显示的 6 位验证码。
verify-lead-backup = 输入开启双重身份验证时保存的任意一个备用码。每个备用码只能使用一次。
verify-submit = 验证
verify-pending = 正在验证…
verify-start-over = 重新输入密码
error-login-expired = 请重新登录：本次登录已过期，或输入错误验证码的次数过多。

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = 身份验证器验证码
code-label-backup = 备用码
code-use-backup = 改用备用码
code-use-authenticator = 改用身份验证器应用

## Form fields

field-email = 邮箱地址
field-password = 密码
field-current-password = 当前密码
field-new-password = 新密码
field-password-hint = 12 到 128 个字符。几个互不相关的词就能组成既安全又好记的密码。

## Field problems, shown under the field

field-required = 请填写此项。
field-too-long = 内容太长。
field-invalid-email = 请输入邮箱地址，例如 name@example.cn。
field-password-too-short = 请至少使用 12 个字符。
field-password-common = 这个密码太常见了，请选择一个更难猜到的密码。
field-password-contains-email = 密码中不能包含你的邮箱地址。
field-password-same = 新密码必须与当前密码不同。
field-current-password-wrong = 当前密码不正确。

## Errors for the whole form

error-invalid-form = 请更正标出的字段。
error-invalid-credentials = 邮箱地址或密码不正确，或者该地址尚未确认：请先打开我们发给你的链接。
error-invalid-code = 验证码不正确。请检查身份验证器应用或备用码后重试。
error-code-already-used = 这个验证码已经用过了。请等待应用中的下一个验证码，或使用另一个备用码。
error-not-enrolled = 此账户尚未设置双重身份验证。
error-already-enrolled = 双重身份验证已经开启。
error-unauthorized = 请登录后继续。
error-bad-request = 无法读取表单。请检查填写的内容后重试。
error-network = 无法连接到 Twofold。请检查网络连接后重试。
error-unavailable = Twofold 暂时无法使用，请一分钟后重试。
error-busy = Twofold 当前繁忙，请几秒后重试。
error-internal = 我们这边出了点问题，请稍后重试。

## Settings

settings-title = 账户设置
settings-account-heading = 账户
settings-two-factor-heading = 双重身份验证
settings-two-factor-off = 双重身份验证已关闭。
# $date (String) - 开启的日期
settings-two-factor-on-since = 双重身份验证自 { $date } 起已开启。
settings-two-factor-explainer = 开启双重身份验证后，登录时还需要身份验证器应用的验证码，或你的安全密钥或通行密钥，仅凭被盗的密码无法登录。
settings-two-factor-enable = 开启双重身份验证
settings-two-factor-regenerate = 生成新的备用码
settings-two-factor-disable = 关闭双重身份验证
# $count (Number) - 未使用的备用码
settings-backup-codes-left = { $count ->
    [0] 你已没有剩余的备用码。
   *[other] 你还剩 { $count } 个备用码。
}
settings-backup-codes-few = 你的备用码快用完了。请生成新的备用码，这样即使丢了手机也能登录。
settings-two-factor-enabled = 双重身份验证已开启。今后登录时需要输入应用中的验证码。
settings-two-factor-enabled-key = 双重身份验证已开启。今后登录时需要使用你的安全密钥或通行密钥。
settings-two-factor-disabled = 双重身份验证已关闭。登录只需要密码。
settings-backup-codes-regenerated = 已生成新的备用码，旧的备用码不再有效。
settings-password-heading = 修改密码
settings-password-submit = 修改密码
settings-password-pending = 正在修改密码…
settings-password-changed = 密码已修改。

## Dialogs on the settings page

dialog-cancel = 取消
copy-done = 已复制。
copy-failed = 复制失败。请选中文本后自行复制。
setup-title = 开启双重身份验证
setup-password-lead = 为了保护你的账户，请先确认是你本人。
setup-factor-lead = 输入密码，并用你的一个验证因素确认，以添加身份验证器应用。
setup-password-submit = 继续
setup-password-pending = 正在检查…
setup-scan-lead = 用身份验证器应用扫描此二维码，例如密码管理器内置的验证器或手机上的独立应用。
setup-qr-label = 供身份验证器应用扫描的二维码。下方写有相同的密钥。
setup-key-label = 无法扫描？请在应用中输入以下密钥：
setup-copy-key = 复制密钥
setup-code-lead = 然后输入应用为 Twofold 显示的 6 位验证码。
setup-confirm-submit = 开启
setup-confirm-pending = 正在开启…
setup-add-submit = 添加应用
backup-codes-title = 保存你的备用码
backup-codes-lead = 如果无法使用身份验证器应用或安全密钥，这些备用码每个都可以登录一次。请把它们保存在安全的地方，例如密码管理器。它们只会显示这一次。
backup-codes-list-label = 备用码
backup-codes-copy = 全部复制
backup-codes-download = 下载为文本文件
backup-codes-print = 打印
backup-codes-saved = 我已保存这些备用码
backup-codes-done = 完成
# 下载文件的第一行。$email (String) - 账户的邮箱地址
backup-codes-file-heading = { $email } 的 Twofold 备用码
backup-codes-file-note = 每个备用码可代替身份验证器应用的验证码或安全密钥使用一次。
regenerate-title = 生成新的备用码
regenerate-lead = 新的备用码生成后，当前的备用码会立即失效。请用密码和一个验证码确认。
regenerate-submit = 生成备用码
regenerate-pending = 正在生成备用码…
disable-title = 关闭双重身份验证
disable-lead = 关闭后，登录只需要密码。请用密码以及应用中的验证码或一个备用码确认。
disable-lead-key = 关闭后，登录只需要密码。请用密码以及你的安全密钥或一个备用码确认。
disable-submit = 关闭
disable-pending = 正在关闭…

## Notice after logging in with a backup code

# $count (Number) - 未使用的备用码
backup-code-used = { $count ->
    [0] 你使用最后一个备用码登录了。请立即生成新的备用码，以免无法登录。
   *[other] 你使用备用码登录了，还剩 { $count } 个。
}
backup-code-used-action = 生成新的备用码

## Not found

not-found-title = 找不到页面
not-found-text = 你要找的页面不存在或已被移动。
not-found-home = 前往首页

## Language and dates

language-label = 语言
language-submit = 切换
# $year, $month (1–12), $day (Number)
date-long = { $year }年{ $month }月{ $day }日

## 账户安全:尝试次数限制、会话、安全日志

error-too-many-attempts = { $minutes ->
   *[other] 尝试次数过多。请在 { $minutes } 分钟后重试。
}
error-forbidden = 此请求并非来自 Twofold 的页面，已被拒绝。请重新加载页面后再试。
settings-back = 返回设置
settings-activity-heading = 活动和设备
date-time-utc = { $date } { $time }（UTC）
browser-on-os = { $os } 上的 { $browser }
browser-unknown-on-os = { $os } 上的浏览器
browser-unknown = 未知浏览器
address-unknown = 未知地址

sessions-title = 登录位置
sessions-lead = 以下浏览器已登录你的账户。请将不认识的浏览器退出登录，然后更改密码。
sessions-this-one = 当前浏览器
sessions-address = 地址
sessions-signed-in = 登录时间
sessions-last-seen = 最近活动
sessions-sign-out = 退出登录
sessions-sign-out-others = 退出其他所有位置
sessions-signing-out = 正在退出…
sessions-none-elsewhere = 你没有在其他位置登录。
sessions-signed-out-elsewhere = { $count ->
   *[other] 为了你的安全，已在其他 { $count } 台设备上退出登录。
}

security-log-title = 安全日志
security-log-lead = 你的账户的登录记录和安全设置变更，最新的在前。
security-log-empty = 还没有任何记录。
security-log-pages = 安全日志分页
security-log-newer = 较新的记录
security-log-older = 较早的记录
security-log-source = { $ip } · { $browser }
event-login-succeeded = 已登录
event-login-failed = 登录被拒绝：密码错误
event-code-refused = 验证码或备用码错误
event-two-factor-enabled = 已开启双重身份验证
event-two-factor-disabled = 已关闭双重身份验证
event-backup-code-used = { $count ->
    [0] 使用备用码登录；备用码已用完
   *[other] 使用备用码登录；还剩 { $count } 个
}
event-backup-codes-regenerated = 已生成新的备用码；旧备用码已失效
event-locked = { $minutes ->
   *[other] 失败次数过多：已锁定 { $minutes } 分钟
}
event-password-changed = 已更改密码
event-sessions-signed-out = { $count ->
   *[other] 已在其他 { $count } 台设备上退出登录
}
event-admin-reset = 管理员已移除双重身份验证，并在所有位置退出登录

## 发给账户所有者的邮件(纯文本)

mail-greeting = 你好：
mail-signature = — Twofold
mail-when = 时间：{ $time }
mail-from = 来源：{ $ip }（{ $browser }）
mail-unknown = 未知
mail-not-you = 如果这不是你本人的操作，请立即登录、更改密码，并在设置中查看“登录位置”。如果无法登录，请联系管理员。
mail-two-factor-enabled-subject = 双重身份验证已开启
mail-two-factor-enabled-body = 你的账户 { $email } 已开启双重身份验证。今后登录需要输入身份验证器应用中的验证码或备用码。
mail-two-factor-enabled-key-body = 你的账户 { $email } 已开启双重身份验证。今后登录需要使用安全密钥、通行密钥或备用码。
mail-two-factor-disabled-subject = 双重身份验证已关闭
mail-two-factor-disabled-body = 你的账户 { $email } 已关闭双重身份验证。今后只需密码即可登录。
mail-backup-code-used-subject = 有人使用备用码登录
mail-backup-code-used-body = { $count ->
    [0] 有人使用备用码登录了你的账户 { $email }。你的备用码已用完，请在设置中生成新的备用码。
   *[other] 有人使用备用码登录了你的账户 { $email }。你还剩 { $count } 个备用码。
}
mail-backup-codes-regenerated-subject = 已生成新的备用码
mail-backup-codes-regenerated-body = 已为你的账户 { $email } 生成新的备用码。旧备用码已失效。
mail-locked-subject = 登录失败次数过多
mail-locked-body = { $minutes ->
   *[other] 你的账户 { $email } 登录失败次数过多，因此登录已暂停 { $minutes } 分钟。
}
mail-password-changed-subject = 你的密码已更改
mail-password-changed-body = 你的账户 { $email } 的密码已更改，你在其他设备上已退出登录。
mail-admin-reset-subject = 双重身份验证已重置
mail-admin-reset-body = 管理员已移除你的账户 { $email } 的双重身份验证，并在所有位置退出登录。请用密码登录，然后重新开启双重身份验证。

## 尝试次数限制与警示

error-wait-seconds = { $seconds ->
   *[other] 尝试次数过多。请等待 { $seconds } 秒后重试。
}
error-wait-hours = { $hours ->
   *[other] 尝试次数过多。请在 { $hours } 小时后重试。
}
error-authenticator-suspended = 此账户输入的错误验证码过多，身份验证器应用的验证码已无法使用。请改为输入一个备用码：这样应用的验证码会重新生效。如果没有备用码，请联系管理员。
event-code-replayed = 一个验证码被第二次使用，已被拒绝
event-second-step-missing = 输入了正确的密码，但登录未通过第二重验证完成
event-password-known = 输入了正确的密码，随后输入了三个错误的验证码
event-authenticator-suspended = 连续 100 次验证码错误后已停用验证码；使用备用码可重新启用
event-passwords-slowed = 大量错误密码：来自新浏览器的登录已被放慢
event-admin-unlocked = 管理员解除了登录尝试的限制
security-log-operator = 由操作员 { $operator } 执行（命令行）
mail-code-replayed-subject = 一个登录验证码被使用了两次
mail-code-replayed-body = 有人为你的账户 { $email } 输入了一个已经用过的身份验证器验证码，该验证码已被拒绝。如果不是你刚刚把同一个验证码输入了两次，那么知道你密码的人可能看到了你的某个验证码：请立即更改密码。
mail-password-known-subject = 可能有人知道你的密码
mail-password-known-body = 有人输入了你的账户 { $email } 的正确密码，随后输入了三个错误的验证码。你的第二重验证阻止了登录。如果这不是你本人，请立即更改密码。
mail-authenticator-suspended-subject = 你账户的身份验证器验证码已停用
mail-authenticator-suspended-body = 由于连续 100 次输入错误的验证码，身份验证器应用的验证码已无法再登录你的账户 { $email }。请使用一个备用码登录以重新启用，然后更改密码。
mail-passwords-slowed-subject = 你的账户收到大量错误密码
mail-passwords-slowed-body = 有人为你的账户 { $email } 输入了大量错误密码。来自从未登录过该账户的浏览器的登录暂时会被放慢；你以前登录过的浏览器不受影响。

## 安全密钥与通行密钥

event-key-added = 已添加安全密钥或通行密钥
event-key-removed = 已移除安全密钥或通行密钥
mail-key-added-subject = 你的账户添加了一个安全密钥
mail-key-added-body = 你的账户 { $email } 添加了一个安全密钥或通行密钥。现在可以用它登录，你在其他设备上的登录已退出。
mail-key-removed-subject = 你的账户移除了一个安全密钥
mail-key-removed-body = 你的账户 { $email } 移除了一个安全密钥或通行密钥，你在其他设备上的登录已退出。

error-key-refused = 你的安全密钥未被接受。请重试，或换一种方式。
error-key-cancelled = 安全密钥没有响应：请求已取消或超时。请重试，或换一种方式。
error-key-unsupported = 此浏览器无法在这里使用安全密钥。请换一种方式或换一个浏览器。
error-key-registered = 此安全密钥已绑定到某个账户。
error-key-name = 请为密钥取一个 1 到 64 个字符的名称。
error-no-such-key = 该安全密钥已不在你的账户中。
event-key-refused = 已拒绝一个安全密钥的应答
event-authenticator-added = 已添加身份验证器应用
mail-authenticator-added-subject = 你的账户已添加身份验证器应用
mail-authenticator-added-body = 你的账户 { $email } 已添加身份验证器应用。现在可以用它的验证码登录，你在其他设备上已被退出登录。
settings-key-added-notice = 已添加你的安全密钥。
settings-key-removed-notice = 已移除该安全密钥。
settings-authenticator-added = 已添加你的身份验证器应用。
settings-authenticator-heading = 身份验证器应用
settings-authenticator-on = 已设置：接受你的身份验证器应用中的验证码。
settings-authenticator-off = 未设置。
settings-authenticator-add = 设置身份验证器应用
settings-keys-heading = 安全密钥和通行密钥
settings-keys-none = 还没有安全密钥或通行密钥。
settings-keys-need-js = 添加或移除安全密钥需要 JavaScript。
settings-keys-add = 添加安全密钥或通行密钥
settings-key-added = 添加于 { $date }
settings-key-last-used = 上次使用于 { $date }
settings-key-never-used = 尚未使用
settings-key-rename = 重命名
settings-key-rename-label = 新名称
settings-key-rename-submit = 保存名称
settings-key-rename-pending = 正在保存…
settings-key-remove = 移除
remove-key-title = 要移除此安全密钥吗？
remove-key-lead = 之后将无法再用它登录你的账户。请输入密码，并用一个验证因素确认。
remove-key-last = 这是你唯一的验证因素：移除后双重身份验证将关闭，备用码也会被删除。
remove-key-submit = 移除密钥
remove-key-pending = 正在移除…
add-key-title = 添加安全密钥或通行密钥
add-key-password-lead = 输入密码以添加安全密钥或通行密钥。
add-key-factor-lead = 输入密码，并用你的一个验证因素确认，以添加安全密钥或通行密钥。
add-key-continue = 继续
add-key-continue-pending = 正在检查…
add-key-touch = 请按浏览器提示操作：触摸你的安全密钥，或用设备的屏幕锁确认。
add-key-retry = 重试
add-key-name-lead = 为此密钥命名，以便与其他密钥区分。
add-key-name-label = 名称
add-key-submit = 添加密钥
add-key-pending = 正在添加…
reauth-key-lead = 也可以用安全密钥代替验证码确认：
reauth-use-key = 使用安全密钥
reauth-use-key-pending = 正在等待你的密钥…
verify-lead-key = 使用你的安全密钥，或输入身份验证器应用中的验证码或备用码。
verify-lead-key-only = 使用你的安全密钥，或输入一个备用码。
verify-use-key = 使用安全密钥
verify-use-key-pending = 正在等待你的密钥…
verify-or-code = 或输入验证码
verify-key-needs-js = 安全密钥需要 JavaScript。你仍可以在下方输入验证码。
login-or = 或
login-passkey = 使用通行密钥登录
login-passkey-pending = 正在等待你的通行密钥…
login-passkey-needs-js = 使用通行密钥登录需要 JavaScript。

## 必须开启的双重身份验证

policy-grace = { $days ->
   *[other] { $days } 天后，你的账户必须开启双重身份验证。
}
policy-grace-action = 立即设置
policy-set-up-now = 你的账户必须开启双重身份验证。请在下方设置后继续；设置完成之前，其他功能均不可用。
settings-two-factor-required = 你的账户必须开启此功能，因此无法关闭。如需更换安全密钥，请先添加新密钥，再移除旧密钥。
error-two-factor-required = 你的账户必须开启双重身份验证。请设置或保持开启后继续。
event-administrator-granted = 被设为管理员
event-administrator-revoked = 不再是管理员

## 移除身份验证器应用

settings-authenticator-remove = 移除身份验证器应用
remove-authenticator-title = 要移除身份验证器应用吗？
remove-authenticator-lead = 移除后，它的验证码将无法再登录你的账户；你的安全密钥和备用码会保留。请输入密码并用一种验证方式确认。
remove-authenticator-submit = 移除应用
settings-authenticator-removed = 已移除你的身份验证器应用。
event-authenticator-removed = 已移除身份验证器应用
mail-authenticator-removed-subject = 你的账户已移除一个身份验证器应用
mail-authenticator-removed-body = 你的账户 { $email } 已移除身份验证器应用。它的验证码已无法登录，你在其他设备上也已退出登录。

## 受信任的浏览器

verify-trust = { $days ->
   *[other] 在此浏览器上 { $days } 天内不再要求验证码
}
trusted-heading = 受信任的浏览器
trusted-lead = 这些浏览器只需密码即可登录你的账户，无需验证码。更改密码或验证方式，或在所有位置退出登录，都会取消信任。
trusted-since = 信任时间
trusted-last-used = 上次使用
trusted-never-used = 尚未使用
trusted-until = 信任截止
trusted-stop = 取消信任
event-browser-trusted = 信任了一个浏览器：它无需验证码即可登录
event-trusted-browser-used = 在受信任的浏览器上无需验证码登录
event-browser-untrusted = 一个浏览器不再受信任

## 管理员在管理页面上的操作

event-admin-signed-out = 管理员已让你在所有位置退出登录
security-log-administrator = 由管理员 { $email } 操作
event-administered-reset = 你移除了 { $email } 的双重身份验证
event-administered-unlock = 你解除了 { $email } 的登录限制
event-administered-sign-out = 你让 { $email } 在所有位置退出了登录
event-policy-changed = 你更改了本站的双重身份验证策略
mail-admin-unlocked-subject = 你的登录尝试限制已解除
mail-admin-unlocked-body = 管理员解除了你的账户 { $email } 的登录尝试限制：你的密码和验证码会立即重新接受检查。
mail-admin-signed-out-subject = 你已在所有位置退出登录
mail-admin-signed-out-body = 管理员让你的账户 { $email } 在所有设备上退出了登录。请用密码和第二重验证方式重新登录。
error-confirmation-required = 请先用密码和一种验证方式确认。
error-no-such-account = 没有使用此电子邮件地址的账户。
nav-admin = 管理
## /admin
admin-title = 管理
admin-confirm-heading = 确认是你本人
admin-confirm-lead = 要处理账户或更改策略，请输入密码并用一种验证方式确认。确认后 10 分钟内有效。
admin-confirm-submit = 确认
admin-confirm-pending = 正在确认…
admin-accounts-heading = 账户
admin-search-label = 按电子邮件地址查找账户
admin-search-submit = 搜索
admin-none-found = 没有匹配的账户。
admin-two-factor-off = 关闭
admin-two-factor-on = 自 { $date } 起开启
admin-factor-app = 身份验证器应用
admin-factor-keys = { $count ->
   *[other] { $count } 个密钥
}
admin-role-administrator = 管理员
admin-locked = 已锁定
admin-col-two-factor = 双重身份验证
admin-col-last-sign-in = 上次登录
admin-never = 从未
admin-reset = 重置双重身份验证
admin-unlock = 解除锁定
admin-sign-out = 在所有位置退出登录
admin-policy-heading = 双重身份验证策略
admin-policy-required-of = 必须开启的对象
admin-policy-nobody = 无：由用户自行决定
admin-policy-everyone = 所有人
admin-policy-administrators = 仅管理员
admin-policy-grace = 宽限期（天，0 表示立即）
admin-policy-submit = 保存策略
admin-policy-pending = 正在保存…
admin-done = 完成。已通过邮件通知账户所有者。
admin-policy-saved = 已保存双重身份验证策略。

error-address-unconfirmed = 请先确认你的邮箱地址：打开我们发给你的链接。
error-link-expired = 此链接已失效：它已被使用、被更新的链接取代，或已过期。
field-email-same = 这已经是你账户的地址。
field-new-email = 新邮箱地址
notice-sign-up-sent = 请查看收件箱：我们已向你填写的地址发送了一封邮件。打开其中的链接并在那里输入密码，即可确认地址并登录。
notice-reset-sent = 如果有账户使用该地址，我们已向其发送一个用于设置新密码的链接。链接在一小时内有效。
notice-confirmation-sent = 我们已给你发送新的确认链接。之前的链接已失效。
notice-address-change-sent = 我们已向新地址发送链接。打开链接后你的账户才会改用该地址；在此之前保持原地址。
notice-address-confirmed = 你的邮箱地址已确认。
notice-address-changed = 你的账户现在使用新的邮箱地址。今后请用它登录。
notice-password-reset = 新密码已设置，所有浏览器均已退出登录。请用新密码登录。
event-address-confirmed = 邮箱地址已确认
event-password-reset = 通过邮件中的链接设置了新密码
event-address-change-asked = 已申请改为 { $email }
event-address-changed = 邮箱地址已更改
event-trust-copied = 受信任浏览器的 Cookie 副本被使用：已取消对所有浏览器的信任
event-trusted-browser-new-network = 在受信任的浏览器上从新网络免验证码登录
mail-trust-copied-subject = 受信任浏览器的 Cookie 副本被使用
mail-trust-copied-body = 您的 Twofold 账户 { $email } 的一个受信任浏览器使用了一个已被替换的 Cookie，它可能已被复制到另一个浏览器。已取消对该账户所有浏览器的信任：每个浏览器都会再次要求输入验证码。如果这不是您本人，请更改密码。
mail-trusted-browser-new-network-subject = 受信任的浏览器从新网络登录
mail-trusted-browser-new-network-body = 一个受信任的浏览器从与上次不同的网络免验证码登录了您的 Twofold 账户 { $email }。
mail-link-expires-hour = 此链接只能使用一次，一小时内有效。
mail-link-expires-day = 此链接只能使用一次，24 小时内有效。
mail-confirm-subject = 请确认你的邮箱地址
mail-confirm-body = 有人用你的地址 { $email } 创建了 Twofold 账户。打开此链接，确认该地址属于你：
mail-confirm-not-you = 如果你没有创建此账户，请忽略这封邮件：该地址将保持未确认状态。
mail-sign-up-taken-subject = 有人试图用你的地址注册
mail-sign-up-taken-body = 有人试图用你的地址 { $email } 创建新的 Twofold 账户，但该地址已有账户。没有任何更改。如果是你本人且忘记了密码，请在这里申请新密码：{ $link }
mail-sign-up-taken-not-you = 如果不是你本人，无需任何操作：你的账户保持不变。
mail-reset-subject = 请设置新密码
mail-reset-body = 有人为你的账户 { $email } 申请了新密码。打开此链接来设置：
mail-reset-not-you = 如果不是你申请的，请忽略这封邮件：你的密码保持不变。如果你的账户开启了双重身份验证，仅凭此链接无法更改密码。
mail-change-subject = 请确认你的新邮箱地址
mail-change-body = Twofold 账户 { $old } 将改用此地址 { $email }。打开此链接以确认：
mail-change-not-you = 如果不是你申请的，请忽略这封邮件：不会有任何变化。
mail-change-taken-subject = 有人试图使用你的地址
mail-change-taken-body = 有人申请把另一个 Twofold 账户改到你的地址 { $email }，但该地址已有账户。没有任何更改。
mail-change-notice-subject = 有人申请更改你的邮箱地址
mail-change-notice-body = 已登录你账户 { $old } 的人申请将其改为地址 { $email }。只有打开我们发到该地址的链接后，地址才会更改。
mail-password-reset-subject = 你的密码已重置
mail-password-reset-body = 已通过发送到此地址的链接为你的账户 { $email } 设置了新密码，所有浏览器均已退出登录。
mail-address-changed-subject = 你的账户有了新的邮箱地址
mail-address-changed-body = 你的 Twofold 账户现在使用地址 { $email }。今后请用它登录。
login-forgot = 忘记密码？
forgot-title = 忘记密码？
forgot-lead = 输入你账户的邮箱地址。我们会给你发送一个用于设置新密码的链接。
forgot-submit = 发送链接
forgot-pending = 正在发送…
forgot-back = 返回登录
reset-title = 设置新密码
reset-lead = 为你的账户设置新密码。
reset-lead-two-factor = 为你的账户设置新密码，然后用第二因素确认：安全密钥、身份验证器应用中的验证码或备用码。
reset-use-key = 用安全密钥确认
reset-use-key-pending = 正在等待安全密钥…
reset-submit = 设置新密码
reset-pending = 正在设置…
reset-ask-again = 申请新链接
confirm-address-title = 确认你的邮箱地址
confirm-address-lead = 确认 { $email } 是你的地址：请输入你注册时设置的密码。
confirm-address-change-lead = 将你的账户改为地址 { $email }。
confirm-address-submit = 确认地址
confirm-address-change-submit = 更改我的账户地址
confirm-address-pending = 正在确认…
confirm-address-settings = 前往设置
settings-address-unconfirmed = 你的邮箱地址 { $email } 尚未确认。请打开我们发给你的链接；在此之前无法开启双重身份验证。
settings-address-resend = 重新发送链接
settings-address-resending = 正在发送…
settings-address-change = 更改邮箱地址
settings-address-change-lead = 我们会向新地址发送链接；打开链接后你的账户才会改用该地址。
settings-address-submit = 发送链接
settings-address-pending = 正在发送…
# 设置账户的第一个验证方式：邮件发送的验证码。$email：地址
mailed-code-label = 邮件中的验证码
mailed-code-lead = 我们已向 { $email } 发送了 8 位验证码，15 分钟内有效。
error-mailed-code = 邮件中的验证码错误或已失效。请查看我们最新的邮件；输错 5 次或超过 15 分钟后，请关闭此对话框并重新开始以获取新的验证码。
# 包含该验证码的邮件。$email：账户地址；验证码单独一行跟在后面
mail-factor-code-subject = 用于设置双重身份验证的验证码
mail-factor-code-body = 有人正在为你的 Twofold 账户 { $email } 设置双重身份验证。要完成设置，请在要求的位置输入此验证码，15 分钟内有效：
mail-factor-code-not-you = 如果不是你本人操作，说明有人知道你的密码：不要把这个验证码告诉任何人，请立即登录并更改密码。

## 其他应用的登录请求
authorize-refused-title = 此次登录无法继续
authorize-refused-client = 将您带到这里的应用未在此服务中注册，因此无法在此登录该应用。请告知该应用的负责人。
authorize-refused-redirect = 将您带到这里的应用要求把您送回一个它未注册的地址，因此不会将您送往该地址。请告知该应用的负责人。
authorize-refused-expired = 此登录请求已过期，或是在另一个浏览器中发起的。请返回该应用并重新登录。
consent-title = 允许访问
consent-heading = { $application } 请求使用您的账户
consent-lead = 如果您允许，{ $application } 将可以：
consent-scope-openid = 在您登录时识别您
consent-scope-email = 查看您的电子邮件地址
consent-scope-profile = 查看您的用户名（即您的电子邮件地址）
consent-scope-groups = 查看您所属的组（例如您是否为管理员）
consent-scope-offline-access = 在您离开时保持与您账户的连接
consent-allow = 允许
consent-deny = 取消
authorize-refused-logout = 某个应用请求让您退出登录，但其请求无效，因此未执行任何操作。
sign-out-title = 退出登录？
sign-out-lead = 某个应用请求让您退出此服务。仅当您刚刚自己选择退出时才退出登录。
sign-out-confirm = 退出登录
sign-out-stay = 保持登录
settings-applications-heading = 已连接的应用
settings-applications-lead = 这些应用使用此账户为您登录。断开某个应用会立即终止其访问；下次您登录该应用时它会再次请求。
settings-application-first-used = 首次登录
settings-application-last-used = 上次使用
settings-application-disconnect = 断开连接
settings-application-disconnect-label = 断开 { $application }
event-application-connected = 首次登录 { $application }
event-application-disconnected = 已断开 { $application }
mail-application-connected-subject = 您已使用账户登录 { $application }
mail-application-connected-body = 您的账户 { $email } 首次被用于登录 { $application }。该应用现在可以看到您与它共享的信息。
set-up-for-application = { $application } 要求启用双重身份验证。请在下方启用，之后即可返回 { $application }。
set-up-for-application-done = 双重身份验证已启用。您现在可以返回 { $application }。
set-up-for-application-continue = 继续前往 { $application }
key-step-up-title = 使用安全密钥确认
key-step-up-lead = { $application } 要求您使用安全密钥或通行密钥确认此次登录。
key-step-up-button = 使用安全密钥或通行密钥
key-step-up-pending = 正在等待您的密钥…
key-step-up-needs-js = 此步骤需要 JavaScript：由浏览器向密钥发起请求。

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = 应用
admin-apps-lead = 通过本站以 OpenID Connect 让用户登录的应用。每个应用都有客户端 ID；机密客户端还有一个只显示一次的密钥。
admin-apps-none = 还没有注册任何应用。
admin-app-client-id = 客户端 ID
admin-app-secret = 客户端密钥
admin-app-secret-heading = { $application } 的新客户端密钥
admin-app-secret-once = 请立即把它复制到应用的设置中：它只显示这一次，系统只保存它的哈希值。
admin-app-public = 公开
admin-app-confidential = 机密
admin-app-requires = 要求
admin-app-require-signed-in = 登录
admin-app-require-two-factor = 双重身份验证
admin-app-require-key = 安全密钥或通行密钥
admin-app-consent = 同意
admin-app-consent-asked = 询问每个账户
admin-app-consent-not-asked = 不询问（自有应用）
admin-app-signing = ID 令牌签名算法
admin-app-redirect-uris = 重定向地址
admin-app-post-logout-uris = 退出登录后的地址
admin-app-created = 注册时间
admin-app-rotate = 新密钥…
admin-app-rotate-warning = { $application } 的当前密钥会立即失效：在拿到新密钥之前，该应用无法让任何人登录。
admin-app-rotate-submit = 生成新密钥
admin-app-remove = 移除…
admin-app-remove-warning = { $application } 将无法再让任何人登录：它的代码、令牌以及每个账户的同意都会终止。
admin-app-remove-submit = 移除 { $application }
admin-app-add-heading = 注册应用
admin-app-name = 名称
admin-app-uris-hint = 每行一个地址，与应用发送的完全一致：https://，或仅限 localhost 的 http://。
admin-app-public-label = 公开客户端：在浏览器或设备上运行，不保存密钥，必须使用 PKCE
admin-app-consent-label = 共享信息前先询问每个账户
admin-app-add-submit = 注册
admin-app-add-pending = 正在注册…
error-no-such-application = 此应用已不再注册。
error-application-invalid = 无法注册该应用：请填写不超过 64 个字符的名称，以及每类 1 到 10 个地址，每个都是不带 #片段的绝对 https:// 地址（仅 localhost 可用 http://）。
event-application-added = 你注册了应用 { $application }
event-application-secret-rotated = 你为 { $application } 生成了新的客户端密钥
event-application-removed = 你移除了应用 { $application }
