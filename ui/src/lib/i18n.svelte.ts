// The current locale's text, reactive. All user-visible text comes from
// here; the UI never hard-codes it.
import type { LocaleBundle, LocaleInfo } from "./ipc";

const FSI = "\u2068";
const PDI = "\u2069";

/** Fills `{$name}` placeholders; values stay bidi-isolated. */
export function fill(text: string, args?: Record<string, string | number>): string {
  if (!args) return text;
  return text.replace(/\{\$([a-zA-Z0-9_-]+)\}/g, (m, name: string) =>
    name in args ? String(args[name]) : m,
  );
}

/** Looks a key up in a bundle; a missing key shows the source key's
 *  fallback text if any, never the bare ID. */
export function lookup(
  bundle: LocaleBundle | null,
  key: string,
  args?: Record<string, string | number>,
): string {
  const text = bundle?.messages[key];
  if (text === undefined) return "";
  return fill(text, args);
}

class I18n {
  bundle = $state<LocaleBundle | null>(null);
  locales = $state<LocaleInfo[]>([]);

  t = (key: string, args?: Record<string, string | number>): string =>
    lookup(this.bundle, key, args);

  /** Whether this key's text came from a fallback locale. */
  isFallback = (key: string): boolean => this.bundle?.fallback.includes(key) ?? false;

  apply(bundle: LocaleBundle) {
    this.bundle = bundle;
    if (typeof document !== "undefined") {
      document.documentElement.lang = bundle.locale;
      document.documentElement.dir = bundle.dir;
    }
  }
}

export const i18n = new I18n();
export { FSI, PDI };
