// Test-only: a locale payload holding the real cover.ftl messages (and the
// generic error text), in the shape the shell sends. The shell formats each
// message with its variables left as `{$name}` placeholders isolated by
// FSI/PDI; this reads the simple one-line messages of cover.ftl the same way.
import { readFileSync } from "node:fs";
import type { LocaleBundle } from "../lib/ipc";

// Kept in a variable: Vite rewrites `new URL(literal, import.meta.url)` into an asset import.
const here = import.meta.url;

function readFtl(tag: string, file: string): Record<string, string> {
  const source = readFileSync(new URL(`../../../locales/${tag}/${file}`, here), "utf8");
  const out: Record<string, string> = {};
  for (const line of source.split("\n")) {
    const m = /^([a-z][a-z0-9_-]*) = (.*)$/.exec(line);
    if (!m || !m[1] || m[2] === undefined) continue;
    out[m[1]] = m[2]
      .replace(/\{ *\$([a-z_]+) *\}/g, "\u2068{$$$1}\u2069")
      .replace(/\{"([^"]*)"\}/g, "$1");
  }
  return out;
}

export function coverBundle(tag: "sv" | "en" = "sv"): LocaleBundle {
  return {
    locale: tag,
    dir: "ltr",
    draft: tag !== "sv",
    chain: tag === "sv" ? ["sv"] : [tag, "sv"],
    fallback: [],
    catalogue: { sections: [], items: [], references: [] },
    messages: { ...readFtl(tag, "ui.ftl"), ...readFtl(tag, "cover.ftl") },
  };
}
