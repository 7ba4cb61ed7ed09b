// Right-to-left text in the real app: the guidance, a case and the person
// view in Arabic, Persian and Sorani, at phone and tablet size. For each:
// the page is right-to-left, no text runs out of its box or makes the page
// scroll sideways, a Latin citation inside the right-to-left text is there
// as written, and the Fluent sources hold no hand-typed direction marks
// (placeables isolate Latin runs instead). Screenshots of each go to
// docs/screenshots/rtl-<locale>-<view>-<size>.png, to be looked at.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { REPO_ROOT, VIEWPORTS, launchApp, pngSize } from "./lib/app.mjs";
import { invoke } from "./lib/calculator.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { assertFits, showToPerson } from "./lib/ui.mjs";

const PASSCODE = "608213957741";
const LOCALES = ["ar", "fa", "ckb"];
const MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
const clean = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

async function shoot(app, name, viewport) {
  const file = await app.screenshot(name, { publish: true });
  assert.deepEqual(pngSize(readFileSync(file)), viewport, `${name}.png size`);
}

describe("right-to-left text reads in order and fits", () => {
  let app;
  let caseId;

  before(async () => {
    app = await launchApp({ name: "rtl", locale: "sv", viewport: VIEWPORTS.tablet });
    await app.setUpVault(PASSCODE, { cover: "calculator" });
    const made = await invoke(app.session, "case_create", { alias: "Rosen" });
    assert.ok(made.ok, JSON.stringify(made));
    caseId = made.ok.id;
    const opened = await invoke(app.session, "case_open", { id: caseId });
    const plan = {
      ...opened.ok.plan,
      situation: "Rädd för resan i sommar.",
      steps: ["Ring socialjouren", "Gå till skolans kurator"],
      warning_signs: [{ kind: "travel-abroad", note: "Biljetter bokade" }],
      contacts: [...opened.ok.plan.contacts, { role: "police", label: "", number: "114 14" }],
    };
    const saved = await invoke(app.session, "plan_save", { caseId, value: plan });
    assert.ok(saved.ok, JSON.stringify(saved));
  });

  after(async () => {
    await app?.quit();
  });

  test("the right-to-left sources hold no hand-typed direction marks", () => {
    for (const tag of LOCALES.concat(["prs"])) {
      const dir = join(REPO_ROOT, "locales", tag);
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".ftl"))) {
        const src = readFileSync(join(dir, f), "utf8");
        const line = src.split("\n").findIndex((l) => MARKS.test(l));
        assert.equal(line, -1, `${tag}/${f}:${line + 1} has an invisible direction mark`);
      }
    }
  });

  for (const tag of LOCALES) {
    for (const size of ["tablet", "phone"]) {
      test(`${tag} at ${size} size: guidance, a case and the person view`, async () => {
        const { session } = app;
        const viewport = VIEWPORTS[size];
        await app.setViewport(viewport);
        await app.selectLanguage(tag);
        assert.deepEqual(await app.htmlLangDir(), { lang: tag, dir: "rtl" });

        // The guidance: an item that cites the regulation, opened.
        await (await session.find("[data-testid=nav-guidance]")).click();
        if (size === "phone") await session.execute("document.querySelector('[data-testid=back]')?.click()");
        await (await session.waitForVisible("nav [data-testid=section-assess-risks]")).click();
        await (await session.waitForVisible("[data-testid=item-summary-risk-assessment-duty]")).click();
        const body = await session.waitForVisible("[data-testid=item-body-risk-assessment-duty]");
        const text = clean(await body.text());
        assert.ok(text.includes("HSLF-FS 2022:39"), `${tag}: the regulation is cited as written: ${text}`);
        assert.ok(text.includes(clean(readFtl(tag, "guidance").get("item-risk-assessment-duty.body")).slice(0, 12)));
        await assertFits(app, `${tag} ${size} guidance`);
        await shoot(app, `rtl-${tag}-guidance-${size}`, viewport);

        // A case: its crisis plan.
        await (await session.find("[data-testid=nav-cases]")).click();
        // On a phone the case opened last is shown again; otherwise open it.
        const shown = () =>
          session.execute(
            `const v = (s) => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; };
             return v("[data-testid=case-detail]") ? "detail" : v(arguments[0]) ? "list" : "";`,
            `[data-testid=case-item-${caseId}]`,
          );
        await session.waitFor(async () => (await shown()) !== "", { message: "the case or the list" });
        if ((await shown()) === "list") await (await session.find(`[data-testid=case-item-${caseId}]`)).click();
        await session.waitForVisible("[data-testid=case-detail]");
        await assertFits(app, `${tag} ${size} case`);
        await shoot(app, `rtl-${tag}-case-${size}`, viewport);

        // The person view, in the same language as the page.
        await showToPerson(session, tag);
        assert.equal(await (await session.find("[data-testid=person-block]")).attribute("dir"), "rtl");
        await assertFits(app, `${tag} ${size} person view`);
        await shoot(app, `rtl-${tag}-person-${size}`, viewport);
        await (await session.find("[data-testid=person-exit]")).click();
        await session.waitForVisible("[data-testid=nav-guidance]");
      });
    }
  }
});
