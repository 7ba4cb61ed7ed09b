# UNREVIEWED DRAFT: machine-assisted Dari (prs) translation of the Swedish source
# locales/sv/cases.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# Written with Afghan Dari vocabulary (e.g. قضیه، پلان، ترجمان، تیلفون، نمبر، پولیس، طفل،
# معلومات، طرزالعمل، مصون، لست، آرشیف، نوکریوال، تخلص، سرک، مکتب، کنترول), not copied from fa.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/cases.ftl). این ترجمه هنوز توسط هیچ بازبین تأیید نشده است. متن سویدنی معتبر است.
# For reviewers: the UI formats numbers and dates for the locale; Dari needs no
# number agreement. Terms follow prs/guidance.ftl and prs/ui.ftl: ärende = "قضیه";
# krisplan = "پلان بحران"; kontaktöverenskommelse = "توافق تماس"; situationsbedömning =
# "ارزیابی وضعیت"; möte = "ملاقات"; kodord = "کلمهٔ رمز"; stödperson = "شخص
# حمایت‌کننده"; tolk = "ترجمان"; telefontolk = "ترجمان تیلفونی"; platstolk = "ترجمان
# حضوری"; den utsatta = "شخص در معرض خشونت"; yrkesverksam = "کارمند مسلکی";
# verksamheten = "اداره"; steg = "قدم"; alias = "نام مستعار"; sms = "پیام کوتاه (SMS)".
# Ratings: Förekommer = "وجود دارد"; Delvis = "تا اندازه‌ای"; Förekommer inte =
# "وجود ندارد"; Vet inte = "نمی‌دانم".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = قضایا
cases-list-heading = قضایا
cases-new = قضیهٔ جدید
cases-pick = یک قضیه را از لست انتخاب کنید یا یک قضیهٔ جدید بسازید.
cases-show-archived = نشان دادن قضایای آرشیف‌شده
cases-archived-tag = آرشیف‌شده
cases-empty = هنوز هیچ قضیه‌ای نیست. یک قضیه را با نام مستعار بسازید.
cases-empty-filtered = هیچ قضیهٔ فعال وجود ندارد. برای دیدن قضایای آرشیف‌شده، «نشان دادن قضایای آرشیف‌شده» را نشانی کنید.
cases-search-label = جستجو در قضایا
cases-search-none = هیچ قضیه‌ای نام مستعار مطابق با جستجو ندارد.
cases-shown-of = نشان دادن { $shown } از { $total }
cases-show-more = نشان دادن بیشتر ({ $count } قضیهٔ دیگر)
cases-damaged = بعضی قضایا باز شده نتوانستند ({ $count }). ممکن است فایل‌ها خراب باشند. قضایای دیگر مثل همیشه نشان داده می‌شوند.
cases-loading-list = در حال بارگیری قضایا …
cases-loading = در حال باز کردن قضیه …
cases-back = برگشت به لست قضایا
cases-open = باز کردن
cases-cancel = لغو
cases-remove = حذف
cases-remove-n = حذف قدم { $n }
cases-move-up-n = بالا بردن قدم { $n }
cases-move-down-n = پایین بردن قدم { $n }

## Colour tags
cases-colour-label = نشانی رنگی
cases-colour-help = رنگ قضایا را از هم جدا می‌کند، بدون اینکه کسی ضرورت داشته باشد نام مستعار را بخواند.
cases-colour-none = بدون رنگ
cases-colour-red = سرخ
cases-colour-orange = نارنجی
cases-colour-yellow = زرد
cases-colour-green = سبز
cases-colour-blue = آبی
cases-colour-purple = بنفش

