#!/usr/bin/env node
// The rule: translated text is never stitched together in code. Labels,
// colons, brackets, list separators and sentence order belong inside a
// message, where each locale can set them (Arabic writes "،", Persian
// puts the colon on the other side). So in ui/src (tests aside):
//   1. no punctuation or symbol typed next to a `{t(...)}` in markup
//      (`{t("x")}: `, `({t("x")})`, `+ {t("x")}`);
//   2. no `+`, template literal or `.join()` that combines translated text;
//   3. no translated text passed as a variable into another message (a word
//      that varies is a selector on an ID: `{ $role -> [interpreter] … }`);
//      a list of translated words goes in as a list (FluentList), joined by
//      the locale's list rules.
// The user's own words (an alias, a note) are values, never translated,
// and go into messages as variables like any other value. A line that
// joins text no one reads (a search index) says so with `lint-i18n: not shown`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const src = join(root, "ui", "src");
const T = String.raw`(?:\bt|\blookup)\(`;
const rules = [
  { name: "punctuation after translated text", re: new RegExp(String.raw`${T}(?:[^{}]|\$\{[^{}]*\})*?\)\}\s*[:;,·(\[]`) },
  { name: "punctuation before translated text", re: new RegExp(String.raw`[:;,·(+\[]\s*\{${T}`) },
  { name: "punctuation opening a conditional part", re: /\{#if [^}]*\}\s*[:;,·]/ },
  { name: "separator typed between translations", re: /\?\s*"[,;:·] ?"\s*:\s*""/ },
  { name: "translated text joined by +", re: new RegExp(String.raw`${T}[^;]*?\)\s*\+\s*["'\`]|["'\`]\s*\+\s*${T}`) },
  { name: "translated text in a template literal", re: new RegExp(String.raw`\$\{\s*${T}`) },
  { name: "translated text joined with .join()", re: new RegExp(String.raw`${T}[^;]*?\)\s*\)\.join\(`) },
  { name: "words joined with a typed separator (use FluentList)", re: /\.join\(\s*["'`][^"'`]*["'`]\s*\)/ },
  { name: "translated text passed into another message", re: new RegExp(String.raw`${T}"[^"]+",\s*\{[^}]*:\s*${T}`) },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(svelte|ts)$/.test(name) && !/\.test\.ts$|testing\.ts$|[/\\]test[/\\]/.test(p)) yield p;
  }
}

let found = 0;
for (const file of files(src)) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.includes("lint-i18n: not shown")) return;
    for (const r of rules) {
      if (r.re.test(line)) {
        found++;
        console.log(`${relative(root, file)}:${i + 1}: ${r.name}\n    ${line.trim()}`);
      }
    }
  });
}
if (found > 0) {
  console.log(`\n${found} place(s) stitch translated text together: move the words and punctuation into a message (scripts/lint-i18n.mjs says why).`);
  process.exit(1);
}
console.log("lint-i18n: no translated text is stitched together");
