import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import PasscodeStrength, {
  assessPasscode,
  newPasscodeProblem,
  strengthMessage,
} from "./PasscodeStrength.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";

beforeEach(() => i18n.apply(coverBundle("sv")));
afterEach(() => clearMocks());

/** The shell's `passcode_strength`, answering with `verdict` (or failing). */
function shell(verdict: (code: string) => unknown): string[] {
  const asked: string[] = [];
  mockIPC((cmd, args) => {
    if (cmd !== "passcode_strength") throw { code: "internal", message: "unexpected", details: null };
    const code = String((args as { passcode: string }).passcode);
    asked.push(code);
    return verdict(code);
  });
  return asked;
}
const refused = (reason: string) => () => ({ kind: "digits", score: 0, acceptable: false, reason });
const accepted = () => ({ kind: "digits", score: 3, acceptable: true, reason: null });
const hint = () => screen.getByTestId("strength-hint");

describe("strength estimate", () => {
  it.each([
    ["", "empty"],
    ["12345", "too-short"],
    ["123456", "weak"],
    ["123456789", "weak"],
    ["1234567890", "fair"],
    ["123456789012", "strong"],
    ["kort", "too-short"],
    ["hemlighet", "weak"],
    ["två ord här", "fair"],
    ["enlångfrasutanmellanrum", "fair"],
    ["blå häst ritar moln", "strong"],
    ["       ", "too-short"],
  ])("%j is %s", (code, level) => {
    expect(assessPasscode(code).level).toBe(level);
  });

  it("warns about short PINs and a passphrase with the calculator", () => {
    expect(strengthMessage(assessPasscode("12345678"), "calculator")).toBe("strength-digits-weak");
    expect(strengthMessage(assessPasscode("1234567890"), "calculator")).toBe("strength-digits-good");
    expect(strengthMessage(assessPasscode("blå häst ritar moln"), "calculator")).toBe(
      "strength-calculator-needs-digits",
    );
    expect(strengthMessage(assessPasscode("blå häst ritar moln"), "passcode")).toBe("strength-phrase-strong");
  });

  it("checks a new passcode as the shell would, and the calculator's digits", () => {
    expect(newPasscodeProblem("", "", "calculator")).toBe("newcode-error-empty");
    expect(newPasscodeProblem("12345", "12345", "calculator")).toBe("newcode-error-short-digits");
    expect(newPasscodeProblem("kort", "kort", "passcode")).toBe("newcode-error-short-phrase");
    expect(newPasscodeProblem("lång fras här", "lång fras här", "calculator")).toBe(
      "newcode-error-calculator-digits",
    );
    expect(newPasscodeProblem("123456", "123457", "calculator")).toBe("newcode-error-mismatch");
    expect(newPasscodeProblem("123456", "123456", "calculator")).toBeNull();
    expect(newPasscodeProblem("lång fras här", "lång fras här", "passcode")).toBeNull();
  });
});

describe("strength hint", () => {
  it("explains the offline attack for a PIN under 10 digits", () => {
    render(PasscodeStrength, { passcode: "12345678", cover: "calculator" });
    const hint = screen.getByTestId("strength-hint").textContent ?? "";
    expect(screen.getByTestId("strength").dataset.level).toBe("weak");
    expect(hint).toContain("kopierar");
    expect(hint).toContain("minst 10 siffror");
    expect(hint).toContain("lösenfras");
    expect(screen.getByTestId("strength-hint").classList.contains("warn")).toBe(true);
  });

  it("is content with 10 digits", () => {
    render(PasscodeStrength, { passcode: "4711081542", cover: "calculator" });
    expect(screen.getByTestId("strength").dataset.level).toBe("fair");
    expect(screen.getByTestId("strength-hint").classList.contains("warn")).toBe(false);
  });

  it("shows nothing for an empty field", () => {
    render(PasscodeStrength, { passcode: "" });
    expect(screen.queryByTestId("strength-hint")).toBeNull();
  });
});

describe("the shell's verdict", () => {
  it("says why a long code of a common pattern is refused", async () => {
    const asked = shell(refused("sequence"));
    render(PasscodeStrength, { passcode: "1234567890", cover: "calculator" });
    // By length alone, ten digits would be fine.
    expect(screen.getByTestId("strength").dataset.level).toBe("fair");
    await waitFor(() => expect(screen.getByTestId("strength").dataset.reason).toBe("sequence"));
    expect(hint().textContent).toContain("för lätt att gissa");
    expect(hint().textContent).toContain("följer en ordning");
    expect(hint().classList.contains("warn")).toBe(true);
    expect(asked).toEqual(["1234567890"]);
  });

  it("asks once the typing pauses, about the code on screen", async () => {
    const asked = shell((code) => (code === "000000" ? refused("repeat")() : accepted()));
    const { rerender } = render(PasscodeStrength, { passcode: "0", cover: "calculator" });
    await rerender({ passcode: "00" });
    await rerender({ passcode: "0000" });
    await rerender({ passcode: "000000" });
    await waitFor(() => expect(screen.getByTestId("strength").dataset.reason).toBe("repeat"));
    expect(asked).toEqual(["000000"]);
    expect(hint().textContent).toContain("upprepar");
    // A new code drops the old verdict at once.
    await rerender({ passcode: "4711081542" });
    expect(screen.getByTestId("strength").dataset.reason).toBe("");
    expect(hint().textContent).not.toContain("upprepar");
  });

  it("keeps the length-based hint when the shell accepts the code", async () => {
    const asked = shell(accepted);
    render(PasscodeStrength, { passcode: "4711081542", cover: "calculator" });
    await waitFor(() => expect(asked).toEqual(["4711081542"]));
    expect(screen.getByTestId("strength").dataset.reason).toBe("");
    expect(hint().textContent).toContain("Bra.");
    expect(hint().classList.contains("warn")).toBe(false);
  });

  it("falls back to the length-based hint when the call fails", async () => {
    const asked = shell(() => {
      throw { code: "internal", message: "down", details: null };
    });
    render(PasscodeStrength, { passcode: "12345678", cover: "calculator" });
    await waitFor(() => expect(asked).toEqual(["12345678"]));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId("strength").dataset.reason).toBe("");
    expect(hint().textContent).toContain("minst 10 siffror");
  });

  it("still tells a passphrase with the calculator that it needs digits", async () => {
    const asked = shell(refused("common"));
    render(PasscodeStrength, { passcode: "password", cover: "calculator" });
    await waitFor(() => expect(asked).toEqual(["password"]));
    await new Promise((r) => setTimeout(r, 20));
    expect(hint().textContent).toContain("sifferknappar");
  });
});
