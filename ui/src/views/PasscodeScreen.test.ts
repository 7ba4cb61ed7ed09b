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

  it("says the wait grammatically: one second, five seconds, one minute", async () => {
    const waits: [string, number, string][] = [
      ["sv", 1, "Vänta 1 sekund innan du försöker igen."],
      ["sv", 5, "Vänta 5 sekunder innan du försöker igen."],
      ["sv", 60, "Vänta 60 sekunder innan du försöker igen."],
      ["sv", 120, "Vänta 2 minuter innan du försöker igen."],
      ["en", 1, "Wait 1 second before trying again."],
      ["en", 5, "Wait 5 seconds before trying again."],
      ["en", 150, "Wait 3 minutes before trying again."],
      // Arabic agrees with the number: one, two, 3–10, 11–99.
      ["ar", 1, "انتظر ثانية واحدة قبل المحاولة مرة أخرى."],
      ["ar", 2, "انتظر ثانيتين قبل المحاولة مرة أخرى."],
      ["ar", 5, "انتظر 5 ثوانٍ قبل المحاولة مرة أخرى."],
      ["ar", 11, "انتظر 11 ثانية قبل المحاولة مرة أخرى."],
    ];
    for (const [tag, secs, want] of waits) {
      i18n.apply(coverBundle(tag));
      ipc(() => null, secs);
      const { unmount } = render(PasscodeScreen);
      const wait = await screen.findByTestId("passcode-wait");
      expect(wait.textContent?.replace(/[\u2068\u2069]/g, "").trim(), `${tag} ${secs}`).toBe(want);
      unmount();
      clearMocks();
    }
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
