# Twofold — українська (Україна). Перекладено з locales/en-US/main.ftl; див. locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = Перейти до вмісту
nav-label = Головна навігація
nav-log-in = Увійти
nav-sign-up = Зареєструватися
nav-settings = Налаштування
nav-log-out = Вийти
loading = Завантаження…

## Home

home-title = Двофакторна автентифікація, яка не заважає
home-lead = Захистіть обліковий запис кодом із телефона, зберігайте резервні коди на випадок, якщо його загубите, і контролюйте кожен вхід.

## Log in

login-title = Вхід до Twofold
login-submit = Увійти
login-pending = Вхід…
login-no-account = Уперше в Twofold?
login-sign-up-link = Створити обліковий запис

## Sign up

signup-title = Створіть обліковий запис
signup-lead = Потрібні лише адреса електронної пошти та надійний пароль.
signup-submit = Створити обліковий запис
signup-pending = Створення облікового запису…
signup-have-account = Уже маєте обліковий запис?
signup-log-in-link = Увійти

## Second step of logging in

verify-title = Введіть код
verify-lead-totp = Відкрийте застосунок автентифікації та введіть 6-значний код, який він показує для Twofold.
verify-lead-backup = Введіть один із резервних кодів, які ви зберегли під час увімкнення двофакторної автентифікації. Кожен код діє один раз.
verify-submit = Підтвердити
verify-pending = Перевірка…
verify-start-over = Почати знову з паролем
error-login-expired = Увійдіть знову: час цього входу минув або було введено забагато неправильних кодів.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = Код із застосунку автентифікації
code-label-backup = Резервний код
code-use-backup = Використати резервний код
code-use-authenticator = Використати застосунок автентифікації

## Form fields

field-email = Адреса електронної пошти
field-password = Пароль
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-password-hint = Від 12 до 128 символів. Кілька не пов’язаних між собою слів — надійний пароль, який легко запам’ятати.

## Field problems, shown under the field

field-required = Заповніть це поле.
field-too-long = Це задовго.
field-invalid-email = Введіть адресу електронної пошти, наприклад name@example.com.
field-password-too-short = Використайте щонайменше 12 символів.
field-password-common = Цей пароль надто поширений. Виберіть такий, який важче вгадати.
field-password-contains-email = Пароль не може містити вашу адресу електронної пошти.
field-email-taken = Обліковий запис із цією адресою вже існує. Можливо, ви хочете увійти?
field-password-same = Новий пароль має відрізнятися від поточного.
field-current-password-wrong = Поточний пароль неправильний.

## Errors for the whole form

error-invalid-form = Виправте позначені поля.
error-invalid-credentials = Неправильна адреса електронної пошти або пароль.
error-invalid-code = Цей код неправильний. Перевірте застосунок автентифікації або резервні коди й спробуйте ще раз.
error-code-already-used = Цей код уже використано. Дочекайтеся наступного коду в застосунку або скористайтеся іншим резервним кодом.
error-not-enrolled = Для цього облікового запису двофакторну автентифікацію не налаштовано.
error-already-enrolled = Двофакторну автентифікацію вже ввімкнено.
error-unauthorized = Увійдіть, щоб продовжити.
error-bad-request = Не вдалося прочитати форму. Перевірте введені дані й спробуйте ще раз.
error-network = Не вдається зв’язатися з Twofold. Перевірте з’єднання й спробуйте ще раз.
error-unavailable = Twofold тимчасово недоступний. Спробуйте ще раз за хвилину.
error-busy = Twofold зараз перевантажений. Спробуйте ще раз за кілька секунд.
error-internal = Щось пішло не так на нашому боці. Спробуйте ще раз трохи згодом.

## Settings

settings-title = Налаштування облікового запису
settings-account-heading = Обліковий запис
settings-two-factor-heading = Двофакторна автентифікація
settings-two-factor-off = Двофакторну автентифікацію вимкнено.
# $date (String) - день увімкнення
settings-two-factor-on-since = Двофакторну автентифікацію ввімкнено з { $date }.
settings-two-factor-explainer = З двофакторною автентифікацією під час входу потрібен ще й код із застосунку автентифікації на телефоні, тож самого викраденого пароля недостатньо.
settings-two-factor-enable = Увімкнути двофакторну автентифікацію
settings-two-factor-regenerate = Створити нові резервні коди
settings-two-factor-disable = Вимкнути двофакторну автентифікацію
# $count (Number) - невикористані резервні коди
settings-backup-codes-left = { $count ->
    [0] У вас не залишилося резервних кодів.
    [one] У вас залишився { $count } резервний код.
    [few] У вас залишилося { $count } резервні коди.
    [many] У вас залишилося { $count } резервних кодів.
   *[other] У вас залишилося { $count } резервного коду.
}
settings-backup-codes-few = Резервні коди закінчуються. Створіть нові, щоб мати змогу увійти навіть без телефона.
settings-two-factor-enabled = Двофакторну автентифікацію ввімкнено. Відтепер під час входу потрібен код із застосунку.
settings-two-factor-disabled = Двофакторну автентифікацію вимкнено. Для входу достатньо пароля.
settings-backup-codes-regenerated = У вас нові резервні коди. Старі більше не діють.
settings-password-heading = Змінити пароль
settings-password-submit = Змінити пароль
settings-password-pending = Зміна пароля…
settings-password-changed = Пароль змінено.

