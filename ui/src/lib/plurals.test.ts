// Every message with a numeric variable, in every shipped locale, formatted
// by the app's formatter for n = 0, 1, 2, 3, 5, 11, 21, 100 and 1.5: the
// variant chosen is the one CLDR's plural rules give (Intl.PluralRules), a
// plural selector has exactly the locale's categories, and no raw `{$`, no
// ISO date and no unformatted number reaches the text.
//
// Which variables are numbers, dates or lists is read from the source's
// `# Variables:` comments (Mozilla's convention), which the Rust tests
// require on every Swedish message that has a variable.
import { describe, expect, it } from "vitest";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { LocaleBundle } from "./ipc";
import { FluentList, formatterOf, type Args } from "./fluent";
import { lookup } from "./i18n.svelte";
import { payload, shippedSource, sourceOf } from "../test/ftl";

const FILES = ["ui", "cover", "guidance", "cases", "backup", "review"];
const LOCALES = ["sv", "en", "ar", "fa", "prs", "so", "ti", "ckb", "kmr", "tr"];
const NS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5];
type Kind = "Number" | "String" | "Date" | "List";

/** key → variable → declared type, from the `# Variables:` comments. */
function declared(source: string): Map<string, Map<string, Kind>> {
  const out = new Map<string, Map<string, Kind>>();
  let pending = new Map<string, Kind>();
  for (const line of source.split("\n")) {
    const v = /^#\s+\$([\w-]+) \((Number|String|Date|List)\)/.exec(line);
    if (v) {
      pending.set(v[1]!, v[2] as Kind);
      continue;
    }
    const m = /^([a-z][\w-]*)\s*=/.exec(line);
    if (m) {
      if (pending.size > 0) out.set(m[1]!, pending);
      pending = new Map();
    } else if (!line.startsWith("#")) pending = new Map();
  }
  return out;
}

const svSource = shippedSource("sv", FILES);
const types = declared(svSource);
const numeric = [...types].filter(([, vars]) => [...vars.values()].includes("Number"));

function bundleOf(tag: string): LocaleBundle {
  const chain = tag === "sv" ? ["sv"] : tag === "en" ? ["en", "sv"] : [tag, "en", "sv"];
  return payload(
    chain.map((t) => sourceOf(t, shippedSource(t, FILES))),
    { sections: [], items: [], references: [] },
  );
}

function sample(kind: Kind, n: number): Args[string] {
  if (kind === "Number") return n;
  if (kind === "Date") return new Date(2026, 11, 4);
  if (kind === "List") return new FluentList(["Alfa", "Beta"]);
  return "Alfa";
}

// @fluent/bundle's parsed patterns (its own AST, read here to know which
// variant CLDR should pick).
type Expr = { type: string; name?: string; selector?: Expr; variants?: Variant[]; star?: number };
type Variant = { key: { type: string; value: string | number }; value: Pattern };
type Pattern = string | (string | Expr)[];

function selects(p: Pattern | null | undefined, out: Expr[] = []): Expr[] {
  if (!p || typeof p === "string") return out;
  for (const el of p) {
    if (typeof el === "string") continue;
    if (el.type === "select") {
      out.push(el);
      for (const v of el.variants ?? []) selects(v.value, out);
    }
  }
  return out;
}

// A selector is a plural one when it names a category besides the default
// (`[0] none *[other] …` is a match on zero, not a plural).
const pluralKeys = new Set(["zero", "one", "two", "few", "many"]);

