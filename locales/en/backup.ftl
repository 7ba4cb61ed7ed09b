# UNREVIEWED DRAFT translation from Swedish.

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.

backup-title = Backup
backup-intro = A backup is an encrypted file holding every case. With it you can move the cases to a new device, or get them back if this device breaks or is replaced.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = Last backup: { DATETIME($date, dateStyle: "medium") }
backup-last-never = No backup has been made yet.
backup-reminder = It is time to make a backup, so that the cases are kept if something happens to the device.

## The reminder in the case list
backup-reminder-cases = It is time to make a backup.
backup-reminder-cases-open = Go to backup

## Kinds of record (plural)
backup-kind-case = Cases
backup-kind-crisis_plan = Crisis plans
backup-kind-contact_agreement = Contact agreements
backup-kind-situation_review = Situation reviews
backup-kind-meeting = Meetings

## One record of a kind
backup-record-case = Case
backup-record-crisis_plan = Crisis plan
backup-record-contact_agreement = Contact agreement
backup-record-situation_review = Situation review
backup-record-meeting = Meeting
backup-record-unknown = Unknown kind of record

## Making a backup
backup-export-title = Make a backup
backup-export-explain = Choose a passphrase for the backup. It is separate from the passcode you open the app with. The passphrase must have at least 12 characters and must not be only digits. Several unrelated words are easy to remember and hard to guess.
backup-export-no-recovery = The passphrase is needed to restore the backup. Nobody can recover it if it is forgotten.
backup-export-keep-safe = Keep the file somewhere safe. It holds every plan, encrypted.
backup-export-pass = Choose a passphrase for the backup
backup-export-repeat = Type the passphrase again
backup-export-button = Choose where to save the file
backup-export-working = Encrypting … this takes a few seconds.
# Variables:
#   $file (String) - the file's name
backup-export-done = The backup is saved in the file { $file }.
backup-export-contents = Contents
# Variables:
#   $n (Number) - how many records
backup-export-damaged = Records that could not be read on this device and so are not in the backup: { $n }

## Restoring a backup
backup-import-title = Restore from a backup
backup-import-explain = Choose a backup file and type the passphrase it was saved with. The whole file is checked before anything on this device is changed.
backup-import-mode = How should the backup be brought in?
backup-import-merge = Add and update
backup-import-merge-help = Everything on this device is kept. Where a record is in both places, the one changed last wins.
backup-import-replace = Replace everything
backup-import-replace-help = All cases on this device are removed, and the backup's cases are restored in their place.
backup-import-replace-warning = Every case now on this device is removed, including those that are not in the backup. This cannot be undone.
backup-import-confirm = I understand that all cases on this device are replaced with the backup's.
backup-import-pass = The passphrase the backup was saved with
backup-import-button = Choose file and restore
backup-import-working = Checking and decrypting … this takes a few seconds.
backup-import-done = The backup has been restored.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = The backup was made on { DATETIME($date, dateStyle: "medium") }.
backup-import-changes = What changed
backup-import-col-kind = Kind
backup-import-col-added = Added
backup-import-col-updated = Updated
backup-import-col-kept = Kept
backup-import-col-removed = Removed
backup-import-kept-help = Kept: the same or a newer version was already on this device.
backup-import-nothing = Nothing needed to change.
# Variables:
#   $n (Number) - how many records
backup-import-skipped = Records not brought in: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] Cases
        [crisis_plan] Crisis plans
        [contact_agreement] Contact agreements
        [situation_review] Situation reviews
        [meeting] Meetings
       *[unknown] An unknown kind of record
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] The case
        [crisis_plan] The crisis plan
        [contact_agreement] The contact agreement
        [situation_review] The situation review
        [meeting] Meetings
       *[unknown] An unknown kind of record
    } in the case { $case }: { $n }
backup-skip-unknown_kind = A kind of record this version of the app does not know. Update the app and restore again to include them.
backup-skip-record_version = Saved in a newer format than this version of the app can read. Update the app and restore again to include them.
backup-skip-invalid = The records do not pass the app's checks, for example because a text is too long, so they were not brought in.
backup-skip-no_case = The case these records belong to is neither in the backup nor on this device.

## Problems found before anything is sent
backup-problem-mismatch = The passphrases are not the same. Type the same passphrase twice.
backup-problem-weak = The passphrase is too short or only digits. It must have at least 12 characters and must not be only digits.
backup-problem-empty = Type the passphrase the backup was saved with.

## Errors
error-weak_backup_passphrase = The backup passphrase is too weak. It must have at least 12 characters and must not be only digits. No backup was saved.
error-wrong_backup_passphrase = The passphrase does not match this backup. Check the passphrase and try again. Nothing on this device was changed.
error-session_changed = The app was locked while the backup was running. Nothing in the app was changed. Unlock it and try again.
error-not_a_backup = The file is not a backup from this app. Choose another file. Nothing on this device was changed.
error-backup_newer_version = The backup was made with a newer version of the app. Update the app and try again. Nothing on this device was changed.
error-backup_damaged = The backup is damaged or incomplete and cannot be used. Try another copy of the file. Nothing on this device was changed.
error-backup_too_large = The file is too large to be a backup. Choose another file. Nothing on this device was changed.
error-backup_io = The file could not be read or saved. Choose another place or file and try again. Nothing on this device was changed.
error-cancelled = Cancelled. Nothing was changed.

## Weak passphrase: why
error-weak_backup_passphrase-repeat = The backup passphrase is too easy to guess: it repeats the same characters or words. Choose several words that do not belong together. No backup was saved.
error-weak_backup_passphrase-sequence = The backup passphrase is too easy to guess: it follows an order, like abcdef or 123456. Choose several words that do not belong together. No backup was saved.
error-weak_backup_passphrase-keyboard = The backup passphrase is too easy to guess: it follows keys that sit next to each other. Choose several words that do not belong together. No backup was saved.
error-weak_backup_passphrase-common = The backup passphrase is too easy to guess: it is made of common passwords or words. Choose several words that do not belong together. No backup was saved.
error-weak_backup_passphrase-date = The backup passphrase is too easy to guess: it is built on a date or a year. Choose several words that do not belong together. No backup was saved.
error-weak_backup_passphrase-guessable = The backup passphrase is too easy to guess. Add more words that do not belong together. No backup was saved.
