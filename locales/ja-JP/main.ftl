# Twofold — 日本語（日本）。locales/en-US/main.ftl から翻訳。locales/README.md を参照。

## Page chrome

brand-name = Twofold
skip-to-content = 本文へ移動
nav-label = メインナビゲーション
nav-log-in = ログイン
nav-sign-up = 新規登録
nav-settings = 設定
nav-log-out = ログアウト
loading = 読み込み中…

## Home

home-title = 邪魔にならない二要素認証
home-lead = スマートフォンのコードでアカウントを守り、紛失したときのためにバックアップコードを保管し、すべてのログインを把握できます。

## Log in

login-title = Twofold にログイン
login-submit = ログイン
login-pending = ログインしています…
login-no-account = Twofold は初めてですか？
login-sign-up-link = アカウントを作成

## Sign up

signup-title = アカウントを作成
signup-lead = 必要なのはメールアドレスと強力なパスワードだけです。
signup-submit = アカウントを作成
signup-pending = アカウントを作成しています…
signup-have-account = すでにアカウントをお持ちですか？
signup-log-in-link = ログイン

## Second step of logging in

verify-title = コードを入力
verify-lead-totp = 認証アプリを開き、Twofold 用に表示されている 6 桁のコードを入力してください。
verify-lead-backup = 二要素認証を有効にしたときに保存したバックアップコードのいずれかを入力してください。各コードは 1 回だけ使えます。
verify-submit = 確認
verify-pending = 確認しています…
verify-start-over = パスワードの入力からやり直す
error-login-expired = もう一度ログインしてください。このログインの有効期限が切れたか、間違ったコードが多すぎました。

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = 認証アプリのコード
code-label-backup = バックアップコード
code-use-backup = バックアップコードを使う
code-use-authenticator = 認証アプリを使う

## Form fields

field-email = メールアドレス
field-password = パスワード
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
field-password-hint = 12～128 文字。関連のない単語をいくつか並べると、強力で覚えやすいパスワードになります。

## Field problems, shown under the field

field-required = この項目を入力してください。
field-too-long = 長すぎます。
field-invalid-email = name@example.jp のようなメールアドレスを入力してください。
field-password-too-short = 12 文字以上にしてください。
field-password-common = このパスワードはよく使われすぎています。推測されにくいものを選んでください。
field-password-contains-email = パスワードにメールアドレスを含めることはできません。
field-password-same = 新しいパスワードは現在のものと違うものにしてください。
field-current-password-wrong = 現在のパスワードが正しくありません。

## Errors for the whole form

error-invalid-form = 強調表示された項目を修正してください。
error-invalid-credentials = メールアドレスまたはパスワードが正しくないか、アドレスがまだ確認されていません。まず、お送りしたリンクを開いてください。
error-invalid-code = コードが正しくありません。認証アプリまたはバックアップコードを確認して、もう一度お試しください。
error-code-already-used = このコードはすでに使用されています。アプリで次のコードを待つか、別のバックアップコードを使ってください。
error-not-enrolled = このアカウントでは二要素認証が設定されていません。
error-already-enrolled = 二要素認証はすでに有効です。
error-unauthorized = 続けるにはログインしてください。
error-bad-request = フォームを読み取れませんでした。入力内容を確認して、もう一度お試しください。
error-network = Twofold に接続できません。接続を確認して、もう一度お試しください。
error-unavailable = Twofold は一時的に利用できません。1 分ほどしてからもう一度お試しください。
error-busy = Twofold は現在混み合っています。数秒後にもう一度お試しください。
error-internal = こちら側で問題が発生しました。少し時間をおいてからもう一度お試しください。

## Settings

settings-title = アカウント設定
settings-account-heading = アカウント
settings-two-factor-heading = 二要素認証
settings-two-factor-off = 二要素認証は無効です。
# $date (String) - 有効にした日
settings-two-factor-on-since = 二要素認証は { $date } から有効です。
settings-two-factor-explainer = 二要素認証を使うと、ログイン時に認証アプリのコード、またはセキュリティキーやパスキーも求められるため、パスワードが盗まれただけでは不十分になります。
settings-two-factor-enable = 二要素認証を有効にする
settings-two-factor-regenerate = 新しいバックアップコードを作成
settings-two-factor-disable = 二要素認証を無効にする
# $count (Number) - 未使用のバックアップコード
settings-backup-codes-left = { $count ->
    [0] バックアップコードは残っていません。
   *[other] バックアップコードは残り { $count } 個です。
}
settings-backup-codes-few = バックアップコードが残り少なくなっています。スマートフォンを紛失してもログインできるよう、新しいコードを作成してください。
settings-two-factor-enabled = 二要素認証が有効になりました。今後、ログイン時にアプリのコードが求められます。
settings-two-factor-enabled-key = 二要素認証が有効になりました。今後、ログイン時にセキュリティキーまたはパスキーが求められます。
settings-two-factor-disabled = 二要素認証が無効になりました。ログインに必要なのはパスワードだけです。
settings-backup-codes-regenerated = 新しいバックアップコードを作成しました。古いコードは使えなくなりました。
settings-password-heading = パスワードの変更
settings-password-submit = パスワードを変更
settings-password-pending = パスワードを変更しています…
settings-password-changed = パスワードを変更しました。

