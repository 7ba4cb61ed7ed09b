// Test support for review mode and the person view: the shipped text of a
// locale (read from locales/*.ftl as the shell would send it) and an
// in-memory stand-in for the shell's review commands that records calls.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { LocaleBundle, LocaleInfo } from "../../lib/ipc";
import { i18n } from "../../lib/i18n.svelte";
import type {
  ExportDone,
  ImportReport,
  LocaleProgress,
  ReviewLoad,
  ReviewRow,
  ReviewState,
} from "../../lib/review";
import { fixture } from "../cases/testing";
import { dirOf, payload, plain, shippedSource, sourceOf, withoutKeys } from "../../test/ftl";

/** A payload for `locale` with the shipped text: its chain is the locale,
 *  English, then Swedish, as the shell's. */
export function bundleOf(locale: string, lacking: readonly string[] = []): LocaleBundle {
  const files = ["ui", "guidance", "cases", "review", "person"];
  const chain = locale === "sv" ? ["sv"] : locale === "en" ? ["en", "sv"] : [locale, "en", "sv"];
  return payload(
    chain.map((t, i) => sourceOf(t, withoutKeys(shippedSource(t, files), i === 0 ? lacking : []))),
    fixture.catalogue,
  );
}

export const LOCALES: LocaleInfo[] = [
  { tag: "sv", name: "Svenska", dir: "ltr", draft: false },
  { tag: "en", name: "English", dir: "ltr", draft: true },
  { tag: "ar", name: "العربية", dir: "rtl", draft: true },
  { tag: "ti", name: "ትግርኛ", dir: "ltr", draft: true },
];

/** Puts `locale`'s text (and the locale list) in place for a test. */
export function useLocale(locale = "sv"): LocaleBundle {
  const b = bundleOf(locale);
  i18n.locales = LOCALES;
  i18n.apply(b);
  return b;
}

export { plain };

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** A few rows of Arabic review, in the shell's shape. */
export function sampleRows(): ReviewRow[] {
  const row = (
    key: string,
    group: ReviewRow["group"],
    source: string,
    target: string | null,
    state: ReviewState = "unreviewed",
  ): ReviewRow => ({
    key,
    group,
    source_text: source,
    target_text: target,
    imported: false,
    state,
    comment: "",
    source_changed: false,
    vars: [],
  });
  const assess = { kind: "section", id: "assess-risks" } as const;
  const digital = { kind: "section", id: "digital-devices" } as const;
  const ui = { kind: "file", id: "ui" } as const;
  return [
    row("section-assess-risks", assess, "Bedöm risker", "قيّم المخاطر"),
    row("item-crisis-plan-early", assess, "Krisplan i ett tidigt skede", "خطة أزمة في مرحلة مبكرة", "approved"),
    row("section-digital-devices", digital, "Säkerhet kopplat till digitala enheter", "الأمان", "needs-change"),
    row("item-airplane-mode", digital, "Flygplansläge", "وضع الطيران"),
    { ...row("guidance-search-results", ui, "Träffar: { $count }", null), vars: ["count"] },
  ];
}

/** `count` made-up rows in three groups, in the shell's shape, for paging:
 *  `msg-0` … `msg-<count-1>`, all translated and unreviewed but every
 *  seventh, which needs a change. */
export function manyRows(count: number): ReviewRow[] {
  const groups: ReviewRow["group"][] = [
    { kind: "section", id: "assess-risks" },
    { kind: "section", id: "digital-devices" },
    { kind: "file", id: "ui" },
  ];
  return Array.from({ length: count }, (_, i) => ({
    key: `msg-${i}`,
    group: groups[Math.min(2, Math.floor((i * 3) / count))]!,
    source_text: `Källtext ${i}`,
    target_text: `نص ${i}`,
    imported: false,
    state: i % 7 === 3 ? "needs-change" : "unreviewed",
    comment: "",
    source_changed: false,
    vars: [],
  }));
}

/** The shell's review commands, in memory. */
export class FakeReviewShell {
  calls: Call[] = [];
  rows: ReviewRow[] = sampleRows();
  fail = new Map<string, { code: string; details?: Record<string, unknown> | null }>();
  report: ImportReport = {
    locale: "ar",
    errors: [{ line: 3, message: "Expected a token starting with \"=\"" }],
    added: [],
    changed: ["item-airplane-mode"],
    unchanged: ["section-assess-risks"],
    missing: ["guidance-search-results"],
    unknown: ["stray-id"],
    variable_mismatch: [{ key: "item-x", expected: ["count"], found: ["n"] }],
    reset: [],
    accepted: 2,
  };

  constructor(private readonly bundles: Record<string, LocaleBundle> = {}) {
    mockIPC((cmd, args) => this.handle(cmd, (args ?? {}) as Record<string, unknown>));
  }

  callsOf(cmd: string): Call[] {
    return this.calls.filter((c) => c.cmd === cmd);
  }

  progress(): LocaleProgress[] {
    const count = (s: ReviewState) => this.rows.filter((r) => r.target_text !== null && r.state === s).length;
    const total = this.rows.filter((r) => r.target_text !== null).length;
    return [
      {
        locale: "ar",
        name: "العربية",
        dir: "rtl",
        approved: count("approved"),
        needs_change: count("needs-change"),
        unreviewed: count("unreviewed"),
        total,
        missing: this.rows.length - total,
      },
      { locale: "en", name: "English", dir: "ltr", approved: 0, needs_change: 0, unreviewed: 10, total: 10, missing: 0 },
    ];
  }

  handle(cmd: string, a: Record<string, unknown>): unknown {
    this.calls.push({ cmd, args: JSON.parse(JSON.stringify(a)) as Record<string, unknown> });
    const failure = this.fail.get(cmd);
    if (failure) throw { code: failure.code, message: "detail", details: failure.details ?? null };
    switch (cmd) {
      case "get_bundle": {
        const tag = String(a.tag);
        return this.bundles[tag] ?? bundleOf(tag);
      }
      case "review_progress":
        return this.progress();
      case "review_load": {
        const p = this.progress()[0]!;
        const load: ReviewLoad = {
          source: String(a.source),
          source_dir: "ltr",
          target: String(a.target),
          target_dir: dirOf(String(a.target)),
          progress: p,
          rows: structuredClone(this.rows),
          damaged_local: false,
        };
        return load;
      }
      case "review_set": {
        const r = this.rows.find((x) => x.key === a.key);
        if (!r) throw { code: "invalid_input", message: "x", details: { field: "key", reason: "unknown" } };
        r.state = a.state as ReviewState;
        r.comment = String(a.comment ?? "");
        return structuredClone(r);
      }
      case "review_export": {
        const done: ExportDone = {
          path: `/data/exports/${String(a.target)}-20260301-100000.ftl`,
          file_name: `${String(a.target)}-20260301-100000.ftl`,
          bytes: 1234,
        };
        return done;
      }
      case "review_import":
        return structuredClone(this.report);
      case "vault_lock":
        return null;
      default:
        throw { code: "internal", message: `unexpected ${cmd}`, details: null };
    }
  }
}
