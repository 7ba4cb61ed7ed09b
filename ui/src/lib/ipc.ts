// Typed wrappers around the shell's commands. Every failure arrives as an
// IpcError with a stable code; the UI shows the translated `error-<code>`.
import { invoke } from "@tauri-apps/api/core";

export type Dir = "ltr" | "rtl";
export type Phase = "before" | "during" | "after" | "any";
export type Audience = "practitioner" | "person";
export type SectionId =
  | "assess-risks"
  | "digital-devices"
  | "meeting-forms"
  | "interpreters"
  | "approach"
  | "closing";

export interface Section {
  id: SectionId;
  has_intro: boolean;
}
export interface Item {
  id: string;
  section: SectionId;
  phases: Phase[];
  audience: Audience;
  references: string[];
  checklist: boolean;
}
export interface Reference {
  id: string;
  kind: "regulation" | "decision" | "practice" | "tool" | "register";
  url: string | null;
}
export interface Catalogue {
  sections: Section[];
  items: Item[];
  references: Reference[];
}
export interface LocaleInfo {
  tag: string;
  name: string;
  dir: Dir;
  draft: boolean;
}
export interface LocaleBundle {
  locale: string;
  dir: Dir;
  draft: boolean;
  chain: string[];
  messages: Record<string, string>;
  fallback: string[];
  catalogue: Catalogue;
}
export interface Bootstrap {
  locales: LocaleInfo[];
  bundle: LocaleBundle;
}

/** The wire shape of every command error. */
export interface WireError {
  code: string;
  message: string;
  details: Record<string, unknown> | null;
}

export class IpcError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | null;
  constructor(wire: WireError) {
    super(wire.message);
    this.code = wire.code;
    this.details = wire.details;
  }
}

function isWireError(e: unknown): e is WireError {
  return typeof e === "object" && e !== null && typeof (e as WireError).code === "string";
}

/** Calls a command; maps any failure to an IpcError. */
export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isWireError(e)) throw new IpcError(e);
    throw new IpcError({ code: "internal", message: "ipc failure", details: null });
  }
}

export const api = {
  bootstrap: () => call<Bootstrap>("bootstrap"),
  setLocale: (tag: string) => call<LocaleBundle>("set_locale", { tag }),
  getBundle: (tag: string) => call<LocaleBundle>("get_bundle", { tag }),
};