## New case and alias
cases-new-heading = قضیهٔ جدید
cases-alias-label = نام مستعار
cases-alias-nudge-title = از نام مستعار استفاده کنید.
cases-alias-nudge = هرگز نام، نمبر شخصی، آدرس یا نمبر تیلفون شخص را ننویسید. اگر کس دیگری صفحه را ببیند، نام مستعار نباید افشا کند که قضیه مربوط به چه کسی است.
cases-alias-placeholder = به طور مثال مراجع الف یا گلاب
cases-alias-warnings-heading = نام مستعار را بررسی کنید
cases-alias-warnings-note = این هشدار مانع ذخیره کردن نمی‌شود. تصمیم به دست خود شماست.
alias-warning-personal-identity-number = به نظر می‌رسد که نام مستعار دارای نمبر شخصی ({ "personnummer" }) یا نمبر هماهنگی ({ "samordningsnummer" }) است.
alias-warning-street-address = به نظر می‌رسد که نام مستعار دارای آدرس سرک یا کود پستی است.
alias-warning-phone-number = به نظر می‌رسد که نام مستعار دارای نمبر تیلفون است.
alias-warning-full-name = نام مستعار مانند نام و تخلص به نظر می‌رسد.
cases-create = ساختن قضیه

## The case
cases-tabs-label = بخش‌های قضیه
cases-tab-plan = پلان بحران
cases-tab-contact = تماس
cases-tab-review = ارزیابی
cases-tab-meetings = ملاقات‌ها
cases-damaged-parts = یک بخش قضیه باز شده نتوانست و خالی نشان داده می‌شود. ممکن است فایل خراب باشد. پیش از اینکه آن بخش را دوباره پر کنید، آن را با یک کاپی احتیاطی مقایسه کنید.
cases-settings = معلومات قضیه
cases-archived-label = آرشیف‌شده
cases-archived-help = قضایای آرشیف‌شده در لست پنهان می‌شوند، اما تا وقتی که آن‌ها را پاک نکنید باقی می‌مانند.
cases-delete = پاک کردن قضیه
cases-delete-title = قضیه پاک شود؟
cases-delete-confirm = قضیهٔ { $alias } فوراً پاک می‌شود، همراه با پلان بحران، توافق تماس، ارزیابی وضعیت و تمام ملاقات‌ها. این کار قابل برگشت نیست.
cases-delete-confirm-yes = پاک کردن { $alias }
cases-delete-failed = قضیه پاک شده نتوانست.

## Autosave
cases-save-saving = در حال ذخیره …
cases-save-saved = ذخیره شد
cases-save-error = ذخیره شده نتوانست. آنچه نوشته‌اید هنوز روی صفحه موجود است.
cases-save-retry = دوباره کوشش کنید

## Crisis plan
cases-plan-heading = پلان بحران
cases-plan-intro = پلان بحران بر اساس وضعیت فعلی شخص در معرض خشونت است و اقداماتی را در بر می‌گیرد که اگر کدام اتفاق رخ دهد و شخص در معرض خشونت به کمک یا محافظت ضرورت داشته باشد، انجام شده می‌تواند.
cases-plan-situation = وضعیت فعلی
    .help = وضعیت فعلی شخص را شرح دهید: چه اتفاق افتاده است، شخص از چه می‌ترسد و چه چیزی از او محافظت می‌کند.
cases-plan-warnings = علایم هشدار و رویدادهای تحریک‌کننده
    .help = به طور مثال یک سفر پلان‌شده به خارج، نامزدی، رخصتی‌ها و روزهای جشن، یا فشار بیشتر از طرف خانواده.
cases-plan-warning-kind = نوع
cases-plan-warning-note = یادداشت
cases-warning-kind-travel-abroad = سفر به خارج
cases-warning-kind-engagement = نامزدی یا ازدواج
cases-warning-kind-holidays = رخصتی‌ها و روزهای جشن
cases-warning-kind-family-pressure = فشار از طرف خانواده
cases-warning-kind-other = دیگر
cases-plan-add-warning = افزودن علامهٔ هشدار
cases-plan-steps = قدم‌ها اگر کدام اتفاق رخ دهد
    .help = کارهایی که شخص به ترتیب انجام می‌دهد، اگر کدام اتفاق رخ دهد و به کمک یا محافظت ضرورت داشته باشد.
