# UNREVIEWED DRAFT: machine-assisted Persian/Farsi (fa) translation of the Swedish source
# locales/sv/ui.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/ui.ftl). هیچ بازبینی آن را تأیید نکرده است. متن سوئدی معتبر است.
# Terms follow fa/guidance.ftl ("ملاقات", "حالت هواپیما", "پرونده").

## General interface text.

app-name = Trygg
loading = در حال بارگذاری …
nav-label = منوی اصلی
nav-guidance = راهنما
nav-person = نمایش برای فرد
nav-cases = پرونده‌ها
nav-review = بازبینی ترجمه
nav-settings = تنظیمات
language-label = زبان
draft-badge = پیش‌نویس ترجمه – بازبینی‌نشده
draft-explain = این ترجمه پیش‌نویسی است که هنوز هیچ بازبینی آن را تأیید نکرده است. در صورت کوچک‌ترین تردید، آن را با متن سوئدی مقایسه کنید.
fallback-note = به این زبان موجود نیست؛ به { $lang } نمایش داده می‌شود.
back = بازگشت
close = بستن

## The guidance
guidance-sections = بخش‌ها
guidance-search-label = جستجو در راهنما
guidance-search-placeholder = جستجو، برای مثال حالت هواپیما
guidance-search-results = نتایج: { $count }
guidance-search-none = نتیجه‌ای پیدا نشد. واژهٔ دیگری را امتحان کنید.
guidance-search-clear = پاک کردن جستجو
guidance-references = منابع
guidance-address = نشانی: { $url }
guidance-for-person = برای فرد نیز نمایش داده می‌شود
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = از برگهٔ راهنما
phase-before = پیش از ملاقات
phase-during = در طول ملاقات
phase-after = پس از ملاقات
phase-any = در تمام مدت
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = زمان: { $phases }
guidance-open-item = نمایش توصیه

## Errors. Every error code has a message.
error-title = مشکلی پیش آمد
error-internal = خطای غیرمنتظره‌ای رخ داد. چیزی از داده‌های ذخیره‌شده از دست نرفته است. دوباره امتحان کنید.
error-invalid_input = اطلاعات واردشده پذیرفته نشد. فیلد را بررسی کنید و دوباره امتحان کنید.
error-unknown_locale = این زبان موجود نیست.
error-translation_broken = یکی از فایل‌های ترجمه آسیب دیده است. برنامه به‌جای آن متن سوئدی را نشان می‌دهد.
error-storage = خواندن یا ذخیره کردن روی دستگاه ممکن نشد. چیزی از داده‌های ذخیره‌شده از دست نرفته است.
error-not_found = این مورد دیگر وجود ندارد. ممکن است حذف شده باشد.
error-disk_full = فضای دستگاه پر است. چیز تازه‌ای ذخیره نشد، اما چیزی از داده‌های ذخیره‌شده از دست نرفته است. مقداری فضا آزاد کنید و دوباره امتحان کنید.
error-too_large = متن برای ذخیره شدن بیش از حد طولانی است. آن را کوتاه‌تر کنید و دوباره امتحان کنید.
error-tampered = یکی از موارد ذخیره‌شده باز نشد، چون آسیب دیده است یا بیرون از برنامه تغییر کرده است. از موارد دیگر همچنان می‌توان استفاده کرد.
error-malformed_record = یکی از موارد ذخیره‌شده خوانده نشد. از موارد دیگر همچنان می‌توان استفاده کرد.
error-version_mismatch = یکی از موارد ذخیره‌شده از نسخه‌ای دیگر از برنامه است و خوانده نشد.
error-unknown_kind = یکی از موارد ذخیره‌شده از نوعی است که این نسخه آن را نمی‌شناسد.

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
