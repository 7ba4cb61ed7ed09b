# UNREVIEWED DRAFT: machine-assisted Arabic (ar) translation of the Swedish source
# locales/sv/cases.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر (locales/sv/cases.ftl). لم يعتمدها أي مراجع. النص السويدي هو المرجع المعتمد.
# For reviewers: the UI formats numbers for the locale, and a count that agrees with
# a noun has a plural select with all six Arabic categories (zero, one, two, few,
# many, other), e.g. "حالة واحدة" / "حالتان" / "3 حالات" / "11 حالة". Terms follow ar/guidance.ftl
# and ar/ui.ftl: ärende = "حالة"; krisplan = "خطة الأزمة"; kontaktöverenskommelse =
# "اتفاق التواصل"; situationsbedömning = "تقييم الوضع"; möte = "لقاء"; kodord =
# "كلمة رمزية"; stödperson = "الشخص الداعم"; tolk = "مترجم"; telefontolk = "مترجم عبر
# الهاتف"; platstolk = "مترجم حاضر في المكان"; den utsatta = "الشخص المعرض للعنف";
# yrkesverksam = "المختص"; verksamheten = "المؤسسة"; alias = "اسم مستعار"; sms =
# "رسالة نصية (SMS)". Ratings: Förekommer = "موجود"; Delvis = "جزئيًا";
# Förekommer inte = "غير موجود"; Vet inte = "لا أعرف".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = الحالات
cases-list-heading = الحالات
cases-new = حالة جديدة
cases-pick = اختر حالة من القائمة أو أنشئ حالة جديدة.
cases-show-archived = عرض الحالات المؤرشفة
cases-archived-tag = مؤرشفة
cases-empty = لا توجد حالات بعد. أنشئ حالة باسم مستعار.
cases-empty-filtered = لا توجد حالات نشطة. ضع علامة على «عرض الحالات المؤرشفة» لرؤية الحالات المؤرشفة.
cases-search-label = البحث في الحالات
cases-search-none = لا توجد حالة لها اسم مستعار يطابق البحث.
cases-shown-of = عرض { $shown } من { $total }
# Variables:
#   $count (Number) - cases not shown yet
cases-show-more =
    { $count ->
        [zero] عرض المزيد
        [one] عرض المزيد (حالة واحدة أخرى)
        [two] عرض المزيد (حالتان أخريان)
        [few] عرض المزيد ({ $count } حالات أخرى)
        [many] عرض المزيد ({ $count } حالة أخرى)
       *[other] عرض المزيد ({ $count } حالة أخرى)
    }
# Variables:
#   $count (Number) - cases that could not be opened
cases-damaged =
    { $count ->
        [zero] تعذّر فتح بعض الحالات. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
        [one] تعذّر فتح حالة واحدة. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
        [two] تعذّر فتح حالتين. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
        [few] تعذّر فتح { $count } حالات. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
        [many] تعذّر فتح { $count } حالة. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
       *[other] تعذّر فتح { $count } حالة. قد تكون الملفات تالفة. تُعرض الحالات الأخرى كالمعتاد.
    }
cases-loading-list = جارٍ تحميل الحالات …
cases-loading = جارٍ فتح الحالة …
cases-back = العودة إلى قائمة الحالات
cases-open = فتح
cases-cancel = إلغاء
cases-remove = إزالة
cases-remove-n = إزالة الخطوة { $n }
cases-move-up-n = نقل الخطوة { $n } إلى الأعلى
cases-move-down-n = نقل الخطوة { $n } إلى الأسفل

## Colour tags
cases-colour-label = العلامة اللونية
cases-colour-help = يميّز اللون بين الحالات دون أن يضطر أحد إلى قراءة الاسم المستعار.
cases-colour-none = بلا لون
cases-colour-red = أحمر
cases-colour-orange = برتقالي
cases-colour-yellow = أصفر
cases-colour-green = أخضر
cases-colour-blue = أزرق
cases-colour-purple = بنفسجي

