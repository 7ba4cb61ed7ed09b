// The pure helpers of review mode and the person view.
import { describe, expect, it } from "vitest";
import {
  defaultTarget,
  filterRows,
  groupLabel,
  groupRows,
  pageCount,
  pageOf,
  personItems,
  safeContactSummary,
} from "./review";
import { newContact } from "./domain";
import { sampleRows } from "../views/review/testing";
import { fixture } from "../views/cases/testing";

describe("review helpers", () => {
  it("filters by state and keeps the order", () => {
    const rows = sampleRows();
    expect(filterRows(rows, "all").map((r) => r.key)).toEqual(rows.map((r) => r.key));
    expect(filterRows(rows, "unreviewed").every((r) => r.state === "unreviewed")).toBe(true);
    expect(filterRows(rows, "needs-change").map((r) => r.key)).toEqual(["section-digital-devices"]);
  });

  it("pages a list, keeping the page within the pages there are", () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageOf(rows, 0)).toEqual({ rows: rows.slice(0, 50), page: 0, pages: 3 });
    expect(pageOf(rows, 2).rows).toEqual(rows.slice(100));
    expect(pageOf(rows, 9).page).toBe(2);
    expect(pageOf(rows, -1).page).toBe(0);
    expect(pageOf(rows, Number.NaN).page).toBe(0);
    expect(pageOf([], 3)).toEqual({ rows: [], page: 0, pages: 1 });
    expect(pageOf(rows, 1, 25).rows).toEqual(rows.slice(25, 50));
  });

  it("groups consecutive rows of a group", () => {
    const groups = groupRows(sampleRows());
    expect(groups.map((g) => `${g.group.kind}:${g.group.id}`)).toEqual([
      "section:assess-risks",
      "section:digital-devices",
      "file:ui",
    ]);
    expect(groups[0]!.rows).toHaveLength(2);
  });

  it("labels sections by their title and files by name", () => {
    expect(groupLabel({ kind: "section", id: "closing" })).toEqual({ key: "section-closing" });
    expect(groupLabel({ kind: "file", id: "ui" })).toEqual({ key: "translation-group-ui" });
    expect(groupLabel({ kind: "file", id: "cases" })).toEqual({
      key: "translation-group-file",
      args: { file: "cases" },
    });
  });

  it("starts reviewing the UI's language, never the source", () => {
    const tags = ["sv", "en", "ar"];
    expect(defaultTarget("ar", tags)).toBe("ar");
    expect(defaultTarget("sv", tags)).toBe("en");
    expect(defaultTarget(undefined, tags)).toBe("en");
    expect(defaultTarget("xx", tags)).toBe("en");
  });
});

describe("person view helpers", () => {
  it("picks the items meant for the person", () => {
    const ids = personItems(fixture.catalogue).map((i) => i.id);
    expect(ids).toContain("airplane-mode");
    expect(ids).toContain("wifi-off");
    expect(ids).toContain("gps-gap-explanation");
    expect(ids).toContain("sms-care");
    expect(ids).toContain("closing-who-sees-what");
    expect(ids).not.toContain("phones-outside-room");
    expect(personItems(undefined)).toEqual([]);
  });

  it("keeps only the four safe facts of a contact agreement", () => {
    const c = {
      ...newContact("ab".repeat(16)),
      code_word_cannot_talk: "LINGON",
      if_someone_else_answers: "fel nummer",
      sms_content: "tandläkaren",
      call_when: "  kvällar ",
    };
    const s = safeContactSummary(c);
    expect(Object.keys(s ?? {}).sort()).toEqual(["call_when", "preferred_channel", "safe_to_call", "sms_allowed"]);
    expect(s?.call_when).toBe("kvällar");
    expect(JSON.stringify(s)).not.toContain("LINGON");
    expect(safeContactSummary(null)).toBeNull();
  });
});
