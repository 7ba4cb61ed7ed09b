// The built UI in headless Debian Chromium, with the Tauri shell mocked.
//
// - A tiny static server (node:http, loopback only) serves the Vite build
//   (TRYGG_CHROMIUM_DIST, default tests/chromium/dist; scripts/chromium.sh
//   builds it) with the CSP of src-tauri/tauri.conf.json as a header, which
//   is how Tauri applies it; so a CSP violation shows here too.
// - Before the app's script runs, an init script installs the real
//   `mockIPC`/`mockWindows` of @tauri-apps/api/mocks with the fake shell of
//   shell.js, listens for `securitypolicyviolation`, and freezes
//   Object.prototype as Tauri's `freezePrototype: true` does.
// - `withApp` opens a fresh browser context (phone size by default), runs a
//   flow, then fails the test on any console error, uncaught exception,
//   CSP violation, failed or 4xx/5xx request, or command the fake shell
//   does not know.

import { createServer } from "node:http";
import { readFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import { REPO_ROOT, SUITE_DIR, shellData, textOf } from "./bundles.mjs";
import { keyTestId } from "../../e2e/lib/keys.mjs";

export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 820, height: 1180 };
/** The fake vault's passcode (six digits, so the calculator tries it). */
export const PASSCODE = "246810";
export const ARTIFACTS = join(SUITE_DIR, "artifacts");
export const DIST = resolve(process.env.TRYGG_CHROMIUM_DIST ?? join(SUITE_DIR, "dist"));
const CHROMIUM = process.env.TRYGG_CHROMIUM ?? "/usr/bin/chromium";
/** How long one wait or action may take before the test fails. The app answers
 *  in milliseconds; the margin is for a machine shared with builds. */
const WAIT_MS = 30000;

