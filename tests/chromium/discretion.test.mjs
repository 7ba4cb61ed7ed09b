// Quick hide in Chromium: the button, the Escape shortcut, a two-finger
// double tap and the shell's lock event each put the cover up at once and
// leave nothing of the case in the document.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { setup, withApp } from "./lib/harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

const ALIAS = "Lärkan";
const CANARY = "KANARIE-7731";
const CODE_WORD = "KODORD-5150";
const seeded = { cases: [{ alias: ALIAS, situation: `${CANARY} bor hos sin moster.` }] };

const lockCount = async (app) => (await app.calls("vault_lock")).length;

/** Unlocks and opens the seeded case on its plan (after writing a code word in the
 *  contact agreement, if asked); returns the vault_lock calls so far. */
async function openCase(app, { codeWord = false } = {}) {
  const locks = await lockCount(app);
  await app.unlock();
  await app.nav("cases");
  await app.page.locator('[data-testid^="case-item-"]').first().tap();
  await app.visible("plan-editor");
  assert.ok((await app.id("plan-situation").inputValue()).includes(CANARY), "the canary is on screen first");
  if (!codeWord) return locks;
  await app.id("tab-contact").tap();
  await app.id("contact-code-word").fill(CODE_WORD);
  await app.page.locator('[data-testid="contact-autosave"][data-state="saved"]').waitFor();
  await app.id("tab-plan").tap();
  await app.visible("plan-situation");
  return locks;
}

/** What of the case is left anywhere in the document: text, markup, form values, title. */
async function leftovers(app) {
  return app.page.evaluate((needles) => {
    const values = [...document.querySelectorAll("input, textarea, select")].map((e) => e.value);
    const hay = [document.title, document.body.innerHTML, document.body.textContent ?? "", ...values].join("\n");
    return needles.filter((n) => hay.includes(n));
  }, [ALIAS, CANARY, CODE_WORD]);
}

/** Waits for the cover, then checks nothing of the case is left and the
 *  vault was locked again (`locksBefore`: vault_lock calls before the hide). */
async function assertHidden(app, how, locksBefore) {
  await app.visible("view-cover");
  await app.visible("calculator");
  assert.deepEqual(await leftovers(app), [], `after ${how}, case text is left in the document`);
  assert.equal(await app.id("quick-hide").count(), 0);
  assert.equal(await app.page.locator("nav").count(), 0);
  assert.equal(await app.page.title(), "Calculator");
  await app.until((n) => window.__tryggShell.calls.filter((c) => c.cmd === "vault_lock").length > n, locksBefore);
}

describe("quick hide at phone size", () => {
  it("the button blanks the document to the cover, and unlocking starts afresh", async () => {
    await withApp(env, seeded, async (app) => {
      const locks = await openCase(app, { codeWord: true });
      // What the check below looks for is there while the case is open.
      assert.deepEqual(await leftovers(app), [ALIAS, CANARY]);
      const button = await app.visible("quick-hide");
      assert.equal(await button.getAttribute("aria-label"), app.t("quick-hide"));
      const box = await button.boundingBox();
      assert.ok(box.width >= 44 && box.height >= 44, "a big enough target");
      assert.ok(box.x + box.width <= app.viewport.width && box.y + box.height <= app.viewport.height, "on screen");
      await button.tap();
      await assertHidden(app, "the quick-hide button", locks);
      // The code word was saved before the drop (nothing typed is lost).
      const saved = (await app.calls("contact_save")).at(-1);
      assert.equal(saved.args.value.code_word_cannot_talk, CODE_WORD);

      // Unlocking again starts on the guidance; the case list is read anew.
      const listsBefore = (await app.calls("case_list")).length;
      await app.unlock();
      assert.equal(await app.id("nav-guidance").getAttribute("aria-current"), "page");
      await app.nav("cases");
      await app.page.locator('[data-testid^="case-item-"]').first().waitFor();
      assert.ok((await app.calls("case_list")).length > listsBefore);
    });
  });

  it("Escape twice, a two-finger double tap and the shell's lock event each hide", async () => {
    await withApp(env, seeded, async (app) => {
      let locks = await openCase(app);
      await app.id("plan-situation").focus();
      await app.page.keyboard.press("Escape");
      await app.page.keyboard.press("Escape");
      await assertHidden(app, "Escape twice", locks);

      locks = await openCase(app);
      const cdp = await app.page.context().newCDPSession(app.page);
      const points = [
        { x: 120, y: 500, id: 1 },
        { x: 260, y: 500, id: 2 },
      ];
      for (let i = 0; i < 2; i++) {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points });
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      }
      await assertHidden(app, "a two-finger double tap", locks);

      locks = await openCase(app);
      await app.page.evaluate(() => window.__tryggShell.emit("trygg://locked"));
      await assertHidden(app, "the shell's lock event", locks);
      assert.equal((await app.calls("vault_lock")).length, 3, "each hide locked the vault");
    });
  });
});
