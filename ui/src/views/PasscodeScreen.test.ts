import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import PasscodeScreen from "./PasscodeScreen.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";

let tried: string[] = [];

function ipc(unlock: (p: string) => unknown, retryAfter = 0) {
  mockIPC((cmd, args) => {
    if (cmd === "vault_status") return { initialised: true, unlocked: false, retry_after_secs: retryAfter };
    if (cmd === "vault_unlock") {
      const p = (args as { passcode: string }).passcode;
      tried.push(p);
      return unlock(p);
    }
    return null;
  });
}

async function enter(code: string) {
  const input = screen.getByTestId("passcode-input") as HTMLInputElement;
  await fireEvent.input(input, { target: { value: code } });
  await fireEvent.click(screen.getByTestId("passcode-submit"));
}

beforeEach(() => {
  tried = [];
  i18n.apply(coverBundle("sv"));
  session.screen = "cover";
});
afterEach(() => clearMocks());

describe("plain passcode screen", () => {
  it("is a neutral password field titled Ange kod", async () => {
    ipc(() => null);
    render(PasscodeScreen);
    expect(screen.getByRole("heading").textContent).toBe("Ange kod");
    const input = screen.getByTestId("passcode-input") as HTMLInputElement;
    expect(input.type).toBe("password");
    expect(input.getAttribute("autocomplete")).toBe("off");
    expect(screen.getByLabelText("Kod")).toBe(input);
  });

  it("opens the app with the right passphrase", async () => {
    ipc((p) => (p === "blå häst ritar moln" ? null : undefined));
    render(PasscodeScreen);
    await enter("blå häst ritar moln");
    expect(tried).toEqual(["blå häst ritar moln"]);
    await waitFor(() => expect(session.screen).toBe("open"));
  });

  it("a wrong passcode says so, with the attempts left, and clears the field", async () => {
    ipc(() => {
      throw { code: "wrong_passcode", message: "x", details: { attempts_left: 3, retry_after_secs: 0 } };
    });
    render(PasscodeScreen);
    await enter("fel fras här");
    expect((await screen.findByTestId("passcode-error")).textContent).toBe("Fel kod.");
    expect(screen.getByTestId("passcode-attempts").textContent).toContain("Försök kvar: \u20683\u2069");
    expect((screen.getByTestId("passcode-input") as HTMLInputElement).value).toBe("");
    expect(session.screen).toBe("cover");
    expect((screen.getByTestId("passcode-submit") as HTMLButtonElement).disabled).toBe(false);
  });

  it("a back-off shows the wait and disables the button", async () => {
    ipc(() => {
      throw { code: "backoff", message: "x", details: { retry_after_secs: 30 } };
    });
    render(PasscodeScreen);
    await enter("något");
    expect((await screen.findByTestId("passcode-error")).textContent).toContain("För många försök");
    expect(screen.getByTestId("passcode-wait").textContent).toContain("Vänta \u206830\u2069 sekunder");
    expect((screen.getByTestId("passcode-submit") as HTMLButtonElement).disabled).toBe(true);
  });

  it("a long wait is given in minutes", async () => {
    ipc(() => null, 3600);
    render(PasscodeScreen);
    expect((await screen.findByTestId("passcode-wait")).textContent).toContain("\u206860\u2069 minuter");
  });

  it("the keyboard switch asks for a number pad", async () => {
    ipc(() => null);
    render(PasscodeScreen);
    const input = screen.getByTestId("passcode-input");
    expect(input.getAttribute("inputmode")).toBe("text");
    await fireEvent.click(screen.getByTestId("passcode-keyboard"));
    expect(input.getAttribute("inputmode")).toBe("numeric");
  });
});