## New case and alias
cases-new-heading = حالة جديدة
cases-alias-label = الاسم المستعار
cases-alias-nudge-title = استخدم اسمًا مستعارًا.
cases-alias-nudge = لا تكتب أبدًا اسم الشخص أو رقمه الشخصي أو عنوانه أو رقم هاتفه. إذا رأى شخص آخر الشاشة، يجب ألا يكشف الاسم المستعار عمّن تخصه الحالة.
cases-alias-placeholder = مثلًا: العميل أ، أو الوردة
cases-alias-warnings-heading = تحقق من الاسم المستعار
cases-alias-warnings-note = لا يمنعك التحذير من الحفظ. القرار لك.
alias-warning-personal-identity-number = يبدو أن الاسم المستعار يحتوي على رقم شخصي ({ "personnummer" }) أو رقم تنسيق ({ "samordningsnummer" }).
alias-warning-street-address = يبدو أن الاسم المستعار يحتوي على عنوان شارع أو رمز بريدي.
alias-warning-phone-number = يبدو أن الاسم المستعار يحتوي على رقم هاتف.
alias-warning-full-name = يبدو الاسم المستعار اسمًا أول واسم عائلة.
cases-create = إنشاء الحالة

## The case
cases-tabs-label = أجزاء الحالة
cases-tab-plan = خطة الأزمة
cases-tab-contact = التواصل
cases-tab-review = التقييم
cases-tab-meetings = اللقاءات
cases-damaged-parts = تعذّر فتح جزء من الحالة، فيظهر فارغًا. قد يكون الملف تالفًا. تحقق من نسخة احتياطية قبل أن تملأ هذا الجزء من جديد.
cases-settings = بيانات الحالة
cases-archived-label = مؤرشفة
cases-archived-help = تُخفى الحالات المؤرشفة من القائمة، لكنها تبقى محفوظة إلى أن تحذفها.
cases-delete = حذف الحالة
cases-delete-title = حذف الحالة؟
cases-delete-confirm = تُحذف الحالة { $alias } فورًا، مع خطة الأزمة واتفاق التواصل وتقييم الوضع وجميع اللقاءات. لا يمكن التراجع عن ذلك.
cases-delete-confirm-yes = حذف { $alias }
cases-delete-failed = تعذّر حذف الحالة.

## Autosave
cases-save-saving = جارٍ الحفظ …
cases-save-saved = تم الحفظ
cases-save-error = تعذّر الحفظ. ما كتبته لا يزال ظاهرًا على الشاشة.
cases-save-retry = حاول مرة أخرى

## Crisis plan
cases-plan-heading = خطة الأزمة
cases-plan-intro = تنطلق خطة الأزمة من الوضع الحالي للشخص المعرض للعنف، وتتضمن إجراءات يمكن اتخاذها إذا وقع أمر ما واحتاج الشخص المعرض للعنف إلى المساعدة أو الحماية.
cases-plan-situation = الوضع الحالي
    .help = صِف وضع الشخص الآن: ما الذي حدث، وممّ يخاف الشخص، وما الذي يحميه.
cases-plan-warnings = علامات الإنذار والأحداث المحفِّزة
    .help = مثلًا سفر مخطط له إلى الخارج، أو خطوبة، أو العطل والأعياد، أو تزايد الضغط من الأسرة.
cases-plan-warning-kind = النوع
cases-plan-warning-note = ملاحظة
cases-warning-kind-travel-abroad = السفر إلى الخارج
cases-warning-kind-engagement = خطوبة أو زواج
cases-warning-kind-holidays = العطل والأعياد
cases-warning-kind-family-pressure = ضغط من الأسرة
cases-warning-kind-other = غير ذلك
cases-plan-add-warning = إضافة علامة إنذار
cases-plan-steps = الخطوات إذا وقع أمر ما
    .help = ما يفعله الشخص، بالترتيب، إذا وقع أمر ما واحتاج إلى المساعدة أو الحماية.
