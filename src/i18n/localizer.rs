//! The [`Localizer`]: all bundles, built once; negotiation; fallback; the
//! per-locale payload the UI gets in one call.

use super::embedded::LOCALE_FILES;
use super::locales::{LocaleInfo, LocaleMeta, TextDirection, LOCALES, SOURCE_LOCALE};
use super::messages::{shape_of, MessageKey, MessageShape};
use super::review::{attribute_of, message_id, MessageTexts, ReviewFile, ReviewState, REVIEW_FILE};
use super::I18nError;
use crate::guidance::{catalogue, Catalogue};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};
use unic_langid::LanguageIdentifier;

/// Everything the UI needs for one locale, in one IPC payload.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleBundle {
    pub locale: &'static str,
    pub dir: TextDirection,
    /// True while a reader of this locale sees any text no reviewer has
    /// approved (its own, or fallback text from another translation).
    pub draft: bool,
    /// The locales text was looked up in, in order (e.g. `prs, fa, en, sv`).
    pub chain: Vec<&'static str>,
    /// `id` or `id.attr` → formatted text. Variables appear as `{$name}`
    /// (inside bidi isolation marks) for the UI to fill in.
    pub messages: BTreeMap<String, String>,
    /// Keys whose text came from a fallback locale, not this one.
    pub fallback: Vec<String>,
    pub catalogue: Catalogue,
}

struct LocaleData {
    meta: &'static LocaleMeta,
    bundle: FluentBundle<FluentResource>,
    payload: OnceLock<Arc<LocaleBundle>>,
    /// The locale's own messages as Fluent source (no fallback).
    texts: MessageTexts,
    /// The shipped review state (`review.json`); empty when absent or
    /// unreadable, which makes every message unreviewed.
    review: ReviewFile,
    /// Whether a reader of this locale sees any text no reviewer approved.
    draft: bool,
}

/// All shipped locales' bundles. Build once and share (it is `Sync`).
pub struct Localizer {
    locales: Vec<LocaleData>,
    /// Every message value and attribute of the source, with its variables.
    source_shape: MessageShape,
    /// Kept for locales that have no files (never used for a shipped one).
    empty: MessageTexts,
}

impl Localizer {
    /// Parses every embedded `.ftl` file and builds one bundle per locale.
    pub fn new() -> Result<Localizer, I18nError> {
        Self::from_files(LOCALE_FILES)
    }

    /// Builds the localizer from `(locale tag, file name, contents)`
    /// triples, as embedded by build.rs: `.ftl` files and each locale's
    /// `review.json`. Tests use it to try review states that do not ship.
    pub fn from_files(all: &[(&str, &str, &str)]) -> Result<Localizer, I18nError> {
        let mut locales = Vec::new();
        let mut source_shape = MessageShape::new();
        for meta in LOCALES {
            let files: Vec<_> = all
                .iter()
                .filter(|(tag, name, _)| *tag == meta.tag && name.ends_with(".ftl"))
                .collect();
            if files.is_empty() {
                continue;
            }
            let Some(langid) = meta.langid() else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let mut texts = MessageTexts::new();
            for (tag, name, text) in files {
                let parse_error = || I18nError::Parse {
                    locale: tag.to_string(),
                    file: name.to_string(),
                };
                let stem = name.strip_suffix(".ftl").unwrap_or(name);
                texts.add_file(stem, text).map_err(|_| parse_error())?;
                if meta.tag == SOURCE_LOCALE {
                    let ast = fluent_syntax::parser::parse(*text).map_err(|_| parse_error())?;
                    source_shape.extend(shape_of(&ast));
                }
                let res = FluentResource::try_new(text.to_string()).map_err(|_| parse_error())?;
                bundle.add_resource(res).map_err(|_| parse_error())?;
            }
            let review = all
                .iter()
                .find(|(tag, name, _)| *tag == meta.tag && *name == REVIEW_FILE)
                .and_then(|(_, _, json)| ReviewFile::parse(json).ok())
                .filter(|f| f.locale == meta.tag)
                .unwrap_or_else(|| ReviewFile::empty(meta.tag));
            locales.push(LocaleData {
                meta,
                bundle,
                payload: OnceLock::new(),
                texts,
                review,
                draft: true,
            });
        }
        let mut localizer = Localizer {
            locales,
            source_shape,
            empty: MessageTexts::new(),
        };
        let drafts: Vec<bool> = localizer
            .locales
            .iter()
            .map(|l| localizer.shows_unapproved_text(l.meta.tag))
            .collect();
        for (l, draft) in localizer.locales.iter_mut().zip(drafts) {
            l.draft = draft;
        }
        Ok(localizer)
    }