## Dialogs on the settings page

dialog-cancel = Скасувати
copy-done = Скопійовано.
copy-failed = Не вдалося скопіювати. Виділіть текст і скопіюйте його самостійно.
setup-title = Увімкнути двофакторну автентифікацію
setup-password-lead = Щоб захистити обліковий запис, спершу підтвердьте, що це ви.
setup-password-submit = Продовжити
setup-password-pending = Перевірка…
setup-scan-lead = Відскануйте цей QR-код застосунком автентифікації, наприклад вбудованим у менеджер паролів або окремим застосунком на телефоні.
setup-qr-label = QR-код для застосунку автентифікації. Той самий ключ написано нижче.
setup-key-label = Не вдається відсканувати? Введіть у застосунку цей ключ:
setup-copy-key = Копіювати ключ
setup-code-lead = Потім введіть 6-значний код, який застосунок показує для Twofold.
setup-confirm-submit = Увімкнути
setup-confirm-pending = Увімкнення…
backup-codes-title = Збережіть резервні коди
backup-codes-lead = Якщо ви не можете скористатися застосунком автентифікації, кожен із цих кодів дає змогу увійти один раз. Зберігайте їх у надійному місці, наприклад у менеджері паролів. Їх показано лише зараз.
backup-codes-list-label = Резервні коди
backup-codes-copy = Копіювати всі
backup-codes-download = Завантажити як текстовий файл
backup-codes-print = Надрукувати
backup-codes-saved = Я зберіг ці коди
backup-codes-done = Готово
# Перший рядок завантаженого файлу. $email (String) - адреса облікового запису
backup-codes-file-heading = Резервні коди Twofold для { $email }
backup-codes-file-note = Кожен код можна використати один раз замість коду із застосунку автентифікації.
regenerate-title = Створити нові резервні коди
regenerate-lead = Поточні резервні коди перестають діяти, щойно створено нові. Підтвердьте паролем і кодом.
regenerate-submit = Створити коди
regenerate-pending = Створення кодів…
disable-title = Вимкнути двофакторну автентифікацію
disable-lead = Тоді для входу буде достатньо пароля. Підтвердьте паролем і кодом із застосунку або резервним кодом.
disable-submit = Вимкнути
disable-pending = Вимкнення…

## Notice after logging in with a backup code

# $count (Number) - невикористані резервні коди
backup-code-used = { $count ->
    [0] Ви ввійшли за допомогою останнього резервного коду. Створіть нові зараз, щоб не втратити доступ.
    [one] Ви ввійшли за допомогою резервного коду. Залишився { $count }.
    [few] Ви ввійшли за допомогою резервного коду. Залишилося { $count }.
    [many] Ви ввійшли за допомогою резервного коду. Залишилося { $count }.
   *[other] Ви ввійшли за допомогою резервного коду. Залишилося { $count }.
}
backup-code-used-action = Створити нові резервні коди

## Not found

not-found-title = Сторінку не знайдено
not-found-text = Сторінки, яку ви шукаєте, не існує або її переміщено.
not-found-home = На головну сторінку

## Language and dates

language-label = Мова
language-submit = Змінити
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
} { $year } р.

## Безпека облікового запису: обмеження, сеанси, журнал безпеки

error-too-many-attempts = { $minutes ->
    [one] Забагато спроб. Спробуйте знову через { $minutes } хвилину.
    [few] Забагато спроб. Спробуйте знову через { $minutes } хвилини.
    [many] Забагато спроб. Спробуйте знову через { $minutes } хвилин.
   *[other] Забагато спроб. Спробуйте знову через { $minutes } хвилини.
}
error-forbidden = Цей запит надійшов не зі сторінки Twofold, тому його відхилено. Оновіть сторінку й спробуйте ще раз.
settings-back = Назад до налаштувань
settings-activity-heading = Активність і пристрої
date-time-utc = { $date }, { $time } UTC
browser-on-os = { $browser } на { $os }
browser-unknown-on-os = Браузер на { $os }
browser-unknown = Невідомий браузер
address-unknown = невідома адреса

sessions-title = Де ви ввійшли
sessions-lead = У цих браузерах виконано вхід у ваш обліковий запис. Вийдіть із тих, яких не впізнаєте, а потім змініть пароль.
sessions-this-one = Цей браузер
sessions-address = Адреса
sessions-signed-in = Вхід
sessions-last-seen = Остання активність
sessions-sign-out = Вийти
sessions-sign-out-others = Вийти всюди, крім цього
sessions-signing-out = Вихід…
sessions-none-elsewhere = Ви більше ніде не ввійшли.
sessions-signed-out-elsewhere = { $count ->
    [one] Задля вашої безпеки ви вийшли з { $count } іншого пристрою.
    [few] Задля вашої безпеки ви вийшли з { $count } інших пристроїв.
    [many] Задля вашої безпеки ви вийшли з { $count } інших пристроїв.
   *[other] Задля вашої безпеки ви вийшли з { $count } іншого пристрою.
}