cases-plan-step = الخطوة { $n }
cases-plan-empty-step = (خطوة فارغة)
cases-plan-add-step = إضافة خطوة
cases-plan-safe-places = الأماكن الآمنة
    .help = أماكن يستطيع الشخص الذهاب إليها إذا وقع أمر ما.
cases-plan-safe-place = مكان آمن
cases-plan-add-safe-place = إضافة مكان
cases-plan-contacts = جهات الاتصال
    .help = أرقام يستطيع الشخص الاتصال بها. في حالة الخطر الداهم: 112.
cases-contact-role = مَن
cases-contact-label = التسمية
cases-contact-number = الرقم
cases-role-emergency112 = 112 – رقم الطوارئ
cases-role-police = الشرطة
cases-role-social-services-on-call = مناوبة الخدمات الاجتماعية ({ "Socialjouren" })
cases-role-shelter = سكن محمي
cases-role-trusted-person = شخص موثوق به
cases-role-other = جهة اتصال أخرى
cases-plan-add-contact = إضافة جهة اتصال
cases-plan-keep-ready = ما يجب تجهيزه
    .help = ما ينبغي أن يكون في متناول الشخص إذا اضطر إلى المغادرة بسرعة. ضع علامة على ما تم ترتيبه.
cases-thing-id = وثائق الهوية (بطاقة الهوية، جواز السفر)
cases-thing-phone = الهاتف والشاحن
cases-thing-money = النقود والبطاقة المصرفية
cases-thing-medicine = الأدوية
cases-thing-other = غير ذلك
cases-keep-ready-note = ملاحظة
cases-plan-add-keep-ready = إضافة
cases-plan-code-word = إشارة استغاثة: كلمة أو علامة تعني أن الشخص يحتاج إلى المساعدة الآن
    .help = إشارة الاستغاثة جزء من خطة الأزمة. وهي ليست الكلمة الرمزية في اتفاق التواصل، التي تُستخدم فقط في المكالمات الهاتفية عندما لا يستطيع الشخص الكلام، وليست الإشارة المتفق عليها لإنهاء المحادثة عبر المترجم. لا تكتبها أبدًا في رسالة نصية ({ "SMS" }) أو بريد إلكتروني.
cases-plan-next-review = المراجعة القادمة للخطة
cases-plan-routine = أُبلغ الشخص بأن خطة الأزمة إجراء روتيني في جميع الحالات
    .help = ينبغي إبلاغ الشخص المعرض للعنف بأن هذا إجراء روتيني تتبعه المؤسسة في جميع الحالات، حتى وإن كان من المحتمل ألا تدعو الحاجة أبدًا إلى استخدام خطة الأزمة.

## Contact agreement
cases-contact-heading = اتفاق التواصل
cases-contact-intro = اتفق مع الشخص على طريقة التواصل في حال احتجتم إلى الاتصال به.
cases-contact-phone-heading = الهاتف
cases-contact-safe-to-call = هل الاتصال الهاتفي آمن؟
cases-safe-to-call-yes = نعم
cases-safe-to-call-no = لا
cases-safe-to-call-only-at-times = في أوقات معينة فقط
cases-safe-to-call-unknown = لم يتضح بعد
cases-contact-call-when = متى يكون الاتصال الهاتفي آمنًا؟
cases-contact-code-word = كلمة رمزية في الهاتف تعني «لا أستطيع الكلام»
    .help = هل يمكنكم الاتفاق على كلمة رمزية في حال لم يستطع الشخص الكلام؟ الكلمة الرمزية للمكالمات الهاتفية فقط. وهي ليست إشارة الاستغاثة في خطة الأزمة، وليست الإشارة المتفق عليها لإنهاء المحادثة عبر المترجم.
