## Guidance: Safety recommendations for meetings with people who are subjected
## to, or at risk of, honour-related violence and oppression.
## UNREVIEWED DRAFT translation from the Swedish source (locales/sv/guidance.ftl).
## It has not been checked by a qualified translator or a subject expert; the
## Swedish text is authoritative. Message IDs follow src/guidance/model.rs.

# For translators: item-<id> is a short title, .body the full recommendation
# and .check a short line for the meeting checklist. Proper names and legal
# references (HSLF-FS 2022:39, JO 2010/11 s. 328, BOPS, Våga förstå!,
# Kammarkollegiet, Länsstyrelsen, Socialstyrelsen) stay in Swedish, with a
# short gloss. "den utsatta" is rendered "the person at risk" throughout.
# Each value is on one line so that no line break falls inside a sentence.

# Title of the sheet.
guidance-sheet-title = Safety recommendations for meetings with people who are subjected to, or at risk of, honour-related violence and oppression

## Sections, in the sheet's order.

section-assess-risks = Assess risks
section-digital-devices = Security related to digital devices
    .intro = Consider the following before, during and after the meeting
section-meeting-forms = Forms of meeting and passing on information
section-interpreters = Use of interpreters
    .intro = In addition to the usual routines for using interpreters, the following needs to be taken into account
section-approach = Approach and attitude
section-closing = End the meeting with clear information to the person at risk

## Assess risks

item-routines-information-transfer = Routines for passing on information and documentation
    .body = Are there routines to ensure that information is passed on and planning for the individual is done in a secure manner, and routines for case records and documentation?
    .check = Check the routines for passing on information, planning, case records and documentation