    /// Whether a reader of `tag` would see any text that no reviewer has
    /// approved: a message of the locale itself, or the fallback text of
    /// another translation (e.g. an unreviewed English string where Dari
    /// lacks one). Approvals for texts that changed since do not count.
    /// The source is never a draft.
    fn shows_unapproved_text(&self, tag: &str) -> bool {
        if tag == SOURCE_LOCALE {
            return false;
        }
        let source = self.source_texts();
        let chain: Vec<&LocaleData> = self
            .chain(tag)
            .into_iter()
            .filter_map(|t| self.data(t))
            .collect();
        source.keys().any(|key| {
            let Some(from) = chain.iter().find(|d| d.texts.contains(key)) else {
                return false;
            };
            from.meta.tag != SOURCE_LOCALE
                && from.review.state_of(key, source, &from.texts) != ReviewState::Approved
        })
    }

    /// Facts about a shipped locale.
    pub fn meta(&self, tag: &str) -> Option<&'static LocaleMeta> {
        self.data(tag).map(|d| d.meta)
    }

    /// The source locale's messages as Fluent source, in file order.
    pub fn source_texts(&self) -> &MessageTexts {
        self.data(SOURCE_LOCALE)
            .map(|d| &d.texts)
            .unwrap_or(&self.empty)
    }

    /// A locale's own messages as Fluent source (no fallback).
    pub fn texts(&self, tag: &str) -> Result<&MessageTexts, I18nError> {
        self.data(tag)
            .map(|d| &d.texts)
            .ok_or(I18nError::UnknownLocale)
    }

    /// No messages (for callers that need a reference to nothing).
    pub fn empty_texts(&self) -> &MessageTexts {
        &self.empty
    }

    /// The review state shipped with a locale.
    pub fn shipped_review(&self, tag: &str) -> Result<&ReviewFile, I18nError> {
        self.data(tag)
            .map(|d| &d.review)
            .ok_or(I18nError::UnknownLocale)
    }

    /// Whether the locale is a draft: see [`LocaleBundle::draft`].
    pub fn is_draft(&self, tag: &str) -> bool {
        self.data(tag).map_or(true, |d| d.draft)
    }

    /// The locales offered to the user, source first.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.locales
            .iter()
            .map(|l| LocaleInfo {
                tag: l.meta.tag,
                name: l.meta.autonym,
                dir: l.meta.direction(),
                draft: l.draft,
            })
            .collect()
    }

    fn data(&self, tag: &str) -> Option<&LocaleData> {
        self.locales.iter().find(|l| l.meta.tag == tag)
    }

    /// Whether `tag` is a shipped locale.
    pub fn has(&self, tag: &str) -> bool {
        self.data(tag).is_some()
    }

    /// Picks the best shipped locale for the user's preferences (the OS
    /// locales, most preferred first), falling back to the source locale.
    pub fn negotiate(&self, requested: &[String]) -> &'static str {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| normalise_os_locale(r).parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = self
            .locales
            .iter()
            .filter_map(|l| l.meta.tag.parse().ok())
            .collect();
        let default: LanguageIdentifier = unic_langid::langid!("sv");
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|c| {
                self.locales
                    .iter()
                    .find(|l| l.meta.tag == c.language.as_str())
            })
            .map(|l| l.meta.tag)
            .unwrap_or(SOURCE_LOCALE)
    }

    /// Where text for `tag` is looked up, in order: the locale itself,
    /// Dari → Persian, then English, then Swedish (the source).
    pub fn chain(&self, tag: &str) -> Vec<&'static str> {
        let mut wanted: Vec<&str> = vec![tag];
        if tag != SOURCE_LOCALE {
            // The source has every message; it never borrows a translation's.
            if tag == "prs" {
                wanted.push("fa");
            }
            wanted.push("en");
            wanted.push(SOURCE_LOCALE);
        }
        let mut out: Vec<&'static str> = Vec::new();
        for w in wanted {
            if let Some(d) = self.data(w) {
                if !out.contains(&d.meta.tag) {
                    out.push(d.meta.tag);
                }
            }
        }
        out
    }

    /// Formats one message value or attribute in `tag`, walking the
    /// fallback chain. Returns the text and the locale it came from.
    pub fn format(
        &self,
        tag: &str,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<(String, &'static str)> {
        for t in self.chain(tag) {
            let data = self.data(t)?;
            let Some(msg) = data.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|at| at.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = data.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return Some((text.into_owned(), data.meta.tag));
            }
        }
        None
    }

    /// The shape of the source locale: every message key and its variables.
    pub fn source_shape(&self) -> &MessageShape {
        &self.source_shape
    }

    /// Everything the UI needs for `tag`, built on first use and kept.
    pub fn bundle(&self, tag: &str) -> Result<Arc<LocaleBundle>, I18nError> {
        let data = self.data(tag).ok_or(I18nError::UnknownLocale)?;
        Ok(data
            .payload
            .get_or_init(|| Arc::new(self.build_payload(data)))
            .clone())
    }

    fn build_payload(&self, data: &LocaleData) -> LocaleBundle {
        let mut messages = BTreeMap::new();
        let mut fallback = Vec::new();
        for (key, vars) in &self.source_shape {
            let args = placeholder_args(vars);
            let formatted = self.format(data.meta.tag, &key.id, key.attr.as_deref(), args.as_ref());
            if let Some((text, from)) = formatted {
                if from != data.meta.tag {
                    fallback.push(key.flat());
                }
                messages.insert(key.flat(), text);
            }
        }
        LocaleBundle {
            locale: data.meta.tag,
            dir: data.meta.direction(),
            draft: data.draft,
            chain: self.chain(data.meta.tag),
            messages,
            fallback,
            catalogue: catalogue(),
        }
    }

    /// The raw shape of one locale's own messages (no fallback).
    pub fn shape_of_locale(&self, tag: &str) -> Result<MessageShape, I18nError> {
        let data = self.data(tag).ok_or(I18nError::UnknownLocale)?;
        Ok(data
            .texts
            .iter()
            .map(|m| {
                let key = MessageKey {
                    id: message_id(&m.key).to_string(),
                    attr: attribute_of(&m.key).map(str::to_string),
                };
                (key, m.vars.clone())
            })
            .collect())
    }
}

/// Each variable becomes the literal `{$name}` so the UI can fill it in.
fn placeholder_args(vars: &BTreeSet<String>) -> Option<FluentArgs<'static>> {
    if vars.is_empty() {
        return None;
    }
    let mut args = FluentArgs::new();
    for v in vars {
        args.set(v.clone(), FluentValue::from(format!("{{${v}}}")));
    }
    Some(args)
}

/// `sv_SE.UTF-8` → `sv-SE`; `C`/`POSIX` → nothing useful.
fn normalise_os_locale(s: &str) -> String {
    let base = s.split(['.', '@']).next().unwrap_or("");
    base.replace('_', "-")
}
