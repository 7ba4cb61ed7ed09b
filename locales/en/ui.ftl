# UNREVIEWED DRAFT translation from Swedish (the source). Not yet approved by a reviewer.

## General interface text.

app-name = Trygg
loading = Loading …
nav-label = Main menu
nav-guidance = Guidance
nav-person = Person view
nav-cases = Cases
nav-review = Review translation
nav-settings = Settings
language-label = Language
draft-badge = Draft translation – not reviewed
draft-explain = This translation is a draft that no reviewer has approved yet. If in any doubt, check it against the Swedish text.
# Variables:
#   $lang (String) - the name of the language the text is shown in, in that language
fallback-note = Missing in this language; shown in { $lang }.
back = Back
close = Close

## The guidance
guidance-sections = Sections
guidance-search-label = Search the guidance
guidance-search-placeholder = Search, for example flight mode
# Variables:
#   $count (Number) - results
guidance-search-results = Results: { $count }
guidance-search-none = No results. Try another word.
guidance-search-clear = Clear the search
guidance-references = Sources
# Variables:
#   $url (String) - the source's web address
guidance-address = Address: { $url }
guidance-for-person = Also shown to the person
# The caption over an item's body: the sheet's own words.
guidance-from-sheet = From the guidance sheet
phase-before = Before the meeting
phase-during = During the meeting
phase-after = After the meeting
phase-any = Throughout
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = When: { $phases }
guidance-open-item = Show the recommendation

## Errors. Every error code has a message.
error-title = Something went wrong
error-internal = An unexpected error occurred. Nothing saved has been lost. Please try again.
error-invalid_input = The information could not be accepted. Check the field and try again.
error-unknown_locale = That language is not available.
error-translation_broken = A translation file is damaged. The app shows Swedish text instead.
error-storage = Could not read or save on the device. Nothing saved has been lost.
error-not_found = That item no longer exists. It may have been deleted.
error-disk_full = The device is full. Nothing new was saved, but nothing saved has been lost. Free some space and try again.
error-too_large = The text is too long to save. Shorten it and try again.
error-tampered = A saved item could not be opened because it is damaged or was changed outside the app. Everything else can still be used.
error-malformed_record = A saved item could not be read. Everything else can still be used.
error-version_mismatch = A saved item comes from another version of the app and could not be read.
error-unknown_kind = A saved item is of a kind this version does not know.

# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } and { $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }, { $second }
