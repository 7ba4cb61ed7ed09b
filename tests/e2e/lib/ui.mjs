// Small steps the suites take on the page the way a user does: click a
// control by its test id, type into a field, find a case in the list.

import assert from "node:assert/strict";

/** The CSS selector of a data-testid. */
export const tid = (id) => `[data-testid="${id}"]`;

/** Text as compared: bidi isolation marks dropped, whitespace collapsed. */
export const clean = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** Elements whose content is wider than their box, and whether the page
 *  scrolls sideways: the screen over the app if one is open, else the
 *  app's main view. Visually hidden labels (1 px boxes) are no text to read. */
const OVERFLOW = `
  const page = document.documentElement;
  const wide = [];
  const shown = document.querySelector(".screen-over") ? ".screen-over *" : "main *";
  for (const el of document.querySelectorAll(shown)) {
    const s = getComputedStyle(el);
    if (s.display === "inline" || s.overflowX === "auto" || s.overflowX === "scroll") continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1) {
      wide.push((el.dataset.testid || el.tagName.toLowerCase()) + " " + el.scrollWidth + ">" + el.clientWidth);
    }
  }
  return { sideways: page.scrollWidth > page.clientWidth + 1, wide: wide.slice(0, 8) };`;

/** Asserts that nothing on screen is wider than its box or scrolls the page sideways. */
export async function assertFits(app, what) {
  const r = await app.session.execute(OVERFLOW);
  assert.equal(r.sideways, false, `${what}: the page does not scroll sideways`);
  assert.deepEqual(r.wide, [], `${what}: no text wider than its box`);
}

/** Waits for the control to be visible and clicks it. */
export async function click(session, id) {
  const el = await session.waitForVisible(tid(id));
  await el.click();
  return el;
}

/** Clears a field, types `value`, and waits until the field holds it. */
export async function typeInto(session, id, value) {
  const el = await session.waitForVisible(tid(id));
  await el.clear();
  await el.sendKeys(value);
  await session.waitFor(async () => (await el.property("value")) === value, { message: `${id} = ${value}` });
  return el;
}

/** The case button whose alias is `alias`; its data-testid names the ID. */
export async function caseItem(session, alias) {
  return session.waitFor(
    async () => {
      for (const b of await session.findAll('[data-testid^="case-item-"]')) {
        if (clean(await b.text()).startsWith(alias)) return b;
      }
      return null;
    },
    { message: `case ${alias} listed` },
  );
}

/**
 * Picks `value` in a <select> element as a user would (WebKitWebDriver
 * cannot click options): sets it and fires input and change.
 */
export async function setSelect(session, select, value) {
  await session.execute(
    `const s = arguments[0];
     if (![...s.options].some((o) => o.value === arguments[1])) throw new Error("no option " + arguments[1]);
     s.value = arguments[1];
     s.dispatchEvent(new Event("input", { bubbles: true }));
     s.dispatchEvent(new Event("change", { bubbles: true }));`,
    select,
    value,
  );
}

/** Waits for the <select> with test id `id` and picks `value` in it. */
export async function selectOption(session, id, value) {
  await setSelect(session, await session.waitForVisible(tid(id)), value);
}

/** Opens the person view (from the open app) and shows the advice in `tag`. */
export async function showToPerson(session, tag) {
  await click(session, "nav-person");
  await session.waitForVisible(tid("person-view"));
  await selectOption(session, "person-language", tag);
  await session.waitFor(async () => (await (await session.find(tid("person-block"))).attribute("lang")) === tag, {
    message: `person block in ${tag}`,
  });
}
