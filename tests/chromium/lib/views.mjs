// Helpers the layout suites share: visiting every main view, and where
// things are on screen.

/** Each main view, the test id of its root, and one thing that shows its data arrived. */
export const VIEWS = [
  ["guidance", "guidance", "section-assess-risks"],
  ["cases", "view-cases", "case-list"],
  ["person", "person-view", "person-block"],
  ["review", "review", "review-count"],
  ["settings", "view-settings", "settings-form"],
];

/** Controls in view smaller than a 44 px touch target (checkboxes and
 *  radios count by their label; visually hidden inputs are left out). */
export const smallTargets = (app) =>
  app.page.evaluate(() =>
    [...document.querySelectorAll("button, select, input, textarea, summary, a[href]")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1 || ["checkbox", "radio"].includes(e.type)) return false;
        return r.height < 44 || r.width < 44;
      })
      .map((e) => `${e.tagName.toLowerCase()}[data-testid=${e.dataset.testid ?? ""}] ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`),
  );

/** Visits every main view (but those in `skip`); returns the ones that
 *  overflow or have small touch targets, with details. */
export async function overflowingViews(app, { skip = [] } = {}) {
  const bad = [];
  for (const [view, root, ready] of VIEWS.filter(([v]) => !skip.includes(v))) {
    await app.nav(view);
    await app.visible(root);
    await app.visible(ready);
    const o = await app.overflow();
    const w = app.viewport.width;
    if (o.scrollWidth > w || o.clientWidth > w || o.innerWidth > w || o.inner.length > 0) bad.push({ view, ...o });
    const small = await smallTargets(app);
    if (small.length > 0) bad.push({ view, small });
    // The person view covers the app (nav included) until it is left.
    if (view === "person") {
      await app.id("person-exit").tap();
      await app.id(root).waitFor({ state: "detached" });
    }
  }
  return bad;
}

export const dirOf = (app) => app.page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]);

export async function centreX(app, testid) {
  const b = await app.id(testid).boundingBox();
  return b.x + b.width / 2;
}
