//! The [`Localizer`]: all bundles, built once; negotiation; fallback; the
//! per-locale payload the UI gets in one call; review data read on first use.

use super::embedded::LOCALE_FILES;
use super::locales::{LocaleInfo, LocaleMeta, TextDirection, LOCALES, SOURCE_LOCALE};
use super::messages::{MessageKey, MessageShape};
use super::negotiate;
use super::review::{attribute_of, message_id, MessageTexts, ReviewFile, ReviewState, REVIEW_FILE};
use super::I18nError;
use crate::guidance::{catalogue, Catalogue};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use serde::Serialize;
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// Everything the UI needs for one locale, in one IPC payload.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleBundle {
    pub locale: &'static str,
    pub dir: TextDirection,
    /// True while a reader of this locale sees any text no reviewer has
    /// approved (its own, or fallback text from another translation).
    pub draft: bool,
    /// The locales text was looked up in, in order (e.g. `prs, fa, en, sv`).
    pub chain: Vec<&'static str>,
    /// The Fluent source of every locale in `chain`, in the same order.
    /// The UI formats every message from these with Mozilla's
    /// `@fluent/bundle`, with the real values of its variables (plurals,
    /// numbers, dates and lists by the locale's CLDR rules); the core has
    /// already parsed and checked the same files.
    pub resources: Vec<LocaleSource>,
    pub catalogue: Catalogue,
}

/// One locale's Fluent files, as the UI formats them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleSource {
    pub locale: &'static str,
    /// The tag the web view's `Intl` formats this locale's plurals,
    /// numbers, dates and lists with (see [`LocaleMeta::intl_tag`]).
    pub intl: String,
    pub dir: TextDirection,
    /// The locale's `.ftl` files, joined.
    pub source: String,
}

/// One shipped locale. Its Fluent bundle is built when the [`Localizer`] is
/// made (a strict parse: a syntax error or duplicate ID fails start-up);
/// what only the review and the draft flag need is read on first use, so
/// start-up does not pay for nine locales' review data.
struct LocaleData {
    meta: &'static LocaleMeta,
    bundle: FluentBundle<FluentResource>,
    payload: OnceLock<Arc<LocaleBundle>>,
    /// The `.ftl` files as (name, contents), for [`LocaleData::texts`].
    files: Vec<(String, Text)>,
    /// The locale's own messages as Fluent source (no fallback), parsed
    /// from `files` on first use.
    texts: OnceLock<Result<MessageTexts, I18nError>>,
    /// The locale's `review.json`, if it ships one.
    review_json: Option<Text>,
    /// The shipped review state, read on first use; empty when absent or
    /// unreadable, which makes every message unreviewed.
    review: OnceLock<ReviewFile>,
    /// Whether a reader of this locale sees any text no reviewer approved.
    draft: OnceLock<bool>,
}

/// File contents: borrowed from the binary, or owned (tests' own files).
type Text = Cow<'static, str>;

