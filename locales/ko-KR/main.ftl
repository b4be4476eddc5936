# Twofold — 한국어(대한민국). locales/en-US/main.ftl에서 번역했습니다. locales/README.md를 참고하세요.

## Page chrome

brand-name = Twofold
skip-to-content = 본문으로 건너뛰기
nav-label = 주 메뉴
nav-log-in = 로그인
nav-sign-up = 가입하기
nav-settings = 설정
nav-log-out = 로그아웃
loading = 불러오는 중…

## Home

home-title = 번거롭지 않은 2단계 인증
home-lead = 휴대폰의 코드로 계정을 보호하고, 휴대폰을 잃어버릴 때를 대비해 백업 코드를 보관하고, 모든 로그인을 직접 관리하세요.

## Log in

login-title = Twofold에 로그인
login-submit = 로그인
login-pending = 로그인하는 중…
login-no-account = Twofold가 처음이신가요?
login-sign-up-link = 계정 만들기

## Sign up

signup-title = 계정 만들기
signup-lead = 이메일 주소와 안전한 비밀번호만 있으면 됩니다.
signup-submit = 계정 만들기
signup-pending = 계정을 만드는 중…
signup-have-account = 이미 계정이 있으신가요?
signup-log-in-link = 로그인

## Second step of logging in

verify-title = 코드 입력
verify-lead-totp = 인증 앱을 열고 Twofold용으로 표시된 6자리 코드를 입력하세요.
verify-lead-backup = 2단계 인증을 켤 때 저장한 백업 코드 중 하나를 입력하세요. 각 코드는 한 번만 사용할 수 있습니다.
verify-submit = 확인
verify-pending = 확인하는 중…
verify-start-over = 비밀번호부터 다시 시작
error-login-expired = 다시 로그인하세요. 이 로그인이 만료되었거나 잘못된 코드를 너무 많이 입력했습니다.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = 인증 앱 코드
code-label-backup = 백업 코드
code-use-backup = 백업 코드 사용하기
code-use-authenticator = 인증 앱 사용하기

## Form fields

field-email = 이메일 주소
field-password = 비밀번호
field-current-password = 현재 비밀번호
field-new-password = 새 비밀번호
field-password-hint = 12~128자. 서로 관련 없는 단어 몇 개를 이으면 안전하면서도 기억하기 쉬운 비밀번호가 됩니다.

## Field problems, shown under the field

field-required = 이 항목을 입력하세요.
field-too-long = 너무 깁니다.
field-invalid-email = name@example.kr 같은 이메일 주소를 입력하세요.
field-password-too-short = 12자 이상으로 입력하세요.
field-password-common = 너무 흔한 비밀번호입니다. 추측하기 더 어려운 비밀번호를 고르세요.
field-password-contains-email = 비밀번호에 이메일 주소를 포함할 수 없습니다.
field-password-same = 새 비밀번호는 현재 비밀번호와 달라야 합니다.
field-current-password-wrong = 현재 비밀번호가 올바르지 않습니다.

## Errors for the whole form

error-invalid-form = 표시된 항목을 고쳐 주세요.
error-invalid-credentials = 이메일 주소 또는 비밀번호가 올바르지 않거나, 주소가 아직 확인되지 않았습니다. 먼저 보내 드린 링크를 여세요.
error-invalid-code = 코드가 올바르지 않습니다. 인증 앱이나 백업 코드를 확인한 후 다시 시도하세요.
error-code-already-used = 이미 사용한 코드입니다. 앱에서 다음 코드를 기다리거나 다른 백업 코드를 사용하세요.
error-not-enrolled = 이 계정에는 2단계 인증이 설정되어 있지 않습니다.
error-already-enrolled = 2단계 인증이 이미 켜져 있습니다.
error-unauthorized = 계속하려면 로그인하세요.
error-bad-request = 양식을 읽을 수 없습니다. 입력한 내용을 확인한 후 다시 시도하세요.
error-network = Twofold에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.
error-unavailable = Twofold를 일시적으로 사용할 수 없습니다. 1분 후에 다시 시도하세요.
error-busy = Twofold가 지금 혼잡합니다. 몇 초 후에 다시 시도하세요.
error-internal = 저희 쪽에 문제가 생겼습니다. 잠시 후 다시 시도하세요.

## Settings

settings-title = 계정 설정
settings-account-heading = 계정
settings-two-factor-heading = 2단계 인증
settings-two-factor-off = 2단계 인증이 꺼져 있습니다.
# $date (String) - 켠 날짜
settings-two-factor-on-since = { $date }부터 2단계 인증이 켜져 있습니다.
settings-two-factor-explainer = 2단계 인증을 사용하면 로그인할 때 인증 앱의 코드나 보안 키 또는 패스키도 필요하므로, 비밀번호가 도용되어도 그것만으로는 로그인할 수 없습니다.
settings-two-factor-enable = 2단계 인증 켜기
settings-two-factor-regenerate = 새 백업 코드 만들기
settings-two-factor-disable = 2단계 인증 끄기
# $count (Number) - 사용하지 않은 백업 코드
settings-backup-codes-left = { $count ->
    [0] 남은 백업 코드가 없습니다.
   *[other] 백업 코드가 { $count }개 남았습니다.
}
settings-backup-codes-few = 백업 코드가 얼마 남지 않았습니다. 휴대폰을 잃어버려도 로그인할 수 있도록 새 코드를 만드세요.
settings-two-factor-enabled = 2단계 인증이 켜졌습니다. 이제부터 로그인할 때 앱의 코드가 필요합니다.
settings-two-factor-enabled-key = 2단계 인증이 켜졌습니다. 이제부터 로그인할 때 보안 키 또는 패스키가 필요합니다.
settings-two-factor-disabled = 2단계 인증이 꺼졌습니다. 이제 비밀번호만으로 로그인합니다.
settings-backup-codes-regenerated = 새 백업 코드가 만들어졌습니다. 이전 코드는 더 이상 사용할 수 없습니다.
settings-password-heading = 비밀번호 변경
settings-password-submit = 비밀번호 변경
settings-password-pending = 비밀번호를 변경하는 중…
settings-password-changed = 비밀번호가 변경되었습니다.

