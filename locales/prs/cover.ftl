# UNREVIEWED DRAFT: machine-assisted Dari (prs) translation of the Swedish source
# locales/sv/cover.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# Written with Afghan Dari vocabulary (e.g. اپلیکیشن، کوشش، داخل کردن، تبدیل، فیصد، کمپیوتر، کیبورد، کاپی، قضایا), not copied from fa.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/cover.ftl). این ترجمه هنوز توسط هیچ بازبین تأیید نشده است. متن سویدنی معتبر است.
# For reviewers: everything on the start screen (calc-*, passcode-*) must stay
# neutral: nothing about violence, honour, cases or what the app is for.
# هر چیزی که در صفحهٔ شروع نشان داده می‌شود باید بی‌طرف بماند: هیچ اشاره‌ای به خشونت، ناموس، قضایا یا هدف اپلیکیشن نباشد.
# Terms: kod = "رمز"; lösenfras = "عبارت رمز"; nödkod = "رمز اضطراری";
# miniräknare = "ماشین حساب"; startskärm = "صفحهٔ شروع"; arbetsyta = "ساحهٔ کاری";
# tecken = "حرف"; säkerhetskopia = "کاپی احتیاطی".

## The start screen (calculator or passcode screen), first use, protection
## and lock settings, and the vault's error messages.

## The hide button (only shown in the unlocked app)
quick-hide = پنهان کردن

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = دکمه‌ها
calc-clear = پاک کردن
calc-backspace = پاک کردن رقم
calc-percent = فیصد
calc-divide = تقسیم
calc-multiply = ضرب
calc-subtract = منفی
calc-add = جمع
calc-negate = تغییر علامه
calc-decimal-key = اعشاریه
calc-equals = مساوی
calc-decimal = {"."}
calc-error = خطا

## The plain passcode screen
passcode-title = رمز را داخل کنید
passcode-label = رمز
passcode-submit = تأیید
passcode-digits-keyboard = دکمه‌های عددی
passcode-attempts-left = کوشش‌های باقی‌مانده: { $count }
passcode-wait-seconds = { $seconds } ثانیه صبر کنید و بعد دوباره کوشش کنید.
passcode-wait-minutes = { $minutes } دقیقه صبر کنید و بعد دوباره کوشش کنید.

## Passcode strength
strength-label = قوت رمز
strength-digits-too-short = { $count } رقم بسیار کوتاه است. حداقل 6 رقم لازم است و ⁨10⁩ رقم یا بیشتر سفارش می‌شود.
strength-digits-weak = { $count } رقم یک رمز کوتاه است. اگر کسی فایل اپلیکیشن را کاپی کند، تمام رمزهای به این اندازه را می‌توان در کمپیوتر امتحان کرد، و یک رمز کوتاه، هر قدر هم که قفل آهسته باشد، زود پیدا می‌شود. با ماشین حساب حداقل ⁨10⁩ رقم انتخاب کنید، یا با صفحهٔ رمز معمولی یک عبارت رمز.
strength-digits-good = { $count } رقم. خوب است. هر رقم اضافی حدس زدن رمز را ده برابر مشکل‌تر می‌سازد.
strength-phrase-too-short = بسیار کوتاه. عبارت رمز حداقل به 8 حرف ضرورت دارد.
strength-phrase-weak = ضعیف. کلمه‌های بیشتر اضافه کنید: چهار کلمه یا بیشتر که با هم ربطی ندارند، بهتر است.
strength-phrase-fair = قابل قبول. یک یا دو کلمهٔ دیگر آن را به مراتب قوی‌تر می‌سازد.
strength-phrase-strong = عبارت رمز قوی.
strength-calculator-needs-digits = ماشین حساب تنها دکمه‌های عددی دارد. تنها از رقم‌ها استفاده کنید، یا برای عبارت رمز صفحهٔ رمز معمولی را انتخاب کنید.

## Checking a new passcode
newcode-error-empty = یک رمز بنویسید.
newcode-error-short-digits = رمز بسیار کوتاه است. رمز عددی باید حداقل 6 رقم داشته باشد.
newcode-error-short-phrase = عبارت رمز بسیار کوتاه است. باید حداقل 8 حرف داشته باشد.
newcode-error-calculator-digits = وقتی ماشین حساب صفحهٔ شروع باشد، رمز تنها از رقم‌ها ساخته شده می‌تواند.
newcode-error-mismatch = رمزها یکسان نیستند. عین رمز را دو بار بنویسید.

