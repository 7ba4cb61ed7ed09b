# UNREVIEWED DRAFT: machine-assisted Dari (prs) translation of the Swedish source
# locales/sv/ui.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# Written with Afghan Dari vocabulary (e.g. اپلیکیشن، کوشش، معلومات، قضایا، سویدنی), not copied from fa.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/ui.ftl). این ترجمه هنوز توسط هیچ بازبین تأیید نشده است. متن سویدنی معتبر است.
# Terms follow prs/guidance.ftl ("ملاقات", "حالت پرواز", "سفارش", "قضایا").

## General interface text.

app-name = Trygg
loading = در حال بارگیری …
nav-label = فهرست اصلی
nav-guidance = رهنمایی
nav-person = نمایش برای شخص
nav-cases = قضایا
nav-review = بازبینی ترجمه
nav-settings = تنظیمات
language-label = زبان
draft-badge = مسودهٔ ترجمه – بازبینی‌ناشده
draft-explain = این ترجمه یک مسوده است که هنوز هیچ بازبین آن را تأیید نکرده است. اگر کمترین شک داشتید، آن را با متن سویدنی مقایسه کنید.
fallback-note = به این زبان موجود نیست؛ به { $lang } نشان داده می‌شود.
back = برگشت
close = بستن

## The guidance
guidance-sections = بخش‌ها
guidance-search-label = جستجو در رهنمایی
guidance-search-placeholder = جستجو، به طور مثال حالت پرواز
guidance-search-results = نتیجه‌ها: { $count }
guidance-search-none = هیچ نتیجه‌ای پیدا نشد. کلمهٔ دیگری را امتحان کنید.
guidance-search-clear = پاک کردن جستجو
guidance-references = منابع
guidance-address = آدرس: { $url }
guidance-for-person = برای شخص هم نشان داده می‌شود
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = از ورق رهنمود
phase-before = قبل از ملاقات
phase-during = در جریان ملاقات
phase-after = بعد از ملاقات
phase-any = در تمام وقت
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = چه وقت: { $phases }
guidance-open-item = نمایش سفارش

## Errors. Every error code has a message.
error-title = یک مشکل پیش آمد
error-internal = یک خطای غیرمنتظره رخ داد. هیچ چیزی که ذخیره شده بود از بین نرفته است. دوباره کوشش کنید.
error-invalid_input = این معلومات قبول شده نتوانست. خانه را بررسی کنید و دوباره کوشش کنید.
error-unknown_locale = این زبان موجود نیست.
error-translation_broken = یک فایل ترجمه خراب شده است. اپلیکیشن به جای آن متن سویدنی را نشان می‌دهد.
error-storage = خواندن یا ذخیره کردن در دستگاه ممکن نشد. هیچ چیزی که ذخیره شده بود از بین نرفته است.
error-not_found = این مورد دیگر موجود نیست. شاید حذف شده باشد.
error-disk_full = دستگاه پر است. هیچ چیز جدید ذخیره نشد، اما هیچ چیزی که ذخیره شده بود از بین نرفته است. کمی جای خالی کنید و دوباره کوشش کنید.
error-too_large = متن برای ذخیره کردن بسیار طولانی است. آن را کوتاه کنید و دوباره کوشش کنید.
error-tampered = یک مورد ذخیره شده باز نشد، زیرا خراب شده یا بیرون از اپلیکیشن تغییر داده شده است. موارد دیگر را هنوز هم می‌توانید استفاده کنید.
error-malformed_record = یک مورد ذخیره شده خوانده نشد. موارد دیگر را هنوز هم می‌توانید استفاده کنید.
error-version_mismatch = یک مورد ذخیره شده از یک نسخه دیگر اپلیکیشن است و خوانده نشد.
error-unknown_kind = یک مورد ذخیره شده از نوعی است که این نسخه آن را نمی‌شناسد.

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } و { $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }، { $second }
