// Still a calculator after a wipe or damage (threat model point 6: a wiped
// or damaged Trygg still looks like a calculator). In the real app, each
// case on a profile of its own:
// - the wipe: the attempt limit reached by wrong codes;
// - a damaged vault file;
// - a missing vault file.
// Each time the next start shows a working calculator and nothing else; the
// deliberate act (a code, then "=" held down) leads to set-up or to the
// problem screen, which offer the way back to the cover.

import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { VIEWPORTS, launchApp, sleep } from "./lib/app.mjs";
import { act, display, invoke, tap } from "./lib/calculator.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { clean } from "./lib/ui.mjs";

const PASS = "730418562947";
const sv = new Map([...readFtl("sv", "cover"), ...readFtl("sv", "ui")]);
/** A working calculator that says nothing else. */
async function assertPlainCalculator(app) {
  const { session } = app;
  await session.waitFor(async () => (await app.screen()) === "cover", { message: "the cover", timeout: 10_000 });
  await session.waitForVisible("[data-testid=calculator]");
  await tap(session, "C12*3=");
  assert.equal(await display(session), "36");
  const text = (await session.execute("return document.body.innerText")).toLowerCase();
  for (const word of ["trygg", "kod", "skapa", "fel", "raderat", "skadad"]) {
    assert.ok(!text.includes(word), `the cover does not say "${word}"`);
  }
  assert.equal(await session.execute("return document.querySelector('[role=alert]')"), null);
}


/** A profile with a vault made and the app quit again. */
async function setUpProfile(name) {
  const app = await launchApp({ name, passcode: PASS, viewport: VIEWPORTS.phone });
  const dir = app.profileDir;
  await app.quit();
  return dir;
}

describe("a wiped, damaged or missing vault still starts as a calculator", () => {
  let app;
  after(async () => {
    await app?.quit();
  });

  test("after the wipe: a calculator; the act leads to set-up, and back", async () => {
    app = await launchApp({ name: "cover-wipe", passcode: PASS, viewport: VIEWPORTS.phone });
    const { session } = app;
    // Lowering the limit needs no code; three wrong codes then wipe the vault.
    const lowered = await invoke(session, "vault_set_attempt_limit", { limit: 3 });
    assert.ok(!lowered.err, JSON.stringify(lowered));
    await (await session.find("[data-testid=quick-hide]")).click();
    await session.waitForVisible("[data-testid=calculator]");
    for (const code of ["10000001", "10000002", "10000003"]) {
      await act(session, code);
      await sleep(1200);
    }
    // The try that wiped looks like any other sum.
    assert.equal(await display(session), "10000003");
    const status = await invoke(session, "vault_status");
    assert.equal(status.ok?.initialised, false, "the vault wiped itself");

    app = await app.restart({ passcode: undefined });
    await assertPlainCalculator(app);
    await act(app.session, "55555555");
    await app.session.waitForVisible("[data-testid=view-setup]", { timeout: 10_000 });
    await (await app.session.find("[data-testid=setup-back]")).click();
    await assertPlainCalculator(app);
  });

  test("a damaged vault file: a calculator; the act shows what is wrong, and back", async () => {
    await app?.quit();
    app = null;
    const dir = await setUpProfile("cover-damaged");
    for (const ext of ["-wal", "-shm"]) rmSync(join(dir, `store.db${ext}`), { force: true });
    writeFileSync(join(dir, "store.db"), Buffer.alloc(8192, 0x5a));
    app = await launchApp({ name: "cover-damaged", profileDir: dir, viewport: VIEWPORTS.phone });
    await assertPlainCalculator(app);
    await act(app.session, PASS);
    const problem = await app.session.waitForVisible("[data-testid=view-problem]", { timeout: 10_000 });
    const text = clean(await problem.text());
    assert.ok(text.includes(clean(sv.get("problem-title"))), text);
    const code = await problem.attribute("data-code");
    const message = sv.get(`error-${code}`);
    assert.ok(message, `a Swedish message for ${code}`);
    assert.ok(text.includes(clean(message)), `${code}: ${text}`);
    await (await app.session.find("[data-testid=problem-back]")).click();
    await assertPlainCalculator(app);
  });

  test("a missing vault file: a calculator; the act leads to set-up", async () => {
    await app?.quit();
    app = null;
    const dir = await setUpProfile("cover-missing");
    for (const ext of ["", "-wal", "-shm"]) rmSync(join(dir, `store.db${ext}`), { force: true });
    app = await launchApp({ name: "cover-missing", profileDir: dir, viewport: VIEWPORTS.phone });
    await assertPlainCalculator(app);
    // Taps never lead anywhere.
    await tap(app.session, `C${PASS}=`);
    await sleep(500);
    assert.equal(await app.screen(), "cover");
    await act(app.session, PASS);
    await app.session.waitForVisible("[data-testid=view-setup]", { timeout: 10_000 });
  });
});
