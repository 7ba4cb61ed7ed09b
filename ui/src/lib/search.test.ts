import { describe, expect, it } from "vitest";
import { normalise, searchItems } from "./search";
import { bundle } from "../test/fixtures";

describe("guidance search", () => {
  it("ignores case and diacritics", () => {
    expect(normalise("FLYGPLANSLÄGE")).toBe("flygplanslage");
    expect(normalise("Våga Förstå")).toBe("vaga forsta");
  });

  it("finds an item by a word without its diacritics", () => {
    const hits = searchItems(bundle("sv"), "flygplanslage");
    expect(hits.map((i) => i.id)).toEqual(["airplane-mode"]);
  });

  it("needs every word to match, in any order", () => {
    expect(searchItems(bundle("en"), "wi-fi airplane").map((i) => i.id)).toEqual(["airplane-mode"]);
    expect(searchItems(bundle("en"), "airplane crisis")).toEqual([]);
  });

  it("searches reference labels too", () => {
    expect(searchItems(bundle("sv"), "vaga forsta").map((i) => i.id)).toEqual(["airplane-mode"]);
  });

  it("gives nothing for an empty query", () => {
    expect(searchItems(bundle("sv"), "   ")).toEqual([]);
  });
});
