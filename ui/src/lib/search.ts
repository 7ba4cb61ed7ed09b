// Search across the current locale's guidance: case- and
// diacritic-insensitive, every word must match.
import type { Item, LocaleBundle } from "./ipc";
import { lookup } from "./i18n.svelte";

/** Lower-cases and strips combining marks (å → a, é → e, ö → o). Arabic
 *  harakat are marks too, so vowelled and plain spellings match. */
export function normalise(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2068\u2069]/g, "")
    .toLocaleLowerCase();
}

function haystack(bundle: LocaleBundle, item: Item): string {
  const keys = [`item-${item.id}`, `item-${item.id}.body`, `item-${item.id}.check`];
  for (const r of item.references) keys.push(`ref-${r}`);
  return normalise(keys.map((k) => lookup(bundle, k)).join(" ")); // lint-i18n: not shown
}

/** The query's words, normalised; none for a blank query. */
export function queryWords(query: string): string[] {
  return normalise(query).split(/\s+/).filter(Boolean);
}

/** Whether `text` holds every one of `words` (from queryWords). */
export function matchesWords(text: string, words: string[]): boolean {
  const h = normalise(text);
  return words.every((w) => h.includes(w));
}

/** Items whose text holds every word of the query, in catalogue order. */
export function searchItems(bundle: LocaleBundle, query: string): Item[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return bundle.catalogue.items.filter((item) => {
    const h = haystack(bundle, item);
    return words.every((w) => h.includes(w));
  });
}
