# UNREVIEWED DRAFT: machine-assisted Arabic (ar) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر locales/sv/person.ftl. لم يعتمدها أي مراجع. النص السويدي هو المرجع المعتمد.

## What the person reads in "Show to the person": the advice written to the
## person, in easy Arabic. These are the app's own words, built on the sheet;
## the sheet's own text stays in the guidance, for the practitioner.
##
## To translators and reviewers: the text speaks to the reader as "you"
## (singular; the generic masculine forms that Arabic public information uses).
## Short sentences, everyday words, one idea per sentence. Never call the
## reader "at risk" or "exposed". Each .body has one sentence per line; the app
## shows each line on its own. Terms follow ar/guidance.ftl and ar/cases.ftl
## ("وضع الطيران", "الواي فاي", "خدمات الموقع", "الرسائل النصية", "كلمة رمزية").

person-item-airplane-mode = ضع هاتفك في وضع الطيران
    .body =
        ضع هاتفك في وضع الطيران قبل أن تخرج من البيت.
        اترك الهاتف في وضع الطيران طوال اللقاء.
        اتركه هكذا حتى تعود إلى المكان الذي يتوقع الآخرون أن تكون فيه.
        أوقف خدمات الموقع أيضًا.

person-item-wifi-off = أوقف الواي فاي ({ "Wi-Fi" }) أيضًا
    .body =
        وضع الطيران لا يكفي دائمًا.
        يمكن أن يُظهر هاتفك أين أنت عن طريق الواي فاي.
        تأكد أن الواي فاي متوقف طوال الوقت.

person-item-gps-gap-explanation = حضّر تفسيرًا من قبل
    .body =
        يمكن لشخص أن يرى على الكمبيوتر أين كان هاتفك.
        عندها يظهر أن الهاتف اختفى مدة قصيرة.
        قرّر من قبل ماذا ستقول إذا سألك أحد.
        مثلًا: «نفدت البطارية.»

person-item-agree-contact = هكذا نبقى على تواصل
    .body =
        نقرر معًا كيف نتواصل معك.
        هل من الآمن أن نتصل بك؟
        يمكن أن تكون بيننا كلمة رمزية.
        الكلمة الرمزية تعني أنك لا تستطيع الكلام الآن.

person-item-sms-care = كن حذرًا في الرسائل النصية
    .body =
        فكّر في مَن يستطيع أن يقرأ رسائلك النصية.
        لا تكتب في الرسائل النصية شيئًا يجب ألّا يراه الآخرون.
        رقم الهاتف السري يظهر أيضًا في الرسالة النصية.

person-item-closing-who-sees-what = مَن سيعرف ما قلته
    .body =
        قبل أن ننتهي، سأخبرك مَن سيعرف ما قلته.
        سأخبرك أيضًا ماذا سيعرفون.

person-item-closing-next-meeting-contact = عندما نلتقي مرة أخرى
    .body =
        قبل أن ننتهي، نقرر متى نلتقي في المرة القادمة.
        نقرر أيضًا كيف نتواصل بطريقة آمنة.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = إذا سأل المترجم شيئًا تشعر أنه خطأ
    .body =
        قم بهذه الإشارة.
        عندها ننهي المحادثة مع المترجم.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = هاتف يوضع بعيدًا، خارج الغرفة
pictogram-airplane-mode = الهاتف في وضع الطيران
pictogram-wifi-off = الواي فاي متوقف
pictogram-location-off = خدمات الموقع متوقفة
pictogram-before-after = من قبل أن تخرج من البيت حتى تعود
pictogram-code-word = كلمة رمزية
pictogram-interpreter = مترجم
pictogram-stop = توقّف
pictogram-who-sees = مَن سيرى المعلومات
pictogram-next-meeting = اللقاء القادم
pictogram-safe-contact = تواصل آمن

## Text size in the view for the person.

