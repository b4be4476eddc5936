# Twofold — العربية. مترجَم من locales/en-US/main.ftl؛ راجع locales/README.md.

## Page chrome

brand-name = Twofold
skip-to-content = انتقل إلى المحتوى
nav-label = التنقل الرئيسي
nav-log-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-settings = الإعدادات
nav-log-out = تسجيل الخروج
loading = جارٍ التحميل…

## Home

home-title = مصادقة ثنائية لا تعترض طريقك
home-lead = احمِ حسابك برمز من هاتفك، واحتفظ برموز احتياطية لليوم الذي تفقده فيه، وتحكّم في كل عملية تسجيل دخول.

## Log in

login-title = تسجيل الدخول إلى Twofold
login-submit = تسجيل الدخول
login-pending = جارٍ تسجيل الدخول…
login-no-account = جديد على Twofold؟
login-sign-up-link = أنشئ حسابًا

## Sign up

signup-title = أنشئ حسابك
signup-lead = كل ما تحتاجه عنوان بريد إلكتروني وكلمة مرور قوية.
signup-submit = إنشاء الحساب
signup-pending = جارٍ إنشاء الحساب…
signup-have-account = لديك حساب بالفعل؟
signup-log-in-link = سجّل الدخول

## Second step of logging in

verify-title = أدخل الرمز
verify-lead-totp = افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام الذي يعرضه لـ Twofold.
verify-lead-backup = أدخل أحد الرموز الاحتياطية التي حفظتها عند تشغيل المصادقة الثنائية. يصلح كل رمز لمرة واحدة.
verify-submit = تحقّق
verify-pending = جارٍ التحقق…
verify-start-over = ابدأ من جديد بكلمة المرور
error-login-expired = سجّل الدخول مرة أخرى: انتهت صلاحية عملية تسجيل الدخول هذه أو أُدخلت رموز خاطئة كثيرة.

## Code inputs (login and the two-factor dialogs)

code-label-authenticator = رمز تطبيق المصادقة
code-label-backup = رمز احتياطي
code-use-backup = استخدم رمزًا احتياطيًا بدلًا من ذلك
code-use-authenticator = استخدم تطبيق المصادقة بدلًا من ذلك

## Form fields

field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-password-hint = من 12 إلى 128 حرفًا. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية يسهل تذكّرها.

## Field problems, shown under the field

field-required = يُرجى ملء هذا الحقل.
field-too-long = هذا طويل جدًا.
field-invalid-email = أدخل عنوان بريد إلكتروني مثل name@example.com.
field-password-too-short = استخدم 12 حرفًا على الأقل.
field-password-common = كلمة المرور هذه شائعة جدًا. اختر كلمة يصعب تخمينها.
field-password-contains-email = يجب ألا تحتوي كلمة المرور على عنوان بريدك الإلكتروني.
field-password-same = يجب أن تختلف كلمة المرور الجديدة عن الحالية.
field-current-password-wrong = كلمة المرور الحالية غير صحيحة.

## Errors for the whole form

error-invalid-form = يُرجى تصحيح الحقول المميّزة.
error-invalid-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح، أو لم يُؤكَّد العنوان بعد: افتح أولًا الرابط الذي أرسلناه إليك.
error-invalid-code = هذا الرمز غير صحيح. تحقّق من تطبيق المصادقة أو من رموزك الاحتياطية وحاول مرة أخرى.
error-code-already-used = استُخدم هذا الرمز من قبل. انتظر الرمز التالي في التطبيق، أو استخدم رمزًا احتياطيًا آخر.
error-not-enrolled = المصادقة الثنائية غير مُعدّة لهذا الحساب.
error-already-enrolled = المصادقة الثنائية مفعّلة بالفعل.
error-unauthorized = سجّل الدخول للمتابعة.
error-bad-request = تعذّرت قراءة النموذج. تحقّق مما أدخلته وحاول مرة أخرى.
error-network = تعذّر الوصول إلى Twofold. تحقّق من اتصالك وحاول مرة أخرى.
error-unavailable = Twofold غير متاح مؤقتًا. حاول مرة أخرى بعد دقيقة.
error-busy = Twofold مشغول حاليًا. حاول مرة أخرى بعد بضع ثوانٍ.
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.

## Settings

settings-title = إعدادات الحساب
settings-account-heading = الحساب
settings-two-factor-heading = المصادقة الثنائية
settings-two-factor-off = المصادقة الثنائية متوقفة.
# $date (String) - يوم تشغيلها
settings-two-factor-on-since = المصادقة الثنائية مفعّلة منذ { $date }.
settings-two-factor-explainer = مع المصادقة الثنائية يطلب تسجيل الدخول أيضًا رمزًا من تطبيق مصادقة أو مفتاح الأمان أو مفتاح المرور، فلا تكفي كلمة مرور مسروقة وحدها.
settings-two-factor-enable = تشغيل المصادقة الثنائية
settings-two-factor-regenerate = إنشاء رموز احتياطية جديدة
settings-two-factor-disable = إيقاف المصادقة الثنائية
# $count (Number) - الرموز الاحتياطية غير المستخدمة
settings-backup-codes-left = { $count ->
    [0] لم يتبقَّ لديك أي رمز احتياطي.
    [zero] لم يتبقَّ لديك أي رمز احتياطي.
    [one] تبقّى لديك رمز احتياطي واحد.
    [two] تبقّى لديك رمزان احتياطيان.
    [few] تبقّت لديك { $count } رموز احتياطية.
    [many] تبقّى لديك { $count } رمزًا احتياطيًا.
   *[other] تبقّى لديك { $count } رمز احتياطي.
}
settings-backup-codes-few = رموزك الاحتياطية على وشك النفاد. أنشئ رموزًا جديدة لتتمكن من تسجيل الدخول حتى إن فقدت هاتفك.
settings-two-factor-enabled = المصادقة الثنائية مفعّلة الآن. من الآن فصاعدًا يطلب تسجيل الدخول رمزًا من تطبيقك.
settings-two-factor-enabled-key = المصادقة الثنائية مفعّلة الآن. من الآن فصاعدًا يطلب تسجيل الدخول مفتاح الأمان أو مفتاح المرور.
settings-two-factor-disabled = المصادقة الثنائية متوقفة الآن. يحتاج تسجيل الدخول إلى كلمة المرور فقط.
settings-backup-codes-regenerated = لديك رموز احتياطية جديدة. لم تعد الرموز القديمة تعمل.
settings-password-heading = تغيير كلمة المرور
settings-password-submit = تغيير كلمة المرور
settings-password-pending = جارٍ تغيير كلمة المرور…
settings-password-changed = تم تغيير كلمة المرور.