## Dialogs on the settings page

dialog-cancel = キャンセル
copy-done = コピーしました。
copy-failed = コピーできませんでした。テキストを選択して手動でコピーしてください。
setup-title = 二要素認証を有効にする
setup-password-lead = アカウントを守るため、まずご本人であることを確認してください。
setup-factor-lead = 認証アプリを追加するには、パスワードを入力し、いずれかの要素で確認してください。
setup-password-submit = 続ける
setup-password-pending = 確認しています…
setup-scan-lead = パスワードマネージャー内蔵の認証機能やスマートフォンの認証アプリで、この QR コードを読み取ってください。
setup-qr-label = 認証アプリ用の QR コード。同じキーを下に文字で記載しています。
setup-key-label = 読み取れない場合は、代わりにこのキーをアプリに入力してください：
setup-copy-key = キーをコピー
setup-code-lead = 次に、アプリが Twofold 用に表示する 6 桁のコードを入力してください。
setup-confirm-submit = 有効にする
setup-confirm-pending = 有効にしています…
setup-add-submit = アプリを追加
backup-codes-title = バックアップコードを保存
backup-codes-lead = 認証アプリやセキュリティキーを使えないときは、これらのコードでそれぞれ 1 回ログインできます。パスワードマネージャーなど安全な場所に保管してください。表示されるのは今回だけです。
backup-codes-list-label = バックアップコード
backup-codes-copy = すべてコピー
backup-codes-download = テキストファイルでダウンロード
backup-codes-print = 印刷
backup-codes-saved = これらのコードを保存しました
backup-codes-done = 完了
# ダウンロードしたファイルの 1 行目。$email (String) - アカウントのメールアドレス
backup-codes-file-heading = { $email } の Twofold バックアップコード
backup-codes-file-note = 各コードは、認証アプリのコードやセキュリティキーの代わりに 1 回だけ使えます。
regenerate-title = 新しいバックアップコードを作成
regenerate-lead = 新しいコードを作成すると、現在のバックアップコードはすぐに使えなくなります。パスワードとコードで確認してください。
regenerate-submit = コードを作成
regenerate-pending = コードを作成しています…
disable-title = 二要素認証を無効にする
disable-lead = 無効にすると、ログインに必要なのはパスワードだけになります。パスワードと、アプリのコードまたはバックアップコードで確認してください。
disable-lead-key = 無効にすると、ログインに必要なのはパスワードだけになります。パスワードと、セキュリティキーまたはバックアップコードで確認してください。
disable-submit = 無効にする
disable-pending = 無効にしています…

## Notice after logging in with a backup code

# $count (Number) - 未使用のバックアップコード
backup-code-used = { $count ->
    [0] 最後のバックアップコードでログインしました。ログインできなくならないよう、今すぐ新しいコードを作成してください。
   *[other] バックアップコードでログインしました。残りは { $count } 個です。
}
backup-code-used-action = 新しいバックアップコードを作成

## Not found

not-found-title = ページが見つかりません
not-found-text = お探しのページは存在しないか、移動しました。
not-found-home = トップページへ

## Language and dates

language-label = 言語
language-submit = 変更
# $year, $month (1–12), $day (Number)
date-long = { $year }年{ $month }月{ $day }日

## アカウントの安全: 試行回数の制限、セッション、セキュリティログ

error-too-many-attempts = { $minutes ->
   *[other] 試行回数が多すぎます。{ $minutes } 分後にもう一度お試しください。
}
error-forbidden = このリクエストは Twofold のページから送信されていないため、拒否されました。ページを再読み込みして、もう一度お試しください。
settings-back = 設定に戻る
settings-activity-heading = アクティビティとデバイス
date-time-utc = { $date } { $time }(UTC)
browser-on-os = { $os } の { $browser }
browser-unknown-on-os = { $os } のブラウザー
browser-unknown = 不明なブラウザー
address-unknown = 不明なアドレス

sessions-title = ログイン中の場所
sessions-lead = 次のブラウザーがあなたのアカウントにログインしています。心当たりのないものはログアウトさせ、パスワードを変更してください。
sessions-this-one = このブラウザー
sessions-address = アドレス
sessions-signed-in = ログイン日時
sessions-last-seen = 最終アクティビティ
sessions-sign-out = ログアウトさせる
sessions-sign-out-others = ほかのすべての場所からログアウト
sessions-signing-out = ログアウトしています…
sessions-none-elsewhere = ほかの場所ではログインしていません。
sessions-signed-out-elsewhere = { $count ->
   *[other] 安全のため、ほかの { $count } 台のデバイスからログアウトしました。
}

