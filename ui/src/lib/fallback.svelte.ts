// Where a message shown from a fallback locale really came from, so the
// element that shows it can carry that locale's `lang` and `dir` and a
// visible note.
//
// A LocaleBundle lists the keys it shows from further down its chain
// (`fallback`) and the chain itself (`chain`, e.g. prs, fa, en, sv), but
// not which locale of the chain gave each key. The first locale after the
// bundle's own that has the key as its own gave it. So, only when a bundle
// has fallback text at all, the bundles of the chain's middle locales are
// fetched once each (their own `fallback` says which keys they lack); the
// last locale of a chain is the source, which has every message. Until a
// middle bundle has arrived, the next locale in the chain is assumed.
//
// Which bundles were fetched hints at which languages were shown (the
// person view), so they are forgotten on hide and lock, as the person
// view's remembered language is.
import { api, type Dir, type LocaleBundle } from "./ipc";
import { i18n } from "./i18n.svelte";
import { session } from "./session.svelte";

/** The locale a message's text came from. */
export interface Origin {
  tag: string;
  dir: Dir;
  /** The language's name in itself (the switcher's name), for the note. */
  name: string;
}

// The fallback keys of each bundle as a set, by bundle.
const sets = new WeakMap<LocaleBundle, Set<string>>();
function fallbackSet(b: LocaleBundle): Set<string> {
  let s = sets.get(b);
  if (!s) {
    s = new Set(b.fallback);
    sets.set(b, s);
  }
  return s;
}

class Fallbacks {
  /** Bundles of chain locales, fetched to tell where a key came from. */
  #bundles = $state.raw<Record<string, LocaleBundle>>({});
  #asked = new Set<string>();
  #generation = 0;

  /** Where `key`'s text in `b` came from; null when it is `b`'s own. */
  origin = (b: LocaleBundle | null | undefined, key: string): Origin | null => {
    if (!b || b.fallback.length === 0 || !fallbackSet(b).has(key)) return null;
    const rest = b.chain.filter((tag) => tag !== b.locale);
    const last = rest[rest.length - 1];
    if (last === undefined) return null;
    for (const tag of rest) {
      if (tag === last) return this.#describe(tag);
      const other = this.#bundle(tag);
      // Not here yet: assume this locale, the likeliest, until it is.
      if (!other) return this.#describe(tag);
      if (!fallbackSet(other).has(key)) return this.#describe(tag);
    }
    return this.#describe(last);
  };

  /** Forgets the fetched bundles. */
  forget() {
    this.#generation++;
    this.#asked.clear();
    this.#bundles = {};
  }

  #bundle(tag: string): LocaleBundle | undefined {
    const current = i18n.bundle;
    if (current?.locale === tag) return current;
    const have = this.#bundles[tag];
    if (have) return have;
    if (!this.#asked.has(tag)) {
      this.#asked.add(tag);
      void this.#fetch(tag);
    }
    return undefined;
  }

  async #fetch(tag: string) {
    const my = this.#generation;
    try {
      const b = await api.getBundle(tag);
      if (my === this.#generation) this.#bundles = { ...this.#bundles, [tag]: b };
    } catch {
      // The assumption stands; asked again after the next hide or lock.
    }
  }

  #describe(tag: string): Origin {
    const info = i18n.locales.find((l) => l.tag === tag);
    const b = this.#bundles[tag] ?? (i18n.bundle?.locale === tag ? i18n.bundle : undefined);
    return { tag, dir: info?.dir ?? b?.dir ?? "ltr", name: info?.name ?? tag };
  }
}

export const fallbacks = new Fallbacks();
session.onDrop(() => fallbacks.forget());

/** The `lang` and `dir` to spread on an element showing text from `from`
 *  (nothing when the text is the reader's own). */
export function originAttrs(from: Origin | null): { lang?: string; dir?: Dir } {
  return from ? { lang: from.tag, dir: from.dir } : {};
}
