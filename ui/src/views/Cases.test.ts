// The case views against an in-memory shell (mockIPC): what a practitioner
// does, and what reaches the shell's commands.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import Cases from "./Cases.svelte";
import { cases } from "../lib/cases.svelte";
import { session } from "../lib/session.svelte";
import { newPlan, type CrisisPlan, type Meeting, type SituationReview } from "../lib/domain";
import { FakeShell, fixture, keyPaths, plain, useText, type Call } from "./cases/testing";
import { payload, shippedSource, sourceOf, textOf } from "../test/ftl";
import { i18n } from "../lib/i18n.svelte";

const SAVE_WAIT = { timeout: 4000 };
let shell: FakeShell;
let t: ReturnType<typeof textOf>;
const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

beforeEach(() => {
  shell = new FakeShell();
  t = textOf(useText("sv"));
  session.screen = "open";
  session.view = "cases";
});

afterEach(() => {
  cases.drop();
  clearMocks();
});

async function openCase(id: string) {
  render(Cases);
  await fireEvent.click(await screen.findByTestId(`case-item-${id}`));
  return screen.findByTestId("case-detail");
}

function lastCall(cmd: string): Call {
  const calls = shell.callsOf(cmd);
  const last = calls[calls.length - 1];
  if (!last) throw new Error(`no ${cmd} call`);
  return last;
}

async function type(testid: string, value: string) {
  const el = screen.getByTestId(testid) as HTMLInputElement | HTMLTextAreaElement;
  await fireEvent.input(el, { target: { value } });
  return el;
}

