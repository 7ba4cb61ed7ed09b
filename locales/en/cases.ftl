# UNREVIEWED DRAFT translation from Swedish.

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = Cases
cases-list-heading = Cases
cases-new = New case
cases-pick = Choose a case in the list or create a new one.
cases-show-archived = Show archived
cases-archived-tag = Archived
cases-empty = No cases yet. Create one with an alias.
cases-empty-filtered = No active cases. Tick “Show archived” to see the archived ones.
cases-search-label = Search the cases
cases-search-none = No case has an alias that matches the search.
# Variables:
#   $shown (Number) - cases shown
#   $total (Number) - cases in all
cases-shown-of = Showing { $shown } of { $total }
# Variables:
#   $count (Number) - cases not shown yet
cases-show-more = Show more ({ $count } more)
# Variables:
#   $count (Number) - cases that could not be opened
cases-damaged = Some cases could not be opened ({ $count }). The files may be damaged. The other cases show as usual.
cases-loading-list = Loading cases …
cases-loading = Opening the case …
cases-back = Back to the cases
cases-open = Open
cases-cancel = Cancel
cases-remove = Remove
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-remove-n = Remove step { $n }
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-up-n = Move step { $n } up
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-down-n = Move step { $n } down

## Colour tags
cases-colour-label = Colour tag
cases-colour-help = The colour tells cases apart without anyone having to read the alias.
cases-colour-none = No colour
cases-colour-red = Red
cases-colour-orange = Orange
cases-colour-yellow = Yellow
cases-colour-green = Green
cases-colour-blue = Blue
cases-colour-purple = Purple

## New case and alias
cases-new-heading = New case
cases-alias-label = Alias
cases-alias-nudge-title = Use an alias.
cases-alias-nudge = Never write the person's name, personal identity number, address or phone number. If someone else sees the screen, the alias must not reveal who the case is about.
cases-alias-placeholder = For example Client A or Rose
cases-alias-warnings-heading = Check the alias
cases-alias-warnings-note = The warning does not stop you from saving. You decide.
alias-warning-personal-identity-number = The alias seems to contain a personal identity number or coordination number.
alias-warning-street-address = The alias seems to contain a street address or a postcode.
alias-warning-phone-number = The alias seems to contain a phone number.
alias-warning-full-name = The alias looks like a first and last name.
cases-create = Create the case

## The case
cases-tabs-label = Parts of the case
cases-tab-plan = Crisis plan
cases-tab-contact = Contact
cases-tab-review = Review
cases-tab-meetings = Meetings
cases-damaged-parts = A part of the case could not be opened and shows empty. The file may be damaged. Check against a backup before filling that part in again.
cases-settings = Case details
cases-archived-label = Archived
cases-archived-help = Archived cases are hidden in the list but kept until you delete them.
cases-delete = Delete the case
cases-delete-title = Delete the case?
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm = The case { $alias } is deleted at once, with its crisis plan, contact agreement, situation review and all meetings. This cannot be undone.
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm-yes = Delete { $alias }
cases-delete-failed = The case could not be deleted.

## Autosave
cases-save-saving = Saving …
cases-save-saved = Saved
cases-save-error = Could not save. What you have written is still on the screen.
cases-save-retry = Try again

## Crisis plan
cases-plan-heading = Crisis plan
cases-plan-intro = The crisis plan starts from the person's current situation and sets out measures that can be taken if something happens and the person needs help or protection.
cases-plan-situation = Current situation
    .help = Describe the person's situation now: what has happened, what the person fears and what protects them.
cases-plan-warnings = Warning signs and triggers
    .help = For example a planned trip abroad, an engagement, school holidays and feasts, or more pressure from the family.
cases-plan-warning-kind = Kind
cases-plan-warning-note = Note
cases-warning-kind-travel-abroad = Travel abroad
cases-warning-kind-engagement = Engagement or marriage
cases-warning-kind-holidays = Holidays and feasts
cases-warning-kind-family-pressure = Pressure from the family
cases-warning-kind-other = Other
cases-plan-add-warning = Add a warning sign
cases-plan-steps = Steps if something happens
    .help = What the person does, in order, if something happens and they need help or protection.
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-plan-step = Step { $n }
cases-plan-empty-step = (empty step)
cases-plan-add-step = Add a step
cases-plan-safe-places = Safe places
    .help = Places the person can go to if something happens.
cases-plan-safe-place = Safe place
cases-plan-add-safe-place = Add a place
cases-plan-contacts = Contacts
    .help = Numbers the person can call. In acute danger: 112.
cases-contact-role = Who
cases-contact-label = Label
cases-contact-number = Number
cases-role-emergency112 = 112 – emergency number
cases-role-police = Police
cases-role-social-services-on-call = Social services on call
cases-role-shelter = Shelter
cases-role-trusted-person = Trusted person
cases-role-other = Other contact
cases-plan-add-contact = Add a contact
cases-plan-keep-ready = Keep ready
    .help = What the person should have at hand if they must leave quickly. Tick what is arranged.
