// Discretion, as a practitioner (and a family member) meets it:
// - first start: Setup creates the vault (an 8-digit code is allowed, with a
//   warning), the app opens on the guidance;
// - the cover is a working calculator that says nothing about the app;
//   a few dozen innocent sequences (sums, long numbers, "=", C, ⌫, %, ±)
//   count nothing, and then the real code opens on the first try; only the
//   deliberate act (the code, then "=" held down) is an attempt: a wrong
//   code shows the plain number and counts;
// - focus lost while the key is being derived leaves the vault locked;
// - quick-hide (button, Shift ×3, Esc ×2) with a case's alias on screen:
//   afterwards the document holds none of it, Back does not bring it back,
//   and the shell refuses case commands with `locked`;
// - idle lock (test-only override hook) and blur lock;
// - during the wait after five wrong attempts nothing tells (no cue); the
//   act then just clears the display;
// - the duress code opens an empty workspace;
// - quick-hide latency over ≥ 50 trials (median, p99) → artifacts/metrics/;
// - the cover at phone and tablet size → screenshots (and docs/screenshots/).
//
// The steps share one app session and run in order; each leaves the app in
// the state the next starts from.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { App, EQUALS_HOLD_MS, VIEWPORTS, launchApp, pngSize, sleep } from "./lib/app.mjs";
import { act, display, invoke, tap } from "./lib/calculator.mjs";
import { clean } from "./lib/ui.mjs";
import { warpPointer } from "./lib/xpointer.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { median, writeMetric } from "./lib/metrics.mjs";

const PASS = "27182818"; // 8 digits: allowed, with the strength warning
const DURESS = "50937182"; // not a common PIN: 31415926 (pi) is refused
const CANARY = "Vitsippa-7731";
const HIDE_TRIALS = 60;
const SETTLE_BEFORE_HIDE_MS = 150;

// The cover and set-up have no language switcher. If the shared harness
// still waits only for the switcher, also accept the cover and set-up here
// (this file runs in its own process, so other suites are unaffected).
{
  const ready =
    "[data-testid=language-switcher], [data-testid=error], [data-testid=view-cover], [data-testid=view-setup]";
  const original = App.prototype.waitForReady;
  App.prototype.waitForReady = async function (timeout = 20_000) {
    try {
      await this.session.waitFor(
        () => this.session.execute(`return document.querySelector(${JSON.stringify(ready)}) !== null`),
        { timeout, message: "app ready (cover, set-up, switcher or error shown)" },
      );
    } catch (e) {
      await original.call(this, 1000).catch(() => {
        throw e;
      });
    }
  };
}

const sv = new Map([...readFtl("sv", "cover"), ...readFtl("sv", "ui")]);


function bodyText(session) {
  return session.execute("return document.body.innerText");
}

/** Everything a look at the DOM could find: text and form values. */
function domText(session) {
  return session.execute(
    `return document.body.innerText + " " + [...document.querySelectorAll("input, textarea")].map((e) => e.value).join(" ")`,
  );
}




async function onCover(session) {
  await session.waitFor(() => session.execute("return !!document.querySelector('[data-testid=view-cover]')"), {
    message: "the cover is shown",
  });
  await session.waitForVisible("[data-testid=calculator]");
}

async function opened(session) {
  await session.waitForVisible("[data-testid=quick-hide]", { timeout: 15_000 });
}

async function assertLocked(session) {
  // The shell locks right after the cover is drawn; give the IPC a moment.
  const r = await session.waitFor(
    async () => {
      const v = await invoke(session, "case_list");
      return v.err ? v : null;
    },
    { message: "case_list refused", timeout: 5_000 },
  );
  assert.equal(r.err.code, "locked", `case_list answered ${JSON.stringify(r)}`);
}


/** Unlocks through the calculator's keys and waits for the open app. */
async function unlockWithCalculator(session, code = PASS) {
  await onCover(session);
  await act(session, code);
  await opened(session);
}

/**
 * A few dozen things a child does with a calculator: sums, long numbers
 * (12 digits and more, the kind that used to be tried as a code), "=" over
 * and over, C, ⌫, %, ±. Before the deliberate act, every long number
 * followed by "=" cost an attempt; these would have meant waits and,
 * played twice, a wiped vault.
 */
