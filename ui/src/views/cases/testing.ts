// Test support for the case views: the shipped Swedish and English text
// (read from locales/*.ftl as the shell would send it), the real guidance
// catalogue, and an in-memory stand-in for the shell's case commands on
// top of mockIPC that records every call.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { CaseFile, CaseSummary, LocaleBundle, MeetingEntry, Settings } from "../../lib/ipc";
import {
  checklistFrom,
  newContact,
  newPlan,
  newReview,
  type AliasWarning,
  type Case,
  type ContactAgreement,
  type CrisisPlan,
  type Meeting,
  type SituationReview,
} from "../../lib/domain";
import { i18n } from "../../lib/i18n.svelte";
import fixtureText from "../../lib/domain.fixture.json?raw";
import { payload, plain, shippedSource, sourceOf } from "../../test/ftl";

/** What the Rust code serialised (see domain.fixture.json's _source). */
export const fixture = JSON.parse(fixtureText) as {
  plan: CrisisPlan;
  plan_variants: CrisisPlan;
  contact: ContactAgreement;
  review: SituationReview;
  meeting: Meeting;
  case: Case;
  limits: Record<string, number>;
  catalogue: LocaleBundle["catalogue"];
  review_items: { id: string; domain: string }[];
  enums: Record<string, string[]>;
  alias_warnings: { alias: string; warnings: AliasWarning[] }[];
};

/** Every key path of a JSON value, e.g. "contacts[].role". */
export function keyPaths(v: unknown, prefix = ""): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => keyPaths(x, `${prefix}[]`));
  if (v !== null && typeof v === "object") {
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => {
      const p = prefix ? `${prefix}.${k}` : k;
      return [p, ...keyPaths(x, p)];
    });
  }
  return [];
}

/** A locale bundle with the shipped text and the real catalogue, as the
 *  shell sends it (the locale, then English, then Swedish). */
export function casesBundle(locale = "sv"): LocaleBundle {
  const of = (t: string) => sourceOf(t, shippedSource(t, ["ui", "guidance", "cases", "review", "person"]));
  const chain = locale === "sv" ? ["sv"] : locale === "en" ? ["en", "sv"] : [locale, "en", "sv"];
  return payload(chain.map(of), fixture.catalogue);
}

/** Puts the shipped text in place for a test. */
export function useText(locale: "sv" | "en" = "sv"): LocaleBundle {
  const b = casesBundle(locale);
  i18n.apply(b);
  return b;
}

export { plain };

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

const hex = (n: number) => n.toString(16).padStart(32, "0");

/**
 * An in-memory shell: the case commands with the same shapes as
 * src/casebook (saves stamp `updated`, meetings get the checklist of
 * Meeting::new). `fail` makes a command throw a wire error.
 */
export class FakeShell {
  calls: Call[] = [];
  cases = new Map<string, Case>();
  plans = new Map<string, CrisisPlan>();
  contacts = new Map<string, ContactAgreement>();
  reviews = new Map<string, SituationReview>();
  meetings = new Map<string, Meeting>();
  due: string[] = [];
  settings: Settings = {
    locale: null,
    cover: "passcode",
    idle_lock_secs: 120,
    retention_days: 180,
    backup_reminder_days: 30,
    // A vault is open, so one was made on this device.
    set_up: true,
  };
  fail = new Map<string, { code: string; details?: Record<string, unknown> | null }>();
  /** Commands whose answer waits until release() is called. */
  hold = new Set<string>();
  #held: (() => void)[] = [];
  #next = 1;
  #clock = Date.parse("2026-03-01T10:00:00Z");

  constructor() {
    mockIPC((cmd, args) => this.handle(cmd, (args ?? {}) as Record<string, unknown>));
  }

  now(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString();
  }

  /** Adds a case as if created earlier; returns its ID. */
  seed(alias: string, extra: Partial<Case> = {}): string {
    const id = hex(this.#next++);
    const t = this.now();
    this.cases.set(id, { alias, colour: null, created: t, updated: t, archived: false, ...extra });
    return id;
  }

  callsOf(cmd: string): Call[] {
    return this.calls.filter((c) => c.cmd === cmd);
  }

  release(): void {
    const held = this.#held;
    this.#held = [];
    for (const r of held) r();
  }

  async handle(cmd: string, args: Record<string, unknown>): Promise<unknown> {
    // Copy what was sent: the UI's objects are live.
    this.calls.push({ cmd, args: JSON.parse(JSON.stringify(args)) as Record<string, unknown> });
    if (this.hold.has(cmd)) await new Promise<void>((r) => this.#held.push(r));
    const failure = this.fail.get(cmd);
    if (failure) throw { code: failure.code, message: "internal detail", details: failure.details ?? null };
    return this.#answer(cmd, args);
  }

  #summary(id: string): CaseSummary {
    const c = this.cases.get(id);
    if (!c) throw { code: "not_found", message: "not found", details: null };
    return { id, case: structuredClone(c) };
  }

  #touch(id: string) {
    const c = this.cases.get(id);
    if (!c) throw { code: "not_found", message: "not found", details: null };
    c.updated = this.now();
  }