cases-plan-step = قدم { $n }
cases-plan-empty-step = (قدم خالی)
cases-plan-add-step = افزودن قدم
cases-plan-safe-places = جاهای مصون
    .help = جاهایی که شخص اگر کدام اتفاق رخ دهد، می‌تواند خود را به آنجا برساند.
cases-plan-safe-place = جای مصون
cases-plan-add-safe-place = افزودن جای
cases-plan-contacts = تماس‌ها
    .help = نمبرهایی که شخص می‌تواند به آن‌ها زنگ بزند. در خطر عاجل: 112.
cases-contact-role = چه کسی
cases-contact-label = عنوان
cases-contact-number = نمبر
cases-role-emergency112 = 112 – نمبر عاجل
cases-role-police = پولیس
cases-role-social-services-on-call = نوکریوال خدمات اجتماعی ({ "Socialjouren" })
cases-role-shelter = خانهٔ امن
cases-role-trusted-person = شخص قابل اعتماد
cases-role-other = تماس دیگر
cases-plan-add-contact = افزودن تماس
cases-plan-keep-ready = چیزهایی که باید آماده باشد
    .help = چیزهایی که شخص باید دم دست داشته باشد، اگر مجبور شود زود برود. آنچه را که تهیه شده است نشانی کنید.
cases-thing-id = اسناد هویت (کارت هویت، پاسپورت)
cases-thing-phone = تیلفون و چارجر
cases-thing-money = پول و کارت بانکی
cases-thing-medicine = دواها
cases-thing-other = دیگر
cases-keep-ready-note = یادداشت
cases-plan-add-keep-ready = افزودن
cases-plan-code-word = نشانهٔ اضطراری: کلمه یا اشاره‌ای که معنایش این است که شخص همین حالا به کمک ضرورت دارد
    .help = نشانهٔ اضطراری بخشی از پلان بحران است. این نشانه نه کلمهٔ رمزِ توافق تماس است (که تنها برای تیلفون است، وقتی شخص نمی‌تواند گپ بزند) و نه اشاره‌ای که برای ختم گفتگو با حضور ترجمان توافق شده است. هرگز آن را در پیام کوتاه (SMS) یا ایمیل ننویسید.
cases-plan-next-review = مرور بعدی پلان
cases-plan-routine = به شخص گفته شده است که پلان بحران یک طرزالعمل در تمام قضایا است
    .help = باید به شخص در معرض خشونت گفته شود که این یک طرزالعمل است که اداره در تمام قضایا دارد، حتی اگر شاید هرگز ضرورت به استفاده از پلان بحران پیدا نشود.

## Contact agreement
cases-contact-heading = توافق تماس
cases-contact-intro = با شخص توافق کنید که اگر ضرورت شد با او تماس بگیرید، تماس چطور صورت گیرد.
cases-contact-phone-heading = تیلفون
cases-contact-safe-to-call = آیا تیلفون کردن مصون است؟
cases-safe-to-call-yes = بلی
cases-safe-to-call-no = نخیر
cases-safe-to-call-only-at-times = تنها در وقت‌های معین
cases-safe-to-call-unknown = هنوز روشن نیست
cases-contact-call-when = چه وقت تیلفون کردن مصون است؟
cases-contact-code-word = کلمهٔ رمز در تیلفون به معنای «گپ زده نمی‌توانم»
    .help = آیا می‌توانید بر سر یک کلمهٔ رمز توافق کنید، برای وقتی که شخص نمی‌تواند گپ بزند؟ کلمهٔ رمز تنها برای تماس‌های تیلفونی است. این کلمه نه نشانهٔ اضطراری پلان بحران است و نه اشاره‌ای که برای ختم گفتگو با حضور ترجمان توافق شده است.
cases-contact-someone-else = اگر کس دیگری جواب بدهد
    .help = اگر کسی غیر از خود شخص جواب بدهد، چه می‌گویید و چه می‌کنید.
