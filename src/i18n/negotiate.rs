//! Locale negotiation: the reader's language preferences (the OS's list or
//! the remembered choice, most preferred first) → the Trygg locale to show.
//!
//! Each requested tag is mapped on its own to one of Trygg's locales; the
//! first one that maps to a shipped locale wins, in the order given, and
//! nothing matching means the source, Swedish. A tag may be BCP 47
//! (`fa-AF`, `ku-Arab-IQ`, `en-US-u-ca-gregory`) or POSIX (`fa_AF.UTF-8`,
//! `ku_TR.UTF-8@latin`, `sv_SE@euro`); `C` and `POSIX` ask for nothing.
//!
//! | requested | Trygg locale |
//! |---|---|
//! | `fa-AF` (any script), `prs-*` | `prs` (Dari) |
//! | `fa`, `fa-IR`, any other `fa-*` | `fa` (Iranian Persian) |
//! | `ku-Arab-*` (`@arabic`), `ku-IQ`, `ku-IR`, `ckb-*` | `ckb` (Sorani) |
//! | `ku`, `ku-Latn-*` (`@latin`), `ku-TR`, `ku-SY`, any other `ku-*`, `kmr-*` | `kmr` (Kurmanji) |
//! | `ar-*`, `so-*`, `ti-*`, `tr-*`, `en-*`, `sv-*` | the language itself |
//!
//! For Kurdish the script decides before the region: `ku-Arab-TR` is read
//! as Sorani, the only Arabic-script Kurdish Trygg ships.
//!
//! Why a table and not fluent-langneg: langneg matches subtags and likely
//! subtags, and has no notion that `fa-AF` is Dari, a Trygg locale of its
//! own (it gives Iranian Persian), nor that `ku` is a macrolanguage whose
//! members Trygg ships as `ckb` and `kmr` (it gives nothing, so Swedish).
//! With those rules written out, every other Trygg locale is chosen by its
//! language subtag alone, so langneg would have nothing left to decide and
//! is not used. Parsing is unic-langid's.

use super::locales::SOURCE_LOCALE;
use unic_langid::subtags::Script;
use unic_langid::LanguageIdentifier;

/// The first of `requested` that maps to a locale in `shipped`, or the
/// source locale when none does.
pub fn negotiate<S: AsRef<str>>(requested: &[S], shipped: &[&str]) -> &'static str {
    requested
        .iter()
        .filter_map(|r| trygg_locale(r.as_ref()))
        .find(|tag| shipped.contains(tag))
        .unwrap_or(SOURCE_LOCALE)
}

/// The Trygg locale one requested tag asks for, shipped or not; `None` for
/// a language Trygg does not have, `C`/`POSIX` or a tag that does not parse.
pub fn trygg_locale(requested: &str) -> Option<&'static str> {
    let id = parse(requested)?;
    let script = id.script.as_ref().map(Script::as_str);
    let region = id.region.as_ref().map(|r| r.as_str());
    let tag = match id.language.as_str() {
        "fa" if region == Some("AF") => "prs",
        "fa" => "fa",
        "prs" => "prs",
        "ku" => match (script, region) {
            (Some("Arab"), _) => "ckb",
            (Some(_), _) => "kmr",
            (None, Some("IQ" | "IR")) => "ckb",
            (None, _) => "kmr",
        },
        "ckb" => "ckb",
        "kmr" => "kmr",
        "ar" => "ar",
        "so" => "so",
        "ti" => "ti",
        "tr" => "tr",
        "en" => "en",
        "sv" => "sv",
        _ => return None,
    };
    Some(tag)
}

/// A requested tag as a language identifier. POSIX
/// `language[_territory][.codeset][@modifier]` loses its codeset; a script
/// modifier (`@latin`, `@arabic`, `@cyrillic`) becomes the script when the
/// tag has none. BCP 47 extensions (`-u-…`, `-x-…`), which unic-langid does
/// not parse and which never change the language, are dropped.
fn parse(requested: &str) -> Option<LanguageIdentifier> {
    let requested = requested.trim();
    let (base, modifier) = match requested.split_once('@') {
        Some((base, modifier)) => (base, Some(modifier)),
        None => (requested, None),
    };
    let base = base.split('.').next().unwrap_or(base);
    if base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let mut id = LanguageIdentifier::from_bytes(without_extensions(base).as_bytes()).ok()?;
    if id.script.is_none() {
        id.script = modifier.and_then(modifier_script);
    }
    Some(id)
}

/// The part of a tag before its first singleton subtag (`u`, `t`, `x`, …).
fn without_extensions(tag: &str) -> &str {
    let mut end = 0;
    for (i, subtag) in tag.split(['-', '_']).enumerate() {
        if i > 0 && subtag.len() == 1 {
            break;
        }
        end += subtag.len() + usize::from(i > 0);
    }
    &tag[..end]
}

