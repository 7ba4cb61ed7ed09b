// Test support: locale payloads in the shell's shape (Fluent sources per
// chain locale), from the shipped files or from a flat map of texts, and
// the texts of a payload as a flat map, formatted by the app's formatter.
import { FluentResource } from "@fluent/bundle";
import type { Dir, LocaleBundle, LocaleSource } from "../lib/ipc";
import { lookup } from "../lib/i18n.svelte";
import { formatterOf, type Args } from "../lib/fluent";

const fsModule = "node:fs";
const { readFileSync, existsSync } = (await import(/* @vite-ignore */ fsModule)) as {
  readFileSync(path: URL, encoding: "utf8"): string;
  existsSync(path: URL): boolean;
};
// Through a variable: Vite rewrites `new URL(literal, import.meta.url)`.
const here = import.meta.url;
const localesDir = new URL("../../../locales/", here);

const RTL = new Set(["ar", "fa", "prs", "ckb"]);
export const dirOf = (locale: string): Dir => (RTL.has(locale) ? "rtl" : "ltr");

/** The shipped `.ftl` files of a locale, joined (missing files skipped). */
export function shippedSource(locale: string, files: readonly string[]): string {
  return files
    .map((f) => new URL(`${locale}/${f}.ftl`, localesDir))
    .filter((url) => existsSync(url))
    .map((url) => readFileSync(url, "utf8"))
    .join("\n");
}

/** A locale's source as the shell sends it. */
export function sourceOf(locale: string, source: string): LocaleSource {
  return { locale, intl: `${locale}-u-ca-gregory`, dir: dirOf(locale), source };
}

/** Fluent source for a flat map of `id` / `id.attr` → text (Fluent syntax,
 *  e.g. `Träffar: { $count }`). */
export function toFtl(messages: Record<string, string>): string {
  const byId = new Map<string, { value?: string; attrs: [string, string][] }>();
  for (const [key, text] of Object.entries(messages)) {
    const [id = key, attr] = key.split(".", 2);
    const m = byId.get(id) ?? { attrs: [] };
    if (attr === undefined) m.value = text;
    else m.attrs.push([attr, text]);
    byId.set(id, m);
  }
  const block = (text: string, indent: string) =>
    text.includes("\n") ? `\n${text.split("\n").map((l) => `${indent}${l}`).join("\n")}` : ` ${text}`;
  const out: string[] = [];
  for (const [id, m] of byId) {
    out.push(`${id} =${m.value === undefined ? "" : block(m.value, "    ")}`);
    for (const [a, text] of m.attrs) out.push(`    .${a} =${block(text, "        ")}`);
  }
  return out.join("\n") + "\n";
}

/** A payload whose chain is `resources` (own locale first). */
export function payload(
  resources: LocaleSource[],
  catalogue: LocaleBundle["catalogue"],
  over: Partial<LocaleBundle> = {},
): LocaleBundle {
  const own = resources[0]?.locale ?? "sv";
  return {
    locale: own,
    dir: dirOf(own),
    draft: own !== "sv",
    chain: resources.map((r) => r.locale),
    resources,
    catalogue,
    ...over,
  };
}

/** Every `id` and `id.attr` of a Fluent source (terms excluded). */
export function keysOf(source: string): string[] {
  const keys: string[] = [];
  for (const m of new FluentResource(source).body) {
    if (m.id.startsWith("-")) continue;
    if (m.value !== null) keys.push(m.id);
    for (const a of Object.keys(m.attributes)) keys.push(`${m.id}.${a}`);
  }
  return keys;
}

/** Every text of a payload, formatted with no arguments (a variable shows
 *  as `{$name}`, isolated), as the user would see it. */
export function messagesOf(b: LocaleBundle): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of b.resources) for (const k of keysOf(r.source)) out[k] ??= lookup(b, k);
  return out;
}

/** Text without the bidi isolation marks, to compare with what a user reads. */
export function plain(s: string | null | undefined): string {
  return (s ?? "").replace(/[\u2068\u2069]/g, "");
}

/** A message of `b` as the user reads it, formatted with `args` (bidi
 *  marks removed); throws for a key no locale of the chain has. */
export function textOf(b: LocaleBundle): (key: string, args?: Args) => string {
  return (key, args) => {
    if (!formatterOf(b).find(key)) throw new Error(`no message ${key}`);
    return plain(lookup(b, key, args));
  };
}

/** A Fluent source without the given keys (`id` drops the whole message,
 *  `id.attr` one attribute), for a locale that lacks some text. Works on
 *  the shipped files' layout: attributes indented, one per line. */
export function withoutKeys(source: string, keys: readonly string[]): string {
  const out: string[] = [];
  let id: string | null = null;
  let dropping = false;
  for (const line of source.split("\n")) {
    const msg = /^([A-Za-z][\w-]*)\s*=/.exec(line);
    const attr = /^\s+\.([A-Za-z][\w-]*)\s*=/.exec(line);
    if (msg) {
      id = msg[1] ?? null;
      dropping = keys.includes(id ?? "");
    } else if (attr && id !== null) {
      dropping = keys.includes(id) || keys.includes(`${id}.${attr[1]}`);
    } else if (!/^\s+\S/.test(line)) {
      dropping = false;
      if (line.trim() !== "") id = null;
    }
    if (!dropping) out.push(line);
  }
  return out.join("\n");
}