security-log-title = セキュリティログ
security-log-lead = アカウントへのログインとセキュリティの変更です。新しい順に表示しています。
security-log-empty = まだ何も記録されていません。
security-log-pages = セキュリティログのページ
security-log-newer = 新しい記録
security-log-older = 古い記録
security-log-source = { $ip } · { $browser }
event-login-succeeded = ログインしました
event-login-failed = ログインを拒否しました: パスワードが違います
event-code-refused = 認証コードまたはバックアップコードが違います
event-two-factor-enabled = 二要素認証をオンにしました
event-two-factor-disabled = 二要素認証をオフにしました
event-backup-code-used = { $count ->
    [0] バックアップコードでログインしました。残りはありません
   *[other] バックアップコードでログインしました。残りは { $count } 個です
}
event-backup-codes-regenerated = 新しいバックアップコードを作成しました。古いコードは使えなくなりました
event-locked = { $minutes ->
   *[other] 失敗が多すぎるため、{ $minutes } 分間ロックしました
}
event-password-changed = パスワードを変更しました
event-sessions-signed-out = { $count ->
   *[other] ほかの { $count } 台のデバイスからログアウトしました
}
event-admin-reset = 管理者が二要素認証を解除し、すべての場所からログアウトさせました

## アカウントの持ち主へのメール(プレーンテキスト)

mail-greeting = こんにちは。
mail-signature = — Twofold
mail-when = 日時: { $time }
mail-from = 送信元: { $ip }({ $browser })
mail-unknown = 不明
mail-not-you = 心当たりがない場合は、すぐにログインしてパスワードを変更し、設定の「ログイン中の場所」を確認してください。ログインできない場合は、管理者に連絡してください。
mail-two-factor-enabled-subject = 二要素認証がオンになりました
mail-two-factor-enabled-body = アカウント { $email } の二要素認証がオンになりました。今後のログインには、認証アプリのコードまたはバックアップコードが必要です。
mail-two-factor-enabled-key-body = アカウント { $email } の二要素認証がオンになりました。今後のログインには、セキュリティキー、パスキー、またはバックアップコードが必要です。
mail-two-factor-disabled-subject = 二要素認証がオフになりました
mail-two-factor-disabled-body = アカウント { $email } の二要素認証がオフになりました。今後はパスワードだけでログインできます。
mail-backup-code-used-subject = バックアップコードでログインがありました
mail-backup-code-used-body = { $count ->
    [0] アカウント { $email } へのログインにバックアップコードが使われました。バックアップコードは残っていません。設定で新しいコードを作成してください。
   *[other] アカウント { $email } へのログインにバックアップコードが使われました。バックアップコードは残り { $count } 個です。
}
mail-backup-codes-regenerated-subject = 新しいバックアップコードが作成されました
mail-backup-codes-regenerated-body = アカウント { $email } の新しいバックアップコードが作成されました。古いコードは使えなくなりました。
mail-locked-subject = ログインの失敗が多すぎます
mail-locked-body = { $minutes ->
   *[other] アカウント { $email } へのログインの失敗が多すぎるため、{ $minutes } 分間ログインを停止しています。
}
mail-password-changed-subject = パスワードが変更されました
mail-password-changed-body = アカウント { $email } のパスワードが変更され、ほかのデバイスからはログアウトしました。
mail-admin-reset-subject = 二要素認証がリセットされました
mail-admin-reset-body = 管理者がアカウント { $email } の二要素認証を解除し、すべての場所からログアウトさせました。パスワードでログインし、もう一度二要素認証をオンにしてください。

## 試行回数の制限と警告

