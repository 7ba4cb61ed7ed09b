//! The OS's preferred languages, most preferred first, for choosing the
//! start-up locale when the user has not picked one. The core maps them to
//! Trygg's locales (`trygg::i18n::Localizer::negotiate`); this only reads.
//!
//! - Windows, macOS, iOS, Android: the platform's own list, by sys-locale
//!   (the user's preferred UI languages, not only the one in use).
//! - Linux and other Unix: the POSIX variables, in gettext's precedence
//!   ([`posix_locales`]).

/// The values of the POSIX locale variables. Unset and empty are the same.
#[derive(Debug, Clone, Copy, Default)]
pub struct PosixEnv<'a> {
    pub language: Option<&'a str>,
    pub lc_all: Option<&'a str>,
    pub lc_messages: Option<&'a str>,
    pub lang: Option<&'a str>,
}

impl PosixEnv<'_> {
    /// The locale messages are shown in by POSIX: the first set of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`; none set is the `C` locale.
    fn messages_locale(&self) -> &str {
        [self.lc_all, self.lc_messages, self.lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .unwrap_or("C")
    }
}

/// The requested locales the POSIX variables give, as written (the core
/// reads POSIX forms such as `ku_TR.UTF-8@latin` itself):
///
/// 1. `LANGUAGE`, a colon-separated list. As in gettext, it counts only
///    when the messages locale is not `C`/`POSIX` (unset counts as `C`).
/// 2. `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order. POSIX uses only the
///    first one set; the later ones stay as further preferences, so a tag
///    Trygg does not have falls through to the next instead of to Swedish.
///
/// `C` and `POSIX` (with any codeset) are left out, and so are repeats.
pub fn posix_locales(env: PosixEnv<'_>) -> Vec<String> {
    let language = env
        .language
        .filter(|_| !is_c_locale(env.messages_locale()))
        .into_iter()
        .flat_map(|list| list.split(':'));
    let rest = [env.lc_all, env.lc_messages, env.lang]
        .into_iter()
        .flatten();
    let mut out: Vec<String> = Vec::new();
    for v in language.chain(rest) {
        let v = v.trim();
        if !v.is_empty() && !is_c_locale(v) && !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    }
    out
}

/// `C`, `POSIX`, `C.UTF-8`, `POSIX@…`: the locale that asks for no language.
fn is_c_locale(v: &str) -> bool {
    let base = v.split(['.', '@']).next().unwrap_or(v);
    base == "C" || base == "POSIX"
}

