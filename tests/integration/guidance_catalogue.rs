//! The guidance catalogue against its Fluent text and against the sheet.
//!
//! The structure lives in `src/guidance/items.rs` and the text in
//! `locales/<tag>/guidance.ftl`; these tests make sure the two agree, that
//! every locale file parses, that English has exactly the Swedish messages,
//! and that the Swedish text still carries every recommendation of the sheet.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use trygg::guidance::{catalogue, Audience, Phase, RefKind, SectionId};

// ---------------------------------------------------------------------------
// Helpers: read and flatten Fluent files from disk.
// ---------------------------------------------------------------------------

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn guidance_source(tag: &str) -> String {
    let path = locales_dir().join(tag).join("guidance.ftl");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// A message flattened to plain text: its value and its attributes.
#[derive(Debug, Default)]
struct Msg {
    value: Option<String>,
    attrs: BTreeMap<String, String>,
}

/// The text of a pattern. Literal placeables (e.g. an escaped `{"{"}`) are
/// kept; any other placeable is marked so that a test can spot it.
fn pattern_text(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => out.push_str("{…}"),
        }
    }
    out
}

/// Collapses runs of whitespace and lower-cases, so that phrases match
/// whatever the line wrapping.
fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Parses one `.ftl` source, failing the test on any syntax error, and
/// returns its messages by ID (failing on a duplicate ID).
fn parse_messages(name: &str, source: &str) -> BTreeMap<String, Msg> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{name} has Fluent syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let msg = Msg {
                    value: m.value.as_ref().map(pattern_text),
                    attrs: m
                        .attributes
                        .iter()
                        .map(|a| (a.id.name.to_string(), pattern_text(&a.value)))
                        .collect(),
                };
                assert!(
                    out.insert(m.id.name.to_string(), msg).is_none(),
                    "{name}: duplicate message {}",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{name}: junk entry {content:?}"),
            _ => {}
        }
    }
    out
}

fn guidance_messages(tag: &str) -> BTreeMap<String, Msg> {
    parse_messages(&format!("{tag}/guidance.ftl"), &guidance_source(tag))
}

/// The text of `id` (value when `attr` is `None`), if present.
fn text<'a>(msgs: &'a BTreeMap<String, Msg>, id: &str, attr: Option<&str>) -> Option<&'a str> {
    let m = msgs.get(id)?;
    match attr {
        None => m.value.as_deref(),
        Some(a) => m.attrs.get(a).map(String::as_str),
    }
}

/// Every value and attribute of every message (no comments), joined.
fn all_message_text(msgs: &BTreeMap<String, Msg>) -> String {
    msgs.values()
        .flat_map(|m| m.value.iter().chain(m.attrs.values()))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Title, body and checklist line of an item, joined and normalised.
fn item_text(msgs: &BTreeMap<String, Msg>, item: &str) -> String {
    let id = format!("item-{item}");
    let parts = [
        text(msgs, &id, None),
        text(msgs, &id, Some("body")),
        text(msgs, &id, Some("check")),
    ];
    normalise(
        &parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

// ---------------------------------------------------------------------------
// Structure of the catalogue.
// ---------------------------------------------------------------------------

#[test]
fn six_sections_in_the_sheets_order() {
    let c = catalogue();
    let ids: Vec<_> = c.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            SectionId::AssessRisks,
            SectionId::DigitalDevices,
            SectionId::MeetingForms,
            SectionId::Interpreters,
            SectionId::Approach,
            SectionId::Closing,
        ]
    );
    // The sheet has an introductory line only for these two.
    let with_intro: Vec<_> = c
        .sections
        .iter()
        .filter(|s| s.has_intro)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(with_intro, ["digital-devices", "interpreters"]);
}

/// The item IDs are permanent (cases and links refer to them): a rename
/// must be a deliberate act that also changes this list.
#[test]
fn item_ids_are_the_permanent_ones_in_the_sheets_order() {
    let ids: Vec<_> = catalogue().items.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        [
            "routines-information-transfer",
            "assess-current-situation",
            "crisis-plan-early",
            "risk-assessment-duty",
            "technology-evolves",
            "phones-outside-room",
            "airplane-mode",
            "gps-gap-explanation",
            "wifi-off",
            "intellectual-disability",
            "individual-measures",
            "agree-contact",
            "sms-care",
            "support-person-own-will",
            "support-person-jo",
            "child-information-routines",
            "authorised-interpreter",
            "phone-interpreter",
            "announce-interpreter-name",
            "no-names-or-places",
            "listen-and-believe",
            "ill-health-coherence",
            "closing-who-sees-what",
            "closing-next-meeting-contact",
        ]
    );
}

