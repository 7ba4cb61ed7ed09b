//! The catalogue data: the structure of the safety sheet "Säkerhetsrekommendationer
//! vid möten med personer som är eller riskerar att utsättas för hedersrelaterat
//! våld och förtryck".
//!
//! Every recommendation of the sheet is one [`Item`], listed in the sheet's
//! order. The sheet's two side boxes (the duty to assess risk, and that
//! technology keeps evolving) are placed in the section they belong to by
//! subject: the first under "Bedöm risker", the second at the head of the
//! digital-devices section, which it frames.
//!
//! The IDs are permanent: cases store checklist state and the UI links to
//! items by these IDs, so an ID is never renamed or reused for another
//! meaning. To retire an item, remove it; do not recycle its ID.
//!
//! No text lives here; see `locales/<tag>/guidance.ftl`.

use super::model::{Audience, Item, Phase, RefKind, Reference, Section, SectionId};

use Phase::{After, Any, Before, During};

/// The six sections, in the sheet's order.
pub static SECTIONS: &[Section] = &[
    Section {
        id: SectionId::AssessRisks,
        has_intro: false,
    },
    // "Tänk på följande inför, under och efter mötet"
    Section {
        id: SectionId::DigitalDevices,
        has_intro: true,
    },
    Section {
        id: SectionId::MeetingForms,
        has_intro: false,
    },
    // "Utöver ordinarie rutiner för tolkanvändning behöver en ta hänsyn till följande"
    Section {
        id: SectionId::Interpreters,
        has_intro: true,
    },
    Section {
        id: SectionId::Approach,
        has_intro: false,
    },
    Section {
        id: SectionId::Closing,
        has_intro: false,
    },
];

