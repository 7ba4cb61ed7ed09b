import { describe, expect, it } from "vitest";
import {
  display,
  formatNumber,
  initial,
  keyFromKeyboard,
  pressAll,
  step,
  unlockCandidate,
  type Key,
} from "./calculator";

// Keys as a string: digits . + - * / = % C, "<" for ⌫, "n" for +/-.
function keys(seq: string): Key[] {
  return [...seq.replace(/\s+/g, "")].map((c) => {
    if (c === "<") return "back";
    if (c === "n") return "neg";
    return c as Key;
  });
}

function calc(seq: string) {
  const state = pressAll(keys(seq));
  return { shown: display(state), error: state.error, candidate: unlockCandidate(state) };
}

describe("arithmetic", () => {
  it.each([
    ["0.1+0.2=", "0.3"],
    ["1+2=", "3"],
    ["9-12=", "-3"],
    ["6*7=", "42"],
    ["8/2=", "4"],
    ["1/3=", "0.333333333333"],
    ["2/3=", "0.666666666667"],
    ["1/3*3=", "1"],
    ["0.1*3=", "0.3"],
    ["1.1*1.1=", "1.21"],
    ["0.3-0.1=", "0.2"],
    ["100-99.99=", "0.01"],
    ["2+3*4=", "20"], // immediate execution, like a pocket calculator
    ["10-2-3=", "5"],
    ["5+=", "10"], // the shown value is the right operand
    ["5+3==", "11"], // "=" again repeats + 3
    ["2*3===", "54"],
    ["5+3=*2=", "16"], // a result carries into the next operation
    ["5+3=7=", "7"], // a new number after "=" starts a new calculation
    ["5+3=7+1=", "8"],
    ["99999999*99999999=", "9.9999998e+15"],
    ["0.0000001*0.0000001=", "1e-14"],
    ["123456789012*10=", "1234567890120"],
    ["3-5=", "-2"],
    ["0-0=", "0"],
  ])("%s shows %s", (seq, shown) => {
    expect(calc(seq)).toMatchObject({ shown, error: false });
  });

  it("shows what is being typed, as typed", () => {
    expect(calc("0").shown).toBe("0");
    expect(calc("000").shown).toBe("0");
    expect(calc("007").shown).toBe("7");
    expect(calc("1.50").shown).toBe("1.50");
    expect(calc(".5").shown).toBe("0.5");
    expect(calc("1..2.3").shown).toBe("1.23");
    expect(calc("12+").shown).toBe("12");
    expect(calc("12+3").shown).toBe("3");
  });

  it("an operator pressed twice replaces the first", () => {
    expect(calc("6+*2=").shown).toBe("12");
    expect(calc("6*-2=").shown).toBe("4");
  });

  it("ignores digits beyond 15 in one number", () => {
    expect(calc("1234567890123456789").shown).toBe("123456789012345");
  });

  it("C clears everything", () => {
    expect(calc("12+3C").shown).toBe("0");
    expect(calc("12+3C4=").shown).toBe("4");
  });

  it("⌫ takes back the last typed character", () => {
    expect(calc("123<").shown).toBe("12");
    expect(calc("1<").shown).toBe("0");
    expect(calc("1.5<").shown).toBe("1.");
    expect(calc("1.5<<").shown).toBe("1");
    expect(calc("12+34<=").shown).toBe("15");
    // A result is not edited.
    expect(calc("12+3=<").shown).toBe("15");
  });

  it("+/- changes the sign of the entry or the result", () => {
    expect(calc("5n").shown).toBe("-5");
    expect(calc("5nn").shown).toBe("5");
    expect(calc("5n+2=").shown).toBe("-3");
    expect(calc("2+3=n").shown).toBe("-5");
    expect(calc("2+3=n*2=").shown).toBe("-10");
    expect(calc("8-n3=").shown).toBe("11"); // +/- before the operand types a negative one
    expect(calc("0n").shown).toBe("-0");
    expect(calc("0n=").shown).toBe("0");
  });

  it("% is a percentage of the left operand for + and −, a hundredth otherwise", () => {
    expect(calc("50%").shown).toBe("0.5");
    expect(calc("200+10%=").shown).toBe("220");
    expect(calc("200-10%=").shown).toBe("180");
    expect(calc("50*10%=").shown).toBe("5");
    expect(calc("50/10%=").shown).toBe("500");
    // A digit after % starts a new number.
    expect(calc("50%3").shown).toBe("3");
  });

  it("division by zero is an error until a digit or C", () => {
    expect(calc("5/0=")).toMatchObject({ error: true, shown: "" });
    expect(calc("5/0+")).toMatchObject({ error: true });
    expect(calc("5/0=+")).toMatchObject({ error: true });
    expect(calc("5/0=+3=")).toMatchObject({ error: false, shown: "3" });
    expect(calc("5/0=7")).toMatchObject({ error: false, shown: "7" });
    expect(calc("5/0=7+1=")).toMatchObject({ error: false, shown: "8" });
    expect(calc("5/0=C")).toMatchObject({ error: false, shown: "0" });
    expect(calc("5/0=<")).toMatchObject({ error: false, shown: "0" });
    expect(calc("5/0=.5")).toMatchObject({ error: false, shown: "0.5" });
    expect(calc("0/0=")).toMatchObject({ error: true });
  });

  it("overflow is an error", () => {
    let s = initial();
    for (const k of keys("999999999999999*999999999999999=")) s = step(s, k);
    for (let i = 0; i < 30; i++) s = step(s, "="); // ≈ 1e30 each time
    expect(s.error).toBe(true);
  });

  it("rounds the display to 12 significant digits and never shows -0", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1 - 0.9)).toBe("0.1");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-1e-20 * 0)).toBe("0");
    expect(formatNumber(123456.7890123456)).toBe("123456.789012");
    expect(formatNumber(1e21)).toBe("1e+21");
    expect(formatNumber(999999999999999)).toBe("1e+15");
    expect(formatNumber(99999999999999)).toBe("100000000000000");
    expect(formatNumber(123456789012)).toBe("123456789012");
    expect(formatNumber(-12345678901234567)).toBe("-1.23456789012e+16");
    expect(formatNumber(Infinity)).toBe("");
  });
});

