// The formatter: lists by the locale's rules, dates for the locale, the
// chain walked only as far as needed, and what the person view parsed
// forgotten on hide.
import { describe, expect, it } from "vitest";
import { FluentList, formatterOf, forgetParsed, parsedLocales, toDateValue } from "./fluent";
import { lookup } from "./i18n.svelte";
import { payload, sourceOf } from "../test/ftl";

const catalogue = { sections: [], items: [], references: [] };
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");

describe("fluent formatter", () => {
  it("joins a list by the locale's own rules", () => {
    const src = "when = När: { $phases }\n";
    const sv = payload([sourceOf("sv", src)], catalogue);
    const ar = payload([sourceOf("ar", "when = متى: { $phases }\n")], catalogue);
    expect(plain(lookup(sv, "when", { phases: new FluentList(["före", "under", "efter"]) }))).toBe(
      "När: före, under och efter",
    );
    expect(plain(lookup(ar, "when", { phases: new FluentList(["قبل", "أثناء"]) }))).toBe("متى: قبل وأثناء");
  });

  it("formats a date for the locale, on the day it names, in the Gregorian calendar", () => {
    const src = 'd = { DATETIME($date, dateStyle: "long") }\n';
    const date = toDateValue("2026-12-04")!;
    expect(plain(lookup(payload([sourceOf("sv", src)], catalogue), "d", { date }))).toBe("4 december 2026");
    const fa = plain(lookup(payload([sourceOf("fa", src)], catalogue), "d", { date }));
    expect(fa).toContain("۲۰۲۶");
    expect(fa).not.toContain("۱۴۰۵");
    expect(toDateValue("not a date")).toBeNull();
  });

  it("parses a fallback locale only when a message is missing, and forgets what is not the UI's", () => {
    forgetParsed(null);
    const b = payload([sourceOf("ti", "a = A-ti\n"), sourceOf("en", "a = A-en\nb = B-en\n")], catalogue);
    expect(lookup(b, "a")).toBe("A-ti");
    expect(parsedLocales()).toEqual(["ti"]);
    expect(lookup(b, "b")).toBe("B-en");
    expect(formatterOf(b).find("b")).toEqual({ locale: "en", index: 1 });
    expect(parsedLocales()).toEqual(["en", "ti"]);
    forgetParsed({ chain: ["en", "sv"] });
    expect(parsedLocales()).toEqual(["en"]);
  });
});

describe("lists where the system has no rules for the language", () => {
  it("Sorani joins with its own word, never English 'and'", () => {
    const src = "when = کەی: { $phases }\nlist-pair = { $first } و { $second }\nlist-middle = { $first }، { $second }\n";
    const ckb = payload([sourceOf("ckb", src)], catalogue);
    const text = plain(lookup(ckb, "when", { phases: new FluentList(["پێش", "لە کاتی", "دوای"]) }));
    if (new Intl.ListFormat("ckb").resolvedOptions().locale.startsWith("ckb")) {
      expect(text).toContain("پێش");
    } else {
      expect(text).toBe("کەی: پێش، لە کاتی و دوای");
    }
    expect(text).not.toMatch(/\band\b/);
  });
});
