// Formats messages with Mozilla's @fluent/bundle, from the Fluent sources
// the shell sends (the chain of a LocaleBundle: e.g. prs, fa, en, sv).
//
// Every message is formatted here with the real values of its variables:
// plural and other selectors choose by the locale's CLDR rules, NUMBER()
// and DATETIME() format for the locale, lists are joined by the locale's
// list rules, and each placeable is isolated (FSI … PDI) so that a Latin
// name or number inside right-to-left text keeps its place. Nothing is
// substituted into the text after formatting.
//
// The shell has parsed and checked the same files at start-up (a syntax
// error or a duplicate ID stops it), so a parse here does not fail.
import { FluentBundle, FluentResource, FluentType, type FluentVariable, type Scope } from "@fluent/bundle";
import type { LocaleBundle, LocaleSource } from "./ipc";

/** A list of items (already translated or the user's own words), joined
 *  by the locale's list rules: "a, b och c", "a، b و c". Where the system
 *  has no list rules for the language (Sorani, in today's ICU), the
 *  locale's own `list-pair` and `list-middle` messages join it, never
 *  another language's "and". */
export class FluentList extends FluentType<readonly string[]> {
  constructor(
    items: readonly string[],
    readonly kind: "conjunction" | "unit" = "conjunction",
  ) {
    super(items);
  }

  toString(scope: Scope): string {
    const bundle = scope.bundle;
    const format = new Intl.ListFormat(bundle.locales, { type: this.kind });
    const own = (tag: string) => new Intl.Locale(tag).language;
    const pair = bundle.getMessage("list-pair")?.value;
    const middle = bundle.getMessage("list-middle")?.value;
    const known = own(format.resolvedOptions().locale) === own(bundle.locales[0] ?? "");
    if (known || !pair || !middle || this.value.length < 2) return format.format(this.value);
    const join = (pattern: typeof pair, first: string, second: string) =>
      bundle.formatPattern(pattern, { first, second }).replace(/[\u2068\u2069]/g, "");
    const items = [...this.value];
    let text = join(pair, items[items.length - 2]!, items[items.length - 1]!);
    for (let i = items.length - 3; i >= 0; i--) text = join(middle, items[i]!, text);
    return text;
  }
}

/** A message's arguments: text, numbers (plurals, NUMBER()), dates
 *  (DATETIME()) and lists. */
export type Args = Record<string, FluentVariable>;

// One parsed bundle per locale, shared by every chain that holds it (the
// Swedish source ends every chain) and kept across language switches.
const parsed = new Map<string, { source: string; bundle: FluentBundle }>();

function bundleOf(r: LocaleSource): FluentBundle {
  const have = parsed.get(r.locale);
  if (have && have.source === r.source) return have.bundle;
  const bundle = new FluentBundle(r.intl);
  bundle.addResource(new FluentResource(r.source));
  parsed.set(r.locale, { source: r.source, bundle });
  return bundle;
}

/** Forgets the parsed locales outside `keep`'s chain (on hide and lock:
 *  which languages were parsed would hint at which were shown to someone). */
export function forgetParsed(keep: Pick<LocaleBundle, "chain"> | null) {
  for (const tag of [...parsed.keys()]) if (!keep?.chain.includes(tag)) parsed.delete(tag);
}

/** The locales parsed and kept now. */
export function parsedLocales(): string[] {
  return [...parsed.keys()].sort();
}

/** A message's value or attribute, as the bundle holds it. */
type Pattern = NonNullable<NonNullable<ReturnType<FluentBundle["getMessage"]>>["value"]>;

/** Where a key's text was found. */
export interface Found {
  /** The locale of the chain that has it. */
  locale: string;
  /** Its index in the chain (0: the bundle's own locale). */
  index: number;
}

/** The formatter of one LocaleBundle: looks a key (`id` or `id.attr`) up
 *  along the chain, parsing a fallback locale only when it is needed. */
export class Formatter {
  readonly #resources: LocaleSource[];
  readonly #bundles: (FluentBundle | undefined)[] = [];

  constructor(b: Pick<LocaleBundle, "resources">) {
    this.#resources = b.resources;
  }

  #bundle(i: number): FluentBundle | undefined {
    const r = this.#resources[i];
    if (!r) return undefined;
    return (this.#bundles[i] ??= bundleOf(r));
  }

  /** The first locale of the chain, from `from` on, that has `key`, with
   *  its bundle and the pattern; a fallback locale is parsed only when the
   *  search reaches it. */
  #holder(key: string, from = 0): (Found & { bundle: FluentBundle; pattern: Pattern }) | null {
    const [id = key, attr] = key.split(".", 2);
    for (let index = from; index < this.#resources.length; index++) {
      const bundle = this.#bundle(index);
      const locale = this.#resources[index]?.locale;
      const message = bundle?.getMessage(id);
      const pattern = attr === undefined ? message?.value : message?.attributes[attr];
      if (bundle && pattern && locale !== undefined) return { locale, index, bundle, pattern };
    }
    return null;
  }

  /** The text of `key`, formatted with `args`; "" when no locale of the
   *  chain has it. */
  format(key: string, args?: Args): string {
    let first: string | undefined;
    for (let h = this.#holder(key); h; h = this.#holder(key, h.index + 1)) {
      const errors: Error[] = [];
      const text = h.bundle.formatPattern(h.pattern, args ?? null, errors);
      if (errors.length === 0) return text;
      // A missing argument is a bug in the caller: try the rest of the
      // chain, and show this text only if nothing better is found.
      first ??= text;
    }
    return first ?? "";
  }

  /** Which locale of the chain has `key`; null when none has. */
  find(key: string): Found | null {
    const h = this.#holder(key);
    return h ? { locale: h.locale, index: h.index } : null;
  }
}

const formatters = new WeakMap<LocaleBundle, Formatter>();

/** The formatter of a bundle, made on first use. */
export function formatterOf(b: LocaleBundle): Formatter {
  let f = formatters.get(b);
  if (!f) {
    f = new Formatter(b);
    formatters.set(b, f);
  }
  return f;
}

/** A date from the wire (`2026-12-04`, or an RFC 3339 timestamp) for
 *  DATETIME(); a plain date is midnight local time, so it never shows as
 *  the day before. Null when it is not a date. */
export function toDateValue(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return null;
  const rfc = /[zZ]|[+-]\d{2}:\d{2}$/.test(value);
  const d = rfc
    ? new Date(value)
    : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A wire date as a message argument for DATETIME(). The shell checks every
 *  date it stores, so a value that is not one is a bug: it is then shown as
 *  it came (an unformatted date beats a broken sentence). */
export function dateArg(value: string): Date | string {
  return toDateValue(value) ?? value;
}
