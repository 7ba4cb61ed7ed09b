# UNREVIEWED DRAFT: machine-assisted Central Kurdish / Sorani (ckb, Arabic script)
# translation of the Swedish source locales/sv/ui.ftl. It has NOT been approved by a
# reviewer. The Swedish text is authoritative.
# ڕەشنووسی پێداچوونەوە بۆ نەکراو: وەرگێڕانی کوردیی ناوەندی (سۆرانی) بە یارمەتیی ئامێر لە دەقی سەرچاوەی سویدی (locales/sv/ui.ftl). هیچ پێداچوونەوەکارێک پەسەندی نەکردووە. دەقی سویدی دەقی باوەڕپێکراوە.
# Terms follow ckb/guidance.ftl ("چاوپێکەوتن", "دۆخی فڕۆکە", "دۆسیە", "ڕاسپاردە").

## General interface text.

app-name = { "Trygg" }
loading = بار دەکرێت …
nav-label = لیستی سەرەکی
nav-guidance = ڕێنمایی
nav-person = پیشاندان بۆ کەسەکە
nav-cases = دۆسیەکان
nav-review = پێداچوونەوەی وەرگێڕان
nav-settings = ڕێکخستنەکان
language-label = زمان
draft-badge = ڕەشنووسی وەرگێڕان – پێداچوونەوەی بۆ نەکراوە
draft-explain = ئەم وەرگێڕانە ڕەشنووسێکە کە هێشتا هیچ پێداچوونەوەکارێک پەسەندی نەکردووە. ئەگەر کەمترین گومانت هەبوو، لەگەڵ دەقە سویدییەکەدا بەراوردی بکە.
fallback-note = بەم زمانە بەردەست نییە؛ بە { $lang } پیشان دەدرێت.
back = گەڕانەوە
close = داخستن

## The guidance
guidance-sections = بەشەکان
guidance-search-label = گەڕان لە ڕێنماییەکەدا
guidance-search-placeholder = بگەڕێ، بۆ نموونە دۆخی فڕۆکە
guidance-search-results = ئەنجامەکان: { $count }
guidance-search-none = هیچ ئەنجامێک نییە. وشەیەکی تر تاقی بکەرەوە.
guidance-search-clear = سڕینەوەی گەڕانەکە
guidance-references = سەرچاوەکان
guidance-address = ناونیشان: { $url }
guidance-for-person = بۆ کەسەکەش پیشان دەدرێت
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = لە پەڕەی ڕێنماییەکەوە
phase-before = پێش چاوپێکەوتن
phase-during = لە کاتی چاوپێکەوتن
phase-after = دوای چاوپێکەوتن
phase-any = هەموو کات
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = کەی: { $phases }
guidance-open-item = ڕاسپاردەکە پیشان بدە

## Errors. Every error code has a message.
error-title = هەڵەیەک ڕوویدا
error-internal = هەڵەیەکی چاوەڕواننەکراو ڕوویدا. هیچ شتێکی پاشەکەوتکراو لەدەست نەچووە. دووبارە هەوڵ بدەرەوە.
error-invalid_input = زانیارییەکە وەرنەگیرا. خانەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
error-unknown_locale = ئەو زمانە بەردەست نییە.
error-translation_broken = فایلێکی وەرگێڕان تێکچووە. ئەپەکە لە جیاتی ئەوە دەقی سویدی پیشان دەدات.
error-storage = خوێندنەوە یان پاشەکەوتکردن لەسەر ئامێرەکە نەکرا. هیچ شتێکی پاشەکەوتکراو لەدەست نەچووە.
error-not_found = ئەو بابەتە چیتر بوونی نییە. لەوانەیە سڕابێتەوە.
error-disk_full = ئامێرەکە پڕ بووە. هیچ شتێکی نوێ پاشەکەوت نەکرا، بەڵام هیچ شتێکی پاشەکەوتکراو لەدەست نەچووە. هەندێک شوێن چۆڵ بکە و دووبارە هەوڵ بدەرەوە.
error-too_large = دەقەکە بۆ پاشەکەوتکردن زۆر درێژە. کورتی بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-tampered = بابەتێکی پاشەکەوتکراو نەکرایەوە، چونکە تێکچووە یان لە دەرەوەی ئەپەکە گۆڕدراوە. بابەتەکانی تر هێشتا بەکاردێن.
error-malformed_record = بابەتێکی پاشەکەوتکراو نەخوێندرایەوە. بابەتەکانی تر هێشتا بەکاردێن.
error-version_mismatch = بابەتێکی پاشەکەوتکراو لە وەشانێکی تری ئەپەکەوەیە و نەخوێندرایەوە.
error-unknown_kind = بابەتێکی پاشەکەوتکراو لە جۆرێکە کە ئەم وەشانە نایناسێت.

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
