// The interpreted meeting in the real app. The write-and-draw pad: what is
// drawn is never saved.
// Draw and write on it (WebDriver pointer actions, as a mouse or a finger
// does), and meanwhile no IPC command is called and no file in the data
// folder changes; quick-hide, unlock, and the pad is empty. In meeting
// mode the interpreter reminder shows while an interpreter takes part; the
// sign agreed for ending the call is shown to the person in their language.
// Screenshots: the pad at tablet and phone size, meeting mode's reminder.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { VIEWPORTS, launchApp, sleep } from "./lib/app.mjs";
import { invoke } from "./lib/calculator.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { showToPerson, typeInto } from "./lib/ui.mjs";

const PASSCODE = "608213957741";
const sv = new Map([...readFtl("sv", "person"), ...readFtl("sv", "cases")]);
const ar = readFtl("ar", "person");
const clean = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** Every file of the data folder: name → size and SHA-256. */
function snapshot(dir) {
  const out = {};
  const walk = (d, prefix) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = `${s.size}:${createHash("sha256").update(readFileSync(p)).digest("hex")}`;
    }
  };
  walk(dir, "");
  return out;
}

/** How many canvas pixels are drawn on (read by the test only). */
const INKED = `
  const c = document.querySelector("[data-testid=pad-canvas]");
  if (!c || c.width === 0) return -1;
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;`;

/** Strokes across the canvas: a pointer goes down, moves and lifts. */
async function draw(session, pointerType, strokes) {
  const canvas = await session.find("[data-testid=pad-canvas]");
  const actions = [];
  for (const s of strokes) {
    actions.push({ type: "pointerMove", duration: 0, origin: canvas.toJSON(), x: s[0][0], y: s[0][1] });
    actions.push({ type: "pointerDown", button: 0 });
    for (const [x, y] of s.slice(1)) actions.push({ type: "pointerMove", duration: 30, origin: canvas.toJSON(), x, y });
    actions.push({ type: "pointerUp", button: 0 });
  }
  try {
    await session.cmd("POST", "/actions", {
      actions: [{ type: "pointer", id: `p-${pointerType}`, parameters: { pointerType }, actions }],
    });
  } finally {
    await session.cmd("DELETE", "/actions").catch(() => undefined);
  }
}