## First use
setup-title = رمز خود را بسازید
setup-intro = هر چیزی که ذخیره می‌کنید، در دستگاه با رمزی رمزگذاری می‌شود که تنها خود شما آن را می‌دانید. اول انتخاب کنید که اپلیکیشن هنگام شروع چه شکلی داشته باشد.
setup-cover-legend = صفحهٔ شروع
cover-calculator = ماشین حساب
cover-calculator-help = اپلیکیشن مانند یک ماشین حساب عادی شروع می‌شود. برای باز کردن آن، رمز خود را بنویسید و = را فشار دهید. رمز تنها از رقم‌ها ساخته شده می‌تواند؛ حداقل ⁨10⁩ رقم انتخاب کنید.
cover-passcode = صفحهٔ رمز معمولی
cover-passcode-help = اپلیکیشن با یک صفحهٔ بی‌طرف شروع می‌شود که روی آن نوشته شده «رمز را داخل کنید». در اینجا می‌توانید از یک عبارت رمز چندکلمه‌ای استفاده کنید که مصون‌ترین راه است.
setup-passcode-legend = رمز شما
setup-passcode = رمز
setup-repeat = رمز را دوباره بنویسید
setup-no-recovery-title = رمز فراموش‌شده دوباره به دست آمده نمی‌تواند
setup-no-recovery = هیچ کس بدون رمز اپلیکیشن را باز کرده نمی‌تواند، نه بخش تکنالوژی معلوماتی (⁨IT⁩) و نه سازندگان اپلیکیشن. اگر رمز را فراموش کنید، هر چیزی که ذخیره کرده‌اید برای همیشه از بین می‌رود. رمز را همراه با دستگاه نگه ندارید.
setup-create = ساختن
setup-creating = در حال ساختن … چند ثانیه وقت می‌گیرد.
setup-retry-save = ذخیرهٔ دوبارهٔ صفحهٔ شروع
setup-continue = ادامه بدون ذخیرهٔ صفحهٔ شروع

## Settings
settings-title = تنظیمات
settings-general = شروع و قفل
settings-cover-digits-confirm = رمز من (و رمز اضطراری، اگر باشد) تنها از رقم‌ها ساخته شده است. در غیر آن، اپلیکیشن با ماشین حساب باز نمی‌شود.
settings-idle = قفل خودکار بعد از
settings-idle-seconds = { $count } ثانیه
settings-idle-minutes = { $count } دقیقه
settings-idle-help = از آخرین باری حساب می‌شود که صفحه، ماوس یا کیبورد را لمس کردید.
settings-retention = یادآوری قضایای کهنه بعد از (روز)
settings-retention-help = قضایایی که در این تعداد روز تغییر نکرده‌اند فهرست می‌شوند، تا بتوانید تصمیم بگیرید که پاک شوند یا نه (⁨7–3650⁩).
settings-backup = یادآوری کاپی احتیاطی بعد از (روز)
settings-backup-help = 0 یعنی بدون یادآوری (⁨0–365⁩).
settings-save = ذخیره
settings-saved = ذخیره شد.
settings-working = در حال کار …
settings-error-retention = تعداد روزها را بین 7 و ⁨3650⁩ داخل کنید.
settings-error-backup = تعداد روزها را بین 0 و ⁨365⁩ داخل کنید.
settings-error-confirm-digits = قبل از تبدیل به ماشین حساب، تأیید کنید که رمز شما تنها از رقم‌ها ساخته شده است.

settings-passcode = تبدیل رمز
settings-old-passcode = رمز فعلی
settings-new-passcode = رمز جدید
settings-change-passcode = تبدیل رمز
settings-passcode-changed = رمز تبدیل شد.
settings-error-old-empty = رمز فعلی خود را بنویسید.

settings-duress = رمز اضطراری
settings-duress-explain = رمز اضطراری رمز دوم برای حالتی است که کسی شما را مجبور می‌سازد اپلیکیشن را باز کنید. با رمز اضطراری یک ساحهٔ کاری خالی بدون قضایای شما باز می‌شود، و هیچ چیزی نشان نمی‌دهد که ساحهٔ دیگری هم وجود دارد. رمز اضطراری به همان طریقه‌ای داخل می‌شود که رمز معمولی شما، و باید از آن فرق داشته باشد. یک رمز اضطراری جدید یک ساحهٔ کاری جدید و خالی می‌دهد؛ اگر رمز اضطراری را پاک کنید، آنچه در آن ذخیره شده است پاک می‌شود.
settings-duress-not-shown = اپلیکیشن نشان نمی‌دهد که رمز اضطراری تنظیم شده است یا نه، تا هیچ کس نتواند آن را در اینجا ببیند.
settings-duress-passcode = رمز اضطراری
settings-duress-shred = هنگام استفاده از رمز اضطراری، قضایای واقعی هم از بین برده شوند
settings-duress-shred-help = در آن صورت هر چیزی که ذخیره کرده‌اید برای همیشه پاک می‌شود و دوباره به دست آمده نمی‌تواند. این را تنها وقتی انتخاب کنید که مهم‌تر باشد هیچ کس به معلومات دسترسی پیدا نکند، نسبت به اینکه شما آن را نگه دارید.
settings-duress-set = ذخیرهٔ رمز اضطراری
settings-duress-remove = پاک کردن رمز اضطراری
settings-duress-saved = رمز اضطراری ذخیره شد.
settings-duress-removed = رمز اضطراری پاک شد.

