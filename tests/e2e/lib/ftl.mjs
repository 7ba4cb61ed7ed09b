// Reads the text a user should see straight from locales/<tag>/*.ftl, so the
// suites assert the shipped strings instead of copies of them.
//
// Handles what Trygg's .ftl files use: `id = value`, indented `.attr = value`
// lines (kept as "id.attr"), and indented continuation lines (joined with a
// space). A string-literal placeable ({ "BOPS" }, used to keep a Latin run
// in order inside right-to-left text) is given as its text, as the app shows
// it; variables ({ $x }) are left as written.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths.mjs";

/** Every message in `locales/<locale>/<file>.ftl`, as a Map from id to text. */
export function readFtl(locale, file) {
  const text = readFileSync(join(REPO_ROOT, "locales", locale, `${file}.ftl`), "utf8");
  const out = new Map();
  let current = null; // the id (or id.attr) the next continuation line extends
  let message = null; // the top-level message attributes belong to
  for (const line of text.split(/\r?\n/)) {
    let m;
    if ((m = /^([A-Za-z][\w-]*)\s*=\s?(.*)$/.exec(line))) {
      message = current = m[1];
      out.set(current, m[2].trim());
    } else if (message && (m = /^\s+\.([A-Za-z][\w-]*)\s*=\s?(.*)$/.exec(line))) {
      current = `${message}.${m[1]}`;
      out.set(current, m[2].trim());
    } else if (current && /^\s+\S/.test(line)) {
      const prev = out.get(current);
      out.set(current, prev ? `${prev} ${line.trim()}` : line.trim());
    } else if (line.trim() !== "") {
      current = message = null; // a comment or something else ends the message
    }
  }
  for (const [k, v] of out) {
    out.set(k, v.replace(/\{\s*"((?:[^"\\]|\\.)*)"\s*\}/g, (_, lit) => lit.replace(/\\(.)/g, "$1")));
  }
  return out;
}

/** One message's text; throws if it is missing (a typo in a test). */
export function ftlText(locale, file, id) {
  const v = readFtl(locale, file).get(id);
  if (v === undefined) throw new Error(`no message ${id} in locales/${locale}/${file}.ftl`);
  return v;
}
