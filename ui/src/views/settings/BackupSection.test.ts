// The backup section against a mocked shell: what a practitioner types and
// sees, and what reaches the backup commands (and what does not).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import BackupSection, { backupPassphraseProblem } from "./BackupSection.svelte";
import { i18n, lookup } from "../../lib/i18n.svelte";
import { dialogOpen } from "../../lib/dialog";
import { cases } from "../../lib/cases.svelte";
import { session } from "../../lib/session.svelte";
import type { BackupStatus, ExportResult, ImportReport, KindCounts, LocaleBundle } from "../../lib/ipc";
import { payload, plain, keysOf, shippedSource, sourceOf } from "../../test/ftl";
import type { Args } from "../../lib/fluent";

function bundle(locale: "sv" | "en"): LocaleBundle {
  const of = (t: string) => sourceOf(t, shippedSource(t, ["ui", "cover", "backup"]));
  return payload(locale === "sv" ? [of("sv")] : [of("en"), of("sv")], { sections: [], items: [], references: [] });
}

let current: LocaleBundle;
/** A message as the practitioner reads it (bidi marks removed). */
function t(key: string, args: Args = {}): string {
  const v = lookup(current, key, args);
  if (v === "") throw new Error(`no message ${key}`);
  return plain(v);
}

const zero = (): KindCounts => ({ case: 0, crisis_plan: 0, contact_agreement: 0, situation_review: 0, meeting: 0 });
const counts = (c: Partial<KindCounts>): KindCounts => ({ ...zero(), ...c });

interface Call {
  cmd: string;
  args: Record<string, unknown>;
  dialog: boolean;
}
let calls: Call[];
let status: BackupStatus;
let exportAnswer: ExportResult;
let importAnswer: ImportReport;
let failWith: Record<string, { code: string; message: string; details: Record<string, unknown> | null }>;
let caseList: { id: string; case: Record<string, unknown> }[];

function ipc() {
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a, dialog: dialogOpen() });
    const fail = failWith[cmd];
    if (fail) throw fail;
    switch (cmd) {
      case "backup_status":
        return status;
      case "backup_export":
        status = { last_export: exportAnswer.at, reminder_due: false };
        return exportAnswer;
      case "backup_import":
        return importAnswer;
      case "case_list":
        return { cases: caseList, damaged: [] };
      default:
        return null;
    }
  });
}

const called = (cmd: string) => calls.filter((c) => c.cmd === cmd);
const backupCalls = () => calls.filter((c) => c.cmd === "backup_export" || c.cmd === "backup_import");

/** What an element reads as (bidi marks removed). */
const read = (el: Element | null | undefined) => plain(el?.textContent).trim();