#[test]
fn item_ids_are_unique_kebab_case() {
    let c = catalogue();
    let mut seen = HashSet::new();
    for item in c.items {
        assert!(seen.insert(item.id), "duplicate item ID {}", item.id);
        let ok = !item.id.is_empty()
            && item
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            && !item.id.starts_with('-')
            && !item.id.ends_with('-')
            && !item.id.contains("--")
            && item.id.starts_with(|ch: char| ch.is_ascii_lowercase());
        assert!(ok, "item ID {:?} is not kebab-case", item.id);
    }
}

#[test]
fn items_follow_the_section_order_and_every_section_has_items() {
    let c = catalogue();
    let order: Vec<_> = c.sections.iter().map(|s| s.id).collect();
    let positions: Vec<_> = c
        .items
        .iter()
        .map(|i| {
            order
                .iter()
                .position(|s| *s == i.section)
                .unwrap_or_else(|| panic!("{} is in an unknown section", i.id))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "items are not grouped by section in the sheet's order"
    );
    for (n, s) in order.iter().enumerate() {
        assert!(positions.contains(&n), "section {} has no item", s.as_str());
    }
}

#[test]
fn every_item_has_distinct_phases_and_any_stands_alone() {
    for item in catalogue().items {
        assert!(!item.phases.is_empty(), "{} has no phase", item.id);
        let distinct: HashSet<_> = item.phases.iter().collect();
        assert_eq!(
            distinct.len(),
            item.phases.len(),
            "{} repeats a phase",
            item.id
        );
        if item.phases.contains(&Phase::Any) {
            assert_eq!(
                item.phases.len(),
                1,
                "{}: Any combined with others",
                item.id
            );
        }
    }
}

#[test]
fn airplane_mode_spans_the_whole_journey_and_is_shown_to_the_person() {
    let c = catalogue();
    let item = c.item("airplane-mode").unwrap();
    assert_eq!(item.section, SectionId::DigitalDevices);
    for p in [Phase::Before, Phase::During, Phase::After] {
        assert!(item.phases.contains(&p), "airplane-mode lacks {p:?}");
    }
    assert_eq!(item.audience, Audience::Person);
    assert!(item.checklist);
}

#[test]
fn the_person_view_gets_the_advice_meant_for_the_person() {
    let person: BTreeSet<_> = catalogue()
        .items
        .iter()
        .filter(|i| i.audience == Audience::Person)
        .map(|i| i.id)
        .collect();
    let expected: BTreeSet<_> = [
        "airplane-mode",
        "gps-gap-explanation",
        "wifi-off",
        "agree-contact",
        "sms-care",
        "closing-who-sees-what",
        "closing-next-meeting-contact",
    ]
    .into_iter()
    .collect();
    assert_eq!(person, expected);
}

#[test]
fn closing_items_are_at_the_end_of_the_meeting_and_on_the_checklist() {
    for item in catalogue()
        .items
        .iter()
        .filter(|i| i.section == SectionId::Closing)
    {
        assert!(item.phases.contains(&Phase::During), "{}", item.id);
        assert!(item.checklist, "{} is not on the checklist", item.id);
    }
}

// ---------------------------------------------------------------------------
// References.
// ---------------------------------------------------------------------------

#[test]
fn every_cited_reference_exists_and_every_reference_is_cited() {
    let c = catalogue();
    let mut ids = HashSet::new();
    for r in c.references {
        assert!(ids.insert(r.id), "duplicate reference {}", r.id);
    }
    let mut used = HashSet::new();
    for item in c.items {
        for r in item.references {
            assert!(c.reference(r).is_some(), "{} cites unknown {r}", item.id);
            used.insert(*r);
        }
    }
    for r in c.references {
        assert!(
            used.contains(r.id),
            "reference {} is cited by no item",
            r.id
        );
    }
}

#[test]
fn every_reference_of_the_sheet_is_kept_with_its_address() {
    let c = catalogue();
    let required: &[(&str, RefKind, Option<&str>, &str)] = &[
        (
            "hslf-fs-2022-39-4-1",
            RefKind::Regulation,
            None,
            "risk-assessment-duty",
        ),
        (
            "hslf-fs-2022-39-2-5",
            RefKind::Regulation,
            None,
            "child-information-routines",
        ),
        (
            "jo-2010-11-328",
            RefKind::Decision,
            None,
            "support-person-jo",
        ),
        ("bops", RefKind::Practice, None, "risk-assessment-duty"),
        (
            "vaga-forsta",
            RefKind::Tool,
            Some("https://www.hedersfortryck.se/kommunikationsverktyget/"),
            "intellectual-disability",
        ),
        (
            "kammarkollegiet-tolkregister",
            RefKind::Register,
            Some("https://www.kammarkollegiet.se/vara-tjanster/?filterValue=173.421f7e0816662b0123c569a"),
            "authorised-interpreter",
        ),
        (
            "lansstyrelsen-fragekort",
            RefKind::Tool,
            None,
            "assess-current-situation",
        ),
    ];
    for (id, kind, url, cited_by) in required {
        let r = c
            .reference(id)
            .unwrap_or_else(|| panic!("reference {id} is missing"));
        assert_eq!(r.kind, *kind, "{id}");
        assert_eq!(r.url, *url, "{id}: the address must be exactly the sheet's");
        let item = c.item(cited_by).unwrap();
        assert!(item.references.contains(id), "{cited_by} must cite {id}");
    }
}

// ---------------------------------------------------------------------------
// Fluent files.
// ---------------------------------------------------------------------------

#[test]
fn every_locale_file_parses_without_errors() {
    let mut count = 0;
    for tag_dir in fs::read_dir(locales_dir()).unwrap() {
        let tag_dir = tag_dir.unwrap().path();
        if !tag_dir.is_dir() {
            continue;
        }
        for file in fs::read_dir(&tag_dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|x| x == "ftl") {
                let source = fs::read_to_string(&path).unwrap();
                parse_messages(&path.display().to_string(), &source);
                count += 1;
            }
        }
    }
    // At least sv and en guidance.
    assert!(count >= 2, "found only {count} .ftl files");
}