const PLAY = [
  "123456789012=",
  "27182818=", // even the practitioner's own digits, tapped
  "2+2===",
  "999999999999999=",
  "5*5=%=",
  "111111=111111=",
  "C0.5n=",
  "314159265358=",
  "12<<<34567890=",
  "7/0=123456=",
  "100-1=====",
  "8888888888=",
  "44%+1=",
  "654321098765=",
  "1.1*1.1=",
  "246813579246=",
  "9n9n9n=",
  "000000000000=",
  "13+13+13=",
  "192837465564=",
  "C=C=C=",
  "55555555555=",
  "3*3*3*3=",
  "102938475610=",
  "1234567890123=",
  "6/3=2=",
  "777777777777=",
  "42=42=42=",
  "909090909090=",
  "271828182845=",
];

/** Shows the case list with the canary alias on screen. */
async function showCanary(session) {
  await (await session.find("[data-testid=nav-cases]")).click();
  await session.waitFor(async () => (await bodyText(session)).includes(CANARY), {
    message: "the case alias is on screen",
    timeout: 10_000,
  });
}

async function assertHiddenAndLocked(session) {
  await onCover(session);
  const text = await domText(session);
  assert.ok(!text.includes(CANARY), "no case alias left in the document");
  assert.ok(!text.includes(sv.get("nav-cases")), "no app navigation left");
  assert.equal(await session.execute("return !!document.querySelector('[data-testid=quick-hide]')"), false);
  await assertLocked(session);
  // Back does not return to the open app.
  await session.execute("history.back()");
  await sleep(400);
  const after = await domText(session);
  assert.ok(!after.includes(CANARY), "Back does not bring the alias back");
  await onCover(session);
}

const getComputedStyleColour = (c) => String(c).replace(/\s+/g, "");

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