cases-contact-sms-heading = پیام کوتاه ({ "SMS" })
cases-contact-sms-warning = در آنچه در پیام کوتاه نوشته می‌شود احتیاط کنید. چه کسی ممکن است آن را بخواند؟ همچنین به یاد داشته باشید که حتی نمبرهای مبایل محافظت‌شده (مخفی) هم در پیام کوتاه قابل دید می‌شوند.
cases-contact-sms-allowed = آیا از پیام کوتاه استفاده شده می‌تواند؟
cases-sms-allowed-yes = بلی
cases-sms-allowed-no = نخیر
cases-sms-allowed-only-neutral = تنها با محتوای بی‌طرف
cases-sms-allowed-unknown = هنوز روشن نیست
cases-contact-sms-content = در پیام کوتاه چه چیزی نوشته شده می‌تواند؟
cases-contact-channel = شخص ترجیح می‌دهد چطور با او تماس گرفته شود
cases-channel-phone = تیلفون
cases-channel-sms = پیام کوتاه
cases-channel-in-person = در ملاقات
cases-channel-via-contact-person = از طریق شخص رابط
cases-channel-other = به یک طریقهٔ دیگر
cases-contact-interpreter = ترجمان
cases-interpreter-mode = ترجمان تیلفونی یا ترجمان حضوری
    .help = در قدم اول باید از ترجمان تیلفونی استفاده شود؛ این کار ملاقات را ناشناس‌تر می‌سازد. به این گوش بدهید که شخص با کدام یک بیشتر راحت است، اما این شما به‌حیث کارمند مسلکی هستید که از نگاه امنیتی ارزیابی می‌کنید ترجمانی به چه شکلی صورت گیرد.
cases-interpreter-mode-phone = ترجمان تیلفونی
cases-interpreter-mode-on-site = ترجمان حضوری
cases-interpreter-mode-no-preference = ترجیحی ندارد
cases-interpreter-gender = جنسیت ترجمان
cases-interpreter-gender-female = زن
cases-interpreter-gender-male = مرد
cases-interpreter-gender-no-preference = ترجیحی ندارد
cases-interpreter-avoid = ترجمان‌هایی که نباید از آن‌ها استفاده شود
    .help = به طور مثال ترجمان‌هایی که خانواده، اقارب یا دیگران را در ساحهٔ شخص می‌شناسند. ترجمان باید بی‌طرف باشد و از طریق افواه‌پراکنی یا تماس با خانواده، اقارب یا حلقهٔ آشنایان شخص تهدیدی ایجاد نکند.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = ترجمان‌هایی که نباید از آن‌ها استفاده شود: { $names }
cases-interpreter-name-announced = نام ترجمان از قبل اطلاع داده می‌شود
    .help = در صورت امکان، نام ترجمان را از قبل اطلاع دهید تا شخص بتواند بگوید که آیا این ترجمان کسی است که نمی‌توان از او استفاده کرد، به طور مثال به این دلیل که ترجمان شبکهٔ اجتماعی شخص (خانواده، اقارب یا دیگران در ساحه) را می‌شناسد.
cases-interpreter-stop-sign = اشاره برای ختم گفتگو با حضور ترجمان
    .help = با شخص بر سر یک اشاره توافق کنید، به طور مثال گذاشتن دست بالای میز، که معنایش این است که ترجمان چیزی نامناسب می‌پرسد و گفتگو باید ختم شود. این اشاره در «نمایش برای شخص» به شخص نشان داده می‌شود. این اشاره نه کلمهٔ رمزِ توافق تماس است و نه نشانهٔ اضطراری پلان بحران.
cases-contact-support-person = شخص حمایت‌کننده
cases-support-who = چه کسی (نقش یا نام مستعار، نه نام اصلی)
cases-support-confirmed = تاریخی که تأیید شد آمدن شخص حمایت‌کننده خواست خود شخص است
    .help = اطمینان حاصل کنید که این خواست خود شخص است و چیزی نیست که بالای او تحمیل شده باشد. از { "JO 2010/11 s. 328" } (بازرس پارلمانی) برمی‌آید که خدمات اجتماعی می‌تواند حضور شخص حمایت‌کننده را بیشتر بررسی کند، اگر دلیلی برای شک در هدف آن وجود داشته باشد؛ از ورود کسی که به‌حیث حمایت‌کننده عمل نمی‌کند به ملاقات جلوگیری شده می‌تواند.
