// The current locale's text, reactive. All user-visible text comes from
// here; the UI never hard-codes it. Formatting is Fluent's (fluent.ts).
import type { LocaleBundle, LocaleInfo } from "./ipc";
import { formatterOf, type Args } from "./fluent";

/** The text of `key` in a bundle, formatted with `args` by Fluent; "" when
 *  there is no bundle yet. Used for a bundle other than the current one
 *  (the person view's language). */
export function lookup(bundle: LocaleBundle | null, key: string, args?: Args): string {
  return bundle ? formatterOf(bundle).format(key, args) : "";
}

class I18n {
  bundle = $state<LocaleBundle | null>(null);
  locales = $state<LocaleInfo[]>([]);
  /** The UI's locales shown so far this run, by tag. Their text cannot
   *  change while the app runs (it is built into it), so switching back to
   *  one draws it at once, without waiting for the shell. */
  #shown = new Map<string, LocaleBundle>();

  /** The payload of a UI locale already shown this run, if any. */
  shown(tag: string): LocaleBundle | undefined {
    return this.#shown.get(tag);
  }

  t = (key: string, args?: Args): string => lookup(this.bundle, key, args);

  apply(bundle: LocaleBundle) {
    this.#shown.set(bundle.locale, bundle);
    this.bundle = bundle;
    if (typeof document !== "undefined") {
      document.documentElement.lang = bundle.locale;
      document.documentElement.dir = bundle.dir;
    }
  }
}

export const i18n = new I18n();