cases-thing-id = Identity documents (ID card, passport)
cases-thing-phone = Phone and charger
cases-thing-money = Money and bank card
cases-thing-medicine = Medicine
cases-thing-other = Other
cases-keep-ready-note = Note
cases-plan-add-keep-ready = Add
cases-plan-code-word = Emergency signal: a word or sign that means the person needs help now
    .help = The emergency signal belongs to the crisis plan. It is not the contact agreement's code word, which is only for phone calls when the person cannot talk, and not the sign for ending an interpreted conversation. Never write it in a text message or e-mail.
cases-plan-next-review = Next review of the plan
cases-plan-routine = The person has been told that the crisis plan is routine in every case
    .help = The person should be told that this is a routine the service has in every case, even if the crisis plan may never need to be used.

## Contact agreement
cases-contact-heading = Contact agreement
cases-contact-intro = Agree with the person how contact is to happen if you need to reach them.
cases-contact-phone-heading = Phone
cases-contact-safe-to-call = Is it safe to call?
cases-safe-to-call-yes = Yes
cases-safe-to-call-no = No
cases-safe-to-call-only-at-times = Only at certain times
cases-safe-to-call-unknown = Not yet known
cases-contact-call-when = When is it safe to call?
cases-contact-code-word = Code word on the phone meaning “I cannot talk”
    .help = Can you agree on a code word in case the person cannot talk? The code word is only for phone calls. It is not the crisis plan's emergency signal and not the sign for ending an interpreted conversation.
cases-contact-someone-else = If someone else answers
    .help = What you say and do if someone other than the person answers.
cases-contact-sms-heading = Text messages
cases-contact-sms-warning = Be careful with what is written in text messages. Who might read them? Remember also that even protected (secret) mobile numbers become visible in text messages.
cases-contact-sms-allowed = May text messages be used?
cases-sms-allowed-yes = Yes
cases-sms-allowed-no = No
cases-sms-allowed-only-neutral = Only with neutral content
cases-sms-allowed-unknown = Not yet known
cases-contact-sms-content = What may a text message say?
cases-contact-channel = How the person prefers to be contacted
cases-channel-phone = Phone
cases-channel-sms = Text message
cases-channel-in-person = At a meeting
cases-channel-via-contact-person = Through a contact person
cases-channel-other = Some other way
cases-contact-interpreter = Interpreter
cases-interpreter-mode = Phone or on-site interpreter
    .help = A phone interpreter should be used first, as it makes the meeting more anonymous. Listen to what the person is most comfortable with, but it is you, the practitioner, who decides from a safety point of view how the interpreting is done.
cases-interpreter-mode-phone = Phone interpreter
cases-interpreter-mode-on-site = On-site interpreter
cases-interpreter-mode-no-preference = No preference
cases-interpreter-gender = Interpreter's gender
cases-interpreter-gender-female = Woman
cases-interpreter-gender-male = Man
cases-interpreter-gender-no-preference = No preference
cases-interpreter-avoid = Interpreters who must not be used
    .help = For example interpreters who know the person's family, relatives or others in the area. The interpreter must be neutral and must not become a threat through rumours or contacts with the person's family, relatives or acquaintances.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = Interpreters who must not be used: { $names }
cases-interpreter-name-announced = The interpreter's name is given in advance
    .help = If possible, give the interpreter's name in advance, so the person can say if the interpreter cannot be used, for example because the interpreter knows the person's social network (family, relatives or others in the area).
cases-interpreter-stop-sign = Sign to end the interpreted call
    .help = Agree with the person on a sign, such as putting a hand on the table, that means the interpreter is asking something unsuitable and the call is to end. The sign is shown to the person in the person view. It is not the contact agreement's code word and not the crisis plan's help signal.
cases-contact-support-person = Support person
cases-support-who = Who (a role or an alias, not a name)
cases-support-confirmed = Date it was confirmed that the support person is the person's own wish
    .help = Make sure it is the person's own wish and not something forced on them. JO 2010/11 p. 328 means social services may look further into a support person's presence if there is reason to question its purpose; someone who does not act as a support may be refused entry to the meeting.