describe("discretion", () => {
  let app;

  before(async () => {
    app = await launchApp({ name: "discretion", locale: "sv", viewport: VIEWPORTS.tablet });
  });

  after(async () => {
    await app?.quit();
  });

  test("first start: Setup warns about a short PIN, creates the vault and opens the app", async () => {
    const { session } = app;
    await session.waitForVisible("[data-testid=view-setup]");
    const setupText = clean(await bodyText(session));
    assert.ok(setupText.includes(clean(sv.get("setup-no-recovery-title"))), "the no-recovery warning is shown");
    await (await session.find("[data-testid=setup-passcode]")).sendKeys(PASS);
    const hint = clean(await (await session.find("[data-testid=strength-hint]")).text());
    assert.equal(hint, clean(sv.get("strength-digits-weak").replace("{ $count }", "8")));
    await (await session.find("[data-testid=setup-repeat]")).sendKeys(PASS);
    await (await session.find("[data-testid=setup-submit]")).click();
    await opened(session);
    await session.waitForVisible("[data-testid=guidance]");
    // A case to have something sensitive on screen later.
    const created = await invoke(session, "case_create", { alias: CANARY });
    assert.ok(created.ok, `case_create: ${JSON.stringify(created)}`);
  });

  test("the cover is a calculator that tells nothing", async () => {
    const { session } = app;
    await (await session.find("[data-testid=quick-hide]")).click();
    await onCover(session);
    const text = (await bodyText(session)).toLowerCase();
    for (const word of ["trygg", "våld", "heder", "ärende", "kod", "plan"]) {
      assert.ok(!text.includes(word), `the cover does not say "${word}"`);
    }
    const title = (await session.title()).toLowerCase();
    assert.ok(!/trygg|våld|heder|ärende/.test(title), `neutral window title (${title})`);
    await tap(session, "0.1+0.2=");
    assert.equal(await display(session), "0,3");
    await tap(session, "C7/0=");
    assert.equal(await display(session), sv.get("calc-error"));
  });

  test("a few dozen innocent sequences count nothing: the real code opens on the first try", async () => {
    const { session } = app;
    await onCover(session);
    for (const seq of PLAY) await tap(session, seq);
    assert.equal(await session.execute("return document.querySelector('[role=alert]')"), null);
    // Nothing was counted and nobody has to wait.
    const status = await invoke(session, "vault_status");
    assert.equal(status.ok?.retry_after_secs, 0, JSON.stringify(status));
    await unlockWithCalculator(session);
    await session.waitForVisible("[data-testid=guidance]");
    await (await session.find("[data-testid=quick-hide]")).click();
    await onCover(session);
  });

  test("a wrong code with the act shows the number and counts; taps and sums do not", async () => {
    const { session } = app;
    await act(session, "11223344");
    await sleep(1200); // the attempt runs the KDF (about 0.7 s)
    assert.equal(await display(session), "11223344");
    await tap(session, "C12+3=");
    assert.equal(await display(session), "15");
    await tap(session, "C99887766=");
    assert.equal(await display(session), "99887766");
    assert.equal(await session.execute("return document.querySelector('[role=alert]')"), null);
    await onCover(session);
    // A second wrong try straight through IPC: one act went before it, the taps did not count.
    const r = await invoke(session, "vault_unlock", { passcode: "55555555" });
    assert.equal(r.err?.code, "wrong_passcode");
    assert.equal(r.err.details.attempts_left, 8, "limit 10 − 2 failures");
  });

  test("the right code and a long press on = open the app (and reset the count)", async () => {
    const { session } = app;
    await unlockWithCalculator(session);
    await session.waitForVisible("[data-testid=guidance]");
  });

  test("focus lost while the key is being derived: the vault stays locked", async () => {
    const { session } = app;
    await (await session.find("[data-testid=quick-hide]")).click();
    await onCover(session);
    const rect = await session.getWindowRect();
    await tap(session, `C${PASS}`);
    // The hold ends after EQUALS_HOLD_MS; the attempt started at 1.5 s and
    // its key derivation (~0.7 s) is still running when the pointer leaves
    // the window: under Xvfb focus follows the pointer, so the window
    // really loses focus (the shell's Focused(false)).
    const holding = (await session.find("[data-testid=calc-key-eq]")).hold(EQUALS_HOLD_MS);
    await sleep(1600);
    await warpPointer(process.env.DISPLAY, rect.x + rect.width + 50, rect.y + 20);
    await holding;
    await sleep(1500);
    await warpPointer(process.env.DISPLAY, 1, 1);
    await sleep(300);
    const status = await invoke(session, "vault_status");
    assert.equal(status.ok?.unlocked, false, `the vault is locked (${JSON.stringify(status)})`);
    assert.equal(await app.screen(), "cover");
    // With focus back, the same code opens it.
    await unlockWithCalculator(session);
  });

  test("quick-hide by Shift ×3 with a case on screen", async () => {
    const { session } = app;
    await showCanary(session);
    // Three separate Shift presses (W3C keys: \uE008 = Shift).
    await session.cmd("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "kbd",
          actions: [
            { type: "keyDown", value: "\uE008" },
            { type: "keyUp", value: "\uE008" },
            { type: "keyDown", value: "\uE008" },
            { type: "keyUp", value: "\uE008" },
            { type: "keyDown", value: "\uE008" },
            { type: "keyUp", value: "\uE008" },
          ],
        },
      ],
    });
    await session.cmd("DELETE", "/actions").catch(() => {});
    await assertHiddenAndLocked(session);
  });

  test("quick-hide by Esc ×2 and by the button", async () => {
    const { session } = app;
    await unlockWithCalculator(session);
    await showCanary(session);
    await session.cmd("POST", "/actions", {
      actions: [
        {
          type: "key",
          id: "kbd",
          actions: [
            { type: "keyDown", value: "\uE00C" },
            { type: "keyUp", value: "\uE00C" },
            { type: "keyDown", value: "\uE00C" },
            { type: "keyUp", value: "\uE00C" },
          ],
        },
      ],
    });
    await session.cmd("DELETE", "/actions").catch(() => {});
    await assertHiddenAndLocked(session);

    await unlockWithCalculator(session);
    await showCanary(session);
    const button = await session.find("[data-testid=quick-hide]");
    assert.equal(await button.attribute("aria-label"), sv.get("quick-hide"));
    const size = await session.execute(
      "const r = arguments[0].getBoundingClientRect(); return [r.width, r.height, r.right, r.bottom, innerWidth, innerHeight]",
      button,
    );
    assert.ok(size[0] >= 56 && size[1] >= 56, `button ≥ 56 px (${size})`);
    assert.ok(size[4] - size[2] < 40 && size[5] - size[3] < 40, `in the bottom inline-end corner (${size})`);
    await button.click();
    await assertHiddenAndLocked(session);
  });

  test("idle lock (test-only override) and blur lock", async () => {
    const { session } = app;
    await session.execute("window.__tryggIdleOverrideMs = 1500");
    await unlockWithCalculator(session);
    await showCanary(session);
    await session.waitFor(() => session.execute("return !!document.querySelector('[data-testid=view-cover]')"), {
      timeout: 10_000,
      message: "idle lock shows the cover",
    });
    await assertHiddenAndLocked(session);
    await session.execute("delete window.__tryggIdleOverrideMs");

    await unlockWithCalculator(session);
    await showCanary(session);
    await session.execute('window.dispatchEvent(new Event("blur"))');
    await assertHiddenAndLocked(session);
  });

  test(`quick-hide latency over ${HIDE_TRIALS} trials`, async () => {
    const { session } = app;
    await session.execute("window.__tryggHideTimes = []; window.__tryggHideFrameTimes = []");
    const triggers = [
      "document.querySelector('[data-testid=quick-hide]').click()",
      "for (let i = 0; i < 3; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }))",
      "for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))",
    ];
    for (let i = 0; i < HIDE_TRIALS; i++) {
      await onCover(session);
      // Typing the code on the keyboard: one round trip instead of nine clicks.
      await session.executeAsync(
        `const done = arguments[arguments.length - 1];
         const key = (type, k) => window.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true }));
         for (const k of arguments[0]) key("keydown", k);
         key("keydown", "Enter");
         setTimeout(() => { key("keyup", "Enter"); done(true); }, arguments[1]);`,
        ["Escape", ...PASS],
        EQUALS_HOLD_MS,
      );
      await opened(session);
      if (i % 10 === 0) await showCanary(session);
      // As in use, the hide comes when the open screen has been drawn, not
      // in the middle of drawing it.
      await sleep(SETTLE_BEFORE_HIDE_MS);
      // Trigger and wait in one script: the page gets no other WebDriver
      // command (each runs script on the page's main thread, and "is it
      // displayed" forces a layout) until the sample is recorded, so the
      // harness itself does not delay the frame it measures.
      const recorded = await session.executeAsync(
        `const done = arguments[arguments.length - 1];
         const n = window.__tryggHideFrameTimes.length;
         const until = Date.now() + 10000;
         ${triggers[i % triggers.length]};
         (function check() {
           if (window.__tryggHideFrameTimes.length > n) done(true);
           else if (Date.now() > until) done(false);
           else setTimeout(check, 50);
         })();`,
      );
      assert.ok(recorded, `latency sample ${i + 1} recorded`);
      await onCover(session);
    }
    await assertLocked(session);
    const times = await session.execute("return window.__tryggHideTimes");
    const rendered = await session.execute("return window.__tryggHideFrameTimes");
    assert.equal(times.length, HIDE_TRIALS);
    assert.equal(rendered.length, HIDE_TRIALS);
    assert.ok([...times, ...rendered].every((t) => typeof t === "number" && t >= 0));
    const stats = (xs) => ({
      median_ms: Number(median(xs).toFixed(2)),
      p99_ms: Number(quantile(xs, 0.99).toFixed(2)),
      max_ms: Number(Math.max(...xs).toFixed(2)),
    });
    const result = {
      trials: times.length,
      // Goal (issue 5): median ≤ 16 ms, p99 ≤ 33 ms. The top-level figures
      // are to_frame's, as before.
      ...stats(times),
      to_frame: stats(times),
      to_rendered: stats(rendered),
      measured:
        "from the trigger event's timeStamp (performance.now() time line) to (to_frame) the first requestAnimationFrame " +
        "callback after the cover was written to the DOM (flushSync) — it opens the rendering update that paints the " +
        "cover — and (to_rendered) the first task after that rendering update (a message posted from the callback). " +
        "performance.now() has 1 ms resolution in WebKitGTK. Synthetic events dispatched by script, " +
        `${SETTLE_BEFORE_HIDE_MS} ms after the open screen was shown; no other WebDriver command until the sample is in.`,
      triggers: ["button", "Shift x3", "Escape x2"],
      at: new Date().toISOString(),
    };
    writeMetric("quick-hide", { ...result, samples_ms: times, rendered_samples_ms: rendered });
    console.log(
      `quick-hide latency over ${result.trials} trials: to the frame median ${result.to_frame.median_ms} ms, ` +
        `p99 ${result.to_frame.p99_ms} ms, max ${result.to_frame.max_ms} ms; rendered median ` +
        `${result.to_rendered.median_ms} ms, p99 ${result.to_rendered.p99_ms} ms, max ${result.to_rendered.max_ms} ms`,
    );
  });

  test("a wait after five wrong codes looks like a calculator: the act just clears the display", async () => {
    const { session } = app;
    await onCover(session);
    for (const code of ["10000001", "10000002", "10000003", "10000004", "10000005"]) {
      await act(session, code);
      await sleep(1200); // each attempt runs the KDF (about 0.7 s)
    }
    assert.equal(await display(session), "10000005");
    const status = await invoke(session, "vault_status");
    assert.ok(status.ok.retry_after_secs > 0, `the shell makes us wait (${JSON.stringify(status)})`);
    // No amber line, no message, no attribute: nothing a calculator would not show.
    const look = await session.execute(
      `const d = document.querySelector("[data-testid=calc-display]");
       return { cls: d.className, wait: d.dataset.wait ?? null, alert: !!document.querySelector("[role=alert]"),
                border: getComputedStyle(d).borderTopColor };`,
    );
    assert.equal(look.wait, null);
    assert.equal(look.alert, false);
    assert.doesNotMatch(look.cls, /wait/);
    // The act during the wait: the display is cleared, as C would, and nothing counts.
    await act(session, PASS);
    await session.waitFor(async () => (await display(session)) === "0", { message: "the display is cleared" });
    const after = await invoke(session, "vault_status");
    assert.equal(after.ok.unlocked, false);
    assert.equal(
      getComputedStyleColour(look.border),
      getComputedStyleColour(
        await session.execute(`return getComputedStyle(document.querySelector("[data-testid=calc-display]")).borderTopColor`),
      ),
      "the display's look did not change",
    );
    // Wait the back-off out; then the code works.
    await sleep((after.ok.retry_after_secs + 1) * 1000);
    await unlockWithCalculator(session);
  });

  test("the duress code opens an empty workspace", async () => {
    const { session } = app;
    await (await session.find("[data-testid=nav-settings]")).click();
    await session.waitForVisible("[data-testid=settings-duress-form]");
    await (await session.find("[data-testid=settings-duress-passcode]")).sendKeys(DURESS);
    await (await session.find("[data-testid=settings-duress-repeat]")).sendKeys(DURESS);
    // The practitioner's own code, asked again: the form is no oracle for it.
    await (await session.find("[data-testid=settings-duress-current]")).sendKeys(PASS);
    await (await session.find("[data-testid=settings-duress-set]")).click();
    await session.waitForText("[data-testid=settings-duress-status]", clean(sv.get("settings-duress-saved")), {
      timeout: 15_000,
    });
    await (await session.find("[data-testid=quick-hide]")).click();
    await onCover(session);

    await unlockWithCalculator(session, DURESS);
    const list = await invoke(session, "case_list");
    assert.deepEqual(list.ok?.cases, [], `no cases in the duress workspace (${JSON.stringify(list)})`);
    await (await session.find("[data-testid=nav-cases]")).click();
    await sleep(500);
    assert.ok(!(await domText(session)).includes(CANARY));
    await (await session.find("[data-testid=quick-hide]")).click();

    // The real workspace is untouched (no shredding was asked for).
    await unlockWithCalculator(session, PASS);
    const real = await invoke(session, "case_list");
    assert.ok(real.ok?.cases.some((c) => c.case.alias === CANARY), "the real case is still there");
    await (await session.find("[data-testid=quick-hide]")).click();
    await onCover(session);
  });

  test("screenshots of the cover at phone and tablet size", async () => {
    const { session } = app;
    await onCover(session);
    await tap(session, "C");
    for (const [name, viewport] of [
      ["cover-phone", VIEWPORTS.phone],
      ["cover-tablet", VIEWPORTS.tablet],
    ]) {
      await app.setViewport(viewport);
      await onCover(session);
      const file = await app.screenshot(name, { publish: true });
      assert.deepEqual(pngSize(readFileSync(file)), viewport, `${name}.png size`);
    }
  });
});