#[test]
fn every_required_message_exists_in_sv_and_en() {
    let required = catalogue().required_messages();
    for tag in ["sv", "en"] {
        let msgs = guidance_messages(tag);
        for (id, attr) in &required {
            let t =
                text(&msgs, id, *attr).unwrap_or_else(|| panic!("{tag}: {id} {attr:?} is missing"));
            assert!(!t.trim().is_empty(), "{tag}: {id} {attr:?} is empty");
            assert!(!t.contains("{…}"), "{tag}: {id} {attr:?} has a variable");
        }
    }
}

#[test]
fn only_checklist_items_have_a_check_line() {
    let c = catalogue();
    for tag in ["sv", "en"] {
        let msgs = guidance_messages(tag);
        for item in c.items {
            let has = text(&msgs, &format!("item-{}", item.id), Some("check")).is_some();
            assert_eq!(has, item.checklist, "{tag}: item-{} .check", item.id);
        }
    }
}

#[test]
fn sv_and_en_have_the_same_messages_and_attributes() {
    let shape = |tag: &str| -> BTreeMap<String, (bool, BTreeSet<String>)> {
        guidance_messages(tag)
            .into_iter()
            .map(|(id, m)| (id, (m.value.is_some(), m.attrs.into_keys().collect())))
            .collect()
    };
    assert_eq!(shape("sv"), shape("en"));
}

#[test]
fn en_is_translated_and_marked_as_an_unreviewed_draft() {
    let source = guidance_source("en");
    let resource = parser::parse(source.as_str()).unwrap();
    let header = resource
        .body
        .iter()
        .find_map(|e| match e {
            ast::Entry::GroupComment(c) | ast::Entry::ResourceComment(c) => {
                Some(c.content.join(" "))
            }
            _ => None,
        })
        .unwrap_or_default();
    assert!(
        header.contains("UNREVIEWED DRAFT"),
        "en header must say it is an unreviewed draft: {header:?}"
    );
    let sv = guidance_messages("sv");
    let en = guidance_messages("en");
    for item in catalogue().items {
        let id = format!("item-{}", item.id);
        assert_ne!(
            text(&sv, &id, Some("body")),
            text(&en, &id, Some("body")),
            "{id} is not translated"
        );
    }
}

/// The e2e suite searches "flight" (British English: flight mode) and
/// opens the item; the person must also learn about Wi-Fi and location
/// services from it.
#[test]
fn en_flight_mode_mentions_wifi_and_location_services() {
    let en = guidance_messages("en");
    let t = item_text(&en, "airplane-mode");
    for phrase in ["flight mode", "wi-fi", "location services"] {
        assert!(t.contains(phrase), "en airplane-mode lacks {phrase:?}");
    }
}

// ---------------------------------------------------------------------------
// Faithfulness to the sheet.
// ---------------------------------------------------------------------------

