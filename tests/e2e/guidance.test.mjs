// The guidance screen, as a user meets it: Trygg starts in Swedish (on first
// use, the set-up screen; once the vault is created, the guidance) and lists
// the sheet's sections; switching to English shows the English titles and a
// draft badge; searching "flight" finds the flight-mode item, which
// mentions Wi-Fi and location services. Screenshots at phone and tablet
// sizes, in Swedish and English, go to artifacts/screenshots/ and
// docs/screenshots/ (the README shows them).
//
// The steps share one app session and run in order; each step leaves the app
// in the state the next one starts from.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { VIEWPORTS, launchApp, pngSize } from "./lib/app.mjs";
import { readFtl } from "./lib/ftl.mjs";

/** Digits only, long enough for the calculator cover. */
const PASSCODE = "602914378155";

/** The sheet's sections, in the sheet's order (the data-testid contract). */
const SECTIONS = ["assess-risks", "digital-devices", "meeting-forms", "interpreters", "approach", "closing"];

/** Expected section titles, read from the shipped .ftl file. */
function sectionTitles(locale) {
  const messages = readFtl(locale, "guidance");
  return SECTIONS.map((id) => {
    const t = messages.get(`section-${id}`);
    assert.ok(t, `locales/${locale}/guidance.ftl has section-${id}`);
    return t;
  });
}

/** Text as compared: bidi isolation marks dropped, whitespace collapsed. */
const clean = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** The section buttons in document order, with their visible text. */
async function visibleSections(session) {
  const out = [];
  for (const b of await session.findAll('nav button[data-testid^="section-"]')) {
    if (!(await b.visible())) continue;
    out.push({ id: (await b.attribute("data-testid")).slice("section-".length), text: clean(await b.text()) });
  }
  return out;
}

async function assertSectionsShown(session, locale) {
  const expected = SECTIONS.map((id, i) => ({ id, text: sectionTitles(locale)[i] }));
  // The list renders once the locale's bundle is in; wait for the last title.
  await session.waitFor(async () => {
    const got = await visibleSections(session);
    return got.length === SECTIONS.length && got.at(-1).text === expected.at(-1).text;
  }, { message: `six ${locale} section titles shown` });
  assert.deepEqual(await visibleSections(session), expected);
}

async function visibleCount(session, css) {
  let n = 0;
  for (const el of await session.findAll(css)) if (await el.visible()) n++;
  return n;
}

/** Resizes, checks the state with `check`, and saves (and publishes) a screenshot. */
async function shoot(app, name, viewport, check) {
  await app.setViewport(viewport);
  const file = await app.screenshot(name, {
    publish: true,
    check: async () => {
      assert.equal(await app.screen(), "open", "the app is still open (not hidden to the cover)");
      await check();
    },
  });
  // The picture must be the size asked for, i.e. the resize really happened.
  assert.deepEqual(pngSize(readFileSync(file)), viewport, `${name}.png size`);
}

