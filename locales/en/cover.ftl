# UNREVIEWED DRAFT translation from Swedish.

## The start screen (calculator or passcode screen), first use, protection
## and lock settings, and the vault's error messages.
## Everything on the start screen must be neutral: nothing about violence,
## honour, cases or what the app is for.

## The hide button (only shown in the unlocked app)
quick-hide = Hide

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = Keys
calc-clear = Clear
calc-backspace = Delete digit
calc-percent = Percent
calc-divide = Divide
calc-multiply = Multiply
calc-subtract = Minus
calc-add = Plus
calc-negate = Change sign
calc-decimal-key = Decimal point
calc-equals = Equals
calc-decimal = {"."}
calc-error = Error

## The plain passcode screen
passcode-title = Enter code
passcode-label = Code
passcode-submit = OK
passcode-digits-keyboard = Number keys
# Variables:
#   $count (Number) - attempts left before the vault is wiped
passcode-attempts-left = Attempts left: { $count }
# Variables:
#   $seconds (Number) - seconds to wait
passcode-wait-seconds =
    { $seconds ->
        [one] Wait { $seconds } second before trying again.
       *[other] Wait { $seconds } seconds before trying again.
    }
# Variables:
#   $minutes (Number) - minutes to wait
passcode-wait-minutes =
    { $minutes ->
        [one] Wait { $minutes } minute before trying again.
       *[other] Wait { $minutes } minutes before trying again.
    }

## Passcode strength
strength-label = Passcode strength
# Variables:
#   $count (Number) - how many digits the code has (fewer than 6)
strength-digits-too-short =
    { $count ->
        [one] { $count } digit is too short. At least 6 digits are required; 10 or more are recommended.
       *[other] { $count } digits is too short. At least 6 digits are required; 10 or more are recommended.
    }
# Variables:
#   $count (Number) - how many digits the code has (6 to 9)
strength-digits-weak = { $count } digits is a short code. If someone copies the app's file, every code of that length can be tried on a computer, and a short code is found quickly however slow the lock is. Choose at least 10 digits with the calculator, or a passphrase with the plain passcode screen.
# Variables:
#   $count (Number) - how many digits the code has (10 or more)
strength-digits-good = { $count } digits. Good. Each further digit makes the code ten times harder to guess.
strength-phrase-too-short = Too short. A passphrase needs at least 8 characters.
strength-phrase-weak = Weak. Add more words: four or more unrelated words are best.
strength-phrase-fair = Acceptable. One or two more words make it much stronger.
strength-phrase-strong = Strong passphrase.
strength-calculator-needs-digits = The calculator only has number keys. Use digits only, or choose the plain passcode screen for a passphrase.

## Checking a new passcode
newcode-error-empty = Enter a code.
newcode-error-short-digits = The code is too short. A numeric code needs at least 6 digits.
newcode-error-short-phrase = The passphrase is too short. It needs at least 8 characters.
newcode-error-calculator-digits = With the calculator as start screen, the code can only contain digits.
newcode-error-mismatch = The codes are not the same. Type the same code twice.

## First use
setup-title = Create your code
setup-intro = Everything you save is encrypted on the device with a code only you know. First choose how the app looks when it starts.
setup-cover-legend = Start screen
cover-calculator = Calculator
cover-calculator-help = The app starts as an ordinary calculator. You open it by typing your code, then holding = down for a moment. The code can only contain digits; choose at least 10.
cover-passcode = Plain passcode screen
cover-passcode-help = The app starts with a neutral screen that says “Enter code”. Here you can use a passphrase of several words, which is the safest.
setup-passcode-legend = Your code
setup-passcode = Code
setup-repeat = Type the code again
setup-no-recovery-title = A forgotten code cannot be recovered
setup-no-recovery = Nobody can open the app without the code, not the IT department, not the makers of the app. If you forget the code, everything you have saved is lost for good. Do not keep the code with the device.
setup-create = Create
setup-creating = Creating … this takes a few seconds.
setup-retry-save = Save the start screen again
setup-continue = Continue without saving the start screen
setup-back = Back to the start screen

## Cannot be opened (shown only after the code was entered)
problem-title = The app could not be opened
problem-help = Nothing has been erased. Close the app and try again. If the problem remains, you can restore your cases from a backup on a new installation.
problem-back = Back to the start screen

## Confirm with the code before anything sensitive changes
reauth-label = Your code
reauth-help = Type your code again. This protects the cases if someone else gets hold of the device while it is unlocked. A wrong code counts as a wrong attempt.
reauth-help-limit = Only needed to turn the erasing off or to raise the number of attempts. A wrong code counts as a wrong attempt.
reauth-error-empty = Type your code to confirm.
reauth-error-limit = Type your code to turn the erasing off or to raise the number of attempts.

