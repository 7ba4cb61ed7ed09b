// Backup and transfer, end to end: a practitioner fills in a case on one
// device, makes a backup in Settings, and restores it on a fresh profile
// (another device), where the case opens with its plan. On the way: the
// reminder shows while no backup exists, a wrong passphrase is refused with
// the translated message and changes nothing, and neither the backup file
// nor any log of the run holds the case's canary text, the passcode or the
// backup passphrase.
//
// The native save/open dialog is the one thing not driven: WebDriver cannot
// click a GTK dialog, so the debug build's TRYGG_E2E_DIALOG_PATH names the
// file the dialog would have returned (release builds have no such path).

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { ARTIFACTS, VIEWPORTS, launchApp } from "./lib/app.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { caseItem, clean, click, tid, typeInto } from "./lib/ui.mjs";

const CANARY = `KANARIE-${randomBytes(8).toString("hex")}`;
const PASSCODE_A = "730418562947";
const PASSCODE_B = "519273648201";
const BACKUP_PASS = `fyra ord ${randomBytes(4).toString("hex")} till`;
const ALIAS = "Linden";

const sv = new Map([...readFtl("sv", "backup"), ...readFtl("sv", "cases")]);
const text = (id) => {
  const v = sv.get(id);
  assert.ok(v !== undefined, `locales/sv has ${id}`);
  return v;
};

const outDir = join(ARTIFACTS, "backup", String(process.pid));
mkdirSync(outDir, { recursive: true });
const backupFile = join(outDir, "backup-e2e.bak");
// RUST_LOG=trace: if anything in the process tree logs through `log` or
// `tracing`, it logs everything, and the scan below sees it.
const env = { TRYGG_E2E_DIALOG_PATH: backupFile, RUST_LOG: "trace" };
const logFiles = [];

/** Needles that must not appear in any file or log of the run. */
const secrets = () => [CANARY, PASSCODE_A, PASSCODE_B, BACKUP_PASS];

function assertClean(file, what) {
  const bytes = readFileSync(file);
  for (const s of secrets()) {
    for (const enc of ["utf8", "utf16le"]) {
      assert.equal(bytes.indexOf(Buffer.from(s, enc)), -1, `${what} holds a secret (${enc})`);
    }
  }
}

describe("backup and transfer", () => {
  const launched = [];
  after(async () => {
    for (const a of launched) await a.quit().catch(() => {});
  });

  test("device A: a case with a plan, the reminder, and a backup made in Settings", async () => {
    const app = await launchApp({ name: "backup-a", passcode: PASSCODE_A, env, viewport: VIEWPORTS.tablet });
    launched.push(app);
    logFiles.push(app.logFile);
    const { session } = app;
    await click(session, "nav-cases");
    await click(session, "new-case-button");
    await typeInto(session, "alias-input", ALIAS);
    await click(session, "new-case-create");
    await session.waitForText(tid("case-title"), ALIAS);
    await typeInto(session, "plan-code-word", CANARY);
    await session.waitFor(
      async () => (await (await session.find(tid("plan-autosave"))).attribute("data-state")) === "saved",
      { timeout: 15_000, message: "plan saved" },
    );

    await click(session, "nav-settings");
    await session.waitForVisible(tid("backup-reminder"));
    // Exporting asks for the practitioner's own code again.
    await typeInto(session, "backup-export-current", PASSCODE_A);
    // A mismatched repeat is caught before anything is written.
    await typeInto(session, "backup-export-pass", BACKUP_PASS);
    await typeInto(session, "backup-export-repeat", `${BACKUP_PASS}x`);
    await click(session, "backup-export");
    await session.waitForVisible(tid("backup-problem"));
    assert.equal(existsSync(backupFile), false, "no file for a mismatched passphrase");

    await typeInto(session, "backup-export-repeat", BACKUP_PASS);
    await click(session, "backup-export");
    const result = await session.waitForVisible(tid("backup-export-result"), { timeout: 60_000 });
    assert.ok(clean(await result.text()).includes("backup-e2e.bak"), "the result names the file");
    assert.ok(existsSync(backupFile), "the backup file is written");
    await session.waitForHidden(tid("backup-reminder"));
    const last = clean(await (await session.find(tid("backup-last"))).text());
    assert.ok(/\d/.test(last), `the last backup shows a date (was "${last}")`);
    await session.execute(`document.querySelector('[data-testid="backup-section"]').scrollIntoView()`);
    await app.screenshot("backup-tablet", {
      publish: true,
      check: async () => assert.ok(await (await session.find(tid("backup-export-result"))).visible()),
    });
    await app.quit();
    launched.pop();
    assertClean(backupFile, "the backup file");
  });

  test("device B: a wrong passphrase changes nothing; the right one restores the case", async () => {
    const app = await launchApp({ name: "backup-b", passcode: PASSCODE_B, env, viewport: VIEWPORTS.tablet });
    launched.push(app);
    logFiles.push(app.logFile);
    const { session } = app;
    await click(session, "nav-settings");
    await typeInto(session, "backup-import-pass", "inte rätt fras alls");
    await click(session, "backup-import");
    const err = await session.waitForVisible(`${tid("error")}[data-code="wrong_backup_passphrase"]`, {
      timeout: 60_000,
    });
    assert.equal(clean(await err.text()).length > 0, true, "the error is shown in words");
    assert.ok(
      clean(await err.text()).includes(clean(text("error-wrong_backup_passphrase")).slice(0, 20)),
      "the Swedish message for a wrong passphrase",
    );
    await click(session, "nav-cases");
    assert.equal((await session.findAll('[data-testid^="case-item-"]')).length, 0, "nothing imported");

    await click(session, "nav-settings");
    await click(session, "backup-import-mode-merge");
    await typeInto(session, "backup-import-pass", BACKUP_PASS);
    await click(session, "backup-import");
    const report = await session.waitForVisible(tid("backup-import-report"), { timeout: 60_000 });
    assert.ok(/1/.test(clean(await report.text())), "the report counts what was added");

    await click(session, "nav-cases");
    await (await caseItem(session, ALIAS)).click();
    await session.waitForText(tid("case-title"), ALIAS);
    await session.waitFor(async () => (await (await session.find(tid("plan-code-word"))).property("value")) === CANARY, {
      message: "the code word came across",
    });
    await app.quit();
    launched.pop();
  });

  test("no log of either launch (driver, WebKit and app output) holds a secret", async () => {
    assert.equal(logFiles.length, 2, "both launches logged");
    for (const f of logFiles) {
      assert.ok(existsSync(f), `log ${f} exists`);
      assertClean(f, `log ${f}`);
    }
  });
});