/** The CSP Tauri applies, from src-tauri/tauri.conf.json (string or map form). */
export function tauriCsp() {
  const conf = JSON.parse(readFileSync(join(REPO_ROOT, "src-tauri", "tauri.conf.json"), "utf8"));
  const csp = conf?.app?.security?.csp;
  if (typeof csp === "string" && csp.trim()) return csp.trim();
  if (csp && typeof csp === "object") {
    return Object.entries(csp)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(" ") : v}`)
      .join("; ");
  }
  throw new Error("src-tauri/tauri.conf.json has no app.security.csp");
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

/** Serves DIST on 127.0.0.1 (a free port) with the CSP header. */
export async function serve(dist = DIST) {
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(`${dist}/index.html not found: build the UI first (scripts/chromium.sh does)`);
  }
  const csp = tauriCsp();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // Chromium asks for a favicon on its own; a webview never does, and the
    // app ships none. Answered empty so the 404 does not read as an error.
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(dist, path === "/" ? "index.html" : path));
    if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, csp, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (scripts/chromium.sh does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

const MOCKS_SRC = readFileSync(
  join(REPO_ROOT, "ui", "node_modules", "@tauri-apps", "api", "mocks.js"),
  "utf8",
).replace(/^export\s*\{[^}]*\};?\s*$/m, "");
const SHELL_SRC = readFileSync(join(SUITE_DIR, "lib", "shell.js"), "utf8");
const DATA = shellData(["sv", "en", "ar"]);
const DATA_JSON = JSON.stringify(DATA);

/** The init script: mocks, the fake shell, CSP listener, frozen prototype. */
function initScript(options) {
  return `(() => {
${MOCKS_SRC}
${SHELL_SRC}
window.__tryggCsp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__tryggCsp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample,
    source: e.sourceFile + ":" + e.lineNumber });
});
tryggFakeShell(${DATA_JSON}, ${JSON.stringify(options)}, mockIPC, mockWindows);
})();
Object.freeze(Object.prototype);
`;
}

/** A user-visible message of a locale (placeholders filled, no isolation marks). */
export function t(locale, key, args) {
  const b = DATA.bundles[locale];
  if (!b) throw new Error(`no bundle for ${locale}`);
  return textOf(b, key, args);
}

/** The fake shell's data (bundles, catalogue), for tests that pick content. */
export const shell = DATA;

/** Test context: one browser and one server per test file. */
export async function setup() {
  const [browser, server] = await Promise.all([launch(), serve()]);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a fresh context and runs `flow(app)`; then checks that
 * nothing went wrong in the page. Options: viewport (PHONE), locale (the
 * remembered UI language), cover ("calculator" | "passcode"), cases
 * ([{alias, situation?, colour?}] already in the vault).
 */
export async function withApp(env, opts, flow) {
  const viewport = opts.viewport ?? PHONE;
  const context = await env.browser.newContext({
    viewport,
    screen: viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: "sv-SE",
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(
    initScript({
      passcode: PASSCODE,
      settings: { locale: opts.locale ?? null, cover: opts.cover ?? "calculator" },
      cases: opts.cases ?? [],
    }),
  );
  const app = new App(page, viewport, opts.locale ?? "sv");
  let error = null;
  try {
    await page.goto(env.server.url);
    await flow(app);
  } catch (e) {
    error = e;
  }
  try {
    if (!page.isClosed()) {
      const seen = await page.evaluate(() => ({
        csp: window.__tryggCsp ?? [],
        unknown: window.__tryggShell?.unknown ?? [],
      }));
      for (const v of seen.csp) problems.push(`CSP violation: ${JSON.stringify(v)}`);
      for (const c of seen.unknown) problems.push(`command the fake shell does not know: ${c}`);
    }
  } catch {
    // A page that crashed has told its errors already.
  } finally {
    await context.close();
  }
  const report = `the page reported problems:\n  ${problems.join("\n  ")}`;
  if (error) {
    if (problems.length > 0 && error instanceof Error) error.message += `\n(${report})`;
    throw error;
  }
  if (problems.length > 0) throw new Error(report);
}

export class App {
  constructor(page, viewport, locale) {
    this.page = page;
    this.viewport = viewport;
    this.locale = locale;
  }

  /** A message in the app's current locale, as a user reads it. */
  t(key, args) {
    return t(this.locale, key, args);
  }

  id(testid) {
    return this.page.getByTestId(testid, { exact: true });
  }

  async visible(testid) {
    await this.id(testid).waitFor({ state: "visible" });
    return this.id(testid);
  }

  async text(testid) {
    await this.id(testid).waitFor({ state: "visible" });
    return ((await this.id(testid).textContent()) ?? "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();
  }

  /** Waits until `fn` (run in the page with `arg`) returns something truthy. */
  async until(fn, arg) {
    return (await this.page.waitForFunction(fn, arg, { timeout: WAIT_MS })).jsonValue();
  }

  /** Calls the fake shell received, optionally of one command. */
  async calls(cmd) {
    const all = await this.page.evaluate(() => window.__tryggShell.calls);
    return cmd ? all.filter((c) => c.cmd === cmd) : all;
  }

  /** Taps calculator keys: digits and + - * / = C as on the keyboard. */
  async calc(keys) {
    for (const k of keys) await this.id(keyTestId(k)).tap();
  }

  /**
   * Holds a calculator key down with a finger for `ms` (a real touch
   * through the DevTools protocol: touchstart, then touchend), as the
   * practitioner holds "=" after the code.
   */
  async hold(id, ms = 1800) {
    const box = await this.id(`calc-key-${id}`).boundingBox();
    if (!box) throw new Error(`calc-key-${id} is not on screen`);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
      await this.page.waitForTimeout(ms);
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    } finally {
      await cdp.detach();
    }
  }

  /** Unlocks from the calculator cover (typing the passcode, then holding
   *  Enter, the keyboard's "="; cover.test.mjs uses the keys) and waits
   *  for the open app. */
  async unlock() {
    await this.visible("calculator");
    await this.page.keyboard.type(`${PASSCODE}`);
    await this.page.keyboard.down("Enter");
    await this.page.waitForTimeout(1800);
    await this.page.keyboard.up("Enter");
    await this.visible("nav-guidance");
  }

  async nav(view) {
    await this.id(`nav-${view}`).click();
    await this.until((v) => document.querySelector(`[data-testid="nav-${v}"]`)?.getAttribute("aria-current") === "page", view);
  }

  /**
   * Horizontal overflow: of the document (the window scrolls sideways) and
   * of inner scroll containers (e.g. the person view, a fixed full-screen
   * layer with its own scrolling). `offenders` names what sticks out.
   * Containers meant to scroll sideways (the view nav) are left out.
   *
   * Widths are measured against the layout viewport (the root's
   * clientWidth): in mobile Chromium (as in Android's WebView) content
   * wider than the screen zooms the page out, and `innerWidth` grows with
   * it, so `scrollWidth <= innerWidth` alone would hide the overflow.
   */
  async overflow() {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const width = document.documentElement.clientWidth;
      const name = (el) => {
        const id = el.getAttribute("data-testid");
        const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
        return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ""}${cls}`;
      };
      // The outermost elements that stick out (their parent fits), outside
      // anything that clips or scrolls them and outside fixed layers.
      const sticks = (el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
      };
      const contained = (el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.overflowX !== "visible" || cs.position === "fixed") return true;
        }
        return getComputedStyle(el).position === "fixed";
      };
      const offenders = [];
      if (root.scrollWidth > width) {
        for (const el of document.body.querySelectorAll("*")) {
          if (!sticks(el) || (el.parentElement && el.parentElement !== document.body && sticks(el.parentElement))) continue;
          if (contained(el)) continue;
          const r = el.getBoundingClientRect();
          offenders.push(`${name(el)} ${Math.round(r.left)}..${Math.round(r.right)}`);
          if (offenders.length >= 8) break;
        }
        // Boxes that fit but whose content (a long word, a wide child) does not.
        const spills = (el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible";
        for (const el of document.body.querySelectorAll("*")) {
          if (offenders.length >= 8) break;
          if (!spills(el) || contained(el) || [...el.children].some(spills)) continue;
          offenders.push(`content of ${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
        }
      }
      const inner = [];
      for (const el of document.body.querySelectorAll("*")) {
        if (el.matches("nav.views")) continue; // scrolls sideways by design
        const ox = getComputedStyle(el).overflowX;
        if ((ox === "auto" || ox === "scroll") && el.scrollWidth > el.clientWidth + 1) {
          inner.push(`${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, innerWidth: window.innerWidth, offenders, inner };
    });
  }

  /** Fails unless nothing scrolls sideways (see `overflow`). */
  async assertFits(where) {
    const o = await this.overflow();
    const w = this.viewport.width;
    if (o.scrollWidth > w || o.clientWidth > w || o.innerWidth > w || o.inner.length > 0) {
      throw new Error(`${where} overflows horizontally at ${this.viewport.width}px: ${JSON.stringify(o)}`);
    }
  }

  async screenshot(name) {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Let a frame settle so the picture is of the state just waited for.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: false });
    return path;
  }
}
