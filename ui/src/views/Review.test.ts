// Review mode against an in-memory shell (mockIPC): what a reviewer does
// and what reaches the review commands.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import Review from "./Review.svelte";
import { FakeReviewShell, manyRows, plain, useLocale } from "./review/testing";
import { REVIEW_PAGE_SIZE } from "../lib/review";
import { textOf } from "../test/ftl";

let shell: FakeReviewShell;
let t: ReturnType<typeof textOf>;

beforeEach(() => {
  shell = new FakeReviewShell();
  // The reviewer works in Swedish; the target defaults to the first translation.
  t = textOf(useLocale("sv"));
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

  it("export says which file was written and where, without the machine's path", async () => {
    await rendered();
    await fireEvent.click(screen.getByTestId("review-export"));
    const said = () => plain(screen.getByTestId("review-exported").textContent);
    await waitFor(() =>
      expect(said()).toBe("Filen ar-20260301-100000.ftl har sparats i mappen exports i appens datamapp (1\u00a0234 byte)."),
    );
    expect(said()).not.toContain("/data/");
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

describe("review mode, paged", () => {
  const rowKeys = () =>
    screen.queryAllByTestId(/^review-row-/).map((e) => e.getAttribute("data-testid")!.replace("review-row-", ""));
  const status = (place = "top") => plain(screen.getByTestId(`review-page-status-${place}`).textContent).trim();
  const next = (place = "top") => screen.getByTestId(`review-page-next-${place}`) as HTMLButtonElement;
  const prev = (place = "top") => screen.getByTestId(`review-page-prev-${place}`) as HTMLButtonElement;
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `msg-${from + i}`);

  beforeEach(() => {
    // 120 messages: pages of 50, 50 and 20.
    shell.rows = manyRows(120);
  });

  async function renderedMany() {
    render(Review);
    await screen.findByTestId("review-row-msg-0");
  }

  it("draws only the first page, says which page of how many, and keeps the count of all", async () => {
    await renderedMany();
    expect(REVIEW_PAGE_SIZE).toBe(50);
    expect(rowKeys()).toEqual(range(0, 50));
    expect(status()).toBe(t("translation-page-status", { page: 1, pages: 3 }));
    expect(status("bottom")).toBe(t("translation-page-status", { page: 1, pages: 3 }));
    expect(prev().disabled).toBe(true);
    expect(next().disabled).toBe(false);
    expect(plain(screen.getByTestId("review-count").textContent)).toContain(
      t("translation-count", { shown: 120, total: 120 }),
    );
    // The pager is a labelled group of buttons with their own names.
    const pager = screen.getByTestId("review-pager-top");
    expect(pager.getAttribute("role")).toBe("group");
    expect(pager.getAttribute("aria-label")).toBe(t("translation-pages"));
    expect(plain(next().textContent)).toContain(t("translation-page-next"));
    expect(plain(prev().textContent)).toContain(t("translation-page-previous"));
  });

  it("next and previous change the page and move focus to its first message", async () => {
    await renderedMany();
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()).toEqual(range(50, 100)));
    expect(status()).toBe(t("translation-page-status", { page: 2, pages: 3 }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("review-row-msg-50")));
    // The focused row is named by its message ID.
    const label = document.getElementById(document.activeElement!.getAttribute("aria-labelledby")!);
    expect(label?.textContent).toBe("msg-50");

    // The pager below the list works the same; the last page is shorter.
    await fireEvent.click(next("bottom"));
    await waitFor(() => expect(rowKeys()).toEqual(range(100, 120)));
    expect(next().disabled).toBe(true);
    expect(next("bottom").disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("review-row-msg-100")));

    await fireEvent.click(prev());
    await waitFor(() => expect(rowKeys()).toEqual(range(50, 100)));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("review-row-msg-50")));
    await fireEvent.click(prev());
    await waitFor(() => expect(rowKeys()).toEqual(range(0, 50)));
    expect(prev().disabled).toBe(true);
    // Paging loads nothing again.
    expect(shell.callsOf("review_load")).toHaveLength(1);
  });

  it("a group cut by a page break keeps its heading on the next page", async () => {
    await renderedMany();
    // Rows 40–79 are the second group: on page 1 and page 2.
    expect(screen.getByTestId("review-group-section-digital-devices")).toBeTruthy();
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-50"));
    const group = screen.getByTestId("review-group-section-digital-devices");
    expect(plain(group.querySelector("h3")?.textContent)).toBe(t("section-digital-devices"));
    expect(within(group).getByTestId("review-row-msg-50")).toBeTruthy();
  });

  it("a new filter goes back to page 1, with its own pages and count", async () => {
    await renderedMany();
    await fireEvent.click(next());
    await waitFor(() => expect(status()).toBe(t("translation-page-status", { page: 2, pages: 3 })));
    const filter = screen.getByTestId("review-filter") as HTMLSelectElement;

    // 17 need a change: one page, so no pager.
    await fireEvent.change(filter, { target: { value: "needs-change" } });
    expect(rowKeys()).toHaveLength(17);
    expect(rowKeys()[0]).toBe("msg-3");
    expect(screen.queryByTestId("review-pager-top")).toBeNull();
    expect(plain(screen.getByTestId("review-count").textContent)).toContain(
      t("translation-count", { shown: 17, total: 120 }),
    );

    // 103 unreviewed: three pages, from the first.
    await fireEvent.change(filter, { target: { value: "unreviewed" } });
    expect(status()).toBe(t("translation-page-status", { page: 1, pages: 3 }));
    expect(rowKeys()).toHaveLength(50);
    expect(rowKeys()[0]).toBe("msg-0");
    await fireEvent.click(next());
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()).toHaveLength(3));

    await fireEvent.change(filter, { target: { value: "all" } });
    expect(status()).toBe(t("translation-page-status", { page: 1, pages: 3 }));
    expect(rowKeys()).toEqual(range(0, 50));
  });

  it("another language goes back to page 1", async () => {
    await renderedMany();
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-50"));
    const target = screen.getByTestId("review-target") as HTMLSelectElement;
    await fireEvent.change(target, { target: { value: "ti" } });
    await waitFor(() => expect(shell.callsOf("review_load").at(-1)?.args.target).toBe("ti"));
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-0"));
    expect(status()).toBe(t("translation-page-status", { page: 1, pages: 3 }));
  });

  it("a state saved on page 2 stays, and so does the page", async () => {
    await renderedMany();
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-50"));
    await fireEvent.click(screen.getByTestId("review-state-msg-61-approved"));
    await waitFor(() => expect(shell.callsOf("review_set")).toHaveLength(1));
    expect(shell.callsOf("review_set")[0]!.args).toMatchObject({ target: "en", key: "msg-61", state: "approved" });
    await waitFor(() => expect(screen.getByTestId("review-row-msg-61").getAttribute("data-state")).toBe("approved"));
    await waitFor(() => expect((document.getElementById("progress-ar") as HTMLProgressElement).value).toBe(1));
    expect(status()).toBe(t("translation-page-status", { page: 2, pages: 3 }));
    expect(rowKeys()).toEqual(range(50, 100));

    // Away and back: the saved state is still there.
    await fireEvent.click(prev());
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-0"));
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()[0]).toBe("msg-50"));
    expect(screen.getByTestId("review-row-msg-61").getAttribute("data-state")).toBe("approved");
    expect((screen.getByTestId("review-state-msg-61-approved") as HTMLInputElement).checked).toBe(true);
  });

  it("a page that empties under a filter shows the last page there is", async () => {
    // 52 unreviewed (and 9 needing a change): two pages of unreviewed.
    shell.rows = manyRows(61);
    await renderedMany();
    const filter = screen.getByTestId("review-filter") as HTMLSelectElement;
    await fireEvent.change(filter, { target: { value: "unreviewed" } });
    await fireEvent.click(next());
    await waitFor(() => expect(rowKeys()).toHaveLength(2));
    // Approving the two rows on page 2 leaves 50 unreviewed: one page.
    for (const key of rowKeys()) {
      await fireEvent.click(screen.getByTestId(`review-state-${key}-approved`));
      await waitFor(() => expect(screen.queryByTestId(`review-row-${key}`)).toBeNull());
    }
    expect(rowKeys()).toHaveLength(50);
    expect(rowKeys()[0]).toBe("msg-0");
    expect(screen.queryByTestId("review-pager-top")).toBeNull();
  });
});