/// Key phrases of the sheet, per item: every recommendation is pinned by at
/// least one phrase, most by several, so that dropping or rewording a point
/// fails here. Matched case-insensitively, whitespace collapsed.
const SHEET_PHRASES: &[(&str, &[&str])] = &[
    (
        "routines-information-transfer",
        &[
            "överföring av information och planering för enskild sker på ett betryggande sätt",
            "rutiner för journalhantering och dokumentation",
        ],
    ),
    (
        "assess-current-situation",
        &[
            "Gå igenom den utsattas aktuella situation",
            "bedöm behovet av stöd och skydd",
            "Länsstyrelsens frågekort hedersrelaterat våld och förtryck",
        ],
    ),
    (
        "crisis-plan-early",
        &[
            "I ett tidigt skede kan det vara bra att göra upp en krisplan med den utsatta",
            "åtgärder som kan vidtas om något inträffar",
            "en rutin som verksamheten har i alla ärenden",
            "även om krisplanen kanske aldrig behöver användas",
        ],
    ),
    (
        "risk-assessment-duty",
        &[
            "skyldighet att göra en riskbedömning vid utredning av våldsutsatta barn och vuxna",
            "ytterligare hot eller våld",
            "brottsoffer- och personsäkerhetsverksamhet (BOPS)",
            "HSLF-FS 2022:39",
            "ska socialtjänsten och polisen utbyta riskbedömningar med varandra",
            "allmänna råden till 4 kap. 1 §",
        ],
    ),
    (
        "technology-evolves",
        &[
            "teknologi ständigt utvecklas",
            "aldrig kan anta att vi har tillräcklig information och kunskap",
            "större säkerhetsåtgärder än vad vi kanske tror behövs",
        ],
    ),
    (
        "phones-outside-room",
        &["lämna mobiltelefoner utanför mötesrummet"],
    ),
    (
        "airplane-mode",
        &[
            "flygplansläge",
            "i förväg ge vägledning och råd",
            "kommunicera med någon form av nätverk",
            "innan påbörjad resa till platsen för mötet",
            "Flygplansläget bör vara på hela mötet",
            "ända fram tills personen återvänder",
            "stänga av samtliga platstjänster",
        ],
    ),
    (
        "gps-gap-explanation",
        &[
            "logga in på varje tjänst",
            "lucka i positioneringen",
            "rimlig förklaring om man tror sig vara övervakad",
            "batteriet tog slut",
        ],
    ),
    (
        "wifi-off",
        &[
            "inte bara är mobildata som ska vara avstängd hela tiden utan även wi-fi",
            "inte blir lika exakt som vid användning av GPS",
        ],
    ),
    (
        "intellectual-disability",
        &[
            "intellektuell funktionsnedsättning",
            "oerhört sårbar och svårupptäckt målgrupp",
            "beroendeställning",
            "annan referensram",
            "förödande konsekvenser för individen",
            "kommunikationsverktyget Våga förstå!",
        ],
    ),
    (
        "individual-measures",
        &[
            "anpassas efter den utsattas individuella behov",
            "anpassas efter omständigheterna",
        ],
    ),
    (
        "agree-contact",
        &[
            "komma överens hur kontakt ska ske",
            "Är det säkert att ringa?",
            "kodord ifall hen inte kan prata",
        ],
    ),
    (
        "sms-care",
        &[
            "försiktighet bör iakttas vid eventuell sms-konversation",
            "Vem kan komma att läsa detta?",
            "skyddade (hemliga) mobilnummer blir synliga i sms",
        ],
    ),
    (
        "support-person-own-will",
        &[
            "stödperson/vän",
            "den utsattas egen vilja och inte något som påtvingats hen",
            "rutin kring hur förfrågningar om medföljande personer ska hanteras",
        ],
    ),
    (
        "support-person-jo",
        &[
            "på frivillig väg komma överens med den enskilde",
            "JO 2010/11 s. 328",
            "vidare utreda en stödpersons närvaro",
            "kan hen nekas tillträde till mötet",
        ],
    ),
    (
        "child-information-routines",
        &[
            "socialnämnden ska fastställa rutiner",
            "kan ha bevittnat våld",
            "ansvaret för att utreda barnets behov",
            "2 kap. 5 §",
            "HSLF-FS 2022:39",
        ],
    ),
    (
        "authorised-interpreter",
        &[
            "Efterfråga i första hand en auktoriserad tolk",
            "Kammarkollegiets hemsida",
            "tolk med rätt kompetens",
        ],
    ),
    (
        "phone-interpreter",
        &[
            "I första hand bör telefontolk användas",
            "gör mötet mer anonymt",
            "telefon- eller platstolk samt kön på tolken",
            "den yrkesverksamma som utifrån en säkerhetsaspekt gör bedömningen",
        ],
    ),
    (
        "announce-interpreter-name",
        &[
            "uppge namnet på tolken i förväg",
            "tolkens bekantskap med den utsattas sociala nätverk",
            "tolken är neutral",
            "ryktesspridning",
        ],
    ),
    (
        "no-names-or-places",
        &[
            "Nämn aldrig namn eller platser",
            "papper och penna",
            "Rita och skriv",
            "informera om tillvägagångssättet",
            "Kom överens om ett tecken",
            "framför klagomål",
        ],
    ),
    (
        "listen-and-believe",
        &["Lyssna på den utsatte och tro på hens upplevelse"],
    ),
    (
        "ill-health-coherence",
        &["dåligt mående kan påverka förmågan att berätta sammanhängande"],
    ),
    (
        "closing-who-sees-what",
        &[
            "Avsluta mötet med tydlig information till den utsatte",
            "vem som kommer ta del av informationen och om vad i så fall",
        ],
    ),
    (
        "closing-next-meeting-contact",
        &[
            "Avsluta mötet med tydlig information till den utsatte",
            "tid för kommande möte samt hur kontakt kan ske på ett säkert sätt",
        ],
    ),
];