describe("plurals and numbers, every locale", () => {
  it("the source declares numeric variables (the test has something to check)", () => {
    expect(numeric.length).toBeGreaterThan(30);
    expect(types.get("passcode-wait-seconds")?.get("seconds")).toBe("Number");
  });

  for (const tag of LOCALES) {
    it(`${tag}: each count picks the CLDR variant, and no raw placeholder or ISO date shows`, () => {
      const b = bundleOf(tag);
      const own = b.resources[0]!;
      const intl = new Intl.PluralRules(own.intl);
      const categories = intl.resolvedOptions().pluralCategories as string[];
      const resource = new FluentResource(own.source);
      let checked = 0;
      for (const [key, vars] of numeric) {
        const message = resource.body.find((m) => m.id === key);
        const pattern = message?.value as Pattern | undefined;
        if (!pattern) continue; // Shown from the chain: checked in its own locale.
        const numberVars = [...vars].filter(([, k]) => k === "Number").map(([v]) => v);
        const plural = selects(pattern).filter(
          (s) => s.selector?.type === "var" && numberVars.includes(s.selector.name ?? "") &&
            (s.variants ?? []).some((v) => v.key.type === "str" && pluralKeys.has(String(v.key.value))),
        );
        // A plural selector lists exactly the locale's categories.
        for (const s of plural) {
          const names = (s.variants ?? []).filter((v) => v.key.type === "str").map((v) => String(v.key.value));
          expect(names.slice().sort(), `${tag} ${key}`).toEqual(categories.slice().sort());
        }
        for (const n of NS) {
          const args: Args = {};
          for (const [v, kind] of vars) args[v] = sample(kind, n);
          const text = lookup(b, key, args);
          expect(text, `${tag} ${key} n=${n}`).not.toMatch(/\{\s*\$|\{[A-Z]+\(|\d{4}-\d{2}-\d{2}/);
          // A fraction is written the locale's way (not "1.5" where it is "1,5").
          if (n === 1.5 && new Intl.NumberFormat(own.intl).format(1.5) !== "1.5") {
            expect(text, `${tag} ${key}`).not.toContain("1.5");
          }
          // The variant CLDR gives n: an exact number key first, then the
          // plural category, then the default; its text is in the output.
          for (const s of plural) {
            const variants = s.variants ?? [];
            const exact = variants.find((v) => v.key.type === "num" && v.key.value === n);
            const cat = variants.find((v) => v.key.type === "str" && v.key.value === intl.select(n));
            const chosen = exact ?? cat ?? variants[s.star ?? 0]!;
            expect(formatterOf(b).find(key)?.index).toBe(0);
            const want = formatChosen(b, chosen.value, args);
            expect(text, `${tag} ${key} n=${n} wants [${chosen.key.value}]`).toContain(want);
            for (const other of variants) {
              if (other === chosen) continue;
              const t = formatChosen(b, other.value, args);
              if (t !== want && !want.includes(t)) expect(text, `${tag} ${key} n=${n}`).not.toContain(t);
            }
            checked++;
          }
        }
      }
      if (tag === "sv" || tag === "en" || tag === "ar") expect(checked, tag).toBeGreaterThan(50);
    });
  }

  it("Arabic has a plural selector wherever Swedish has one", () => {
    const sv = new FluentResource(svSource);
    const ar = new FluentResource(shippedSource("ar", FILES));
    for (const m of sv.body) {
      const svPlural = selects(m.value as Pattern).some((s) =>
        (s.variants ?? []).some((v) => v.key.type === "str" && v.key.value === "one"),
      );
      if (!svPlural) continue;
      const arMessage = ar.body.find((x) => x.id === m.id);
      const arPlural = selects(arMessage?.value as Pattern).some((s) =>
        (s.variants ?? []).some((v) => v.key.type === "str" && v.key.value === "few"),
      );
      expect(arPlural, m.id).toBe(true);
    }
  });

  it("numbers are the locale's: a decimal comma in Swedish, Persian digits in Persian", () => {
    const idle = (tag: string) => lookup(bundleOf(tag), "settings-idle-minutes", { count: 1.5 }).replace(/[\u2068\u2069]/g, "");
    expect(idle("sv")).toBe("1,5 minuter");
    expect(idle("en")).toBe("1.5 minutes");
    expect(idle("fa")).toContain("۱٫۵");
  });
});

// One variant's own pattern, formatted in the locale's bundle.
const bundles = new Map<string, FluentBundle>();
function formatChosen(b: LocaleBundle, value: Pattern, args: Args): string {
  const own = b.resources[0]!;
  let bundle = bundles.get(own.locale);
  if (!bundle) {
    bundle = new FluentBundle(own.intl);
    bundle.addResource(new FluentResource(own.source));
    bundles.set(own.locale, bundle);
  }
  return bundle.formatPattern(value as never, args);
}