## Dialogs on the settings page

dialog-cancel = 취소
copy-done = 복사했습니다.
copy-failed = 복사하지 못했습니다. 텍스트를 선택해 직접 복사하세요.
setup-title = 2단계 인증 켜기
setup-password-lead = 계정 보호를 위해 먼저 본인임을 확인하세요.
setup-factor-lead = 인증 앱을 추가하려면 비밀번호를 입력하고 인증 요소 중 하나로 확인하세요.
setup-password-submit = 계속
setup-password-pending = 확인하는 중…
setup-scan-lead = 비밀번호 관리자에 내장된 인증 기능이나 휴대폰의 인증 앱으로 이 QR 코드를 스캔하세요.
setup-qr-label = 인증 앱용 QR 코드입니다. 같은 키가 아래에 적혀 있습니다.
setup-key-label = 스캔이 안 되나요? 대신 앱에 이 키를 입력하세요.
setup-copy-key = 키 복사
setup-code-lead = 그런 다음 앱이 Twofold용으로 표시하는 6자리 코드를 입력하세요.
setup-confirm-submit = 켜기
setup-confirm-pending = 켜는 중…
setup-add-submit = 앱 추가
backup-codes-title = 백업 코드를 저장하세요
backup-codes-lead = 인증 앱이나 보안 키를 사용할 수 없을 때 이 코드로 각각 한 번씩 로그인할 수 있습니다. 비밀번호 관리자처럼 안전한 곳에 보관하세요. 지금 한 번만 표시됩니다.
backup-codes-list-label = 백업 코드
backup-codes-copy = 모두 복사
backup-codes-download = 텍스트 파일로 다운로드
backup-codes-print = 인쇄
backup-codes-saved = 이 코드를 저장했습니다
backup-codes-done = 완료
# 다운로드한 파일의 첫 줄. $email (String) - 계정의 이메일 주소
backup-codes-file-heading = { $email }의 Twofold 백업 코드
backup-codes-file-note = 각 코드는 인증 앱 코드나 보안 키 대신 한 번 사용할 수 있습니다.
regenerate-title = 새 백업 코드 만들기
regenerate-lead = 새 코드를 만들면 현재 백업 코드는 즉시 사용할 수 없게 됩니다. 비밀번호와 코드로 확인하세요.
regenerate-submit = 코드 만들기
regenerate-pending = 코드를 만드는 중…
disable-title = 2단계 인증 끄기
disable-lead = 끄면 비밀번호만으로 로그인하게 됩니다. 비밀번호와 앱의 코드 또는 백업 코드로 확인하세요.
disable-lead-key = 끄면 비밀번호만으로 로그인하게 됩니다. 비밀번호와 보안 키 또는 백업 코드로 확인하세요.
disable-submit = 끄기
disable-pending = 끄는 중…

## Notice after logging in with a backup code

# $count (Number) - 사용하지 않은 백업 코드
backup-code-used = { $count ->
    [0] 마지막 백업 코드로 로그인했습니다. 로그인하지 못하게 되는 일이 없도록 지금 새 코드를 만드세요.
   *[other] 백업 코드로 로그인했습니다. { $count }개 남았습니다.
}
backup-code-used-action = 새 백업 코드 만들기

## Not found

not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 찾으시는 페이지가 없거나 다른 곳으로 옮겨졌습니다.
not-found-home = 첫 페이지로 가기

## Language and dates

language-label = 언어
language-submit = 변경
# $year, $month (1–12), $day (Number)
date-long = { $year }년 { $month }월 { $day }일

## 계정 보안: 시도 제한, 세션, 보안 기록

error-too-many-attempts = { $minutes ->
   *[other] 시도 횟수가 너무 많습니다. { $minutes }분 후에 다시 시도하세요.
}
error-forbidden = 이 요청은 Twofold 페이지에서 보낸 것이 아니어서 거부되었습니다. 페이지를 새로 고친 후 다시 시도하세요.
settings-back = 설정으로 돌아가기
settings-activity-heading = 활동 및 기기
date-time-utc = { $date } { $time }(UTC)
browser-on-os = { $os }의 { $browser }
browser-unknown-on-os = { $os }의 브라우저
browser-unknown = 알 수 없는 브라우저
address-unknown = 알 수 없는 주소

sessions-title = 로그인된 곳
sessions-lead = 다음 브라우저에서 계정에 로그인되어 있습니다. 모르는 브라우저는 로그아웃시킨 후 비밀번호를 변경하세요.
sessions-this-one = 이 브라우저
sessions-address = 주소
sessions-signed-in = 로그인
sessions-last-seen = 마지막 활동
sessions-sign-out = 로그아웃
sessions-sign-out-others = 다른 모든 곳에서 로그아웃
sessions-signing-out = 로그아웃하는 중…
sessions-none-elsewhere = 다른 곳에는 로그인되어 있지 않습니다.
sessions-signed-out-elsewhere = { $count ->
   *[other] 안전을 위해 다른 기기 { $count }대에서 로그아웃했습니다.
}

