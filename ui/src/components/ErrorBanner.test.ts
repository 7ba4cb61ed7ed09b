import { beforeEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import ErrorBanner from "./ErrorBanner.svelte";
import { IpcError, type ErrorCode } from "../lib/ipc";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";

beforeEach(() => i18n.apply(coverBundle("sv")));

const shown = (code: ErrorCode, details: Record<string, unknown> | null) => {
  render(ErrorBanner, { error: new IpcError({ code, message: "", details }) });
  return screen.getByTestId("error").textContent ?? "";
};

describe("error banner", () => {
  it("says why a code was refused when the shell gives a reason", () => {
    const text = shown("weak_passcode", { reason: "common" });
    expect(text).toContain("för lätt att gissa");
    expect(text).toContain("flest väljer");
  });

  it("shows the code's own message for a reason without one", () => {
    expect(shown("weak_passcode", { reason: "too_short" })).toContain("Koden är för kort");
  });

  it("shows the code's message when there are no details", () => {
    expect(shown("already_running", null)).toContain("redan öppen");
  });
});