cases-support-confirm-today = امروز تأیید شد
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = خواست خود شخص به تاریخ { DATETIME($date, dateStyle: "medium") } تأیید شد
cases-support-not-confirmed = خواست خود شخص تأیید نشده است

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = ارزیابی وضعیت
cases-review-intro = یک ارزیابی مسلکی منظم، ساحه به ساحه، حالا و پیش از این. هیچ نمره و هیچ مجموعه نمی‌دهد: ارزیابی از خود شماست و نظر خود شخص در پهلوی آن قرار می‌گیرد.
cases-review-official = ارزیابی رسمی خطر در سیستم معمول اداره صورت می‌گیرد. این صفحه جای آن را نمی‌گیرد. پولیس ارزیابی‌های خطر خود را در چوکات فعالیت‌هایش در زمینهٔ قربانیان جرم و امنیت شخصی ({ "BOPS" }) انجام می‌دهد. خدمات اجتماعی و پولیس ارزیابی‌های خطر را با یکدیگر تبادله می‌کنند، مطابق رهنمودهای عمومی مربوط به { "4 kap. 1 §" }، یعنی فصل 4، مادهٔ 1، مقررات { "Socialstyrelsen" } در مورد خشونت در روابط نزدیک ({ "HSLF-FS 2022:39" }).
cases-review-now = حالا
cases-review-before = پیش از این
cases-rating-present = وجود دارد
cases-rating-partly = تا اندازه‌ای
cases-rating-absent = وجود ندارد
cases-rating-unknown = نمی‌دانم
cases-review-note = یادداشت
cases-review-children-routine = کمیتهٔ امور اجتماعی ({ "socialnämnden" }) باید طرزالعمل‌هایی تعیین کند که معلومات مبنی بر اینکه طفلی ممکن است در معرض خشونت باشد یا شاهد خشونت بوده باشد، چطور به بخشی از اداره انتقال داده شود که مسئولیت بررسی نیازمندی‌های طفل را دارد ({ "2 kap. 5 §" }، یعنی فصل 2، مادهٔ 5، مقررات { "Socialstyrelsen" } در مورد خشونت در روابط نزدیک، { "HSLF-FS 2022:39" }).
cases-review-children-passed-on = معلومات در مورد اطفال مطابق طرزالعمل انتقال داده شده است
cases-review-judgement = ارزیابی
cases-review-own-view = نظر خود شخص در مورد خطر
    .help = به شخص گوش بدهید و تجربهٔ او را باور کنید.