async function type(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

async function shown() {
  render(BackupSection);
  await waitFor(() => expect(called("backup_status")).toHaveLength(1));
}

const STRONG = "lingon hav trappa";
/** The practitioner's own code, asked again before an export or a replace. */
const CODE = "4711081542";

beforeEach(() => {
  calls = [];
  failWith = {};
  status = { last_export: null, reminder_due: false };
  exportAnswer = {
    file_name: "backup-2026-03-02.bak",
    counts: counts({ case: 2, crisis_plan: 2, contact_agreement: 1, situation_review: 2, meeting: 3 }),
    damaged: 0,
    at: "2026-03-02T09:30:00Z",
  };
  importAnswer = {
    mode: "merge",
    backup_created: "2026-02-20T08:00:00Z",
    added: counts({ case: 1, crisis_plan: 1 }),
    updated: counts({ meeting: 2 }),
    kept: counts({ case: 1 }),
    removed: zero(),
    skipped: [
      { kind: "meeting", case: "Rosen", reason: "no_case" },
      { kind: "meeting", case: "Rosen", reason: "no_case" },
      { kind: "voice_note", case: null, reason: "unknown_kind" },
    ],
  };
  caseList = [];
  const b = bundle("sv");
  current = b;
  i18n.apply(b);
  session.screen = "open";
  ipc();
});
afterEach(() => {
  cases.drop();
  clearMocks();
});

describe("backup status", () => {
  it("shows 'never' and no reminder when none is due", async () => {
    await shown();
    expect(read(await screen.findByTestId("backup-last"))).toBe(t("backup-last-never"));
    expect(screen.queryByTestId("backup-reminder")).toBeNull();
  });

  it("shows the date of the last backup in the UI's language, and a gentle reminder when due", async () => {
    status = { last_export: "2026-01-05T12:00:00Z", reminder_due: true };
    await shown();
    const last = await screen.findByTestId("backup-last");
    expect(read(last)).toBe("Senaste säkerhetskopia: 5 jan. 2026");
    expect(last.textContent).toContain("2026");
    const reminder = screen.getByTestId("backup-reminder");
    expect(reminder.textContent).toBe(t("backup-reminder"));
    // Gentle: not an alert.
    expect(reminder.getAttribute("role")).toBeNull();
    expect(reminder.className).toContain("reminder");
  });

  it("shows nothing of the status if it cannot be read", async () => {
    failWith.backup_status = { code: "storage", message: "", details: null };
    await shown();
    expect(screen.queryByTestId("backup-last")).toBeNull();
    expect(screen.queryByTestId("backup-reminder")).toBeNull();
    expect(screen.queryByTestId("error")).toBeNull();
  });
});

describe("making a backup", () => {
  it("checks the passphrase like the core does", () => {
    expect(backupPassphraseProblem("kort fras", "kort fras")).toBe("backup-problem-weak");
    expect(backupPassphraseProblem("1234 5678 9012 3456", "1234 5678 9012 3456")).toBe("backup-problem-weak");
    expect(backupPassphraseProblem("   elva tecken   ", "   elva tecken   ")).toBe("backup-problem-weak");
    expect(backupPassphraseProblem(STRONG, `${STRONG}x`)).toBe("backup-problem-mismatch");
    expect(backupPassphraseProblem("123456789012a", "123456789012a")).toBeNull();
    expect(backupPassphraseProblem(STRONG, STRONG)).toBeNull();
  });

  it("refuses a passphrase that differs from the repeat, without calling the shell", async () => {
    await shown();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", "lingon hav trapa");
    await fireEvent.click(screen.getByTestId("backup-export"));
    expect((await screen.findByTestId("backup-problem")).textContent).toBe(t("backup-problem-mismatch"));
    expect(backupCalls()).toHaveLength(0);
  });

  it("refuses a short or digits-only passphrase, without calling the shell", async () => {
    await shown();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", "kort");
    await type("backup-export-repeat", "kort");
    await fireEvent.click(screen.getByTestId("backup-export"));
    expect((await screen.findByTestId("backup-problem")).textContent).toBe(t("backup-problem-weak"));

    await type("backup-export-current", CODE);

    await type("backup-export-pass", "123456789012345");
    await type("backup-export-repeat", "123456789012345");
    await fireEvent.click(screen.getByTestId("backup-export"));
    expect((await screen.findByTestId("backup-problem")).textContent).toBe(t("backup-problem-weak"));
    expect(backupCalls()).toHaveLength(0);
  });

  it("asks for the practitioner's own code first, and a wrong one is refused by the shell", async () => {
    await shown();
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", STRONG);
    await fireEvent.click(screen.getByTestId("backup-export"));
    expect(read(await screen.findByTestId("backup-problem"))).toBe(t("reauth-error-empty"));
    expect(backupCalls()).toHaveLength(0);

    failWith.backup_export = { code: "wrong_passcode", message: "", details: { attempts_left: 8, retry_after_secs: 0 } };
    await type("backup-export-current", "1111122222");
    await fireEvent.click(screen.getByTestId("backup-export"));
    await waitFor(() => expect(called("backup_export")).toHaveLength(1));
    expect(read(await screen.findByTestId("error"))).toBe(t("error-wrong_passcode"));
    // The code does not stay in the field.
    expect((screen.getByTestId("backup-export-current") as HTMLInputElement).value).toBe("");
  });

  it("saves, shows what was saved and where, and refreshes the date", async () => {
    exportAnswer.damaged = 2;
    status = { last_export: null, reminder_due: true };
    await shown();
    expect(await screen.findByTestId("backup-reminder")).toBeTruthy();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", STRONG);
    await fireEvent.click(screen.getByTestId("backup-export"));

    const result = await screen.findByTestId("backup-export-result");
    expect(result.closest("[aria-live]")).not.toBeNull();
    expect(read(result)).toContain(t("backup-export-done", { file: "backup-2026-03-02.bak" }));
    const rows = [...result.querySelectorAll("dl div")].map((d) => [
      d.querySelector("dt")?.textContent,
      d.querySelector("dd")?.textContent,
    ]);
    expect(rows).toEqual([
      [t("backup-kind-case"), "2"],
      [t("backup-kind-crisis_plan"), "2"],
      [t("backup-kind-contact_agreement"), "1"],
      [t("backup-kind-situation_review"), "2"],
      [t("backup-kind-meeting"), "3"],
    ]);
    expect(read(within(result).getByTestId("backup-export-damaged"))).toBe(
      t("backup-export-damaged", { n: 2 }),
    );

    // Sent once, under the dialog guard, with the passphrase typed.
    const sent = called("backup_export");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.args).toEqual({ current: CODE, passphrase: STRONG });
    expect(sent[0]?.dialog).toBe(true);
    expect(dialogOpen()).toBe(false);

    // The status is read again: the new date, no reminder.
    await waitFor(() => expect(called("backup_status")).toHaveLength(2));
    expect(read(screen.getByTestId("backup-last"))).toBe(
      "Senaste säkerhetskopia: 2 mars 2026",
    );
    expect(screen.queryByTestId("backup-reminder")).toBeNull();
    // The passphrase does not stay on screen.
    expect((screen.getByTestId("backup-export-pass") as HTMLInputElement).value).toBe("");
  });

  it("shows progress and keeps the button disabled while it runs", async () => {
    let release: (v: ExportResult) => void = () => undefined;
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: (args ?? {}) as Record<string, unknown>, dialog: dialogOpen() });
      if (cmd === "backup_status") return status;
      if (cmd === "backup_export") return new Promise<ExportResult>((r) => (release = r));
      return null;
    });
    await shown();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", STRONG);
    await fireEvent.click(screen.getByTestId("backup-export"));
    await waitFor(() =>
      expect(read(screen.getByTestId("backup-export-status"))).toBe(t("backup-export-working")),
    );
    expect((screen.getByTestId("backup-export") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("backup-import") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("backup-export").closest("form")?.getAttribute("aria-busy")).toBe("true");
    release(exportAnswer);
    await screen.findByTestId("backup-export-result");
    expect(read(screen.getByTestId("backup-export-status"))).toBe("");
    expect((screen.getByTestId("backup-export") as HTMLButtonElement).disabled).toBe(false);
  });

  it("says nothing when the save dialog is closed", async () => {
    failWith.backup_export = { code: "cancelled", message: "", details: null };
    await shown();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", STRONG);
    await fireEvent.click(screen.getByTestId("backup-export"));
    await waitFor(() => expect(called("backup_export")).toHaveLength(1));
    await waitFor(() => expect((screen.getByTestId("backup-export") as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.queryByTestId("backup-problem")).toBeNull();
    expect(screen.queryByTestId("backup-export-result")).toBeNull();
    expect(read(screen.getByTestId("backup-export-status"))).toBe("");
  });

  it("shows a full disk as the translated error", async () => {
    failWith.backup_export = { code: "disk_full", message: "os error 28", details: null };
    await shown();
    await type("backup-export-current", CODE);
    await type("backup-export-pass", STRONG);
    await type("backup-export-repeat", STRONG);
    await fireEvent.click(screen.getByTestId("backup-export"));
    const banner = await screen.findByTestId("error");
    expect(banner.getAttribute("data-code")).toBe("disk_full");
    expect(read(banner)).toBe(t("error-disk_full"));
  });
});

