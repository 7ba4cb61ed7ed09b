// The open case and the case list, held while the vault is open, and the
// autosave of every part. Everything decrypted that the UI holds lives here
// (or in component state that registers its own drop), and `drop()` — run
// by session.onDrop on hide and lock — sets all of it to null.
import { asIpcError, casesApi, IpcError, type CaseFile, type CaseSummary, type MeetingEntry } from "./ipc";
import {
  moveItem,
  stepMoved,
  stepRemoved,
  type Case,
  type ContactAgreement,
  type CrisisPlan,
  type Meeting,
  type SituationReview,
} from "./domain";
import { session } from "./session.svelte";

/** Edits are saved this long after the last keystroke. */
export const SAVE_DEBOUNCE_MS = 600;

export type SaveState = "idle" | "pending" | "saving" | "saved" | "error";

/** What a status display needs of a saver. */
export interface SaveStatus {
  readonly state: SaveState;
  readonly error: IpcError | null;
  retry(): void;
}


/**
 * Saves one document (a plan, an agreement, a review, a meeting, a case)
 * a moment after the last edit. The document is the live object the inputs
 * are bound to; the saver never replaces it, so nothing typed is lost:
 * - a failed save leaves the text on screen and shows the error; the next
 *   edit (or "try again") saves again;
 * - the stored value that comes back is merged in field by field, and only
 *   `updated` when the user typed on while the save was under way.
 */
export class Autosaver<T extends { updated: string }> implements SaveStatus {
  state = $state<SaveState>("idle");
  error = $state<IpcError | null>(null);
  #doc: T | null;
  #save: (snapshot: T) => Promise<T>;
  #onSaved: ((stored: T) => void) | undefined;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #gen = 0;
  #sentGen = 0;
  #inFlight = 0;
  #again = false;
  #dead = false;

  constructor(
    doc: T,
    save: (snapshot: T) => Promise<T>,
    opts: { delay?: number; onSaved?: (stored: T) => void } = {},
  ) {
    this.#doc = doc;
    this.#save = save;
    this.#delay = opts.delay ?? SAVE_DEBOUNCE_MS;
    this.#onSaved = opts.onSaved;
  }

  /** Whether there are edits not yet sent. */
  get dirty(): boolean {
    return this.#gen !== this.#sentGen;
  }