error-wait-seconds = { $seconds ->
   *[other] 試行回数が多すぎます。{ $seconds } 秒待ってから、もう一度お試しください。
}
error-wait-hours = { $hours ->
   *[other] 試行回数が多すぎます。{ $hours } 時間後にもう一度お試しください。
}
error-authenticator-suspended = このアカウントで間違ったコードが多く入力されたため、認証アプリのコードは使えなくなりました。代わりにバックアップコードを入力してください。入力すると認証アプリのコードが再び使えるようになります。バックアップコードがない場合は、管理者に連絡してください。
event-code-replayed = 認証コードが 2 回目に使用されたため拒否しました
event-second-step-missing = 正しいパスワードが入力されましたが、2 つ目の要素でログインが完了しませんでした
event-password-known = 正しいパスワードの後に、間違ったコードが 3 回入力されました
event-authenticator-suspended = 間違ったコードが 100 回続いたため認証コードを無効にしました。バックアップコードで再び有効になります
event-passwords-slowed = 間違ったパスワードが多数: 新しいブラウザーからのログインを遅くしています
event-admin-unlocked = 管理者がログイン試行の制限を解除しました
security-log-operator = オペレーター { $operator } による操作(コマンドライン)
mail-code-replayed-subject = ログインコードが 2 回使用されました
mail-code-replayed-body = アカウント { $email } で、すでに使用済みの認証アプリのコードが入力されたため拒否しました。同じコードを 2 回入力したのでなければ、パスワードを知っている誰かがあなたのコードを見た可能性があります。今すぐパスワードを変更してください。
mail-password-known-subject = パスワードを誰かに知られている可能性があります
mail-password-known-body = 誰かがアカウント { $email } の正しいパスワードを入力し、その後に間違ったコードを 3 回入力しました。2 つ目の要素がログインを防ぎました。心当たりがない場合は、今すぐパスワードを変更してください。
mail-authenticator-suspended-subject = アカウントの認証コードが無効になりました
mail-authenticator-suspended-body = 間違ったコードが 100 回続いたため、認証アプリのコードではアカウント { $email } にログインできなくなりました。バックアップコードでログインすると再び有効になります。その後、パスワードを変更してください。
mail-passwords-slowed-subject = アカウントに間違ったパスワードが多数入力されました
mail-passwords-slowed-body = アカウント { $email } で間違ったパスワードが多数入力されました。これまでログインしたことのないブラウザーからのログインを、しばらくの間遅くしています。以前ログインしたことのあるブラウザーには影響しません。

## セキュリティキーとパスキー

event-key-added = セキュリティキーまたはパスキーを追加しました
event-key-removed = セキュリティキーまたはパスキーを削除しました
mail-key-added-subject = アカウントにセキュリティキーが追加されました
mail-key-added-body = アカウント { $email } にセキュリティキーまたはパスキーが追加されました。今後はこれでログインできます。ほかのデバイスではログアウトしました。
mail-key-removed-subject = アカウントからセキュリティキーが削除されました
mail-key-removed-body = アカウント { $email } からセキュリティキーまたはパスキーが削除されました。ほかのデバイスではログアウトしました。

error-key-refused = セキュリティキーが受け付けられませんでした。もう一度試すか、別の方法を使ってください。
error-key-cancelled = セキュリティキーから応答がありませんでした。要求がキャンセルされたか、時間切れになりました。もう一度試すか、別の方法を使ってください。
error-key-unsupported = このブラウザーではここでセキュリティキーを使えません。別の方法か別のブラウザーを使ってください。
error-key-registered = このセキュリティキーはすでにアカウントに登録されています。
error-key-name = キーの名前は 1～64 文字で付けてください。
error-no-such-key = そのセキュリティキーはアカウントから削除されています。
event-key-refused = セキュリティキーの応答を拒否しました
event-authenticator-added = 認証アプリを追加しました
mail-authenticator-added-subject = アカウントに認証アプリが追加されました
mail-authenticator-added-body = アカウント { $email } に認証アプリが追加されました。今後はそのコードでログインできます。ほかのデバイスではログアウトしました。
settings-key-added-notice = セキュリティキーを追加しました。
settings-key-removed-notice = セキュリティキーを削除しました。
settings-authenticator-added = 認証アプリを追加しました。
settings-authenticator-heading = 認証アプリ
settings-authenticator-on = 設定済み：認証アプリのコードを使えます。
settings-authenticator-off = 未設定です。
settings-authenticator-add = 認証アプリを設定
settings-keys-heading = セキュリティキーとパスキー
settings-keys-none = セキュリティキーもパスキーもまだありません。
settings-keys-need-js = セキュリティキーの追加と削除には JavaScript が必要です。
settings-keys-add = セキュリティキーまたはパスキーを追加
settings-key-added = 追加日：{ $date }
settings-key-last-used = 最終使用日：{ $date }
settings-key-never-used = 未使用
settings-key-rename = 名前を変更
settings-key-rename-label = 新しい名前
settings-key-rename-submit = 名前を保存
settings-key-rename-pending = 保存しています…
settings-key-remove = 削除
remove-key-title = このセキュリティキーを削除しますか？
remove-key-lead = このキーではアカウントにログインできなくなります。パスワードを入力し、いずれかの要素で確認してください。
remove-key-last = これが唯一の要素です。削除すると二要素認証が無効になり、バックアップコードも削除されます。
remove-key-submit = キーを削除
remove-key-pending = 削除しています…
add-key-title = セキュリティキーまたはパスキーを追加
add-key-password-lead = セキュリティキーまたはパスキーを追加するには、パスワードを入力してください。
add-key-factor-lead = セキュリティキーまたはパスキーを追加するには、パスワードを入力し、いずれかの要素で確認してください。
add-key-continue = 続ける
add-key-continue-pending = 確認しています…
add-key-touch = ブラウザーの案内に従って、セキュリティキーに触れるか、デバイスの画面ロックで確認してください。
add-key-retry = もう一度試す
add-key-name-lead = ほかのキーと区別できるよう、このキーに名前を付けてください。
add-key-name-label = 名前
add-key-submit = キーを追加
add-key-pending = 追加しています…
reauth-key-lead = コードの代わりにセキュリティキーで確認することもできます：
reauth-use-key = セキュリティキーを使う
reauth-use-key-pending = キーを待っています…
verify-lead-key = セキュリティキーを使うか、認証アプリのコードまたはバックアップコードを入力してください。
verify-lead-key-only = セキュリティキーを使うか、バックアップコードを 1 つ入力してください。
verify-use-key = セキュリティキーを使う
verify-use-key-pending = キーを待っています…
verify-or-code = またはコードを入力
verify-key-needs-js = セキュリティキーには JavaScript が必要です。下でコードを入力することもできます。
login-or = または
login-passkey = パスキーでログイン
login-passkey-pending = パスキーを待っています…
login-passkey-needs-js = パスキーでのログインには JavaScript が必要です。

