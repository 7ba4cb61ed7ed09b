// An in-memory stand-in for Trygg's Tauri shell, run inside the page before
// the app (page.addInitScript; see harness.mjs). It answers through the real
// `mockIPC` of @tauri-apps/api/mocks (event plugin mocked too), with the
// payload shapes of src-tauri/src/commands/*.rs and the core's serde types:
// every error is `{ code, message, details }`; case data needs an unlocked
// vault (else `locked`, as `with_vault` answers); saves stamp `updated`.
//
// This file is plain browser JavaScript: harness.mjs puts it, the mocks
// module and the data (bundles.mjs `shellData`) into one init script and
// calls `tryggFakeShell(data, options, mockIPC, mockWindows)`.
//
// Test hooks (test-only, on window): `__tryggShell.calls` (every command
// with a copy of its arguments), `__tryggShell.unknown` (commands this
// stand-in does not know: a test fails on any), `__tryggShell.emit(event)`.
/* eslint-disable no-unused-vars */
function tryggFakeShell(data, options, mockIPC, mockWindows) {
  "use strict";
  const clone = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const fail = (code, message, details = null) => {
    throw { code, message, details };
  };
  const invalid = (field, reason) => fail("invalid_input", "invalid input", { field, reason });

  const state = {
    passcode: options.passcode,
    unlocked: false,
    settings: Object.assign(
      { locale: null, cover: "calculator", idle_lock_secs: 120, retention_days: 180, backup_reminder_days: 30 },
      options.settings || {},
    ),
    attemptLimit: null,
    duress: false,
    cases: new Map(),
    plans: new Map(),
    contacts: new Map(),
    reviews: new Map(),
    meetings: new Map(),
    review: {}, // tag → key → {state, comment} set on this "device"
    lastExport: null,
    next: 1,
  };
  const calls = [];
  const unknown = [];

  const hex = (n) => n.toString(16).padStart(32, "0");
  const newId = () => hex(0x7a000000 + state.next++);
  const now = () => new Date().toISOString();
  const idOf = (v, field) => {
    if (typeof v !== "string" || !/^[0-9a-f]{32}$/.test(v)) invalid(field, "invalid_id");
    return v;
  };
  /** The open workspace's passcode, asked again before a sensitive action. */
  const reverify = (a) => {
    if (a.current === undefined || a.current === null) invalid("current", "required");
    if (str(a.current, "current") !== state.passcode) {
      fail("wrong_passcode", "wrong passcode", { attempts_left: state.attemptLimit, retry_after_secs: 0 });
    }
  };
  const needUnlocked = () => {
    if (!state.unlocked) fail("locked", "vault is locked");
  };
  const str = (v, field) => {
    if (typeof v !== "string") invalid("argument", "wrong_type");
    return v;
  };

  function bundle(tag) {
    const b = typeof tag === "string" && tag.length <= 16 ? data.bundles[tag] : undefined;
    if (!b) fail("unknown_locale", "unknown locale");
    return clone(b);
  }
  function startupLocale() {
    const l = state.settings.locale;
    return l && data.bundles[l] ? l : data.source;
  }

  // ---- cases (src/casebook) ---------------------------------------------
  function summary(id) {
    const c = state.cases.get(id);
    if (!c) fail("not_found", "not found");
    return { id, case: clone(c) };
  }
  function touch(id) {
    const c = state.cases.get(id);
    if (!c) fail("not_found", "not found");
    c.updated = now();
  }
  function checkAlias(alias) {
    const a = str(alias, "alias").trim();
    if (a === "") fail("invalid_input", "invalid input", { field: "alias", reason: "empty" });
    if ([...a].length > data.limits.alias) fail("invalid_input", "invalid input", { field: "alias", reason: "too_long" });
    return a;
  }
  function fresh(kind, caseId) {
    const v = clone(data.fresh[kind]);
    v.case_id = caseId;
    v.updated = now();
    return v;
  }
  function seedCase(alias, extra) {
    const id = newId();
    const t = now();
    state.cases.set(id, Object.assign({ alias, archived: false, colour: null, created: t, updated: t }, extra || {}));
    return id;
  }
  function aliasWarnings(alias) {
    const known = data.aliasWarnings.find((w) => w.alias === alias);
    if (known) return clone(known.warnings);
    const w = [];
    if (/\d{6,8}[-+]?\d{4}/.test(alias)) w.push("personal-identity-number");
    if (/gatan\s+\d/i.test(alias)) w.push("street-address");
    if (/\d[\d -]{6,}/.test(alias) && !w.includes("personal-identity-number")) w.push("phone-number");
    if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(alias)) w.push("full-name");
    return w;
  }
  function saveChild(store, a) {
    const id = idOf(a.caseId, "case_id");
    needUnlocked();
    const value = clone(a.value);
    if (!value || typeof value !== "object") invalid("argument", "wrong_type");
    touch(id);
    if (value.case_id !== id) fail("mismatch", "record belongs to another case");
    value.updated = now();
    store.set(id, clone(value));
    return value;
  }

  // ---- translation review (src/i18n/review) ------------------------------
  const catalogue = data.catalogue;
  function groupOf(key) {
    const id = key.split(".")[0];
    let section = null;
    if (id.startsWith("section-")) section = catalogue.sections.find((s) => s.id === id.slice(8))?.id ?? null;
    else if (id.startsWith("item-")) section = catalogue.items.find((i) => i.id === id.slice(5))?.section ?? null;
    else if (id.startsWith("ref-")) section = catalogue.items.find((i) => i.references.includes(id.slice(4)))?.section ?? null;
    return section ? { kind: "section", id: section } : { kind: "file", id: data.fileOf[key] || "ui" };
  }
  function rank(g) {
    const base = catalogue.sections.length;
    if (g.kind === "section") return [catalogue.sections.findIndex((s) => s.id === g.id), ""];
    if (g.id === "guidance") return [base, ""];
    if (g.id === "ui") return [base + 1, ""];
    return [base + 2, g.id];
  }
  function reviewEntry(tag, key) {
    return (state.review[tag] && state.review[tag][key]) || (data.states[tag] && data.states[tag][key]) || { state: "unreviewed", comment: "" };
  }
  function targetTag(tag) {
    if (typeof tag !== "string" || tag === data.source || !data.locales.some((l) => l.tag === tag)) fail("unknown_locale", "unknown locale");
    if (!data.raw[tag]) fail("unknown_locale", "unknown locale");
    return tag;
  }
  function row(source, target, key) {
    const e = reviewEntry(target, key);
    const src = data.raw[data.source][key];
    const vars = [...new Set([...src.matchAll(/\{\s*\$([\w-]+)\s*\}/g)].map((m) => m[1]))].sort();
    return {
      key,
      group: groupOf(key),
      source_text: data.raw[source][key] ?? null,
      target_text: data.raw[target][key] ?? null,
      imported: false,
      state: e.state,
      comment: e.comment,
      source_changed: false,
      vars,
    };
  }
  function progress(tag) {
    const p = { approved: 0, needs_change: 0, unreviewed: 0, total: 0, missing: 0 };
    for (const key of Object.keys(data.raw[data.source])) {
      if (data.raw[tag][key] === undefined) {
        p.missing++;
        continue;
      }
      p.total++;
      const s = reviewEntry(tag, key).state;
      if (s === "approved") p.approved++;
      else if (s === "needs-change") p.needs_change++;
      else p.unreviewed++;
    }
    return p;
  }

  // ---- the commands ---------------------------------------------------------
  const commands = {
    bootstrap: () => ({
      locales: clone(data.locales),
      bundle: bundle(startupLocale()),
      settings: clone(state.settings),
      vault: commands.vault_status(),
      vault_error: null,
    }),
    set_locale: (a) => {
      const b = bundle(str(a.tag));
      state.settings.locale = b.locale;
      return b;
    },
    get_bundle: (a) => bundle(str(a.tag)),

    vault_status: () => ({ initialised: true, unlocked: state.unlocked, retry_after_secs: 0, fresh: false }),
    vault_create: () => fail("already_initialised", "vault exists"),
    vault_unlock: (a) => {
      const p = str(a.passcode, "passcode");
      if ([...p].length > 256) invalid("passcode", "too_long");
      if (p !== state.passcode) fail("wrong_passcode", "wrong passcode", { attempts_left: state.attemptLimit, retry_after_secs: 0 });
      state.unlocked = true;
      return null;
    },
    vault_lock: () => {
      state.unlocked = false;
      return null;
    },
    vault_change_passcode: (a) => {
      needUnlocked();
      if (str(a.old) !== state.passcode) fail("wrong_passcode", "wrong passcode", { attempts_left: null, retry_after_secs: 0 });
      state.passcode = str(a.next);
      return null;
    },
    vault_security_info: () => {
      needUnlocked();
      return { attempt_limit: state.attemptLimit };
    },
    // Sensitive actions need the passcode again (`current`, Vault::reverify).
    vault_set_duress: (a) => {
      needUnlocked();
      reverify(a);
      state.duress = true;
      return null;
    },
    vault_remove_duress: (a) => {
      needUnlocked();
      reverify(a);
      state.duress = false;
      return null;
    },
    vault_set_attempt_limit: (a) => {
      if (a.limit !== null && (!Number.isInteger(a.limit) || a.limit < 3 || a.limit > 50)) invalid("limit", "out_of_range");
      needUnlocked();
      const weakens = a.limit === null ? state.attemptLimit !== null : state.attemptLimit !== null && a.limit > state.attemptLimit;
      if (weakens) reverify(a);
      state.attemptLimit = a.limit;
      return null;
    },
    // A small stand-in for the shell's rule (src/vault/strength.rs): enough
    // for the hint to show a refusal and an acceptance.
    passcode_strength: (a) => {
      const p = str(a.passcode, "passcode");
      if ([...p].length > 256) invalid("passcode", "too_long");
      const digits = /^[0-9\s]+$/.test(p) ? p.replace(/\s/g, "") : null;
      const kind = digits ? "digits" : "phrase";
      const refuse = (reason) => ({ kind, score: 0, acceptable: false, reason });
      if (digits) {
        if (digits.length < 6) return refuse("too_short");
        if (/^(.)\1+$/.test(digits)) return refuse("repeat");
        const steps = new Set([...digits].slice(1).map((c, i) => (Number(c) - Number(digits[i]) + 10) % 10));
        if (steps.size === 1) return refuse("sequence");
        return { kind, score: digits.length >= 12 ? 4 : digits.length >= 10 ? 3 : 2, acceptable: true, reason: null };
      }
      if ([...p].length < 8 || p.trim() === "") return refuse("too_short");
      return { kind, score: 3, acceptable: true, reason: null };
    },

    settings_get: () => clone(state.settings),
    settings_set: (a) => {
      const s = a.settings;
      if (!s || typeof s !== "object") invalid("argument", "wrong_type");
      if (s.locale !== null && !data.locales.some((l) => l.tag === s.locale)) invalid("locale", "unknown");
      state.settings = clone(s);
      return clone(state.settings);
    },

    case_list: () => {
      needUnlocked();
      return { cases: [...state.cases.keys()].map(summary), damaged: [] };
    },
    case_alias_warnings: (a) => {
      const alias = str(a.alias, "alias");
      if ([...alias].length > data.limits.alias) invalid("alias", "too_long");
      return aliasWarnings(alias);
    },
    case_create: (a) => {
      const alias = checkAlias(a.alias);
      needUnlocked();
      return summary(seedCase(alias));
    },
    case_update: (a) => {
      const id = idOf(a.id, "id");
      needUnlocked();
      const stored = state.cases.get(id);
      if (!stored) fail("not_found", "not found");
      const value = clone(a.value);
      checkAlias(value.alias);
      state.cases.set(id, Object.assign(value, { created: stored.created, updated: now() }));
      return summary(id);
    },
    case_delete: (a) => {
      const id = idOf(a.id, "id");
      needUnlocked();
      if (!state.cases.delete(id)) fail("not_found", "not found");
      for (const s of [state.plans, state.contacts, state.reviews]) s.delete(id);
      for (const [mid, m] of state.meetings) if (m.case_id === id) state.meetings.delete(mid);
      return null;
    },
    case_open: (a) => {
      const id = idOf(a.id, "id");
      needUnlocked();
      const s = summary(id);
      return {
        id,
        case: s.case,
        plan: clone(state.plans.get(id)) ?? fresh("plan", id),
        contact: clone(state.contacts.get(id)) ?? fresh("contact", id),
        review: clone(state.reviews.get(id)) ?? fresh("review", id),
        meetings: [...state.meetings]
          .filter(([, m]) => m.case_id === id)
          .map(([mid, m]) => ({ id: mid, meeting: clone(m) })),
        damaged: [],
      };
    },
    plan_save: (a) => saveChild(state.plans, a),
    contact_save: (a) => saveChild(state.contacts, a),
    review_save: (a) => saveChild(state.reviews, a),
    meeting_create: (a) => {
      const caseId = idOf(a.caseId, "case_id");
      if (typeof a.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) invalid("argument", "wrong_type");
      needUnlocked();
      touch(caseId);
      const id = newId();
      const meeting = fresh("meeting", caseId);
      meeting.date = a.date;
      state.meetings.set(id, meeting);
      return { id, meeting: clone(meeting) };
    },
    meeting_save: (a) => {
      const id = idOf(a.id, "id");
      needUnlocked();
      if (!state.meetings.has(id)) fail("not_found", "not found");
      const value = clone(a.value);
      value.updated = now();
      state.meetings.set(id, value);
      return { id, meeting: clone(value) };
    },
    meeting_delete: (a) => {
      const id = idOf(a.id, "id");
      needUnlocked();
      if (!state.meetings.delete(id)) fail("not_found", "not found");
      return null;
    },
    case_retention_due: () => {
      needUnlocked();
      return [];
    },

    // Backups (src-tauri/src/commands/backup.rs): the shell opens the file
    // dialog itself; here the practitioner always dismisses it.
    backup_status: () => {
      needUnlocked();
      return {
        last_export: state.lastExport,
        reminder_due: state.cases.size > 0 && state.lastExport === null && state.settings.backup_reminder_days > 0,
      };
    },
    backup_export: (a) => {
      str(a.passphrase, "passphrase");
      needUnlocked();
      reverify(a);
      fail("cancelled", "the file dialog was dismissed");
    },
    backup_import: (a) => {
      str(a.passphrase, "passphrase");
      if (!["replace", "merge"].includes(a.mode)) invalid("argument", "wrong_type");
      needUnlocked();
      if (a.mode === "replace") reverify(a);
      fail("cancelled", "the file dialog was dismissed");
    },

    review_load: (a) => {
      const source = a.source ?? data.source;
      if (!data.raw[source]) fail("unknown_locale", "unknown locale");
      const target = targetTag(a.target);
      const meta = (t) => data.locales.find((l) => l.tag === t);
      const rows = Object.keys(data.raw[data.source]).map((k) => row(source, target, k));
      const order = rows.map((r, i) => [rank(r.group), i, r]);
      order.sort((x, y) => x[0][0] - y[0][0] || x[0][1].localeCompare(y[0][1]) || x[1] - y[1]);
      return {
        source,
        source_dir: meta(source).dir,
        target,
        target_dir: meta(target).dir,
        progress: progress(target),
        rows: order.map((o) => o[2]),
        damaged_local: false,
      };
    },
    review_set: (a) => {
      const target = targetTag(a.target);
      const key = str(a.key);
      if (data.raw[data.source][key] === undefined) invalid("key", "unknown");
      if (!["unreviewed", "approved", "needs-change"].includes(a.state)) invalid("argument", "wrong_type");
      (state.review[target] ??= {})[key] = { state: a.state, comment: a.comment ?? "" };
      return row(data.source, target, key);
    },
    review_progress: () =>
      data.locales
        .filter((l) => l.tag !== data.source)
        .map((l) =>
          Object.assign(
            { locale: l.tag, name: l.name, dir: l.dir },
            data.raw[l.tag] ? progress(l.tag) : { approved: 0, needs_change: 0, unreviewed: 0, total: 0, missing: 0 },
          ),
        ),
    review_export: (a) => {
      const target = targetTag(a.target);
      const file_name = `${target}-20260301-100000.ftl`;
      return { path: `/data/exports/${file_name}`, file_name, bytes: 1024 };
    },
    review_import: (a) => {
      const target = targetTag(a.target);
      return {
        locale: target,
        errors: [],
        added: [],
        changed: [],
        unchanged: [],
        missing: [],
        unknown: [],
        variable_mismatch: [],
        reset: [],
        accepted: 0,
      };
    },
  };

  function handle(cmd, args) {
    calls.push({ cmd, args: clone(args ?? {}) });
    const fn = Object.prototype.hasOwnProperty.call(commands, cmd) ? commands[cmd] : null;
    if (!fn) {
      unknown.push(cmd);
      fail("internal", `unknown command ${cmd}`);
    }
    return fn(args ?? {});
  }

  for (const c of options.cases || []) {
    const id = seedCase(c.alias, c.colour ? { colour: c.colour } : undefined);
    if (c.situation) {
      const plan = fresh("plan", id);
      plan.situation = c.situation;
      state.plans.set(id, plan);
    }
  }

  mockWindows("main");
  // The shell answers asynchronously, as real IPC does.
  mockIPC(
    (cmd, args) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            resolve(handle(cmd, args));
          } catch (e) {
            reject(e);
          }
        }, 0);
      }),
    { shouldMockEvents: true },
  );

  window.__tryggShell = {
    calls,
    unknown,
    caseIds: () => [...state.cases.keys()],
    emit: (event, payload = null) => window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event, payload }),
  };
}