  #answer(cmd: string, a: Record<string, unknown>): unknown {
    switch (cmd) {
      case "bootstrap":
        return { locales: [], bundle: casesBundle("sv") };
      case "settings_get":
        return this.settings;
      case "get_bundle":
        return casesBundle(String(a.tag));
      case "case_list":
        return { cases: [...this.cases.keys()].map((id) => this.#summary(id)), damaged: [] };
      case "case_alias_warnings": {
        const alias = String(a.alias);
        const known = fixture.alias_warnings.find((w) => w.alias === alias);
        if (known) return known.warnings;
        const w: AliasWarning[] = [];
        if (/\d{6,8}[-+]?\d{4}/.test(alias)) w.push("personal-identity-number");
        if (/gatan\s+\d/i.test(alias)) w.push("street-address");
        if (/\d[\d -]{6,}/.test(alias) && !w.includes("personal-identity-number")) w.push("phone-number");
        if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(alias)) w.push("full-name");
        return w;
      }
      case "case_create": {
        const id = this.seed(String(a.alias).trim());
        return this.#summary(id);
      }
      case "case_update": {
        const id = String(a.id);
        const stored = this.cases.get(id);
        if (!stored) throw { code: "not_found", message: "", details: null };
        const value = structuredClone(a.value) as Case;
        this.cases.set(id, { ...value, created: stored.created, updated: this.now() });
        return this.#summary(id);
      }
      case "case_delete": {
        const id = String(a.id);
        if (!this.cases.delete(id)) throw { code: "not_found", message: "", details: null };
        this.plans.delete(id);
        this.contacts.delete(id);
        this.reviews.delete(id);
        for (const [mid, m] of this.meetings) if (m.case_id === id) this.meetings.delete(mid);
        this.due = this.due.filter((d) => d !== id);
        return null;
      }
      case "case_open": {
        const id = String(a.id);
        const s = this.#summary(id);
        const meetings: MeetingEntry[] = [...this.meetings]
          .filter(([, m]) => m.case_id === id)
          .map(([mid, m]) => ({ id: mid, meeting: structuredClone(m) }));
        const file: CaseFile = {
          id,
          case: s.case,
          plan: structuredClone(this.plans.get(id) ?? newPlan(id)),
          contact: structuredClone(this.contacts.get(id) ?? newContact(id)),
          review: structuredClone(this.reviews.get(id) ?? newReview(id)),
          meetings,
          damaged: [],
        };
        return file;
      }
      case "plan_save":
      case "contact_save":
      case "review_save": {
        const id = String(a.caseId);
        this.#touch(id);
        const value = structuredClone(a.value) as { updated: string; case_id: string };
        if (value.case_id !== id) throw { code: "invalid_input", message: "", details: null };
        value.updated = this.now();
        const store = cmd === "plan_save" ? this.plans : cmd === "contact_save" ? this.contacts : this.reviews;
        (store as Map<string, unknown>).set(id, structuredClone(value));
        return value;
      }
      case "meeting_create": {
        const caseId = String(a.caseId);
        this.#touch(caseId);
        const id = hex(1000 + this.#next++);
        // As Meeting::new makes it (the fixture's fresh meeting).
        const meeting: Meeting = {
          ...(structuredClone(fixture.meeting) as Meeting),
          case_id: caseId,
          date: String(a.date),
          checklist: checklistFrom(fixture.catalogue),
          next_meeting: null,
          updated: this.now(),
        };
        this.meetings.set(id, meeting);
        return { id, meeting: structuredClone(meeting) };
      }
      case "meeting_save": {
        const id = String(a.id);
        if (!this.meetings.has(id)) throw { code: "not_found", message: "", details: null };
        const value = structuredClone(a.value) as Meeting;
        value.updated = this.now();
        this.meetings.set(id, value);
        return { id, meeting: structuredClone(value) };
      }
      case "meeting_delete": {
        if (!this.meetings.delete(String(a.id))) throw { code: "not_found", message: "", details: null };
        return null;
      }
      case "case_retention_due":
        return this.due.filter((id) => this.cases.has(id)).map((id) => this.#summary(id));
      default:
        throw { code: "internal", message: `unknown command ${cmd}`, details: null };
    }
  }
}