cases-contact-someone-else = إذا أجاب شخص آخر
    .help = ما تقوله وما تفعله إذا أجاب شخص غير الشخص المعني.
cases-contact-sms-heading = الرسائل النصية ({ "SMS" })
cases-contact-sms-warning = احذر مما يُكتب في الرسائل النصية. من قد يقرأ ذلك؟ وتذكر أيضًا أنه حتى أرقام الهاتف المحمول المحمية (السرية) تصبح ظاهرة في الرسائل النصية.
cases-contact-sms-allowed = هل يجوز استخدام الرسائل النصية؟
cases-sms-allowed-yes = نعم
cases-sms-allowed-no = لا
cases-sms-allowed-only-neutral = بمحتوى محايد فقط
cases-sms-allowed-unknown = لم يتضح بعد
cases-contact-sms-content = ماذا يجوز أن تتضمن الرسالة النصية؟
cases-contact-channel = الطريقة التي يفضّل الشخص أن يُتواصل معه بها
cases-channel-phone = الهاتف
cases-channel-sms = رسالة نصية
cases-channel-in-person = في لقاء
cases-channel-via-contact-person = عبر شخص اتصال
cases-channel-other = بطريقة أخرى
cases-contact-interpreter = المترجم
cases-interpreter-mode = مترجم عبر الهاتف أو مترجم حاضر في المكان
    .help = ينبغي في المقام الأول الاستعانة بمترجم عبر الهاتف، فهذا يجعل اللقاء أكثر إخفاءً للهوية. استمع إلى ما يرتاح إليه الشخص أكثر، لكنك أنت، بصفتك المختص، من يقدّر من منظور الأمان كيف تتم الترجمة.
cases-interpreter-mode-phone = مترجم عبر الهاتف
cases-interpreter-mode-on-site = مترجم حاضر في المكان
cases-interpreter-mode-no-preference = لا تفضيل
cases-interpreter-gender = جنس المترجم
cases-interpreter-gender-female = امرأة
cases-interpreter-gender-male = رجل
cases-interpreter-gender-no-preference = لا تفضيل
cases-interpreter-avoid = مترجمون لا يجوز الاستعانة بهم
    .help = مثلًا مترجمون يعرفون أسرة الشخص أو أقاربه أو غيرهم في المنطقة. يجب أن يكون المترجم محايدًا، وألا يشكل تهديدًا من خلال نشر الشائعات أو التواصل مع أسرة الشخص أو أقاربه أو دائرة معارفه.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = مترجمون لا يجوز الاستعانة بهم: { $names }
cases-interpreter-name-announced = يُبلَّغ باسم المترجم مسبقًا
    .help = إن أمكن، أبلغ باسم المترجم مسبقًا كي يتمكن الشخص من القول إن كان هذا مترجمًا لا يمكن الاستعانة به، مثلًا لأن المترجم يعرف الشبكة الاجتماعية للشخص (الأسرة أو الأقارب أو غيرهم في المنطقة).
cases-interpreter-stop-sign = إشارة لإنهاء المحادثة عبر المترجم
    .help = اتفق مع الشخص على إشارة، مثل وضع اليد على الطاولة، تعني أن المترجم يسأل شيئًا غير لائق وأنه يجب إنهاء المحادثة. تظهر الإشارة للشخص في «عرض للشخص». وهي ليست الكلمة الرمزية في اتفاق التواصل، وليست إشارة الاستغاثة في خطة الأزمة.
cases-contact-support-person = الشخص الداعم
cases-support-who = مَن (دور أو اسم مستعار، لا الاسم الحقيقي)
cases-support-confirmed = تاريخ التأكد من أن حضور الشخص الداعم نابع من إرادة الشخص نفسه
    .help = تأكد من أن ذلك نابع من إرادة الشخص نفسه وليس أمرًا مفروضًا عليه. ويتبين من { "JO 2010/11 s. 328" } (أمين المظالم البرلماني) أن للخدمات الاجتماعية أن تحقق في حضور الشخص الداعم إذا وُجدت أسباب للتشكيك في الغرض منه؛ ويمكن منع من لا يتصرف كداعم من دخول اللقاء.