security-log-title = 보안 기록
security-log-lead = 계정 로그인과 보안 변경 내역입니다. 최신 항목이 먼저 표시됩니다.
security-log-empty = 아직 기록된 내용이 없습니다.
security-log-pages = 보안 기록 페이지
security-log-newer = 최신 항목
security-log-older = 이전 항목
security-log-source = { $ip } · { $browser }
event-login-succeeded = 로그인함
event-login-failed = 로그인 거부: 잘못된 비밀번호
event-code-refused = 잘못된 인증 코드 또는 백업 코드
event-two-factor-enabled = 2단계 인증을 켬
event-two-factor-disabled = 2단계 인증을 끔
event-backup-code-used = { $count ->
    [0] 백업 코드로 로그인함, 남은 코드 없음
   *[other] 백업 코드로 로그인함, 남은 코드 { $count }개
}
event-backup-codes-regenerated = 새 백업 코드를 만듦, 이전 코드는 더 이상 사용할 수 없음
event-locked = { $minutes ->
   *[other] 실패한 시도가 너무 많아 { $minutes }분 동안 잠김
}
event-password-changed = 비밀번호를 변경함
event-sessions-signed-out = { $count ->
   *[other] 다른 기기 { $count }대에서 로그아웃함
}
event-admin-reset = 관리자가 2단계 인증을 해제하고 모든 곳에서 로그아웃시킴

## 계정 소유자에게 보내는 메일(일반 텍스트)

mail-greeting = 안녕하세요.
mail-signature = — Twofold
mail-when = 일시: { $time }
mail-from = 위치: { $ip }({ $browser })
mail-unknown = 알 수 없음
mail-not-you = 본인이 한 일이 아니라면 지금 바로 로그인하여 비밀번호를 변경하고 설정의 '로그인된 곳'을 확인하세요. 로그인할 수 없다면 관리자에게 문의하세요.
mail-two-factor-enabled-subject = 2단계 인증이 켜졌습니다
mail-two-factor-enabled-body = 계정 { $email }의 2단계 인증이 켜졌습니다. 이제 로그인하려면 인증 앱의 코드나 백업 코드가 필요합니다.
mail-two-factor-enabled-key-body = 계정 { $email }의 2단계 인증이 켜졌습니다. 이제 로그인하려면 보안 키나 패스키, 또는 백업 코드가 필요합니다.
mail-two-factor-disabled-subject = 2단계 인증이 꺼졌습니다
mail-two-factor-disabled-body = 계정 { $email }의 2단계 인증이 꺼졌습니다. 이제 비밀번호만으로 로그인할 수 있습니다.
mail-backup-code-used-subject = 백업 코드로 로그인했습니다
mail-backup-code-used-body = { $count ->
    [0] 계정 { $email }에 로그인하는 데 백업 코드가 사용되었습니다. 남은 백업 코드가 없으니 설정에서 새 코드를 만드세요.
   *[other] 계정 { $email }에 로그인하는 데 백업 코드가 사용되었습니다. 백업 코드가 { $count }개 남았습니다.
}
mail-backup-codes-regenerated-subject = 새 백업 코드가 만들어졌습니다
mail-backup-codes-regenerated-body = 계정 { $email }의 새 백업 코드가 만들어졌습니다. 이전 코드는 더 이상 사용할 수 없습니다.
mail-locked-subject = 로그인 실패가 너무 많습니다
mail-locked-body = { $minutes ->
   *[other] 계정 { $email }에 로그인하려는 시도가 너무 많이 실패하여 { $minutes }분 동안 로그인이 중지되었습니다.
}
mail-password-changed-subject = 비밀번호가 변경되었습니다
mail-password-changed-body = 계정 { $email }의 비밀번호가 변경되었고 다른 기기에서는 로그아웃되었습니다.
mail-admin-reset-subject = 2단계 인증이 초기화되었습니다
mail-admin-reset-body = 관리자가 계정 { $email }의 2단계 인증을 해제하고 모든 곳에서 로그아웃시켰습니다. 비밀번호로 로그인한 후 2단계 인증을 다시 켜세요.

## 시도 제한과 경고 신호

