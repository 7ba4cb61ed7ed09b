# UNREVIEWED DRAFT: machine-assisted Persian/Farsi (fa) translation of the Swedish source
# locales/sv/cover.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/cover.ftl). هیچ بازبینی آن را تأیید نکرده است. متن سوئدی معتبر است.
# For reviewers: everything on the start screen (calc-*, passcode-*) must stay
# neutral: nothing about violence, honour, cases or what the app is for.
# هر چه روی صفحهٔ شروع نمایش داده می‌شود باید خنثی بماند: هیچ اشاره‌ای به خشونت، ناموس، پرونده‌ها یا کاربرد برنامه نباشد.
# Terms: kod = "رمز"; lösenfras = "عبارت عبور"; nödkod = "رمز اضطراری";
# miniräknare = "ماشین‌حساب"; startskärm = "صفحهٔ شروع"; arbetsyta = "فضای کاری";
# tecken = "نویسه".

## The start screen (calculator or passcode screen), first use, protection
## and lock settings, and the vault's error messages.

## The hide button (only shown in the unlocked app)
quick-hide = پنهان کردن

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = دکمه‌ها
calc-clear = پاک کردن
calc-backspace = حذف رقم
calc-percent = درصد
calc-divide = تقسیم
calc-multiply = ضرب
calc-subtract = منها
calc-add = به‌علاوه
calc-negate = تغییر علامت
calc-decimal-key = ممیز اعشاری
calc-equals = مساوی
calc-decimal = {"."}
calc-error = خطا

## The plain passcode screen
passcode-title = رمز را وارد کنید
passcode-label = رمز
passcode-submit = تأیید
passcode-digits-keyboard = دکمه‌های عددی
passcode-attempts-left = تلاش‌های باقی‌مانده: { $count }
passcode-wait-seconds = { $seconds } ثانیه صبر کنید و سپس دوباره امتحان کنید.
passcode-wait-minutes = { $minutes } دقیقه صبر کنید و سپس دوباره امتحان کنید.

## Passcode strength
strength-label = قدرت رمز
strength-digits-too-short = { $count } رقم خیلی کوتاه است. دست‌کم 6 رقم لازم است و ⁨10⁩ رقم یا بیشتر توصیه می‌شود.
strength-digits-weak = { $count } رقم رمز کوتاهی است. اگر کسی از فایل برنامه کپی بگیرد، می‌توان همهٔ رمزهای هم‌طول آن را روی رایانه امتحان کرد، و رمز کوتاه، هر قدر هم قفل کند باشد، به‌سرعت پیدا می‌شود. با ماشین‌حساب دست‌کم ⁨10⁩ رقم انتخاب کنید، یا با صفحهٔ رمز معمولی یک عبارت عبور.
strength-digits-good = { $count } رقم. خوب است. هر رقم اضافه، حدس زدن رمز را ده برابر دشوارتر می‌کند.
strength-phrase-too-short = خیلی کوتاه. عبارت عبور دست‌کم 8 نویسه لازم دارد.
strength-phrase-weak = ضعیف. واژه‌های بیشتری اضافه کنید: چهار واژه یا بیشتر که به هم ربطی ندارند بهترین است.
strength-phrase-fair = قابل قبول. یک یا دو واژهٔ دیگر آن را بسیار قوی‌تر می‌کند.
strength-phrase-strong = عبارت عبور قوی.
strength-calculator-needs-digits = ماشین‌حساب فقط دکمه‌های عددی دارد. فقط از رقم استفاده کنید، یا برای عبارت عبور صفحهٔ رمز معمولی را انتخاب کنید.

## Checking a new passcode
newcode-error-empty = یک رمز بنویسید.
newcode-error-short-digits = رمز خیلی کوتاه است. رمز عددی باید دست‌کم 6 رقم داشته باشد.
newcode-error-short-phrase = عبارت عبور خیلی کوتاه است. باید دست‌کم 8 نویسه داشته باشد.
newcode-error-calculator-digits = وقتی ماشین‌حساب صفحهٔ شروع است، رمز فقط می‌تواند از رقم تشکیل شود.
newcode-error-mismatch = دو رمز یکسان نیستند. همان رمز را دو بار بنویسید.

