//! The locales Trygg ships and what is known about each.

use serde::Serialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The source locale: every other locale has its message IDs.
pub const SOURCE_LOCALE: &str = "sv";

/// Static facts about a locale.
#[derive(Debug, Clone, Copy)]
pub struct LocaleMeta {
    /// The folder name under `locales/` and the BCP 47 tag.
    pub tag: &'static str,
    /// The language's name in itself, for the switcher.
    pub autonym: &'static str,
    /// The script, where the language subtag alone does not tell the
    /// direction (unic-langid does not list Dari as right-to-left).
    pub script: Option<&'static str>,
}

impl LocaleMeta {
    pub fn langid(&self) -> Option<LanguageIdentifier> {
        let tag = match self.script {
            Some(script) => format!("{}-{}", self.tag, script),
            None => self.tag.to_string(),
        };
        tag.parse().ok()
    }

    /// The tag the web view's `Intl` formats with: the locale with the
    /// Gregorian calendar. Persian's own default is the Solar Hijri
    /// calendar, but the meetings and dates Trygg shows are Swedish
    /// appointments: a Persian or Dari reader sees them as "4 دسامبر 2026",
    /// the same day the practitioner sees, in their own language.
    pub fn intl_tag(&self) -> String {
        format!("{}-u-ca-gregory", self.tag)
    }

    /// Direction from the locale, by unic-langid's `character_direction`.
    pub fn direction(&self) -> TextDirection {
        match self.langid().map(|l| l.character_direction()) {
            Some(CharacterDirection::RTL) => TextDirection::Rtl,
            _ => TextDirection::Ltr,
        }
    }
}

/// Every locale Trygg knows, source first. Only those whose files are
/// present are offered (see [`crate::i18n::Localizer::locales`]).
pub static LOCALES: &[LocaleMeta] = &[
    LocaleMeta {
        tag: "sv",
        autonym: "Svenska",
        script: None,
    },
    LocaleMeta {
        tag: "en",
        autonym: "English",
        script: None,
    },
    LocaleMeta {
        tag: "ar",
        autonym: "العربية",
        script: None,
    },
    LocaleMeta {
        tag: "fa",
        autonym: "فارسی",
        script: None,
    },
    LocaleMeta {
        tag: "prs",
        autonym: "دری",
        script: Some("Arab"),
    },
    LocaleMeta {
        tag: "so",
        autonym: "Soomaali",
        script: None,
    },
    LocaleMeta {
        tag: "ti",
        autonym: "ትግርኛ",
        script: None,
    },
    LocaleMeta {
        tag: "ckb",
        autonym: "کوردیی ناوەندی",
        script: None,
    },
    LocaleMeta {
        tag: "kmr",
        autonym: "Kurdî (Kurmancî)",
        script: None,
    },
    LocaleMeta {
        tag: "tr",
        autonym: "Türkçe",
        script: None,
    },
];

/// Writing direction, as `<html dir>` wants it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    Ltr,
    Rtl,
}

/// What the UI's language switcher shows for a locale.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleInfo {
    pub tag: &'static str,
    pub name: &'static str,
    pub dir: TextDirection,
    /// True while any of its text is an unreviewed draft translation.
    pub draft: bool,
}