item-assess-current-situation = Assess the need for support and protection
    .body = Go through the current situation of the person at risk and assess the need for support and protection. Use Länsstyrelsen's question cards on honour-related violence and oppression (Länsstyrelsens frågekort hedersrelaterat våld och förtryck; Länsstyrelsen is the County Administrative Board) as an aid.
    .check = Go through the current situation of the person at risk and assess the need for support and protection (Länsstyrelsen's question cards)

item-crisis-plan-early = A crisis plan at an early stage
    .body = At an early stage it can be good to draw up a crisis plan with the person at risk. The crisis plan should be based on the person's current situation and contain measures that can be taken if something happens and the person needs help or protection. It should be conveyed to the person that this is a routine the organisation has in all cases, even if the crisis plan may never need to be used.
    .check = Draw up a crisis plan with the person at risk and convey that it is a routine in all cases

# A side box in the sheet.
item-risk-assessment-duty = Risk assessment and exchange between social services and police
    .body = The social services (socialtjänsten) have a duty to carry out a risk assessment when investigating children and adults subjected to violence. This risk assessment concerns the risk that the individual will be subjected to further threats or violence. The police carry out risk assessments within their crime-victim and personal-security activities (brottsoffer- och personsäkerhetsverksamhet, BOPS). According to Socialstyrelsen's regulations on violence in close relationships (HSLF-FS 2022:39; Socialstyrelsen is the National Board of Health and Welfare), the social services and the police are to exchange risk assessments with each other (see the general advice, allmänna råd, to 4 kap. 1 §, chapter 4, section 1).

## Security related to digital devices

# A side box in the sheet.
item-technology-evolves = Technology is constantly evolving
    .body = It is important to understand that technology is constantly evolving and that we can therefore never assume that we have sufficient information and knowledge in this area. We need to be aware of this and, as a routine, take greater security measures than we might think are needed.

item-phones-outside-room = Mobile phones outside the meeting room
    .body = A suitable security measure is to leave mobile phones outside the meeting room.
    .check = Leave mobile phones outside the meeting room

# The title sums up: flight mode is to cut every network (see also
# item-wifi-off), and location services are to be switched off.
item-airplane-mode = Flight mode – no networks (mobile data, Wi-Fi), no location services
    .body = For in-person meetings with the person at risk, you can give guidance and advice in advance that they should use the device's flight mode, that is, switch off the device's ability to communicate with any kind of network. It is important to put the phone in flight mode before setting off for the place of the meeting. Flight mode should stay on throughout the meeting and right up until the person returns to the place where the people around them expect them to be. In addition to putting the phone in flight mode, the practitioner should recommend that the person at risk switch off all location services.
    .check = Advise in advance: flight mode from before the journey to the meeting until the person is back, and all location services off

item-gps-gap-explanation = Prepare an explanation for the gap in positioning
    .body = GPS positioning can be seen by logging in to each service, for example from a computer. There will then be a gap in the positioning, and it can be good to prepare a plausible explanation if the person believes they are being monitored, for example that the phone's battery ran out.
    .check = Prepare a plausible explanation for the gap in positioning, for example that the battery ran out

item-wifi-off = Wi-Fi must be off too
    .body = Note that it is not only mobile data that should be switched off the whole time but also Wi-Fi, since phones can use the internet to determine where you are, even if it is not as precise as when GPS is used.
    .check = Make sure both mobile data and Wi-Fi are switched off the whole time

item-intellectual-disability = People with intellectual disabilities
    .body = People with intellectual disabilities are an extremely vulnerable target group that is hard to detect. Vulnerable because they are often in a position of dependency on the person or persons who commit the violence, and have a different frame of reference as to what is desirable or acceptable treatment. Hard to detect because the honour-related oppression and violence partly take other forms, yet with devastating consequences for the individual. One tip is to use the communication tool Våga förstå! (Dare to understand!) in the conversations.

item-individual-measures = Adapt the security measures to the individual
    .body = It is important that the security measures are adapted to the individual needs of the person at risk. The needs can differ, and therefore the measures concerning the person's safety must also be adapted to the circumstances.
    .check = Adapt the security measures to the individual needs of the person at risk and to the circumstances

## Forms of meeting and passing on information

item-agree-contact = Agree on how contact will be made
    .body = It is important to agree on how contact will be made in case you need to contact the person at risk, for example by phone. Is it safe to call? Can you agree on a code word in case they cannot talk?
    .check = Agree on how contact will be made, whether it is safe to call, and on a code word

item-sms-care = Care with text messages
    .body = It should also be made clear that care should be taken in any text message (SMS) conversation. Be careful about what is written in text messages. Who might read it? Bear in mind too that even protected (secret) mobile numbers become visible in text messages.
    .check = Remind about care with what is written in text messages – even protected (secret) mobile numbers become visible

item-support-person-own-will = Support person – the person's own wish
    .body = It is not unusual for the person at risk to want to bring a support person or friend to meetings. It is important to make sure that this is the person's own wish and not something forced on them. It can therefore be good for the organisation to have a routine for how requests for accompanying persons are to be handled.
    .check = Make sure that an accompanying support person is the person's own wish and not forced on them

item-support-person-jo = The presence of a support person can be looked into
    .body = There is nothing to prevent agreeing voluntarily with the individual on forms of communication and practical arrangements for conversations. It follows from JO 2010/11 s. 328 (the Parliamentary Ombudsmen, Justitieombudsmannen, annual report 2010/11, page 328) that the social services may look further into a support person's presence where there is reason to question the purpose of their presence. If the person is judged not to be acting as a support but rather to have some other function, they can be refused access to the meeting.

item-child-information-routines = Routines when a child may be subjected to violence
    .body = Note also that the social welfare committee (socialnämnden) must establish routines for how information that a child may be subjected to violence or may have witnessed violence is to be passed on to the part of the organisation responsible for investigating the child's needs; see 2 kap. 5 § (chapter 2, section 5) of Socialstyrelsen's regulations on violence in close relationships (HSLF-FS 2022:39).

## Use of interpreters

item-authorised-interpreter = An authorised interpreter in the first instance
    .body = In the first instance, ask for an authorised interpreter. You can search for interpreters on Kammarkollegiet's website (Kammarkollegiet is the Legal, Financial and Administrative Services Agency) if the contracted interpreting agency has difficulty providing an interpreter with the right competence.
    .check = Ask for an authorised interpreter in the first instance

item-phone-interpreter = A telephone interpreter in the first instance
    .body = In the first instance a telephone interpreter should be used; this makes the meeting more anonymous. Listen to what the person at risk is most comfortable with as regards a telephone or on-site interpreter and the interpreter's gender. It is, however, important that it is the practitioner who, from a safety point of view, makes the assessment of how the interpreting is to be done.
    .check = Use a telephone interpreter in the first instance; listen to the wishes of the person at risk but make the safety assessment yourself

item-announce-interpreter-name = Give the interpreter's name in advance
    .body = If possible, give the interpreter's name in advance so that the person at risk has the chance to say if it is an interpreter who cannot be used, for example if it is unsuitable because of the interpreter's acquaintance with the person's social network (family, relatives or others in the area). It is very important that the interpreter is neutral and that the interpreter will not pose a threat through spreading rumours and/or contacts with the person's family, relatives or circle of acquaintances.
    .check = If possible, give the interpreter's name in advance so that the person at risk can say if the interpreter cannot be used

item-no-names-or-places = No names or places in the interpreted conversation
    .body = Never mention names or places during the interpreted conversation. Supplement the communication with pen and paper. Draw and write what cannot be put into words. Begin the interpreted conversation by explaining how it will be conducted. Agree on a sign that the person at risk can make if the interpreter asks inappropriate things and the conversation needs to be ended. Afterwards, contact the interpreting agency and make a complaint.
    .check = Never mention names or places; agree on a sign for ending the conversation

## Approach and attitude

item-listen-and-believe = Listen and believe
    .body = Listen to the person at risk and believe their experience.

item-ill-health-coherence = Feeling unwell can affect the account
    .body = Bear in mind that feeling unwell can affect the ability to give a coherent account.

## End the meeting with clear information to the person at risk

item-closing-who-sees-what = Who will receive the information
    .body = End the meeting with clear information to the person at risk about who will receive the information and, if so, about what.
    .check = Tell the person at risk who will receive the information and about what

item-closing-next-meeting-contact = Next meeting and safe contact
    .body = End the meeting with clear information to the person at risk about the time of the next meeting and how contact can be made in a safe way.
    .check = Tell the person at risk the time of the next meeting and how contact can be made in a safe way

## Sources the sheet refers to

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck (Länsstyrelsen's question cards on honour-related violence and oppression)
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet, BOPS (the Police's crime-victim and personal-security activities)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (general advice to chapter 4, section 1; Socialstyrelsen's regulations on violence in close relationships)
ref-vaga-forsta = Våga förstå! – communication tool (Dare to understand!)
ref-jo-2010-11-328 = JO 2010/11 s. 328 (Parliamentary Ombudsmen, annual report 2010/11, page 328)
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (chapter 2, section 5; Socialstyrelsen's regulations on violence in close relationships)
ref-kammarkollegiet-tolkregister = Kammarkollegiet's website – search for interpreters