## 必須の二要素認証

policy-grace = { $days ->
   *[other] あと { $days } 日で、このアカウントでは二要素認証が必須になります。
}
policy-grace-action = 今すぐ設定する
policy-set-up-now = このアカウントでは二要素認証が必須です。続けるには下で設定してください。設定が終わるまで、ほかの機能は使えません。
settings-two-factor-required = このアカウントでは必須のため、オフにできません。セキュリティキーを交換するには、先に新しいキーを追加してから古いキーを削除してください。
error-two-factor-required = このアカウントでは二要素認証が必須です。続けるには、設定するか、オンのままにしてください。
event-administrator-granted = 管理者に任命されました
event-administrator-revoked = 管理者ではなくなりました

## 認証アプリの削除

settings-authenticator-remove = 認証アプリを削除
remove-authenticator-title = 認証アプリを削除しますか？
remove-authenticator-lead = このアプリのコードではアカウントにログインできなくなります。セキュリティキーとバックアップコードはそのまま残ります。パスワードを入力し、いずれかの要素で確認してください。
remove-authenticator-submit = アプリを削除
settings-authenticator-removed = 認証アプリを削除しました。
event-authenticator-removed = 認証アプリを削除しました
mail-authenticator-removed-subject = アカウントから認証アプリが削除されました
mail-authenticator-removed-body = アカウント { $email } から認証アプリが削除されました。そのコードではログインできなくなり、ほかのデバイスではログアウトしました。

## 信頼済みのブラウザー

verify-trust = { $days ->
   *[other] このブラウザーでは { $days } 日間コードを求めない
}
trusted-heading = 信頼済みのブラウザー
trusted-lead = これらのブラウザーは、コードなしでパスワードだけでアカウントにログインできます。パスワードや認証要素を変更するか、すべての場所でログアウトすると、信頼は解除されます。
trusted-since = 信頼した日
trusted-last-used = 最終使用
trusted-never-used = まだ使われていません
trusted-until = 信頼の期限
trusted-stop = 信頼を解除
event-browser-trusted = ブラウザーを信頼済みにしました（コードなしでログインできます）
event-trusted-browser-used = 信頼済みのブラウザーでコードなしでログインしました
event-browser-untrusted = ブラウザーの信頼を解除しました

## 管理ページで管理者が行ったこと

event-admin-signed-out = 管理者によってすべての場所でログアウトされました
security-log-administrator = 管理者 { $email } による操作
event-administered-reset = { $email } の二要素認証を解除しました
event-administered-unlock = { $email } のログイン制限を解除しました
event-administered-sign-out = { $email } をすべての場所でログアウトさせました
event-policy-changed = このサイトの二要素認証ポリシーを変更しました
mail-admin-unlocked-subject = ログイン試行の制限が解除されました
mail-admin-unlocked-body = 管理者がアカウント { $email } のログイン試行の制限を解除しました。パスワードとコードはすぐに再び確認されます。
mail-admin-signed-out-subject = すべての場所でログアウトされました
mail-admin-signed-out-body = 管理者がアカウント { $email } をすべてのデバイスでログアウトさせました。パスワードと第二要素で再度ログインしてください。
error-confirmation-required = 先にパスワードといずれかの要素で確認してください。
error-no-such-account = このメールアドレスのアカウントはありません。
nav-admin = 管理
## /admin
admin-title = 管理
admin-confirm-heading = 本人確認
admin-confirm-lead = アカウントの操作やポリシーの変更には、パスワードを入力し、いずれかの要素で確認してください。10 分間有効です。
admin-confirm-submit = 確認
admin-confirm-pending = 確認中…
admin-accounts-heading = アカウント
admin-search-label = メールアドレスでアカウントを検索
admin-search-submit = 検索
admin-none-found = 一致するアカウントはありません。
admin-two-factor-off = オフ
admin-two-factor-on = { $date } からオン
admin-factor-app = 認証アプリ
admin-factor-keys = { $count ->
   *[other] キー { $count } 個
}
admin-role-administrator = 管理者
admin-locked = ロック中
admin-col-two-factor = 二要素認証
admin-col-last-sign-in = 最終ログイン
admin-never = なし
admin-reset = 二要素認証をリセット
admin-unlock = ロックを解除
admin-sign-out = すべての場所でログアウト
admin-policy-heading = 二要素認証ポリシー
admin-policy-required-of = 必須の対象
admin-policy-nobody = なし（各ユーザーが決める）
admin-policy-everyone = 全員
admin-policy-administrators = 管理者のみ
admin-policy-grace = 猶予期間（日数、0 はすぐ）
admin-policy-submit = ポリシーを保存
admin-policy-pending = 保存中…
admin-done = 完了しました。アカウントの所有者にメールで知らせました。
admin-policy-saved = 二要素認証ポリシーを保存しました。