cases-support-confirm-today = تم التأكد اليوم
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = الإرادة الذاتية مؤكدة بتاريخ { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = الإرادة الذاتية غير مؤكدة

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = تقييم الوضع
cases-review-intro = تقييم مهني منظم، مجالًا تلو الآخر، الآن وفي السابق. لا يعطي نقاطًا ولا مجموعًا: التقييم تقييمك أنت، ورأي الشخص نفسه يُدوَّن إلى جانبه.
cases-review-official = يُجرى تقييم المخاطر الرسمي في النظام المعتاد للمؤسسة. هذه الصفحة لا تحل محله. وتجري الشرطة بنفسها تقييمات للمخاطر في إطار نشاطها الخاص بضحايا الجرائم والأمن الشخصي ({ "BOPS" }). وتتبادل الخدمات الاجتماعية والشرطة تقييمات المخاطر فيما بينهما وفقًا للنصائح العامة الملحقة بـ { "4 kap. 1 §" } (الفصل 4، المادة 1) من أنظمة { "Socialstyrelsen" } بشأن العنف في العلاقات القريبة ({ "HSLF-FS 2022:39" }).
cases-review-now = الآن
cases-review-before = في السابق
cases-rating-present = موجود
cases-rating-partly = جزئيًا
cases-rating-absent = غير موجود
cases-rating-unknown = لا أعرف
cases-review-note = ملاحظة
cases-review-children-routine = يجب على لجنة الشؤون الاجتماعية ({ "socialnämnden" }) أن تضع إجراءات تحدد كيفية نقل المعلومات التي تفيد بأن طفلًا قد يكون معرضًا للعنف أو قد يكون شهد عنفًا إلى الجزء من المؤسسة المسؤول عن التحقيق في احتياجات الطفل ({ "2 kap. 5 §" }، أي الفصل 2، المادة 5، من أنظمة { "Socialstyrelsen" } بشأن العنف في العلاقات القريبة، { "HSLF-FS 2022:39" }).
cases-review-children-passed-on = نُقلت المعلومات المتعلقة بالأطفال وفقًا للإجراء المعتمد
cases-review-judgement = التقييم
cases-review-own-view = رأي الشخص نفسه في الخطر
    .help = استمع إلى الشخص وصدّق تجربته.
cases-review-summary = التقييم الإجمالي
cases-review-linked = إجراءات خطة الأزمة التي تستجيب لهذا التقييم
cases-review-no-steps = لا توجد خطوات في خطة الأزمة بعد. أضف خطوات في قسم خطة الأزمة.
review-domain-control-and-violence = السيطرة والعنف
review-domain-collective = سيطرة تُمارَس بشكل جماعي
review-domain-vulnerability = الهشاشة
review-domain-triggers = الأحداث المحفِّزة
review-domain-children-at-risk = الأطفال
review-item-control-restrictions = تقييد حرية التنقل أو العلاقات الاجتماعية أو اللباس أو الهاتف أو المدرسة أو العمل أو المال
review-item-control-monitoring = يُفتَّش الهاتف، ويُتعقَّب الشخص أو يُلاحَق أو يُراقَب من قِبل أقارب
review-item-control-threats = تهديد بالعنف أو بالقتل أو بالإرسال إلى الخارج أو بالنبذ
review-item-control-violence = عنف جسدي أو جنسي أو نفسي
review-item-collective-multiple-perpetrators = أكثر من شخص واحد يمارس السيطرة أو العنف
review-item-collective-family-mandate = الأسرة أو العائلة الممتدة تقف وراء السيطرة أو تطالب بها
review-item-collective-reputation = يُحتجّ بسمعة الأسرة في محيطها
review-item-collective-network-abroad = أقارب أو شبكة في الخارج متورطون أو يستطيعون الوصول إلى الشخص
review-item-vulnerability-intellectual-disability = إعاقة ذهنية (فئة شديدة الهشاشة ويصعب رصدها؛ يمكن أن تساعد أداة التواصل { "Våga förstå!" })
review-item-vulnerability-dependence = التبعية لمن يمارسون العنف (المال، السكن، الرعاية، تصريح الإقامة)
review-item-vulnerability-isolation = ليست للشخص شبكة علاقات خاصة به، وهو معزول
review-item-vulnerability-ill-health = سوء الحالة النفسية أو الجسدية يؤثر في القدرة على الرواية بشكل مترابط
review-item-trigger-travel-abroad = سفر مخطط له أو محتمل إلى الخارج
review-item-trigger-engagement-marriage = خطوبة أو زواج يُخطَّط له أو يُدفَع نحوه
review-item-trigger-holidays = العطل والأعياد، حين تكثر الأسفار والتجمعات
review-item-trigger-relationship-disclosed = علاقة أو ميول جنسية أو نمط حياة انكشف أو قد ينكشف
review-item-trigger-contact-with-authorities = الأسرة تعلم أو قد تعلم بالتواصل مع السلطات
review-item-children-in-household = أطفال يعيشون في المنزل أو يزورونه بانتظام
review-item-children-exposed = الأطفال أنفسهم يتعرضون للعنف أو السيطرة
review-item-children-witnessed = أطفال شهدوا العنف
review-item-children-risk-abroad-or-marriage = أطفال معرضون لخطر أخذهم إلى الخارج أو تزويجهم

## Meetings and meeting mode
cases-meetings-heading = اللقاءات
cases-meetings-empty = لا توجد لقاءات بعد.
cases-meeting-new = لقاء جديد
cases-meeting-date = التاريخ
cases-meeting-create = بدء اللقاء
cases-meeting-open = وضع اللقاء
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = لقاء { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = حذف اللقاء
cases-meeting-delete-title = حذف اللقاء؟
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = يُحذف اللقاء { DATETIME($date, dateStyle: "medium") } فورًا، مع قائمة التحقق والملاحظات. لا يمكن التراجع عن ذلك.
cases-meeting-delete-failed = تعذّر حذف اللقاء.
cases-meeting-back = العودة إلى قائمة اللقاءات
cases-meeting-checklist = قائمة التحقق
cases-meeting-phases-label = مرحلة اللقاء
cases-meeting-progress = المنجَز: { $done } من { $total }
cases-meeting-check-note = ملاحظة
cases-meeting-show-advice = عرض التوصية
cases-meeting-facts = عن اللقاء
cases-meeting-place = نوع المكان
    .help = اذكر نوع المكان فقط، ولا تذكر عنوانًا أبدًا.
cases-place-office = المكتب
cases-place-school = المدرسة
cases-place-home = المنزل
cases-place-phone = الهاتف
cases-place-video = مكالمة فيديو
cases-place-other = مكان آخر
cases-meeting-interpreter = المترجم في اللقاء
cases-interpreter-used-none = بلا مترجم
cases-interpreter-used-phone = مترجم عبر الهاتف
cases-interpreter-used-on-site = مترجم حاضر في المكان
cases-meeting-attendees = الحاضرون (الدور، لا الاسم)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = لا تذكر أبدًا أسماء أو أماكن.
cases-meeting-attendee-role = الدور المراد إضافته
cases-meeting-add-attendee = إضافة حاضر
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] إزالة المختص
        [interpreter] إزالة المترجم
        [support-person] إزالة الشخص الداعم
        [colleague] إزالة الزميل
        [police] إزالة الشرطة
       *[other] إزالة الحاضر الآخر
    }
