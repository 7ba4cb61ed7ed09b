# UNREVIEWED DRAFT: machine-assisted Dari (prs) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/person.ftl). این ترجمه هنوز توسط هیچ بازبین تأیید نشده است. متن سویدنی معتبر است.

## What the person reads in "Show to the person": the advice written to the
## person, in easy-to-read Dari. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To reviewers: the reader is addressed as "شما" (as easy-to-read public
## information in Dari does). Short sentences, everyday Afghan Dari words, one
## idea per sentence, one sentence per line. Never call the reader "at risk" or
## "exposed". Words as in prs/guidance.ftl: "تیلفون", "حالت پرواز",
## "وای‌فای", "موقعیت‌یابی" (location services), "پیام کوتاه" (text message),
## "کلمهٔ رمز", "مصون" (safe), "فیصله کردن" (to decide).

person-item-airplane-mode = تیلفون خود را در حالت پرواز بگذارید
    .body =
        قبل از آنکه از خانه بیرون شوید، تیلفون خود را در حالت پرواز بگذارید.
        حالت پرواز را در تمام وقت ملاقات روشن نگه دارید.
        آن را روشن نگه دارید تا به جایی برگردید که دیگران انتظار دارند آنجا باشید.
        موقعیت‌یابی را هم خاموش کنید.

person-item-wifi-off = وای‌فای را هم خاموش کنید
    .body =
        حالت پرواز همیشه کافی نیست.
        تیلفون می‌تواند از راه وای‌فای نشان بدهد که شما کجا هستید.
        مطمئن شوید که وای‌فای در تمام وقت خاموش است.

person-item-gps-gap-explanation = یک توضیح آماده داشته باشید
    .body =
        کسی می‌تواند در کمپیوتر ببیند که تیلفون شما کجا بوده است.
        آن وقت او می‌بیند که تیلفون برای مدتی ناپدید بوده است.
        از قبل فیصله کنید که اگر کسی پرسید، چه بگویید.
        مثلاً: «بتری تمام شد.»

person-item-agree-contact = چطور با هم در تماس می‌مانیم
    .body =
        ما با هم فیصله می‌کنیم که چطور می‌توانیم با شما تماس بگیریم.
        آیا تیلفون کردن به شما مصون است؟
        ما می‌توانیم یک کلمهٔ رمز داشته باشیم.
        کلمهٔ رمز یعنی که شما همین حالا گپ زده نمی‌توانید.

person-item-sms-care = با پیام کوتاه احتیاط کنید
    .body =
        فکر کنید که چه کسی می‌تواند پیام‌های کوتاه شما را بخواند.
        در پیام کوتاه چیزی ننویسید که دیگران نباید ببینند.
        حتی نمبر مخفی هم در پیام کوتاه دیده می‌شود.

person-item-closing-who-sees-what = چه کسی از گپ‌های شما خبر می‌شود
    .body =
        قبل از آنکه ختم کنیم، به شما می‌گویم که چه کسی از گپ‌های شما خبر می‌شود.
        این را هم به شما می‌گویم که آن‌ها از چه چیز خبر می‌شوند.

person-item-closing-next-meeting-contact = چه وقت دوباره همدیگر را می‌بینیم
    .body =
        قبل از آنکه ختم کنیم، با هم فیصله می‌کنیم که دفعهٔ بعد چه وقت همدیگر را ببینیم.
        این را هم فیصله می‌کنیم که چطور می‌توانیم به شکل مصون با هم تماس بگیریم.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = اگر ترجمان چیزی بپرسد که احساس می‌کنید درست نیست
    .body =
        این اشاره را انجام دهید.
        آن وقت ما گفتگو با ترجمان را ختم می‌کنیم.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = یک تیلفون که کنار گذاشته می‌شود، بیرون از اتاق
pictogram-airplane-mode = تیلفون در حالت پرواز
pictogram-wifi-off = وای‌فای خاموش
pictogram-location-off = موقعیت‌یابی خاموش
pictogram-before-after = از قبل از بیرون شدن از خانه تا وقتی که برگردید
pictogram-code-word = یک کلمهٔ رمز
pictogram-interpreter = یک ترجمان
pictogram-stop = ایست
pictogram-who-sees = چه کسی معلومات را می‌بیند
pictogram-next-meeting = ملاقات بعدی
pictogram-safe-contact = تماس مصون

## Text size in the view for the person.