cases-support-confirm-today = Confirmed today
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = Own wish confirmed { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = Own wish not confirmed

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = Situation review
cases-review-intro = A structured professional judgement, domain by domain, now and before. It gives no score and no total: the judgement is yours, with the person's own view beside it.
cases-review-official = The formal risk assessment is made in the service's regular system. This page does not replace it. The police make their own risk assessments within their crime-victim and personal-security activities (brottsoffer- och personsäkerhetsverksamhet, BOPS). The social services and the police exchange risk assessments with each other under the general advice to chapter 4, section 1 of the National Board of Health and Welfare's regulations on violence in close relationships (HSLF-FS 2022:39).
cases-review-now = Now
cases-review-before = Before
cases-rating-present = Present
cases-rating-partly = Partly
cases-rating-absent = Absent
cases-rating-unknown = Unknown
cases-review-note = Note
cases-review-children-routine = The social welfare committee must set routines for how information that a child may be subjected to violence, or may have witnessed violence, is passed on to the part of the service responsible for investigating the child's needs (chapter 2, section 5 of the regulations on violence in close relationships, HSLF-FS 2022:39).
cases-review-children-passed-on = The information about children has been passed on under the routine
cases-review-judgement = Judgement
cases-review-own-view = The person's own view of the risk
    .help = Listen to the person and believe their experience.
cases-review-summary = Summary judgement
cases-review-linked = Measures in the crisis plan that answer this judgement
cases-review-no-steps = The crisis plan has no steps yet. Add steps under Crisis plan.
review-domain-control-and-violence = Control and violence
review-domain-collective = Collectively exercised control
review-domain-vulnerability = Vulnerability
review-domain-triggers = Triggers
review-domain-children-at-risk = Children
review-item-control-restrictions = Restrictions on movement, friends, clothes, phone, school, work or money
review-item-control-monitoring = The phone is checked; the person is tracked, followed or watched by relatives
review-item-control-threats = Threats of violence, of being killed, sent abroad or cast out
review-item-control-violence = Physical, sexual or psychological violence
review-item-collective-multiple-perpetrators = More than one person exercises the control or violence
review-item-collective-family-mandate = The family or kin back or demand the control
review-item-collective-reputation = The family's reputation in its surroundings is invoked
review-item-collective-network-abroad = Relatives or a network abroad are involved or can reach the person
review-item-vulnerability-intellectual-disability = Intellectual disability (a very vulnerable group, hard to detect; the communication tool Våga förstå! can help)
review-item-vulnerability-dependence = Dependent on those who exercise the violence (money, housing, care, residence permit)
review-item-vulnerability-isolation = No network of their own, isolated
review-item-vulnerability-ill-health = Ill-health that affects the ability to give a coherent account
review-item-trigger-travel-abroad = Planned or possible travel abroad
review-item-trigger-engagement-marriage = Engagement or marriage planned or pressed for
review-item-trigger-holidays = School holidays and feasts, when trips and gatherings happen
review-item-trigger-relationship-disclosed = A relationship, sexuality or way of life has become or may become known
review-item-trigger-contact-with-authorities = The family knows or may learn of the contact with authorities
review-item-children-in-household = Children live in or regularly visit the household
review-item-children-exposed = Children are themselves subjected to violence or control
review-item-children-witnessed = Children have witnessed violence
review-item-children-risk-abroad-or-marriage = Children risk being taken abroad or married off

## Meetings and meeting mode
cases-meetings-heading = Meetings
cases-meetings-empty = No meetings yet.
cases-meeting-new = New meeting
cases-meeting-date = Date
cases-meeting-create = Start the meeting
cases-meeting-open = Meeting mode
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = Meeting { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = Delete the meeting
cases-meeting-delete-title = Delete the meeting?
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = The meeting { DATETIME($date, dateStyle: "medium") } is deleted at once, with its checklist and notes. This cannot be undone.
cases-meeting-delete-failed = The meeting could not be deleted.
cases-meeting-back = Back to the meetings
cases-meeting-checklist = Checklist
cases-meeting-phases-label = Part of the meeting
# Variables:
#   $done (Number) - items done
#   $total (Number) - items in all
cases-meeting-progress = { $done } of { $total } done
cases-meeting-check-note = Note
cases-meeting-show-advice = Show the recommendation
cases-meeting-facts = About the meeting
cases-meeting-place = Type of place
    .help = Give only the type of place, never an address.
cases-place-office = Office
cases-place-school = School
cases-place-home = Home
cases-place-phone = Phone
cases-place-video = Video
cases-place-other = Other place
cases-meeting-interpreter = Interpreter at the meeting
cases-interpreter-used-none = No interpreter
cases-interpreter-used-phone = Phone interpreter
cases-interpreter-used-on-site = On-site interpreter
cases-meeting-attendees = Attendees (role, not name)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = Never say names or places.
cases-meeting-attendee-role = Role to add
cases-meeting-add-attendee = Add an attendee
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] Remove the practitioner
        [interpreter] Remove the interpreter
        [support-person] Remove the support person
        [colleague] Remove the colleague
        [police] Remove the police officer
       *[other] Remove the other attendee
    }
