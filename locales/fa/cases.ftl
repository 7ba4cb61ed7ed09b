# UNREVIEWED DRAFT: machine-assisted Persian/Farsi (fa) translation of the Swedish source
# locales/sv/cases.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/cases.ftl). هیچ بازبینی آن را تأیید نکرده است. متن سوئدی معتبر است.
# For reviewers: the UI formats numbers and dates for the locale; Persian needs no
# number agreement. Terms follow fa/guidance.ftl and fa/ui.ftl: ärende = "پرونده";
# krisplan = "برنامهٔ بحران"; kontaktöverenskommelse = "توافق‌نامهٔ تماس";
# situationsbedömning = "ارزیابی وضعیت"; möte = "ملاقات"; kodord = "واژهٔ رمز";
# stödperson = "فرد حامی"; tolk = "مترجم (شفاهی)"; telefontolk = "مترجم تلفنی";
# platstolk = "مترجم حضوری"; den utsatta = "فرد در معرض خشونت"; yrkesverksam =
# "کارشناس"; verksamheten = "نهاد"; alias = "نام مستعار"; sms = "پیامک (SMS)".
# Ratings: Förekommer = "وجود دارد"; Delvis = "تا حدی"; Förekommer inte =
# "وجود ندارد"; Vet inte = "نمی‌دانم".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = پرونده‌ها
cases-list-heading = پرونده‌ها
cases-new = پروندهٔ جدید
cases-pick = پرونده‌ای را از فهرست انتخاب کنید یا پروندهٔ جدیدی بسازید.
cases-show-archived = نمایش پرونده‌های بایگانی‌شده
cases-archived-tag = بایگانی‌شده
cases-empty = هنوز هیچ پرونده‌ای وجود ندارد. با یک نام مستعار پرونده‌ای بسازید.
cases-empty-filtered = هیچ پروندهٔ فعالی وجود ندارد. برای دیدن پرونده‌های بایگانی‌شده، «نمایش پرونده‌های بایگانی‌شده» را علامت بزنید.
cases-search-label = جستجو در پرونده‌ها
cases-search-none = هیچ پرونده‌ای نام مستعاری مطابق با جستجو ندارد.
cases-shown-of = نمایش { $shown } از { $total }
cases-show-more = نمایش بیشتر ({ $count } پروندهٔ دیگر)
cases-damaged = برخی از پرونده‌ها باز نشدند ({ $count }). ممکن است فایل‌ها آسیب دیده باشند. بقیهٔ پرونده‌ها طبق معمول نمایش داده می‌شوند.
cases-loading-list = در حال بارگذاری پرونده‌ها …
cases-loading = در حال باز کردن پرونده …
cases-back = بازگشت به فهرست پرونده‌ها
cases-open = باز کردن
cases-cancel = لغو
cases-remove = حذف
cases-remove-n = حذف گام { $n }
cases-move-up-n = انتقال گام { $n } به بالا
cases-move-down-n = انتقال گام { $n } به پایین

## Colour tags
cases-colour-label = برچسب رنگی
cases-colour-help = رنگ پرونده‌ها را از هم متمایز می‌کند، بی‌آنکه کسی لازم باشد نام مستعار را بخواند.
cases-colour-none = بدون رنگ
cases-colour-red = قرمز
cases-colour-orange = نارنجی
cases-colour-yellow = زرد
cases-colour-green = سبز
cases-colour-blue = آبی
cases-colour-purple = بنفش