describe("a new case", () => {
  it("nudges toward an alias and warns, without blocking, about a real identity", async () => {
    render(Cases);
    await fireEvent.click(await screen.findByTestId("new-case-button"));
    expect(screen.getByTestId("alias-nudge").textContent).toContain(t("cases-alias-nudge"));

    // Quick typing is checked once, for what was typed last.
    await type("alias-input", "A");
    await type("alias-input", "Anna");
    await type("alias-input", "Anna Svensson");
    const warning = await screen.findByTestId("alias-warning-full-name");
    expect(warning.textContent).toBe(t("alias-warning-full-name"));
    expect(shell.callsOf("case_alias_warnings").map((c) => c.args.alias)).toEqual(["Anna Svensson"]);

    await type("alias-input", "19121212-1212");
    expect((await screen.findByTestId("alias-warning-personal-identity-number")).textContent).toBe(
      t("alias-warning-personal-identity-number"),
    );
    await waitFor(() => expect(screen.queryByTestId("alias-warning-full-name")).toBeNull());

    await type("alias-input", "070-123 45 67");
    expect(await screen.findByTestId("alias-warning-phone-number")).toBeTruthy();
    await type("alias-input", "Storgatan 12");
    expect(await screen.findByTestId("alias-warning-street-address")).toBeTruthy();

    // The warning does not block: the practitioner decides.
    await type("alias-input", "Anna Svensson");
    await screen.findByTestId("alias-warning-full-name");
    await fireEvent.click(screen.getByTestId("colour-green"));
    const create = screen.getByTestId("new-case-create") as HTMLButtonElement;
    expect(create.disabled).toBe(false);
    await fireEvent.click(create);

    const detail = await screen.findByTestId("case-detail");
    expect(within(detail).getByTestId("case-title").textContent).toBe("Anna Svensson");
    expect(lastCall("case_create").args).toEqual({ alias: "Anna Svensson" });
    expect((lastCall("case_update").args.value as { colour: string }).colour).toBe("green");
    expect(screen.getByTestId("plan-editor")).toBeTruthy();
  });

  it("cannot be created without an alias", async () => {
    render(Cases);
    await fireEvent.click(await screen.findByTestId("new-case-button"));
    await type("alias-input", "   ");
    expect((screen.getByTestId("new-case-create") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("the case list", () => {
  it("hides archived cases unless asked", async () => {
    const active = shell.seed("Rosen");
    const archived = shell.seed("Klient B", { archived: true, colour: "blue" });
    render(Cases);
    expect(await screen.findByTestId(`case-item-${active}`)).toBeTruthy();
    expect(screen.queryByTestId(`case-item-${archived}`)).toBeNull();
    await fireEvent.click(screen.getByTestId("show-archived"));
    const item = await screen.findByTestId(`case-item-${archived}`);
    expect(item.textContent).toContain(t("cases-archived-tag"));
    expect(item.textContent).toContain(t("cases-colour-blue"));
  });

  it("draws a long list 50 rows at a time; the next rows take focus", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => shell.seed(`Klient ${String(i).padStart(3, "0")}`));
    render(Cases);
    await screen.findByTestId(`case-item-${ids[0]}`);
    const rows = () => screen.getAllByTestId(/^case-item-/);
    expect(rows()).toHaveLength(50);
    expect(screen.getByTestId("cases-count").textContent).toContain("Visar");
    expect(plain(screen.getByTestId("cases-count").textContent ?? "")).toContain("50 av 120");
    await fireEvent.click(screen.getByTestId("cases-show-more"));
    await waitFor(() => expect(rows()).toHaveLength(100));
    // Sorted by alias, so the 51st row is "Klient 050", and it has the focus.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`case-item-${ids[50]}`)));
    expect(plain(screen.getByTestId("cases-show-more").textContent ?? "")).toContain("20");
    await fireEvent.click(screen.getByTestId("cases-show-more"));
    await waitFor(() => expect(rows()).toHaveLength(120));
    expect(screen.queryByTestId("cases-show-more")).toBeNull();
  });

  it("finds a case by words of its alias, ignoring case and accents", async () => {
    for (let i = 0; i < 20; i++) shell.seed(`Klient ${i}`);
    const rosen = shell.seed("Rosen Åsa-gruppen");
    render(Cases);
    const search = await screen.findByTestId("case-search");
    expect(screen.getByLabelText(t("cases-search-label"))).toBe(search);
    await fireEvent.input(search, { target: { value: "asa ROS" } });
    await waitFor(() => expect(screen.getAllByTestId(/^case-item-/)).toHaveLength(1));
    expect(screen.getByTestId(`case-item-${rosen}`)).toBeTruthy();
    expect(plain(screen.getByTestId("cases-count").textContent ?? "")).toContain("1 av 1");
    await fireEvent.input(search, { target: { value: "Lilja" } });
    expect((await screen.findByTestId("cases-search-none")).textContent).toBe(t("cases-search-none"));
  });

  it("shows no search field for a short list", async () => {
    const id = shell.seed("Rosen");
    render(Cases);
    await screen.findByTestId(`case-item-${id}`);
    expect(screen.queryByTestId("case-search")).toBeNull();
    expect(screen.queryByTestId("cases-show-more")).toBeNull();
  });
});

describe("the crisis plan", () => {
  it("autosaves edits with exactly the shape of the Rust CrisisPlan", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    await type("plan-situation", "Bor hos föräldrarna, resa planerad i juni");
    await fireEvent.click(screen.getByTestId("plan-step-add"));
    await type("plan-step-0", "Ring 112");
    await fireEvent.click(screen.getByTestId("plan-contact-add-police"));
    await fireEvent.click(screen.getByTestId("plan-warning-add"));
    await type("plan-code-word", "blå tröja");
    await fireEvent.click(screen.getByTestId("plan-keep-0"));
    await fireEvent.click(screen.getByTestId("plan-routine"));

    await waitFor(() => {
      const v = lastCall("plan_save").args.value as CrisisPlan;
      expect(v.code_word).toBe("blå tröja");
      expect(v.routine_note_given).toBe(true);
    }, SAVE_WAIT);
    const call = lastCall("plan_save");
    expect(Object.keys(call.args).sort()).toEqual(["caseId", "value"]);
    expect(call.args.caseId).toBe(id);
    const value = call.args.value as CrisisPlan;
    // The same keys as CrisisPlan::new serialised by serde, no more, no fewer.
    expect(Object.keys(value).sort()).toEqual(Object.keys(fixture.plan).sort());
    expect(sortedUnique(keyPaths(value))).toEqual(sortedUnique(keyPaths(fixture.plan_variants)));
    expect(value.situation).toBe("Bor hos föräldrarna, resa planerad i juni");
    expect(value.steps).toEqual(["Ring 112"]);
    expect(value.contacts).toEqual([
      { role: "emergency112", label: "", number: "112" },
      { role: "police", label: "", number: "114 14" },
    ]);
    expect(value.warning_signs).toEqual([{ kind: "other", note: "" }]);
    expect(value.keep_ready[0]).toEqual({ thing: "id", ready: true, note: "" });
    expect(value.next_review).toBeNull();
    expect(value.case_id).toBe(id);

    const status = screen.getByTestId("plan-autosave");
    await waitFor(() => expect(status.dataset.state).toBe("saved"), SAVE_WAIT);
    expect(status.textContent).toContain(t("cases-save-saved"));
    expect(status.querySelector("[aria-live=polite]")).not.toBeNull();
    // The stored `updated` came back into the open plan.
    expect(cases.current?.plan.updated).toBe(shell.plans.get(id)?.updated);
  });

  it("gives the code word no copy button and no autocomplete or spellcheck", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    const input = screen.getByTestId("plan-code-word") as HTMLInputElement;
    expect(input.type).toBe("text");
    expect(input.getAttribute("autocomplete")).toBe("off");
    expect(input.getAttribute("spellcheck")).toBe("false");
    expect(input.maxLength).toBe(100);
    const section = input.closest("section") as HTMLElement;
    const buttons = within(section).queryAllByRole("button");
    expect(buttons).toHaveLength(0);
    expect(document.body.innerHTML.toLowerCase()).not.toContain("clipboard");
    expect(document.body.textContent).toContain(t("cases-plan-routine.help"));
  });

  it("keeps the typed text and shows a translated error when a save fails", async () => {
    const id = shell.seed("Klient A");
    shell.fail.set("plan_save", { code: "storage" });
    await openCase(id);
    const area = await type("plan-situation", "Text som inte får försvinna");
    const alert = await screen.findByTestId("plan-autosave-error", {}, SAVE_WAIT);
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain(t("cases-save-error"));
    expect(alert.textContent).toContain(t("error-storage"));
    expect(alert.textContent).not.toContain("internal detail");
    expect(area.value).toBe("Text som inte får försvinna");
    expect(cases.current?.plan.situation).toBe("Text som inte får försvinna");

    // Typing on keeps everything; trying again after the fault is gone saves it.
    await type("plan-situation", "Text som inte får försvinna, och mer");
    shell.fail.delete("plan_save");
    await fireEvent.click(screen.getByTestId("plan-autosave-retry"));
    await waitFor(() => expect(screen.getByTestId("plan-autosave").dataset.state).toBe("saved"), SAVE_WAIT);
    expect(shell.plans.get(id)?.situation).toBe("Text som inte får försvinna, och mer");
    expect(area.value).toBe("Text som inte får försvinna, och mer");
  });

  it("does not overwrite text typed while a save is under way", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    shell.hold.add("plan_save");
    const area = await type("plan-situation", "Första");
    await waitFor(() => expect(shell.callsOf("plan_save")).toHaveLength(1), SAVE_WAIT);
    await type("plan-situation", "Första och andra");
    shell.hold.delete("plan_save");
    shell.release();
    await waitFor(() => expect(shell.plans.get(id)?.situation).toBe("Första och andra"), SAVE_WAIT);
    expect(area.value).toBe("Första och andra");
    expect(shell.callsOf("plan_save").map((c) => (c.args.value as CrisisPlan).situation)).toEqual([
      "Första",
      "Första och andra",
    ]);
  });

  it("keeps the review's links to steps when steps move or go", async () => {
    const id = shell.seed("Klient A");
    const plan = newPlan(id);
    plan.steps = ["Gå till skolkuratorn", "Ring socialjouren", "Ta bussen till X"];
    shell.plans.set(id, plan);
    await openCase(id);
    await fireEvent.click(screen.getByTestId("tab-review"));
    await fireEvent.click(screen.getByTestId("review-link-1"));
    await fireEvent.click(screen.getByTestId("review-link-2"));
    await waitFor(
      () => expect((lastCall("review_save").args.value as SituationReview).linked_measures).toEqual([1, 2]),
      SAVE_WAIT,
    );
    await fireEvent.click(screen.getByTestId("tab-plan"));
    await fireEvent.click(screen.getByTestId("plan-step-remove-0"));
    await fireEvent.click(screen.getByTestId("plan-step-up-1"));
    await waitFor(() => {
      expect(shell.plans.get(id)?.steps).toEqual(["Ta bussen till X", "Ring socialjouren"]);
      expect(shell.reviews.get(id)?.linked_measures).toEqual([1, 0]);
    }, SAVE_WAIT);
    await fireEvent.click(screen.getByTestId("tab-review"));
    expect((screen.getByTestId("review-link-0") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("review-link-1") as HTMLInputElement).checked).toBe(true);
  });
});

describe("the contact agreement", () => {
  it("shows the sheet's SMS warning beside the SMS choice and autosaves", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    await fireEvent.click(screen.getByTestId("tab-contact"));
    const warning = screen.getByTestId("contact-sms-warning");
    expect(warning.textContent).toContain("även skyddade (hemliga) mobilnummer blir synliga i sms");
    await fireEvent.click(screen.getByTestId("contact-sms-allowed-only-neutral"));
    await type("contact-code-word", "mormor");
    await fireEvent.click(screen.getByTestId("contact-support-confirm-today"));
    await waitFor(() => expect(shell.contacts.get(id)?.code_word_cannot_talk).toBe("mormor"), SAVE_WAIT);
    const v = shell.contacts.get(id);
    expect(v?.sms_allowed).toBe("only-neutral");
    expect(v?.support_person.own_will_confirmed_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sortedUnique(keyPaths(lastCall("contact_save").args.value))).toEqual(
      sortedUnique(keyPaths(fixture.contact)),
    );
    expect(document.body.textContent).toContain("JO 2010/11 s. 328");
  });
});