#[test]
fn sv_carries_every_recommendation_of_the_sheet() {
    let sv = guidance_messages("sv");
    let pinned: BTreeSet<_> = SHEET_PHRASES.iter().map(|(id, _)| *id).collect();
    let items: BTreeSet<_> = catalogue().items.iter().map(|i| i.id).collect();
    assert_eq!(pinned, items, "every item must be pinned by sheet phrases");
    for (id, phrases) in SHEET_PHRASES {
        let body = normalise(text(&sv, &format!("item-{id}"), Some("body")).unwrap_or(""));
        for phrase in *phrases {
            assert!(
                body.contains(&normalise(phrase)),
                "sv item-{id}.body lacks the sheet's {phrase:?}"
            );
        }
    }
}

#[test]
fn sv_section_titles_and_intros_are_the_sheets() {
    let sv = guidance_messages("sv");
    let expected: &[(&str, Option<&str>, &str)] = &[
        ("section-assess-risks", None, "Bedöm risker"),
        (
            "section-digital-devices",
            None,
            "Säkerhet kopplat till digitala enheter",
        ),
        (
            "section-digital-devices",
            Some("intro"),
            "Tänk på följande inför, under och efter mötet",
        ),
        (
            "section-meeting-forms",
            None,
            "Former för möte och att föra vidare information",
        ),
        ("section-interpreters", None, "Tolkanvändning"),
        (
            "section-interpreters",
            Some("intro"),
            "Utöver ordinarie rutiner för tolkanvändning behöver en ta hänsyn till följande",
        ),
        ("section-approach", None, "Bemötande och förhållningssätt"),
        (
            "section-closing",
            None,
            "Avsluta mötet med tydlig information till den utsatte",
        ),
    ];
    for (id, attr, want) in expected {
        let got = text(&sv, id, *attr).unwrap_or("");
        assert_eq!(normalise(got), normalise(want), "{id} {attr:?}");
    }
}

/// The phrases the lead asked to find anywhere in the Swedish text.
#[test]
fn sv_contains_the_key_phrases() {
    let all = normalise(&all_message_text(&guidance_messages("sv")));
    for phrase in [
        "flygplansläge",
        "platstjänster",
        "wi-fi",
        "kodord",
        "skyddade (hemliga) mobilnummer",
        "auktoriserad tolk",
        "telefontolk",
        "Nämn aldrig namn eller platser",
        "Våga förstå",
        "JO 2010/11 s. 328",
        "HSLF-FS 2022:39",
        "BOPS",
        "batteriet tog slut",
        "stödperson",
        "Lyssna på den utsatte och tro på hens upplevelse",
        "Länsstyrelsens frågekort",
        "Kammarkollegiet",
    ] {
        assert!(all.contains(&normalise(phrase)), "sv lacks {phrase:?}");
    }
}

/// The sheet's typos ("så ska så ska … ska", "det personen") are fixed and
/// its citations written uniformly, not carried over from the PDF.
#[test]
fn sv_fixes_the_typos_of_the_pdf() {
    let all = normalise(&all_message_text(&guidance_messages("sv")));
    for bad in [
        "så ska så ska",
        "i det fall det personen",
        "s.328",
        "4 kap 1",
    ] {
        assert!(!all.contains(bad), "sv still has {bad:?}");
    }
}
