//! The contact agreement: how the practitioner may reach the person without
//! putting them at risk, and how interpreters and support persons are used.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::check;
use super::error::DomainError;
use super::limits::{CODE_WORD_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use crate::vault::{Record, RecordId, RecordKind};

/// Whether it is safe to phone the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SafeToCall {
    Yes,
    No,
    /// Only at the times in [`ContactAgreement::call_when`].
    OnlyAtTimes,
    Unknown,
}

/// Whether SMS may be used. The sheet warns that someone else may read an
/// SMS and that even protected (secret) numbers become visible in SMS; the
/// UI shows that warning beside this choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SmsAllowed {
    Yes,
    No,
    /// Only neutral content, as set out in [`ContactAgreement::sms_content`].
    OnlyNeutral,
    Unknown,
}

/// How the person prefers to be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Phone,
    Sms,
    InPerson,
    ViaContactPerson,
    Other,
}

/// Phone or on-site interpreting. The sheet prefers phone (more anonymous);
/// the practitioner decides, listening to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum InterpreterMode {
    Phone,
    OnSite,
    NoPreference,
}

/// The person's wish about the interpreter's gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum InterpreterGender {
    Female,
    Male,
    NoPreference,
}

/// The person's interpreter preferences.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct InterpreterPreferences {
    pub mode: InterpreterMode,
    pub gender: InterpreterGender,
    /// Interpreters who must not be used (e.g. known to the family).
    /// Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub avoid: String,
    /// The interpreter's name is told to the person in advance, so they can
    /// object to someone who knows their network.
    pub name_announced: bool,
    /// The sign the person makes if the interpreter asks something
    /// unsuitable, so that the call ends (the sheet's "Tolkanvändning").
    /// Not the code word for the phone, not the crisis plan's help signal.
    /// One line, ≤ [`SHORT_TEXT_MAX`]. Absent in records written before it
    /// existed, which read as "none agreed".
    #[serde(default)]
    pub stop_sign: String,
}

redacted_debug!(InterpreterPreferences);

/// What the person answered, asked alone, about having the support person
/// at the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum OwnWillAnswer {
    Yes,
    No,
    /// "I want to talk alone" (first, or this time).
    Alone,
}

/// The person's last answer to the own-will check, and its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct OwnWill {
    pub answer: OwnWillAnswer,
    pub on: NaiveDate,
}

/// A support person the person wants at meetings.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SupportPerson {
    /// Who (a role or an alias, not a name). One line, ≤ [`SHORT_TEXT_MAX`].
    pub who: String,
    /// When it was confirmed that the support person is the person's own
    /// wish and not imposed (JO 2010/11 s. 328); `None` if not confirmed.
    /// The UI sets it to the answer's date when the own-will check is
    /// answered "yes", and clears it when it is answered otherwise.
    pub own_will_confirmed_on: Option<NaiveDate>,
    /// The last own-will check the person answered, alone, on the tablet.
    /// Absent in records written before it existed (read as never asked).
    #[serde(default)]
    pub own_will: Option<OwnWill>,
}

redacted_debug!(SupportPerson);

/// The contact agreement of a case (one per case).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ContactAgreement {
    #[cfg_attr(test, ts(type = "string"))]
    pub case_id: RecordId,
    pub safe_to_call: SafeToCall,
    /// When calling is safe. One line, ≤ [`SHORT_TEXT_MAX`].
    pub call_when: String,
    pub sms_allowed: SmsAllowed,
    /// What an SMS may say. Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub sms_content: String,
    /// Code word meaning "I cannot talk". One line, ≤ [`CODE_WORD_MAX`].
    pub code_word_cannot_talk: String,
    /// What to do if someone else answers. Multi-line, ≤ [`LONG_TEXT_MAX`].
    pub if_someone_else_answers: String,
    pub preferred_channel: Channel,
    pub interpreter: InterpreterPreferences,
    pub support_person: SupportPerson,
    pub updated: DateTime<Utc>,
}

redacted_debug!(ContactAgreement);

impl Record for ContactAgreement {
    const KIND: RecordKind = RecordKind::ContactAgreement;
    const VERSION: u16 = 1;
}

impl ContactAgreement {
    /// An agreement where nothing is known yet: calling and SMS `Unknown`,
    /// channel `InPerson` (the one channel that leaves no trace on the
    /// person's phone), no interpreter preference, all texts empty; updated now.
    pub fn new(case_id: RecordId) -> ContactAgreement {
        ContactAgreement {
            case_id,
            safe_to_call: SafeToCall::Unknown,
            call_when: String::new(),
            sms_allowed: SmsAllowed::Unknown,
            sms_content: String::new(),
            code_word_cannot_talk: String::new(),
            if_someone_else_answers: String::new(),
            preferred_channel: Channel::InPerson,
            interpreter: InterpreterPreferences {
                mode: InterpreterMode::NoPreference,
                gender: InterpreterGender::NoPreference,
                avoid: String::new(),
                name_announced: false,
                stop_sign: String::new(),
            },
            support_person: SupportPerson {
                who: String::new(),
                own_will_confirmed_on: None,
                own_will: None,
            },
            updated: Utc::now(),
        }
    }

    /// Checks every length limit and character rule; the first failure is
    /// returned with its field path (e.g. `contact.interpreter.avoid`).
    pub fn validate(&self) -> Result<(), DomainError> {
        check::single_line("contact.call_when", &self.call_when, SHORT_TEXT_MAX)?;
        check::multi_line("contact.sms_content", &self.sms_content, LONG_TEXT_MAX)?;
        check::single_line(
            "contact.code_word_cannot_talk",
            &self.code_word_cannot_talk,
            CODE_WORD_MAX,
        )?;
        check::multi_line(
            "contact.if_someone_else_answers",
            &self.if_someone_else_answers,
            LONG_TEXT_MAX,
        )?;
        check::multi_line(
            "contact.interpreter.avoid",
            &self.interpreter.avoid,
            LONG_TEXT_MAX,
        )?;
        check::single_line(
            "contact.interpreter.stop_sign",
            &self.interpreter.stop_sign,
            SHORT_TEXT_MAX,
        )?;
        check::single_line(
            "contact.support_person.who",
            &self.support_person.who,
            SHORT_TEXT_MAX,
        )
    }

    /// Marks the agreement as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}
