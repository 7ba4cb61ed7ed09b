// Where fallback text came from: the first locale of the bundle's chain
// that has the key, told by the formatter from the chain's own sources.
import { beforeEach, describe, expect, it } from "vitest";
import type { LocaleInfo } from "./ipc";
import { i18n, lookup } from "./i18n.svelte";
import { fallbacks, originAttrs } from "./fallback.svelte";
import { payload, sourceOf } from "../test/ftl";

const LOCALES: LocaleInfo[] = [
  { tag: "sv", name: "Svenska", dir: "ltr", draft: false },
  { tag: "en", name: "English", dir: "ltr", draft: true },
  { tag: "fa", name: "فارسی", dir: "rtl", draft: true },
  { tag: "prs", name: "دری", dir: "rtl", draft: true },
];
const catalogue = { sections: [], items: [], references: [] };

// Dari has only "own"; Persian has "b" too; English adds "a"; Swedish has all.
const dari = () =>
  payload(
    [
      sourceOf("prs", "own = Dari\n"),
      sourceOf("fa", "own = Persian\nb = B-fa\n"),
      sourceOf("en", "own = English\nb = B-en\na = A-en\n"),
      sourceOf("sv", "own = Svenska\nb = B-sv\na = A-sv\nc = C-sv\nd = D-sv { $n }\n"),
    ],
    catalogue,
  );

beforeEach(() => {
  i18n.locales = LOCALES;
});

describe("fallback origin", () => {
  it("a locale's own text has no origin to tell", () => {
    const b = dari();
    expect(fallbacks.origin(b, "own")).toBeNull();
    expect(fallbacks.origin(null, "own")).toBeNull();
    expect(originAttrs(null)).toEqual({});
    expect(lookup(b, "own")).toBe("Dari");
  });

  it("Dari's missing text comes from Persian, then English, then Swedish, each named", () => {
    const b = dari();
    expect(fallbacks.origin(b, "b")).toEqual({ tag: "fa", dir: "rtl", name: "فارسی" });
    expect(fallbacks.origin(b, "a")).toEqual({ tag: "en", dir: "ltr", name: "English" });
    expect(fallbacks.origin(b, "c")).toEqual({ tag: "sv", dir: "ltr", name: "Svenska" });
    expect(originAttrs(fallbacks.origin(b, "a"))).toEqual({ lang: "en", dir: "ltr" });
    expect([lookup(b, "b"), lookup(b, "a"), lookup(b, "c")]).toEqual(["B-fa", "A-en", "C-sv"]);
    // A key no locale has: no origin and no text (never the bare ID).
    expect(fallbacks.origin(b, "nowhere")).toBeNull();
    expect(lookup(b, "nowhere")).toBe("");
  });

  it("fallback text is formatted with its variables like the reader's own", () => {
    expect(lookup(dari(), "d", { n: 7 })).toBe("D-sv \u20687\u2069");
  });
});
