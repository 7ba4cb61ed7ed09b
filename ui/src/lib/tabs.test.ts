import { describe, expect, it } from "vitest";
import { tabTarget } from "./tabs";

describe("tab keys", () => {
  it("moves to the neighbour and wraps at the ends", () => {
    expect(tabTarget("ArrowRight", 0, 4, false)).toBe(1);
    expect(tabTarget("ArrowRight", 3, 4, false)).toBe(0);
    expect(tabTarget("ArrowLeft", 0, 4, false)).toBe(3);
  });
  it("mirrors the arrows right to left", () => {
    expect(tabTarget("ArrowRight", 1, 4, true)).toBe(0);
    expect(tabTarget("ArrowLeft", 1, 4, true)).toBe(2);
  });
  it("goes to the ends with Home and End, and ignores other keys", () => {
    expect(tabTarget("Home", 2, 4, false)).toBe(0);
    expect(tabTarget("End", 0, 4, true)).toBe(3);
    expect(tabTarget("a", 0, 4, false)).toBeNull();
  });
});
