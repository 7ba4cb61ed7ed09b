# UNREVIEWED DRAFT: machine-assisted Arabic (ar) translation of the Swedish source
# locales/sv/cover.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر (locales/sv/cover.ftl). لم يعتمدها أي مراجع. النص السويدي هو المرجع المعتمد.
# For reviewers: everything on the start screen (calc-*, passcode-*) must stay
# neutral: nothing about violence, honour, cases or what the app is for.
# يجب أن يبقى كل ما يظهر على شاشة البدء محايدًا: لا شيء عن العنف أو الشرف أو الحالات أو الغرض من التطبيق.
# Numbers are filled in by the UI after formatting, so plural selects would always
# show their default variant; the wording avoids number agreement. Terms: kod =
# "الرمز"; lösenfras = "عبارة المرور"; nödkod = "رمز الطوارئ"; miniräknare =
# "الآلة الحاسبة"; startskärm = "شاشة البدء"; arbetsyta = "مساحة عمل".

## The start screen (calculator or passcode screen), first use, protection
## and lock settings, and the vault's error messages.

## The hide button (only shown in the unlocked app)
quick-hide = إخفاء

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = الأزرار
calc-clear = مسح
calc-backspace = حذف رقم
calc-percent = نسبة مئوية
calc-divide = قسمة
calc-multiply = ضرب
calc-subtract = ناقص
calc-add = زائد
calc-negate = تغيير الإشارة
calc-decimal-key = الفاصلة العشرية
calc-equals = يساوي
calc-decimal = {"."}
calc-error = خطأ

## The plain passcode screen
passcode-title = أدخل الرمز
passcode-label = الرمز
passcode-submit = موافق
passcode-digits-keyboard = أزرار الأرقام
passcode-attempts-left = المحاولات المتبقية: { $count }
passcode-wait-seconds = انتظر قبل المحاولة مرة أخرى. الثواني المتبقية: { $seconds }.
passcode-wait-minutes = انتظر قبل المحاولة مرة أخرى. الدقائق المتبقية: { $minutes }.

## Passcode strength
strength-label = قوة الرمز
strength-digits-too-short = عدد الأرقام: { $count }. هذا قصير جدًا. يلزم 6 أرقام على الأقل، ويُنصح بـ ⁨10⁩ أرقام أو أكثر.
strength-digits-weak = عدد الأرقام: { $count }. هذا رمز قصير. إذا نسخ أحدٌ ملف التطبيق، يمكن تجربة كل الرموز بهذا الطول على جهاز كمبيوتر، ويُكتشف الرمز القصير بسرعة مهما كان القفل بطيئًا. اختر ⁨10⁩ أرقام على الأقل مع الآلة الحاسبة، أو عبارة مرور مع شاشة الرمز العادية.
strength-digits-good = عدد الأرقام: { $count }. جيد. كل رقم إضافي يجعل تخمين الرمز أصعب بعشر مرات.
strength-phrase-too-short = قصيرة جدًا. تحتاج عبارة المرور إلى 8 أحرف على الأقل.
strength-phrase-weak = ضعيفة. أضف مزيدًا من الكلمات: الأفضل أربع كلمات أو أكثر لا علاقة بينها.
strength-phrase-fair = مقبولة. كلمة أو كلمتان إضافيتان تجعلانها أقوى بكثير.
strength-phrase-strong = عبارة مرور قوية.
strength-calculator-needs-digits = في الآلة الحاسبة أزرار أرقام فقط. استخدم الأرقام فقط، أو اختر شاشة الرمز العادية لاستخدام عبارة مرور.

## Checking a new passcode
newcode-error-empty = اكتب رمزًا.
newcode-error-short-digits = الرمز قصير جدًا. يجب أن يتكون الرمز الرقمي من 6 أرقام على الأقل.
newcode-error-short-phrase = عبارة المرور قصيرة جدًا. يجب أن تتكون من 8 أحرف على الأقل.
newcode-error-calculator-digits = عندما تكون الآلة الحاسبة شاشة البدء، لا يمكن أن يتكون الرمز إلا من أرقام.
newcode-error-mismatch = الرمزان غير متطابقين. اكتب الرمز نفسه مرتين.

