//! Warnings for an alias that looks like a real identity.
//!
//! A case is shown by an alias the practitioner chooses. If someone picks up
//! the device, an alias such as "Klient A" or "Rosen" says nothing; a name, a
//! personal identity number, an address or a phone number says everything.
//! These checks nudge the practitioner toward an alias. They are warnings,
//! not errors: the practitioner decides, and a false alarm costs only a
//! second look.

use serde::Serialize;

/// What an alias looks like that it should not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum AliasWarning {
    /// A Swedish personnummer or samordningsnummer with a valid check digit.
    PersonalIdentityNumber,
    /// A street name with a number, or a postcode (NNN NN).
    StreetAddress,
    /// A run of seven or more digits (not already a personal identity number).
    PhoneNumber,
    /// Two or more capitalised words in a row, like a first and last name.
    FullName,
}

impl AliasWarning {
    /// The kebab-case ID; the UI's text is `alias-warning-<id>` in Fluent.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasWarning::PersonalIdentityNumber => "personal-identity-number",
            AliasWarning::StreetAddress => "street-address",
            AliasWarning::PhoneNumber => "phone-number",
            AliasWarning::FullName => "full-name",
        }
    }
}

/// Every warning that applies to `alias`, each at most once, in the order
/// of [`AliasWarning`]'s variants. Empty when the alias looks harmless.
pub fn alias_warnings(alias: &str) -> Vec<AliasWarning> {
    let chars: Vec<char> = alias.chars().collect();
    let numbers = number_runs(&chars);
    let pin = numbers.iter().any(is_personal_number);
    let phone = numbers
        .iter()
        .any(|r| !is_personal_number(r) && r.digits.len() >= 7);
    let address = has_street_address(&chars) || has_postcode(&numbers);
    let name = has_full_name(alias);

    let mut out = Vec::new();
    for (hit, warning) in [
        (pin, AliasWarning::PersonalIdentityNumber),
        (address, AliasWarning::StreetAddress),
        (phone, AliasWarning::PhoneNumber),
        (name, AliasWarning::FullName),
    ] {
        if hit {
            out.push(warning);
        }
    }
    out
}

/// A run of digits joined by single separators, as numbers are typed:
/// "19121212-1212", "070-123 45 67", "+46 70 123".
struct NumberRun {
    digits: Vec<u8>,
    /// Lengths of the digit groups between separators, in order.
    groups: Vec<usize>,
    /// The separators between groups, in order.
    separators: Vec<char>,
}

const NUMBER_SEPARATORS: &[char] = &[' ', '-', '+', '.', '/'];

fn number_runs(chars: &[char]) -> Vec<NumberRun> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut run = NumberRun {
            digits: Vec::new(),
            groups: Vec::new(),
            separators: Vec::new(),
        };
        loop {
            let start = run.digits.len();
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                run.digits.push(d as u8);
                i += 1;
            }
            run.groups.push(run.digits.len() - start);
            // One separator followed by a digit continues the run.
            match (chars.get(i), chars.get(i + 1)) {
                (Some(&sep), Some(next))
                    if NUMBER_SEPARATORS.contains(&sep) && next.is_ascii_digit() =>
                {
                    run.separators.push(sep);
                    i += 1;
                }
                _ => break,
            }
        }
        runs.push(run);
    }
    runs
}

/// YYMMDD-XXXX, YYMMDD+XXXX, YYMMDDXXXX, YYYYMMDD-XXXX or YYYYMMDDXXXX,
/// with a plausible month and day (day + 60 for a samordningsnummer) and a
/// valid Luhn check digit over the ten-digit form.
fn is_personal_number(run: &NumberRun) -> bool {
    let shape_ok = match (run.groups.as_slice(), run.separators.as_slice()) {
        ([10], []) | ([12], []) => true,
        ([6, 4], [sep]) | ([8, 4], [sep]) => *sep == '-' || *sep == '+',
        _ => false,
    };
    if !shape_ok {
        return false;
    }
    let ten = if run.digits.len() == 12 {
        let century = run.digits[0] * 10 + run.digits[1];
        if !(18..=20).contains(&century) {
            return false;
        }
        &run.digits[2..]
    } else {
        &run.digits[..]
    };
    let month = ten[2] * 10 + ten[3];
    let day = ten[4] * 10 + ten[5];
    let day_ok = (1..=31).contains(&day) || (61..=91).contains(&day);
    (1..=12).contains(&month) && day_ok && luhn_ok(ten)
}

