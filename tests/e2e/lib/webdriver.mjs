// A small W3C WebDriver client over plain HTTP (Node's global fetch), enough
// to drive Trygg through tauri-driver. No browser download, no dependencies.
//
// Why every request is retried: about one session in ten, tauri-driver
// loses a request on its hop to WebKitWebDriver (the client sees "fetch
// failed" / "socket hang up"; the driver logs "Connection reset by peer"), so
// a request without an answer is sent again, up to 5 tries with backoff.
// Session creation is the exception (see Driver.newSession in driver.mjs):
// it is re-sent only once the driver reports that no session exists, so a
// retry never leaks a session.

/** The key under which W3C WebDriver returns an element reference. */
export const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

const DEFAULT_TRIES = 5;
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** An error the remote end answered with (as opposed to a transport error). */
export class WebDriverError extends Error {
  constructor(status, error, message, method, path) {
    super(`${method} ${path}: ${error}: ${message}`);
    this.name = "WebDriverError";
    this.status = status;
    this.error = error;
  }
}

/** The request never got an answer: connection refused, reset or dropped. */
export class TransportError extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = "TransportError";
  }
}

const TRANSPORT_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
]);

/** Whether `e` (from fetch or reading its body) means "no answer came". */
export function isTransportError(e) {
  if (e instanceof TransportError) return true;
  if (!(e instanceof Error)) return false;
  if (e.name === "TimeoutError" || e.name === "AbortError") return true;
  const code = e.code ?? e.cause?.code;
  if (code && TRANSPORT_CODES.has(code)) return true;
  const text = `${e.message} ${e.cause?.message ?? ""}`;
  return /fetch failed|socket hang up|other side closed|terminated|ECONNRESET/i.test(text);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts of retried requests in this process, for the run log. */
export const retryStats = { transportRetries: 0 };

/**
 * One HTTP request to a WebDriver endpoint, retried on transport errors
 * with backoff (200, 400, 800, 1600 ms). Returns the `value` of the answer;
 * throws WebDriverError for an error answer, TransportError when every try
 * failed.
 */
export async function wdRequest(baseUrl, method, path, body, opts = {}) {
  const tries = opts.tries ?? DEFAULT_TRIES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const log = opts.log ?? (() => {});
  let last;
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const res = await fetch(baseUrl + path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let json;
      try {
        json = text ? JSON.parse(text) : {};
      } catch {
        throw new WebDriverError(res.status, "invalid response", text.slice(0, 200), method, path);
      }
      const value = json?.value;
      if (!res.ok || (value && typeof value === "object" && typeof value.error === "string")) {
        throw new WebDriverError(res.status, value?.error ?? "unknown error", value?.message ?? "", method, path);
      }
      return value ?? null;
    } catch (e) {
      if (!isTransportError(e) || opts.noRetry) {
        if (isTransportError(e)) throw new TransportError(`${method} ${path}: ${e.message}`, e);
        throw e;
      }
      last = e;
      if (attempt < tries) {
        retryStats.transportRetries++;
        log(`transport error on ${method} ${path} (try ${attempt}/${tries}): ${e.cause?.code ?? ""} ${e.message}; retrying`);
        await sleep(200 * 2 ** (attempt - 1));
      }
    }
  }
  throw new TransportError(`${method} ${path}: no answer after ${tries} tries: ${last?.message}`, last);
}