cases-attendee-practitioner = المختص
cases-attendee-interpreter = المترجم
cases-attendee-support-person = الشخص الداعم
cases-attendee-colleague = زميل
cases-attendee-police = الشرطة
cases-attendee-other = آخر
cases-meeting-closing = اختتم اللقاء بمعلومات واضحة
    .help = أخبر الشخص من سيطلع على المعلومات وعلى ماذا، وبموعد اللقاء القادم، وبكيفية التواصل بطريقة آمنة.
cases-meeting-closing-who = من سيطلع على المعلومات، وعلى ماذا
cases-meeting-closing-next = موعد اللقاء القادم
cases-meeting-closing-safe-contact = كيفية التواصل بطريقة آمنة
cases-meeting-closing-given = قُدِّمت المعلومات إلى الشخص
cases-quick-open = خطة الأزمة والاتفاق
cases-quick-heading = في المتناول أثناء اللقاء
cases-quick-show = عرض
cases-quick-hide = إخفاء
cases-quick-empty = لم يُملأ
cases-quick-ready = تم ترتيبه:
cases-quick-not-ready = لم يُرتَّب:

## Retention: cases not changed for a long time
# Variables:
#   $count (Number) - cases to go through
cases-retention-open =
    { $count ->
        [zero] لا توجد حالات للمراجعة
        [one] حالة واحدة للمراجعة
        [two] حالتان للمراجعة
        [few] { $count } حالات للمراجعة
        [many] { $count } حالة للمراجعة
       *[other] { $count } حالة للمراجعة
    }