## First use
setup-title = أنشئ رمزك
setup-intro = كل ما تحفظه يُشفَّر على الجهاز برمز لا يعرفه أحد سواك. اختر أولًا كيف يبدو التطبيق عند تشغيله.
setup-cover-legend = شاشة البدء
cover-calculator = الآلة الحاسبة
cover-calculator-help = يبدأ التطبيق كآلة حاسبة عادية. تفتحه بكتابة رمزك ثم الضغط مع الاستمرار على = لحظةً. لا يمكن أن يتكون الرمز إلا من أرقام؛ اختر 10 أرقام على الأقل.
cover-passcode = شاشة الرمز العادية
cover-passcode-help = يبدأ التطبيق بشاشة محايدة مكتوب عليها «أدخل الرمز». هنا يمكنك استخدام عبارة مرور من عدة كلمات، وهذا هو الخيار الأكثر أمانًا.
setup-passcode-legend = رمزك
setup-passcode = الرمز
setup-repeat = اكتب الرمز مرة أخرى
setup-no-recovery-title = لا يمكن استعادة رمز منسي
setup-no-recovery = لا يستطيع أحد فتح التطبيق دون الرمز، ولا حتى قسم تقنية المعلومات أو من صنعوا التطبيق. إذا نسيت الرمز، يضيع كل ما حفظته إلى الأبد. لا تحتفظ بالرمز مع الجهاز.
setup-create = إنشاء
setup-creating = جارٍ الإنشاء … يستغرق ذلك بضع ثوانٍ.
setup-retry-save = حفظ شاشة البدء مرة أخرى
setup-continue = المتابعة دون حفظ شاشة البدء
setup-back = العودة إلى شاشة البدء

## Cannot be opened (shown only after the code was entered)
problem-title = تعذّر فتح التطبيق
problem-help = لم يُحذف أي شيء. أغلق التطبيق وحاول مرة أخرى. إذا استمرت المشكلة، يمكنك تثبيت التطبيق من جديد واستعادة حالاتك من نسخة احتياطية.
problem-back = العودة إلى شاشة البدء

## Confirm with the code before anything sensitive changes
reauth-label = رمزك
reauth-help = اكتب رمزك مرة أخرى. هذا يحمي الحالات إذا وصل شخص آخر إلى الجهاز وهو غير مقفل. الرمز الخاطئ يُحسب محاولة خاطئة.
reauth-help-limit = مطلوب فقط لإيقاف الحذف أو لرفع عدد المحاولات. الرمز الخاطئ يُحسب محاولة خاطئة.
reauth-error-empty = اكتب رمزك للتأكيد.
reauth-error-limit = اكتب رمزك لإيقاف الحذف أو لرفع عدد المحاولات.

## Settings
settings-title = الإعدادات
settings-general = التشغيل والقفل
settings-cover-digits-confirm = رمزي (ورمز الطوارئ إن وُجد) يتكون من أرقام فقط. وإلا فلا يمكن فتح التطبيق بالآلة الحاسبة.
settings-idle = القفل تلقائيًا بعد
settings-idle-seconds = { $count } ث
settings-idle-minutes = { $count } د
settings-idle-help = تُحسب المدة من آخر مرة لمست فيها الشاشة أو الفأرة أو لوحة المفاتيح.
settings-retention = التذكير بالحالات القديمة بعد (أيام)
settings-retention-help = تُعرض الحالات التي لم تتغير منذ هذا العدد من الأيام، لتقرر ما إذا كان ينبغي حذفها (⁨7–3650⁩).
settings-backup = التذكير بالنسخة الاحتياطية بعد (أيام)
settings-backup-help = 0 يعني بلا تذكير (⁨0–365⁩).
settings-save = حفظ
settings-saved = تم الحفظ.
settings-working = جارٍ العمل …
settings-error-retention = أدخل عددًا من الأيام بين 7 و⁨3650⁩.
settings-error-backup = أدخل عددًا من الأيام بين 0 و⁨365⁩.
settings-error-confirm-digits = أكّد أن رمزك يتكون من أرقام فقط قبل التبديل إلى الآلة الحاسبة.