## New case and alias
cases-new-heading = پروندهٔ جدید
cases-alias-label = نام مستعار
cases-alias-nudge-title = از نام مستعار استفاده کنید.
cases-alias-nudge = هرگز نام، شمارهٔ شخصی، نشانی یا شمارهٔ تلفن فرد را ننویسید. اگر کس دیگری صفحه را ببیند، نام مستعار نباید نشان دهد که پرونده مربوط به چه کسی است.
cases-alias-placeholder = برای مثال مراجع الف یا رز
cases-alias-warnings-heading = نام مستعار را بررسی کنید
cases-alias-warnings-note = این هشدار مانع ذخیره کردن نمی‌شود. تصمیم با خودتان است.
alias-warning-personal-identity-number = به نظر می‌رسد نام مستعار شمارهٔ شخصی ({ "personnummer" }) یا شمارهٔ هماهنگی ({ "samordningsnummer" }) دارد.
alias-warning-street-address = به نظر می‌رسد نام مستعار نشانی خیابان یا کد پستی دارد.
alias-warning-phone-number = به نظر می‌رسد نام مستعار شمارهٔ تلفن دارد.
alias-warning-full-name = نام مستعار شبیه نام و نام خانوادگی است.
cases-create = ساختن پرونده

## The case
cases-tabs-label = بخش‌های پرونده
cases-tab-plan = برنامهٔ بحران
cases-tab-contact = تماس
cases-tab-review = ارزیابی
cases-tab-meetings = ملاقات‌ها
cases-damaged-parts = بخشی از پرونده باز نشد و خالی نمایش داده می‌شود. ممکن است فایل آسیب دیده باشد. پیش از آنکه آن بخش را دوباره پر کنید، آن را با یک نسخهٔ پشتیبان مقایسه کنید.
cases-settings = مشخصات پرونده
cases-archived-label = بایگانی‌شده
cases-archived-help = پرونده‌های بایگانی‌شده در فهرست پنهان می‌شوند، اما تا وقتی آن‌ها را حذف نکنید باقی می‌مانند.
cases-delete = حذف پرونده
cases-delete-title = پرونده حذف شود؟
cases-delete-confirm = پروندهٔ { $alias } بی‌درنگ حذف می‌شود، همراه با برنامهٔ بحران، توافق‌نامهٔ تماس، ارزیابی وضعیت و همهٔ ملاقات‌ها. این کار برگشت‌پذیر نیست.
cases-delete-confirm-yes = حذف { $alias }
cases-delete-failed = پرونده حذف نشد.

## Autosave
cases-save-saving = در حال ذخیره …
cases-save-saved = ذخیره شد
cases-save-error = ذخیره نشد. آنچه نوشته‌اید هنوز روی صفحه هست.
cases-save-retry = دوباره امتحان کنید

## Crisis plan
cases-plan-heading = برنامهٔ بحران
cases-plan-intro = برنامهٔ بحران بر پایهٔ وضعیت کنونی فرد در معرض خشونت است و اقداماتی را در بر می‌گیرد که اگر اتفاقی رخ دهد و فرد در معرض خشونت به کمک یا محافظت نیاز داشته باشد، می‌توان انجام داد.
cases-plan-situation = وضعیت کنونی
    .help = وضعیت فعلی فرد را شرح دهید: چه اتفاقی افتاده است، فرد از چه می‌ترسد و چه چیزی از او محافظت می‌کند.
cases-plan-warnings = نشانه‌های هشدار و رویدادهای محرک
    .help = برای مثال سفری برنامه‌ریزی‌شده به خارج از کشور، نامزدی، تعطیلات و جشن‌ها، یا فشار بیشتر از سوی خانواده.
cases-plan-warning-kind = نوع
cases-plan-warning-note = یادداشت
cases-warning-kind-travel-abroad = سفر به خارج از کشور
cases-warning-kind-engagement = نامزدی یا ازدواج
cases-warning-kind-holidays = تعطیلات و جشن‌ها
cases-warning-kind-family-pressure = فشار از سوی خانواده
cases-warning-kind-other = موارد دیگر
cases-plan-add-warning = افزودن نشانهٔ هشدار
cases-plan-steps = گام‌ها در صورت بروز اتفاق
    .help = کارهایی که فرد، به ترتیب، انجام می‌دهد اگر اتفاقی رخ دهد و به کمک یا محافظت نیاز داشته باشد.