cases-review-summary = ارزیابی خلاصه
cases-review-linked = اقدامات پلان بحران که به این ارزیابی جواب می‌دهند
cases-review-no-steps = پلان بحران هنوز هیچ قدمی ندارد. در بخش پلان بحران قدم اضافه کنید.
review-domain-control-and-violence = کنترول و خشونت
review-domain-collective = کنترول دسته‌جمعی
review-domain-vulnerability = آسیب‌پذیری
review-domain-triggers = رویدادهای تحریک‌کننده
review-domain-children-at-risk = اطفال
review-item-control-restrictions = محدودیت در آزادی رفت و آمد، معاشرت، لباس، تیلفون، مکتب، کار یا پول
review-item-control-monitoring = تیلفون کنترول می‌شود؛ شخص از طرف اقارب ردیابی، تعقیب یا نظارت می‌شود
review-item-control-threats = تهدید به خشونت، به کشتن، به فرستادن به خارج یا به طرد کردن
review-item-control-violence = خشونت فزیکی، جنسی یا روانی
review-item-collective-multiple-perpetrators = بیشتر از یک نفر کنترول یا خشونت را اعمال می‌کند
review-item-collective-family-mandate = خانواده یا اقارب پشت این کنترول قرار دارند یا آن را مطالبه می‌کنند
review-item-collective-reputation = به آبروی خانواده در بین مردم اطراف استناد می‌شود
review-item-collective-network-abroad = اقارب یا شبکه‌ای در خارج دخیل هستند یا می‌توانند به شخص دسترسی پیدا کنند
review-item-vulnerability-intellectual-disability = معلولیت ذهنی (یک گروه بسیار آسیب‌پذیر که شناسایی‌شان دشوار است؛ وسیلهٔ ارتباطی { "Våga förstå!" } کمک کرده می‌تواند)
review-item-vulnerability-dependence = وابستگی به کسانی که خشونت را اعمال می‌کنند (پول، خانه، مراقبت، اجازهٔ اقامت)
review-item-vulnerability-isolation = بدون شبکهٔ اجتماعی خود، منزوی
review-item-vulnerability-ill-health = حال خراب که بالای توانایی قصه کردن به شکل منسجم تأثیر می‌گذارد
review-item-trigger-travel-abroad = سفر پلان‌شده یا احتمالی به خارج
review-item-trigger-engagement-marriage = نامزدی یا ازدواج پلان می‌شود یا برای آن فشار آورده می‌شود
review-item-trigger-holidays = رخصتی‌ها و روزهای جشن، وقتی که سفرها و گردهمایی‌ها صورت می‌گیرد
review-item-trigger-relationship-disclosed = یک رابطه، تمایل جنسی یا طرز زندگی معلوم شده است یا ممکن است معلوم شود
review-item-trigger-contact-with-authorities = خانواده از تماس با ادارات دولتی خبر دارد یا ممکن است خبر شود
review-item-children-in-household = اطفال در این خانه زندگی می‌کنند یا به طور منظم به آن رفت و آمد دارند
review-item-children-exposed = خود اطفال در معرض خشونت یا کنترول قرار می‌گیرند
review-item-children-witnessed = اطفال شاهد خشونت بوده‌اند
review-item-children-risk-abroad-or-marriage = اطفال در خطر بردن به خارج یا به نکاح داده شدن هستند

## Meetings and meeting mode
cases-meetings-heading = ملاقات‌ها
cases-meetings-empty = هنوز هیچ ملاقاتی نیست.
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
cases-meeting-delete = پاک کردن ملاقات
cases-meeting-delete-title = ملاقات پاک شود؟
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = ملاقات { DATETIME($date, dateStyle: "medium") } فوراً پاک می‌شود، همراه با چک‌لست و یادداشت‌ها. این کار قابل برگشت نیست.
cases-meeting-delete-failed = ملاقات پاک شده نتوانست.
cases-meeting-back = برگشت به لست ملاقات‌ها
cases-meeting-checklist = چک‌لست
cases-meeting-phases-label = مرحلهٔ ملاقات
cases-meeting-progress = { $done } از { $total } تکمیل شد
cases-meeting-check-note = یادداشت
cases-meeting-show-advice = نمایش سفارش
cases-meeting-facts = در مورد ملاقات
cases-meeting-place = نوع جای
    .help = تنها نوع جای را بنویسید، هرگز آدرس را ننویسید.
cases-place-office = دفتر
cases-place-school = مکتب
cases-place-home = خانه
cases-place-phone = تیلفون
cases-place-video = ویدیو
cases-place-other = جای دیگر
cases-meeting-interpreter = ترجمان در ملاقات
cases-interpreter-used-none = بدون ترجمان
cases-interpreter-used-phone = ترجمان تیلفونی
cases-interpreter-used-on-site = ترجمان حضوری
cases-meeting-attendees = اشتراک‌کنندگان (نقش، نه نام)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = هرگز هیچ نام یا محلی را ذکر نکنید.
cases-meeting-attendee-role = نقشی که اضافه می‌شود
cases-meeting-add-attendee = افزودن اشتراک‌کننده
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] حذف کارمند مسلکی
        [interpreter] حذف ترجمان
        [support-person] حذف شخص حمایت‌کننده
        [colleague] حذف همکار
        [police] حذف پولیس
       *[other] حذف اشتراک‌کنندهٔ دیگر
    }