person-text-size = حجم النص
person-text-smaller = نص أصغر
person-text-larger = نص أكبر
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = اكتب وارسم
pad-title = اكتب وارسم
pad-intro = اكتب أو ارسم ما لا تريد أن تقوله بصوت عالٍ. لا يُحفظ أي شيء. يختفي كل شيء عندما تُغلق الصفحة.
pad-tools = الأدوات
pad-pen = قلم
pad-eraser = ممحاة
pad-clear = مسح الكل
pad-close = إغلاق
pad-canvas = مساحة للكتابة والرسم

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots.
## iPhone setting names are those of Arabic iOS ("الإعدادات", "وضع الطيران",
## "الخصوصية والأمن", "خدمات الموقع"); Android differs by maker, so it is
## described by the icons.

phone-trail-title = هكذا لا يُظهر هاتفك أين كنت
phone-trail-intro =
    يمكن أن يُظهر هاتفك أين أنت.
    يمكن لشخص آخر أن يرى ذلك، مثلًا في تطبيق أو على الكمبيوتر.
    افعل هذا كل مرة تأتي فيها إلى هنا.
phone-trail-before = قبل أن تخرج من البيت
    .body =
        ضع هاتفك في وضع الطيران.
        أوقف الواي فاي.
        أوقف خدمات الموقع.
phone-trail-during = أثناء اللقاء
    .body =
        اترك كل شيء متوقفًا.
        يبقى هاتفك خارج الغرفة.
phone-trail-until-back = حتى تعود
    .body =
        اترك كل شيء متوقفًا طوال الطريق.
        شغّل كل شيء مرة أخرى فقط عندما تصل إلى المكان الذي يتوقع الآخرون أن تكون فيه.
phone-trail-if-asked = إذا سألك أحد
    .body =
        قد يرى أحد أن هاتفك كان مغلقًا مدة من الوقت.
        قرّر من قبل ماذا ستقول عندها.
        قل الشيء نفسه كل مرة.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = هذا ما اتفقنا أن تقوله:
phone-trail-how = هكذا تفعل ذلك على هاتفك
phone-trail-android = أندرويد ({ "Android" })
    .body =
        اسحب بإصبعك من أعلى الشاشة إلى الأسفل.
        اضغط على رمز الطائرة. الآن وضع الطيران يعمل.
        اضغط على الواي فاي حتى يتوقف.
        اضغط على «الموقع» حتى يتوقف.
phone-trail-iphone = آيفون ({ "iPhone" })
    .body =
        افتح «الإعدادات».
        شغّل «وضع الطيران».
        اضغط على { "Wi-Fi" } وأوقفه.
        اضغط على «الخصوصية والأمن»، ثم على «خدمات الموقع»، وأوقفها.
phone-trail-buttons-differ = قد تبدو الأزرار مختلفة قليلًا من هاتف إلى آخر. اسأل إذا لم تجدها.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = سؤال لك
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = هل تريد أن يكون { $who } معنا عندما نتكلم؟
# When no support person is given.
own-will-question-anyone = هل تريد أن يكون شخص آخر معنا عندما نتكلم؟
own-will-body =
    أنت تقرر.
    لا بأس أن تقول لا.
own-will-yes = نعم
own-will-no = لا
own-will-alone = أريد أن أتكلم وحدي
own-will-thanks =
    شكرًا على جوابك.
    أعِد الجهاز اللوحي الآن.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = قبل أن ننتهي
closing-who-sees = مَن سيعرف ما قلته
closing-next = عندما نلتقي في المرة القادمة
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = سنحدد موعدًا لاحقًا.
closing-contact = هكذا نبقى على تواصل
closing-call-when = متى يمكننا أن نتصل بك
closing-code-word = كلمتنا الرمزية
closing-code-word-means = إذا قلت الكلمة الرمزية، سأفهم أنك لا تستطيع الكلام الآن.
closing-code-word-show = عرض الكلمة الرمزية
closing-code-word-hide = إخفاء الكلمة الرمزية
closing-empty = لم نكتب هذا بعد.