person-text-size = اندازهٔ متن
person-text-smaller = متن کوچک‌تر
person-text-larger = متن بزرگ‌تر
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = نوشتن و رسم
pad-title = نوشتن و رسم
pad-intro = آنچه را که نمی‌خواهید بلند بگویید، بنویسید یا رسم کنید. هیچ چیز ذخیره نمی‌شود. وقتی این صفحه را ببندید، همه چیز پاک می‌شود.
pad-tools = وسایل
pad-pen = قلم
pad-eraser = پاک‌کن
pad-clear = پاک کردن همه
pad-close = بستن
pad-canvas = صفحه‌ای برای نوشتن و رسم

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots
## (the buttons look different on different phones).
##
## To reviewers: same words as above ("تیلفون", "حالت پرواز", "وای‌فای",
## "موقعیت‌یابی"). There is no Dari phone interface; the iPhone lines quote
## the labels a Persian-language iPhone shows («تنظیمات», «حالت هواپیما»)
## beside the app's own word. The other steps describe the settings in
## everyday words, not as exact labels.

phone-trail-title = چطور تیلفون نشان ندهد که شما کجا بوده‌اید
phone-trail-intro =
    تیلفون می‌تواند نشان بدهد که شما کجا هستید.
    کس دیگری می‌تواند آن را ببیند، مثلاً در یک اپلیکیشن یا در کمپیوتر.
    هر بار که به اینجا می‌آیید، این کارها را بکنید.
phone-trail-before = قبل از آنکه از خانه بیرون شوید
    .body =
        تیلفون خود را در حالت پرواز بگذارید.
        وای‌فای را خاموش کنید.
        موقعیت‌یابی را خاموش کنید.
phone-trail-during = در جریان ملاقات
    .body =
        همه چیز را خاموش نگه دارید.
        تیلفون بیرون از اتاق می‌ماند.
phone-trail-until-back = تا وقتی که برگردید
    .body =
        در تمام راه همه چیز را خاموش نگه دارید.
        تنها وقتی آن را دوباره روشن کنید که در جایی باشید که دیگران انتظار دارند آنجا باشید.
phone-trail-if-asked = اگر کسی پرسید
    .body =
        کسی ممکن است ببیند که تیلفون برای مدتی خاموش بوده است.
        از قبل فیصله کنید که آن وقت چه بگویید.
        هر بار همان یک چیز را بگویید.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = ما فیصله کردیم که شما این را بگویید:
phone-trail-how = در تیلفون چطور این کار را بکنید
phone-trail-android = Android
    .body =
        با انگشت از بالای صفحه به طرف پایین بکشید.
        روی علامهٔ طیاره بزنید. حالا حالت پرواز روشن است.
        روی وای‌فای بزنید تا خاموش شود.
        روی علامهٔ موقعیت‌یابی بزنید تا خاموش شود.
phone-trail-iphone = iPhone
    .body =
        «تنظیمات» را باز کنید.
        حالت پرواز («حالت هواپیما») را روشن کنید.
        روی { "Wi-Fi" } بزنید و آن را خاموش کنید.
        روی حریم خصوصی و امنیت بزنید، بعد روی خدمات موقعیت‌یابی، و آن را خاموش کنید.
phone-trail-buttons-differ = دکمه‌ها در تیلفون‌های مختلف می‌توانند کمی فرق داشته باشند. اگر آن‌ها را پیدا نکردید، بپرسید.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = یک سؤال برای شما
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = آیا می‌خواهید وقتی ما گپ می‌زنیم، { $who } هم اینجا باشد؟
# When no support person is given.
own-will-question-anyone = آیا می‌خواهید وقتی ما گپ می‌زنیم، کس دیگری هم اینجا باشد؟
own-will-body =
    خود شما فیصله می‌کنید.
    اشکالی ندارد که نه بگویید.
own-will-yes = بلی
own-will-no = نخیر
own-will-alone = می‌خواهم تنها گپ بزنم
own-will-thanks =
    از جواب شما تشکر.
    لطفاً حالا تبلیت را پس بدهید.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = قبل از آنکه ختم کنیم
closing-who-sees = چه کسی از گپ‌های شما خبر می‌شود
closing-next = دفعهٔ بعد که همدیگر را می‌بینیم
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = یک وقت را بعداً با هم فیصله می‌کنیم.
closing-contact = چطور با هم در تماس می‌مانیم
closing-call-when = وقت‌هایی که تیلفون کردن به شما مشکلی ندارد
closing-code-word = کلمهٔ رمز ما
closing-code-word-means = اگر کلمهٔ رمز را بگویید، من می‌فهمم که شما همین حالا گپ زده نمی‌توانید.
closing-code-word-show = نشان دادن کلمهٔ رمز
closing-code-word-hide = پنهان کردن کلمهٔ رمز
closing-empty = این را هنوز ننوشته‌ایم.