cases-plan-step = گام { $n }
cases-plan-empty-step = (گام خالی)
cases-plan-add-step = افزودن گام
cases-plan-safe-places = مکان‌های امن
    .help = مکان‌هایی که فرد اگر اتفاقی رخ دهد می‌تواند خود را به آنجا برساند.
cases-plan-safe-place = مکان امن
cases-plan-add-safe-place = افزودن مکان
cases-plan-contacts = تماس‌ها
    .help = شماره‌هایی که فرد می‌تواند با آن‌ها تماس بگیرد. در خطر فوری: 112.
cases-contact-role = چه کسی
cases-contact-label = عنوان
cases-contact-number = شماره
cases-role-emergency112 = 112 – شمارهٔ اضطراری
cases-role-police = پلیس
cases-role-social-services-on-call = کشیک خدمات اجتماعی ({ "Socialjouren" })
cases-role-shelter = خانهٔ امن
cases-role-trusted-person = فرد مورد اعتماد
cases-role-other = تماس دیگر
cases-plan-add-contact = افزودن تماس
cases-plan-keep-ready = آنچه باید آماده باشد
    .help = آنچه فرد باید دم دست داشته باشد اگر مجبور شود سریع برود. آنچه را فراهم شده است علامت بزنید.
cases-thing-id = مدارک شناسایی (کارت شناسایی، گذرنامه)
cases-thing-phone = تلفن و شارژر
cases-thing-money = پول و کارت بانکی
cases-thing-medicine = داروها
cases-thing-other = موارد دیگر
cases-keep-ready-note = یادداشت
cases-plan-add-keep-ready = افزودن
cases-plan-code-word = نشانهٔ اضطراری: واژه یا علامتی که یعنی فرد همین حالا به کمک نیاز دارد
    .help = نشانهٔ اضطراری بخشی از برنامهٔ بحران است. این نشانه نه واژهٔ رمزِ توافق‌نامهٔ تماس است (که فقط برای تماس تلفنی است، وقتی فرد نمی‌تواند صحبت کند) و نه علامتی که برای پایان دادن به گفتگو با حضور مترجم توافق شده است. هرگز آن را در پیامک (SMS) یا ایمیل ننویسید.
cases-plan-next-review = بررسی بعدی برنامه
cases-plan-routine = به فرد گفته شده است که برنامهٔ بحران روالی در همهٔ پرونده‌هاست
    .help = باید به فرد در معرض خشونت گفته شود که این روالی است که نهاد در همهٔ پرونده‌ها دارد، حتی اگر شاید هرگز نیازی به استفاده از برنامهٔ بحران پیش نیاید.

## Contact agreement
cases-contact-heading = توافق‌نامهٔ تماس
cases-contact-intro = با فرد توافق کنید که اگر لازم شد با او تماس بگیرید، تماس چگونه برقرار شود.
cases-contact-phone-heading = تلفن
cases-contact-safe-to-call = آیا تماس تلفنی امن است؟
cases-safe-to-call-yes = بله
cases-safe-to-call-no = نه
cases-safe-to-call-only-at-times = فقط در ساعت‌های معین
cases-safe-to-call-unknown = هنوز روشن نیست
cases-contact-call-when = چه زمانی تماس تلفنی امن است؟
cases-contact-code-word = واژهٔ رمزی در تلفن به معنای «نمی‌توانم صحبت کنم»
    .help = آیا می‌توانید بر سر یک واژهٔ رمز توافق کنید، برای وقتی که فرد نمی‌تواند صحبت کند؟ واژهٔ رمز فقط برای تماس‌های تلفنی است. این واژه نه نشانهٔ اضطراری برنامهٔ بحران است و نه علامتی که برای پایان دادن به گفتگو با حضور مترجم توافق شده است.
cases-contact-someone-else = اگر کس دیگری جواب بدهد
    .help = اگر کسی غیر از خودِ فرد جواب بدهد، چه می‌گویید و چه می‌کنید.
