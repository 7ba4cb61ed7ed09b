// The cover: what anyone who picks up the device sees first. A working
// calculator that unlocks on the passcode followed by "=" held down, or the plain
// "enter code" screen, at phone size in Chromium.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { PASSCODE, PHONE, setup, withApp } from "./lib/harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

describe("the calculator cover (Chromium, phone)", () => {
  it("renders a working calculator that fits the screen and unlocks on the passcode and a held =", async () => {
    await withApp(env, {}, async (app) => {
      await app.visible("calculator");
      assert.equal(await app.page.title(), "Calculator");
      assert.equal(await app.page.locator("html").getAttribute("lang"), "sv");
      // All twenty keys, large enough to tap, inside the screen.
      const keys = await app.page.locator('[data-testid^="calc-key-"]').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.dataset.testid, w: r.width, h: r.height, left: r.left, right: r.right, bottom: r.bottom };
        }),
      );
      assert.equal(keys.length, 20);
      for (const k of keys) {
        assert.ok(k.w >= 44 && k.h >= 44, `${k.id} is ${k.w}×${k.h}, under 44 px`);
        assert.ok(k.left >= 0 && k.right <= PHONE.width, `${k.id} sticks out (${k.left}..${k.right})`);
        assert.ok(k.bottom <= PHONE.height, `${k.id} is below the fold (${k.bottom})`);
      }
      await app.assertFits("the cover");
      await app.screenshot("phone-cover");

      // It calculates like a pocket calculator, and a sum costs no attempt.
      await app.calc("12+30=");
      assert.equal(await app.text("calc-display"), "42");
      await app.calc("C");
      // Digits and a tap on "=" only calculate: nothing is tried.
      await app.calc("135791=");
      assert.equal(await app.text("calc-display"), "135791");
      assert.deepEqual(await app.calls("vault_unlock"), []);
      // A wrong code with "=" held down is just a number: no message, still the cover.
      await app.calc("C135791");
      await app.hold("eq");
      await app.until(() => window.__tryggShell.calls.some((c) => c.cmd === "vault_unlock"));
      assert.equal(await app.text("calc-display"), "135791");
      assert.equal(await app.id("nav-guidance").count(), 0);
      assert.equal(await app.id("calculator").isVisible(), true);

      await app.calc(`C${PASSCODE}`);
      await app.hold("eq");
      await app.visible("nav-guidance");
      // Lifting the finger that held "=" does not press what the open app
      // shows under it (on a phone, the quick-hide button).
      await app.page.waitForTimeout(500);
      assert.equal(await app.id("view-cover").count(), 0);
      assert.deepEqual(await app.calls("vault_lock"), []);
      const tries = (await app.calls("vault_unlock")).map((c) => c.args.passcode);
      assert.deepEqual(tries, ["135791", PASSCODE]);
      assert.equal(await app.id("view-cover").count(), 0);
      // The app opens on the guidance, with the nav and the quick-hide button.
      assert.equal(await app.id("nav-guidance").getAttribute("aria-current"), "page");
      await app.visible("guidance");
      await app.visible("quick-hide");
    });
  });

  it("the keyboard works the calculator too", async () => {
    await withApp(env, {}, async (app) => {
      await app.visible("calculator");
      await app.page.keyboard.type("7*6");
      await app.page.keyboard.press("Enter");
      assert.equal(await app.text("calc-display"), "42");
      await app.page.keyboard.press("Escape");
      await app.page.keyboard.type(PASSCODE);
      // A quick Enter only calculates; held, it opens.
      await app.page.keyboard.press("Enter");
      await app.page.waitForTimeout(300);
      assert.equal(await app.id("nav-guidance").count(), 0);
      await app.page.keyboard.press("Escape");
      await app.page.keyboard.type(PASSCODE);
      await app.page.keyboard.down("Enter");
      await app.page.waitForTimeout(1800);
      await app.page.keyboard.up("Enter");
      await app.visible("nav-guidance");
    });
  });
});

describe("the passcode cover (Chromium, phone)", () => {
  it("says a wrong code is wrong, and opens on the right one", async () => {
    await withApp(env, { cover: "passcode" }, async (app) => {
      const cover = await app.visible("view-cover");
      await app.until(() => document.querySelector('[data-testid="view-cover"]')?.dataset.cover === "passcode");
      assert.equal(await cover.getAttribute("data-cover"), "passcode");
      const input = await app.visible("passcode-input");
      await input.fill("999999");
      await app.id("passcode-submit").tap();
      assert.equal(await app.text("passcode-error"), app.t("error-wrong_passcode"));
      assert.equal(await app.id("passcode-error").getAttribute("data-code"), "wrong_passcode");
      await input.fill(PASSCODE);
      await input.press("Enter");
      await app.visible("nav-guidance");
      await app.assertFits("the guidance");
    });
  });
});
