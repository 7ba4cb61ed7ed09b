// Cases in Chromium at phone size: create a case, open it, edit the crisis
// plan and see it saved; every tab and meeting mode fit the screen.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { setup, withApp } from "./lib/harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

const state = (app, testid) => app.id(testid).getAttribute("data-state");

describe("cases at phone size", () => {
  it("creates a case, edits its crisis plan with a visible save state, and finds it again", async () => {
    await withApp(env, {}, async (app) => {
      await app.unlock();
      await app.nav("cases");
      assert.equal(await app.text("cases-empty"), app.t("cases-empty"));

      await app.id("new-case-button").tap();
      await app.visible("new-case");
      assert.equal(await app.id("case-list").isVisible(), false, "one pane at a time on a phone");
      assert.ok((await app.text("alias-nudge")).includes(app.t("cases-alias-nudge")));
      // A real-looking name gets a warning from the shell, without blocking.
      const alias = app.id("alias-input");
      await alias.fill("Anna Svensson");
      assert.equal(await app.text("alias-warning-full-name"), app.t("alias-warning-full-name"));
      assert.equal(await app.id("new-case-create").isEnabled(), true);
      await app.assertFits("new case form");
      await alias.fill("Klient A");
      await app.id("alias-warning-full-name").waitFor({ state: "detached" });
      await app.id("colour-green").check();
      await app.id("new-case-create").tap();

      await app.visible("case-detail");
      assert.equal(await app.text("case-title"), "Klient A");
      assert.equal(await app.id("tab-plan").getAttribute("aria-selected"), "true");
      const created = await app.calls("case_create");
      assert.deepEqual(created.map((c) => c.args.alias), ["Klient A"]);
      assert.equal((await app.calls("case_update")).at(-1)?.args.value.colour, "green");

      // An edit shows "saving" and then "saved"; the shell got the text.
      const situation = await app.visible("plan-situation");
      assert.equal(await state(app, "plan-autosave"), "idle");
      await situation.fill("Bor hos föräldrarna; syster är ett stöd.");
      await app.until(() => {
        const s = document.querySelector('[data-testid="plan-autosave"]')?.getAttribute("data-state");
        return s === "pending" || s === "saving" || s === "saved";
      });
      await app.page.locator('[data-testid="plan-autosave"][data-state="saved"]').waitFor();
      assert.ok((await app.text("plan-autosave")).includes(app.t("cases-save-saved")));
      const saved = (await app.calls("plan_save")).at(-1);
      assert.equal(saved.args.value.situation, "Bor hos föräldrarna; syster är ett stöd.");
      assert.deepEqual(await app.page.evaluate(() => window.__tryggShell.caseIds()), [saved.args.caseId]);
      await app.assertFits("crisis plan");

      // Back to the list (which now holds the case), and open it again.
      await app.id("case-back").tap();
      const id = saved.args.caseId;
      const item = await app.visible(`case-item-${id}`);
      assert.ok((await item.textContent()).includes("Klient A"));
      await item.tap();
      await app.visible("case-detail");
      assert.equal(await app.id("plan-situation").inputValue(), "Bor hos föräldrarna; syster är ett stöd.");
    });
  });

  it("every tab of a case and meeting mode fit a phone", async () => {
    await withApp(env, { cases: [{ alias: "Rosen", colour: "blue", situation: "Kort text." }] }, async (app) => {
      await app.unlock();
      await app.nav("cases");
      await app.assertFits("case list");
      await app.page.locator('[data-testid^="case-item-"]').first().tap();
      await app.visible("plan-editor");
      await app.assertFits("tab plan");
      for (const [tab, editor] of [
        ["contact", "contact-editor"],
        ["review", "review-editor"],
        ["meetings", "meeting-list"],
      ]) {
        await app.id(`tab-${tab}`).tap();
        await app.visible(editor);
        assert.equal(await app.id(`tab-${tab}`).getAttribute("aria-selected"), "true");
        await app.assertFits(`tab ${tab}`);
        if (tab === "contact") {
          // A contact field saves too.
          await app.id("contact-call-when").fill("Vardagar 9–11");
          await app.page.locator('[data-testid="contact-autosave"][data-state="saved"]').waitFor();
          assert.equal((await app.calls("contact_save")).at(-1).args.value.call_when, "Vardagar 9–11");
        }
      }

      // Meeting mode for a new meeting.
      await app.id("new-meeting-date").fill("2026-03-02");
      await app.id("new-meeting-create").tap();
      await app.visible("meeting-mode");
      await app.assertFits("meeting mode");
      await app.id("meeting-back").tap();
      await app.visible("meeting-list");
    });
  });
});