/// The Luhn check used by Skatteverket: weights 2,1,2,1,… over the first
/// nine digits; the tenth makes the digit sum a multiple of ten.
fn luhn_ok(ten: &[u8]) -> bool {
    let sum: u32 = ten[..9]
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let v = u32::from(d) * if i % 2 == 0 { 2 } else { 1 };
            v / 10 + v % 10
        })
        .sum();
    (10 - sum % 10) % 10 == u32::from(ten[9])
}

/// A Swedish postcode as Postnord writes it: "NNN NN".
fn has_postcode(runs: &[NumberRun]) -> bool {
    runs.iter()
        .any(|r| r.groups.as_slice() == [3, 2] && r.separators.as_slice() == [' '])
}

/// Endings of Swedish street names (lower case).
const STREET_SUFFIXES: &[&str] = &[
    "gatan",
    "gata",
    "vägen",
    "väg",
    "gränd",
    "gränden",
    "stigen",
    "torget",
    "torg",
    "allén",
    "allé",
    "backen",
    "plan",
    "leden",
    "gången",
    "slingan",
    "platsen",
    "kajen",
    "liden",
    "promenaden",
    "esplanaden",
    "stråket",
];

/// Suffixes that are also ordinary words on their own ("Plan 2" is a
/// floor, "Väg 5" a road number); they count only as part of a longer word.
const SUFFIXES_NOT_ALONE: &[&str] = &["plan", "väg", "torg", "gata"];

/// A word ending in a street suffix, followed by a house number.
fn has_street_address(chars: &[char]) -> bool {
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_alphabetic() {
            i += 1;
        }
        let word: String = chars[start..i]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        let number_follows = j > i && chars.get(j).is_some_and(char::is_ascii_digit);
        if number_follows && is_street_word(&word) {
            return true;
        }
    }
    false
}

/// Whether a lower-case word is a street name.
fn is_street_word(word: &str) -> bool {
    STREET_SUFFIXES.iter().any(|suffix| {
        word.ends_with(suffix)
            && (word.len() > suffix.len() || !SUFFIXES_NOT_ALONE.contains(suffix))
    })
}

/// Lower-case name particles that may stand between capitalised names
/// ("Anna von Berg", "Omar al Hassan").
const NAME_PARTICLES: &[&str] = &[
    "af", "al", "av", "bin", "da", "de", "del", "di", "el", "ibn", "van", "von",
];

/// Two or more capitalised words in a row (one particle between them
/// allowed). A street name followed by a number is an address, not part of
/// a name, so "Stora Torget 3" is not also taken for a name.
fn has_full_name(alias: &str) -> bool {
    let words: Vec<&str> = alias
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '"' | '(' | ')')))
        .collect();
    let mut run = 0;
    let mut pending_particle = false;
    for (i, word) in words.iter().enumerate() {
        let street = is_street_word(&word.to_lowercase())
            && words
                .get(i + 1)
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()));
        if is_capitalised(word) && !street {
            run += 1;
            pending_particle = false;
            if run >= 2 {
                return true;
            }
        } else if run > 0 && !pending_particle && NAME_PARTICLES.contains(word) {
            pending_particle = true;
        } else {
            run = 0;
            pending_particle = false;
        }
    }
    false
}

/// Upper-case first letter, then letters (hyphen and apostrophe allowed
/// inside) including at least one lower-case letter: "Anna", "Anna-Karin",
/// "McDonald", "O'Brien"; not "A", "AB" or "12".
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: Vec<char> = chars.collect();
    first.is_uppercase()
        && rest
            .iter()
            .all(|c| c.is_alphabetic() || *c == '-' || *c == '\'' || *c == '’')
        && rest.iter().any(|c| c.is_lowercase())
}