error-address-unconfirmed = 先にメールアドレスを確認してください。お送りしたリンクを開いてください。
error-link-expired = このリンクは使えなくなりました。すでに使われたか、新しいリンクに置き換えられたか、期限が切れています。
field-email-same = これはすでにこのアカウントのアドレスです。
field-new-email = 新しいメールアドレス
notice-sign-up-sent = 受信トレイを確認してください。入力されたアドレスにメッセージを送りました。そのリンクを開き、パスワードを入力すると、アドレスが確認されログインできます。
notice-reset-sent = そのアドレスを使うアカウントがあれば、新しいパスワードを選ぶためのリンクを送りました。リンクの有効期間は 1 時間です。
notice-confirmation-sent = 新しい確認リンクを送りました。以前のリンクは使えなくなりました。
notice-address-change-sent = 新しいアドレスにリンクを送りました。リンクが開かれるとアカウントはそのアドレスに移ります。それまでは今のアドレスのままです。
notice-address-confirmed = メールアドレスが確認されました。
notice-address-changed = アカウントは新しいメールアドレスを使うようになりました。今後はこのアドレスでログインしてください。
notice-password-reset = 新しいパスワードを設定し、すべてのブラウザからログアウトしました。新しいパスワードでログインしてください。
event-address-confirmed = メールアドレスを確認
event-password-reset = メールのリンクから新しいパスワードを選択
event-address-change-asked = { $email } への変更を依頼
event-address-changed = メールアドレスを変更
event-trust-copied = 信頼済みブラウザーのコピーされた Cookie が使われたため、すべてのブラウザーの信頼を解除しました
event-trusted-browser-new-network = 信頼済みブラウザーで新しいネットワークからコードなしでログイン
mail-trust-copied-subject = 信頼済みブラウザーの Cookie のコピーが使われました
mail-trust-copied-body = Twofold アカウント { $email } の信頼済みブラウザーが、すでに置き換えられた Cookie で使われました。別のブラウザーにコピーされた可能性があります。アカウントのすべてのブラウザーの信頼を解除したため、どのブラウザーでも再びコードが求められます。心当たりがない場合は、パスワードを変更してください。
mail-trusted-browser-new-network-subject = 信頼済みブラウザーが新しいネットワークからログインしました
mail-trusted-browser-new-network-body = 信頼済みのブラウザーが、前回とは別のネットワークから、コードなしで Twofold アカウント { $email } にログインしました。
mail-link-expires-hour = このリンクは 1 時間以内に 1 回だけ使えます。
mail-link-expires-day = このリンクは 24 時間以内に 1 回だけ使えます。
mail-confirm-subject = メールアドレスを確認してください
mail-confirm-body = あなたのアドレス { $email } で Twofold のアカウントが作成されました。このアドレスがあなたのものであることを確認するには、次のリンクを開いてください:
mail-confirm-not-you = このアカウントを作成していない場合は、このメッセージを無視してください。アドレスは未確認のままになります。
mail-sign-up-taken-subject = あなたのアドレスで登録しようとした人がいます
mail-sign-up-taken-body = 誰かがあなたのアドレス { $email } で Twofold の新しいアカウントを作ろうとしましたが、このアドレスにはすでにアカウントがあります。何も変更されていません。ご本人でパスワードを忘れた場合は、こちらから新しいパスワードを依頼してください: { $link }
mail-sign-up-taken-not-you = ご本人でない場合は、何もする必要はありません。アカウントはそのままです。
mail-reset-subject = 新しいパスワードを選んでください
mail-reset-body = アカウント { $email } の新しいパスワードが依頼されました。次のリンクを開いてパスワードを選んでください:
mail-reset-not-you = 依頼していない場合は、このメッセージを無視してください。パスワードは変わりません。アカウントで二要素認証を使っている場合、リンクだけではパスワードを変更できません。
mail-change-subject = 新しいメールアドレスを確認してください
mail-change-body = Twofold のアカウント { $old } を、このアドレス { $email } に移す依頼がありました。確認するには次のリンクを開いてください:
mail-change-not-you = 依頼していない場合は、このメッセージを無視してください。何も変わりません。
mail-change-taken-subject = あなたのアドレスを使おうとした人がいます
mail-change-taken-body = 誰かが別の Twofold アカウントをあなたのアドレス { $email } に移そうとしましたが、このアドレスにはすでにアカウントがあります。何も変更されていません。
mail-change-notice-subject = メールアドレスの変更が依頼されました
mail-change-notice-body = アカウント { $old } にログインしている人が、アドレス { $email } への変更を依頼しました。そのアドレスに送ったリンクが開かれるまで、アドレスは変わりません。
mail-password-reset-subject = パスワードがリセットされました
mail-password-reset-body = このアドレスに送られたリンクから、アカウント { $email } の新しいパスワードが選ばれ、すべてのブラウザからログアウトしました。
mail-address-changed-subject = アカウントのメールアドレスが新しくなりました
mail-address-changed-body = Twofold のアカウントは現在アドレス { $email } を使っています。今後はこのアドレスでログインしてください。
login-forgot = パスワードをお忘れですか？
forgot-title = パスワードをお忘れですか？
forgot-lead = アカウントのメールアドレスを入力してください。新しいパスワードを選ぶためのリンクをお送りします。
forgot-submit = リンクを送信
forgot-pending = 送信中…
forgot-back = ログインに戻る
reset-title = 新しいパスワードを選択
reset-lead = アカウントの新しいパスワードを選んでください。
reset-lead-two-factor = アカウントの新しいパスワードを選び、2 つ目の要素で確認してください。セキュリティキー、認証アプリのコード、またはバックアップコードが使えます。
reset-use-key = セキュリティキーで確認
reset-use-key-pending = セキュリティキーを待っています…
reset-submit = 新しいパスワードを設定
reset-pending = 設定中…
reset-ask-again = 新しいリンクを依頼
confirm-address-title = メールアドレスを確認
confirm-address-lead = { $email } があなたのアドレスであることを確認してください。登録時に選んだパスワードを入力してください。
confirm-address-change-lead = アカウントをアドレス { $email } に移します。
confirm-address-submit = アドレスを確認
confirm-address-change-submit = アカウントを移す
confirm-address-pending = 確認中…
confirm-address-settings = 設定へ移動
settings-address-unconfirmed = メールアドレス { $email } はまだ確認されていません。お送りしたリンクを開いてください。確認されるまで二要素認証はオンにできません。
settings-address-resend = リンクを再送信
settings-address-resending = 送信中…
settings-address-change = メールアドレスを変更
settings-address-change-lead = 新しいアドレスにリンクを送ります。リンクが開かれるとアカウントはそのアドレスに移ります。
settings-address-submit = リンクを送信
settings-address-pending = 送信中…
# アカウントの最初の要素の設定：メールで送るコード。$email：アドレス
mailed-code-label = メールに記載のコード
mailed-code-lead = { $email } に 8 桁のコードを送信しました。有効期間は 15 分です。
error-mailed-code = メールのコードが正しくないか、有効期限が切れています。最新のメールを確認してください。5 回間違えるか 15 分たった場合は、このダイアログを閉じて最初からやり直し、新しいコードを受け取ってください。
# そのコードを送るメール。$email：アカウントのアドレス。コードは別の行に続きます
mail-factor-code-subject = 2 段階認証の設定用コード
mail-factor-code-body = Twofold アカウント { $email } の 2 段階認証が設定されようとしています。完了するには、求められた場所にこのコードを入力してください。有効期間は 15 分です：
mail-factor-code-not-you = 心当たりがない場合、誰かがあなたのパスワードを知っています。このコードを誰にも教えず、今すぐサインインしてパスワードを変更してください。