describe("unlock candidate (what a held = would try)", () => {
  it("a run of six or more digits is the candidate", () => {
    expect(calc("123456")).toMatchObject({ shown: "123456", candidate: "123456" });
    expect(calc("4711081542").candidate).toBe("4711081542");
  });

  it("keeps the raw key sequence, leading zeros included", () => {
    expect(calc("007123")).toMatchObject({ shown: "7123", candidate: "007123" });
  });

  it("fewer than six digits are never a candidate", () => {
    expect(calc("12345").candidate).toBeNull();
    expect(calc("").candidate).toBeNull();
  });

  it("sums, decimals, signs and percentages are never a candidate", () => {
    for (const seq of ["12+3", "123456+1", "1234567.5", "123456n", "123456%", "5+123456"]) {
      expect(calc(seq).candidate, seq).toBeNull();
    }
  });

  it("the run starts again after C and after =", () => {
    expect(calc("12+C123456").candidate).toBe("123456");
    expect(calc("12+3=123456").candidate).toBe("123456");
    expect(calc("123456=654321").candidate).toBe("654321");
    expect(calc("123456=").candidate).toBeNull();
  });

  it("⌫ takes back a digit of the run", () => {
    expect(calc("1234567<").candidate).toBe("123456");
    expect(calc("123456<").candidate).toBeNull();
  });

  it("a run still counts after a division error", () => {
    expect(calc("1/0=123456")).toMatchObject({ candidate: "123456", shown: "123456" });
  });

  it("longer than a passcode can be, the run is dropped", () => {
    expect(calc("1".repeat(65)).candidate).toBeNull();
    expect(calc("1".repeat(64)).candidate).toBe("1".repeat(64));
    // The display stops at 15 digits but the run keeps every key.
    expect(calc("9".repeat(20)).candidate).toBe("9".repeat(20));
  });
});

describe("keyboard", () => {
  it("maps the keys a user would type", () => {
    expect(keyFromKeyboard("7")).toBe("7");
    expect(keyFromKeyboard(",")).toBe(".");
    expect(keyFromKeyboard(".")).toBe(".");
    expect(keyFromKeyboard("*")).toBe("*");
    expect(keyFromKeyboard("x")).toBe("*");
    expect(keyFromKeyboard("/")).toBe("/");
    expect(keyFromKeyboard("Enter")).toBe("=");
    expect(keyFromKeyboard("=")).toBe("=");
    expect(keyFromKeyboard("Backspace")).toBe("back");
    expect(keyFromKeyboard("Escape")).toBe("C");
    expect(keyFromKeyboard("Delete")).toBe("C");
    expect(keyFromKeyboard("%")).toBe("%");
    expect(keyFromKeyboard("a")).toBeNull();
    expect(keyFromKeyboard("Shift")).toBeNull();
  });
});
