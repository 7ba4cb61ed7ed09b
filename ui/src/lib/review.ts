// Translation review (review mode) and the person view: typed wrappers
// around the shell's review commands, and the pure helpers both views use.
import { call, type Catalogue, type Dir, type Item, type SectionId } from "./ipc";
import type { ContactAgreement } from "./domain";

export type ReviewState = "unreviewed" | "approved" | "needs-change";
export const REVIEW_STATES: readonly ReviewState[] = ["unreviewed", "approved", "needs-change"];

/** Where a message is shown: a section of the sheet, or a file of app strings. */
export type ReviewGroup = { kind: "section"; id: SectionId } | { kind: "file"; id: string };

/** One message beside its source (src/i18n/review/desk.rs `ReviewRow`). */
export interface ReviewRow {
  key: string;
  group: ReviewGroup;
  source_text: string | null;
  /** null: the target lacks it and readers see fallback text. */
  target_text: string | null;
  imported: boolean;
  state: ReviewState;
  comment: string;
  source_changed: boolean;
  vars: string[];
}

export interface Progress {
  approved: number;
  needs_change: number;
  unreviewed: number;
  total: number;
  missing: number;
}

export interface LocaleProgress extends Progress {
  locale: string;
  name: string;
  dir: Dir;
}

export interface ReviewLoad {
  source: string;
  source_dir: Dir;
  target: string;
  target_dir: Dir;
  progress: Progress;
  rows: ReviewRow[];
  damaged_local: boolean;
}

export interface ExportDone {
  path: string;
  file_name: string;
  bytes: number;
}

export interface FtlIssue {
  line: number;
  message: string;
}

export interface VariableMismatch {
  key: string;
  expected: string[];
  found: string[];
}

export interface ImportReport {
  locale: string;
  errors: FtlIssue[];
  added: string[];
  changed: string[];
  unchanged: string[];
  missing: string[];
  unknown: string[];
  variable_mismatch: VariableMismatch[];
  reset: string[];
  accepted: number;
}

/** The longest comment the shell accepts (characters). */
export const MAX_COMMENT_CHARS = 2000;
/** The largest .ftl text the shell imports (bytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export const reviewApi = {
  load: (source: string, target: string) => call<ReviewLoad>("review_load", { source, target }),
  set: (target: string, key: string, state: ReviewState, comment: string) =>
    call<ReviewRow>("review_set", { target, key, state, comment }),
  progress: () => call<LocaleProgress[]>("review_progress"),
  exportFile: (target: string) => call<ExportDone>("review_export", { target }),
  importFtl: (target: string, ftlText: string) => call<ImportReport>("review_import", { target, ftlText }),
};

// ---- review mode --------------------------------------------------------

export type ReviewFilter = "all" | "unreviewed" | "needs-change";
export const REVIEW_FILTERS: readonly ReviewFilter[] = ["all", "unreviewed", "needs-change"];

/** The rows a filter shows. */
export function filterRows(rows: readonly ReviewRow[], filter: ReviewFilter): ReviewRow[] {
  if (filter === "all") return [...rows];
  return rows.filter((r) => r.state === filter);
}

/** Messages per page of review mode: a page draws at once on a cheap
 *  tablet (about 20 elements a message), where all ~630 took seconds. */
export const REVIEW_PAGE_SIZE = 50;

/** One page of a list. `page` is 0-based and within 0..pages-1. */
export interface Page<T> {
  rows: T[];
  page: number;
  pages: number;
}

/** How many pages `count` rows take (at least one, even when empty). */
export function pageCount(count: number, size = REVIEW_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The rows of page `page` (0-based); a page past the end gives the last
 *  page, one before the start the first. */
export function pageOf<T>(rows: readonly T[], page: number, size = REVIEW_PAGE_SIZE): Page<T> {
  const pages = pageCount(rows.length, size);
  const p = Math.min(Math.max(0, Number.isFinite(page) ? Math.trunc(page) : 0), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

export function groupId(g: ReviewGroup): string {
  return `${g.kind}-${g.id}`;
}

/** Consecutive rows of the same group, in the order the shell sent them
 *  (sections of the sheet in order, then the app's strings). */
export function groupRows(rows: readonly ReviewRow[]): { group: ReviewGroup; rows: ReviewRow[] }[] {
  const out: { group: ReviewGroup; rows: ReviewRow[] }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && groupId(last.group) === groupId(r.group)) last.rows.push(r);
    else out.push({ group: r.group, rows: [r] });
  }
  return out;
}

/** The Fluent key and arguments of a group's heading. */
export function groupLabel(g: ReviewGroup): { key: string; args?: Record<string, string> } {
  if (g.kind === "section") return { key: `section-${g.id}` };
  if (g.id === "guidance" || g.id === "ui") return { key: `translation-group-${g.id}` };
  return { key: "translation-group-file", args: { file: g.id } };
}

/** The target a reviewer starts with: the UI's language unless it is the
 *  source, else the first translation. */
export function defaultTarget(current: string | undefined, tags: readonly string[], source = "sv"): string {
  if (current && current !== source && tags.includes(current)) return current;
  return tags.find((t) => t !== source) ?? "";
}

// ---- person view --------------------------------------------------------

/** The catalogue items meant for the person, in the sheet's order. */
export function personItems(catalogue: Catalogue | undefined): Item[] {
  return catalogue?.items.filter((i) => i.audience === "person") ?? [];
}

/** A contact agreement reduced to what may be shown to the person on
 *  screen. Only these four facts; never the code word, what to say if
 *  someone else answers, what an SMS may contain, interpreters (whom to
 *  avoid) or the support person. */
export interface SafeContactSummary {
  safe_to_call: ContactAgreement["safe_to_call"];
  call_when: string;
  sms_allowed: ContactAgreement["sms_allowed"];
  preferred_channel: ContactAgreement["preferred_channel"];
}

export function safeContactSummary(c: ContactAgreement | null | undefined): SafeContactSummary | null {
  if (!c) return null;
  return {
    safe_to_call: c.safe_to_call,
    call_when: c.call_when.trim(),
    sms_allowed: c.sms_allowed,
    preferred_channel: c.preferred_channel,
  };
}