## First use
setup-title = رمز خود را بسازید
setup-intro = هر چه ذخیره می‌کنید روی دستگاه با رمزی رمزگذاری می‌شود که فقط خودتان آن را می‌دانید. ابتدا انتخاب کنید برنامه هنگام شروع چه ظاهری داشته باشد.
setup-cover-legend = صفحهٔ شروع
cover-calculator = ماشین‌حساب
cover-calculator-help = برنامه مانند یک ماشین‌حساب معمولی شروع می‌شود. برای باز کردن آن، رمز خود را بنویسید و = را بزنید. رمز فقط می‌تواند از رقم تشکیل شود؛ دست‌کم ⁨10⁩ رقم انتخاب کنید.
cover-passcode = صفحهٔ رمز معمولی
cover-passcode-help = برنامه با صفحه‌ای خنثی شروع می‌شود که روی آن نوشته شده «رمز را وارد کنید». در اینجا می‌توانید از یک عبارت عبور چندواژه‌ای استفاده کنید که امن‌ترین گزینه است.
setup-passcode-legend = رمز شما
setup-passcode = رمز
setup-repeat = رمز را دوباره بنویسید
setup-no-recovery-title = رمز فراموش‌شده قابل بازیابی نیست
setup-no-recovery = هیچ‌کس بدون رمز نمی‌تواند برنامه را باز کند، نه بخش فناوری اطلاعات (⁨IT⁩) و نه سازندگان برنامه. اگر رمز را فراموش کنید، هر چه ذخیره کرده‌اید برای همیشه از دست می‌رود. رمز را کنار دستگاه نگه ندارید.
setup-create = ساختن
setup-creating = در حال ساختن … چند ثانیه طول می‌کشد.
setup-retry-save = ذخیرهٔ دوبارهٔ صفحهٔ شروع
setup-continue = ادامه بدون ذخیرهٔ صفحهٔ شروع

## Settings
settings-title = تنظیمات
settings-general = شروع و قفل
settings-cover-digits-confirm = رمز من (و رمز اضطراری، اگر باشد) فقط از رقم تشکیل شده است. در غیر این صورت برنامه با ماشین‌حساب باز نمی‌شود.
settings-idle = قفل خودکار پس از
settings-idle-seconds = { $count } ثانیه
settings-idle-minutes = { $count } دقیقه
settings-idle-help = از آخرین باری که صفحه، ماوس یا صفحه‌کلید را لمس کردید حساب می‌شود.
settings-retention = یادآوری پرونده‌های قدیمی پس از (روز)
settings-retention-help = پرونده‌هایی که در این تعداد روز تغییری نکرده‌اند فهرست می‌شوند تا بتوانید تصمیم بگیرید که حذف شوند یا نه (⁨7–3650⁩).
settings-backup = یادآوری نسخهٔ پشتیبان پس از (روز)
settings-backup-help = 0 یعنی بدون یادآوری (⁨0–365⁩).
settings-save = ذخیره
settings-saved = ذخیره شد.
settings-working = در حال انجام …
settings-error-retention = تعداد روزها را بین 7 و ⁨3650⁩ وارد کنید.
settings-error-backup = تعداد روزها را بین 0 و ⁨365⁩ وارد کنید.
settings-error-confirm-digits = پیش از رفتن به ماشین‌حساب، تأیید کنید که رمزتان فقط از رقم تشکیل شده است.

settings-passcode = تغییر رمز
settings-old-passcode = رمز فعلی
settings-new-passcode = رمز جدید
settings-change-passcode = تغییر رمز
settings-passcode-changed = رمز تغییر کرد.
settings-error-old-empty = رمز فعلی خود را بنویسید.

settings-duress = رمز اضطراری
settings-duress-explain = رمز اضطراری رمز دومی است برای موقعیتی که کسی شما را مجبور می‌کند برنامه را باز کنید. با رمز اضطراری یک فضای کاری خالی و بدون پرونده‌های شما باز می‌شود، و هیچ چیز نشان نمی‌دهد که فضای دیگری هم وجود دارد. رمز اضطراری به همان شیوهٔ رمز معمولی‌تان وارد می‌شود و باید با آن فرق داشته باشد. رمز اضطراری جدید یک فضای کاری جدید و خالی ایجاد می‌کند؛ اگر رمز اضطراری را حذف کنید، آنچه در آن ذخیره شده پاک می‌شود.
settings-duress-not-shown = برنامه نشان نمی‌دهد که رمز اضطراری تنظیم شده است یا نه، تا هیچ‌کس نتواند آن را اینجا ببیند.
settings-duress-passcode = رمز اضطراری
settings-duress-shred = هنگام استفاده از رمز اضطراری، پرونده‌های واقعی هم از بین بروند
settings-duress-shred-help = در این صورت هر چه ذخیره کرده‌اید برای همیشه پاک می‌شود و قابل بازیابی نیست. این گزینه را فقط وقتی انتخاب کنید که مهم‌تر باشد هیچ‌کس به اطلاعات دست پیدا نکند تا اینکه شما آن‌ها را نگه دارید.
settings-duress-set = ذخیرهٔ رمز اضطراری
settings-duress-remove = حذف رمز اضطراری
settings-duress-saved = رمز اضطراری ذخیره شد.
settings-duress-removed = رمز اضطراری حذف شد.