cases-attendee-practitioner = کارمند مسلکی
cases-attendee-interpreter = ترجمان
cases-attendee-support-person = شخص حمایت‌کننده
cases-attendee-colleague = همکار
cases-attendee-police = پولیس
cases-attendee-other = دیگر
cases-meeting-closing = ملاقات را با معلومات واضح به پایان برسانید
    .help = به شخص بگویید که چه کسی از معلومات آگاه می‌شود و از چه چیزی، وقت ملاقات بعدی چه وقت است، و تماس چطور به شکل مصون صورت گرفته می‌تواند.
cases-meeting-closing-who = چه کسی از معلومات آگاه می‌شود، و از چه چیزی
cases-meeting-closing-next = وقت ملاقات بعدی
cases-meeting-closing-safe-contact = تماس چطور به شکل مصون صورت گرفته می‌تواند
cases-meeting-closing-given = معلومات به شخص داده شده است
cases-quick-open = پلان بحران و توافق
cases-quick-heading = دم دست در جریان ملاقات
cases-quick-show = نشان دادن
cases-quick-hide = پنهان کردن
cases-quick-empty = پر نشده
cases-quick-ready = تهیه شده:
cases-quick-not-ready = تهیه نشده:

## Retention: cases not changed for a long time
cases-retention-open = قضایا برای مرور: { $count }
cases-retention-heading = قضایا برای مرور
cases-retention-intro = این قضایا بیشتر از { $days } روز است که تغییر نکرده‌اند. آنچه را که دیگر ضرورت نیست پاک کنید. هیچ چیزی بدون تأیید شما پاک نمی‌شود.
cases-retention-none = هیچ قضیه‌ای به مرور ضرورت ندارد.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = آخرین تغییر: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## For reviewers: "journal" (the record social services or health care keep)
## = "دوسیه", as in prs/guidance.ftl ("journalhantering" = "مدیریت دوسیه‌ها");
## ärende stays "قضیه". Telefonkortet = "کارت تیلفون"; avslutningskortet =
## "کارت ختم ملاقات"; platstjänster = "خدمات موقعیت‌یابی".

cases-meeting-for-person = نمایش برای شخص
cases-meeting-show-phone-trail = کارت تیلفون
cases-meeting-show-closing = کارت ختم ملاقات
cases-meeting-show-journal = یادداشت برای دوسیه
cases-meeting-phone-trail-done = کارت تیلفون با شخص مرور شده است
    .help = حالت پرواز، وای‌فای و خدمات موقعیت‌یابی از قبل از سفر تا برگشت شخص خاموش باشد، و یک توضیح برای وقتی که کسی بپرسد.
cases-meeting-interpreter-gender = جنسیت ترجمان
cases-interpreter-gender-used-not-asked = درخواست نشده
cases-interpreter-gender-used-female = زن
cases-interpreter-gender-used-male = مرد
cases-meeting-interpreter-named = تاریخی که نام ترجمان از قبل به شخص گفته شد
    .help = تا شخص بتواند به ترجمانی که خانواده را می‌شناسد نه بگوید. اگر نام گفته نشد، خالی بگذارید.
cases-meeting-interpreter-named-today = نام امروز گفته شد
cases-person-card-back = برگشت به ملاقات
cases-plan-gap-explanation = توضیح، اگر تیلفون خاموش بود
    .help = آنچه شخص می‌گوید، اگر کسی بپرسد که چرا تیلفون خاموش بود یا نشان نداد که کجا بود. همراه با شخص فیصله می‌شود و در کارت تیلفون به شخص نشان داده می‌شود.

## The support person's own will: the question the person answers alone.

