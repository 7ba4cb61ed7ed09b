// Shared set-up for the suites: launch Trygg with a fresh (or given) profile,
// quit it, restart it on the same profile, resize it, take screenshots.
//
//   const app = await launchApp({ name: "vault" });       // fresh profile, Swedish OS: set-up screen
//   await app.setUpVault("602914378155");                 // creates the vault; the app is open
//   ... app.session.find(...) ...
//   const again = await app.restart();                    // same profile, new process: the cover
//   await again.unlock("602914378155");
//   await again.quit();
//
// launchApp({ passcode }) does the set-up or unlock itself (and so does
// restart() of an app launched that way).
//
// Every launch starts its own tauri-driver (see driver.mjs for why), with
// the app's data dir given both as `--data-dir <dir>` and as TRYGG_DATA_DIR.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Driver } from "./driver.mjs";
import { APP_BIN, DOCS_SCREENSHOTS, LOGS, PROFILES, RUN_ID, SCREENSHOTS } from "./paths.mjs";
import { setSelect } from "./ui.mjs";
import { sleep } from "./webdriver.mjs";

export * from "./paths.mjs";
export { sleep } from "./webdriver.mjs";

/** How long to let the compositor catch up before a screenshot. */
/** How long the e2e suites hold "=" to unlock (the app needs 1.5 s). */
export const EQUALS_HOLD_MS = 1800;
export const SETTLE_MS = 300;

/** Phone and tablet viewports (CSS px) used for screenshots. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
};

/** An OS locale (LANG) per UI locale tag, so start-up negotiation is fixed. */
const OS_LOCALES = { sv: "sv_SE.UTF-8", en: "en_GB.UTF-8" };

function osLocaleEnv(tag) {
  if (tag === null) return {}; // leave the environment's locale alone
  const lang = OS_LOCALES[tag] ?? `${tag.replace(/-/g, "_")}.UTF-8`;
  // The app reads LANGUAGE first (honoured as LANG is not C), then LANG
  // (src-tauri/src/os_locale.rs).
  return { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: lang, LANGUAGE: tag };
}

/** A new empty profile (app data dir) under artifacts/profiles/<run>/. */
export function newProfileDir(name = "profile") {
  const base = join(PROFILES, RUN_ID);
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}

function stamp() {
  return new Date().toISOString().slice(11, 23);
}

let launches = 0;

/**
 * Starts Trygg and opens a WebDriver session on it.
 * @param {object} [o]
 * @param {string} [o.name] names the profile and the driver log
 * @param {string} [o.profileDir] reuse this profile (default: a fresh one)
 * @param {string|null} [o.locale] OS language the app starts with ("sv"); null = inherit
 * @param {Record<string,string|undefined>} [o.env] extra environment for the app
 * @param {string[]} [o.args] extra command-line arguments for the app
 * @param {{width:number,height:number}} [o.viewport] initial viewport
 * @param {string} [o.passcode] if given, create the vault with it (first use)
 *   or unlock with it, so the app is open when this resolves
 * @param {"calculator"|"passcode"} [o.cover] the cover chosen at set-up
 * @returns {Promise<App>}
 */
export async function launchApp(o = {}) {
  if (!existsSync(APP_BIN)) {
    throw new Error(`${APP_BIN} does not exist; build it with \`make app\``);
  }
  const opts = { name: "app", locale: "sv", env: {}, args: [], ...o };
  const profileDir = opts.profileDir ?? newProfileDir(opts.name);
  const n = ++launches;
  const logFile = join(LOGS, RUN_ID, `${opts.name}-${process.pid}-${n}.log`);
  const log = (msg) => {
    const line = `[e2e ${stamp()} ${opts.name}#${n}] ${msg}`;
    console.error(line);
  };
  const driver = new Driver({
    env: { ...osLocaleEnv(opts.locale), TRYGG_DATA_DIR: profileDir, ...opts.env },
    logFile,
    log,
  });
  await driver.start();
  let session;
  try {
    session = await driver.newSession({
      alwaysMatch: {
        "tauri:options": { application: APP_BIN, args: ["--data-dir", profileDir, ...opts.args] },
      },
    });
  } catch (e) {
    e.message += `\n--- driver log (${logFile}) ---\n${driver.tail()}`;
    await driver.stop();
    throw e;
  }
  const app = new App({ driver, session, profileDir, opts, logFile });
  try {
    const screen = await app.waitForReady();
    if (opts.passcode !== undefined) {
      if (screen === "setup") await app.setUpVault(opts.passcode, { cover: opts.cover });
      else if (screen === "cover") await app.unlock(opts.passcode);
    }
    if (opts.viewport) await app.setViewport(opts.viewport);
  } catch (e) {
    await app.quit().catch(() => {});
    throw e;
  }
  return app;
}

export class App {
  constructor({ driver, session, profileDir, opts, logFile }) {
    this.driver = driver;
    this.session = session;
    this.profileDir = profileDir;
    this.opts = opts;
    this.logFile = logFile;
  }

  /**
   * Waits until the UI has drawn its first screen: the set-up (first use),
   * the cover (calculator or code screen, once its kind is known), the open
   * app, or an error. Returns which, as screen() does.
   */
  async waitForReady(timeout = 20_000) {
    return this.session.waitFor(
      async () => {
        const page = await this.session.execute(`return { href: location.href }`);
        // A plain \`cargo build\` makes a dev binary that loads the Vite dev
        // server instead of the built UI; say so rather than time out.
        if (/^https?:\/\/localhost:\d+/.test(page.href)) {
          throw new Error(
            `${APP_BIN} is a dev build (it loads ${page.href}); build the e2e binary with \`make app\``,
          );
        }
        return this.screen();
      },
      { timeout, message: "app ready (view-setup, view-cover, the open app or an error shown)" },
    );
  }

