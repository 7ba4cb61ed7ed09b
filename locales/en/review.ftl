# UNREVIEWED DRAFT translation from Swedish.

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = Review translation
translation-intro = Compare each text with the source text. Mark it as approved or as needing a change, and add a comment if you like. Swedish is the source language and prevails in case of doubt.
translation-progress-heading = Reviewed per language
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label =
    { $total ->
        [one] { $name }: { $approved } of { $total } text approved
       *[other] { $name }: { $approved } of { $total } texts approved
    }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing =
    { $count ->
        [one] { $count } text is missing and is shown in a fallback language.
       *[other] { $count } texts are missing and are shown in a fallback language.
    }
translation-choose = Choose languages
translation-source = Source language
translation-target = Language to review
translation-filter = Show
translation-filter-all = All texts
translation-filter-unreviewed = Only unreviewed
translation-filter-needs-change = Only those needing a change
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count =
    { $total ->
        [one] Showing { $shown } of { $total } text.
       *[other] Showing { $shown } of { $total } texts.
    }
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
# Variables:
#   $vars (List) - the variables, such as { $count }
translation-variables = Must remain in the translation: { $vars }
translation-group-guidance = The guidance: other texts
translation-group-ui = General texts of the app
# Variables:
#   $file (String) - the file's name
translation-group-file = Texts of the app: { $file }
translation-damaged = The saved review was damaged and has been set aside. The review continues from the shipped version.

## Export and import
translation-export-heading = Export for translators
translation-export-help = The file contains every text with its review state, the Swedish source text and the comment.
translation-export = Export file
# Variables:
#   $file (String) - the file's name
#   $bytes (Number) - the file's size
translation-exported =
    The file { $file } has been saved in the exports folder of the app's data folder ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }).
translation-import-heading = Import an updated translation
translation-import-help = Paste the contents of an .ftl file or choose a file. Texts that have changed become unreviewed again.
translation-import-text = Text to import
translation-import-file = Choose an .ftl file
translation-import = Import
translation-report-heading = Result of the import
# Variables:
#   $count (Number) - errors in the file
translation-report-errors = Errors in the file: { $count }
# Variables:
#   $line (Number) - the line's number
#   $message (String) - the error, from the Fluent parser
translation-report-error-line = Line { $line }: { $message }
# Variables:
#   $count (Number) - texts
translation-report-added = New texts: { $count }
# Variables:
#   $count (Number) - texts
translation-report-changed = Changed texts: { $count }
# Variables:
#   $count (Number) - texts
translation-report-unchanged = Unchanged texts: { $count }
# Variables:
#   $count (Number) - texts
translation-report-missing = Missing from the file: { $count }
# Variables:
#   $count (Number) - IDs
translation-report-unknown = Unknown IDs, ignored: { $count }
# Variables:
#   $count (Number) - texts
translation-report-variables = Wrong variables, not imported: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: should have { $nexpected ->
        [0] none
       *[other] { $expected }
    }, has { $nfound ->
        [0] none
       *[other] { $found }
    }
# Variables:
#   $count (Number) - texts
translation-report-reset = Back to unreviewed: { $count }

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
