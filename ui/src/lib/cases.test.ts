// The autosave of one document, on its own: debounce, merge, failure.
import { afterEach, describe, expect, it, vi } from "vitest";
import { IpcError } from "./ipc";
import { Autosaver, mergeStored } from "./cases.svelte";

interface Doc {
  text: string;
  list: string[];
  updated: string;
}

afterEach(() => vi.useRealTimers());

describe("Autosaver", () => {
  it("saves once after a pause in typing, with what was on screen", async () => {
    vi.useFakeTimers();
    const doc: Doc = { text: "", list: [], updated: "t0" };
    const sent: Doc[] = [];
    const saver = new Autosaver<Doc>(doc, async (v) => {
      sent.push(v);
      return { ...v, updated: "t1" };
    });
    for (const s of ["a", "ab", "abc"]) {
      doc.text = s;
      saver.edited();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(sent).toHaveLength(0);
    expect(saver.state).toBe("pending");
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([{ text: "abc", list: [], updated: "t0" }]);
    expect(saver.state).toBe("saved");
    expect(doc.updated).toBe("t1");
  });

  it("keeps the document and reports the error when the save fails, then saves on retry", async () => {
    vi.useFakeTimers();
    const doc: Doc = { text: "viktigt", list: [], updated: "t0" };
    let fail = true;
    const saver = new Autosaver<Doc>(doc, async (v) => {
      if (fail) throw new IpcError({ code: "disk_full", message: "x", details: null });
      return { ...v, updated: "t2" };
    });
    saver.edited();
    await vi.advanceTimersByTimeAsync(700);
    expect(saver.state).toBe("error");
    expect(saver.error?.code).toBe("disk_full");
    expect(saver.dirty).toBe(true);
    expect(doc.text).toBe("viktigt");
    fail = false;
    saver.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toBe("saved");
    expect(saver.error).toBeNull();
    expect(saver.dirty).toBe(false);
  });

  it("ignores answers that arrive after it was closed", async () => {
    const doc: Doc = { text: "x", list: [], updated: "t0" };
    let answer: (v: Doc) => void = () => undefined;
    const saver = new Autosaver<Doc>(doc, () => new Promise<Doc>((r) => (answer = r)), { delay: 0 });
    saver.edited();
    await new Promise((r) => setTimeout(r, 5));
    saver.close();
    answer({ text: "other", list: [], updated: "t9" });
    await Promise.resolve();
    expect(doc).toEqual({ text: "x", list: [], updated: "t0" });
    expect(saver.state).toBe("idle");
  });

  it("sends unsaved edits when closed, so nothing typed is lost", () => {
    const doc: Doc = { text: "sista", list: [], updated: "t0" };
    const sent: string[] = [];
    const saver = new Autosaver<Doc>(doc, async (v) => (sent.push(v.text), v));
    saver.edited();
    saver.close();
    expect(sent).toEqual(["sista"]);
  });
});

describe("mergeStored", () => {
  it("takes only `updated` when the user typed on, else every changed field", () => {
    const doc: Doc = { text: "typed on", list: ["a"], updated: "t0" };
    mergeStored(doc, { text: "old", list: ["a"], updated: "t1" }, false);
    expect(doc).toEqual({ text: "typed on", list: ["a"], updated: "t1" });
    const list = doc.list;
    mergeStored(doc, { text: "normalised", list: ["a"], updated: "t2" }, true);
    expect(doc).toEqual({ text: "normalised", list: ["a"], updated: "t2" });
    expect(doc.list).toBe(list); // unchanged fields are left alone
  });
});

describe("answers that arrive after a hide", () => {
  it("a case list sent before the hide never comes back into the store", async () => {
    const { mockIPC, clearMocks } = await import("@tauri-apps/api/mocks");
    const { cases } = await import("./cases.svelte");
    let answer: (v: unknown) => void = () => undefined;
    mockIPC((cmd) => {
      if (cmd === "case_list") return new Promise((r) => (answer = r));
      return null;
    });
    try {
      const loading = cases.loadList();
      // The hide (or a lock) empties the store while the call is under way…
      cases.drop();
      // …and the answer, with the real workspace's aliases, comes after it.
      answer({ cases: [{ id: "a", case: { alias: "Rosen" } }], damaged: [] });
      await loading;
      expect(cases.list).toBeNull();
      // A list asked for after the hide is taken as usual.
      const again = cases.loadList();
      answer({ cases: [], damaged: [] });
      await again;
      expect(cases.list).toEqual([]);
    } finally {
      cases.drop();
      clearMocks();
    }
  });
});