impl LocaleData {
    fn texts(&self) -> Result<&MessageTexts, I18nError> {
        self.texts
            .get_or_init(|| parse_texts(self.meta.tag, &self.files))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn review(&self) -> &ReviewFile {
        self.review.get_or_init(|| {
            self.review_json
                .as_deref()
                .and_then(|json| ReviewFile::parse(json).ok())
                .filter(|f| f.locale == self.meta.tag)
                .unwrap_or_else(|| ReviewFile::empty(self.meta.tag))
        })
    }

    /// Whether this locale's own files have text for `key` (`id` or
    /// `id.attr`): the same keys as [`LocaleData::texts`], read off the
    /// bundle without parsing the texts.
    fn source(&self) -> LocaleSource {
        LocaleSource {
            locale: self.meta.tag,
            intl: self.meta.intl_tag(),
            dir: self.meta.direction(),
            source: self
                .files
                .iter()
                .map(|(_, text)| text.as_ref())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    fn provides(&self, key: &str) -> bool {
        let Some(msg) = self.bundle.get_message(message_id(key)) else {
            return false;
        };
        match attribute_of(key) {
            Some(attr) => msg.get_attribute(attr).is_some(),
            None => msg.value().is_some(),
        }
    }
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
    /// Builds one bundle per locale from the embedded `.ftl` files.
    pub fn new() -> Result<Localizer, I18nError> {
        Self::build(
            LOCALE_FILES
                .iter()
                .map(|(tag, name, text)| (*tag, *name, Cow::Borrowed(*text))),
        )
    }

    /// Builds the localizer from `(locale tag, file name, contents)`
    /// triples, as embedded by build.rs: `.ftl` files and each locale's
    /// `review.json`. Tests use it to try review states that do not ship.
    pub fn from_files(all: &[(&str, &str, &str)]) -> Result<Localizer, I18nError> {
        Self::build(
            all.iter()
                .map(|(tag, name, text)| (*tag, *name, Cow::Owned(text.to_string()))),
        )
    }

    fn build<'a>(
        all: impl Iterator<Item = (&'a str, &'a str, Text)>,
    ) -> Result<Localizer, I18nError> {
        let all: Vec<(&str, &str, Text)> = all.collect();
        let mut locales = Vec::new();
        for meta in LOCALES {
            let files: Vec<(String, Text)> = all
                .iter()
                .filter(|(tag, name, _)| *tag == meta.tag && name.ends_with(".ftl"))
                .map(|(_, name, text)| (name.to_string(), text.clone()))
                .collect();
            if files.is_empty() {
                continue;
            }
            let Some(langid) = meta.langid() else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            add_functions(&mut bundle).map_err(|_| I18nError::Parse {
                locale: meta.tag.to_string(),
                file: "NUMBER, DATETIME".to_string(),
            })?;
            for (name, text) in &files {
                let parse_error = || I18nError::Parse {
                    locale: meta.tag.to_string(),
                    file: name.clone(),
                };
                let res = FluentResource::try_new(text.to_string()).map_err(|_| parse_error())?;
                bundle.add_resource(res).map_err(|_| parse_error())?;
            }
            let review_json = all
                .iter()
                .find(|(tag, name, _)| *tag == meta.tag && *name == REVIEW_FILE)
                .map(|(_, _, json)| json.clone());
            locales.push(LocaleData {
                meta,
                bundle,
                payload: OnceLock::new(),
                files,
                texts: OnceLock::new(),
                review_json,
                review: OnceLock::new(),
                draft: OnceLock::new(),
            });
        }
        // The source's texts are needed at once: they define every key.
        let source_shape = match locales.iter().find(|l| l.meta.tag == SOURCE_LOCALE) {
            Some(source) => source
                .texts()?
                .iter()
                .map(|m| (MessageKey::from_flat(&m.key), m.vars.clone()))
                .collect(),
            None => MessageShape::new(),
        };
        Ok(Localizer {
            locales,
            source_shape,
            empty: MessageTexts::new(),
        })
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
            let Some(from) = chain.iter().find(|d| d.provides(key)) else {
                return false;
            };
            if from.meta.tag == SOURCE_LOCALE {
                return false;
            }
            let review = from.review();
            // Only an approval needs the texts, to see that it still holds.
            let claimed = review.messages.get(key).map(|e| e.state);
            if claimed != Some(ReviewState::Approved) {
                return true;
            }
            match from.texts() {
                Ok(texts) => review.state_of(key, source, texts) != ReviewState::Approved,
                Err(_) => true,
            }
        })
    }