  /** Call after every change to the document. */
  edited(): void {
    if (this.#dead) return;
    this.#gen++;
    if (this.state !== "error") this.state = "pending";
    this.#schedule(this.#delay);
  }

  /** Saves now if anything is unsaved (e.g. before leaving the case). */
  flush(): void {
    if (this.#dead || !this.dirty) return;
    this.#clearTimer();
    this.#run(true);
  }

  /** Tries a failed save again. */
  retry(): void {
    if (this.#dead) return;
    this.#clearTimer();
    this.#run(false);
  }

  /** Sends what is unsaved, then forgets the document; answers that
   *  arrive later are ignored. */
  close(flush = true): void {
    if (this.#dead) return;
    if (flush && this.dirty) {
      this.#clearTimer();
      this.#run(true);
    }
    this.#clearTimer();
    this.#dead = true;
    this.#doc = null;
    this.error = null;
    this.state = "idle";
  }

  #clearTimer() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(ms: number) {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#run(false);
    }, ms);
  }

  /** Takes the snapshot synchronously, so what is sent is what was on
   *  screen when the save started. */
  #run(force: boolean) {
    const doc = this.#doc;
    if (!doc) return;
    if (this.#inFlight > 0 && !force) {
      this.#again = true;
      return;
    }
    const sent = this.#gen;
    this.#sentGen = sent;
    const snapshot = $state.snapshot(doc) as T;
    this.#inFlight++;
    this.state = "saving";
    this.#save(snapshot).then(
      (stored) => {
        this.#inFlight--;
        if (this.#dead || !this.#doc) return;
        mergeStored(this.#doc, stored, this.#gen === sent);
        this.error = null;
        this.#onSaved?.(stored);
        this.#settle(sent, "saved");
      },
      (e: unknown) => {
        this.#inFlight--;
        if (this.#dead) return;
        this.error = asIpcError(e);
        // Nothing new arrived since: it counts as unsaved again.
        if (this.#sentGen === sent) this.#sentGen = -1;
        this.#settle(sent, "error");
      },
    );
  }

  #settle(sent: number, outcome: "saved" | "error") {
    if (this.#inFlight > 0) return; // a newer save is under way
    if (this.#again) {
      this.#again = false;
      this.state = "pending";
      this.#schedule(0);
      return;
    }
    if (this.#gen !== sent && this.#timer !== null) {
      this.state = outcome === "error" ? "error" : "pending";
      return;
    }
    this.state = outcome;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Brings the stored value into the live document. `updated` always comes
 * from the store; other fields only when nothing was typed since the save
 * started (`untouched`) and only where they differ, so bound inputs keep
 * their cursor and no in-flight keystroke is overwritten.
 */
export function mergeStored<T extends { updated: string }>(doc: T, stored: T, untouched: boolean): void {
  doc.updated = stored.updated;
  if (!untouched) return;
  const target = doc as Record<string, unknown>;
  for (const [k, v] of Object.entries(stored as Record<string, unknown>)) {
    if (k !== "updated" && !same(target[k], v)) target[k] = v;
  }
}

/** Everything of the case that is open: the shell's CaseFile, as it came. */
export type OpenCase = CaseFile;

interface Savers {
  case: Autosaver<Case>;
  plan: Autosaver<CrisisPlan>;
  contact: Autosaver<ContactAgreement>;
  review: Autosaver<SituationReview>;
  meetings: Map<string, Autosaver<Meeting>>;
}

class CasesStore {
  /** All cases (null until loaded, and after a drop). */
  list = $state<CaseSummary[] | null>(null);
  /** IDs of case records that could not be opened. */
  damaged = $state<string[]>([]);
  /** The open case (null when none, and after a drop). */
  current = $state<OpenCase | null>(null);
  /** Cases untouched longer than the retention setting. */
  due = $state<CaseSummary[] | null>(null);
  /** The case being opened, for a busy state. */
  opening = $state<string | null>(null);
  /** An error of listing, opening, creating or deleting. */
  error = $state<IpcError | null>(null);
  /** The savers of the open case; null when none is open. */
  savers = $state<Savers | null>(null);
  #openToken = 0;
  /** Raised by every drop: an answer to a call made before a hide (or a
   *  lock) is thrown away, so no alias comes back into the store after it
   *  was emptied, not even into the decoy workspace opened next. */
  #generation = 0;

  constructor() {
    session.onDrop(() => this.drop());
  }

  async loadList(): Promise<void> {
    const gen = this.#generation;
    try {
      const l = await casesApi.list();
      if (gen !== this.#generation) return;
      this.list = l.cases;
      this.damaged = l.damaged;
    } catch (e) {
      if (gen === this.#generation) this.error = asIpcError(e);
    }
  }

  async loadDue(): Promise<void> {
    const gen = this.#generation;
    try {
      const due = await casesApi.retentionDue();
      if (gen === this.#generation) this.due = due;
    } catch (e) {
      if (gen === this.#generation) this.error = asIpcError(e);
    }
  }

  /** Opens a case; resolves true when it is shown. */
  async open(id: string): Promise<boolean> {
    const token = ++this.#openToken;
    this.closeCurrent();
    this.opening = id;
    try {
      const file = await casesApi.open(id);
      if (token !== this.#openToken) return false;
      this.current = file;
      this.#makeSavers(this.current);
      this.error = null;
      return true;
    } catch (e) {
      if (token === this.#openToken) this.error = asIpcError(e);
      return false;
    } finally {
      if (token === this.#openToken) this.opening = null;
    }
  }

  #makeSavers(c: OpenCase) {
    const id = c.id;
    const meetings = new Map<string, Autosaver<Meeting>>();
    for (const m of c.meetings) meetings.set(m.id, this.#meetingSaver(m));
    this.savers = {
      case: new Autosaver(c.case, async (v) => (await casesApi.update(id, v)).case, {
        onSaved: (stored) => this.#updateListed(id, stored),
      }),
      plan: new Autosaver(c.plan, (v) => casesApi.savePlan(id, v)),
      contact: new Autosaver(c.contact, (v) => casesApi.saveContact(id, v)),
      review: new Autosaver(c.review, (v) => casesApi.saveReview(id, v)),
      meetings,
    };
  }

  #meetingSaver(entry: MeetingEntry): Autosaver<Meeting> {
    return new Autosaver(entry.meeting, async (v) => (await casesApi.saveMeeting(entry.id, v)).meeting);
  }

  #updateListed(id: string, value: Case) {
    for (const l of [this.list, this.due]) {
      const hit = l?.find((s) => s.id === id);
      if (hit) hit.case = { ...value };
    }
  }

  /** The saver of a meeting of the open case. */
  meetingSaver(id: string): Autosaver<Meeting> | null {
    return this.savers?.meetings.get(id) ?? null;
  }

  /** Sends unsaved edits and closes the open case. */
  closeCurrent(): void {
    this.#closeSavers(true);
    this.current = null;
  }

  #closeSavers(flush: boolean) {
    const s = this.savers;
    if (!s) return;
    for (const saver of [s.case, s.plan, s.contact, s.review, ...s.meetings.values()]) {
      saver.close(flush);
    }
    this.savers = null;
  }

  /** Creates a case (with a colour, if chosen) and opens it. */
  async create(alias: string, colour: Case["colour"]): Promise<string | null> {
    const gen = this.#generation;
    try {
      let made = await casesApi.create(alias);
      if (colour) made = await casesApi.update(made.id, { ...made.case, colour });
      if (gen !== this.#generation) return null;
      this.list = [made, ...(this.list ?? [])];
      this.error = null;
      await this.open(made.id);
      return made.id;
    } catch (e) {
      if (gen === this.#generation) this.error = asIpcError(e);
      return null;
    }
  }

  /** Deletes a case and everything of it, at once. Throws on failure. */
  async remove(id: string): Promise<void> {
    if (this.current?.id === id) {
      this.#openToken++;
      this.#closeSavers(false);
      this.current = null;
    }
    await casesApi.delete(id);
    if (this.list) this.list = this.list.filter((c) => c.id !== id);
    if (this.due) this.due = this.due.filter((c) => c.id !== id);
  }

  // ---- edits that touch more than one part --------------------------------

  /** Removes a plan step and keeps the review's links to steps right. */
  removeStep(index: number): void {
    const c = this.current;
    if (!c) return;
    c.plan.steps.splice(index, 1);
    const before = c.review.linked_measures.length;
    const links = [...c.review.linked_measures];
    stepRemoved(c.review, index);
    this.savers?.plan.edited();
    if (before !== c.review.linked_measures.length || !same(links, c.review.linked_measures)) {
      this.savers?.review.edited();
    }
  }

  /** Moves a plan step and keeps the review's links to steps right. */
  moveStep(from: number, to: number): void {
    const c = this.current;
    if (!c || to < 0 || to >= c.plan.steps.length || from === to) return;
    moveItem(c.plan.steps, from, to);
    const links = [...c.review.linked_measures];
    stepMoved(c.review, from, to);
    this.savers?.plan.edited();
    if (!same(links, c.review.linked_measures)) this.savers?.review.edited();
  }

  // ---- meetings -------------------------------------------------------------

  async createMeeting(date: string): Promise<string | null> {
    const c = this.current;
    if (!c) return null;
    try {
      const entry = await casesApi.createMeeting(c.id, date);
      if (this.current !== c || !this.savers) return null;
      c.meetings.unshift(entry);
      const live = c.meetings[0];
      if (live) this.savers.meetings.set(live.id, this.#meetingSaver(live));
      this.error = null;
      return entry.id;
    } catch (e) {
      this.error = asIpcError(e);
      return null;
    }
  }

  async deleteMeeting(id: string): Promise<void> {
    const c = this.current;
    if (!c) return;
    this.savers?.meetings.get(id)?.close(false);
    this.savers?.meetings.delete(id);
    await casesApi.deleteMeeting(id);
    const i = c.meetings.findIndex((m) => m.id === id);
    if (i >= 0) c.meetings.splice(i, 1);
  }

  /**
   * Forgets every decrypted value (hide, lock). Unsaved edits are sent
   * first — the call carries its own copy — so nothing typed is lost.
   */
  drop(): void {
    this.#generation++;
    this.#openToken++;
    this.#closeSavers(true);
    this.current = null;
    this.list = null;
    this.due = null;
    this.damaged = [];
    this.opening = null;
    this.error = null;
  }
}

export const cases = new CasesStore();