cases-contact-sms-heading = پیامک ({ "SMS" })
cases-contact-sms-warning = در آنچه در پیامک نوشته می‌شود احتیاط کنید. چه کسی ممکن است آن را بخواند؟ همچنین به یاد داشته باشید که حتی شماره‌های تلفن همراه محافظت‌شده (مخفی) نیز در پیامک قابل مشاهده می‌شوند.
cases-contact-sms-allowed = آیا می‌توان از پیامک استفاده کرد؟
cases-sms-allowed-yes = بله
cases-sms-allowed-no = نه
cases-sms-allowed-only-neutral = فقط با محتوای خنثی
cases-sms-allowed-unknown = هنوز روشن نیست
cases-contact-sms-content = پیامک چه محتوایی می‌تواند داشته باشد؟
cases-contact-channel = فرد ترجیح می‌دهد چگونه با او تماس گرفته شود
cases-channel-phone = تلفن
cases-channel-sms = پیامک
cases-channel-in-person = در ملاقات
cases-channel-via-contact-person = از طریق فرد رابط
cases-channel-other = به شیوه‌ای دیگر
cases-contact-interpreter = مترجم شفاهی
cases-interpreter-mode = مترجم تلفنی یا مترجم حضوری
    .help = در درجهٔ اول باید از مترجم تلفنی استفاده شود؛ این کار ملاقات را ناشناس‌تر می‌کند. به این گوش دهید که فرد با چه چیزی بیشتر راحت است، اما این شما به‌عنوان کارشناس هستید که از منظر ایمنی ارزیابی می‌کنید ترجمه به چه شیوه‌ای انجام شود.
cases-interpreter-mode-phone = مترجم تلفنی
cases-interpreter-mode-on-site = مترجم حضوری
cases-interpreter-mode-no-preference = ترجیحی ندارد
cases-interpreter-gender = جنسیت مترجم
cases-interpreter-gender-female = زن
cases-interpreter-gender-male = مرد
cases-interpreter-gender-no-preference = ترجیحی ندارد
cases-interpreter-avoid = مترجمانی که نباید از آن‌ها استفاده کرد
    .help = برای مثال مترجمانی که خانواده، خویشاوندان یا دیگر افراد منطقهٔ فرد را می‌شناسند. مترجم باید بی‌طرف باشد و نباید از طریق شایعه‌پراکنی یا تماس با خانواده، خویشاوندان یا حلقهٔ آشنایان فرد تهدیدی ایجاد کند.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = مترجمانی که نباید از آن‌ها استفاده کرد: { $names }
cases-interpreter-name-announced = نام مترجم از پیش اعلام می‌شود
    .help = در صورت امکان، نام مترجم را از پیش اعلام کنید تا فرد بتواند بگوید که آیا این مترجم کسی است که نمی‌توان از او استفاده کرد، برای مثال به این دلیل که مترجم شبکهٔ اجتماعی فرد (خانواده، خویشاوندان یا دیگران در منطقه) را می‌شناسد.
cases-interpreter-stop-sign = علامت برای پایان دادن به گفتگو با حضور مترجم
    .help = با فرد بر سر علامتی توافق کنید، برای مثال گذاشتن دست روی میز، که یعنی مترجم چیز نامناسبی می‌پرسد و گفتگو باید پایان یابد. این علامت در «نمایش برای فرد» به فرد نشان داده می‌شود. این علامت نه واژهٔ رمزِ توافق‌نامهٔ تماس است و نه نشانهٔ اضطراری برنامهٔ بحران.
cases-contact-support-person = فرد حامی
cases-support-who = چه کسی (نقش یا نام مستعار، نه نام)
cases-support-confirmed = تاریخی که تأیید شد حضور فرد حامی خواست خودِ فرد است
    .help = اطمینان حاصل کنید که این خواست خودِ فرد است و چیزی نیست که به او تحمیل شده باشد. از { "JO 2010/11 s. 328" } (بازرس پارلمانی) چنین برمی‌آید که خدمات اجتماعی می‌تواند حضور فرد حامی را بیشتر بررسی کند، اگر دلیلی برای تردید در هدف آن وجود داشته باشد؛ از ورود کسی که به‌عنوان حامی عمل نمی‌کند به ملاقات می‌توان جلوگیری کرد.
