# UNREVIEWED DRAFT: machine-assisted Arabic (ar) translation of the Swedish source
# locales/sv/review.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر (locales/sv/review.ftl). لم يعتمدها أي مراجع. النص السويدي هو المرجع المعتمد.
# For reviewers: the UI formats numbers for the locale, and a count that agrees with
# a noun has a plural select with all six Arabic categories (zero, one, two, few,
# many, other); the import report keeps the "label: number" form (e.g.
# "نصوص جديدة: 4"). person-contact-* are labels
# shown to the person next to the values of cases.ftl (e.g. "نعم").

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = مراجعة الترجمة
translation-intro = قارن كل نص بالنص المصدر. ضع عليه علامة «معتمد» أو «يحتاج إلى تغيير»، ويُستحسن أن تكتب تعليقًا. السويدية هي اللغة المصدر، ويُعتمد عليها عند الشك.
translation-progress-heading = ما رُوجع في كل لغة
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label =
    { $total ->
        [zero] { $name }: اعتُمد { $approved } من أصل { $total } نص
        [one] { $name }: اعتُمد { $approved } من أصل نص واحد
        [two] { $name }: اعتُمد { $approved } من أصل نصّين
        [few] { $name }: اعتُمد { $approved } من أصل { $total } نصوص
        [many] { $name }: اعتُمد { $approved } من أصل { $total } نصًا
       *[other] { $name }: اعتُمد { $approved } من أصل { $total } نص
    }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing =
    { $count ->
        [zero] لا يُعرض أي نص بلغة بديلة.
        [one] يُعرض نص واحد بلغة بديلة لأنه ناقص.
        [two] يُعرض نصّان بلغة بديلة لأنهما ناقصان.
        [few] يُعرض { $count } نصوص بلغة بديلة لأنها ناقصة.
        [many] يُعرض { $count } نصًا بلغة بديلة لأنها ناقصة.
       *[other] يُعرض { $count } نص بلغة بديلة لأنها ناقصة.
    }
translation-choose = اختر اللغة
translation-source = اللغة المصدر
translation-target = اللغة المراد مراجعتها
translation-filter = عرض
translation-filter-all = كل النصوص
translation-filter-unreviewed = غير المراجَعة فقط
translation-filter-needs-change = ما يحتاج إلى تغيير فقط
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count =
    { $total ->
        [zero] يُعرض { $shown } من أصل { $total } نص.
        [one] يُعرض { $shown } من أصل نص واحد.
        [two] يُعرض { $shown } من أصل نصّين.
        [few] يُعرض { $shown } من أصل { $total } نصوص.
        [many] يُعرض { $shown } من أصل { $total } نصًا.
       *[other] يُعرض { $shown } من أصل { $total } نص.
    }
translation-none = لا توجد نصوص للعرض بهذا الاختيار.
translation-pages = الصفحات
translation-page-previous = الصفحة السابقة
translation-page-next = الصفحة التالية
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = الصفحة { $page } من { $pages }
translation-key = المعرّف ({ "ID" })
translation-state-label = المراجعة
translation-state-unreviewed = غير مراجَع
translation-state-approved = معتمد
translation-state-needs-change = يحتاج إلى تغيير
translation-comment = تعليق
translation-saving = جارٍ الحفظ …
translation-saved = تم الحفظ
translation-missing = غير موجود بهذه اللغة. يرى القارئ النص بلغة بديلة.
translation-imported = نص مستورد
translation-source-changed = تغيّر النص المصدر منذ آخر مراجعة.
translation-variables = يجب أن يبقى في الترجمة: { $vars }
translation-group-guidance = الإرشادات: نصوص أخرى
translation-group-ui = النصوص العامة للتطبيق
translation-group-file = نصوص التطبيق: { $file }
translation-damaged = كانت المراجعة المحفوظة تالفة فنُحّيت جانبًا. تستمر المراجعة انطلاقًا من النسخة المرفقة بالتطبيق.

## Export and import
translation-export-heading = التصدير للمترجمين
translation-export-help = يحتوي الملف على كل نص مع حالة مراجعته والنص المصدر السويدي والتعليق.
translation-export = تصدير ملف
translation-exported =
    حُفظ الملف { $file } في مجلد { "exports" } داخل مجلد بيانات التطبيق ({ $bytes ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }).
translation-import-heading = استيراد ترجمة محدَّثة
translation-import-help = الصق محتوى ملف بصيغة { ".ftl" } أو اختر ملفًا. النصوص التي تغيّرت تعود غير مراجَعة.
translation-import-text = النص المراد استيراده
translation-import-file = اختر ملفًا بصيغة { ".ftl" }
translation-import = استيراد
translation-report-heading = نتيجة الاستيراد
translation-report-errors = أخطاء في الملف: { $count }
translation-report-error-line = السطر { $line }: { $message }
translation-report-added = نصوص جديدة: { $count }
translation-report-changed = نصوص معدَّلة: { $count }
translation-report-unchanged = نصوص لم تتغير: { $count }
translation-report-missing = ناقصة في الملف: { $count }
translation-report-unknown = معرّفات ({ "ID" }) غير معروفة، تم تجاهلها: { $count }
translation-report-variables = متغيرات خاطئة، لم تُستورد: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: المطلوب { $nexpected ->
        [0] لا شيء
       *[other] { $expected }
    }، والموجود { $nfound ->
        [0] لا شيء
       *[other] { $found }
    }
translation-report-reset = أُعيدت إلى غير مراجَعة: { $count }

## Show to the person
person-title = عرض للشخص
person-intro = سلّم الجهاز اللوحي أو اعرض الشاشة، مباشرةً أو عبر المترجم. تُعرض النصائح بلغة الشخص.
person-language = لغة الشخص
person-show-mine = العرض بلغتي أيضًا
person-exit = إنهاء العرض
person-advice-heading = نصائح
person-contact-show = عرض اتفاق التواصل
person-contact-hide = إخفاء اتفاق التواصل
person-contact-heading = هذا ما اتفقنا عليه
person-contact-safe-note = يُعرض فقط ما هو آمن عرضه على الشاشة: لا كلمات رمزية، ولا ملاحظات عن الأسرة، ولا معلومات عن المترجمين.
person-contact-call = الاتصال الهاتفي آمن
person-contact-when = متى يمكن الاتصال
person-contact-sms = الرسائل النصية ({ "SMS" })
person-contact-channel = الطريقة المفضلة للتواصل