## Dialogs on the settings page

dialog-cancel = إلغاء
copy-done = تم النسخ.
copy-failed = تعذّر النسخ. حدّد النص وانسخه بنفسك.
setup-title = تشغيل المصادقة الثنائية
setup-password-lead = لحماية حسابك، أكّد أولًا أنك صاحبه.
setup-factor-lead = أدخل كلمة المرور وأكّد بأحد عواملك لإضافة تطبيق مصادقة.
setup-password-submit = متابعة
setup-password-pending = جارٍ التحقق…
setup-scan-lead = امسح رمز QR هذا بتطبيق مصادقة، مثل المدمج في مدير كلمات المرور أو تطبيق مستقل على هاتفك.
setup-qr-label = رمز QR لتطبيق المصادقة. المفتاح نفسه مكتوب أدناه.
setup-key-label = لا يمكنك المسح؟ أدخل هذا المفتاح في التطبيق بدلًا من ذلك:
setup-copy-key = نسخ المفتاح
setup-code-lead = ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق لـ Twofold.
setup-confirm-submit = تشغيل
setup-confirm-pending = جارٍ التشغيل…
setup-add-submit = إضافة التطبيق
backup-codes-title = احفظ رموزك الاحتياطية
backup-codes-lead = إذا لم تستطع استخدام تطبيق المصادقة أو مفتاح الأمان، فكل رمز من هذه الرموز يتيح لك تسجيل الدخول مرة واحدة. احفظها في مكان آمن، مثل مدير كلمات المرور. لن تظهر إلا الآن.
backup-codes-list-label = الرموز الاحتياطية
backup-codes-copy = نسخ الكل
backup-codes-download = تنزيل كملف نصي
backup-codes-print = طباعة
backup-codes-saved = لقد حفظت هذه الرموز
backup-codes-done = تم
# السطر الأول من الملف المنزَّل. $email (String) - البريد الإلكتروني للحساب
backup-codes-file-heading = رموز Twofold الاحتياطية للحساب { $email }
backup-codes-file-note = يمكن استخدام كل رمز مرة واحدة بدلًا من رمز تطبيق المصادقة أو مفتاح الأمان.
regenerate-title = إنشاء رموز احتياطية جديدة
regenerate-lead = تتوقف رموزك الاحتياطية الحالية عن العمل فور إنشاء الرموز الجديدة. أكّد بكلمة المرور ورمز.
regenerate-submit = إنشاء الرموز
regenerate-pending = جارٍ إنشاء الرموز…
disable-title = إيقاف المصادقة الثنائية
disable-lead = سيحتاج تسجيل الدخول بعدها إلى كلمة المرور فقط. أكّد بكلمة المرور ورمز من تطبيقك أو رمز احتياطي.
disable-lead-key = سيحتاج تسجيل الدخول بعدها إلى كلمة المرور فقط. أكّد بكلمة المرور ومفتاح الأمان أو رمز احتياطي.
disable-submit = إيقاف
disable-pending = جارٍ الإيقاف…

## Notice after logging in with a backup code

# $count (Number) - الرموز الاحتياطية غير المستخدمة
backup-code-used = { $count ->
    [0] سجّلت الدخول بآخر رمز احتياطي لديك. أنشئ رموزًا جديدة الآن حتى لا تُحرم من الدخول.
    [zero] سجّلت الدخول بآخر رمز احتياطي لديك. أنشئ رموزًا جديدة الآن حتى لا تُحرم من الدخول.
    [one] سجّلت الدخول برمز احتياطي. تبقّى لديك رمز واحد.
    [two] سجّلت الدخول برمز احتياطي. تبقّى لديك رمزان.
    [few] سجّلت الدخول برمز احتياطي. تبقّت لديك { $count } رموز.
    [many] سجّلت الدخول برمز احتياطي. تبقّى لديك { $count } رمزًا.
   *[other] سجّلت الدخول برمز احتياطي. تبقّى لديك { $count } رمز.
}
backup-code-used-action = إنشاء رموز احتياطية جديدة

## Not found

not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت.
not-found-home = الانتقال إلى الصفحة الرئيسية

## Language and dates

language-label = اللغة
language-submit = تغيير
# $year, $month (1–12), $day (Number)
date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

## أمان الحساب: الحدود، الجلسات، سجل الأمان