cases-support-confirm-today = امروز تأیید شد
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = خواست خودِ فرد در { DATETIME($date, dateStyle: "medium") } تأیید شد
cases-support-not-confirmed = خواست خودِ فرد تأیید نشده است

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = ارزیابی وضعیت
cases-review-intro = یک ارزیابی حرفه‌ای ساختاریافته، حوزه به حوزه، اکنون و پیش‌تر. هیچ امتیاز و هیچ جمعی به دست نمی‌دهد: ارزیابی از آنِ شماست و دیدگاه خودِ فرد در کنار آن می‌آید.
cases-review-official = ارزیابی رسمی خطر در سامانهٔ معمول نهاد انجام می‌شود. این صفحه جایگزین آن نیست. پلیس ارزیابی‌های خطر خود را در چارچوب فعالیت‌هایش در زمینهٔ قربانیان جرم و امنیت شخصی ({ "BOPS" }) انجام می‌دهد. خدمات اجتماعی و پلیس ارزیابی‌های خطر را با یکدیگر تبادل می‌کنند، مطابق رهنمودهای عمومی مربوط به { "4 kap. 1 §" }، یعنی فصل 4، مادهٔ 1، از مقررات { "Socialstyrelsen" } دربارهٔ خشونت در روابط نزدیک ({ "HSLF-FS 2022:39" }).
cases-review-now = اکنون
cases-review-before = پیش‌تر
cases-rating-present = وجود دارد
cases-rating-partly = تا حدی
cases-rating-absent = وجود ندارد
cases-rating-unknown = نمی‌دانم
cases-review-note = یادداشت
cases-review-children-routine = کمیتهٔ امور اجتماعی ({ "socialnämnden" }) باید روال‌هایی تعیین کند برای اینکه اطلاعاتی مبنی بر اینکه کودکی ممکن است در معرض خشونت باشد یا شاهد خشونت بوده باشد، چگونه به بخشی از نهاد منتقل شود که مسئول بررسی نیازهای کودک است ({ "2 kap. 5 §" }، یعنی فصل 2، مادهٔ 5، از مقررات { "Socialstyrelsen" } دربارهٔ خشونت در روابط نزدیک، { "HSLF-FS 2022:39" }).
cases-review-children-passed-on = اطلاعات مربوط به کودکان طبق روال منتقل شده است
cases-review-judgement = ارزیابی
cases-review-own-view = دیدگاه خودِ فرد دربارهٔ خطر
    .help = به فرد گوش دهید و تجربهٔ او را باور کنید.