describe("the situation review", () => {
  it("rates in words and never shows a number or a score", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    await fireEvent.click(screen.getByTestId("tab-review"));
    const editor = screen.getByTestId("review-editor");
    for (const item of ["control-threats", "collective-family-mandate", "trigger-travel-abroad"]) {
      await fireEvent.click(screen.getByTestId(`review-${item}-now-present`));
      await fireEvent.click(screen.getByTestId(`review-${item}-before-partly`));
    }
    await type("review-summary", "Hög oro inför resan.");
    await waitFor(() => expect(shell.reviews.get(id)?.summary).toBe("Hög oro inför resan."), SAVE_WAIT);

    // The official-system statement and the children's routine cite
    // regulations by number; everything else is words.
    expect(screen.getByTestId("review-official").textContent).toContain("HSLF-FS 2022:39");
    expect(screen.getByTestId("review-official").textContent).toContain("BOPS");
    expect(screen.getByTestId("review-children-routine").textContent).toContain("2 kap. 5 §");
    const clone = editor.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(
      "[data-testid=review-official], [data-testid=review-children-routine], textarea",
    )) {
      el.remove();
    }
    expect(clone.textContent).not.toMatch(/\d/);
    expect(editor.querySelector("meter, progress")).toBeNull();

    const saved = lastCall("review_save").args.value as SituationReview;
    expect(Object.keys(saved).sort()).toEqual(Object.keys(fixture.review).sort());
    expect(saved.items.find((e) => e.item_id === "control-threats")).toEqual({
      item_id: "control-threats",
      now: "present",
      before: "partly",
      note: "",
    });
    expect(JSON.stringify(saved)).not.toMatch(/score|total|points/i);
  });
});