describe("restoring a backup", () => {
  it("merges by default and reports what changed, what was kept and what was skipped, and why", async () => {
    caseList = [{ id: "a1", case: { alias: "Rosen", colour: null, created: "x", updated: "x", archived: false } }];
    await shown();
    const merge = screen.getByTestId("backup-import-mode-merge") as HTMLInputElement;
    expect(merge.checked).toBe(true);
    expect(merge.closest("fieldset")?.querySelector("legend")?.textContent).toBe(t("backup-import-mode"));
    expect(screen.queryByTestId("backup-import-confirm")).toBeNull();

    await type("backup-import-pass", "en gammal fras");
    await fireEvent.click(screen.getByTestId("backup-import"));
    const report = await screen.findByTestId("backup-import-report");

    const sent = called("backup_import");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.args).toEqual({ passphrase: "en gammal fras", mode: "merge" });
    expect(sent[0]?.dialog).toBe(true);

    expect(read(report)).toContain("Säkerhetskopian gjordes 20 feb. 2026.");
    const table = within(report).getByTestId("backup-import-table");
    const head = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(head).toEqual([
      t("backup-import-col-kind"),
      t("backup-import-col-added"),
      t("backup-import-col-updated"),
      t("backup-import-col-kept"),
    ]);
    for (const th of table.querySelectorAll("th")) {
      expect(th.getAttribute("scope")).toMatch(/^(col|row)$/);
    }
    // Only kinds where something happened, each with its numbers.
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      [t("backup-kind-case"), "1", "0", "1"],
      [t("backup-kind-crisis_plan"), "1", "0", "0"],
      [t("backup-kind-meeting"), "0", "2", "0"],
    ]);

    // Skipped records, grouped by their reason, with the case when known.
    const skipped = within(report).getByTestId("backup-import-skipped");
    expect(read(skipped)).toContain(t("backup-import-skipped", { n: 3 }));
    const noCase = within(skipped).getByTestId("backup-skip-no_case");
    expect(read(noCase)).toContain(t("backup-skip-no_case"));
    expect(read(noCase)).toContain("Möten i ärendet Rosen: 2");
    const unknown = within(skipped).getByTestId("backup-skip-unknown_kind");
    expect(read(unknown)).toContain(t("backup-skip-unknown_kind"));
    expect(read(unknown)).toContain("Okänt slag av uppgift: 1");
    // The file's own kind name is not shown.
    expect(report.textContent).not.toContain("voice_note");

    // The case list is loaded again, with what was restored.
    await waitFor(() => expect(cases.list?.map((c) => c.case.alias)).toEqual(["Rosen"]));
    expect((screen.getByTestId("backup-import-pass") as HTMLInputElement).value).toBe("");
  });

  it("replaces only after an explicit confirmation", async () => {
    importAnswer = {
      ...importAnswer,
      mode: "replace",
      added: counts({ case: 2 }),
      updated: zero(),
      kept: zero(),
      removed: counts({ case: 1, meeting: 4 }),
      skipped: [],
    };
    await shown();
    const button = screen.getByTestId("backup-import") as HTMLButtonElement;
    await fireEvent.click(screen.getByTestId("backup-import-mode-replace"));
    expect(read(screen.getByTestId("backup-import-replace-warning"))).toBe(
      t("backup-import-replace-warning"),
    );
    await type("backup-import-pass", "en gammal fras");
    expect(button.disabled).toBe(true);
    await fireEvent.submit(button.closest("form") as HTMLFormElement);
    expect(backupCalls()).toHaveLength(0);

    // Back to merge drops the confirmation; replace asks again.
    await fireEvent.click(screen.getByTestId("backup-import-confirm"));
    expect(button.disabled).toBe(false);
    await fireEvent.click(screen.getByTestId("backup-import-mode-merge"));
    expect(screen.queryByTestId("backup-import-confirm")).toBeNull();
    await fireEvent.click(screen.getByTestId("backup-import-mode-replace"));
    expect((screen.getByTestId("backup-import-confirm") as HTMLInputElement).checked).toBe(false);
    expect(button.disabled).toBe(true);

    await fireEvent.click(screen.getByTestId("backup-import-confirm"));
    // Replacing needs the practitioner's own code too.
    await fireEvent.click(button);
    expect(read(await screen.findByTestId("backup-problem"))).toBe(t("reauth-error-empty"));
    expect(backupCalls()).toHaveLength(0);
    await type("backup-import-current", CODE);
    await fireEvent.click(button);
    const report = await screen.findByTestId("backup-import-report");
    expect(called("backup_import")[0]?.args).toEqual({ passphrase: "en gammal fras", mode: "replace", current: CODE });
    const head = [...report.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(head).toEqual([
      t("backup-import-col-kind"),
      t("backup-import-col-removed"),
      t("backup-import-col-added"),
      t("backup-import-col-updated"),
    ]);
    const rows = [...report.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      [t("backup-kind-case"), "1", "2", "0"],
      [t("backup-kind-meeting"), "4", "0", "0"],
    ]);
    expect(within(report).queryByTestId("backup-import-skipped")).toBeNull();
  });

  it("asks for the passphrase before calling the shell", async () => {
    await shown();
    await fireEvent.click(screen.getByTestId("backup-import"));
    expect((await screen.findByTestId("backup-problem")).textContent).toBe(t("backup-problem-empty"));
    expect(backupCalls()).toHaveLength(0);
  });

  it("shows a wrong passphrase as the translated error, saying nothing was changed", async () => {
    failWith.backup_import = { code: "wrong_backup_passphrase", message: "", details: null };
    await shown();
    await type("backup-import-pass", "fel fras helt enkelt");
    await fireEvent.click(screen.getByTestId("backup-import"));
    const banner = await screen.findByTestId("error");
    expect(banner.getAttribute("data-code")).toBe("wrong_backup_passphrase");
    expect(read(banner)).toBe(t("error-wrong_backup_passphrase"));
    expect(screen.queryByTestId("backup-import-report")).toBeNull();
    expect((screen.getByTestId("backup-import-pass") as HTMLInputElement).value).toBe("");
    // Nothing was restored, so the case list is not touched.
    expect(called("case_list")).toHaveLength(0);
  });

  it("shows a damaged file as the translated message only", async () => {
    failWith.backup_import = { code: "backup_damaged", message: "chunk 3 tag", details: { reason: "chunk_auth" } };
    await shown();
    await type("backup-import-pass", "en gammal fras");
    await fireEvent.click(screen.getByTestId("backup-import"));
    const banner = await screen.findByTestId("error");
    expect(read(banner)).toBe(t("error-backup_damaged"));
    const section = screen.getByTestId("backup-section");
    expect(section.textContent).not.toContain("chunk");
  });

  it("says nothing when the file dialog is closed", async () => {
    failWith.backup_import = { code: "cancelled", message: "", details: null };
    await shown();
    await type("backup-import-pass", "en gammal fras");
    await fireEvent.click(screen.getByTestId("backup-import"));
    await waitFor(() => expect(called("backup_import")).toHaveLength(1));
    await waitFor(() => expect((screen.getByTestId("backup-import") as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(read(screen.getByTestId("backup-import-status"))).toBe("");
  });
});

describe("the backup text", () => {
  it("has the same messages in Swedish and English, with the English marked a draft", () => {
    const sv = shippedSource("sv", ["backup"]);
    const en = shippedSource("en", ["backup"]);
    expect(en.split("\n")[0]).toBe("# UNREVIEWED DRAFT translation from Swedish.");
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });

  it("shows English when English is chosen", async () => {
    const b = bundle("en");
    current = b;
    i18n.apply(b);
    await shown();
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe(t("backup-title"));
    expect(screen.getByLabelText(t("backup-export-pass"))).toBe(screen.getByTestId("backup-export-pass"));
  });
});
