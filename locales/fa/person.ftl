# UNREVIEWED DRAFT: machine-assisted Persian (fa) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/person.ftl). هیچ بازبینی آن را تأیید نکرده است. متن سوئدی معتبر است.

## What the person reads in "Show to the person": the advice written to the
## person, in easy-to-read Persian. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To reviewers: the reader is addressed as "شما" (as easy-to-read public
## information in Persian does). Short sentences, everyday words, one idea per
## sentence, one sentence per line. Never call the reader "at risk" or
## "exposed". Everyday words: "گوشی" (phone), "حالت هواپیما", "وای‌فای",
## "مکان‌یابی" (location services), "پیامک" (text message), "کلمهٔ رمز".

person-item-airplane-mode = گوشی‌تان را در حالت هواپیما بگذارید
    .body =
        پیش از اینکه از خانه بیرون بروید، گوشی‌تان را در حالت هواپیما بگذارید.
        حالت هواپیما را در تمام مدت ملاقات روشن نگه دارید.
        آن را روشن نگه دارید تا به جایی برگردید که دیگران انتظار دارند آنجا باشید.
        مکان‌یابی را هم خاموش کنید.

person-item-wifi-off = وای‌فای را هم خاموش کنید
    .body =
        حالت هواپیما همیشه کافی نیست.
        گوشی می‌تواند از راه وای‌فای نشان دهد که شما کجا هستید.
        مطمئن شوید که وای‌فای در تمام مدت خاموش است.

person-item-gps-gap-explanation = یک توضیح آماده داشته باشید
    .body =
        کسی می‌تواند در کامپیوتر ببیند که گوشی شما کجا بوده است.
        آن وقت او می‌بیند که گوشی مدتی ناپدید بوده است.
        از قبل تصمیم بگیرید که اگر کسی پرسید، چه بگویید.
        برای مثال: «باتری تمام شد.»

person-item-agree-contact = چطور با هم در تماس می‌مانیم
    .body =
        ما با هم تصمیم می‌گیریم که چطور می‌توانیم با شما تماس بگیریم.
        آیا امن است که به شما زنگ بزنیم؟
        ما می‌توانیم یک کلمهٔ رمز داشته باشیم.
        کلمهٔ رمز یعنی شما همین حالا نمی‌توانید حرف بزنید.

person-item-sms-care = مراقب پیامک‌هایتان باشید
    .body =
        فکر کنید چه کسی می‌تواند پیامک‌های شما را بخواند.
        در پیامک چیزی ننویسید که دیگران نباید ببینند.
        حتی شمارهٔ مخفی هم در پیامک دیده می‌شود.

person-item-closing-who-sees-what = چه کسی از حرف‌های شما باخبر می‌شود
    .body =
        پیش از اینکه تمام کنیم، به شما می‌گویم چه کسی از حرف‌های شما باخبر می‌شود.
        این را هم به شما می‌گویم که آن‌ها از چه چیزی باخبر می‌شوند.

person-item-closing-next-meeting-contact = چه وقت دوباره همدیگر را می‌بینیم
    .body =
        پیش از اینکه تمام کنیم، با هم تصمیم می‌گیریم که دفعهٔ بعد چه وقت همدیگر را ببینیم.
        این را هم تصمیم می‌گیریم که چطور می‌توانیم به شکلی امن با هم تماس بگیریم.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = اگر مترجم چیزی بپرسد که حس می‌کنید درست نیست
    .body =
        این علامت را نشان دهید.
        آن وقت ما گفتگو با مترجم را تمام می‌کنیم.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = یک گوشی که کنار گذاشته می‌شود، بیرون از اتاق
pictogram-airplane-mode = گوشی در حالت هواپیما
pictogram-wifi-off = وای‌فای خاموش
pictogram-location-off = مکان‌یابی خاموش
pictogram-before-after = از پیش از بیرون رفتن از خانه تا وقتی که برگردید
pictogram-code-word = یک کلمهٔ رمز
pictogram-interpreter = یک مترجم
pictogram-stop = ایست
pictogram-who-sees = چه کسی اطلاعات را می‌بیند
pictogram-next-meeting = ملاقات بعدی
pictogram-safe-contact = تماس امن

## Text size in the view for the person.

