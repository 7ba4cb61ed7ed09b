// Accessibility, measured with axe-core: every main view — the cover, the
// guidance, a case, meeting mode, the cards shown to the person, the pad,
// the journal note, review and settings — in Swedish and Arabic, at phone
// and tablet size, has no violation of axe's WCAG 2.2 A and AA rules.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { PHONE, TABLET, setup, withApp } from "./lib/harness.mjs";
import { violations } from "./lib/axe.mjs";

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

/** Opens a screen over meeting mode, checks it, and goes back. */
async function over(app, found, open, root, exit, what) {
  await app.id(open).click();
  await app.visible(root);
  found.push(...(await violations(app, what)));
  await app.id(exit).click();
  await app.id(root).waitFor({ state: "detached" });
}

for (const locale of ["sv", "ar"]) {
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["tablet", TABLET],
  ]) {
    describe(`axe, ${locale} at ${size} size`, () => {
      it("finds no WCAG 2.2 A or AA violation on any main view", async () => {
        await withApp(env, { locale, viewport, cases: [{ alias: "Klient A" }] }, async (app) => {
          const found = [];
          await app.visible("calculator");
          found.push(...(await violations(app, "cover")));
          await app.unlock();
          found.push(...(await violations(app, "guidance")));

          await app.nav("cases");
          await app.page.locator('[data-testid^="case-item-"]').first().click();
          await app.visible("case-detail");
          found.push(...(await violations(app, "case: plan")));
          await app.id("tab-contact").click();
          await app.visible("contact-editor");
          found.push(...(await violations(app, "case: contact")));
          await over(app, found, "contact-support-check", "own-will", "person-exit", "own-will question");
          await app.id("tab-meetings").click();
          await app.id("new-meeting-create").click();
          await app.visible("meeting-mode");
          found.push(...(await violations(app, "meeting mode")));
          await over(app, found, "meeting-show-phone-trail", "phone-trail", "person-exit", "phone-trail card");
          await over(app, found, "meeting-show-closing", "closing-card", "person-exit", "closing card");
          await over(app, found, "meeting-show-journal", "journal-note", "journal-exit", "journal note");

          await app.nav("person");
          await app.visible("person-block");
          found.push(...(await violations(app, "person view")));
          await app.id("person-pad-open").click();
          await app.visible("pad-canvas");
          found.push(...(await violations(app, "pad")));
          await app.id("pad-close").click();
          await app.id("person-exit").click();
          await app.id("person-view").waitFor({ state: "detached" });

          await app.nav("review");
          await app.visible("review-count");
          found.push(...(await violations(app, "review")));
          await app.nav("settings");
          await app.visible("settings-form");
          found.push(...(await violations(app, "settings")));
          assert.deepEqual(found, []);
        });
      });
    });
  }
}

/** Presses Tab `n` times; returns each focused control's test id and centre. */
async function tabWalk(app, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    await app.page.keyboard.press("Tab");
    out.push(
      await app.page.evaluate(() => {
        const e = document.activeElement;
        const r = e?.getBoundingClientRect();
        return { id: e?.getAttribute("data-testid") ?? e?.tagName ?? "", x: r ? r.x + r.width / 2 : 0, y: r ? r.y + r.height / 2 : 0 };
      }),
    );
  }
  return out;
}

/** Pairs of controls on one row that Tab visits against the reading
 *  direction (in right-to-left text the next must be to the left). */
function against(walk, rtl) {
  const bad = [];
  for (let i = 1; i < walk.length; i++) {
    const [a, b] = [walk[i - 1], walk[i]];
    if (Math.abs(a.y - b.y) > 8) continue;
    if (rtl ? b.x > a.x : b.x < a.x) bad.push(`${a.id} → ${b.id}`);
  }
  return bad;
}

describe("focus order follows reading order in Arabic", () => {
  it("the navigation and the person view's bar are tabbed through from the right", async () => {
    await withApp(env, { locale: "ar", viewport: TABLET, cases: [{ alias: "Klient A" }] }, async (app) => {
      await app.unlock();
      const nav = await tabWalk(app, 6);
      assert.ok(nav.filter((f) => f.id.startsWith("nav-")).length >= 3, JSON.stringify(nav));
      assert.deepEqual(against(nav, true), []);
      // Side by side, so the order was checked: left to right it would be wrong.
      assert.ok(against(nav, false).length >= 2, JSON.stringify(nav));
      await app.nav("person");
      await app.visible("person-block");
      const bar = await tabWalk(app, 7);
      assert.ok(bar.some((f) => f.id === "person-language"), JSON.stringify(bar));
      assert.deepEqual(against(bar, true), []);
      assert.ok(against(bar, false).length >= 2, JSON.stringify(bar));
    });
  });
});

describe("axe itself", () => {
  it("reports a control without a name, so the zero above is a measurement", async () => {
    await withApp(env, {}, async (app) => {
      await app.unlock();
      await app.page.evaluate(() => document.querySelector("main")?.append(document.createElement("button")));
      const found = await violations(app, "guidance with a nameless button");
      assert.equal(found.length, 1, found.join("\n"));
      assert.match(found[0], /button-name \(critical\)/);
    });
  });
});
