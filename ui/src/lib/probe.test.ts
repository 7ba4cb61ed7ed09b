import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { startProbe } from "./probe";

let calls: string[] = [];

beforeEach(() => {
  calls = [];
  mockIPC((cmd) => {
    calls.push(cmd);
    return null;
  });
});

afterEach(() => {
  clearMocks();
  delete window.__TRYGG_PROBE__;
  document.body.innerHTML = "";
});

/** Lets mutation observers, promises and a few animation frames run. */
async function settle() {
  for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
}

function root(): HTMLElement {
  const el = document.createElement("div");
  document.body.append(el);
  return el;
}

describe("start-up probe", () => {
  it("does nothing unless the shell set the flag", async () => {
    const el = root();
    el.innerHTML = '<main data-testid="view-cover" data-cover="calculator"></main>';
    expect(startProbe(el)).toBe(false);
    await settle();
    expect(calls).toEqual([]);
  });

  it("reports only once the cover shows its kind", async () => {
    window.__TRYGG_PROBE__ = true;
    const el = root();
    expect(startProbe(el)).toBe(true);
    el.innerHTML = '<main data-testid="view-cover" data-cover=""></main>';
    await settle();
    expect(calls).toEqual([]);
    el.querySelector("main")?.setAttribute("data-cover", "calculator");
    await settle();
    expect(calls).toEqual(["probe_painted"]);
  });

  it("reports the set-up screen on first use", async () => {
    window.__TRYGG_PROBE__ = true;
    const el = root();
    startProbe(el);
    el.innerHTML = '<main data-testid="view-setup"></main>';
    await settle();
    expect(calls).toEqual(["probe_painted"]);
  });
});