describe("guidance", () => {
  let app;

  before(async () => {
    app = await launchApp({ name: "guidance", locale: "sv", viewport: VIEWPORTS.tablet });
  });

  after(async () => {
    await app?.quit();
  });

  test("starts in Swedish and, once the vault is set up, lists the six sections in the sheet's order", async () => {
    const { session } = app;
    // First use: the set-up screen, in Swedish.
    assert.equal(await app.screen(), "setup");
    assert.deepEqual(await app.htmlLangDir(), { lang: "sv", dir: "ltr" });
    await app.setUpVault(PASSCODE, { cover: "calculator" });
    assert.deepEqual(await app.htmlLangDir(), { lang: "sv", dir: "ltr" });
    await assertSectionsShown(session, "sv");
    // Swedish is the source text: no draft badge.
    assert.equal(await visibleCount(session, "[data-testid=draft-badge]"), 0);
    // On a tablet the first section is open beside the list.
    assert.equal(clean(await (await session.find("[data-testid=section-title]")).text()), sectionTitles("sv")[0]);
  });

  test("screenshots in Swedish at phone and tablet size", async () => {
    const check = () => assertSectionsShown(app.session, "sv");
    await shoot(app, "guidance-sv-phone", VIEWPORTS.phone, check);
    await shoot(app, "guidance-sv-tablet", VIEWPORTS.tablet, check);
  });

  test("switching to English shows English titles and the draft badge", async () => {
    const { session } = app;
    await app.selectLanguage("en");
    assert.deepEqual(await app.htmlLangDir(), { lang: "en", dir: "ltr" });
    const badge = await session.waitForVisible("[data-testid=draft-badge]");
    assert.ok(clean(await badge.text()).includes(readFtl("en", "ui").get("draft-badge")), "draft badge text");
    await assertSectionsShown(session, "en");
    assert.equal(
      (await (await session.find("[data-testid=language-switcher]")).property("value")),
      "en",
      "the switcher shows the chosen language",
    );
  });

  test('searching "flight" finds the flight-mode item; opened, it mentions Wi-Fi and location services', async () => {
    const { session } = app;
    const search = await session.find("[data-testid=guidance-search]");
    await search.clear();
    await search.sendKeys("flight");
    assert.equal(await search.property("value"), "flight");

    const item = await session.waitForVisible("[data-testid=item-airplane-mode]");
    const summary = await session.find("[data-testid=item-summary-airplane-mode]");
    assert.equal(clean(await summary.text()).startsWith(readFtl("en", "guidance").get("item-airplane-mode")), true);
    // The count says how many items are listed.
    const listed = await visibleCount(session, 'details[data-testid^="item-"]');
    const count = clean(await (await session.find("[data-testid=search-count]")).text());
    assert.match(count, new RegExp(`\\b${listed}\\b`), `"${count}" counts the ${listed} listed item(s)`);

    // Closed at first: the body is hidden until the user opens the item.
    const body = await session.find("[data-testid=item-body-airplane-mode]");
    assert.equal(await item.property("open"), false);
    assert.equal(await body.visible(), false);
    await summary.click();
    await session.waitFor(async () => (await item.property("open")) && (await body.visible()), {
      message: "airplane-mode item open",
    });

    const bodyText = clean(await body.text());
    assert.match(bodyText, /location services/i, "the body tells to switch off location services");
    const itemText = clean(await item.text());
    assert.match(itemText, /wi-?fi/i, "the item mentions Wi-Fi");
    assert.match(itemText, /location services/i, "the item mentions location services");
  });

  test("screenshots in English at phone and tablet size", async () => {
    const { session } = app;
    // What the pictures show: the search result, opened, with the draft badge.
    const check = async () => {
      assert.equal(await (await session.find("[data-testid=item-body-airplane-mode]")).visible(), true);
      assert.equal(await (await session.find("[data-testid=draft-badge]")).visible(), true);
    };
    for (const [size, viewport] of [["phone", VIEWPORTS.phone], ["tablet", VIEWPORTS.tablet]]) {
      await shoot(app, `guidance-en-${size}`, viewport, check);
    }
  });

  test("the chosen language is remembered after a restart and an unlock", async () => {
    app = await app.restart();
    assert.equal(await app.screen(), "cover", "a restart shows the cover");
    await app.unlock(PASSCODE);
    assert.deepEqual(await app.htmlLangDir(), { lang: "en", dir: "ltr" });
    await assertSectionsShown(app.session, "en");
  });

  test("on a phone, the search field stays usable while typing", async () => {
    const { session } = app;
    await app.setViewport(VIEWPORTS.phone);
    const search = await session.waitForVisible("[data-testid=guidance-search]");
    await search.sendKeys("flight");
    assert.equal(await search.property("value"), "flight");
    await session.waitForVisible("[data-testid=item-airplane-mode]");
  });
});