settings-limit = پاک کردن بعد از کوشش‌های نادرست
settings-limit-explain = بعد از این تعداد کوشش نادرست پی در پی، هر چیزی که در اپلیکیشن ذخیره شده است برای همیشه پاک می‌شود. این شمارش با دوباره روشن کردن اپلیکیشن باقی می‌ماند و وقتی رمز درست استفاده شود، از سر شروع می‌شود. از کوشش نادرست پنجم به بعد، علاوه بر آن باید بین کوشش‌ها وقت بیشتر و بیشتری صبر کرد. اگر این حد را خاموش کنید، کسی می‌تواند به حدس زدن ادامه دهد، اما تنها به آهستگی.
settings-limit-on = پاک کردن همه چیز بعد از کوشش‌های نادرست زیاد پی در پی
settings-limit-count = تعداد کوشش‌ها (⁨3–50⁩)
settings-error-limit = یک عدد بین 3 و ⁨50⁩ داخل کنید.

settings-help = محافظت چطور کار می‌کند
settings-help-calculator = ماشین حساب مانند یک ماشین حساب عادی حساب می‌کند. برای باز کردن اپلیکیشن، رمز خود را بنویسید و = را فشار دهید. اگر رمز نادرست باشد، ماشین حساب تنها عدد را نشان می‌دهد، مانند هر ماشین حساب دیگر. هیچ وقت نمی‌گوید که رمز نادرست بوده است.
settings-help-rule = رمز تنها وقتی امتحان می‌شود که از آخرین ⁨C⁩ یا = به بعد تنها رقم نوشته باشید، حداقل 6 رقم، و بعد = را فشار دهید. حساب‌های عادی مانند ⁨12⁩ + 3 = هیچ وقت امتحان نمی‌شوند و کوشش حساب نمی‌شوند. اگر اشتباه نوشتید، ⁨C⁩ را فشار دهید و از سر شروع کنید (⌫ آخرین رقم را پاک می‌کند).
settings-help-wait = بعد از پنج کوشش نادرست پی در پی باید صبر کنید تا کوشش بعدی قبول شود: ⁨30⁩ ثانیه، 1 دقیقه، 5 دقیقه، ⁨15⁩ دقیقه، بعد 1 ساعت. تا وقتی که باید صبر کنید، خط باریک بالای رقم‌ها در ماشین حساب به جای خاکستری، نارنجی است. صبر کنید تا خط دوباره خاکستری شود و بعد رمز را بنویسید. در صفحهٔ رمز معمولی، وقت انتظار به شکل واضح نوشته می‌شود.
settings-help-hide = پنهان کردن فوری: دکمهٔ گرد پایین در گوشه را فشار دهید، در کیبورد سه بار ⁨Shift⁩ یا دو بار ⁨Esc⁩ را فشار دهید، یا با دو انگشت روی صفحه دو بار تک بزنید. صفحهٔ شروع فوراً نشان داده می‌شود و اپلیکیشن قفل می‌شود.
settings-help-lock = اپلیکیشن همچنین وقتی قفل می‌شود که در مدتی که انتخاب کرده‌اید استفاده نشده باشد، وقتی به اپلیکیشن یا پنجرهٔ دیگری می‌روید، و وقتی صفحه خاموش می‌شود.

## Vault errors
error-wrong_passcode = رمز درست نیست.
error-backoff = کوشش‌ها بسیار زیاد شد. کمی صبر کنید و دوباره کوشش کنید.
error-wiped = محتوا بعد از کوشش‌های نادرست بسیار زیاد پاک شده است.
error-weak_passcode = رمز بسیار کوتاه است: حداقل 6 رقم، یا برای عبارت رمز حداقل 8 حرف.
error-not_initialised = هنوز هیچ رمزی ساخته نشده است.
error-already_initialised = در این دستگاه از قبل یک رمز وجود دارد.
error-passcode_reused = این رمز از قبل در استفاده است. یک رمز دیگر انتخاب کنید.
error-invalid_limit = تعداد کوشش‌ها معتبر نیست.
error-duress_unavailable = این مورد فعلاً تغییر داده نمی‌شود.
error-kdf_params_rejected = دستگاه تنظیمات امنیتی لازم را پشتیبانی کرده نمی‌تواند.
error-locked = اپلیکیشن قفل است. قفل را باز کنید و دوباره کوشش کنید.
error-corrupt = فایل ذخیره‌شده خراب است و باز نمی‌شود.
error-unsupported_format = این فایل با نسخهٔ جدیدتر اپلیکیشن ذخیره شده است. اپلیکیشن را تازه (آپدیت) کنید.
error-crypto = یک خطای غیرمنتظره در رمزگذاری رخ داد. دوباره کوشش کنید.
