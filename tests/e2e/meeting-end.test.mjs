// The meeting's end in the real app, on a filled case: the phone-trail card
// (in Arabic, with the explanation agreed in the plan) recorded on the
// meeting; the closing card with the code word hidden until tapped; the
// journal note, which leaves the code word and numbers out until asked;
// the own-will question asked alone, recorded with its date in the
// agreement. Each is checked on screen and in what the shell stored.
// Screenshots: each card at tablet size, the phone-trail card at phone size.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { VIEWPORTS, launchApp } from "./lib/app.mjs";
import { invoke } from "./lib/calculator.mjs";
import { readFtl } from "./lib/ftl.mjs";
import { assertFits, clean, click, selectOption, tid, typeInto } from "./lib/ui.mjs";

const PASSCODE = "608213957741";
const sv = new Map([...readFtl("sv", "cases"), ...readFtl("sv", "person")]);
const ar = readFtl("ar", "person");

/** Shows the open card in `tag` and waits for it. */
async function inLanguage(session, tag) {
  await selectOption(session, "person-language", tag);
  await session.waitFor(async () => (await (await session.find(tid("person-block"))).attribute("lang")) === tag, {
    message: `card in ${tag}`,
  });
}

async function stored(session, caseId) {
  const r = await invoke(session, "case_open", { id: caseId });
  assert.ok(r.ok, JSON.stringify(r.err));
  return r.ok;
}

