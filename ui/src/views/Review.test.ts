// Review mode against an in-memory shell (mockIPC): what a reviewer does
// and what reaches the review commands.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import Review from "./Review.svelte";
import { FakeReviewShell, plain, useLocale } from "./review/testing";

let shell: FakeReviewShell;
let text: Record<string, string>;
const t = (key: string, args: Record<string, string | number> = {}) => {
  const v = text[key];
  if (v === undefined) throw new Error(`no message ${key}`);
  return plain(v.replace(/\{\$([\w-]+)\}/g, (m, n: string) => (n in args ? String(args[n]) : m)));
};

beforeEach(() => {
  shell = new FakeReviewShell();
  // The reviewer works in Swedish; the target defaults to the first translation.
  text = useLocale("sv").messages;
});

afterEach(() => {
  clearMocks();
});

async function rendered() {
  render(Review);
  await screen.findByTestId("review-row-item-airplane-mode");
  const target = screen.getByTestId("review-target") as HTMLSelectElement;
  await fireEvent.change(target, { target: { value: "ar" } });
  await waitFor(() => expect(shell.callsOf("review_load").at(-1)?.args.target).toBe("ar"));
  await screen.findByTestId("review-row-item-airplane-mode");
}

describe("review mode", () => {
  it("loads Swedish beside the target, grouped by section, each text in its own direction", async () => {
    await rendered();
    expect(shell.callsOf("review_load").at(-1)?.args).toEqual({ source: "sv", target: "ar" });
    const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => plain(h.textContent).trim());
    const i = groups.indexOf(t("section-assess-risks"));
    const j = groups.indexOf(t("section-digital-devices"));
    const k = groups.indexOf(t("translation-group-ui"));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
    expect(k).toBeGreaterThan(j);
    const target = screen.getByTestId("review-target-item-airplane-mode");
    expect(target.getAttribute("dir")).toBe("rtl");
    expect(target.getAttribute("lang")).toBe("ar");
    expect(target.textContent?.trim()).toBe("وضع الطيران");
    const source = screen.getByTestId("review-source-item-airplane-mode");
    expect(source.getAttribute("dir")).toBe("ltr");
    expect(source.getAttribute("lang")).toBe("sv");
    // A message the target lacks says so and cannot be approved.
    expect(screen.getByTestId("review-missing-guidance-search-results").textContent).toContain(
      t("translation-missing"),
    );
    expect(screen.getByTestId("review-state-guidance-search-results-approved").matches(":disabled")).toBe(true);
    expect(screen.getByTestId("review-vars-guidance-search-results").textContent).toContain("{ $count }");
  });

  it("approving a message calls review_set and updates progress", async () => {
    await rendered();
    const before = shell.callsOf("review_progress").length;
    await fireEvent.click(screen.getByTestId("review-state-item-airplane-mode-approved"));
    await waitFor(() => expect(shell.callsOf("review_set")).toHaveLength(1));
    expect(shell.callsOf("review_set")[0]!.args).toEqual({
      target: "ar",
      key: "item-airplane-mode",
      state: "approved",
      comment: "",
    });
    await waitFor(() =>
      expect(screen.getByTestId("review-row-item-airplane-mode").getAttribute("data-state")).toBe("approved"),
    );
    expect(screen.getByTestId("review-status-item-airplane-mode").textContent).toContain(t("translation-saved"));
    await waitFor(() => expect(shell.callsOf("review_progress").length).toBeGreaterThan(before));
    await waitFor(() => expect((document.getElementById("progress-ar") as HTMLProgressElement).value).toBe(2));
  });

  it("a comment is saved with the state when the field is left", async () => {
    await rendered();
    const box = screen.getByTestId("review-comment-section-assess-risks") as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: "Hellre ”bedöm riskerna”." } });
    await fireEvent.change(box);
    await waitFor(() => expect(shell.callsOf("review_set")).toHaveLength(1));
    expect(shell.callsOf("review_set")[0]!.args).toMatchObject({
      key: "section-assess-risks",
      state: "unreviewed",
      comment: "Hellre ”bedöm riskerna”.",
    });
  });

  it("a failed save shows the error and the stored state again", async () => {
    await rendered();
    shell.fail.set("review_set", { code: "storage" });
    const approved = screen.getByTestId("review-state-item-airplane-mode-approved") as HTMLInputElement;
    await fireEvent.click(approved);
    const banner = await screen.findByTestId("error");
    expect(banner.getAttribute("data-code")).toBe("storage");
    await waitFor(() => expect(approved.checked).toBe(false));
    expect((screen.getByTestId("review-state-item-airplane-mode-unreviewed") as HTMLInputElement).checked).toBe(true);
  });

  it("filters show only unreviewed, or only those needing a change", async () => {
    await rendered();
    const filter = screen.getByTestId("review-filter") as HTMLSelectElement;
    const keys = () => screen.queryAllByTestId(/^review-row-/).map((e) => e.getAttribute("data-testid"));
    expect(keys()).toHaveLength(5);

    await fireEvent.change(filter, { target: { value: "unreviewed" } });
    expect(keys()).toEqual([
      "review-row-section-assess-risks",
      "review-row-item-airplane-mode",
      "review-row-guidance-search-results",
    ]);
    expect(plain(screen.getByTestId("review-count").textContent)).toContain(
      t("translation-count", { shown: 3, total: 5 }),
    );

    await fireEvent.change(filter, { target: { value: "needs-change" } });
    expect(keys()).toEqual(["review-row-section-digital-devices"]);

    await fireEvent.change(filter, { target: { value: "all" } });
    expect(keys()).toHaveLength(5);
  });

  it("shows progress per language as a labelled bar", async () => {
    await rendered();
    const bar = (await waitFor(() => {
      const b = document.getElementById("progress-ar");
      if (!b) throw new Error("no bar");
      return b;
    })) as HTMLProgressElement;
    expect(bar.tagName).toBe("PROGRESS");
    // 1 of 4 translated messages approved (the fifth is missing).
    expect(bar.value).toBe(1);
    expect(bar.max).toBe(4);
    const item = screen.getByTestId("review-progress-ar");
    const label = within(item).getByText((_, el) => el?.tagName === "LABEL");
    expect(label.getAttribute("for")).toBe("progress-ar");
    expect(plain(label.textContent)).toContain(t("translation-progress-label", { name: "العربية", approved: 1, total: 4 }));
  });

  it("export says where the file was written", async () => {
    await rendered();
    await fireEvent.click(screen.getByTestId("review-export"));
    await waitFor(() => expect(plain(screen.getByTestId("review-exported").textContent)).toContain("/data/exports/ar-"));
    expect(shell.callsOf("review_export")[0]!.args).toEqual({ target: "ar" });
  });

  it("a chosen file is read into the import box", async () => {
    await rendered();
    const input = screen.getByTestId("review-import-file") as HTMLInputElement;
    const file = new File(["section-closing = Avsluta\n"], "ar.ftl", { type: "text/plain" });
    Object.defineProperty(input, "files", { value: [file] });
    await fireEvent.change(input);
    const box = screen.getByTestId("review-import-text") as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe("section-closing = Avsluta\n"));
    // Nothing is sent until the reviewer imports.
    expect(shell.callsOf("review_import")).toHaveLength(0);
  });

  it("import sends the pasted text and shows the report with line numbers", async () => {
    await rendered();
    const box = screen.getByTestId("review-import-text") as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: "item-airplane-mode = ny text\n" } });
    await fireEvent.click(screen.getByTestId("review-import"));
    const report = await screen.findByTestId("review-report");
    expect(shell.callsOf("review_import")[0]!.args).toEqual({
      target: "ar",
      ftlText: "item-airplane-mode = ny text\n",
    });
    expect(plain(report.textContent)).toContain(t("translation-report-error-line", { line: 3, message: "" }).trim());
    expect(plain(screen.getByTestId("review-report-changed").textContent)).toContain(
      t("translation-report-changed", { count: 1 }),
    );
    expect(plain(screen.getByTestId("review-report-unknown").textContent)).toContain(
      t("translation-report-unknown", { count: 1 }),
    );
    expect(plain(screen.getByTestId("review-report-variables").textContent)).toContain(
      t("translation-report-variables", { count: 1 }),
    );
    // The list is reloaded after the import.
    await waitFor(() => expect(shell.callsOf("review_load").length).toBeGreaterThanOrEqual(3));
  });
});
