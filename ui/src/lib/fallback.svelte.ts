// Where a message shown from a fallback locale came from, so the element
// that shows it can carry that locale's `lang` and `dir` and a visible note.
// The formatter walks the bundle's chain (e.g. prs, fa, en, sv) and knows
// which locale had the text.
import type { Dir, LocaleBundle } from "./ipc";
import { i18n } from "./i18n.svelte";
import { formatterOf } from "./fluent";

/** The locale a message's text came from. */
export interface Origin {
  tag: string;
  dir: Dir;
  /** The language's name in itself (the switcher's name), for the note. */
  name: string;
}

class Fallbacks {
  /** Where `key`'s text in `b` came from; null when it is `b`'s own (or
   *  no locale has it). */
  origin = (b: LocaleBundle | null | undefined, key: string): Origin | null => {
    if (!b) return null;
    const found = formatterOf(b).find(key);
    if (!found || found.index === 0) return null;
    const info = i18n.locales.find((l) => l.tag === found.locale);
    const source = b.resources[found.index];
    return { tag: found.locale, dir: info?.dir ?? source?.dir ?? "ltr", name: info?.name ?? found.locale };
  };
}

export const fallbacks = new Fallbacks();

/** The `lang` and `dir` to spread on an element showing text from `from`
 *  (nothing when the text is the reader's own). */
export function originAttrs(from: Origin | null): { lang?: string; dir?: Dir } {
  return from ? { lang: from.tag, dir: from.dir } : {};
}