describe("meeting mode", () => {
  it("ticks a checklist item of the sheet and saves the meeting", async () => {
    const id = shell.seed("Klient A");
    await openCase(id);
    await fireEvent.click(screen.getByTestId("tab-meetings"));
    await fireEvent.click(screen.getByTestId("new-meeting-create"));
    const mode = await screen.findByTestId("meeting-mode");
    expect(lastCall("meeting_create").args.caseId).toBe(id);

    const row = within(mode).getByTestId("check-row-before-airplane-mode");
    expect(row.textContent).toContain(t("item-airplane-mode.check"));
    await fireEvent.click(within(mode).getByTestId("check-before-airplane-mode"));
    await type("check-note-before-airplane-mode", "Pratat om det i telefon");
    await fireEvent.click(within(mode).getByTestId("meeting-place-school"));
    await fireEvent.click(within(mode).getByTestId("meeting-interpreter-phone"));
    await fireEvent.change(within(mode).getByTestId("meeting-attendee-role"), { target: { value: "interpreter" } });
    await fireEvent.click(within(mode).getByTestId("meeting-attendee-add"));
    await fireEvent.input(within(mode).getByTestId("meeting-next"), { target: { value: "2026-04-01T09:30" } });

    await waitFor(() => {
      const v = lastCall("meeting_save").args.value as Meeting;
      expect(v.next_meeting).toBe("2026-04-01T09:30:00");
    }, SAVE_WAIT);
    const v = lastCall("meeting_save").args.value as Meeting;
    expect(Object.keys(v).sort()).toEqual(Object.keys(fixture.meeting).sort());
    expect(v.checklist.find((e) => e.item_id === "airplane-mode" && e.phase === "before")).toEqual({
      item_id: "airplane-mode",
      phase: "before",
      done: true,
      note: "Pratat om det i telefon",
    });
    // Only that entry changed.
    expect(v.checklist.filter((e) => e.done)).toHaveLength(1);
    expect(v.place).toBe("school");
    expect(v.interpreter).toBe("phone");
    expect(v.attendees).toEqual(["practitioner", "interpreter"]);
    await waitFor(() => expect(screen.getByTestId("meeting-autosave").dataset.state).toBe("saved"), SAVE_WAIT);

    // The phases, and the plan and agreement at hand.
    await fireEvent.click(within(mode).getByTestId("meeting-phase-after"));
    expect(within(mode).getByTestId("check-row-after-closing-who-sees-what").textContent).toContain(
      t("item-closing-who-sees-what.check"),
    );
    expect(within(mode).getByTestId("quick-view")).toBeTruthy();
    expect(within(mode).getByTestId("quick-plan").textContent).toContain("112");
  });

  it("hides code words in the quick view until asked, with no way to copy", async () => {
    const id = shell.seed("Klient A");
    const plan = newPlan(id);
    plan.code_word = "KANARIE-kod";
    shell.plans.set(id, plan);
    await openCase(id);
    await fireEvent.click(screen.getByTestId("tab-meetings"));
    await fireEvent.click(screen.getByTestId("new-meeting-create"));
    const quick = await screen.findByTestId("quick-view");
    expect(quick.textContent).not.toContain("KANARIE-kod");
    await fireEvent.click(within(quick).getByTestId("quick-plan-code-word-toggle"));
    expect(within(quick).getByTestId("quick-plan-code-word").textContent).toBe("KANARIE-kod");
  });
});