settings-limit = پاک کردن پس از تلاش‌های نادرست
settings-limit-explain = پس از این تعداد تلاش نادرست پشت سر هم، هر چه در برنامه ذخیره شده برای همیشه پاک می‌شود. این شمارش با راه‌اندازی دوبارهٔ برنامه از بین نمی‌رود و با وارد کردن رمز درست از نو شروع می‌شود. از پنجمین تلاش نادرست به بعد، بین تلاش‌ها هم باید مدتی صبر کرد که هر بار طولانی‌تر می‌شود. اگر این محدودیت را خاموش کنید، کسی می‌تواند به حدس زدن ادامه دهد، اما فقط به‌کندی.
settings-limit-on = پاک کردن همه‌چیز پس از تلاش‌های نادرست بیش از حد پشت سر هم
settings-limit-count = تعداد تلاش‌ها (⁨3–50⁩)
settings-error-limit = عددی بین 3 و ⁨50⁩ وارد کنید.

settings-help = محافظت چگونه کار می‌کند
settings-help-calculator = ماشین‌حساب مانند یک ماشین‌حساب معمولی حساب می‌کند. برای باز کردن برنامه، رمز خود را بنویسید و = را بزنید. اگر رمز نادرست باشد، ماشین‌حساب فقط عدد را نشان می‌دهد، مثل هر ماشین‌حساب دیگری. هرگز نمی‌گوید که رمز نادرست بوده است.
settings-help-rule = رمز فقط وقتی امتحان می‌شود که از آخرین ⁨C⁩ یا = به بعد فقط رقم نوشته باشید، دست‌کم 6 رقم، و سپس = را بزنید. محاسبه‌های معمولی مانند ⁨12⁩ + 3 = هرگز امتحان نمی‌شوند و تلاش به حساب نمی‌آیند. اگر اشتباه نوشتید، ⁨C⁩ را بزنید و از نو شروع کنید (⌫ آخرین رقم را پاک می‌کند).
settings-help-wait = پس از پنج تلاش نادرست پشت سر هم، باید صبر کنید تا تلاش بعدی پذیرفته شود: ⁨30⁩ ثانیه، 1 دقیقه، 5 دقیقه، ⁨15⁩ دقیقه و سپس 1 ساعت. تا زمانی که باید صبر کنید، خط نازک بالای ارقام در ماشین‌حساب به‌جای خاکستری، نارنجی است. صبر کنید تا خط دوباره خاکستری شود و سپس رمز را بنویسید. در صفحهٔ رمز معمولی، زمان انتظار به‌صورت نوشته نمایش داده می‌شود.
settings-help-hide = پنهان کردن فوری: دکمهٔ گرد پایین گوشه را بزنید، روی صفحه‌کلید سه بار ⁨Shift⁩ یا دو بار ⁨Esc⁩ را فشار دهید، یا با دو انگشت روی صفحه دو ضربه بزنید. صفحهٔ شروع بلافاصله نمایش داده می‌شود و برنامه قفل می‌شود.
settings-help-lock = برنامه همچنین وقتی قفل می‌شود که در مدتی که انتخاب کرده‌اید از آن استفاده نشده باشد، وقتی به برنامه یا پنجرهٔ دیگری می‌روید، و وقتی صفحه خاموش می‌شود.

## Vault errors
error-wrong_passcode = رمز نادرست است.
error-backoff = تعداد تلاش‌ها زیاد بوده است. کمی صبر کنید و دوباره امتحان کنید.
error-wiped = محتوا پس از تلاش‌های نادرست بیش از حد پاک شده است.
error-weak_passcode = رمز خیلی کوتاه است: دست‌کم 6 رقم، یا برای عبارت عبور دست‌کم 8 نویسه.
error-not_initialised = هنوز هیچ رمزی ساخته نشده است.
error-already_initialised = روی این دستگاه از قبل یک رمز وجود دارد.
error-passcode_reused = این رمز از قبل در حال استفاده است. رمز دیگری انتخاب کنید.
error-invalid_limit = تعداد تلاش‌ها معتبر نیست.
error-duress_unavailable = این مورد در حال حاضر قابل تغییر نیست.
error-kdf_params_rejected = دستگاه از تنظیمات امنیتی لازم پشتیبانی نمی‌کند.
error-locked = برنامه قفل است. قفل را باز کنید و دوباره امتحان کنید.
error-corrupt = فایل ذخیره‌شده آسیب دیده است و باز نمی‌شود.
error-unsupported_format = این فایل با نسخهٔ جدیدتری از برنامه ذخیره شده است. برنامه را به‌روز کنید.
error-crypto = خطای غیرمنتظره‌ای در رمزگذاری رخ داد. دوباره امتحان کنید.
