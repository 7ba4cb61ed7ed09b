// Right to left in Chromium: Arabic turns the document right-to-left and
// mirrors the layout, on the cover, in the open app and when switched to
// while open; every main view still fits a phone.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { PHONE, setup, t, withApp } from "./lib/harness.mjs";
import { centreX, dirOf, overflowingViews } from "./lib/views.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

describe("Arabic at phone size", () => {
  it("is right to left and mirrored, and every main view fits", async () => {
    await withApp(env, { locale: "ar", cases: [{ alias: "Klient A" }] }, async (app) => {
      // The cover already follows the remembered language, but the
      // calculator's keys keep their usual left-to-right order.
      await app.visible("calculator");
      assert.deepEqual(await dirOf(app), ["rtl", "ar"]);
      assert.ok((await centreX(app, "calc-key-7")) < (await centreX(app, "calc-key-8")));
      assert.ok((await centreX(app, "calc-key-8")) < (await centreX(app, "calc-key-9")));
      await app.assertFits("the Arabic cover");

      await app.unlock();
      assert.equal(await app.text("nav-guidance"), t("ar", "nav-guidance"));
      // The nav starts at the right: its first button is right of the second.
      const first = await app.id("nav-guidance").boundingBox();
      assert.ok((await centreX(app, "nav-guidance")) > (await centreX(app, "nav-cases")));
      assert.ok(first.x + first.width > PHONE.width * 0.75, `nav starts at the right (${first.x}+${first.width})`);
      // The quick-hide button sits at the inline end: the left.
      assert.ok((await centreX(app, "quick-hide")) < PHONE.width / 2);
      // Direction arrows are mirrored.
      await app.id("section-digital-devices").tap();
      const arrow = app.page.locator('[data-testid="guidance-back"] .flip');
      assert.equal(await arrow.evaluate((e) => getComputedStyle(e).transform), "matrix(-1, 0, 0, 1, 0, 0)");
      // ... and lead the text from the right, where reading starts.
      const a = await arrow.boundingBox();
      const back = await app.id("guidance-back").boundingBox();
      assert.ok(a.x + a.width / 2 > back.x + back.width / 2, "the back arrow is at the button's right");
      await app.id("item-summary-airplane-mode").tap();
      await app.visible("item-body-airplane-mode");
      await app.assertFits("an Arabic guidance item");
      await app.id("guidance-back").tap();

      assert.deepEqual(await overflowingViews(app), []);
      // An open case, too.
      await app.nav("cases");
      await app.page.locator('[data-testid^="case-item-"]').first().tap();
      await app.visible("plan-editor");
      await app.assertFits("the Arabic crisis plan");
      assert.equal(
        await app.page.locator('[data-testid="case-back"] .flip').evaluate((e) => getComputedStyle(e).transform),
        "matrix(-1, 0, 0, 1, 0, 0)",
      );
      await app.screenshot("phone-arabic-plan");
    });
  });
});

describe("switching the language while open", () => {
  it("turns the document right to left and back", async () => {
    await withApp(env, {}, async (app) => {
      await app.unlock();
      assert.ok((await centreX(app, "nav-guidance")) < (await centreX(app, "nav-cases")));
      assert.ok((await centreX(app, "quick-hide")) > PHONE.width / 2);

      await app.id("language-switcher").selectOption("ar");
      await app.until(() => document.documentElement.dir === "rtl");
      assert.deepEqual(await dirOf(app), ["rtl", "ar"]);
      assert.equal(await app.text("nav-guidance"), t("ar", "nav-guidance"));
      assert.ok((await centreX(app, "nav-guidance")) > (await centreX(app, "nav-cases")));
      assert.ok((await centreX(app, "quick-hide")) < PHONE.width / 2);
      assert.deepEqual((await app.calls("set_locale")).map((c) => c.args.tag), ["ar"]);
      await app.assertFits("the guidance in Arabic");

      await app.id("language-switcher").selectOption("sv");
      await app.until(() => document.documentElement.dir === "ltr");
      assert.equal(await app.text("nav-guidance"), t("sv", "nav-guidance"));
    });
  });
});
