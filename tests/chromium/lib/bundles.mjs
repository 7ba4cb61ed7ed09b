// The data the fake shell serves, built from the repository's own files so
// the pages show (and the tests assert) the shipped strings:
// - locale bundles in the shape of src/i18n/localizer.rs `LocaleBundle`,
//   from locales/<tag>/*.ftl: the Fluent source of each locale of the
//   fallback chain <tag> → en → sv, which the UI formats itself;
// - the locale list of src/i18n/locales.rs;
// - the guidance catalogue and fresh documents that ui/src/lib/domain.fixture.json
//   holds (serialised by the Rust domain types).
//
// The .ftl reading itself is tests/e2e/lib/ftl.mjs (simple `id = value`,
// `.attr = value` and continuation lines: all that Trygg's files use).

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readFtl } from "../../e2e/lib/ftl.mjs";
import { FluentBundle, FluentResource } from "../../../ui/node_modules/@fluent/bundle/esm/index.js";

export const SUITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(SUITE_DIR, "..", "..");
const LOCALES_DIR = join(REPO_ROOT, "locales");
export const SOURCE = "sv";

/** Raw Fluent text of every message of one locale (`id` and `id.attr`),
 *  with the stem of the file each came from. */
export function rawMessages(tag) {
  const dir = join(LOCALES_DIR, tag);
  const text = {};
  const fileOf = {};
  if (!existsSync(dir)) return { text, fileOf };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".ftl")).sort()) {
    const stem = name.slice(0, -".ftl".length);
    for (const [key, value] of readFtl(tag, stem)) {
      text[key] = value;
      fileOf[key] = stem;
    }
  }
  return { text, fileOf };
}

/** A locale's `.ftl` files joined, as the shell sends them. */
function sourceOf(tag) {
  const dir = join(LOCALES_DIR, tag);
  return readdirSync(dir)
    .filter((n) => n.endsWith(".ftl"))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"))
    .join("\n");
}

/** The variables a message uses, as the review rows list them. */
export function varsOf(raw) {
  return [...new Set([...raw.matchAll(/\{\s*\$([\w-]+)\s*\}/g)].map((m) => m[1]))].sort();
}

/** src/i18n/locales.rs LOCALES: tag, autonym and script, in order. */
export function localeMetas() {
  const src = readFileSync(join(REPO_ROOT, "src", "i18n", "locales.rs"), "utf8");
  const re = /tag:\s*"([^"]+)",\s*autonym:\s*"([^"]+)",\s*script:\s*(?:None|Some\("([^"]+)"\))/g;
  const out = [];
  for (const m of src.matchAll(re)) {
    const [, tag, name, script] = m;
    if (!existsSync(join(LOCALES_DIR, tag))) continue;
    const dir = new Intl.Locale(script ? `${tag}-${script}` : tag).textInfo?.direction === "rtl" ? "rtl" : "ltr";
    out.push({ tag, name, dir });
  }
  if (out.length === 0) throw new Error("no locales found in src/i18n/locales.rs");
  return out;
}

/** The shipped review state of a locale (locales/<tag>/review.json), key → {state, comment}. */
export function reviewStates(tag) {
  const path = join(LOCALES_DIR, tag, "review.json");
  if (!existsSync(path)) return {};
  const json = JSON.parse(readFileSync(path, "utf8"));
  const out = {};
  for (const [key, v] of Object.entries(json.messages ?? {})) {
    out[key] = { state: v.state ?? "unreviewed", comment: v.comment ?? "" };
  }
  return out;
}

export const fixture = JSON.parse(
  readFileSync(join(REPO_ROOT, "ui", "src", "lib", "domain.fixture.json"), "utf8"),
);

function chainOf(tag, have) {
  const wanted = tag === SOURCE ? [tag] : [tag, ...(tag === "prs" ? ["fa"] : []), "en", SOURCE];
  return [...new Set(wanted)].filter((t) => have.has(t));
}

/**
 * Everything the fake shell needs, for the locales in `tags` (the others
 * are listed but answer `unknown_locale` if asked for their text).
 */
export function shellData(tags = ["sv", "en", "ar"]) {
  const metas = localeMetas();
  const wanted = new Set([SOURCE, "en", ...tags]);
  const raw = {};
  const fileOf = rawMessages(SOURCE).fileOf;
  for (const m of metas) if (wanted.has(m.tag)) raw[m.tag] = rawMessages(m.tag).text;
  const have = new Set(Object.keys(raw));
  const states = {};
  for (const tag of have) if (tag !== SOURCE) states[tag] = reviewStates(tag);
  const sourceKeys = Object.keys(raw[SOURCE]);

  const draftOf = (tag) => {
    if (tag === SOURCE) return false;
    const chain = chainOf(tag, have);
    // Unapproved text is seen if any message shown (own or fallback) is not approved.
    return sourceKeys.some((k) => {
      const from = chain.find((t) => raw[t]?.[k] !== undefined);
      return from !== SOURCE && states[from]?.[k]?.state !== "approved";
    });
  };

  const bundles = {};
  for (const tag of have) {
    const meta = metas.find((m) => m.tag === tag);
    const chain = chainOf(tag, have);
    const resources = chain.map((t) => ({
      locale: t,
      intl: `${t}-u-ca-gregory`,
      dir: metas.find((m) => m.tag === t).dir,
      source: sourceOf(t),
    }));
    bundles[tag] = {
      locale: tag,
      dir: meta.dir,
      draft: draftOf(tag),
      chain,
      resources,
      catalogue: fixture.catalogue,
    };
  }
  // Locales whose text was not built still count as drafts (none is reviewed).
  const locales = metas.map((m) => ({ ...m, draft: have.has(m.tag) ? bundles[m.tag].draft : m.tag !== SOURCE }));

  return {
    source: SOURCE,
    locales,
    bundles,
    raw,
    fileOf,
    states,
    catalogue: fixture.catalogue,
    fresh: {
      plan: fixture.plan,
      contact: fixture.contact,
      review: fixture.review,
      meeting: fixture.meeting,
    },
    aliasWarnings: fixture.alias_warnings,
    limits: fixture.limits,
  };
}

const formatters = new WeakMap();

/** A message as a user reads it: formatted by Fluent (the UI's own
 *  @fluent/bundle) along the bundle's chain, isolation marks dropped. */
export function textOf(bundle, key, args = {}) {
  let chain = formatters.get(bundle);
  if (!chain) {
    chain = bundle.resources.map((r) => {
      const b = new FluentBundle(r.intl);
      b.addResource(new FluentResource(r.source));
      return b;
    });
    formatters.set(bundle, chain);
  }
  const [id, attr] = key.split(".", 2);
  for (const b of chain) {
    const m = b.getMessage(id);
    const pattern = attr === undefined ? m?.value : m?.attributes[attr];
    if (pattern) return b.formatPattern(pattern, args).replace(/[\u2068\u2069]/g, "");
  }
  throw new Error(`no message ${key} in the ${bundle.locale} bundle`);
}