error-wait-seconds = { $seconds ->
   *[other] 시도 횟수가 너무 많습니다. { $seconds }초 기다린 후 다시 시도하세요.
}
error-wait-hours = { $hours ->
   *[other] 시도 횟수가 너무 많습니다. { $hours }시간 후에 다시 시도하세요.
}
error-authenticator-suspended = 이 계정에 잘못된 코드가 너무 많이 입력되어 인증 앱의 코드가 더 이상 작동하지 않습니다. 대신 백업 코드 중 하나를 입력하세요. 그러면 인증 앱 코드가 다시 작동합니다. 백업 코드가 없다면 관리자에게 문의하세요.
event-code-replayed = 인증 코드가 두 번째로 사용되어 거부됨
event-second-step-missing = 올바른 비밀번호가 입력되었지만 두 번째 요소로 로그인을 완료하지 않음
event-password-known = 올바른 비밀번호가 입력된 뒤 잘못된 코드가 세 번 입력됨
event-authenticator-suspended = 잘못된 코드가 100번 연속 입력되어 인증 코드를 끔. 백업 코드로 다시 켤 수 있음
event-passwords-slowed = 잘못된 비밀번호가 많음: 새 브라우저에서의 로그인을 느리게 함
event-admin-unlocked = 관리자가 로그인 시도 제한을 해제함
security-log-operator = 운영자 { $operator }(명령줄)
mail-code-replayed-subject = 로그인 코드가 두 번 사용되었습니다
mail-code-replayed-body = 계정 { $email }에 이미 사용된 인증 앱 코드가 입력되어 거부되었습니다. 방금 같은 코드를 두 번 입력한 것이 아니라면, 비밀번호를 아는 누군가가 코드를 보았을 수 있습니다. 지금 비밀번호를 변경하세요.
mail-password-known-subject = 누군가 비밀번호를 알고 있을 수 있습니다
mail-password-known-body = 누군가 계정 { $email }의 올바른 비밀번호를 입력한 뒤 잘못된 코드를 세 번 입력했습니다. 두 번째 요소가 로그인을 막았습니다. 본인이 아니라면 지금 비밀번호를 변경하세요.
mail-authenticator-suspended-subject = 계정의 인증 코드가 꺼졌습니다
mail-authenticator-suspended-body = 잘못된 코드가 100번 연속 입력되어 인증 앱의 코드로는 더 이상 계정 { $email }에 로그인할 수 없습니다. 백업 코드 중 하나로 로그인하면 다시 켜집니다. 그런 다음 비밀번호를 변경하세요.
mail-passwords-slowed-subject = 계정에 잘못된 비밀번호가 많이 입력되었습니다
mail-passwords-slowed-body = 계정 { $email }에 잘못된 비밀번호가 많이 입력되었습니다. 한 번도 로그인한 적 없는 브라우저에서의 로그인은 당분간 느려집니다. 전에 로그인한 적 있는 브라우저는 영향을 받지 않습니다.

## 보안 키와 패스키

event-key-added = 보안 키 또는 패스키를 추가함
event-key-removed = 보안 키 또는 패스키를 삭제함
mail-key-added-subject = 계정에 보안 키가 추가되었습니다
mail-key-added-body = 계정 { $email }에 보안 키 또는 패스키가 추가되었습니다. 이제 이 키로 로그인할 수 있으며, 다른 기기에서는 로그아웃되었습니다.
mail-key-removed-subject = 계정에서 보안 키가 삭제되었습니다
mail-key-removed-body = 계정 { $email }에서 보안 키 또는 패스키가 삭제되었으며, 다른 기기에서는 로그아웃되었습니다.

error-key-refused = 보안 키가 승인되지 않았습니다. 다시 시도하거나 다른 방법을 사용하세요.
error-key-cancelled = 보안 키가 응답하지 않았습니다. 요청이 취소되었거나 시간이 초과되었습니다. 다시 시도하거나 다른 방법을 사용하세요.
error-key-unsupported = 이 브라우저는 여기서 보안 키를 사용할 수 없습니다. 다른 방법이나 다른 브라우저를 사용하세요.
error-key-registered = 이 보안 키는 이미 계정에 등록되어 있습니다.
error-key-name = 키 이름은 1~64자로 정하세요.
error-no-such-key = 그 보안 키는 더 이상 계정에 없습니다.
event-key-refused = 보안 키의 응답을 거부함
event-authenticator-added = 인증 앱을 추가함
mail-authenticator-added-subject = 계정에 인증 앱이 추가되었습니다
mail-authenticator-added-body = 계정 { $email }에 인증 앱이 추가되었습니다. 이제 이 앱의 코드로 로그인할 수 있으며, 다른 기기에서는 로그아웃되었습니다.
settings-key-added-notice = 보안 키를 추가했습니다.
settings-key-removed-notice = 보안 키를 삭제했습니다.
settings-authenticator-added = 인증 앱을 추가했습니다.
settings-authenticator-heading = 인증 앱
settings-authenticator-on = 설정됨: 인증 앱의 코드를 사용할 수 있습니다.
settings-authenticator-off = 설정되지 않음.
settings-authenticator-add = 인증 앱 설정
settings-keys-heading = 보안 키 및 패스키
settings-keys-none = 아직 보안 키나 패스키가 없습니다.
settings-keys-need-js = 보안 키를 추가하거나 삭제하려면 JavaScript가 필요합니다.
settings-keys-add = 보안 키 또는 패스키 추가
settings-key-added = 추가한 날짜: { $date }
settings-key-last-used = 마지막 사용: { $date }
settings-key-never-used = 아직 사용하지 않음
settings-key-rename = 이름 바꾸기
settings-key-rename-label = 새 이름
settings-key-rename-submit = 이름 저장
settings-key-rename-pending = 저장하는 중…
settings-key-remove = 삭제
remove-key-title = 이 보안 키를 삭제할까요?
remove-key-lead = 이 키로는 더 이상 계정에 로그인할 수 없습니다. 비밀번호를 입력하고 인증 요소로 확인하세요.
remove-key-last = 유일한 인증 요소입니다. 삭제하면 2단계 인증이 꺼지고 백업 코드도 삭제됩니다.
remove-key-submit = 키 삭제
remove-key-pending = 삭제하는 중…
add-key-title = 보안 키 또는 패스키 추가
add-key-password-lead = 보안 키나 패스키를 추가하려면 비밀번호를 입력하세요.
add-key-factor-lead = 보안 키나 패스키를 추가하려면 비밀번호를 입력하고 인증 요소 중 하나로 확인하세요.
add-key-continue = 계속
add-key-continue-pending = 확인하는 중…
add-key-touch = 브라우저 안내에 따라 보안 키를 터치하거나 기기의 화면 잠금으로 확인하세요.
add-key-retry = 다시 시도
add-key-name-lead = 다른 키와 구별할 수 있도록 이 키의 이름을 정하세요.
add-key-name-label = 이름
add-key-submit = 키 추가
add-key-pending = 추가하는 중…
reauth-key-lead = 코드 대신 보안 키로 확인할 수도 있습니다:
reauth-use-key = 보안 키 사용
reauth-use-key-pending = 키를 기다리는 중…
verify-lead-key = 보안 키를 사용하거나, 인증 앱의 코드 또는 백업 코드를 입력하세요.
verify-lead-key-only = 보안 키를 사용하거나 백업 코드 중 하나를 입력하세요.
verify-use-key = 보안 키 사용
verify-use-key-pending = 키를 기다리는 중…
verify-or-code = 또는 코드 입력
verify-key-needs-js = 보안 키에는 JavaScript가 필요합니다. 아래에 코드를 입력할 수도 있습니다.
login-or = 또는
login-passkey = 패스키로 로그인
login-passkey-pending = 패스키를 기다리는 중…
login-passkey-needs-js = 패스키로 로그인하려면 JavaScript가 필요합니다.

