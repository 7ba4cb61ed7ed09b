// axe-core (Deque's accessibility engine) over what is on screen: its WCAG
// 2.0, 2.1 and 2.2 level A and AA rules. The engine is put into the page
// through the DevTools protocol (not a <script>, which the app's CSP
// forbids) the first time it is needed on a page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The WCAG A/AA violations on the page now, one line each (rule, impact,
 *  where), prefixed with `what`; [] when there are none. */
export async function violations(app, what) {
  if (!(await app.page.evaluate(() => typeof window.axe === "object"))) await app.page.evaluate(SOURCE);
  const found = await app.page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`),
          })),
        ),
    WCAG_TAGS,
  );
  return found.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes.slice(0, 3).join(" | ")}`);
}