describe("the interpreted meeting: the pad, the reminder and the stop sign", () => {
  let app;

  before(async () => {
    app = await launchApp({ name: "pad", locale: "sv", viewport: VIEWPORTS.tablet });
    await app.setUpVault(PASSCODE, { cover: "calculator" });
  });

  after(async () => {
    await app?.quit();
  });

  test("drawing calls no command and changes no file; quick-hide leaves it empty", async () => {
    const { session } = app;
    await (await session.find("[data-testid=nav-person]")).click();
    await session.waitForVisible("[data-testid=person-view]");
    await (await session.find("[data-testid=person-pad-open]")).click();
    const pad = await session.waitForVisible("[data-testid=pad]");
    assert.ok(clean(await pad.text()).includes(clean(sv.get("pad-intro"))), "the pad says nothing is saved");
    assert.equal(await session.execute(INKED), 0, "a fresh pad is empty");

    // Every IPC call from now on is counted; the data folder is fingerprinted.
    await sleep(1500);
    const before = snapshot(app.profileDir);
    await session.execute(
      `const i = window.__TAURI_INTERNALS__;
       window.__padCalls = [];
       const real = i.invoke.bind(i);
       i.invoke = (cmd, ...rest) => { window.__padCalls.push(cmd); return real(cmd, ...rest); };`,
    );
    // A word in strokes (mouse), then a finger drawing.
    await draw(session, "mouse", [
      [[-200, -100], [-150, 50], [-100, -100]],
      [[-60, -100], [-60, 50]],
      [[0, -100], [60, -100], [0, 0], [60, 50]],
    ]);
    await draw(session, "touch", [[[100, 0], [160, 60], [220, 0], [160, -60], [100, 0]]]);
    const inked = await session.execute(INKED);
    assert.ok(inked > 500, `the strokes are on the pad (${inked} pixels)`);
    // The eraser takes some away; clear all takes the rest.
    await (await session.find("[data-testid=pad-eraser]")).click();
    await draw(session, "mouse", [[[-200, -100], [-100, -100]]]);
    const erased = await session.execute(INKED);
    assert.ok(erased < inked, `the eraser removed ink (${inked} → ${erased})`);
    await (await session.find("[data-testid=pad-pen]")).click();
    await draw(session, "mouse", [[[-200, 100], [200, 100]]]);
    await app.screenshot("pad-tablet", { publish: true });
    await sleep(1500);
    assert.deepEqual(await session.execute("return window.__padCalls"), [], "no IPC command while drawing");
    assert.deepEqual(snapshot(app.profileDir), before, "no file in the data folder changed");

    // Quick-hide: the pad and its pixels are gone; unlocked again, it is empty.
    await (await session.find("[data-testid=quick-hide]")).click();
    await session.waitFor(async () => (await app.screen()) === "cover", { message: "the cover" });
    assert.equal(await session.execute("return document.querySelectorAll('canvas').length"), 0, "no canvas left");
    await app.unlock(PASSCODE);
    await (await session.waitForVisible("[data-testid=nav-person]")).click();
    await (await session.waitForVisible("[data-testid=person-pad-open]")).click();
    await session.waitForVisible("[data-testid=pad-canvas]");
    assert.equal(await session.execute(INKED), 0, "after quick-hide and unlock the pad is empty");

    // Clear all, and closing, empty it too.
    await draw(session, "mouse", [[[-100, 0], [100, 0]]]);
    assert.ok((await session.execute(INKED)) > 0);
    await (await session.find("[data-testid=pad-clear]")).click();
    assert.equal(await session.execute(INKED), 0, "clear all");
    await draw(session, "mouse", [[[-100, 0], [100, 0]]]);
    await (await session.find("[data-testid=pad-close]")).click();
    await session.waitFor(async () => (await session.maybeFind("[data-testid=pad]")) === null, { message: "pad closed" });
    await (await session.find("[data-testid=person-pad-open]")).click();
    await session.waitForVisible("[data-testid=pad-canvas]");
    assert.equal(await session.execute(INKED), 0, "a closed pad keeps nothing");

    await app.setViewport(VIEWPORTS.phone);
    await draw(session, "touch", [[[-100, -50], [0, 50], [100, -50]]]);
    await app.screenshot("pad-phone", { publish: true });
    await (await session.find("[data-testid=pad-close]")).click();
    await (await session.find("[data-testid=person-exit]")).click();
    await app.setViewport(VIEWPORTS.tablet);
  });

  test("meeting mode reminds, while an interpreter takes part, never to say names or places", async () => {
    const { session } = app;
    const made = await invoke(session, "case_create", { alias: "Lärkan" });
    assert.ok(made.ok, JSON.stringify(made));
    const meeting = await invoke(session, "meeting_create", { caseId: made.ok.id, date: "2026-12-04" });
    assert.ok(meeting.ok, JSON.stringify(meeting));
    await (await session.find("[data-testid=nav-cases]")).click();
    await (await session.waitForVisible(`[data-testid=case-item-${made.ok.id}]`)).click();
    await (await session.waitForVisible("[data-testid=tab-meetings]")).click();
    await (await session.waitForVisible(`[data-testid=meeting-open-${meeting.ok.id}]`)).click();
    await session.waitForVisible("[data-testid=meeting-title]");
    assert.equal(await session.maybeFind("[data-testid=meeting-interpreter-reminder]"), null, "no interpreter, no reminder");
    const role = await session.find("[data-testid=meeting-attendee-role]");
    await session.execute(
      `const s = arguments[0]; s.value = "interpreter"; s.dispatchEvent(new Event("change", { bubbles: true }));`,
      role,
    );
    await (await session.find("[data-testid=meeting-attendee-add]")).click();
    const reminder = await session.waitForVisible("[data-testid=meeting-interpreter-reminder]");
    assert.ok(clean(await reminder.text()).includes(sv.get("cases-meeting-interpreter-reminder")));
    await app.screenshot("meeting-interpreter-tablet", { publish: true });
    await (await session.find("[data-testid=meeting-pad-open]")).click();
    await session.waitForVisible("[data-testid=pad-canvas]");
    await (await session.find("[data-testid=pad-close]")).click();
  });

  test("the sign for ending the call, typed in the agreement, is shown to the person in Arabic", async () => {
    const { session } = app;
    // From meeting mode (the previous step) back to the case's tabs.
    await (await session.find("[data-testid=meeting-back]")).click();
    await (await session.waitForVisible("[data-testid=tab-contact]")).click();
    await session.waitForVisible("[data-testid=contact-interpreter-stop-sign]");
    await typeInto(session, "contact-interpreter-stop-sign", "Handen på bordet");
    await session.waitForText("[data-testid=contact-autosave]", clean(sv.get("cases-save-saved")), { timeout: 10_000 });
    await showToPerson(session, "ar");
    const stop = await session.waitForVisible("[data-testid=person-stop-sign]");
    assert.equal(clean(await (await session.find("[data-testid=person-stop-sign] h2")).text()), clean(ar.get("person-stop-sign")));
    assert.equal(clean(await (await session.find("[data-testid=person-stop-sign-text]")).text()), "Handen på bordet");
    assert.ok(/[\u0600-\u06FF]/.test(await stop.text()), "the explanation is Arabic");
    await app.screenshot("person-stop-sign-tablet", { publish: true });
    await (await session.find("[data-testid=person-exit]")).click();
  });
});