/** An element reference bound to its session. */
export class Element {
  constructor(session, id, selector) {
    this.session = session;
    this.id = id;
    this.selector = selector;
  }
  #p(suffix) {
    return `/element/${this.id}${suffix}`;
  }
  toJSON() {
    return { [ELEMENT_KEY]: this.id };
  }
  click() {
    return this.session.cmd("POST", this.#p("/click"), {});
  }
  /**
   * Presses the element with the primary pointer, holds it `ms`, releases
   * (W3C actions: real pointerdown/up events in the page, then a click).
   */
  async hold(ms) {
    try {
      await this.session.cmd("POST", "/actions", {
        actions: [
          {
            type: "pointer",
            id: "finger",
            parameters: { pointerType: "mouse" },
            actions: [
              { type: "pointerMove", duration: 0, origin: this.toJSON(), x: 0, y: 0 },
              { type: "pointerDown", button: 0 },
              { type: "pause", duration: ms },
              { type: "pointerUp", button: 0 },
            ],
          },
        ],
      });
    } finally {
      await this.session.cmd("DELETE", "/actions").catch(() => undefined);
    }
  }
  clear() {
    return this.session.cmd("POST", this.#p("/clear"), {});
  }
  /** Types `text` into the element (W3C Element Send Keys). */
  sendKeys(text) {
    return this.session.cmd("POST", this.#p("/value"), { text: String(text) });
  }
  /** The rendered text, as a user sees it (hidden text is left out). */
  text() {
    return this.session.cmd("GET", this.#p("/text"));
  }
  attribute(name) {
    return this.session.cmd("GET", this.#p(`/attribute/${encodeURIComponent(name)}`));
  }
  property(name) {
    return this.session.cmd("GET", this.#p(`/property/${encodeURIComponent(name)}`));
  }
  /** WebDriver's own "is displayed" (WebKit's says yes for the body of a
   *  closed <details>; prefer visible()). */
  displayed() {
    return this.session.cmd("GET", this.#p("/displayed"));
  }
  /**
   * Whether a user can see the element: rendered, not display:none or
   * visibility:hidden or opacity 0 (itself or an ancestor), not inside a
   * closed <details>. Uses Element.checkVisibility() (WebKitGTK 2.44+).
   */
  visible() {
    return this.session.execute(
      `const el = arguments[0];
       if (!el.isConnected) return false;
       if (typeof el.checkVisibility !== "function") throw new Error("checkVisibility unsupported");
       return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });`,
      this,
    );
  }
  find(css) {
    return this.session.findIn(this, css);
  }
  findAll(css) {
    return this.session.findAllIn(this, css);
  }
}

/** Converts element references in a script result into Element objects. */
function revive(session, v) {
  if (Array.isArray(v)) return v.map((x) => revive(session, x));
  if (v && typeof v === "object") {
    if (typeof v[ELEMENT_KEY] === "string" && Object.keys(v).length === 1) {
      return new Element(session, v[ELEMENT_KEY], "(script)");
    }
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = revive(session, x);
    return out;
  }
  return v;
}

/** Errors that mean "not (yet) there": worth polling again. */
const TRANSIENT = new Set(["no such element", "stale element reference", "element not interactable"]);

/** A live WebDriver session. Create it with Driver.newSession (driver.mjs). */
export class Session {
  constructor(baseUrl, id, capabilities, opts = {}) {
    this.baseUrl = baseUrl;
    this.id = id;
    this.capabilities = capabilities;
    this.log = opts.log ?? (() => {});
    this.deleted = false;
  }

  /** A command on this session, retried on transport errors. */
  cmd(method, path, body) {
    return wdRequest(this.baseUrl, method, `/session/${this.id}${path}`, body, { log: this.log });
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this, v[ELEMENT_KEY], css);
  }
  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map((e) => new Element(this, e[ELEMENT_KEY], css));
  }
  async findIn(parent, css) {
    const v = await this.cmd("POST", `/element/${parent.id}/element`, { using: "css selector", value: css });
    return new Element(this, v[ELEMENT_KEY], css);
  }
  async findAllIn(parent, css) {
    const v = await this.cmd("POST", `/element/${parent.id}/elements`, { using: "css selector", value: css });
    return v.map((e) => new Element(this, e[ELEMENT_KEY], css));
  }
  /** The element, or null when none matches. */
  async maybeFind(css) {
    const all = await this.findAll(css);
    return all[0] ?? null;
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the page. */
  async execute(script, ...args) {
    return revive(this, await this.cmd("POST", "/execute/sync", { script, args }));
  }
  /** Like execute, but the script calls `arguments[arguments.length - 1](result)`. */
  async executeAsync(script, ...args) {
    return revive(this, await this.cmd("POST", "/execute/async", { script, args }));
  }

  getWindowRect() {
    return this.cmd("GET", "/window/rect");
  }
  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }
  title() {
    return this.cmd("GET", "/title");
  }
  setTimeouts(t) {
    return this.cmd("POST", "/timeouts", t);
  }
  /** A PNG screenshot of the viewport, as a Buffer. */
  async screenshot() {
    const b64 = await this.cmd("GET", "/screenshot");
    return Buffer.from(b64, "base64");
  }

  /** Ends the session (the app quits). Safe to call twice. */
  async delete() {
    if (this.deleted) return;
    this.deleted = true;
    await wdRequest(this.baseUrl, "DELETE", `/session/${this.id}`, undefined, { log: this.log, timeoutMs: 20_000 });
  }

  // ---- waiting -------------------------------------------------------------

  /**
   * Polls `predicate` (async, returns a truthy value when done) until it
   * returns truthy or `timeout` ms pass. Element-not-there errors count as
   * "not yet". Returns the truthy value.
   */
  async waitFor(predicate, { timeout = 10_000, interval = 100, message } = {}) {
    const deadline = Date.now() + timeout;
    let lastErr;
    for (;;) {
      try {
        const v = await predicate();
        if (v) return v;
        lastErr = undefined;
      } catch (e) {
        if (!(e instanceof WebDriverError && TRANSIENT.has(e.error))) throw e;
        lastErr = e;
      }
      if (Date.now() > deadline) {
        const why = message ?? predicate.toString().slice(0, 120);
        throw new Error(`waitFor timed out after ${timeout} ms: ${why}${lastErr ? ` (last: ${lastErr.message})` : ""}`);
      }
      await sleep(interval);
    }
  }

  /** Waits until `css` matches a visible element; returns it. */
  waitForVisible(css, opts = {}) {
    return this.waitFor(
      async () => {
        for (const el of await this.findAll(css)) if (await el.visible()) return el;
        return null;
      },
      { message: `${css} visible`, ...opts },
    );
  }

  /** Waits until no visible element matches `css`. */
  waitForHidden(css, opts = {}) {
    return this.waitFor(
      async () => {
        for (const el of await this.findAll(css)) if (await el.visible()) return false;
        return true;
      },
      { message: `${css} hidden`, ...opts },
    );
  }

  /**
   * Waits until the element at `css` has text matching `expected` (a string
   * it must contain, or a RegExp). Returns the text.
   */
  async waitForText(css, expected, opts = {}) {
    let seen;
    try {
      return await this.waitFor(
        async () => {
          const el = await this.find(css);
          seen = await el.text();
          const ok = expected instanceof RegExp ? expected.test(seen) : seen.includes(expected);
          return ok ? seen : null;
        },
        { message: `${css} text ${expected}`, ...opts },
      );
    } catch (e) {
      if (seen !== undefined) e.message += ` (text was ${JSON.stringify(seen.slice(0, 200))})`;
      throw e;
    }
  }
}