  /**
   * Which screen is up: "setup", "problem" (the vault cannot be read), "cover" (with its kind known: the
   * calculator or the code screen), "open" (the unlocked app), "error", or
   * null while loading.
   */
  screen() {
    return this.session.execute(
      `const q = (s) => document.querySelector(s);
       if (q("[data-testid=view-setup]")) return "setup";
       if (q("[data-testid=view-problem]")) return "problem";
       const cover = q("[data-testid=view-cover]");
       if (cover) return cover.dataset.cover ? "cover" : null;
       if (q("[data-testid=language-switcher]")) return "open";
       if (q("[data-testid=error]")) return "error";
       return null;`,
    );
  }

  /** Waits until the unlocked app is shown. */
  async waitForOpen(timeout = 60_000) {
    await this.session.waitFor(async () => (await this.screen()) === "open", {
      timeout,
      message: "the open app (language switcher shown)",
    });
  }

  /**
   * First use: on the set-up screen, picks the cover ("calculator" or
   * "passcode"), types the passcode twice and creates the vault; resolves
   * when the app is open. Creating calibrates the key derivation, which
   * takes a second or two.
   */
  async setUpVault(passcode, { cover = "calculator" } = {}) {
    const { session } = this;
    await session.waitForVisible("[data-testid=view-setup]");
    await (await session.waitForVisible(`[data-testid=setup-cover-${cover}]`)).click();
    for (const id of ["setup-passcode", "setup-repeat"]) {
      const input = await session.find(`[data-testid=${id}]`);
      await input.clear();
      await input.sendKeys(passcode);
    }
    await (await session.find("[data-testid=setup-submit]")).click();
    await this.waitForOpen();
  }

  /**
   * On the cover, unlocks with `passcode` the way a user does: on the
   * calculator, C, the digits, then =; on the code screen, types it and
   * submits. Resolves when the app is open.
   */
  async unlock(passcode) {
    const { session } = this;
    await session.waitFor(async () => (await this.screen()) === "cover", { message: "the cover" });
    const kind = await (await session.find("[data-testid=view-cover]")).attribute("data-cover");
    if (kind === "passcode") {
      const input = await session.waitForVisible("[data-testid=passcode-input]");
      await input.clear();
      await input.sendKeys(passcode);
      await (await session.find("[data-testid=passcode-submit]")).click();
    } else {
      // The code, then "=" held down: the calculator's one way in.
      for (const key of ["clear", ...String(passcode)]) {
        await (await session.find(`[data-testid=calc-key-${key}]`)).click();
      }
      await (await session.find("[data-testid=calc-key-eq]")).hold(EQUALS_HOLD_MS);
    }
    await this.waitForOpen();
  }
  /** Ends the session and the app. Safe to call twice. */
  async quit() {
    try {
      await this.session.delete();
    } catch (e) {
      console.error(`[e2e] delete session failed (driver is stopped anyway): ${e.message}`);
    } finally {
      await this.driver.stop();
    }
  }

  /** Quits and starts the app again on the same profile. */
  async restart(overrides = {}) {
    await this.quit();
    return launchApp({ ...this.opts, ...overrides, profileDir: this.profileDir });
  }

  /** document.documentElement's lang and dir. */
  htmlLangDir() {
    return this.session.execute("return { lang: document.documentElement.lang, dir: document.documentElement.dir }");
  }

  /** Picks a UI language in the switcher as a user would, and waits for it. */
  async selectLanguage(tag) {
    await setSelect(this.session, await this.session.find("[data-testid=language-switcher]"), tag);
    await this.session.waitFor(async () => (await this.htmlLangDir()).lang === tag, {
      message: `<html lang=${tag}>`,
    });
  }

  /**
   * Sizes the window so the viewport is `width`×`height` CSS px (there is
   * no window manager under Xvfb, so window size = viewport size), then
   * waits until the page sees that size.
   */
  async setViewport({ width, height }) {
    await this.session.setWindowRect({ x: 0, y: 0, width, height });
    await this.session.waitFor(
      async () => {
        const v = await this.session.execute("return [window.innerWidth, window.innerHeight]");
        return v[0] === width && v[1] === height;
      },
      { message: `viewport ${width}x${height}` },
    );
  }

  /**
   * Saves a PNG of the window to artifacts/screenshots/<name>.png after a
   * short settle (a screenshot right after a change can show the previous
   * frame). `check` (async, throws if the app is not in the state the
   * picture should show) runs before and after the shot. With `publish`,
   * the picture is also copied to docs/screenshots/ (for the README), but
   * only once `check` passed both times, and not when TRYGG_E2E_PUBLISH=0. Returns the artifact path.
   */
  async screenshot(name, { publish = false, check, settleMs = SETTLE_MS } = {}) {
    if (check) await check();
    await sleep(settleMs);
    const png = await this.session.screenshot();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, `${name}.png`);
    writeFileSync(file, png);
    if (check) await check();
    if (publish && process.env.TRYGG_E2E_PUBLISH !== "0") {
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
      copyFileSync(file, join(DOCS_SCREENSHOTS, `${name}.png`));
    }
    return file;
  }
}

/** The size in pixels of a PNG (to check a screenshot's dimensions). */
export function pngSize(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
