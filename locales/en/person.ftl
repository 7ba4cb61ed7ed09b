# UNREVIEWED DRAFT translation from Swedish.
## What the person reads in "Show to the person": the advice written to the
## person, in plain English. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To translators: write to the reader ("you"). Short sentences, everyday
## words, one idea per sentence. Never call the reader "at risk" or
## "exposed". Each .body has one sentence per line; the app shows each line
## on its own.

person-item-airplane-mode = Put your phone in flight mode
    .body =
        Put your phone in flight mode before you leave home.
        Keep flight mode on for the whole meeting.
        Keep it on until you are back where people expect you to be.
        Turn off location services too.

person-item-wifi-off = Turn off Wi-Fi too
    .body =
        Flight mode is not always enough.
        Your phone can show where you are through Wi-Fi.
        Make sure Wi-Fi is off the whole time.

person-item-gps-gap-explanation = Have an explanation ready
    .body =
        Someone can see on a computer where your phone has been.
        Then they can see that your phone was gone for a while.
        Decide beforehand what you will say if someone asks.
        For example: “My battery ran out.”

person-item-agree-contact = How we keep in touch
    .body =
        We decide together how we can reach you.
        Is it safe to call you?
        We can have a code word.
        The code word means that you cannot talk right now.

person-item-sms-care = Be careful with text messages
    .body =
        Think about who can read your text messages.
        Do not write anything in a text that others must not see.
        A secret number also shows in a text message.

person-item-closing-who-sees-what = Who will know what you said
    .body =
        Before we finish, I will tell you who will know what you have said.
        I will also tell you what they will know.

person-item-closing-next-meeting-contact = When we meet again
    .body =
        Before we finish, we decide when we meet next time.
        We also decide how we can get in touch safely.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = If the interpreter asks something that feels wrong
    .body =
        Make this sign.
        Then we end the call with the interpreter.

## The pictures beside the advice. Screen readers read this text instead.

pictogram-phone-away = A phone put away, outside the room
pictogram-airplane-mode = The phone in flight mode
pictogram-wifi-off = Wi-Fi off
pictogram-location-off = Location services off
pictogram-before-after = From before you leave home until you are back
pictogram-code-word = A code word
pictogram-interpreter = An interpreter
pictogram-stop = Stop
pictogram-who-sees = Who will see the information
pictogram-next-meeting = The next meeting
pictogram-safe-contact = Safe contact

## Text size in the view for the person.

person-text-size = Text size
person-text-smaller = Smaller text
person-text-larger = Larger text
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = Write and draw
pad-title = Write and draw
pad-intro = Write or draw what you do not want to say aloud. Nothing is saved. It all goes when you close.
pad-tools = Tools
pad-pen = Pen
pad-eraser = Eraser
pad-clear = Clear all
pad-close = Close
pad-canvas = Surface to write and draw on

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots.

phone-trail-title = So your phone does not show where you have been
phone-trail-intro =
    Your phone can show where you are.
    Someone else can see it, for example in an app or on a computer.
    Do this every time you come here.
phone-trail-before = Before you leave home
    .body =
        Put your phone in flight mode.
        Turn off Wi-Fi.
        Turn off location services.
phone-trail-during = During the meeting
    .body =
        Keep everything turned off.
        Your phone stays outside the room.
phone-trail-until-back = Until you are back
    .body =
        Keep everything turned off all the way.
        Turn it on again only when you are where people expect you to be.
phone-trail-if-asked = If someone asks
    .body =
        Someone may see that your phone was off for a while.
        Decide in advance what you will say then.
        Say the same thing every time.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = This is what we agreed you say:
phone-trail-how = How to do it on your phone
phone-trail-android = Android
    .body =
        Swipe down from the top of your screen.
        Tap the aeroplane. Flight mode is now on.
        Tap Wi-Fi so that it is off.
        Tap Location so that it is off.
phone-trail-iphone = iPhone
    .body =
        Open Settings on your phone.
        Turn on Aeroplane Mode.
        Tap Wi-Fi and turn it off.
        Tap Privacy & Security, then Location Services, and turn them off.
phone-trail-buttons-differ = The buttons can look a little different on different phones. Ask if you cannot find them.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = A question for you
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = Do you want { $who } to be here when we talk?
# When no support person is given.
own-will-question-anyone = Do you want someone else to be here when we talk?
own-will-body =
    You decide.
    It is fine to say no.
own-will-yes = Yes
own-will-no = No
own-will-alone = I want to talk alone
own-will-thanks =
    Thank you for your answer.
    Please give the tablet back now.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = Before we finish
closing-who-sees = Who will know what you have said
closing-next = Next time we meet
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = We will agree on a time later.
closing-contact = How we keep in touch
closing-call-when = When it is fine to call you
closing-code-word = Our code word
closing-code-word-means = If you say the code word, I will understand that you cannot talk right now.
closing-code-word-show = Show the code word
closing-code-word-hide = Hide the code word
closing-empty = We have not written this down yet.
