// Layout in Chromium: every main view fits a phone's width (no sideways
// scrolling) with touch-sized controls, in Swedish; the tablet shows two
// panes. (Arabic and right to left: rtl.test.mjs.)
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { TABLET, setup, withApp } from "./lib/harness.mjs";
import { dirOf, overflowingViews } from "./lib/views.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

describe("every main view fits a phone, with touch-sized controls", () => {
  it("in Swedish", async () => {
    await withApp(env, { cases: [{ alias: "Klient A" }] }, async (app) => {
      await app.unlock();
      assert.deepEqual(await dirOf(app), ["ltr", "sv"]);
      assert.deepEqual(await overflowingViews(app), []);
      // The person view with the advice in Arabic beside the Swedish.
      await app.nav("person");
      await app.id("person-language").selectOption("ar");
      await app.page.locator('[data-testid="person-block"][data-locale="ar"]').waitFor();
      assert.equal(await app.id("person-block").getAttribute("dir"), "rtl");
      assert.deepEqual(await dirOf(app), ["ltr", "sv"], "the document stays the practitioner's");
      await app.assertFits("the person view with Arabic");
      // At the largest text size (200 %), in both languages, still no
      // sideways scrolling on a phone.
      for (let i = 0; i < 4; i++) await app.id("person-text-larger").click();
      assert.equal(await app.id("person-block").evaluate((el) => el.style.getPropertyValue("--person-scale")), "2");
      await app.assertFits("the person view with Arabic at 200 %");
      await app.id("person-language").selectOption("sv");
      await app.page.locator('[data-testid="person-block"][data-locale="sv"]').waitFor();
      await app.assertFits("the person view in Swedish at 200 %");
    });
  });
});

describe("tablet size", () => {
  it("the main views fit, and cases show the list beside the case", async () => {
    await withApp(env, { viewport: TABLET, cases: [{ alias: "Klient A" }] }, async (app) => {
      await app.unlock();
      // Review mode (553 rows, the slowest view to draw) is checked at phone width.
      assert.deepEqual(await overflowingViews(app, { skip: ["review"] }), []);
      await app.nav("cases");
      await app.page.locator('[data-testid^="case-item-"]').first().click();
      await app.visible("case-detail");
      assert.equal(await app.id("case-list").isVisible(), true, "the list stays beside the case");
      assert.equal(await app.id("case-back").isVisible(), false);
      const list = await app.id("case-list").boundingBox();
      const detail = await app.id("case-detail").boundingBox();
      assert.ok(list.x + list.width <= detail.x, "the list is before the case");
      await app.assertFits("a case on a tablet");
    });
  });
});