person-text-size = اندازهٔ متن
person-text-smaller = متن کوچک‌تر
person-text-larger = متن بزرگ‌تر
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = نوشتن و نقاشی
pad-title = نوشتن و نقاشی
pad-intro = آنچه را نمی‌خواهید بلند بگویید، بنویسید یا نقاشی کنید. هیچ چیز ذخیره نمی‌شود. وقتی این صفحه را ببندید، همه چیز پاک می‌شود.
pad-tools = ابزارها
pad-pen = قلم
pad-eraser = پاک‌کن
pad-clear = پاک کردن همه
pad-close = بستن
pad-canvas = صفحه‌ای برای نوشتن و نقاشی

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots.
## iPhone has no Persian system language, so its settings are described in
## plain Persian, not quoted as the screen shows them.

phone-trail-title = چطور گوشی نشان ندهد که کجا بوده‌اید
phone-trail-intro =
    گوشی می‌تواند نشان دهد که شما کجا هستید.
    کس دیگری می‌تواند این را ببیند، برای مثال در یک برنامه یا در کامپیوتر.
    هر بار که به اینجا می‌آیید، این کارها را بکنید.
phone-trail-before = پیش از اینکه از خانه بیرون بروید
    .body =
        گوشی‌تان را در حالت هواپیما بگذارید.
        وای‌فای را خاموش کنید.
        مکان‌یابی را خاموش کنید.
phone-trail-during = در طول ملاقات
    .body =
        همه را خاموش نگه دارید.
        گوشی‌تان بیرون از اتاق می‌ماند.
phone-trail-until-back = تا وقتی که برگردید
    .body =
        در تمام راه همه را خاموش نگه دارید.
        فقط وقتی به جایی رسیدید که دیگران انتظار دارند آنجا باشید، دوباره آن‌ها را روشن کنید.
phone-trail-if-asked = اگر کسی پرسید
    .body =
        ممکن است کسی ببیند که گوشی‌تان مدتی خاموش بوده است.
        از قبل تصمیم بگیرید که آن وقت چه بگویید.
        هر بار همان حرف را بزنید.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = با هم قرار گذاشتیم که شما این را بگویید:
phone-trail-how = روی گوشی‌تان این کارها را بکنید
phone-trail-android = اندروید ({ "Android" })
    .body =
        انگشتتان را از بالای صفحه به پایین بکشید.
        روی علامت هواپیما بزنید. حالا حالت هواپیما روشن است.
        روی وای‌فای بزنید تا خاموش شود.
        روی علامت مکان‌یابی بزنید تا خاموش شود.
phone-trail-iphone = آیفون ({ "iPhone" })
    .body =
        تنظیمات را باز کنید.
        حالت هواپیما را روشن کنید.
        روی وای‌فای بزنید و آن را خاموش کنید.
        روی حریم خصوصی و امنیت بزنید، بعد روی مکان‌یابی، و آن را خاموش کنید.
phone-trail-buttons-differ = دکمه‌ها ممکن است روی گوشی‌های مختلف کمی فرق داشته باشند. اگر آن‌ها را پیدا نکردید، بپرسید.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = یک سؤال از شما
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = آیا می‌خواهید وقتی با هم حرف می‌زنیم، { $who } هم اینجا باشد؟
# When no support person is given.
own-will-question-anyone = آیا می‌خواهید وقتی با هم حرف می‌زنیم، کس دیگری هم اینجا باشد؟
own-will-body =
    خودتان تصمیم می‌گیرید.
    اشکالی ندارد که بگویید نه.
own-will-yes = بله
own-will-no = نه
own-will-alone = می‌خواهم تنها حرف بزنم
own-will-thanks =
    از جوابتان ممنونیم.
    حالا لطفاً تبلت را پس بدهید.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = پیش از اینکه تمام کنیم
closing-who-sees = چه کسی از حرف‌های شما باخبر می‌شود
closing-next = دفعهٔ بعد که همدیگر را می‌بینیم
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = بعداً یک زمان تعیین می‌کنیم.
closing-contact = چطور با هم در تماس می‌مانیم
closing-call-when = چه وقت می‌توانیم به شما زنگ بزنیم
closing-code-word = کلمهٔ رمز ما
closing-code-word-means = اگر کلمهٔ رمز را بگویید، می‌فهمم که همین حالا نمی‌توانید حرف بزنید.
closing-code-word-show = نمایش کلمهٔ رمز
closing-code-word-hide = پنهان کردن کلمهٔ رمز
closing-empty = این را هنوز ننوشته‌ایم.