cases-review-summary = ارزیابی کلی
cases-review-linked = اقدامات برنامهٔ بحران که پاسخگوی این ارزیابی‌اند
cases-review-no-steps = برنامهٔ بحران هنوز هیچ گامی ندارد. در بخش برنامهٔ بحران گام اضافه کنید.
review-domain-control-and-violence = کنترل و خشونت
review-domain-collective = کنترل جمعی
review-domain-vulnerability = آسیب‌پذیری
review-domain-triggers = رویدادهای محرک
review-domain-children-at-risk = کودکان
review-item-control-restrictions = محدودیت در آزادی رفت‌وآمد، معاشرت، پوشش، تلفن، مدرسه، کار یا پول
review-item-control-monitoring = تلفن وارسی می‌شود؛ فرد توسط خویشاوندان ردیابی، تعقیب یا زیر نظر گرفته می‌شود
review-item-control-threats = تهدید به خشونت، به کشتن، به فرستادن به خارج از کشور یا به طرد شدن
review-item-control-violence = خشونت جسمی، جنسی یا روانی
review-item-collective-multiple-perpetrators = بیش از یک نفر کنترل یا خشونت را اعمال می‌کند
review-item-collective-family-mandate = خانواده یا خویشاوندان پشت این کنترل‌اند یا آن را مطالبه می‌کنند
review-item-collective-reputation = به آبروی خانواده در میان اطرافیان استناد می‌شود
review-item-collective-network-abroad = خویشاوندان یا شبکه‌ای در خارج از کشور درگیرند یا می‌توانند به فرد دسترسی پیدا کنند
review-item-vulnerability-intellectual-disability = کم‌توانی ذهنی (گروهی بسیار آسیب‌پذیر که شناسایی‌اش دشوار است؛ ابزار ارتباطی { "Våga förstå!" } می‌تواند کمک کند)
review-item-vulnerability-dependence = وابستگی به کسانی که خشونت را اعمال می‌کنند (پول، مسکن، مراقبت، اجازهٔ اقامت)
review-item-vulnerability-isolation = بدون شبکهٔ اجتماعی از آنِ خود، منزوی
review-item-vulnerability-ill-health = حال بدی که بر توانایی روایت منسجم تأثیر می‌گذارد
review-item-trigger-travel-abroad = سفر برنامه‌ریزی‌شده یا احتمالی به خارج از کشور
review-item-trigger-engagement-marriage = نامزدی یا ازدواجی که برنامه‌ریزی می‌شود یا برای آن فشار آورده می‌شود
review-item-trigger-holidays = تعطیلات و جشن‌ها، زمانی که سفرها و گردهمایی‌ها انجام می‌شود
review-item-trigger-relationship-disclosed = یک رابطه، گرایش جنسی یا سبک زندگی آشکار شده است یا ممکن است آشکار شود
review-item-trigger-contact-with-authorities = خانواده از تماس با مقامات رسمی خبر دارد یا ممکن است خبردار شود
review-item-children-in-household = کودکانی در این خانوار زندگی می‌کنند یا به‌طور منظم به آن رفت‌وآمد دارند
review-item-children-exposed = خودِ کودکان در معرض خشونت یا کنترل قرار می‌گیرند
review-item-children-witnessed = کودکان شاهد خشونت بوده‌اند
review-item-children-risk-abroad-or-marriage = کودکان در خطر برده شدن به خارج از کشور یا به ازدواج داده شدن هستند

## Meetings and meeting mode
cases-meetings-heading = ملاقات‌ها
cases-meetings-empty = هنوز هیچ ملاقاتی وجود ندارد.
cases-meeting-new = ملاقات جدید
cases-meeting-date = تاریخ
cases-meeting-create = شروع ملاقات
cases-meeting-open = حالت ملاقات
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = ملاقات { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = حذف ملاقات
cases-meeting-delete-title = ملاقات حذف شود؟
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = ملاقات { DATETIME($date, dateStyle: "medium") } بی‌درنگ حذف می‌شود، همراه با چک‌لیست و یادداشت‌ها. این کار برگشت‌پذیر نیست.
cases-meeting-delete-failed = ملاقات حذف نشد.
cases-meeting-back = بازگشت به فهرست ملاقات‌ها
cases-meeting-checklist = چک‌لیست
cases-meeting-phases-label = مرحلهٔ ملاقات
cases-meeting-progress = { $done } از { $total } انجام شد
cases-meeting-check-note = یادداشت
cases-meeting-show-advice = نمایش توصیه
cases-meeting-facts = دربارهٔ ملاقات
cases-meeting-place = نوع مکان
    .help = فقط نوع مکان را بنویسید، هرگز نشانی را.
cases-place-office = دفتر کار
cases-place-school = مدرسه
cases-place-home = خانه
cases-place-phone = تلفن
cases-place-video = تماس تصویری
cases-place-other = مکان دیگر
cases-meeting-interpreter = مترجم در ملاقات
cases-interpreter-used-none = بدون مترجم
cases-interpreter-used-phone = مترجم تلفنی
cases-interpreter-used-on-site = مترجم حضوری
cases-meeting-attendees = شرکت‌کنندگان (نقش، نه نام)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = هرگز هیچ نام یا مکانی را ذکر نکنید.
cases-meeting-attendee-role = نقشی که افزوده می‌شود
cases-meeting-add-attendee = افزودن شرکت‌کننده
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] حذف کارشناس
        [interpreter] حذف مترجم
        [support-person] حذف فرد حامی
        [colleague] حذف همکار
        [police] حذف پلیس
       *[other] حذف شرکت‌کنندهٔ دیگر
    }
