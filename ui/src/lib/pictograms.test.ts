// The pictograms are one set, safe to inline, and each has a text
// alternative in Swedish (the Rust tests then require it in every locale).
import { describe, expect, it } from "vitest";
import { PICTOGRAMS, pictogramsFor } from "./pictograms";
import { keysOf, shippedSource } from "../test/ftl";
import { fixture } from "../views/cases/testing";

describe("pictograms", () => {
  const svKeys = new Set(keysOf(shippedSource("sv", ["person"])));

  it("are drawn in one style, with nothing that could run or fetch", () => {
    expect(Object.keys(PICTOGRAMS)).toHaveLength(11);
    for (const [name, svg] of Object.entries(PICTOGRAMS)) {
      expect(svg, name).toMatch(/^<!-- Trygg pictogram: [\w-]+\. Original work for this project\. -->\s*<svg /);
      expect(svg, name).toContain('viewBox="0 0 64 64"');
      expect(svg, name).toContain('stroke="currentColor"');
      expect(svg, name).toContain('aria-hidden="true"');
      expect(svg, name).not.toMatch(/<(script|style|text|image|foreignObject|use)\b|href=|url\(|on\w+=/i);
      // No colour of its own: only currentColor (and "none").
      for (const m of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)) expect(["none", "currentColor"], name).toContain(m[1]);
      expect(svg.length, name).toBeLessThan(2000);
    }
  });

  it("each has a text alternative, and each piece of advice for the person has a picture", () => {
    for (const name of Object.keys(PICTOGRAMS)) expect(svKeys.has(`pictogram-${name}`), name).toBe(true);
    const personItems = fixture.catalogue.items.filter((i) => i.audience === "person");
    expect(personItems.length).toBeGreaterThanOrEqual(7);
    for (const item of personItems) {
      expect(pictogramsFor(item.id).length, item.id).toBeGreaterThan(0);
      expect(svKeys.has(`person-item-${item.id}`), item.id).toBe(true);
      expect(svKeys.has(`person-item-${item.id}.body`), item.id).toBe(true);
    }
  });

  it("the advice speaks to the reader in short sentences, and never calls them 'utsatt'", () => {
    // The texts only: the comments to translators name what to avoid.
    const texts = (tag: string) =>
      shippedSource(tag, ["person"])
        .split("\n")
        .filter((l) => !l.startsWith("#"))
        .join("\n");
    const source = texts("sv");
    const en = texts("en");
    expect(source).not.toMatch(/utsatt|i fara|offer\b/i);
    expect(en).not.toMatch(/at risk|victim|exposed|vulnerable/i);
    const bodies = [...source.matchAll(/^\s+\.body =\n((?:\s{8}.+\n?)+)/gm)].map((m) => m[1]!);
    // The advice (7), the stop sign, the phone-trail card's four steps and its two phones.
    expect(bodies.length).toBe(14);
    for (const body of bodies) {
      const lines = body.split("\n").map((l) => l.trim()).filter(Boolean);
      // Every line one sentence of at most 15 words; the reader is addressed.
      for (const l of lines) {
        expect(l, l).toMatch(/[.?!”]$/);
        expect(l.split(/\s+/).length, l).toBeLessThanOrEqual(15);
      }
      expect(lines.join(" "), body).toMatch(/\b(du|dig|din|ditt|dina|vi|oss)\b/i);
    }
  });
});