cases-attendee-practitioner = Practitioner
cases-attendee-interpreter = Interpreter
cases-attendee-support-person = Support person
cases-attendee-colleague = Colleague
cases-attendee-police = Police
cases-attendee-other = Other
cases-meeting-closing = End the meeting with clear information
    .help = Tell the person who will see the information and what, the time of the next meeting, and how contact can happen safely.
cases-meeting-closing-who = Who will see the information, and what
cases-meeting-closing-next = Time of the next meeting
cases-meeting-closing-safe-contact = How contact can happen safely
cases-meeting-closing-given = The information has been given to the person
cases-quick-open = Crisis plan and agreement
cases-quick-heading = At hand during the meeting
cases-quick-show = Show
cases-quick-hide = Hide
cases-quick-empty = Not filled in
cases-quick-ready = Arranged:
cases-quick-not-ready = Not arranged:

## Retention: cases not changed for a long time
# Variables:
#   $count (Number) - cases to go through
cases-retention-open = Cases to review: { $count }
cases-retention-heading = Cases to review
# Variables:
#   $days (Number) - days without a change
cases-retention-intro =
    { $days ->
        [one] These cases have not been changed for more than { $days } day. Delete what is no longer needed. Nothing is deleted without your confirmation.
       *[other] These cases have not been changed for more than { $days } days. Delete what is no longer needed. Nothing is deleted without your confirmation.
    }
cases-retention-none = No cases need reviewing.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = Last changed { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).

cases-meeting-for-person = Show to the person
cases-meeting-show-phone-trail = Phone-trail card
cases-meeting-show-closing = Closing card
cases-meeting-show-journal = Notes for the journal
cases-meeting-phone-trail-done = The phone-trail card has been gone through with the person
    .help = Flight mode on, Wi-Fi and location services off from before the journey until the person is back, and an explanation if someone asks.
cases-meeting-interpreter-gender = Interpreter's gender
cases-interpreter-gender-used-not-asked = Not asked for
cases-interpreter-gender-used-female = Woman
cases-interpreter-gender-used-male = Man
cases-meeting-interpreter-named = Date the interpreter's name was given to the person in advance
    .help = So that the person can say no to an interpreter who knows the family. Leave empty if the name was not given.
cases-meeting-interpreter-named-today = Name given today
cases-person-card-back = Back to the meeting
cases-plan-gap-explanation = Explanation if the phone was off
    .help = What the person says if someone asks why the phone was off or did not show where it was. Agreed with the person and shown to them on the phone-trail card.

## The support person's own will: the question the person answers alone.

cases-support-check = Ask the person alone
    .help = Shows a neutral question in the person's language: do they want the support person to be there? The answer and today's date are saved here. Show it when you are alone together.
cases-support-check-done = Done
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] Answered yes on { DATETIME($date, dateStyle: "medium") }
        [no] Answered no on { DATETIME($date, dateStyle: "medium") }
       *[alone] Wanted to talk alone on { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = Not yet asked alone

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = Notes for the journal
journal-intro = Read from here while you write the journal. Nothing is copied or saved from here.
journal-left-out = Code words, phone numbers and safe places are left out.
journal-include-sensitive = Also show code words, phone numbers and safe places
journal-sensitive-shown = Code words, phone numbers and safe places are shown. They do not belong in a journal that others can read.
journal-omitted = [left out]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    Meeting on { DATETIME($date, dateStyle: "long") }, { $place ->
        [office] at the office.
        [school] at school.
        [home] at home.
        [phone] by phone.
        [video] by video.
       *[other] elsewhere.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = Present: { $roles }.
journal-role-practitioner = practitioner
journal-role-interpreter = interpreter
journal-role-support-person = support person
journal-role-colleague = colleague
journal-role-police = police
journal-role-other = other
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] A phone interpreter was used.
        [on-site] An on-site interpreter was used.
       *[none] No interpreter was used.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] The interpreter was a woman, as the person asked.
       *[male] The interpreter was a man, as the person asked.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = The interpreter's name was given to the person in advance, on { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = The interpreter's name was not given to the person in advance.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] Asked alone on { DATETIME($date, dateStyle: "long") }, the person said they want the support person there.
        [no] Asked alone on { DATETIME($date, dateStyle: "long") }, the person said they do not want the support person there.
       *[alone] Asked alone on { DATETIME($date, dateStyle: "long") }, the person said they want to talk alone.
    }
journal-done = Gone through
journal-not-done = Not gone through
journal-phone-trail = The phone-trail card was gone through with the person: flight mode on, Wi-Fi and location services off from before the journey until the person is back, and an explanation if someone asks.
journal-closing = Information at the end of the meeting
journal-closing-given = The information was given to the person.
journal-closing-not-given = The information is not marked as given to the person.
journal-who-sees = Who will see the information, and about what:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = Next meeting: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = No time for the next meeting has been set.
journal-safe-contact = How contact can safely happen:
journal-nothing = Nothing noted.