cases-attendee-practitioner = کارشناس
cases-attendee-interpreter = مترجم
cases-attendee-support-person = فرد حامی
cases-attendee-colleague = همکار
cases-attendee-police = پلیس
cases-attendee-other = دیگر
cases-meeting-closing = ملاقات را با اطلاعات روشن به پایان برسانید
    .help = به فرد بگویید چه کسی از اطلاعات آگاه خواهد شد و از چه چیزی، زمان ملاقات بعدی چه وقت است، و تماس چگونه می‌تواند به شیوه‌ای امن برقرار شود.
cases-meeting-closing-who = چه کسی از اطلاعات آگاه خواهد شد، و از چه چیزی
cases-meeting-closing-next = زمان ملاقات بعدی
cases-meeting-closing-safe-contact = تماس چگونه می‌تواند به شیوه‌ای امن برقرار شود
cases-meeting-closing-given = اطلاعات به فرد داده شده است
cases-quick-open = برنامهٔ بحران و توافق‌نامه
cases-quick-heading = دم دست در طول ملاقات
cases-quick-show = نمایش
cases-quick-hide = پنهان کردن
cases-quick-empty = پر نشده
cases-quick-ready = فراهم شده:
cases-quick-not-ready = فراهم نشده:

## Retention: cases not changed for a long time
cases-retention-open = پرونده‌هایی برای بررسی: { $count }
cases-retention-heading = پرونده‌هایی برای بررسی
cases-retention-intro = این پرونده‌ها بیش از { $days } روز است که تغییر نکرده‌اند. آنچه را دیگر لازم نیست حذف کنید. هیچ چیز بدون تأیید شما حذف نمی‌شود.
cases-retention-none = هیچ پرونده‌ای نیاز به بررسی ندارد.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = آخرین تغییر: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## Terms: journal = "پروندهٔ رسمی" (the official record; "پرونده" alone is the
## app's case); the phone-trail card = "کارت ردپای تلفن"; the closing card =
## "کارت پایان ملاقات".

cases-meeting-for-person = نمایش برای فرد
cases-meeting-show-phone-trail = کارت ردپای تلفن
cases-meeting-show-closing = کارت پایان ملاقات
cases-meeting-show-journal = یادداشت برای پروندهٔ رسمی
cases-meeting-phone-trail-done = کارت ردپای تلفن با فرد مرور شده است
    .help = حالت هواپیما روشن، و وای‌فای و خدمات مکان‌یابی خاموش، از پیش از حرکت تا وقتی که فرد برگردد، و توضیحی برای وقتی که کسی بپرسد.
cases-meeting-interpreter-gender = جنسیت مترجم
cases-interpreter-gender-used-not-asked = درخواست نشده
cases-interpreter-gender-used-female = زن
cases-interpreter-gender-used-male = مرد
cases-meeting-interpreter-named = تاریخی که نام مترجم از پیش به فرد گفته شد
    .help = تا فرد بتواند مترجمی را که خانواده را می‌شناسد نپذیرد. اگر نام گفته نشد، خالی بگذارید.
cases-meeting-interpreter-named-today = نام امروز گفته شد
cases-person-card-back = بازگشت به ملاقات
cases-plan-gap-explanation = توضیح برای وقتی که تلفن خاموش بوده است
    .help = آنچه فرد می‌گوید اگر کسی بپرسد چرا تلفن خاموش بوده یا نشان نمی‌داده کجاست. با فرد توافق می‌شود و در کارت ردپای تلفن به او نشان داده می‌شود.

## The support person's own will: the question the person answers alone.