cases-retention-heading = حالات للمراجعة
# Variables:
#   $days (Number) - days without a change
cases-retention-intro =
    { $days ->
        [zero] لم تتغير هذه الحالات منذ أكثر من { $days } يوم. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
        [one] لم تتغير هذه الحالات منذ أكثر من يوم واحد. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
        [two] لم تتغير هذه الحالات منذ أكثر من يومين. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
        [few] لم تتغير هذه الحالات منذ أكثر من { $days } أيام. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
        [many] لم تتغير هذه الحالات منذ أكثر من { $days } يومًا. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
       *[other] لم تتغير هذه الحالات منذ أكثر من { $days } يوم. احذف ما لم تعد هناك حاجة إليه. لا يُحذف شيء دون تأكيدك.
    }
cases-retention-none = لا توجد حالات تحتاج إلى مراجعة.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = آخر تغيير: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## Terms: journal = "السجل" (the official record, as in ar/guidance.ftl);
## the phone-trail card = "بطاقة آثار الهاتف"; the closing card = "بطاقة الختام".

cases-meeting-for-person = عرض للشخص
cases-meeting-show-phone-trail = بطاقة آثار الهاتف
cases-meeting-show-closing = بطاقة الختام
cases-meeting-show-journal = ملاحظات للسجل
cases-meeting-phone-trail-done = تمت مراجعة بطاقة آثار الهاتف مع الشخص
    .help = وضع الطيران مُشغَّل، والواي فاي وخدمات الموقع متوقفة، من قبل الانطلاق حتى يعود الشخص، وتفسير جاهز إذا سأل أحد.
cases-meeting-interpreter-gender = جنس المترجم
cases-interpreter-gender-used-not-asked = لم يُطلَب
cases-interpreter-gender-used-female = امرأة
cases-interpreter-gender-used-male = رجل
cases-meeting-interpreter-named = تاريخ إبلاغ الشخص باسم المترجم مسبقًا
    .help = كي يتمكن الشخص من رفض مترجم يعرف الأسرة. اترك الحقل فارغًا إذا لم يُبلَّغ الشخص بالاسم.
cases-meeting-interpreter-named-today = أُبلغ بالاسم اليوم
cases-person-card-back = العودة إلى اللقاء
cases-plan-gap-explanation = التفسير إذا كان الهاتف مغلقًا
    .help = ما يقوله الشخص إذا سأله أحد لماذا كان الهاتف مغلقًا أو لماذا لم يُظهر مكانه. يُتفَق عليه مع الشخص، ويُعرض عليه في بطاقة آثار الهاتف.

