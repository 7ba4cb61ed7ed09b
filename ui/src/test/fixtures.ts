// A small, hand-made locale payload in the shape the shell sends.
import type { Bootstrap, LocaleBundle, Settings } from "../lib/ipc";
import { payload, sourceOf, toFtl } from "./ftl";

const catalogue: LocaleBundle["catalogue"] = {
  sections: [
    { id: "assess-risks", has_intro: false },
    { id: "digital-devices", has_intro: true },
  ],
  items: [
    {
      id: "crisis-plan-early",
      section: "assess-risks",
      phases: ["during"],
      audience: "practitioner",
      references: [],
      checklist: true,
    },
    {
      id: "airplane-mode",
      section: "digital-devices",
      phases: ["before", "during", "after"],
      audience: "person",
      references: ["vaga-forsta"],
      checklist: true,
    },
  ],
  references: [{ id: "vaga-forsta", kind: "tool", url: "https://example.invalid/tool" }],
};

function texts(locale: "sv" | "en"): Record<string, string> {
  const sv = locale === "sv";
  return {
      "app-name": "Trygg",
      "language-label": sv ? "Språk" : "Language",
      "draft-badge": "Draft translation – not reviewed",
      "draft-explain": sv ? "Utkast." : "A draft no reviewer has approved.",
      "fallback-note": sv
        ? "Saknas på det här språket; visas på { $lang }."
        : "Missing in this language; shown in { $lang }.",
      "guidance-sections": sv ? "Avsnitt" : "Sections",
      "guidance-search-label": sv ? "Sök i vägledningen" : "Search the guidance",
      "guidance-search-placeholder": "…",
      "guidance-search-results": sv ? "Träffar: { $count }" : "Results: { $count }",
      "guidance-search-none": sv ? "Inga träffar." : "No results.",
      "guidance-references": sv ? "Källor" : "Sources",
      "guidance-address": "{ $url }",
      "guidance-for-person": sv ? "Visas även för personen" : "Also shown to the person",
      "guidance-from-sheet": sv ? "Ur vägledningsarket" : "From the guidance sheet",
      "guidance-phases": sv ? "När: { $phases }" : "When: { $phases }",
      "phase-before": sv ? "Före mötet" : "Before the meeting",
      "phase-during": sv ? "Under mötet" : "During the meeting",
      "phase-after": sv ? "Efter mötet" : "After the meeting",
      back: sv ? "Tillbaka" : "Back",
      close: sv ? "Stäng" : "Close",
      "error-unknown_locale": sv ? "Språket finns inte." : "That language is not available.",
      "error-internal": sv ? "Ett oväntat fel inträffade." : "An unexpected error occurred.",
      "section-assess-risks": sv ? "Bedöm risker" : "Assess risks",
      "section-digital-devices": sv ? "Säkerhet kopplat till digitala enheter" : "Digital devices",
      "section-digital-devices.intro": sv ? "Tänk på följande" : "Consider the following",
      "item-crisis-plan-early": sv ? "Krisplan tidigt" : "Crisis plan early",
      "item-crisis-plan-early.body": sv ? "Gör upp en krisplan." : "Make a crisis plan.",
      "item-airplane-mode": sv ? "Flygplansläge" : "Airplane mode",
      "item-airplane-mode.body": sv
        ? "Sätt telefonen i flygplansläge före resan. Stäng av platstjänster och wi-fi."
        : "Put the phone in flight mode before the journey. Turn off location services and Wi-Fi.",
      "ref-vaga-forsta": "Våga förstå!",
  };
}

/** The payload of `locale`; the keys in `lacking` are missing from its
 *  own text (so shown from further down its chain). */
export function bundle(locale: "sv" | "en", lacking: readonly string[] = []): LocaleBundle {
  const mine = Object.fromEntries(Object.entries(texts(locale)).filter(([k]) => !lacking.includes(k)));
  const own = sourceOf(locale, toFtl(mine));
  return payload(locale === "sv" ? [own] : [own, sourceOf("sv", toFtl(texts("sv")))], catalogue);
}

export const defaultSettings: Settings = {
  locale: null,
  cover: "calculator",
  idle_lock_secs: 120,
  retention_days: 180,
  backup_reminder_days: 30,
  set_up: false,
};

/** The start-up payload; `over` replaces any part (a passcode cover, a wait). */
export function bootstrap(over: Partial<Bootstrap> = {}): Bootstrap {
  return {
    locales: [
      { tag: "sv", name: "Svenska", dir: "ltr", draft: false },
      { tag: "en", name: "English", dir: "ltr", draft: true },
    ],
    bundle: bundle("sv"),
    settings: { ...defaultSettings },
    vault: { initialised: true, unlocked: false, retry_after_secs: 0, fresh: false },
    vault_error: null,
    ...over,
  };
}
