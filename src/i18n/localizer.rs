//! The [`Localizer`]: all bundles, built once; negotiation; fallback; the
//! per-locale payload the UI gets in one call.

use super::embedded::LOCALE_FILES;
use super::locales::{LocaleInfo, LocaleMeta, TextDirection, LOCALES, SOURCE_LOCALE};
use super::messages::{shape_of, MessageShape};
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
}

/// All shipped locales' bundles. Build once and share (it is `Sync`).
pub struct Localizer {
    locales: Vec<LocaleData>,
    /// Every message value and attribute of the source, with its variables.
    source_shape: MessageShape,
}

impl Localizer {
    /// Parses every embedded `.ftl` file and builds one bundle per locale.
    pub fn new() -> Result<Localizer, I18nError> {
        let mut locales = Vec::new();
        let mut source_shape = MessageShape::new();
        for meta in LOCALES {
            let files: Vec<_> = LOCALE_FILES
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
            for (tag, name, text) in files {
                let parse_error = || I18nError::Parse {
                    locale: tag.to_string(),
                    file: name.to_string(),
                };
                if meta.tag == SOURCE_LOCALE {
                    let ast = fluent_syntax::parser::parse(*text).map_err(|_| parse_error())?;
                    source_shape.extend(shape_of(&ast));
                }
                let res = FluentResource::try_new(text.to_string()).map_err(|_| parse_error())?;
                bundle.add_resource(res).map_err(|_| parse_error())?;
            }
            locales.push(LocaleData {
                meta,
                bundle,
                payload: OnceLock::new(),
            });
        }
        Ok(Localizer {
            locales,
            source_shape,
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
                draft: is_draft(l.meta.tag),
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
        if tag == "prs" {
            wanted.push("fa");
        }
        wanted.push("en");
        wanted.push(SOURCE_LOCALE);
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
            draft: is_draft(data.meta.tag),
            chain: self.chain(data.meta.tag),
            messages,
            fallback,
            catalogue: catalogue(),
        }
    }

    /// The raw shape of one locale's own messages (no fallback).
    pub fn shape_of_locale(&self, tag: &str) -> Result<MessageShape, I18nError> {
        let mut shape = MessageShape::new();
        let mut any = false;
        for (t, name, text) in LOCALE_FILES {
            if *t != tag || !name.ends_with(".ftl") {
                continue;
            }
            any = true;
            let ast = fluent_syntax::parser::parse(*text).map_err(|_| I18nError::Parse {
                locale: t.to_string(),
                file: name.to_string(),
            })?;
            shape.extend(shape_of(&ast));
        }
        if any {
            Ok(shape)
        } else {
            Err(I18nError::UnknownLocale)
        }
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

/// Every locale but the source is an unreviewed draft until its review
/// state says otherwise.
fn is_draft(tag: &str) -> bool {
    tag != SOURCE_LOCALE
}
