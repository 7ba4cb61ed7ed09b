import { beforeEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import PasscodeStrength, {
  assessPasscode,
  newPasscodeProblem,
  strengthMessage,
} from "./PasscodeStrength.svelte";
import { coverBundle } from "../test/cover-bundle";
import { i18n } from "../lib/i18n.svelte";

beforeEach(() => i18n.apply(coverBundle("sv")));

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