/// Every recommendation of the sheet, in the sheet's order.
///
/// `Audience::Person` marks what the practitioner should also be able to show
/// the person (the person view): phone and location advice, care with SMS,
/// the contact agreement and the closing information.
pub static ITEMS: &[Item] = &[
    // --- Bedöm risker -------------------------------------------------------
    Item {
        id: "routines-information-transfer",
        section: SectionId::AssessRisks,
        phases: &[Before],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    Item {
        id: "assess-current-situation",
        section: SectionId::AssessRisks,
        phases: &[Before, During],
        audience: Audience::Practitioner,
        references: &["lansstyrelsen-fragekort"],
        checklist: true,
    },
    Item {
        id: "crisis-plan-early",
        section: SectionId::AssessRisks,
        phases: &[During],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    // Side box: socialtjänsten's duty to assess risk, BOPS, and the exchange
    // of risk assessments under HSLF-FS 2022:39.
    Item {
        id: "risk-assessment-duty",
        section: SectionId::AssessRisks,
        phases: &[Any],
        audience: Audience::Practitioner,
        references: &["bops", "hslf-fs-2022-39-4-1"],
        checklist: false,
    },
    // --- Säkerhet kopplat till digitala enheter ------------------------------
    // Side box: technology keeps evolving, so take more precautions than
    // seem needed.
    Item {
        id: "technology-evolves",
        section: SectionId::DigitalDevices,
        phases: &[Any],
        audience: Audience::Practitioner,
        references: &[],
        checklist: false,
    },
    Item {
        id: "phones-outside-room",
        section: SectionId::DigitalDevices,
        phases: &[During],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    // Airplane mode from before the journey until the person is back where
    // they are expected to be, plus all location services off (one bullet
    // of the sheet, kept whole).
    Item {
        id: "airplane-mode",
        section: SectionId::DigitalDevices,
        phases: &[Before, During, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "gps-gap-explanation",
        section: SectionId::DigitalDevices,
        phases: &[Before, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "wifi-off",
        section: SectionId::DigitalDevices,
        phases: &[Before, During, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "intellectual-disability",
        section: SectionId::DigitalDevices,
        phases: &[Before, During],
        audience: Audience::Practitioner,
        references: &["vaga-forsta"],
        checklist: false,
    },
    Item {
        id: "individual-measures",
        section: SectionId::DigitalDevices,
        phases: &[Any],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    // --- Former för möte och att föra vidare information -----------------------
    // The sheet's contact bullet is split in two: the agreement (phone, code
    // word) and the care needed with SMS.
    Item {
        id: "agree-contact",
        section: SectionId::MeetingForms,
        phases: &[During],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "sms-care",
        section: SectionId::MeetingForms,
        phases: &[During, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "support-person-own-will",
        section: SectionId::MeetingForms,
        phases: &[Before, During],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    Item {
        id: "support-person-jo",
        section: SectionId::MeetingForms,
        phases: &[Before, During],
        audience: Audience::Practitioner,
        references: &["jo-2010-11-328"],
        checklist: false,
    },
    Item {
        id: "child-information-routines",
        section: SectionId::MeetingForms,
        phases: &[Any],
        audience: Audience::Practitioner,
        references: &["hslf-fs-2022-39-2-5"],
        checklist: false,
    },
    // --- Tolkanvändning -----------------------------------------------------
    Item {
        id: "authorised-interpreter",
        section: SectionId::Interpreters,
        phases: &[Before],
        audience: Audience::Practitioner,
        references: &["kammarkollegiet-tolkregister"],
        checklist: true,
    },
    Item {
        id: "phone-interpreter",
        section: SectionId::Interpreters,
        phases: &[Before],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    Item {
        id: "announce-interpreter-name",
        section: SectionId::Interpreters,
        phases: &[Before],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    // During the call; afterwards, a complaint to the interpreting agency.
    Item {
        id: "no-names-or-places",
        section: SectionId::Interpreters,
        phases: &[During, After],
        audience: Audience::Practitioner,
        references: &[],
        checklist: true,
    },
    // --- Bemötande och förhållningssätt ---------------------------------------
    Item {
        id: "listen-and-believe",
        section: SectionId::Approach,
        phases: &[During],
        audience: Audience::Practitioner,
        references: &[],
        checklist: false,
    },
    Item {
        id: "ill-health-coherence",
        section: SectionId::Approach,
        phases: &[During],
        audience: Audience::Practitioner,
        references: &[],
        checklist: false,
    },
    // --- Avsluta mötet med tydlig information till den utsatte ------------------
    Item {
        id: "closing-who-sees-what",
        section: SectionId::Closing,
        phases: &[During, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
    Item {
        id: "closing-next-meeting-contact",
        section: SectionId::Closing,
        phases: &[During, After],
        audience: Audience::Person,
        references: &[],
        checklist: true,
    },
];

/// Every source the sheet cites. Only the sheet's own addresses are given;
/// none is added, so that nothing here points somewhere the sheet did not.
pub static REFERENCES: &[Reference] = &[
    Reference {
        id: "lansstyrelsen-fragekort",
        kind: RefKind::Tool,
        url: None,
    },
    Reference {
        id: "bops",
        kind: RefKind::Practice,
        url: None,
    },
    Reference {
        id: "hslf-fs-2022-39-4-1",
        kind: RefKind::Regulation,
        url: None,
    },
    Reference {
        id: "vaga-forsta",
        kind: RefKind::Tool,
        url: Some("https://www.hedersfortryck.se/kommunikationsverktyget/"),
    },
    Reference {
        id: "jo-2010-11-328",
        kind: RefKind::Decision,
        url: None,
    },
    Reference {
        id: "hslf-fs-2022-39-2-5",
        kind: RefKind::Regulation,
        url: None,
    },
    Reference {
        id: "kammarkollegiet-tolkregister",
        kind: RefKind::Register,
        url: Some(
            "https://www.kammarkollegiet.se/vara-tjanster/?filterValue=173.421f7e0816662b0123c569a",
        ),
    },
];