## Settings
settings-title = Settings
settings-general = Start and lock
settings-cover-digits-confirm = My code (and any duress code) contains only digits. Otherwise the app cannot be opened with the calculator.
settings-idle = Lock automatically after
# Variables:
#   $count (Number) - seconds
settings-idle-seconds =
    { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
# Variables:
#   $count (Number) - minutes, sometimes with a decimal (1.5)
settings-idle-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
settings-idle-help = Counted from the last time you touched the screen, the mouse or the keyboard.
settings-retention = Remind about old cases after (days)
settings-retention-help = Cases not changed for this many days are listed so you can decide whether to delete them (7–3650).
settings-backup = Remind about a backup after (days)
settings-backup-help = 0 means no reminder (0–365).
settings-save = Save
settings-saved = Saved.
settings-working = Working …
settings-error-retention = Enter a number of days between 7 and 3650.
settings-error-backup = Enter a number of days between 0 and 365.
settings-error-confirm-digits = Confirm that your code contains only digits before switching to the calculator.

settings-passcode = Change code
settings-old-passcode = Current code
settings-new-passcode = New code
settings-change-passcode = Change code
settings-passcode-changed = The code has been changed.
settings-error-old-empty = Enter your current code.

settings-duress = Duress code
settings-duress-explain = A duress code is a second code for when someone forces you to open the app. The duress code opens an empty workspace without your cases, and nothing shows that there is another one. It is entered the same way as your usual code and must differ from it. A new duress code gives a new, empty workspace; removing the duress code deletes what was saved in it.
settings-duress-not-shown = The app does not show whether a duress code is set, so that nobody can see it here.
settings-duress-passcode = Duress code
settings-duress-shred = Also destroy the real cases when the duress code is used
settings-duress-shred-help = Everything you have saved is then deleted for good and cannot be recovered. Only choose this if it matters more that nobody can get at the information than that you keep it.
settings-duress-set = Save the duress code
settings-duress-remove = Remove the duress code
settings-duress-saved = The duress code has been saved.
settings-duress-removed = The duress code has been removed.

settings-limit = Delete after wrong attempts
settings-limit-explain = After this many wrong attempts in a row, everything saved in the app is deleted for good. The count survives a restart and starts over when the right code is used. From the fifth wrong attempt there is also a growing wait between attempts. If you turn the limit off, someone can keep guessing, but only slowly.
settings-limit-on = Delete everything after too many wrong attempts in a row
settings-limit-count = Number of attempts (3–50)
settings-error-limit = Enter a number between 3 and 50.

settings-help = How the protection works
settings-help-calculator = The calculator works like an ordinary calculator. To open the app, type your code, then hold = down for a second and a half. A plain tap on = only calculates, so someone playing with the calculator can never lock you out or erase anything. If the code is wrong, the calculator just shows the number, like any calculator. It never says the code was wrong.
settings-help-rule = The code is only tried if you have typed nothing but digits since the last C or =, at least 6 of them, and then hold = down. Only that counts as an attempt. Sums, long numbers and ordinary taps on = never count. If you mistype, press C and start again (⌫ removes the last digit). If you let go of = too soon nothing happens; just hold = again.
settings-help-wait = After five wrong attempts in a row you must wait before the next attempt is accepted: 30 seconds, 1 minute, 5 minutes, 15 minutes, then 1 hour. The calculator shows nothing about this, because no ordinary calculator would. If you hold = while you must wait, the digits are just cleared, as when you press C. The attempt does not count. Wait a while and try again. The plain passcode screen states the wait in words.
settings-help-hide = Hide at once: tap the round button in the bottom corner, press Shift three times or Esc twice on the keyboard, or double-tap the screen with two fingers. The start screen appears at once and the app locks.
settings-help-lock = The app also locks when it has not been used for the time you chose, when you switch to another app or window, and when the screen turns off.

## Vault errors
error-wrong_passcode = Wrong code.
error-backoff = Too many attempts. Wait a while and try again.
error-wiped = The contents were deleted after too many wrong attempts.
error-weak_passcode = The code is too short: at least 6 digits, or at least 8 characters for a passphrase.
error-not_initialised = No code has been created yet.
error-already_initialised = There is already a code on this device.
error-passcode_reused = That code is already in use. Choose another.
error-invalid_limit = The number of attempts is not valid.
error-duress_unavailable = This cannot be changed right now.
error-kdf_params_rejected = The device cannot handle the required security settings.
error-locked = The app is locked. Unlock it and try again.
error-unlock_interrupted = The app was hidden while it was being unlocked, and is locked again. Try again.
error-corrupt = The saved file is damaged and cannot be opened.
error-unsupported_format = The file was saved by a newer version of the app. Update the app.
error-crypto = An unexpected encryption error occurred. Try again.

## Weak codes and the app's files
error-weak_passcode-repeat = The code is too easy to guess: it repeats one digit or one pattern, like 000000 or 121212. Choose another code.
error-weak_passcode-sequence = The code is too easy to guess: it follows an order, like 123456, 987654 or 112233. Choose another code.
error-weak_passcode-keyboard = The code is too easy to guess: it follows keys that sit next to each other. Choose another code.
error-weak_passcode-common = The code is too easy to guess: it is among the codes and passwords people choose most often. Choose another code.
error-weak_passcode-date = The code is too easy to guess: it looks like a date or a year. Choose another code.
error-weak_passcode-guessable = The code is too easy to guess. Choose a longer code without a pattern.
error-already_running = The app is already open. Close this window and carry on in the one that is already open.
error-attempt_not_saved = The code could not be tried just now. Try again in a moment.
