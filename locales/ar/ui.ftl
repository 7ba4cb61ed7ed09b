# UNREVIEWED DRAFT: machine-assisted Arabic (ar) translation of the Swedish source
# locales/sv/ui.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر (locales/sv/ui.ftl). لم يعتمدها أي مراجع. النص السويدي هو المرجع المعتمد.
# For reviewers: the UI formats numbers for the locale, and a count that agrees
# with a noun has a plural select with all six Arabic categories (zero, one, two,
# few, many, other), e.g. "نتيجة واحدة" / "نتيجتان" / "3 نتائج" / "11 نتيجة".
# Terms follow ar/guidance.ftl ("اللقاء", "وضع الطيران").

## General interface text.

app-name = { "Trygg" }
loading = جارٍ التحميل …
nav-label = القائمة الرئيسية
nav-guidance = الإرشادات
nav-person = عرض للشخص
nav-cases = الحالات
nav-review = مراجعة الترجمة
nav-settings = الإعدادات
language-label = اللغة
draft-badge = مسودة ترجمة – غير مراجعة
draft-explain = هذه الترجمة مسودة لم يعتمدها أي مراجع بعد. عند أدنى شك، قارنها بالنص السويدي.
fallback-note = غير متوفر بهذه اللغة؛ يُعرض باللغة: { $lang }.
back = رجوع
close = إغلاق

## The guidance
guidance-sections = الأقسام
guidance-search-label = البحث في الإرشادات
guidance-search-placeholder = ابحث، مثلًا: وضع الطيران
# Variables:
#   $count (Number) - results
guidance-search-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
guidance-search-none = لا توجد نتائج. جرّب كلمة أخرى.
guidance-search-clear = مسح البحث
guidance-references = المصادر
guidance-address = العنوان: { $url }
guidance-for-person = يُعرض أيضًا للشخص
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = من ورقة الإرشادات
phase-before = قبل اللقاء
phase-during = أثناء اللقاء
phase-after = بعد اللقاء
phase-any = طوال الوقت
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = متى: { $phases }
guidance-open-item = عرض التوصية

## Errors. Every error code has a message.
error-title = حدث خطأ ما
error-internal = حدث خطأ غير متوقع. لم يُفقد شيء مما حُفظ. حاول مرة أخرى.
error-invalid_input = تعذّر قبول البيانات. تحقق من الحقل وحاول مرة أخرى.
error-unknown_locale = هذه اللغة غير متوفرة.
error-translation_broken = أحد ملفات الترجمة تالف. يعرض التطبيق النص السويدي بدلًا منه.
error-storage = تعذّرت القراءة من الجهاز أو الحفظ عليه. لم يُفقد شيء مما حُفظ.
error-not_found = لم يعد هذا العنصر موجودًا. ربما يكون قد حُذف.
error-disk_full = الجهاز ممتلئ. لم يُحفظ شيء جديد، لكن لم يُفقد شيء مما حُفظ. حرّر بعض المساحة وحاول مرة أخرى.
error-too_large = النص أطول من أن يُحفظ. اختصره وحاول مرة أخرى.
error-tampered = تعذّر فتح عنصر محفوظ لأنه تالف أو عُدّل خارج التطبيق. يمكن استخدام بقية العناصر.
error-malformed_record = تعذّرت قراءة عنصر محفوظ. يمكن استخدام بقية العناصر.
error-version_mismatch = أحد العناصر المحفوظة من إصدار آخر من التطبيق وتعذّرت قراءته.
error-unknown_kind = أحد العناصر المحفوظة من نوع لا يعرفه هذا الإصدار.

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } و{ $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first } و{ $second }