describe("the meeting's end: phone-trail card, closing card, journal note, own-will question", () => {
  let app;
  let caseId;

  before(async () => {
    app = await launchApp({ name: "meeting-end", locale: "sv", viewport: VIEWPORTS.tablet });
    await app.setUpVault(PASSCODE, { cover: "calculator" });
    const { session } = app;
    const made = await invoke(session, "case_create", { alias: "Svalan" });
    assert.ok(made.ok, JSON.stringify(made));
    caseId = made.ok.id;
    const file = await stored(session, caseId);
    const plan = { ...file.plan, code_word: "KANARIE", gap_explanation: "Batteriet tog slut på bussen." };
    assert.ok((await invoke(session, "plan_save", { caseId, value: plan })).ok);
    const contact = {
      ...file.contact,
      code_word_cannot_talk: "lingonsylt",
      call_when: "Vardagar 10–12",
      preferred_channel: "phone",
      support_person: { ...file.contact.support_person, who: "Mostern" },
    };
    assert.ok((await invoke(session, "contact_save", { caseId, value: contact })).ok);
    const meeting = await invoke(session, "meeting_create", { caseId, date: "2026-12-07" });
    assert.ok(meeting.ok, JSON.stringify(meeting));
    await click(session, "nav-cases");
    await click(session, `case-item-${caseId}`);
    await click(session, "tab-meetings");
    await click(session, `meeting-open-${meeting.ok.id}`);
    await session.waitForVisible(tid("meeting-title"));
  });

  after(async () => {
    await app?.quit();
  });

  test("the phone-trail card speaks Arabic, shows the agreed explanation, and is recorded on the meeting", async () => {
    const { session } = app;
    await click(session, "meeting-show-phone-trail");
    await session.waitForVisible(tid("phone-trail"));
    await inLanguage(session, "ar");
    assert.equal(clean(await (await session.find(tid("phone-trail-title"))).text()), clean(ar.get("phone-trail-title")));
    for (const step of ["phone-trail-before", "phone-trail-during", "phone-trail-until-back", "phone-trail-if-asked"]) {
      const h = clean(await (await session.find(`${tid(step)} h2`)).text());
      assert.equal(h, clean(ar.get(step)), step);
    }
    const pictures = await session.findAll(`${tid("phone-trail-before")} [role=img]`);
    assert.equal(pictures.length, 3, "flight mode, Wi-Fi and location, as pictures");
    assert.equal(await pictures[0].attribute("aria-label"), clean(ar.get("pictogram-airplane-mode")));
    assert.equal(clean(await (await session.find(tid("phone-trail-explanation"))).text()), "Batteriet tog slut på bussen.");
    const card = clean(await (await session.find(tid("phone-trail"))).text());
    assert.ok(!/KANARIE|lingonsylt|Svalan/.test(card), "nothing else of the case is on the card");
    await assertFits(app, "phone-trail tablet");
    await app.screenshot("phone-trail-ar-tablet", { publish: true });
    await app.setViewport(VIEWPORTS.phone);
    await assertFits(app, "phone-trail phone");
    await app.screenshot("phone-trail-ar-phone", { publish: true });
    await app.setViewport(VIEWPORTS.tablet);

    await click(session, "phone-trail-done");
    await session.waitFor(async () => (await session.maybeFind(tid("phone-trail"))) === null, { message: "card closed" });
    assert.equal(await (await session.find(tid("meeting-phone-trail-done"))).property("checked"), true);
    await session.waitForText(tid("meeting-autosave"), clean(sv.get("cases-save-saved")), { timeout: 10_000 });
    const file = await stored(session, caseId);
    assert.equal(file.meetings[0].meeting.phone_trail_done, true);
  });

  test("the closing card tells who sees what and the next meeting, the code word hidden until tapped", async () => {
    const { session } = app;
    await typeInto(session, "meeting-closing-who", "Socialtjänsten och polisen, om hoten.");
    await session.execute(
      `const i = arguments[0]; i.value = "2026-12-14T09:30"; i.dispatchEvent(new Event("input", { bubbles: true }));`,
      await session.find(tid("meeting-next")),
    );
    await session.waitForText(tid("meeting-autosave"), clean(sv.get("cases-save-saved")), { timeout: 10_000 });
    await click(session, "meeting-show-closing");
    await session.waitForVisible(tid("closing-card"));
    await inLanguage(session, "ar");
    assert.equal(clean(await (await session.find(tid("closing-who-sees-text"))).text()), "Socialtjänsten och polisen, om hoten.");
    const next = clean(await (await session.find(tid("closing-next-text"))).text());
    assert.ok(!next.includes("2026-12-14") && /[\u0600-\u06FF]/.test(next), `next meeting in Arabic words: ${next}`);
    assert.ok(!clean(await (await session.find(tid("closing-card"))).text()).includes("lingonsylt"), "code word hidden");
    await app.screenshot("closing-card-ar-tablet", { publish: true });
    await click(session, "closing-code-word-toggle");
    assert.equal(clean(await (await session.waitForVisible(tid("closing-code-word-value"))).text()), "lingonsylt");
    assert.ok(!/KANARIE|Batteriet/.test(clean(await (await session.find(tid("closing-card"))).text())), "nothing of the plan");
    await assertFits(app, "closing card");
    await click(session, "person-exit");
  });

  test("the journal note leaves out the code word and the number until the practitioner shows them", async () => {
    const { session } = app;
    await click(session, "check-before-airplane-mode");
    await typeInto(session, "check-note-before-airplane-mode", "Kodordet lingonsylt repeterat, ring 070-123 45 67");
    await session.waitForText(tid("meeting-autosave"), clean(sv.get("cases-save-saved")), { timeout: 10_000 });
    await click(session, "meeting-show-journal");
    const note = await session.waitForVisible(tid("journal-text"));
    const text = clean(await note.text());
    assert.ok(!/lingonsylt|070-123/.test(text), "left out");
    assert.ok(text.includes(clean(sv.get("journal-omitted"))), "and marked as left out");
    assert.ok(text.includes(clean(sv.get("journal-phone-trail"))), "the phone-trail card is in the note");
    assert.ok(text.includes("Socialtjänsten och polisen, om hoten."), "the closing information");
    await app.screenshot("journal-note-tablet", { publish: true });
    await click(session, "journal-include-sensitive");
    await session.waitFor(async () => clean(await note.text()).includes("lingonsylt"), { message: "shown on request" });
    await click(session, "journal-exit");
  });

  test("the own-will question is asked in Arabic, shows nothing of the answer, and records it", async () => {
    const { session } = app;
    await click(session, "meeting-back");
    await click(session, "tab-contact");
    await click(session, "contact-support-check");
    await session.waitForVisible(tid("own-will"));
    await inLanguage(session, "ar");
    const question = clean(await (await session.find(tid("own-will-question"))).text());
    assert.ok(question.includes("Mostern") && /[\u0600-\u06FF]/.test(question), question);
    assert.ok(!/Svalan|lingonsylt|KANARIE/.test(clean(await (await session.find(tid("own-will"))).text())), "neutral");
    await app.screenshot("own-will-ar-tablet", { publish: true });
    await click(session, "own-will-alone");
    await session.waitForVisible(tid("own-will-thanks"));
    assert.equal(await session.maybeFind(tid("own-will-yes")), null, "the answers are gone");
    await click(session, "person-exit");
    await session.waitForText(tid("contact-autosave"), clean(sv.get("cases-save-saved")), { timeout: 10_000 });
    const file = await stored(session, caseId);
    assert.equal(file.contact.support_person.own_will.answer, "alone");
    assert.match(file.contact.support_person.own_will.on, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(file.contact.support_person.own_will_confirmed_on, null);
  });
});
