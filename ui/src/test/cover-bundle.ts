// Test-only: a locale payload holding the real ui.ftl and cover.ftl (the
// cover's and the set-up's text), in the shape the shell sends.
import type { LocaleBundle } from "../lib/ipc";
import { payload, shippedSource, sourceOf } from "./ftl";

export function coverBundle(tag = "sv"): LocaleBundle {
  const of = (t: string) => sourceOf(t, shippedSource(t, ["ui", "cover"]));
  const chain = tag === "sv" ? ["sv"] : tag === "en" ? ["en", "sv"] : [tag, "en", "sv"];
  return payload(chain.map(of), { sections: [], items: [], references: [] });
}
