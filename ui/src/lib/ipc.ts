// Typed wrappers around the shell's commands. Every failure arrives as an
// IpcError with a stable code; the UI shows the translated `error-<code>`.
import type { ErrorCode } from "./wire/errors";
import { invoke } from "@tauri-apps/api/core";

// The catalogue, locale payload and settings shapes are generated from the
// Rust types (./wire/shell.ts).
import type {
  Audience,
  Catalogue,
  CoverKind,
  Item,
  LocaleBundle,
  LocaleInfo,
  LocaleSource,
  Phase,
  Reference,
  Section,
  SectionId,
  Settings,
  TextDirection,
} from "./wire/shell";
export type * from "./wire/shell";
/** A text direction. */
export type Dir = TextDirection;

/** Everything the first screen needs, in one round trip. */
export interface Bootstrap {
  locales: LocaleInfo[];
  bundle: LocaleBundle;
  settings: Settings;
  /** Null when the vault file could not be read; then `vault_error` says why. */
  vault: VaultStatus | null;
  vault_error: WireError | null;
}

export type { ErrorCode };

/** The wire shape of every command error; `code` is one of the core's
 *  ErrorCode (generated), shown as the message `error-<code>`. */
export interface WireError {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown> | null;
}

export class IpcError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | null;
  constructor(wire: WireError) {
    super(wire.message);
    this.code = wire.code;
    this.details = wire.details;
  }
}

/** Any failure as an IpcError, so the UI can translate it: a command's
 *  own error as it came, anything else (a bug in the page) as "internal". */
export function asIpcError(e: unknown): IpcError {
  return e instanceof IpcError ? e : new IpcError({ code: "internal", message: "ui", details: null });
}

function isWireError(e: unknown): e is WireError {
  return typeof e === "object" && e !== null && typeof (e as WireError).code === "string";
}

let onLocked: (() => void) | null = null;

/** Registers what to do when any command finds the vault locked (the
 *  session hides the app): a second safety net behind the lock event. */
export function setLockedHandler(fn: () => void) {
  onLocked = fn;
}

/** Calls a command; maps any failure to an IpcError. */
export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isWireError(e)) {
      if (e.code === "locked") onLocked?.();
      throw new IpcError(e);
    }
    throw new IpcError({ code: "internal", message: "ipc failure", details: null });
  }
}

export const api = {
  bootstrap: () => call<Bootstrap>("bootstrap"),
  setLocale: (tag: string) => call<LocaleBundle>("set_locale", { tag }),
  getBundle: (tag: string) => call<LocaleBundle>("get_bundle", { tag }),
};

// ---- Vault and session -------------------------------------------------

/** What the lock screen may know: nothing about cases. */
export interface VaultStatus {
  initialised: boolean;
  unlocked: boolean;
  /** Seconds until another passcode may be tried (0 = now). */
  retry_after_secs: number;
  /** No vault was ever made on this device: the only start on set-up. */
  fresh: boolean;
}

/** Only shown inside the unlocked app (settings). */
export interface SecurityInfo {
  /** Failed attempts before the vault wipes itself; null = off. */
  attempt_limit: number | null;
}

/** Passcodes are compared byte for byte by the vault: a composed and a
 *  decomposed "å" must be the same passcode, so normalise to NFC here. */
const nfc = (s: string) => s.normalize("NFC");

export const vaultApi = {
  status: () => call<VaultStatus>("vault_status"),
  /** Calibrates the KDF (about a second) and creates the vault. */
  create: (passcode: string) => call<void>("vault_create", { passcode: nfc(passcode) }),
  /** Errors: wrong_passcode {attempts_left, retry_after_secs}, backoff {retry_after_secs}, wiped. */
  unlock: (passcode: string) => call<void>("vault_unlock", { passcode: nfc(passcode) }),
  lock: () => call<void>("vault_lock"),
  changePasscode: (old: string, next: string) =>
    call<void>("vault_change_passcode", { old: nfc(old), next: nfc(next) }),
  securityInfo: () => call<SecurityInfo>("vault_security_info"),
  /** `current`: the open workspace's passcode, checked as a counted attempt. */
  setDuress: (current: string, passcode: string, shredReal: boolean) =>
    call<void>("vault_set_duress", { current: nfc(current), passcode: nfc(passcode), shredReal }),
  removeDuress: (current: string) => call<void>("vault_remove_duress", { current: nfc(current) }),
  /** Turning the wipe off or raising it needs `current`; lowering it does not. */
  setAttemptLimit: (limit: number | null, current?: string) =>
    call<void>(
      "vault_set_attempt_limit",
      current === undefined ? { limit } : { limit, current: nfc(current) },
    ),
  getSettings: () => call<Settings>("settings_get"),
  setSettings: (settings: Settings) => call<Settings>("settings_set", { settings }),
};

