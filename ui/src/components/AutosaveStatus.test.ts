import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import AutosaveStatus from "./AutosaveStatus.svelte";
import { IpcError, type ErrorCode } from "../lib/ipc";
import type { SaveState, SaveStatus } from "../lib/cases.svelte";
import { plain, useText } from "../views/cases/testing";
import { messagesOf } from "../test/ftl";

function status(state: SaveState, code?: ErrorCode): SaveStatus & { retried: number } {
  return {
    state,
    error: code ? new IpcError({ code, message: "raw detail", details: null }) : null,
    retried: 0,
    retry() {
      this.retried++;
    },
  };
}

describe("AutosaveStatus", () => {
  it("says politely when it saves and when it has saved", async () => {
    const m = messagesOf(useText("sv"));
    const { rerender } = render(AutosaveStatus, { saver: status("saving") });
    const live = () => screen.getByTestId("autosave-status").querySelector("[aria-live=polite]");
    expect(live()?.textContent).toContain(plain(m["cases-save-saving"]));
    await rerender({ saver: status("saved") });
    expect(live()?.textContent).toContain(plain(m["cases-save-saved"]));
    expect(screen.getByTestId("autosave-status").dataset.state).toBe("saved");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a failure as an alert with the translated error and a retry", async () => {
    const m = messagesOf(useText("sv"));
    const s = status("error", "storage");
    render(AutosaveStatus, { saver: s });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(plain(m["cases-save-error"]));
    expect(alert.textContent).toContain(plain(m["error-storage"]));
    expect(alert.textContent).not.toContain("raw detail");
    await fireEvent.click(screen.getByTestId("autosave-status-retry"));
    expect(s.retried).toBe(1);
  });

  it("shows the generic message for a code without its own", () => {
    const m = messagesOf(useText("sv"));
    render(AutosaveStatus, { saver: status("error", "no_such_code" as ErrorCode) /* a code this UI does not know */ });
    expect(screen.getByRole("alert").textContent).toContain(plain(m["error-internal"]));
  });
});