error-too-many-attempts = { $minutes ->
    [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد قليل.
    [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
    [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
}
error-forbidden = لم يصدر هذا الطلب من صفحة في Twofold ولذلك رُفض. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
settings-back = العودة إلى الإعدادات
settings-activity-heading = النشاط والأجهزة
date-time-utc = { $date }، الساعة { $time } بالتوقيت العالمي
browser-on-os = { $browser } على { $os }
browser-unknown-on-os = متصفح على { $os }
browser-unknown = متصفح غير معروف
address-unknown = عنوان غير معروف

sessions-title = أين سجّلت الدخول
sessions-lead = هذه المتصفحات مسجَّل فيها الدخول إلى حسابك. سجّل الخروج من أي متصفح لا تعرفه، ثم غيّر كلمة المرور.
sessions-this-one = هذا المتصفح
sessions-address = العنوان
sessions-signed-in = تسجيل الدخول
sessions-last-seen = آخر نشاط
sessions-sign-out = تسجيل الخروج
sessions-sign-out-others = تسجيل الخروج من كل مكان آخر
sessions-signing-out = جارٍ تسجيل الخروج…
sessions-none-elsewhere = لم تسجّل الدخول في أي مكان آخر.
sessions-signed-out-elsewhere = { $count ->
    [zero] حرصًا على أمانك، لم يُسجَّل خروجك من أي جهاز آخر.
    [one] حرصًا على أمانك، سُجّل خروجك من جهاز آخر واحد.
    [two] حرصًا على أمانك، سُجّل خروجك من جهازين آخرين.
    [few] حرصًا على أمانك، سُجّل خروجك من { $count } أجهزة أخرى.
    [many] حرصًا على أمانك، سُجّل خروجك من { $count } جهازًا آخر.
   *[other] حرصًا على أمانك، سُجّل خروجك من { $count } جهاز آخر.
}

security-log-title = سجل الأمان
security-log-lead = عمليات تسجيل الدخول والتغييرات على أمان حسابك، الأحدث أولًا.
security-log-empty = لم يحدث شيء بعد.
security-log-pages = صفحات سجل الأمان
security-log-newer = إدخالات أحدث
security-log-older = إدخالات أقدم
security-log-source = { $ip } · { $browser }
event-login-succeeded = تم تسجيل الدخول
event-login-failed = رُفض تسجيل الدخول: كلمة مرور خاطئة
event-code-refused = رمز مصادقة أو رمز احتياطي خاطئ
event-two-factor-enabled = تم تفعيل المصادقة الثنائية
event-two-factor-disabled = تم إيقاف المصادقة الثنائية
event-backup-code-used = { $count ->
    [0] تسجيل دخول برمز احتياطي؛ لم يتبقَّ أي رمز
    [zero] تسجيل دخول برمز احتياطي؛ لم يتبقَّ أي رمز
    [one] تسجيل دخول برمز احتياطي؛ تبقّى رمز واحد
    [two] تسجيل دخول برمز احتياطي؛ تبقّى رمزان
    [few] تسجيل دخول برمز احتياطي؛ تبقّت { $count } رموز
    [many] تسجيل دخول برمز احتياطي؛ تبقّى { $count } رمزًا
   *[other] تسجيل دخول برمز احتياطي؛ تبقّى { $count } رمز
}
event-backup-codes-regenerated = أُنشئت رموز احتياطية جديدة؛ توقفت الرموز القديمة عن العمل
event-locked = { $minutes ->
    [zero] محاولات فاشلة كثيرة: تم القفل مؤقتًا
    [one] محاولات فاشلة كثيرة: تم القفل لمدة دقيقة واحدة
    [two] محاولات فاشلة كثيرة: تم القفل لمدة دقيقتين
    [few] محاولات فاشلة كثيرة: تم القفل لمدة { $minutes } دقائق
    [many] محاولات فاشلة كثيرة: تم القفل لمدة { $minutes } دقيقة
   *[other] محاولات فاشلة كثيرة: تم القفل لمدة { $minutes } دقيقة
}
event-password-changed = تم تغيير كلمة المرور
event-sessions-signed-out = { $count ->
    [zero] لم يُسجَّل الخروج من أي جهاز آخر
    [one] سُجّل الخروج من جهاز آخر واحد
    [two] سُجّل الخروج من جهازين آخرين
    [few] سُجّل الخروج من { $count } أجهزة أخرى
    [many] سُجّل الخروج من { $count } جهازًا آخر
   *[other] سُجّل الخروج من { $count } جهاز آخر
}
event-admin-reset = أزال مسؤول المصادقة الثنائية؛ سُجّل الخروج من كل مكان

## رسائل البريد إلى صاحب الحساب (نص عادي)

mail-greeting = مرحبًا،
mail-signature = — Twofold
mail-when = متى: { $time }
mail-from = من: { $ip } ({ $browser })
mail-unknown = غير معروف
mail-not-you = إن لم تكن أنت من فعل ذلك، فسجّل الدخول الآن وغيّر كلمة المرور وراجع «أين سجّلت الدخول» في الإعدادات. وإن لم تتمكن من تسجيل الدخول، فتواصل مع المسؤول.
mail-two-factor-enabled-subject = المصادقة الثنائية مفعّلة
mail-two-factor-enabled-body = فُعّلت المصادقة الثنائية لحسابك { $email }. يتطلب تسجيل الدخول الآن رمزًا من تطبيق المصادقة أو رمزًا احتياطيًا.
mail-two-factor-enabled-key-body = فُعّلت المصادقة الثنائية لحسابك { $email }. يتطلب تسجيل الدخول الآن مفتاح الأمان أو مفتاح المرور، أو رمزًا احتياطيًا.
mail-two-factor-disabled-subject = أُوقفت المصادقة الثنائية
mail-two-factor-disabled-body = أُوقفت المصادقة الثنائية لحسابك { $email }. يكفي الآن إدخال كلمة المرور لتسجيل الدخول.
mail-backup-code-used-subject = استُخدم رمز احتياطي لتسجيل الدخول
mail-backup-code-used-body = { $count ->
    [0] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. لم يتبقَّ لديك أي رمز احتياطي: أنشئ رموزًا جديدة من الإعدادات.
    [zero] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. لم يتبقَّ لديك أي رمز احتياطي: أنشئ رموزًا جديدة من الإعدادات.
    [one] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. تبقّى لديك رمز احتياطي واحد فقط: أنشئ رموزًا جديدة من الإعدادات.
    [two] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. تبقّى لديك رمزان احتياطيان.
    [few] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. تبقّت لديك { $count } رموز احتياطية.
    [many] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. تبقّى لديك { $count } رمزًا احتياطيًا.
   *[other] استُخدم رمز احتياطي لتسجيل الدخول إلى حسابك { $email }. تبقّى لديك { $count } رمز احتياطي.
}
mail-backup-codes-regenerated-subject = أُنشئت رموز احتياطية جديدة
mail-backup-codes-regenerated-body = أُنشئت رموز احتياطية جديدة لحسابك { $email }. لم تعد الرموز القديمة تعمل.
mail-locked-subject = محاولات تسجيل دخول فاشلة كثيرة
mail-locked-body = { $minutes ->
    [zero] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول مؤقتًا.
    [one] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول لمدة دقيقة واحدة.
    [two] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول لمدة دقيقتين.
    [few] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول لمدة { $minutes } دقائق.
    [many] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول لمدة { $minutes } دقيقة.
   *[other] حدثت محاولات فاشلة كثيرة لتسجيل الدخول إلى حسابك { $email }، لذا أُوقف تسجيل الدخول لمدة { $minutes } دقيقة.
}
mail-password-changed-subject = تم تغيير كلمة المرور
mail-password-changed-body = تم تغيير كلمة مرور حسابك { $email }، وسُجّل خروجك من أجهزتك الأخرى.
mail-admin-reset-subject = أُعيد تعيين المصادقة الثنائية
mail-admin-reset-body = أزال أحد المسؤولين المصادقة الثنائية من حسابك { $email } وسجّل خروجك من كل مكان. سجّل الدخول بكلمة المرور ثم فعّل المصادقة الثنائية من جديد.

## حدود المحاولات وعلامات التحذير

error-wait-seconds = { $seconds ->
    [zero] محاولات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
    [one] محاولات كثيرة جدًا. يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثوانٍ ثم المحاولة مرة أخرى.
    [many] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
}
error-wait-hours = { $hours ->
    [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى لاحقًا.
    [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ساعة واحدة.
    [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ساعتين.
    [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $hours } ساعات.
    [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $hours } ساعة.
   *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $hours } ساعة.
}
error-authenticator-suspended = أُدخلت رموز خاطئة كثيرة جدًا لهذا الحساب، لذلك لم تعد رموز تطبيق المصادقة تعمل. أدخل بدلًا من ذلك أحد رموزك الاحتياطية: فهذا يعيد تشغيل رموز التطبيق. وإن لم تكن لديك رموز احتياطية، فتواصل مع المسؤول.
event-code-replayed = استُخدم رمز مصادقة مرة ثانية ورُفض
event-second-step-missing = أُدخلت كلمة المرور الصحيحة، لكن تسجيل الدخول لم يكتمل بعامل ثانٍ
event-password-known = أُدخلت كلمة المرور الصحيحة، تلتها ثلاثة رموز خاطئة
event-authenticator-suspended = أُوقفت رموز المصادقة بعد 100 رمز خاطئ متتالٍ؛ والرمز الاحتياطي يعيد تشغيلها
event-passwords-slowed = كلمات مرور خاطئة كثيرة: تم إبطاء تسجيل الدخول من المتصفحات الجديدة
event-admin-unlocked = رفع أحد المسؤولين القيود عن محاولات تسجيل الدخول
security-log-operator = بواسطة المشغّل { $operator } (سطر الأوامر)
mail-code-replayed-subject = استُخدم رمز تسجيل دخول مرتين
mail-code-replayed-body = أُدخل لحسابك { $email } رمز من تطبيق المصادقة سبق استخدامه، فرُفض. إن لم تكن قد أدخلت الرمز نفسه مرتين للتو، فربما رأى أحد رموزك شخصٌ يعرف كلمة مرورك: غيّر كلمة المرور الآن.
mail-password-known-subject = ربما يعرف أحدهم كلمة مرورك
mail-password-known-body = أدخل أحدهم كلمة المرور الصحيحة لحسابك { $email }، ثم ثلاثة رموز خاطئة. وقد أوقفه العامل الثاني. إن لم تكن أنت، فغيّر كلمة المرور الآن.
mail-authenticator-suspended-subject = أُوقفت رموز المصادقة لحسابك
mail-authenticator-suspended-body = بعد 100 رمز خاطئ متتالٍ، لم تعد رموز تطبيق المصادقة تتيح تسجيل الدخول إلى حسابك { $email }. سجّل الدخول بأحد رموزك الاحتياطية لإعادة تشغيلها، ثم غيّر كلمة المرور.
mail-passwords-slowed-subject = كلمات مرور خاطئة كثيرة لحسابك
mail-passwords-slowed-body = أُدخلت كلمات مرور خاطئة كثيرة لحسابك { $email }. يُبطأ حاليًا تسجيل الدخول من المتصفحات التي لم تسجّل الدخول إليه من قبل؛ أما المتصفحات التي سجّلت الدخول بها من قبل فلا تتأثر.

## مفاتيح الأمان ومفاتيح المرور

event-key-added = أُضيف مفتاح أمان أو مفتاح مرور
event-key-removed = أُزيل مفتاح أمان أو مفتاح مرور
mail-key-added-subject = أُضيف مفتاح أمان إلى حسابك
mail-key-added-body = أُضيف مفتاح أمان أو مفتاح مرور إلى حسابك { $email }. يمكن استخدامه الآن لتسجيل الدخول، وقد سُجّل خروجك من أجهزتك الأخرى.
mail-key-removed-subject = أُزيل مفتاح أمان من حسابك
mail-key-removed-body = أُزيل مفتاح أمان أو مفتاح مرور من حسابك { $email }، وقد سُجّل خروجك من أجهزتك الأخرى.

error-key-refused = لم يُقبَل مفتاح الأمان. حاول مرة أخرى أو استخدم طريقة أخرى.
error-key-cancelled = لم يستجب مفتاح الأمان: أُلغي الطلب أو انتهت مهلته. حاول مرة أخرى أو استخدم طريقة أخرى.
error-key-unsupported = لا يستطيع هذا المتصفح استخدام مفاتيح الأمان هنا. استخدم طريقة أخرى أو متصفحًا آخر.
error-key-registered = مفتاح الأمان هذا مسجّل في حساب بالفعل.
error-key-name = اختر للمفتاح اسمًا من 1 إلى 64 حرفًا.
error-no-such-key = لم يعد مفتاح الأمان هذا في حسابك.
event-key-refused = رُفض رد مفتاح أمان
event-authenticator-added = أُضيف تطبيق مصادقة
mail-authenticator-added-subject = أُضيف تطبيق مصادقة إلى حسابك
mail-authenticator-added-body = أُضيف تطبيق مصادقة إلى حسابك { $email }. يمكن الآن استخدام رموزه لتسجيل الدخول، وقد سُجّل خروجك من أجهزتك الأخرى.
settings-key-added-notice = أُضيف مفتاح الأمان.
settings-key-removed-notice = أُزيل مفتاح الأمان.
settings-authenticator-added = أُضيف تطبيق المصادقة.
settings-authenticator-heading = تطبيق المصادقة
settings-authenticator-on = مُعَدّ: تُقبل الرموز من تطبيق المصادقة.
settings-authenticator-off = غير مُعَدّ.
settings-authenticator-add = إعداد تطبيق مصادقة
settings-keys-heading = مفاتيح الأمان ومفاتيح المرور
settings-keys-none = لا يوجد مفتاح أمان أو مفتاح مرور بعد.
settings-keys-need-js = تتطلب إضافة مفتاح أمان أو إزالته JavaScript.
settings-keys-add = إضافة مفتاح أمان أو مفتاح مرور
settings-key-added = أُضيف في { $date }
settings-key-last-used = آخر استخدام في { $date }
settings-key-never-used = لم يُستخدم بعد
settings-key-rename = إعادة التسمية
settings-key-rename-label = الاسم الجديد
settings-key-rename-submit = حفظ الاسم
settings-key-rename-pending = جارٍ الحفظ…
settings-key-remove = إزالة
remove-key-title = هل تريد إزالة مفتاح الأمان هذا؟
remove-key-lead = لن يعود بالإمكان تسجيل الدخول به إلى حسابك. أدخل كلمة المرور وأكّد بأحد العوامل.
remove-key-last = هذا هو عاملك الوحيد: إزالته تُوقف المصادقة الثنائية وتحذف رموزك الاحتياطية.
remove-key-submit = إزالة المفتاح
remove-key-pending = جارٍ الإزالة…
add-key-title = إضافة مفتاح أمان أو مفتاح مرور
add-key-password-lead = أدخل كلمة المرور لإضافة مفتاح أمان أو مفتاح مرور.
add-key-factor-lead = أدخل كلمة المرور وأكّد بأحد عواملك لإضافة مفتاح أمان أو مفتاح مرور.
add-key-continue = متابعة
add-key-continue-pending = جارٍ التحقق…
add-key-touch = اتبع تعليمات المتصفح: المس مفتاح الأمان أو أكّد بقفل شاشة جهازك.
add-key-retry = حاول مرة أخرى
add-key-name-lead = سمِّ هذا المفتاح لتميّزه عن مفاتيحك الأخرى.
add-key-name-label = الاسم
add-key-submit = إضافة المفتاح
add-key-pending = جارٍ الإضافة…
reauth-key-lead = أو أكّد بمفتاح الأمان بدلًا من رمز:
reauth-use-key = استخدم مفتاح الأمان
reauth-use-key-pending = في انتظار مفتاحك…
verify-lead-key = استخدم مفتاح الأمان، أو أدخل رمزًا من تطبيق المصادقة أو رمزًا احتياطيًا.
verify-lead-key-only = استخدم مفتاح الأمان، أو أدخل أحد رموزك الاحتياطية.
verify-use-key = استخدم مفتاح الأمان
verify-use-key-pending = في انتظار مفتاحك…
verify-or-code = أو أدخل رمزًا
verify-key-needs-js = تتطلب مفاتيح الأمان JavaScript. لا يزال بإمكانك إدخال رمز أدناه.
login-or = أو
login-passkey = تسجيل الدخول بمفتاح مرور
login-passkey-pending = في انتظار مفتاح المرور…
login-passkey-needs-js = يتطلب تسجيل الدخول بمفتاح مرور JavaScript.

## المصادقة الثنائية الإلزامية

policy-grace = { $days ->
    [one] ستصبح المصادقة الثنائية إلزامية لحسابك بعد يوم واحد.
    [two] ستصبح المصادقة الثنائية إلزامية لحسابك بعد يومين.
    [few] ستصبح المصادقة الثنائية إلزامية لحسابك بعد { $days } أيام.
    [many] ستصبح المصادقة الثنائية إلزامية لحسابك بعد { $days } يومًا.
   *[other] ستصبح المصادقة الثنائية إلزامية لحسابك بعد { $days } يوم.
}
policy-grace-action = إعدادها الآن
policy-set-up-now = المصادقة الثنائية إلزامية لحسابك. أعدّها أدناه للمتابعة؛ ولن يتاح أي شيء آخر قبل ذلك.
settings-two-factor-required = إلزامية لحسابك، لذا لا يمكن إيقافها. لاستبدال مفتاح أمان، أضف المفتاح الجديد أولًا ثم أزل القديم.
error-two-factor-required = المصادقة الثنائية إلزامية لحسابك. أعدّها أو أبقها مفعّلة للمتابعة.
event-administrator-granted = أصبح مسؤولًا
event-administrator-revoked = لم يعد مسؤولًا

## إزالة تطبيق المصادقة

settings-authenticator-remove = إزالة تطبيق المصادقة
remove-authenticator-title = هل تريد إزالة تطبيق المصادقة؟
remove-authenticator-lead = لن تعود رموزه تسجّل الدخول إلى حسابك؛ وتبقى مفاتيح الأمان والرموز الاحتياطية. أدخل كلمة المرور وأكّد بأحد العوامل.
remove-authenticator-submit = إزالة التطبيق
settings-authenticator-removed = أُزيل تطبيق المصادقة.
event-authenticator-removed = أُزيل تطبيق المصادقة
mail-authenticator-removed-subject = أُزيل تطبيق مصادقة من حسابك
mail-authenticator-removed-body = أُزيل تطبيق المصادقة من حسابك { $email }. لم تعد رموزه تسجّل الدخول، وسُجّل خروجك من أجهزتك الأخرى.

## المتصفحات الموثوقة

verify-trust = { $days ->
    [zero] لا تطلب رمزًا على هذا المتصفح
    [one] لا تطلب رمزًا على هذا المتصفح لمدة يوم واحد
    [two] لا تطلب رمزًا على هذا المتصفح لمدة يومين
    [few] لا تطلب رمزًا على هذا المتصفح لمدة { $days } أيام
    [many] لا تطلب رمزًا على هذا المتصفح لمدة { $days } يومًا
   *[other] لا تطلب رمزًا على هذا المتصفح لمدة { $days } يوم
}
trusted-heading = المتصفحات الموثوقة
trusted-lead = تسجّل هذه المتصفحات الدخول إلى حسابك بكلمة المرور وحدها، دون رمز. يؤدي تغيير كلمة المرور أو العوامل، أو تسجيل الخروج من كل مكان، إلى إنهاء الثقة بها.
trusted-since = موثوق منذ
trusted-last-used = آخر استخدام
trusted-never-used = لم يُستخدم بعد
trusted-until = موثوق حتى
trusted-stop = إيقاف الثقة
event-browser-trusted = وُثق بمتصفح: يسجّل الدخول دون رمز
event-trusted-browser-used = تسجيل دخول دون رمز على متصفح موثوق
event-browser-untrusted = لم يعد المتصفح موثوقًا

## ما يفعله المسؤولون في صفحة الإدارة

event-admin-signed-out = سجّل أحد المسؤولين خروجك من كل مكان
security-log-administrator = بواسطة المسؤول { $email }
event-administered-reset = أزلت المصادقة الثنائية من { $email }
event-administered-unlock = رفعت قيود تسجيل الدخول عن { $email }
event-administered-sign-out = سجّلت خروج { $email } من كل مكان
event-policy-changed = غيّرت سياسة المصادقة الثنائية لهذا الموقع
mail-admin-unlocked-subject = رُفعت القيود عن محاولات تسجيل دخولك
mail-admin-unlocked-body = رفع أحد المسؤولين قيود محاولات تسجيل الدخول عن حسابك { $email }: تُفحص كلمة المرور والرموز من جديد فورًا.
mail-admin-signed-out-subject = سُجّل خروجك من كل مكان
mail-admin-signed-out-body = سجّل أحد المسؤولين خروج حسابك { $email } من جميع الأجهزة. سجّل الدخول من جديد بكلمة المرور والعامل الثاني.
error-confirmation-required = أكّد أولًا بكلمة المرور وأحد العوامل.
error-no-such-account = لا يوجد حساب بعنوان البريد الإلكتروني هذا.
nav-admin = الإدارة
## /admin
admin-title = الإدارة
admin-confirm-heading = أكّد أنك أنت
admin-confirm-lead = لاتخاذ إجراء على الحسابات أو تغيير السياسة، أدخل كلمة المرور وأكّد بأحد العوامل. يبقى ذلك صالحًا 10 دقائق.
admin-confirm-submit = تأكيد
admin-confirm-pending = جارٍ التأكيد…
admin-accounts-heading = الحسابات
admin-search-label = ابحث عن الحسابات بعنوان البريد الإلكتروني
admin-search-submit = بحث
admin-none-found = لا يوجد حساب مطابق.
admin-two-factor-off = معطّلة
admin-two-factor-on = مفعّلة منذ { $date }
admin-factor-app = تطبيق المصادقة
admin-factor-keys = { $count ->
    [zero] لا مفاتيح
    [one] مفتاح واحد
    [two] مفتاحان
    [few] { $count } مفاتيح
    [many] { $count } مفتاحًا
   *[other] { $count } مفتاح
}
admin-role-administrator = مسؤول
admin-locked = مقفل
admin-col-two-factor = المصادقة الثنائية
admin-col-last-sign-in = آخر تسجيل دخول
admin-never = أبدًا
admin-reset = إعادة ضبط المصادقة الثنائية
admin-unlock = رفع القيود
admin-sign-out = تسجيل الخروج من كل مكان
admin-policy-heading = سياسة المصادقة الثنائية
admin-policy-required-of = إلزامية لـ
admin-policy-nobody = لا أحد: يقرر كل مستخدم
admin-policy-everyone = الجميع
admin-policy-administrators = المسؤولون فقط
admin-policy-grace = مهلة السماح بالأيام (0: فورًا)
admin-policy-submit = حفظ السياسة
admin-policy-pending = جارٍ الحفظ…
admin-done = تم. أُبلغ صاحب الحساب بالبريد.
admin-policy-saved = حُفظت سياسة المصادقة الثنائية.

error-address-unconfirmed = أكّد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك.
error-link-expired = لم يعد هذا الرابط يعمل: فقد استُخدم من قبل، أو حلّ محله رابط أحدث، أو انتهت صلاحيته.
field-email-same = هذا هو عنوان حسابك بالفعل.
field-new-email = عنوان البريد الإلكتروني الجديد
notice-sign-up-sent = تفقّد بريدك الوارد: أرسلنا رسالة إلى العنوان الذي أدخلته. افتح الرابط الذي فيها وأدخل كلمة المرور هناك لتأكيد العنوان وتسجيل الدخول.
notice-reset-sent = إن كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة ساعة.
notice-confirmation-sent = أرسلنا إليك رابط تأكيد جديدًا. لم يعد الرابط السابق يعمل.
notice-address-change-sent = أرسلنا رابطًا إلى العنوان الجديد. ينتقل حسابك إليه عند فتح الرابط، ويحتفظ بعنوانه الحالي حتى ذلك الحين.
notice-address-confirmed = تم تأكيد عنوان بريدك الإلكتروني.
notice-address-changed = يستخدم حسابك الآن عنوان بريده الإلكتروني الجديد. سجّل الدخول به من الآن فصاعدًا.
notice-password-reset = تم تعيين كلمة المرور الجديدة، وتم تسجيل الخروج من جميع المتصفحات. سجّل الدخول بكلمة المرور الجديدة.
event-address-confirmed = تم تأكيد عنوان البريد الإلكتروني
event-password-reset = اختيار كلمة مرور جديدة عبر رابط مُرسل بالبريد
event-address-change-asked = طلب الانتقال إلى { $email }
event-address-changed = تم تغيير عنوان البريد الإلكتروني
event-trust-copied = استُخدم ملف تعريف ارتباط منسوخ لمتصفح موثوق: أُلغيت الثقة بجميع المتصفحات
event-trusted-browser-new-network = تسجيل دخول في متصفح موثوق دون رمز من شبكة جديدة
mail-trust-copied-subject = استُخدمت نسخة من ملف تعريف ارتباط متصفح موثوق
mail-trust-copied-body = استُخدم متصفح تثق به في حسابك على Twofold ‏{ $email } بملف تعريف ارتباط كان قد استُبدل من قبل، فربما نُسخ إلى متصفح آخر. أُلغيت الثقة بجميع متصفحات الحساب: سيطلب كل منها رمزًا من جديد. إن لم يكن هذا أنت، فغيّر كلمة المرور.
mail-trusted-browser-new-network-subject = سجّل متصفح موثوق الدخول من شبكة جديدة
mail-trusted-browser-new-network-body = سجّل متصفح تثق به الدخول إلى حسابك على Twofold ‏{ $email } دون رمز، من شبكة غير التي استخدمها آخر مرة.
mail-link-expires-hour = يعمل الرابط مرة واحدة، خلال ساعة.
mail-link-expires-day = يعمل الرابط مرة واحدة، خلال 24 ساعة.
mail-confirm-subject = أكّد عنوان بريدك الإلكتروني
mail-confirm-body = أُنشئ حساب في Twofold بعنوانك { $email }. افتح هذا الرابط لتأكيد أن العنوان يخصّك:
mail-confirm-not-you = إن لم تُنشئ هذا الحساب فتجاهل هذه الرسالة: سيبقى العنوان غير مؤكَّد.
mail-sign-up-taken-subject = حاول أحدهم التسجيل بعنوانك
mail-sign-up-taken-body = حاول أحدهم إنشاء حساب جديد في Twofold بعنوانك { $email }، وله حساب بالفعل. لم يتغيّر شيء. إن كنت أنت ونسيت كلمة المرور، فاطلب كلمة مرور جديدة من هنا: { $link }
mail-sign-up-taken-not-you = إن لم تكن أنت، فلا داعي لفعل شيء: حسابك كما كان.
mail-reset-subject = اختر كلمة مرور جديدة
mail-reset-body = طُلبت كلمة مرور جديدة لحسابك { $email }. افتح هذا الرابط لاختيارها:
mail-reset-not-you = إن لم تطلب ذلك فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي. وإن كان حسابك يستخدم المصادقة الثنائية، فلا يستطيع الرابط وحده تغييرها.
mail-change-subject = أكّد عنوان بريدك الإلكتروني الجديد
mail-change-body = سينتقل حساب Twofold { $old } إلى هذا العنوان، { $email }. افتح هذا الرابط لتأكيد ذلك:
mail-change-not-you = إن لم تطلب ذلك فتجاهل هذه الرسالة: لن يتغيّر شيء.
mail-change-taken-subject = حاول أحدهم استخدام عنوانك
mail-change-taken-body = طلب أحدهم نقل حساب آخر في Twofold إلى عنوانك { $email }، وله حساب بالفعل. لم يتغيّر شيء.
mail-change-notice-subject = طُلب تغيير عنوان بريدك الإلكتروني
mail-change-notice-body = طلب شخص مسجّل الدخول إلى حسابك { $old } نقله إلى العنوان { $email }. لا يتغيّر العنوان إلا عند فتح الرابط الذي أرسلناه إلى هناك.
mail-password-reset-subject = أُعيد تعيين كلمة المرور
mail-password-reset-body = اختيرت كلمة مرور جديدة لحسابك { $email } عبر رابط أُرسل إلى هذا العنوان، وتم تسجيل الخروج من جميع المتصفحات.
mail-address-changed-subject = لحسابك عنوان بريد إلكتروني جديد
mail-address-changed-body = يستخدم حسابك في Twofold الآن العنوان { $email }. سجّل الدخول به من الآن فصاعدًا.
login-forgot = هل نسيت كلمة المرور؟
forgot-title = هل نسيت كلمة المرور؟
forgot-lead = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل الرابط
forgot-pending = جارٍ الإرسال…
forgot-back = العودة إلى تسجيل الدخول
reset-title = اختر كلمة مرور جديدة
reset-lead = اختر كلمة المرور الجديدة لحسابك.
reset-lead-two-factor = اختر كلمة المرور الجديدة لحسابك، ثم أكّدها بعاملك الثاني: مفتاح الأمان، أو رمز من تطبيق المصادقة، أو رمز احتياطي.
reset-use-key = التأكيد بمفتاح الأمان
reset-use-key-pending = في انتظار مفتاح الأمان…
reset-submit = عيّن كلمة المرور الجديدة
reset-pending = جارٍ التعيين…
reset-ask-again = اطلب رابطًا جديدًا
confirm-address-title = أكّد عنوان بريدك الإلكتروني
confirm-address-lead = أكّد أن { $email } هو عنوانك: أدخل كلمة المرور التي اخترتها عند التسجيل.
confirm-address-change-lead = انقل حسابك إلى العنوان { $email }.
confirm-address-submit = أكّد العنوان
confirm-address-change-submit = انقل حسابي
confirm-address-pending = جارٍ التأكيد…
confirm-address-settings = انتقل إلى إعداداتك
settings-address-unconfirmed = لم يتم تأكيد عنوان بريدك الإلكتروني { $email } بعد. افتح الرابط الذي أرسلناه إليك؛ ولا يمكن تشغيل المصادقة الثنائية حتى ذلك الحين.
settings-address-resend = أرسل الرابط مرة أخرى
settings-address-resending = جارٍ الإرسال…
settings-address-change = تغيير عنوان البريد الإلكتروني
settings-address-change-lead = سنرسل رابطًا إلى العنوان الجديد؛ وينتقل حسابك إليه عند فتح الرابط.
settings-address-submit = أرسل الرابط
settings-address-pending = جارٍ الإرسال…
# إعداد العامل الأول للحساب: الرمز المرسل بالبريد. $email: العنوان
mailed-code-label = الرمز من البريد الإلكتروني
mailed-code-lead = أرسلنا رمزًا من 8 أرقام إلى { $email }. يعمل لمدة 15 دقيقة.
error-mailed-code = الرمز من البريد الإلكتروني خاطئ أو لم يعد صالحًا. راجع أحدث رسالة منا؛ وبعد 5 محاولات خاطئة أو 15 دقيقة، أغلق هذه النافذة وابدأ من جديد لتحصل على رمز جديد.
# الرسالة التي تحمل هذا الرمز. $email: عنوان الحساب؛ ويأتي الرمز بعدها في سطر مستقل
mail-factor-code-subject = رمزك لإعداد المصادقة الثنائية
mail-factor-code-body = يقوم شخص ما بإعداد المصادقة الثنائية لحسابك في Twofold ‏{ $email }. لإتمام ذلك، أدخل هذا الرمز حيث يُطلب منك؛ يعمل لمدة 15 دقيقة:
mail-factor-code-not-you = إن لم تكن أنت، فهناك من يعرف كلمة مرورك: لا تعطِ هذا الرمز لأحد، وسجّل الدخول وغيّر كلمة مرورك الآن.

## طلبات تسجيل الدخول من التطبيقات الأخرى
authorize-refused-title = لا يمكن متابعة تسجيل الدخول هذا
authorize-refused-client = التطبيق الذي أرسلك إلى هنا غير مسجّل في هذه الخدمة، لذا لا يمكنك تسجيل الدخول إليه من هنا. يُرجى إبلاغ مالك التطبيق.
authorize-refused-redirect = طلب التطبيق الذي أرسلك إلى هنا إعادتك إلى عنوان لم يسجّله، لذا لن تتم إعادتك إليه. يُرجى إبلاغ مالك التطبيق.
authorize-refused-expired = انتهت صلاحية طلب تسجيل الدخول هذا، أو بدأ في متصفح آخر. عُد إلى التطبيق وسجّل الدخول من جديد.
consent-title = السماح بالوصول
consent-heading = يطلب { $application } استخدام حسابك
consent-lead = إذا سمحت بذلك، فسيتمكن { $application } من:
consent-scope-openid = التعرّف عليك عند تسجيل دخولك إليه
consent-scope-email = رؤية عنوان بريدك الإلكتروني
consent-scope-profile = رؤية اسم المستخدم الخاص بك (عنوان بريدك الإلكتروني)
consent-scope-groups = رؤية مجموعاتك (مثلًا، إن كنت مسؤولًا)
consent-scope-offline-access = البقاء متصلًا بحسابك أثناء غيابك
consent-allow = السماح
consent-deny = إلغاء
authorize-refused-logout = طلب تطبيق تسجيل خروجك، لكن طلبه غير صالح، لذا لم يتم فعل أي شيء.
sign-out-title = تسجيل الخروج؟
sign-out-lead = طلب تطبيق تسجيل خروجك من هذه الخدمة. لا تسجّل الخروج إلا إذا كنت قد اخترت ذلك للتو.
sign-out-confirm = تسجيل الخروج
sign-out-stay = البقاء مسجّلًا
settings-applications-heading = التطبيقات المتصلة
settings-applications-lead = تسجّل هذه التطبيقات دخولك بهذا الحساب. يؤدي فصل أحدها إلى إنهاء وصوله فورًا، وسيطلب الإذن مجددًا عند تسجيل دخولك التالي إليه.
settings-application-first-used = أول تسجيل دخول
settings-application-last-used = آخر استخدام
settings-application-disconnect = فصل
settings-application-disconnect-label = فصل { $application }
event-application-connected = تسجيل الدخول إلى { $application } لأول مرة
event-application-disconnected = تم فصل { $application }
mail-application-connected-subject = سجّلت الدخول إلى { $application } بحسابك
mail-application-connected-body = استُخدم حسابك { $email } لتسجيل الدخول إلى { $application } لأول مرة. يمكن للتطبيق الآن رؤية البيانات التي تشاركها معه.
set-up-for-application = يتطلب { $application } المصادقة الثنائية. فعّلها أدناه، ثم يمكنك العودة إلى { $application }.
set-up-for-application-done = المصادقة الثنائية مفعّلة. يمكنك الآن العودة إلى { $application }.
set-up-for-application-continue = المتابعة إلى { $application }
key-step-up-title = التأكيد بمفتاح الأمان
key-step-up-lead = يطلب منك { $application } تأكيد تسجيل الدخول هذا بمفتاح الأمان أو مفتاح المرور.
key-step-up-button = استخدام مفتاح الأمان أو مفتاح المرور
key-step-up-pending = في انتظار مفتاحك…
key-step-up-needs-js = تحتاج هذه الخطوة إلى JavaScript: فالمتصفح هو من يسأل المفتاح.

## Administrator page: applications (OpenID Connect clients)
admin-apps-heading = التطبيقات
admin-apps-lead = التطبيقات التي تُدخل مستخدميها عبر هذا الموقع باستخدام OpenID Connect. لكل منها معرّف عميل؛ وللتطبيق السري أيضًا سرّ لا يُعرض إلا مرة واحدة.
admin-apps-none = لم يُسجَّل أي تطبيق بعد.
admin-app-client-id = معرّف العميل
admin-app-secret = سرّ العميل
admin-app-secret-heading = سرّ عميل جديد لـ { $application }
admin-app-secret-once = انسخه الآن إلى إعدادات التطبيق: لا يُعرض إلا هذه المرة، ولا يُحفظ إلا تجزئته.
admin-app-public = عام
admin-app-confidential = سري
admin-app-requires = يتطلب
admin-app-require-signed-in = تسجيل الدخول
admin-app-require-two-factor = المصادقة الثنائية
admin-app-require-key = مفتاح أمان أو مفتاح مرور
admin-app-consent = الموافقة
admin-app-consent-asked = تُطلب من كل حساب
admin-app-consent-not-asked = لا تُطلب (تطبيق تابع للموقع)
admin-app-signing = رموز الهوية موقّعة بـ
admin-app-redirect-uris = عناوين إعادة التوجيه
admin-app-post-logout-uris = العناوين بعد تسجيل الخروج
admin-app-created = تاريخ التسجيل
admin-app-rotate = سرّ جديد…
admin-app-rotate-warning = يتوقف السرّ الحالي لـ { $application } عن العمل فورًا: لن يُدخل التطبيق أحدًا حتى يحصل على السرّ الجديد.
admin-app-rotate-submit = إنشاء سرّ جديد
admin-app-remove = إزالة…
admin-app-remove-warning = لن يستطيع { $application } إدخال أي أحد بعد الآن: تنتهي رموزه وموافقة كل حساب.
admin-app-remove-submit = إزالة { $application }
admin-app-add-heading = تسجيل تطبيق
admin-app-name = الاسم
admin-app-uris-hint = عنوان واحد في كل سطر، تمامًا كما يرسله التطبيق: https://، أو http:// على localhost فقط.
admin-app-public-label = عميل عام: يعمل في المتصفح أو على جهاز، ولا يحتفظ بسرّ، ويجب أن يستخدم PKCE
admin-app-consent-label = اسأل كل حساب قبل مشاركة بياناته
admin-app-add-submit = تسجيل
admin-app-add-pending = جارٍ التسجيل…
error-no-such-application = لم يعد هذا التطبيق مسجلًا.
error-application-invalid = تعذّر تسجيل التطبيق: أدخل اسمًا لا يتجاوز 64 حرفًا ومن 1 إلى 10 عناوين من كل نوع، كل منها عنوان https:// مطلق (http:// على localhost فقط) بلا #جزء.
event-application-added = سجّلت التطبيق { $application }
event-application-secret-rotated = أعطيت { $application } سرّ عميل جديدًا
event-application-removed = أزلت التطبيق { $application }