settings-passcode = تغيير الرمز
settings-old-passcode = الرمز الحالي
settings-new-passcode = الرمز الجديد
settings-change-passcode = تغيير الرمز
settings-passcode-changed = تم تغيير الرمز.
settings-error-old-empty = اكتب رمزك الحالي.

settings-duress = رمز الطوارئ
settings-duress-explain = رمز الطوارئ رمز ثانٍ لموقف يجبرك فيه أحد على فتح التطبيق. يفتح رمز الطوارئ مساحة عمل فارغة دون حالاتك، ولا شيء يُظهر أن هناك مساحة أخرى. يُكتب رمز الطوارئ بالطريقة نفسها التي يُكتب بها رمزك المعتاد، ويجب أن يختلف عنه. رمز الطوارئ الجديد يعطي مساحة عمل جديدة فارغة؛ وإذا أزلت رمز الطوارئ يُحذف ما حُفظ فيها.
settings-duress-not-shown = لا يُظهر التطبيق ما إذا كان رمز الطوارئ مضبوطًا، كي لا يستطيع أحد أن يرى ذلك هنا.
settings-duress-passcode = رمز الطوارئ
settings-duress-shred = إتلاف الحالات الحقيقية أيضًا عند استخدام رمز الطوارئ
settings-duress-shred-help = عندها يُحذف كل ما حفظته إلى الأبد ولا يمكن استعادته. لا تختر ذلك إلا إذا كان منعُ أي أحد من الوصول إلى المعلومات أهمَّ من احتفاظك بها.
settings-duress-set = حفظ رمز الطوارئ
settings-duress-remove = إزالة رمز الطوارئ
settings-duress-saved = تم حفظ رمز الطوارئ.
settings-duress-removed = تمت إزالة رمز الطوارئ.

settings-limit = الحذف بعد محاولات خاطئة
settings-limit-explain = بعد هذا العدد من المحاولات الخاطئة المتتالية، يُحذف كل ما حُفظ في التطبيق إلى الأبد. يبقى العدّ محفوظًا إذا أُعيد تشغيل التطبيق، ويبدأ من جديد عند استخدام الرمز الصحيح. وابتداءً من المحاولة الخاطئة الخامسة يجب أيضًا الانتظار بين المحاولات مدةً تزداد طولًا. إذا أوقفت هذا الحد، يستطيع أحدهم مواصلة التخمين، لكن ببطء فقط.
settings-limit-on = حذف كل شيء بعد عدد كبير جدًا من المحاولات الخاطئة المتتالية
settings-limit-count = عدد المحاولات (⁨3–50⁩)
settings-error-limit = أدخل عددًا بين 3 و⁨50⁩.