## 필수 2단계 인증

policy-grace = { $days ->
   *[other] { $days }일 후부터 이 계정에 2단계 인증이 필수가 됩니다.
}
policy-grace-action = 지금 설정하기
policy-set-up-now = 이 계정에는 2단계 인증이 필수입니다. 계속하려면 아래에서 설정하세요. 설정하기 전에는 다른 기능을 사용할 수 없습니다.
settings-two-factor-required = 이 계정에는 필수이므로 끌 수 없습니다. 보안 키를 바꾸려면 새 키를 먼저 추가한 다음 기존 키를 삭제하세요.
error-two-factor-required = 이 계정에는 2단계 인증이 필수입니다. 계속하려면 설정하거나 켜 둔 채로 유지하세요.
event-administrator-granted = 관리자로 지정됨
event-administrator-revoked = 관리자 권한이 해제됨

## 인증 앱 삭제

settings-authenticator-remove = 인증 앱 삭제
remove-authenticator-title = 인증 앱을 삭제할까요?
remove-authenticator-lead = 이 앱의 코드로는 더 이상 계정에 로그인할 수 없습니다. 보안 키와 백업 코드는 그대로 유지됩니다. 비밀번호를 입력하고 인증 수단 하나로 확인하세요.
remove-authenticator-submit = 앱 삭제
settings-authenticator-removed = 인증 앱이 삭제되었습니다.
event-authenticator-removed = 인증 앱이 삭제됨
mail-authenticator-removed-subject = 계정에서 인증 앱이 삭제되었습니다
mail-authenticator-removed-body = 계정 { $email }에서 인증 앱이 삭제되었습니다. 이제 그 코드로는 로그인할 수 없으며, 다른 기기에서는 로그아웃되었습니다.

## 신뢰하는 브라우저

verify-trust = { $days ->
   *[other] 이 브라우저에서 { $days }일 동안 코드를 묻지 않기
}
trusted-heading = 신뢰하는 브라우저
trusted-lead = 이 브라우저들은 코드 없이 비밀번호만으로 계정에 로그인합니다. 비밀번호나 인증 수단을 바꾸거나 모든 곳에서 로그아웃하면 신뢰가 해제됩니다.
trusted-since = 신뢰한 날짜
trusted-last-used = 마지막 사용
trusted-never-used = 아직 사용하지 않음
trusted-until = 신뢰 만료일
trusted-stop = 신뢰 해제
event-browser-trusted = 브라우저를 신뢰함: 코드 없이 로그인
event-trusted-browser-used = 신뢰하는 브라우저에서 코드 없이 로그인함
event-browser-untrusted = 브라우저 신뢰가 해제됨

## 관리 페이지에서 관리자가 한 일

event-admin-signed-out = 관리자가 모든 곳에서 로그아웃시킴
security-log-administrator = 관리자 { $email }이(가) 수행
event-administered-reset = { $email }의 2단계 인증을 해제함
event-administered-unlock = { $email }의 로그인 제한을 해제함
event-administered-sign-out = { $email }을(를) 모든 곳에서 로그아웃시킴
event-policy-changed = 이 사이트의 2단계 인증 정책을 변경함
mail-admin-unlocked-subject = 로그인 시도 제한이 해제되었습니다
mail-admin-unlocked-body = 관리자가 계정 { $email }의 로그인 시도 제한을 해제했습니다. 비밀번호와 코드가 바로 다시 확인됩니다.
mail-admin-signed-out-subject = 모든 곳에서 로그아웃되었습니다
mail-admin-signed-out-body = 관리자가 계정 { $email }을(를) 모든 기기에서 로그아웃시켰습니다. 비밀번호와 2단계 인증 수단으로 다시 로그인하세요.
error-confirmation-required = 먼저 비밀번호와 인증 수단 하나로 확인하세요.
error-no-such-account = 이 이메일 주소를 쓰는 계정이 없습니다.
nav-admin = 관리
## /admin
admin-title = 관리
admin-confirm-heading = 본인 확인
admin-confirm-lead = 계정을 조치하거나 정책을 바꾸려면 비밀번호를 입력하고 인증 수단 하나로 확인하세요. 10분 동안 유효합니다.
admin-confirm-submit = 확인
admin-confirm-pending = 확인 중…
admin-accounts-heading = 계정
admin-search-label = 이메일 주소로 계정 찾기
admin-search-submit = 검색
admin-none-found = 일치하는 계정이 없습니다.
admin-two-factor-off = 꺼짐
admin-two-factor-on = { $date }부터 켜짐
admin-factor-app = 인증 앱
admin-factor-keys = { $count ->
   *[other] 키 { $count }개
}
admin-role-administrator = 관리자
admin-locked = 잠김
admin-col-two-factor = 2단계 인증
admin-col-last-sign-in = 마지막 로그인
admin-never = 없음
admin-reset = 2단계 인증 초기화
admin-unlock = 잠금 해제
admin-sign-out = 모든 곳에서 로그아웃
admin-policy-heading = 2단계 인증 정책
admin-policy-required-of = 필수 대상
admin-policy-nobody = 없음: 사용자가 직접 결정
admin-policy-everyone = 모두
admin-policy-administrators = 관리자만
admin-policy-grace = 유예 기간(일, 0: 즉시)
admin-policy-submit = 정책 저장
admin-policy-pending = 저장 중…
admin-done = 완료했습니다. 계정 소유자에게 메일로 알렸습니다.
admin-policy-saved = 2단계 인증 정책을 저장했습니다.