cases-support-check = از فرد در تنهایی بپرسید
    .help = پرسشی خنثی به زبان فرد نشان می‌دهد: آیا می‌خواهد فرد حامی حضور داشته باشد؟ پاسخ و تاریخ امروز اینجا ذخیره می‌شود. پرسش را وقتی نشان دهید که شما دو نفر تنها هستید.
cases-support-check-done = انجام شد
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] در { DATETIME($date, dateStyle: "medium") } پاسخ داد: بله
        [no] در { DATETIME($date, dateStyle: "medium") } پاسخ داد: نه
       *[alone] در { DATETIME($date, dateStyle: "medium") } خواست تنها صحبت کند
    }
cases-support-not-asked = هنوز در تنهایی از فرد پرسیده نشده است

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = یادداشت برای پروندهٔ رسمی
journal-intro = هنگام نوشتن در پروندهٔ رسمی، از روی اینجا بخوانید. هیچ چیز از اینجا کپی یا ذخیره نمی‌شود.
journal-left-out = واژه‌های رمز، شماره‌های تلفن و مکان‌های امن آورده نشده‌اند.
journal-include-sensitive = نمایش واژه‌های رمز، شماره‌های تلفن و مکان‌های امن نیز
journal-sensitive-shown = واژه‌های رمز، شماره‌های تلفن و مکان‌های امن نمایش داده می‌شوند. جای آن‌ها در پرونده‌ای نیست که دیگران می‌توانند بخوانند.
journal-omitted = [آورده نشده]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    ملاقات در { DATETIME($date, dateStyle: "long") }، { $place ->
        [office] در دفتر کار.
        [school] در مدرسه.
        [home] در خانه.
        [phone] به‌صورت تلفنی.
        [video] از طریق تماس تصویری.
       *[other] در مکانی دیگر.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = حاضران: { $roles }.
journal-role-practitioner = کارشناس
journal-role-interpreter = مترجم
journal-role-support-person = فرد حامی
journal-role-colleague = همکار
journal-role-police = پلیس
journal-role-other = فرد دیگر
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] از مترجم تلفنی استفاده شد.
        [on-site] از مترجم حضوری استفاده شد.
       *[none] از مترجم استفاده نشد.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] مترجم، بنا به خواست فرد، زن بود.
       *[male] مترجم، بنا به خواست فرد، مرد بود.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = نام مترجم از پیش، در { DATETIME($date, dateStyle: "long") }، به فرد گفته شد.
journal-interpreter-not-named = نام مترجم از پیش به فرد گفته نشد.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] در { DATETIME($date, dateStyle: "long") } در تنهایی از فرد پرسیده شد و او گفت که می‌خواهد فرد حامی حضور داشته باشد.
        [no] در { DATETIME($date, dateStyle: "long") } در تنهایی از فرد پرسیده شد و او گفت که نمی‌خواهد فرد حامی حضور داشته باشد.
       *[alone] در { DATETIME($date, dateStyle: "long") } در تنهایی از فرد پرسیده شد و او گفت که می‌خواهد تنها صحبت کند.
    }
journal-done = مرور شد
journal-not-done = مرور نشد
journal-phone-trail = کارت ردپای تلفن با فرد مرور شد: حالت هواپیما روشن، و وای‌فای و خدمات مکان‌یابی خاموش، از پیش از حرکت تا وقتی که فرد برگردد، و توضیحی برای وقتی که کسی بپرسد.
journal-closing = اطلاعات در پایان ملاقات
journal-closing-given = اطلاعات به فرد داده شد.
journal-closing-not-given = علامت زده نشده است که اطلاعات به فرد داده شد.
journal-who-sees = چه کسی از اطلاعات آگاه خواهد شد، و از چه چیزی:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = ملاقات بعدی: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = هیچ زمانی برای ملاقات بعدی تعیین نشده است.
journal-safe-contact = تماس چگونه می‌تواند به شیوه‌ای امن برقرار شود:
journal-nothing = چیزی یادداشت نشده است.