settings-help = كيف تعمل الحماية
settings-help-calculator = تحسب الآلة الحاسبة كأي آلة حاسبة عادية. لفتح التطبيق، اكتب رمزك ثم اضغط مع الاستمرار على = لمدة ثانية ونصف. الضغطة العادية على = تُجري الحساب فقط، لذلك لا يستطيع من يلعب بالآلة الحاسبة أبدًا أن يمنعك من فتح التطبيق أو أن يحذف أي شيء. إذا كان الرمز خاطئًا، تعرض الآلة الحاسبة الرقم فقط، مثل أي آلة حاسبة. ولا تقول أبدًا إن الرمز كان خاطئًا.
settings-help-rule = لا يُجرَّب الرمز إلا إذا كتبت أرقامًا فقط منذ آخر C أو =، وعددها 6 على الأقل، ثم ضغطت مع الاستمرار على =. هذا وحده يُحسب محاولة. العمليات الحسابية والأعداد الطويلة والضغطات العادية على = لا تُحسب أبدًا. إذا أخطأت في الكتابة، اضغط C وابدأ من جديد (⌫ يحذف آخر رقم). إذا رفعت إصبعك عن = مبكرًا جدًا فلن يحدث شيء؛ فقط اضغط مع الاستمرار على = مرة أخرى.
settings-help-wait = بعد خمس محاولات خاطئة متتالية يجب أن تنتظر قبل أن تُقبل المحاولة التالية: 30 ثانية، ثم 1 دقيقة، ثم 5 دقائق، ثم 15 دقيقة، ثم 1 ساعة. لا تُظهر الآلة الحاسبة أي شيء عن ذلك، لأن أي آلة حاسبة عادية لا تفعل ذلك. إذا ضغطت مع الاستمرار على = أثناء مدة الانتظار، تُمسح الأرقام فقط، كما لو ضغطت C. ولا تُحسب المحاولة. انتظر قليلًا ثم حاول مرة أخرى. أما في شاشة الرمز العادية فتُكتب مدة الانتظار نصًّا صريحًا.
settings-help-hide = للإخفاء فورًا: اضغط الزر الدائري في الزاوية السفلية، أو اضغط ⁨Shift⁩ ثلاث مرات أو ⁨Esc⁩ مرتين على لوحة المفاتيح، أو انقر نقرًا مزدوجًا على الشاشة بإصبعين. عندها تظهر شاشة البدء فورًا ويُقفل التطبيق.
settings-help-lock = يُقفل التطبيق أيضًا إذا لم يُستخدم خلال المدة التي اخترتها، وعند التبديل إلى تطبيق آخر أو نافذة أخرى، وعند انطفاء الشاشة.

## Vault errors
error-wrong_passcode = الرمز غير صحيح.
error-backoff = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-wiped = حُذف المحتوى بعد عدد كبير جدًا من المحاولات الخاطئة.
error-weak_passcode = الرمز قصير جدًا: 6 أرقام على الأقل، أو 8 أحرف على الأقل لعبارة المرور.
error-not_initialised = لم يُنشأ أي رمز بعد.
error-already_initialised = يوجد رمز بالفعل على هذا الجهاز.
error-passcode_reused = هذا الرمز مستخدم بالفعل. اختر رمزًا آخر.
error-invalid_limit = عدد المحاولات غير صالح.
error-duress_unavailable = لا يمكن تغيير هذا الآن.
error-kdf_params_rejected = لا يدعم الجهاز إعدادات الأمان المطلوبة.
error-locked = التطبيق مقفل. افتح القفل وحاول مرة أخرى.
error-unlock_interrupted = أُخفي التطبيق أثناء فتح قفله، وهو مقفل من جديد. حاول مرة أخرى.
error-corrupt = الملف المحفوظ تالف ولا يمكن فتحه.
error-unsupported_format = حُفظ الملف بإصدار أحدث من التطبيق. حدّث التطبيق.
error-crypto = حدث خطأ غير متوقع في التشفير. حاول مرة أخرى.

## الرموز الضعيفة وملفات التطبيق
error-weak_passcode-repeat = من السهل جدًا تخمين الرمز: فهو يكرر الرقم نفسه أو النمط نفسه، مثل ⁨000000⁩ أو ⁨121212⁩. اختر رمزًا آخر.
error-weak_passcode-sequence = من السهل جدًا تخمين الرمز: فهو يتبع ترتيبًا، مثل ⁨123456⁩ أو ⁨987654⁩ أو ⁨112233⁩. اختر رمزًا آخر.
error-weak_passcode-keyboard = من السهل جدًا تخمين الرمز: فهو يتبع مفاتيح متجاورة. اختر رمزًا آخر.
error-weak_passcode-common = من السهل جدًا تخمين الرمز: فهو من الرموز وكلمات المرور التي يختارها الناس أكثر من غيرها. اختر رمزًا آخر.
error-weak_passcode-date = من السهل جدًا تخمين الرمز: فهو يشبه تاريخًا أو سنة. اختر رمزًا آخر.
error-weak_passcode-guessable = من السهل جدًا تخمين الرمز. اختر رمزًا أطول بلا نمط.
error-already_running = التطبيق مفتوح بالفعل. أغلق هذه النافذة وتابع في النافذة المفتوحة.
error-attempt_not_saved = تعذّر تجربة الرمز الآن. حاول مرة أخرى بعد قليل.