security-log-title = Журнал безпеки
security-log-lead = Входи та зміни безпеки вашого облікового запису, спершу найновіші.
security-log-empty = Поки що нічого не сталося.
security-log-pages = Сторінки журналу безпеки
security-log-newer = Новіші записи
security-log-older = Старіші записи
security-log-source = { $ip } · { $browser }
event-login-succeeded = Вхід виконано
event-login-failed = Вхід відхилено: неправильний пароль
event-code-refused = Неправильний код автентифікатора або резервний код
event-two-factor-enabled = Двофакторну автентифікацію ввімкнено
event-two-factor-disabled = Двофакторну автентифікацію вимкнено
event-backup-code-used = { $count ->
    [0] Вхід із резервним кодом; кодів не залишилося
    [one] Вхід із резервним кодом; залишився { $count }
    [few] Вхід із резервним кодом; залишилося { $count }
    [many] Вхід із резервним кодом; залишилося { $count }
   *[other] Вхід із резервним кодом; залишилося { $count }
}
event-backup-codes-regenerated = Створено нові резервні коди; старі більше не діють
event-locked = { $minutes ->
    [one] Забагато невдалих спроб: заблоковано на { $minutes } хвилину
    [few] Забагато невдалих спроб: заблоковано на { $minutes } хвилини
    [many] Забагато невдалих спроб: заблоковано на { $minutes } хвилин
   *[other] Забагато невдалих спроб: заблоковано на { $minutes } хвилини
}
event-password-changed = Пароль змінено
event-sessions-signed-out = { $count ->
    [one] Вихід з { $count } іншого пристрою
    [few] Вихід з { $count } інших пристроїв
    [many] Вихід з { $count } інших пристроїв
   *[other] Вихід з { $count } іншого пристрою
}
event-admin-reset = Адміністратор видалив двофакторну автентифікацію; вихід з усіх пристроїв

## Листи власникові облікового запису (звичайний текст)

mail-greeting = Вітаємо!
mail-signature = — Twofold
mail-when = Коли: { $time }
mail-from = Звідки: { $ip } ({ $browser })
mail-unknown = невідомо
mail-not-you = Якщо це були не ви, негайно ввійдіть, змініть пароль і перевірте розділ «Де ви ввійшли» в налаштуваннях. Якщо не вдається ввійти, зверніться до адміністратора.
mail-two-factor-enabled-subject = Двофакторну автентифікацію ввімкнено
mail-two-factor-enabled-body = Для вашого облікового запису { $email } ввімкнено двофакторну автентифікацію. Тепер для входу потрібен код із застосунку-автентифікатора або резервний код.
mail-two-factor-disabled-subject = Двофакторну автентифікацію вимкнено
mail-two-factor-disabled-body = Для вашого облікового запису { $email } вимкнено двофакторну автентифікацію. Тепер для входу достатньо пароля.
mail-backup-code-used-subject = Для входу використано резервний код
mail-backup-code-used-body = { $count ->
    [0] Для входу у ваш обліковий запис { $email } використано резервний код. Резервних кодів не залишилося: створіть нові в налаштуваннях.
    [one] Для входу у ваш обліковий запис { $email } використано резервний код. У вас залишився { $count } резервний код.
    [few] Для входу у ваш обліковий запис { $email } використано резервний код. У вас залишилося { $count } резервні коди.
    [many] Для входу у ваш обліковий запис { $email } використано резервний код. У вас залишилося { $count } резервних кодів.
   *[other] Для входу у ваш обліковий запис { $email } використано резервний код. У вас залишилося { $count } резервного коду.
}
mail-backup-codes-regenerated-subject = Створено нові резервні коди
mail-backup-codes-regenerated-body = Для вашого облікового запису { $email } створено нові резервні коди. Старі коди більше не діють.
mail-locked-subject = Забагато невдалих спроб входу
mail-locked-body = { $minutes ->
    [one] Було забагато невдалих спроб увійти у ваш обліковий запис { $email }, тому вхід призупинено на { $minutes } хвилину.
    [few] Було забагато невдалих спроб увійти у ваш обліковий запис { $email }, тому вхід призупинено на { $minutes } хвилини.
    [many] Було забагато невдалих спроб увійти у ваш обліковий запис { $email }, тому вхід призупинено на { $minutes } хвилин.
   *[other] Було забагато невдалих спроб увійти у ваш обліковий запис { $email }, тому вхід призупинено на { $minutes } хвилини.
}
mail-password-changed-subject = Ваш пароль змінено
mail-password-changed-body = Пароль вашого облікового запису { $email } змінено, і ви вийшли з інших своїх пристроїв.
mail-admin-reset-subject = Двофакторну автентифікацію скинуто
mail-admin-reset-body = Адміністратор видалив двофакторну автентифікацію з вашого облікового запису { $email } і завершив усі ваші сеанси. Увійдіть із паролем і знову ввімкніть двофакторну автентифікацію.
