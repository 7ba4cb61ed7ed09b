# UNREVIEWED DRAFT translation from Swedish.

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = Review translation
translation-intro = Compare each text with the source text. Mark it as approved or as needing a change, and add a comment if you like. Swedish is the source language and prevails in case of doubt.
translation-progress-heading = Reviewed per language
translation-progress-label = { $name }: { $approved } of { $total } texts approved
translation-progress-missing = { $count } texts are missing and are shown in a fallback language.
translation-choose = Choose languages
translation-source = Source language
translation-target = Language to review
translation-filter = Show
translation-filter-all = All texts
translation-filter-unreviewed = Only unreviewed
translation-filter-needs-change = Only those needing a change
translation-count = Showing { $shown } of { $total } texts.
translation-none = No texts to show with this selection.
translation-pages = Pages
translation-page-previous = Previous page
translation-page-next = Next page
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = Page { $page } of { $pages }
translation-key = ID
translation-state-label = Review
translation-state-unreviewed = Unreviewed
translation-state-approved = Approved
translation-state-needs-change = Needs a change
translation-comment = Comment
translation-saving = Saving …
translation-saved = Saved
translation-missing = Missing in this language. The reader sees the text in a fallback language.
translation-imported = Imported text
translation-source-changed = The source text has changed since the last review.
translation-variables = Must remain in the translation: { $vars }
translation-group-guidance = The guidance: other texts
translation-group-ui = General texts of the app
translation-group-file = Texts of the app: { $file }
translation-damaged = The saved review was damaged and has been set aside. The review continues from the shipped version.

## Export and import
translation-export-heading = Export for translators
translation-export-help = The file contains every text with its review state, the Swedish source text and the comment.
translation-export = Export file
translation-exported = The file has been saved: { $path } ({ $bytes } bytes)
translation-import-heading = Import an updated translation
translation-import-help = Paste the contents of an .ftl file or choose a file. Texts that have changed become unreviewed again.
translation-import-text = Text to import
translation-import-file = Choose an .ftl file
translation-import = Import
translation-report-heading = Result of the import
translation-report-errors = Errors in the file: { $count }
translation-report-error-line = Line { $line }: { $message }
translation-report-added = New texts: { $count }
translation-report-changed = Changed texts: { $count }
translation-report-unchanged = Unchanged texts: { $count }
translation-report-missing = Missing from the file: { $count }
translation-report-unknown = Unknown IDs, ignored: { $count }
translation-report-variables = Wrong variables, not imported: { $count }
translation-report-variable-line = { $key }: should have { $expected }, has { $found }
translation-report-reset = Back to unreviewed: { $count }
translation-report-none = none

## Show to the person
person-title = Show to the person
person-intro = Hand over the tablet or show the screen, directly or through the interpreter. The advice is shown in the person's language.
person-language = The person's language
person-show-mine = Also show in my language
person-exit = End the showing
person-advice-heading = Advice
person-contact-show = Show the contact agreement
person-contact-hide = Hide the contact agreement
person-contact-heading = This is what we have agreed
person-contact-safe-note = Shows only what is safe to show on screen: no code words, no notes about the family and no details about interpreters.
person-contact-call = Safe to call
person-contact-when = When it is fine to call
person-contact-sms = Text messages
person-contact-channel = Preferably contact via