## 他のアプリケーションからのサインイン要求
authorize-refused-title = このサインインは続行できません
authorize-refused-client = ここへ移動させたアプリケーションはこのサービスに登録されていないため、ここからサインインすることはできません。アプリケーションの管理者にお知らせください。
authorize-refused-redirect = ここへ移動させたアプリケーションが、登録されていないアドレスへの戻りを求めたため、そのアドレスへは移動しません。アプリケーションの管理者にお知らせください。
authorize-refused-expired = このサインイン要求は期限切れか、別のブラウザーで開始されたものです。アプリケーションに戻って、もう一度サインインしてください。
consent-title = アクセスの許可
consent-heading = { $application } があなたのアカウントの利用を求めています
consent-lead = 許可すると、{ $application } は次のことができます:
consent-scope-openid = サインイン時にあなたを識別する
consent-scope-email = メールアドレスを見る
consent-scope-profile = ユーザー名（メールアドレス）を見る
consent-scope-groups = 所属グループを見る（管理者かどうかなど）
consent-scope-offline-access = あなたが利用していない間もアカウントに接続したままにする
consent-allow = 許可
consent-deny = キャンセル
authorize-refused-logout = アプリケーションがサインアウトを求めましたが、その要求が無効なため、何も行われませんでした。
sign-out-title = サインアウトしますか？
sign-out-lead = アプリケーションがこのサービスからのサインアウトを求めています。ご自身でサインアウトを選んだ直後の場合にのみサインアウトしてください。
sign-out-confirm = サインアウト
sign-out-stay = サインインしたままにする
settings-applications-heading = 接続中のアプリケーション
settings-applications-lead = これらのアプリケーションはこのアカウントでサインインします。接続を解除するとアクセスはすぐに終了し、次回のサインイン時に再度確認されます。
settings-application-first-used = 初回サインイン
settings-application-last-used = 最終使用
settings-application-disconnect = 接続を解除
settings-application-disconnect-label = { $application } の接続を解除
event-application-connected = { $application } に初めてサインインしました
event-application-disconnected = { $application } の接続を解除しました
mail-application-connected-subject = アカウントで { $application } にサインインしました
mail-application-connected-body = アカウント { $email } が初めて { $application } へのサインインに使われました。このアプリケーションは、共有された情報を参照できるようになりました。
set-up-for-application = { $application } では 2 段階認証が必要です。下で有効にすると、{ $application } に戻れます。
set-up-for-application-done = 2 段階認証が有効になりました。{ $application } に戻れます。
set-up-for-application-continue = { $application } に進む
key-step-up-title = セキュリティキーで確認
key-step-up-lead = { $application } が、このサインインをセキュリティキーまたはパスキーで確認するよう求めています。
key-step-up-button = セキュリティキーまたはパスキーを使う
key-step-up-pending = キーを待っています…
key-step-up-needs-js = この手順には JavaScript が必要です。キーへの確認はブラウザーが行います。

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = アプリケーション
admin-apps-lead = OpenID Connect でこのサイトを通してユーザーをサインインさせるアプリです。それぞれにクライアント ID があり、機密クライアントには一度だけ表示されるシークレットもあります。
admin-apps-none = 登録されているアプリケーションはまだありません。
admin-app-client-id = クライアント ID
admin-app-secret = クライアントシークレット
admin-app-secret-heading = { $application } の新しいクライアントシークレット
admin-app-secret-once = 今すぐアプリケーションの設定にコピーしてください。表示されるのは今回だけで、保存されるのはハッシュのみです。
admin-app-public = 公開
admin-app-confidential = 機密
admin-app-requires = 必要なもの
admin-app-require-signed-in = サインイン
admin-app-require-two-factor = 二要素認証
admin-app-require-key = セキュリティキーまたはパスキー
admin-app-consent = 同意
admin-app-consent-asked = アカウントごとに確認する
admin-app-consent-not-asked = 確認しない（自社アプリケーション）
admin-app-signing = ID トークンの署名方式
admin-app-redirect-uris = リダイレクト先アドレス
admin-app-post-logout-uris = サインアウト後のアドレス
admin-app-created = 登録日時
admin-app-rotate = 新しいシークレット…
admin-app-rotate-warning = { $application } の現在のシークレットはすぐに使えなくなります。新しいシークレットを設定するまで、アプリケーションは誰もサインインさせられません。
admin-app-rotate-submit = 新しいシークレットを作成
admin-app-remove = 削除…
admin-app-remove-warning = { $application } は誰もサインインさせられなくなります。そのコード、トークン、各アカウントの同意はすべて終了します。
admin-app-remove-submit = { $application } を削除
admin-app-add-heading = アプリケーションを登録
admin-app-name = 名前
admin-app-uris-hint = 1 行に 1 つ、アプリケーションが送るとおりに入力します。https://、または localhost に限り http://。
admin-app-public-label = 公開クライアント：ブラウザーやデバイス上で動作し、シークレットを持たず、PKCE が必須
admin-app-consent-label = 情報を共有する前に各アカウントに確認する
admin-app-add-submit = 登録
admin-app-add-pending = 登録中…
error-no-such-application = このアプリケーションはもう登録されていません。
error-application-invalid = アプリケーションを登録できません。64 文字以内の名前と、各種類 1～10 個のアドレスを入力してください。アドレスはそれぞれ #フラグメントのない絶対 https:// アドレス（localhost に限り http://）です。
event-application-added = アプリケーション { $application } を登録しました
event-application-secret-rotated = { $application } に新しいクライアントシークレットを発行しました
event-application-removed = アプリケーション { $application } を削除しました