## The support person's own will: the question the person answers alone.

cases-support-check = اسأل الشخص على انفراد
    .help = يعرض سؤالًا محايدًا بلغة الشخص: هل يريد أن يحضر الشخص الداعم؟ يُحفظ الجواب وتاريخ اليوم هنا. اعرض السؤال عندما تكونان وحدكما.
cases-support-check-done = تم
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] الجواب: نعم، بتاريخ { DATETIME($date, dateStyle: "medium") }
        [no] الجواب: لا، بتاريخ { DATETIME($date, dateStyle: "medium") }
       *[alone] الجواب: التحدث على انفراد، بتاريخ { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = لم يُسأل على انفراد بعد

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = ملاحظات للسجل
journal-intro = اقرأ من هنا وأنت تكتب السجل. لا يُنسخ شيء من هنا ولا يُحفظ.
journal-left-out = لم تُدرَج الكلمات الرمزية وأرقام الهاتف والأماكن الآمنة.
journal-include-sensitive = عرض الكلمات الرمزية وأرقام الهاتف والأماكن الآمنة أيضًا
journal-sensitive-shown = الكلمات الرمزية وأرقام الهاتف والأماكن الآمنة معروضة. مكانها ليس في سجل يستطيع آخرون قراءته.
journal-omitted = [لم يُدرَج]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    لقاء بتاريخ { DATETIME($date, dateStyle: "long") }، { $place ->
        [office] في المكتب.
        [school] في المدرسة.
        [home] في المنزل.
        [phone] عبر الهاتف.
        [video] عبر مكالمة فيديو.
       *[other] في مكان آخر.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = الحاضرون: { $roles }.
journal-role-practitioner = المختص
journal-role-interpreter = المترجم
journal-role-support-person = الشخص الداعم
journal-role-colleague = زميل
journal-role-police = الشرطة
journal-role-other = شخص آخر
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] استُعين بمترجم عبر الهاتف.
        [on-site] استُعين بمترجم حاضر في المكان.
       *[none] لم يُستعَن بمترجم.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] كانت المترجمة امرأة، بناءً على رغبة الشخص.
       *[male] كان المترجم رجلًا، بناءً على رغبة الشخص.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = أُبلغ الشخص باسم المترجم مسبقًا، بتاريخ { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = لم يُبلَّغ الشخص باسم المترجم مسبقًا.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] سُئل الشخص على انفراد بتاريخ { DATETIME($date, dateStyle: "long") }، فقال إنه يريد حضور الشخص الداعم.
        [no] سُئل الشخص على انفراد بتاريخ { DATETIME($date, dateStyle: "long") }، فقال إنه لا يريد حضور الشخص الداعم.
       *[alone] سُئل الشخص على انفراد بتاريخ { DATETIME($date, dateStyle: "long") }، فقال إنه يريد التحدث وحده.
    }
journal-done = تمت المراجعة
journal-not-done = لم تتم المراجعة
journal-phone-trail = تمت مراجعة بطاقة آثار الهاتف مع الشخص: وضع الطيران مُشغَّل، والواي فاي وخدمات الموقع متوقفة، من قبل الانطلاق حتى يعود الشخص، وتفسير جاهز إذا سأل أحد.
journal-closing = المعلومات في ختام اللقاء
journal-closing-given = قُدِّمت المعلومات إلى الشخص.
journal-closing-not-given = لم يُؤشَّر على أن المعلومات قُدِّمت إلى الشخص.
journal-who-sees = من سيطلع على المعلومات، وعلى ماذا:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = اللقاء القادم: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = لم يُحدَّد موعد للقاء القادم.
journal-safe-contact = كيفية التواصل بطريقة آمنة:
journal-nothing = لم يُدوَّن شيء.