error-address-unconfirmed = 먼저 이메일 주소를 확인하세요. 보내 드린 링크를 여세요.
error-link-expired = 이 링크는 더 이상 작동하지 않습니다. 이미 사용되었거나, 더 새로운 링크로 바뀌었거나, 만료되었습니다.
field-email-same = 이미 계정의 주소입니다.
field-new-email = 새 이메일 주소
notice-sign-up-sent = 받은편지함을 확인하세요. 입력하신 주소로 메시지를 보냈습니다. 메시지의 링크를 열고 비밀번호를 입력하면 주소가 확인되고 로그인됩니다.
notice-reset-sent = 그 주소를 쓰는 계정이 있다면 새 비밀번호를 정할 수 있는 링크를 보냈습니다. 링크는 1시간 동안 유효합니다.
notice-confirmation-sent = 새 확인 링크를 보냈습니다. 이전 링크는 더 이상 작동하지 않습니다.
notice-address-change-sent = 새 주소로 링크를 보냈습니다. 링크를 열면 계정이 그 주소로 바뀌며, 그때까지는 지금 주소를 유지합니다.
notice-address-confirmed = 이메일 주소가 확인되었습니다.
notice-address-changed = 이제 계정이 새 이메일 주소를 사용합니다. 앞으로는 이 주소로 로그인하세요.
notice-password-reset = 새 비밀번호가 설정되었고 모든 브라우저에서 로그아웃되었습니다. 새 비밀번호로 로그인하세요.
event-address-confirmed = 이메일 주소 확인됨
event-password-reset = 메일로 받은 링크로 새 비밀번호 선택
event-address-change-asked = { $email }(으)로 변경 요청
event-address-changed = 이메일 주소 변경됨
event-trust-copied = 신뢰하는 브라우저의 복사된 쿠키가 사용되어 모든 브라우저의 신뢰를 해제했습니다
event-trusted-browser-new-network = 신뢰하는 브라우저에서 새 네트워크를 통해 코드 없이 로그인함
mail-trust-copied-subject = 신뢰하는 브라우저의 쿠키 사본이 사용되었습니다
mail-trust-copied-body = Twofold 계정 { $email }의 신뢰하는 브라우저가 이미 교체된 쿠키로 사용되었습니다. 다른 브라우저로 복사되었을 수 있습니다. 계정의 모든 브라우저에 대한 신뢰를 해제했으므로 각 브라우저에서 다시 코드를 요청합니다. 본인이 아니라면 비밀번호를 변경하세요.
mail-trusted-browser-new-network-subject = 신뢰하는 브라우저가 새 네트워크에서 로그인했습니다
mail-trusted-browser-new-network-body = 신뢰하는 브라우저가 지난번과 다른 네트워크에서 코드 없이 Twofold 계정 { $email }에 로그인했습니다.
mail-link-expires-hour = 이 링크는 1시간 안에 한 번만 작동합니다.
mail-link-expires-day = 이 링크는 24시간 안에 한 번만 작동합니다.
mail-confirm-subject = 이메일 주소를 확인하세요
mail-confirm-body = 회원님의 주소 { $email }(으)로 Twofold 계정이 만들어졌습니다. 이 주소가 회원님의 것인지 확인하려면 다음 링크를 여세요:
mail-confirm-not-you = 이 계정을 만들지 않았다면 이 메시지를 무시하세요. 주소는 확인되지 않은 상태로 남습니다.
mail-sign-up-taken-subject = 누군가 회원님의 주소로 가입하려고 했습니다
mail-sign-up-taken-body = 누군가 회원님의 주소 { $email }(으)로 새 Twofold 계정을 만들려고 했지만, 이 주소에는 이미 계정이 있습니다. 아무것도 바뀌지 않았습니다. 본인이 비밀번호를 잊으셨다면 여기서 새 비밀번호를 요청하세요: { $link }
mail-sign-up-taken-not-you = 본인이 아니라면 아무것도 하지 않으셔도 됩니다. 계정은 그대로입니다.
mail-reset-subject = 새 비밀번호를 정하세요
mail-reset-body = 계정 { $email }의 새 비밀번호가 요청되었습니다. 다음 링크를 열어 새 비밀번호를 정하세요:
mail-reset-not-you = 요청하지 않으셨다면 이 메시지를 무시하세요. 비밀번호는 그대로입니다. 계정에 2단계 인증이 켜져 있으면 링크만으로는 비밀번호를 바꿀 수 없습니다.
mail-change-subject = 새 이메일 주소를 확인하세요
mail-change-body = Twofold 계정 { $old }을(를) 이 주소 { $email }(으)로 옮기려고 합니다. 확인하려면 다음 링크를 여세요:
mail-change-not-you = 요청하지 않으셨다면 이 메시지를 무시하세요. 아무것도 바뀌지 않습니다.
mail-change-taken-subject = 누군가 회원님의 주소를 사용하려고 했습니다
mail-change-taken-body = 누군가 다른 Twofold 계정을 회원님의 주소 { $email }(으)로 옮기려고 했지만, 이 주소에는 이미 계정이 있습니다. 아무것도 바뀌지 않았습니다.
mail-change-notice-subject = 이메일 주소 변경이 요청되었습니다
mail-change-notice-body = 계정 { $old }에 로그인한 사람이 주소를 { $email }(으)로 바꾸도록 요청했습니다. 그 주소로 보낸 링크가 열려야만 주소가 바뀝니다.
mail-password-reset-subject = 비밀번호가 재설정되었습니다
mail-password-reset-body = 이 주소로 보낸 링크를 통해 계정 { $email }의 새 비밀번호가 정해졌고, 모든 브라우저에서 로그아웃되었습니다.
mail-address-changed-subject = 계정의 이메일 주소가 바뀌었습니다
mail-address-changed-body = 이제 Twofold 계정이 주소 { $email }을(를) 사용합니다. 앞으로는 이 주소로 로그인하세요.
login-forgot = 비밀번호를 잊으셨나요?
forgot-title = 비밀번호를 잊으셨나요?
forgot-lead = 계정의 이메일 주소를 입력하세요. 새 비밀번호를 정할 수 있는 링크를 보내 드립니다.
forgot-submit = 링크 보내기
forgot-pending = 보내는 중…
forgot-back = 로그인으로 돌아가기
reset-title = 새 비밀번호 정하기
reset-lead = 계정의 새 비밀번호를 정하세요.
reset-lead-two-factor = 계정의 새 비밀번호를 정한 다음 두 번째 인증 수단으로 확인하세요. 보안 키, 인증 앱의 코드 또는 백업 코드를 쓸 수 있습니다.
reset-use-key = 보안 키로 확인
reset-use-key-pending = 보안 키를 기다리는 중…
reset-submit = 새 비밀번호 설정
reset-pending = 설정 중…
reset-ask-again = 새 링크 요청
confirm-address-title = 이메일 주소 확인
confirm-address-lead = { $email }이(가) 회원님의 주소인지 확인하세요. 가입할 때 정한 비밀번호를 입력하세요.
confirm-address-change-lead = 계정을 주소 { $email }(으)로 옮깁니다.
confirm-address-submit = 주소 확인
confirm-address-change-submit = 내 계정 옮기기
confirm-address-pending = 확인 중…
confirm-address-settings = 설정으로 이동
settings-address-unconfirmed = 이메일 주소 { $email }이(가) 아직 확인되지 않았습니다. 보내 드린 링크를 여세요. 확인될 때까지 2단계 인증을 켤 수 없습니다.
settings-address-resend = 링크 다시 보내기
settings-address-resending = 보내는 중…
settings-address-change = 이메일 주소 변경
settings-address-change-lead = 새 주소로 링크를 보냅니다. 링크를 열면 계정이 그 주소로 바뀝니다.
settings-address-submit = 링크 보내기
settings-address-pending = 보내는 중…
# 계정의 첫 번째 인증 수단 설정: 메일로 보낸 코드. $email: 주소
mailed-code-label = 이메일로 받은 코드
mailed-code-lead = { $email }(으)로 8자리 코드를 보냈습니다. 15분 동안 유효합니다.
error-mailed-code = 이메일로 받은 코드가 틀렸거나 더 이상 유효하지 않습니다. 가장 최근 이메일을 확인하세요. 5번 틀렸거나 15분이 지났다면 이 창을 닫고 다시 시작해 새 코드를 받으세요.
# 그 코드를 담은 메일. $email: 계정 주소. 코드는 별도 줄에 이어집니다
mail-factor-code-subject = 2단계 인증 설정 코드
mail-factor-code-body = 누군가 Twofold 계정 { $email }의 2단계 인증을 설정하고 있습니다. 완료하려면 요청되는 곳에 이 코드를 입력하세요. 15분 동안 유효합니다:
mail-factor-code-not-you = 본인이 아니라면 누군가 비밀번호를 알고 있습니다. 이 코드를 아무에게도 알려 주지 말고, 지금 로그인해 비밀번호를 변경하세요.