describe("hide and lock", () => {
  it("drop every decrypted value and still send the last edit", async () => {
    const id = shell.seed("Klient A");
    const plan = newPlan(id);
    plan.situation = "KANARIE-situation";
    shell.plans.set(id, plan);
    shell.due = [id];
    await openCase(id);
    expect((screen.getByTestId("plan-situation") as HTMLTextAreaElement).value).toBe("KANARIE-situation");
    await waitFor(() => expect(cases.due).not.toBeNull());
    await type("plan-code-word", "KANARIE-ord");

    session.hide();

    expect(cases.current).toBeNull();
    expect(cases.list).toBeNull();
    expect(cases.due).toBeNull();
    expect(cases.savers).toBeNull();
    await waitFor(() => expect(document.body.textContent).not.toContain("Klient A"));
    expect(document.body.innerHTML).not.toContain("KANARIE");
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
      expect(el.value).not.toContain("KANARIE");
    }
    // The edit typed just before hiding was sent, not lost.
    expect((lastCall("plan_save").args.value as CrisisPlan).code_word).toBe("KANARIE-ord");
  });
});

describe("retention", () => {
  it("lists cases to review and deletes one only after a confirmation naming it", async () => {
    const old = shell.seed("Gammalt ärende");
    const keep = shell.seed("Rosen");
    shell.due = [old];
    render(Cases);
    await fireEvent.click(await screen.findByTestId("retention-open"));
    await screen.findByTestId(`retention-item-${old}`);
    expect(screen.queryByTestId(`retention-item-${keep}`)).toBeNull();
    expect(screen.getByTestId("retention-review").textContent).toContain("180");

    await fireEvent.click(screen.getByTestId(`retention-delete-${old}`));
    const dialog = screen.getByTestId("delete-case-dialog");
    expect(dialog.getAttribute("role")).toBe("alertdialog");
    expect(plain(dialog.textContent)).toContain("Gammalt ärende");
    expect(document.activeElement).toBe(screen.getByTestId("delete-case-dialog-cancel"));
    await fireEvent.click(screen.getByTestId("delete-case-dialog-cancel"));
    expect(shell.callsOf("case_delete")).toHaveLength(0);

    await fireEvent.click(screen.getByTestId(`retention-delete-${old}`));
    await fireEvent.click(screen.getByTestId("delete-case-dialog-confirm"));
    await waitFor(() => expect(screen.queryByTestId(`retention-item-${old}`)).toBeNull());
    expect(lastCall("case_delete").args).toEqual({ id: old });
    expect(shell.cases.has(old)).toBe(false);
    expect(shell.cases.has(keep)).toBe(true);
    expect(screen.getByTestId("retention-none").textContent).toBe(t("cases-retention-none"));
  });
});

