// Where fallback text came from: the chain and the bundles' own
// `fallback` lists, fetched only when a bundle has fallback text.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { LocaleBundle, LocaleInfo } from "./ipc";
import { i18n } from "./i18n.svelte";
import { fallbacks, originAttrs } from "./fallback.svelte";
import { session } from "./session.svelte";
import { bundle } from "../test/fixtures";

const LOCALES: LocaleInfo[] = [
  { tag: "sv", name: "Svenska", dir: "ltr", draft: false },
  { tag: "en", name: "English", dir: "ltr", draft: true },
  { tag: "fa", name: "فارسی", dir: "rtl", draft: true },
  { tag: "prs", name: "دری", dir: "rtl", draft: true },
];

function made(locale: string, chain: string[], fallback: string[]): LocaleBundle {
  return { ...bundle("en"), locale, dir: locale === "en" || locale === "sv" ? "ltr" : "rtl", chain, fallback };
}

let asked: string[];
let served: Record<string, LocaleBundle>;

beforeEach(() => {
  fallbacks.forget();
  asked = [];
  served = {
    // Persian lacks "a" and "c"; English lacks "c".
    fa: made("fa", ["fa", "en", "sv"], ["a", "c"]),
    en: made("en", ["en", "sv"], ["c"]),
  };
  mockIPC((cmd, args) => {
    if (cmd !== "get_bundle") throw new Error(`unexpected ${cmd}`);
    const tag = (args as { tag: string }).tag;
    asked.push(tag);
    return served[tag];
  });
  i18n.locales = LOCALES;
  i18n.apply(bundle("sv"));
});

afterEach(() => {
  clearMocks();
  fallbacks.forget();
});

describe("fallback origin", () => {
  it("a locale's own text has no origin to tell, and nothing is fetched", () => {
    const b = made("prs", ["prs", "fa", "en", "sv"], []);
    expect(fallbacks.origin(b, "a")).toBeNull();
    expect(fallbacks.origin(null, "a")).toBeNull();
    expect(originAttrs(null)).toEqual({});
    expect(asked).toEqual([]);
  });

  it("with only the source after it, fallback text is the source's, without a fetch", () => {
    const b = made("en", ["en", "sv"], ["x"]);
    expect(fallbacks.origin(b, "x")).toEqual({ tag: "sv", dir: "ltr", name: "Svenska" });
    expect(fallbacks.origin(b, "y")).toBeNull();
    expect(originAttrs(fallbacks.origin(b, "x"))).toEqual({ lang: "sv", dir: "ltr" });
    expect(asked).toEqual([]);
  });

  it("Dari's fallback text is told apart by Persian's and English's own lists", async () => {
    const prs = made("prs", ["prs", "fa", "en", "sv"], ["a", "b", "c"]);
    // Before Persian's list is here, the next locale is assumed.
    expect(fallbacks.origin(prs, "b")?.tag).toBe("fa");
    await waitFor(() => expect(asked).toEqual(["fa"]));
    await waitFor(() => expect(fallbacks.origin(prs, "a")?.tag).toBe("en"));
    await waitFor(() => expect(fallbacks.origin(prs, "c")?.tag).toBe("sv"));
    expect(fallbacks.origin(prs, "b")).toEqual({ tag: "fa", dir: "rtl", name: "فارسی" });
    expect(fallbacks.origin(prs, "a")).toEqual({ tag: "en", dir: "ltr", name: "English" });
    // Each bundle is fetched once.
    expect(asked.sort()).toEqual(["en", "fa"]);
  });

  it("the UI's own bundle is used, not fetched, when it is in the chain", async () => {
    i18n.apply(served.en!);
    const prs = made("prs", ["prs", "fa", "en", "sv"], ["c"]);
    await waitFor(() => expect(fallbacks.origin(prs, "c")?.tag).toBe("sv"));
    expect(asked).toEqual(["fa"]);
  });

  it("what was fetched is forgotten on hide, as the person view's language is", async () => {
    const prs = made("prs", ["prs", "fa", "en", "sv"], ["b"]);
    fallbacks.origin(prs, "b");
    await waitFor(() => expect(asked).toEqual(["fa"]));
    session.hide();
    fallbacks.origin(prs, "b");
    await waitFor(() => expect(asked).toEqual(["fa", "fa"]));
  });
});