## 다른 애플리케이션의 로그인 요청
authorize-refused-title = 이 로그인을 계속할 수 없습니다
authorize-refused-client = 이곳으로 보낸 애플리케이션이 이 서비스에 등록되어 있지 않아 여기에서 로그인할 수 없습니다. 애플리케이션 관리자에게 알려 주세요.
authorize-refused-redirect = 이곳으로 보낸 애플리케이션이 등록하지 않은 주소로 돌려보내 달라고 요청했기 때문에 그 주소로 이동하지 않습니다. 애플리케이션 관리자에게 알려 주세요.
authorize-refused-expired = 이 로그인 요청은 만료되었거나 다른 브라우저에서 시작되었습니다. 애플리케이션으로 돌아가 다시 로그인하세요.
consent-title = 액세스 허용
consent-heading = { $application }에서 계정 사용을 요청합니다
consent-lead = 허용하면 { $application }에서 다음을 할 수 있습니다:
consent-scope-openid = 로그인할 때 사용자를 알아보기
consent-scope-email = 이메일 주소 보기
consent-scope-profile = 사용자 이름(이메일 주소) 보기
consent-scope-groups = 그룹 보기(예: 관리자인지 여부)
consent-scope-offline-access = 사용자가 없는 동안에도 계정에 계속 연결되어 있기
consent-allow = 허용
consent-deny = 취소
authorize-refused-logout = 애플리케이션에서 로그아웃을 요청했지만 요청이 올바르지 않아 아무 작업도 하지 않았습니다.
sign-out-title = 로그아웃할까요?
sign-out-lead = 애플리케이션에서 이 서비스의 로그아웃을 요청했습니다. 방금 직접 로그아웃을 선택한 경우에만 로그아웃하세요.
sign-out-confirm = 로그아웃
sign-out-stay = 로그인 유지
settings-applications-heading = 연결된 애플리케이션
settings-applications-lead = 이 애플리케이션들은 이 계정으로 로그인합니다. 연결을 해제하면 액세스가 즉시 끝나며, 다음에 로그인할 때 다시 요청합니다.
settings-application-first-used = 첫 로그인
settings-application-last-used = 마지막 사용
settings-application-disconnect = 연결 해제
settings-application-disconnect-label = { $application } 연결 해제
event-application-connected = { $application }에 처음 로그인함
event-application-disconnected = { $application } 연결 해제됨
mail-application-connected-subject = 계정으로 { $application }에 로그인했습니다
mail-application-connected-body = 계정 { $email }이(가) 처음으로 { $application } 로그인에 사용되었습니다. 이제 이 애플리케이션은 공유한 정보를 볼 수 있습니다.
set-up-for-application = { $application }에서는 2단계 인증이 필요합니다. 아래에서 켜면 { $application }(으)로 돌아갈 수 있습니다.
set-up-for-application-done = 2단계 인증이 켜졌습니다. 이제 { $application }(으)로 돌아갈 수 있습니다.
set-up-for-application-continue = { $application }(으)로 계속
key-step-up-title = 보안 키로 확인
key-step-up-lead = { $application }에서 이 로그인을 보안 키 또는 패스키로 확인해 달라고 요청합니다.
key-step-up-button = 보안 키 또는 패스키 사용
key-step-up-pending = 키를 기다리는 중…
key-step-up-needs-js = 이 단계에는 JavaScript가 필요합니다. 브라우저가 키에 요청합니다.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = 애플리케이션
admin-apps-lead = OpenID Connect로 이 사이트를 통해 사용자를 로그인시키는 앱입니다. 각 앱에는 클라이언트 ID가 있고, 기밀 클라이언트에는 한 번만 표시되는 시크릿도 있습니다.
admin-apps-none = 아직 등록된 애플리케이션이 없습니다.
admin-app-client-id = 클라이언트 ID
admin-app-secret = 클라이언트 시크릿
admin-app-secret-heading = { $application }의 새 클라이언트 시크릿
admin-app-secret-once = 지금 애플리케이션 설정에 복사하세요. 이번 한 번만 표시되며 해시만 보관됩니다.
admin-app-public = 공개
admin-app-confidential = 기밀
admin-app-requires = 요구 사항
admin-app-require-signed-in = 로그인
admin-app-require-two-factor = 2단계 인증
admin-app-require-key = 보안 키 또는 패스키
admin-app-consent = 동의
admin-app-consent-asked = 계정마다 물어봄
admin-app-consent-not-asked = 묻지 않음(자체 애플리케이션)
admin-app-signing = ID 토큰 서명 방식
admin-app-redirect-uris = 리디렉션 주소
admin-app-post-logout-uris = 로그아웃 후 주소
admin-app-created = 등록일
admin-app-rotate = 새 시크릿…
admin-app-rotate-warning = { $application }의 현재 시크릿은 즉시 작동을 멈춥니다. 새 시크릿을 받을 때까지 애플리케이션은 아무도 로그인시키지 못합니다.
admin-app-rotate-submit = 새 시크릿 만들기
admin-app-remove = 제거…
admin-app-remove-warning = { $application }은(는) 더 이상 아무도 로그인시킬 수 없습니다. 코드, 토큰, 모든 계정의 동의가 끝납니다.
admin-app-remove-submit = { $application } 제거
admin-app-add-heading = 애플리케이션 등록
admin-app-name = 이름
admin-app-uris-hint = 한 줄에 주소 하나씩, 애플리케이션이 보내는 그대로 입력하세요. https:// 또는 localhost에서만 http://.
admin-app-public-label = 공개 클라이언트: 브라우저나 기기에서 실행되며 시크릿을 보관하지 않고 PKCE를 사용해야 함
admin-app-consent-label = 정보를 공유하기 전에 각 계정에 묻기
admin-app-add-submit = 등록
admin-app-add-pending = 등록 중…
error-no-such-application = 이 애플리케이션은 더 이상 등록되어 있지 않습니다.
error-application-invalid = 애플리케이션을 등록할 수 없습니다. 64자 이하의 이름과 종류별로 1~10개의 주소를 입력하세요. 각 주소는 #프래그먼트가 없는 절대 https:// 주소여야 합니다(localhost에서만 http://).
event-application-added = 애플리케이션 { $application }을(를) 등록함
event-application-secret-rotated = { $application }에 새 클라이언트 시크릿을 발급함
event-application-removed = 애플리케이션 { $application }을(를) 제거함