describe("the backup reminder", () => {
  // The backup text is not in the case views' bundle: add it as the shell would.
  function withBackupText() {
    const b = payload(
      [sourceOf("sv", shippedSource("sv", ["ui", "guidance", "cases", "backup"]))],
      fixture.catalogue,
    );
    t = textOf(b);
    i18n.apply(b);
  }

  let statusAsked = 0;
  function backupStatus(answer: { reminder_due: boolean } | "fail") {
    statusAsked = 0;
    mockIPC((cmd, args) => {
      if (cmd !== "backup_status") return shell.handle(cmd, (args ?? {}) as Record<string, unknown>);
      statusAsked += 1;
      if (answer === "fail") throw { code: "storage", message: "", details: null };
      return { last_export: null, ...answer };
    });
  }

  /** Waits until the status was asked for and its answer has been taken. */
  async function answered() {
    await waitFor(() => expect(statusAsked).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
  }

  it("notes gently in the case list when a backup is due, and leads to the settings", async () => {
    await withBackupText();
    backupStatus({ reminder_due: true });
    shell.seed("Rosen");
    render(Cases);
    const note = await screen.findByTestId("backup-reminder-cases");
    expect(note.textContent).toContain(t("backup-reminder-cases"));
    expect(note.getAttribute("role")).toBeNull();
    await fireEvent.click(screen.getByTestId("backup-reminder-cases-open"));
    expect(session.view).toBe("settings");
  });

  it("shows nothing when no backup is due, or when the status cannot be read", async () => {
    await withBackupText();
    backupStatus({ reminder_due: false });
    const id = shell.seed("Rosen");
    const first = render(Cases);
    await screen.findByTestId(`case-item-${id}`);
    await answered();
    expect(screen.queryByTestId("backup-reminder-cases")).toBeNull();
    first.unmount();

    backupStatus("fail");
    render(Cases);
    await screen.findByTestId(`case-item-${id}`);
    await answered();
    expect(screen.queryByTestId("backup-reminder-cases")).toBeNull();
    expect(screen.queryByTestId("error")).toBeNull();
  });
});