cases-support-check = از شخص به تنهایی بپرسید
    .help = یک سؤال بی‌طرف را به زبان شخص نشان می‌دهد: آیا او می‌خواهد که شخص حمایت‌کننده حاضر باشد؟ جواب و تاریخ امروز اینجا ذخیره می‌شود. سؤال را وقتی نشان بدهید که شما دو نفر تنها هستید.
cases-support-check-done = تمام شد
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] به تاریخ { DATETIME($date, dateStyle: "medium") } جواب بلی داد
        [no] به تاریخ { DATETIME($date, dateStyle: "medium") } جواب نخیر داد
       *[alone] به تاریخ { DATETIME($date, dateStyle: "medium") } خواست تنها گپ بزند
    }
cases-support-not-asked = هنوز به تنهایی پرسیده نشده است

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = یادداشت برای دوسیه
journal-intro = وقتی دوسیه را می‌نویسید، از اینجا بخوانید. هیچ چیز از اینجا کاپی یا ذخیره نمی‌شود.
journal-left-out = کلمه‌های رمز، نمبرهای تیلفون و جاهای مصون درج نشده‌اند.
journal-include-sensitive = نشان دادن کلمه‌های رمز، نمبرهای تیلفون و جاهای مصون نیز
journal-sensitive-shown = کلمه‌های رمز، نمبرهای تیلفون و جاهای مصون نشان داده می‌شوند. جای این‌ها در دوسیه‌ای نیست که دیگران بتوانند بخوانند.
journal-omitted = [درج نشده]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    ملاقات به تاریخ { DATETIME($date, dateStyle: "long") }، { $place ->
        [office] در دفتر.
        [school] در مکتب.
        [home] در خانه.
        [phone] از طریق تیلفون.
        [video] از طریق ویدیو.
       *[other] در جای دیگر.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = اشتراک‌کنندگان: { $roles }.
journal-role-practitioner = کارمند مسلکی
journal-role-interpreter = ترجمان
journal-role-support-person = شخص حمایت‌کننده
journal-role-colleague = همکار
journal-role-police = پولیس
journal-role-other = دیگر
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] از ترجمان تیلفونی استفاده شد.
        [on-site] از ترجمان حضوری استفاده شد.
       *[none] از هیچ ترجمانی استفاده نشد.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] ترجمان، مطابق خواست شخص، یک زن بود.
       *[male] ترجمان، مطابق خواست شخص، یک مرد بود.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = نام ترجمان از قبل، به تاریخ { DATETIME($date, dateStyle: "long") }، به شخص گفته شد.
journal-interpreter-not-named = نام ترجمان از قبل به شخص گفته نشد.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] شخص به تاریخ { DATETIME($date, dateStyle: "long") } به تنهایی جواب داد که می‌خواهد شخص حمایت‌کننده حاضر باشد.
        [no] شخص به تاریخ { DATETIME($date, dateStyle: "long") } به تنهایی جواب داد که نمی‌خواهد شخص حمایت‌کننده حاضر باشد.
       *[alone] شخص به تاریخ { DATETIME($date, dateStyle: "long") } به تنهایی جواب داد که می‌خواهد تنها گپ بزند.
    }
journal-done = مرور شد
journal-not-done = مرور نشد
journal-phone-trail = کارت تیلفون با شخص مرور شد: حالت پرواز، وای‌فای و خدمات موقعیت‌یابی از قبل از سفر تا برگشت شخص خاموش باشد، و یک توضیح برای وقتی که کسی بپرسد.
journal-closing = معلومات در پایان ملاقات
journal-closing-given = معلومات به شخص داده شد.
journal-closing-not-given = معلومات به‌حیث داده‌شده به شخص نشانی نشده است.
journal-who-sees = چه کسی از معلومات آگاه می‌شود، و از چه چیزی:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = ملاقات بعدی: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = هیچ وقتی برای ملاقات بعدی تعیین نشده است.
journal-safe-contact = تماس چطور به شکل مصون صورت گرفته می‌تواند:
journal-nothing = چیزی یادداشت نشده است.