/// The script a POSIX modifier names, if it names one.
fn modifier_script(modifier: &str) -> Option<Script> {
    let name = modifier.split('.').next().unwrap_or(modifier);
    let code = match name.to_ascii_lowercase().as_str() {
        "latin" => "Latn",
        "arabic" => "Arab",
        "cyrillic" => "Cyrl",
        _ => return None,
    };
    code.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LOCALES;

    fn all() -> Vec<&'static str> {
        LOCALES.iter().map(|l| l.tag).collect()
    }

    /// OS locale lists (most preferred first) and the locale Trygg starts in.
    const TABLE: &[(&[&str], &str)] = &[
        // Dari: the usual tag is Persian in Afghanistan.
        (&["fa-AF"], "prs"),
        (&["fa_AF.UTF-8"], "prs"),
        (&["fa-Arab-AF"], "prs"),
        (&["prs"], "prs"),
        (&["prs-AF"], "prs"),
        (&["prs-Arab-AF"], "prs"),
        // Iranian Persian.
        (&["fa"], "fa"),
        (&["fa-IR"], "fa"),
        (&["fa_IR.UTF-8"], "fa"),
        (&["fa-Latn"], "fa"),
        // Kurmanji: Latin script, Turkey, Syria, or no region.
        (&["ku"], "kmr"),
        (&["ku-Latn"], "kmr"),
        (&["ku-TR"], "kmr"),
        (&["ku-SY"], "kmr"),
        (&["ku_TR.UTF-8"], "kmr"),
        (&["ku_TR.UTF-8@latin"], "kmr"),
        (&["ku-Latn-IQ"], "kmr"),
        (&["kmr"], "kmr"),
        (&["kmr-TR"], "kmr"),
        (&["kmr-Latn-TR"], "kmr"),
        // Sorani: Arabic script, Iraq, Iran.
        (&["ku-Arab"], "ckb"),
        (&["ku-IQ"], "ckb"),
        (&["ku_IQ"], "ckb"),
        (&["ku-IR"], "ckb"),
        (&["ku-Arab-IQ"], "ckb"),
        (&["ku_IQ.UTF-8@arabic"], "ckb"),
        (&["ckb"], "ckb"),
        (&["ckb-IQ"], "ckb"),
        (&["ckb_IQ.UTF-8"], "ckb"),
        (&["ckb-Arab-IR"], "ckb"),
        // Arabic, any region or script.
        (&["ar"], "ar"),
        (&["ar-SA"], "ar"),
        (&["ar_EG.UTF-8"], "ar"),
        (&["ar-001"], "ar"),
        (&["ar-Arab-SY"], "ar"),
        // Somali, Tigrinya, Turkish.
        (&["so-SO"], "so"),
        (&["so_SO.UTF-8"], "so"),
        (&["ti-ER"], "ti"),
        (&["ti-ET"], "ti"),
        (&["tr-TR"], "tr"),
        (&["tr_TR.UTF-8"], "tr"),
        // English and Swedish.
        (&["en-GB"], "en"),
        (&["en_US.UTF-8"], "en"),
        (&["en-US-u-ca-gregory"], "en"),
        (&["EN_gb"], "en"),
        (&["sv-SE"], "sv"),
        (&["sv_SE.UTF-8"], "sv"),
        (&["sv_SE@euro"], "sv"),
        (&["sv-FI"], "sv"),
        // Nothing Trygg has: Swedish.
        (&["de-DE"], "sv"),
        (&["zh-Hant-TW"], "sv"),
        (&["C"], "sv"),
        (&["POSIX"], "sv"),
        (&["C.UTF-8"], "sv"),
        (&[""], "sv"),
        (&[], "sv"),
        // The first tag that maps wins, in the order given.
        (&["de-DE", "fa-AF"], "prs"),
        (&["C", "ku-Arab-IQ"], "ckb"),
        (&["zh-Hant-TW", "nb-NO", "en-GB", "sv-SE"], "en"),
        (&["fa-IR", "fa-AF"], "fa"),
        (&["ku-TR", "tr-TR"], "kmr"),
        (&["tr-TR", "ku-TR"], "tr"),
        (&["not a tag", "so"], "so"),
    ];

    #[test]
    fn negotiate_table() {
        let shipped = all();
        let wrong: Vec<String> = TABLE
            .iter()
            .filter_map(|(requested, expected)| {
                let got = negotiate(requested, &shipped);
                (got != *expected).then(|| format!("{requested:?}: got {got}, want {expected}"))
            })
            .collect();
        assert!(wrong.is_empty(), "wrong negotiation:\n{}", wrong.join("\n"));
        assert!(TABLE.len() >= 30);
    }

    #[test]
    fn negotiate_maps_only_to_known_locales() {
        let shipped = all();
        for (requested, _) in TABLE {
            for r in requested.iter() {
                if let Some(tag) = trygg_locale(r) {
                    assert!(shipped.contains(&tag), "{r} maps to unknown {tag}");
                }
            }
        }
    }

    #[test]
    fn negotiate_skips_locales_not_shipped() {
        let shipped = ["sv", "en", "fa"];
        assert_eq!(negotiate(&["fa-AF", "en-GB"], &shipped), "en");
        assert_eq!(negotiate(&["ku-TR"], &shipped), "sv");
        assert_eq!(negotiate(&["fa-IR"], &shipped), "fa");
    }

    #[test]
    fn negotiate_survives_garbage() {
        let garbage = [
            "@",
            ".",
            "-",
            "_",
            "@latin",
            ".UTF-8",
            "ku-",
            "-ku",
            "ä_ö.UTF-8",
            "ku--TR",
            "x-private",
            "fa-AF-x",
            "🙂",
            "ku_TR@",
            "C@latin",
        ];
        for g in garbage {
            let tag = negotiate(&[g], &all());
            assert!(all().contains(&tag), "{g:?} gave {tag}");
        }
        assert_eq!(trygg_locale("fa-AF-x-private"), Some("prs"));
        assert_eq!(trygg_locale("ku-u-nu-arab"), Some("kmr"));
    }
}