    /// Facts about a shipped locale.
    pub fn meta(&self, tag: &str) -> Option<&'static LocaleMeta> {
        self.data(tag).map(|d| d.meta)
    }

    /// The source locale's messages as Fluent source, in file order.
    pub fn source_texts(&self) -> &MessageTexts {
        self.data(SOURCE_LOCALE)
            .and_then(|d| d.texts().ok())
            .unwrap_or(&self.empty)
    }

    /// A locale's own messages as Fluent source (no fallback).
    pub fn texts(&self, tag: &str) -> Result<&MessageTexts, I18nError> {
        self.data(tag).ok_or(I18nError::UnknownLocale)?.texts()
    }

    /// No messages (for callers that need a reference to nothing).
    pub fn empty_texts(&self) -> &MessageTexts {
        &self.empty
    }

    /// The review state shipped with a locale.
    pub fn shipped_review(&self, tag: &str) -> Result<&ReviewFile, I18nError> {
        self.data(tag)
            .map(LocaleData::review)
            .ok_or(I18nError::UnknownLocale)
    }

    /// Whether the locale is a draft: see [`LocaleBundle::draft`].
    pub fn is_draft(&self, tag: &str) -> bool {
        self.data(tag).map_or(true, |d| {
            *d.draft
                .get_or_init(|| self.shows_unapproved_text(d.meta.tag))
        })
    }

    /// The locales offered to the user, source first.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.locales
            .iter()
            .map(|l| LocaleInfo {
                tag: l.meta.tag,
                name: l.meta.autonym,
                dir: l.meta.direction(),
                draft: self.is_draft(l.meta.tag),
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

    /// Picks the shipped locale for the user's preferences (the OS
    /// locales or the remembered choice, most preferred first), falling
    /// back to the source locale. The rules are in `negotiate.rs`.
    pub fn negotiate(&self, requested: &[String]) -> &'static str {
        let shipped: Vec<&str> = self.locales.iter().map(|l| l.meta.tag).collect();
        negotiate::negotiate(requested, &shipped)
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
        let chain = self.chain(data.meta.tag);
        let resources = chain
            .iter()
            .filter_map(|tag| self.data(tag))
            .map(LocaleData::source)
            .collect();
        LocaleBundle {
            locale: data.meta.tag,
            dir: data.meta.direction(),
            draft: self.is_draft(data.meta.tag),
            chain,
            resources,
            catalogue: catalogue(),
        }
    }

    /// The text of `key` (`id` or `id.attr`) in `tag` with no variables
    /// set, walking the fallback chain, and the locale it came from. For
    /// checks of the files; the UI formats with the real values.
    pub fn text(&self, tag: &str, key: &str) -> Option<(String, &'static str)> {
        let key = MessageKey::from_flat(key);
        self.format(tag, &key.id, key.attr.as_deref(), None)
    }

    /// The raw shape of one locale's own messages (no fallback).
    pub fn shape_of_locale(&self, tag: &str) -> Result<MessageShape, I18nError> {
        Ok(self
            .texts(tag)?
            .iter()
            .map(|m| (MessageKey::from_flat(&m.key), m.vars.clone()))
            .collect())
    }
}

/// A locale's `.ftl` files as message texts, strictly (as at start-up).
fn parse_texts(tag: &str, files: &[(String, Text)]) -> Result<MessageTexts, I18nError> {
    let mut texts = MessageTexts::new();
    for (name, text) in files {
        let stem = name.strip_suffix(".ftl").unwrap_or(name);
        texts.add_file(stem, text).map_err(|_| I18nError::Parse {
            locale: tag.to_string(),
            file: name.clone(),
        })?;
    }
    Ok(texts)
}

/// The functions the UI's formatter has (`NUMBER` and `DATETIME`), so that
/// messages using them resolve here too. The core formats only to check the
/// files: its `DATETIME` gives back the value it was passed, and the UI's
/// formats the date for the locale.
fn add_functions(bundle: &mut FluentBundle<FluentResource>) -> Result<(), FluentError> {
    bundle.add_builtins()?;
    bundle.add_function("DATETIME", |positional, _named| {
        positional.first().cloned().unwrap_or(FluentValue::None)
    })
}