/// The OS's preferred languages, most preferred first (maybe none).
///
/// On Linux and other Unix there is no fallback to sys-locale: there it
/// reads the same four variables, without gettext's `C` rule, so it could
/// only add what [`posix_locales`] left out on purpose.
pub fn os_locales() -> Vec<String> {
    #[cfg(all(unix, not(any(target_vendor = "apple", target_os = "android"))))]
    {
        let var = |name: &str| std::env::var(name).ok();
        let (language, lc_all, lc_messages, lang) = (
            var("LANGUAGE"),
            var("LC_ALL"),
            var("LC_MESSAGES"),
            var("LANG"),
        );
        posix_locales(PosixEnv {
            language: language.as_deref(),
            lc_all: lc_all.as_deref(),
            lc_messages: lc_messages.as_deref(),
            lang: lang.as_deref(),
        })
    }
    #[cfg(any(not(unix), target_vendor = "apple", target_os = "android"))]
    {
        sys_locale::get_locales()
            .filter(|v| !v.trim().is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trygg::i18n::Localizer;

    const fn env<'a>(
        language: Option<&'a str>,
        lc_all: Option<&'a str>,
        lc_messages: Option<&'a str>,
        lang: Option<&'a str>,
    ) -> PosixEnv<'a> {
        PosixEnv {
            language,
            lc_all,
            lc_messages,
            lang,
        }
    }

    /// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) → the requested list, and the
    /// Trygg locale the shipped localizer makes of it.
    #[allow(clippy::type_complexity)]
    const TABLE: &[(PosixEnv<'static>, &[&str], &str)] = &[
        // Nothing set: the C locale, nothing requested.
        (env(None, None, None, None), &[], "sv"),
        (
            env(None, None, None, Some("sv_SE.UTF-8")),
            &["sv_SE.UTF-8"],
            "sv",
        ),
        // LANGUAGE comes first, and is a list.
        (
            env(Some("fa_AF:fa:en"), None, None, Some("fa_AF.UTF-8")),
            &["fa_AF", "fa", "en", "fa_AF.UTF-8"],
            "prs",
        ),
        (
            env(Some("ku_TR"), None, None, Some("tr_TR.UTF-8")),
            &["ku_TR", "tr_TR.UTF-8"],
            "kmr",
        ),
        // gettext ignores LANGUAGE in the C locale, set or by default.
        (env(Some("ar"), None, None, None), &[], "sv"),
        (env(Some("ar"), None, None, Some("C.UTF-8")), &[], "sv"),
        // LC_ALL=POSIX shuts out LANGUAGE; LANG is still a preference.
        (
            env(Some("fa_AF"), Some("POSIX"), None, Some("ar_EG.UTF-8")),
            &["ar_EG.UTF-8"],
            "ar",
        ),
        // LC_ALL before LC_MESSAGES before LANG.
        (
            env(
                None,
                Some("ku_IQ.UTF-8"),
                Some("en_GB.UTF-8"),
                Some("sv_SE.UTF-8"),
            ),
            &["ku_IQ.UTF-8", "en_GB.UTF-8", "sv_SE.UTF-8"],
            "ckb",
        ),
        (
            env(None, None, Some("ti_ER.UTF-8"), Some("en_US.UTF-8")),
            &["ti_ER.UTF-8", "en_US.UTF-8"],
            "ti",
        ),
        // Empty is unset; an unsupported first choice falls through.
        (
            env(Some(""), Some(""), Some("de_DE.UTF-8"), Some("so_SO.UTF-8")),
            &["de_DE.UTF-8", "so_SO.UTF-8"],
            "so",
        ),
        // Empty list entries and repeats are dropped.
        (
            env(Some("ku_TR.UTF-8@latin::en"), None, None, Some("en")),
            &["ku_TR.UTF-8@latin", "en"],
            "kmr",
        ),
        // What the e2e harness sets (tests/e2e/lib/app.mjs, osLocaleEnv).
        (
            env(Some("ckb"), None, None, Some("ckb.UTF-8")),
            &["ckb", "ckb.UTF-8"],
            "ckb",
        ),
        (
            env(Some("sv"), None, None, Some("sv_SE.UTF-8")),
            &["sv", "sv_SE.UTF-8"],
            "sv",
        ),
        (
            env(Some("en"), None, None, Some("en_GB.UTF-8")),
            &["en", "en_GB.UTF-8"],
            "en",
        ),
    ];

    #[test]
    fn posix_env_table() {
        let l10n = Localizer::new().expect("embedded locales parse");
        assert!(TABLE.len() >= 8);
        for (e, want, locale) in TABLE {
            let got = posix_locales(*e);
            assert_eq!(got, *want, "{e:?}");
            assert_eq!(l10n.negotiate(&got), *locale, "{e:?} → {got:?}");
        }
    }

    #[test]
    fn c_locale_forms() {
        for c in ["C", "POSIX", "C.UTF-8", "C.utf8", "POSIX@x"] {
            assert!(is_c_locale(c), "{c}");
            assert!(posix_locales(env(Some("ar"), None, None, Some(c))).is_empty());
        }
        for not_c in ["Ca_ES", "ckb", "en_US.UTF-8"] {
            assert!(!is_c_locale(not_c), "{not_c}");
        }
    }

    #[test]
    fn os_locales_are_never_empty_strings_or_c() {
        for v in os_locales() {
            assert!(!v.trim().is_empty() && !is_c_locale(&v), "{v:?}");
        }
    }
}
