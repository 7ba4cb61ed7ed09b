// The guidance sheet in Chromium: the section list, an item opened, and
// search, with the shipped Swedish text; one pane at a time on a phone,
// both panes on a tablet.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { TABLET, setup, shell, withApp } from "./lib/harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

const squash = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();
const sections = shell.catalogue.sections.map((s) => s.id);

describe("guidance at phone size", () => {
  it("lists the sections, opens one and an item in it, and goes back", async () => {
    await withApp(env, {}, async (app) => {
      await app.unlock();
      // One pane: the section list, every section titled in Swedish.
      for (const id of sections) {
        assert.equal(await app.text(`section-${id}`), app.t(`section-${id}`));
      }
      assert.equal(await app.id("section-title").isVisible(), false);
      assert.equal(await app.id("guidance-back").isVisible(), false);
      await app.assertFits("guidance list");

      await app.id("section-digital-devices").tap();
      assert.equal(await app.text("section-title"), app.t("section-digital-devices"));
      await app.page.getByText(app.t("section-digital-devices.intro")).waitFor();
      assert.equal(await app.id("section-assess-risks").isVisible(), false, "the list hides on a phone");
      await app.visible("guidance-back");

      // An item opens in place and shows its body, its phases and the
      // "also for the person" tag.
      const body = app.id("item-body-airplane-mode");
      assert.equal(await body.isVisible(), false);
      await app.id("item-summary-airplane-mode").tap();
      await body.waitFor({ state: "visible" });
      assert.ok(
        squash(await body.textContent()).includes(squash(app.t("item-airplane-mode.body"))),
        "the item's body is the shipped text",
      );
      assert.equal(await app.id("item-airplane-mode").evaluate((d) => d.open), true);
      assert.ok((await app.text("item-summary-airplane-mode")).includes(app.t("guidance-for-person")));
      await app.assertFits("guidance item");
      await app.screenshot("phone-guidance");

      await app.id("guidance-back").tap();
      await app.visible("section-assess-risks");
      assert.equal(await app.id("section-title").isVisible(), false);
    });
  });

  it("search finds items by words, ignoring case and diacritics, and says when nothing matches", async () => {
    await withApp(env, {}, async (app) => {
      await app.unlock();
      const search = await app.visible("guidance-search");
      // Without the diacritic and in lower case: "Flygplansläge".
      await search.fill("flygplanslage");
      await app.visible("item-airplane-mode");
      const found = await app.page.locator('[data-testid="guidance"] details[data-testid^="item-"]').count();
      assert.ok(found >= 1);
      assert.equal(await app.text("search-count"), app.t("guidance-search-results", { count: found }));
      assert.equal(await app.id("item-phones-outside-room").count(), 0, "an item without the word is not shown");
      await app.assertFits("search results");

      // Every word must match: two words from two different items find none.
      await search.fill("flygplansläge tolk");
      assert.equal(await app.text("search-count"), app.t("guidance-search-results", { count: 0 }));
      await app.page.getByText(app.t("guidance-search-none")).waitFor();

      await search.fill("tolk");
      await app.visible("item-authorised-interpreter");
      await app.id("item-summary-authorised-interpreter").tap();
      await app.visible("item-body-authorised-interpreter");

      // Clearing the search returns to the list.
      await search.fill("");
      await app.visible("section-assess-risks");
    });
  });
});

describe("guidance at tablet size", () => {
  it("shows the list beside the first section, without a back button", async () => {
    await withApp(env, { viewport: TABLET }, async (app) => {
      await app.unlock();
      const list = await app.visible("section-assess-risks");
      const title = await app.visible("section-title");
      assert.equal(await app.text("section-title"), app.t(`section-${sections[0]}`));
      assert.equal(await list.getAttribute("aria-current"), "true");
      const l = await list.boundingBox();
      const d = await title.boundingBox();
      assert.ok(l.x + l.width <= d.x, `the list (${l.x}+${l.width}) is beside, before the detail (${d.x})`);
      assert.equal(await app.id("guidance-back").isVisible(), false);
      await app.id("section-interpreters").click();
      assert.equal(await app.text("section-title"), app.t("section-interpreters"));
      assert.equal(await app.id("section-assess-risks").isVisible(), true, "the list stays");
      await app.assertFits("tablet guidance");
      await app.screenshot("tablet-guidance");
    });
  });
});