// ---- Cases -------------------------------------------------------------
// The shapes are generated from the Rust types (src/domain, src/casebook).
import type {
  AliasWarning,
  Case,
  CaseFile,
  CaseList,
  CaseSummary,
  ContactAgreement,
  CrisisPlan,
  Meeting,
  MeetingEntry,
  SituationReview,
} from "./wire/domain";

export type { CaseFile, CaseList, CaseSummary, MeetingEntry };

export const casesApi = {
  list: () => call<CaseList>("case_list"),
  aliasWarnings: (alias: string) => call<AliasWarning[]>("case_alias_warnings", { alias }),
  create: (alias: string) => call<CaseSummary>("case_create", { alias }),
  update: (id: string, value: Case) => call<CaseSummary>("case_update", { id, value }),
  delete: (id: string) => call<void>("case_delete", { id }),
  open: (id: string) => call<CaseFile>("case_open", { id }),
  savePlan: (caseId: string, value: CrisisPlan) => call<CrisisPlan>("plan_save", { caseId, value }),
  saveContact: (caseId: string, value: ContactAgreement) =>
    call<ContactAgreement>("contact_save", { caseId, value }),
  saveReview: (caseId: string, value: SituationReview) =>
    call<SituationReview>("review_save", { caseId, value }),
  createMeeting: (caseId: string, date: string) =>
    call<MeetingEntry>("meeting_create", { caseId, date }),
  saveMeeting: (id: string, value: Meeting) => call<MeetingEntry>("meeting_save", { id, value }),
  deleteMeeting: (id: string) => call<void>("meeting_delete", { id }),
  /** Cases untouched longer than the retention setting. */
  retentionDue: () => call<CaseSummary[]>("case_retention_due"),
};

// ---- Backup ------------------------------------------------------------
// The file is chosen in a native dialog that the shell opens; the page
// never sends or receives a path.

export type ImportMode = "replace" | "merge";
export type RecordKindName =
  | "case"
  | "crisis_plan"
  | "contact_agreement"
  | "situation_review"
  | "meeting";
export type KindCounts = Record<RecordKindName, number>;

export interface BackupStatus {
  /** ISO time of the last completed export from this workspace, or null. */
  last_export: string | null;
  /** Reminders are on, there are cases, and the last backup is too old (or never). */
  reminder_due: boolean;
}
export interface ExportResult {
  /** The name of the written file (never the folder). */
  file_name: string;
  counts: KindCounts;
  /** Records that could not be read on this device and are not in the file. */
  damaged: number;
  at: string;
}
export type SkipReason = "unknown_kind" | "record_version" | "invalid" | "no_case";
export interface SkippedRecord {
  kind: string;
  /** The case's alias when known. */
  case: string | null;
  reason: SkipReason;
}
export interface ImportReport {
  mode: ImportMode;
  backup_created: string;
  added: KindCounts;
  updated: KindCounts;
  /** Same or newer on this device, kept (merge). */
  kept: KindCounts;
  /** Removed before the backup was restored (replace). */
  removed: KindCounts;
  skipped: SkippedRecord[];
}

export const backupApi = {
  status: () => call<BackupStatus>("backup_status"),
  /** Opens a save dialog, then derives the key (about a second) and writes.
   *  Errors: weak_backup_passphrase, cancelled, disk_full, backup_io, locked. */
  /** `current`: the open workspace's passcode, checked first as a counted attempt. */
  export: (current: string, passphrase: string) =>
    call<ExportResult>("backup_export", { current: nfc(current), passphrase: nfc(passphrase) }),
  /** Opens a file dialog, checks the whole file, then applies it at once.
   *  Errors: wrong_backup_passphrase, not_a_backup, backup_damaged {reason},
   *  backup_newer_version {found, supported}, backup_too_large, kdf_params_rejected,
   *  disk_full, backup_io, cancelled, locked. */
  /** A replace needs `current`, the open workspace's passcode; a merge does not.
   *  Also: session_changed when the app was locked before the file was applied. */
  import: (passphrase: string, mode: ImportMode, current?: string) =>
    call<ImportReport>(
      "backup_import",
      current === undefined
        ? { passphrase: nfc(passphrase), mode }
        : { passphrase: nfc(passphrase), mode, current: nfc(current) },
    ),
};

// ---- Passcode strength -------------------------------------------------
// The shell's own rule, the one that refuses a weak code at set-up, so the
// hint and the refusal never disagree.

/** Why a code would be refused (`error-weak_passcode-<reason>` explains it). */
export type WeakReason =
  | "too_short"
  | "only_digits"
  | "repeat"
  | "sequence"
  | "keyboard"
  | "common"
  | "date"
  | "guessable";
export interface StrengthReport {
  kind: "digits" | "phrase";
  /** 0–4, as zxcvbn scores (for a PIN from its length and patterns). */
  score: number;
  acceptable: boolean;
  /** Set exactly when the code would be refused. */
  reason: WeakReason | null;
}
/** Nothing is stored; works locked and unlocked. */
export const strength = (passcode: string) =>
  call<StrengthReport>("passcode_strength", { passcode: nfc(passcode) });
