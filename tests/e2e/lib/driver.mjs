// Starts and stops tauri-driver (which starts WebKitWebDriver, which starts
// the app), and creates sessions on it without ever leaking one.
//
// Each app launch gets its own tauri-driver, owned by this process:
// - WebKitWebDriver holds at most one session and cannot list sessions. If
//   the answer to POST /session is lost after the session was made, nobody
//   knows its id, so it can never be deleted and blocks every later
//   session. The only cure is to restart the driver, and only the process
//   that owns the driver can do that.
// - The driver's environment reaches the app, so a launch can set the app's
//   data dir (TRYGG_DATA_DIR) and OS language (LANG) for itself.
//
// The driver runs in its own process group, so stopping it ends
// WebKitWebDriver, the app and its WebKit processes together, by that one
// group id. The group ids are also appended to $TRYGG_E2E_PIDS_FILE (when
// set) so scripts/e2e.sh can clean up after a test process that crashed.

import { spawn } from "node:child_process";
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Session, TransportError, WebDriverError, sleep, wdRequest } from "./webdriver.mjs";

/** The tauri-driver binary: $TAURI_DRIVER, else ~/.cargo/bin, else PATH. */
export function tauriDriverPath() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const cargo = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin", "tauri-driver");
  return existsSync(cargo) ? cargo : "tauri-driver";
}

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Group ids of drivers still running, killed when this process exits. */
const live = new Set();

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

process.on("exit", () => {
  for (const pgid of live) killGroup(pgid, "SIGKILL");
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.once(sig, () => {
    for (const pgid of live) killGroup(pgid, "SIGKILL");
    process.exit(sig === "SIGINT" ? 130 : 143);
  });
}

function groupAlive(pgid) {
  return killGroup(pgid, 0);
}

/** One tauri-driver process (and what it starts). */
export class Driver {
  /**
   * @param {object} o
   * @param {Record<string,string|undefined>} [o.env] environment for the driver and the app;
   *   a value of undefined removes the variable.
   * @param {string} o.logFile where the driver's (and app's) stdout/stderr go
   * @param {(msg: string) => void} [o.log]
   */
  constructor({ env = {}, logFile, log }) {
    this.envOverrides = env;
    this.logFile = logFile;
    this.log = log ?? (() => {});
    this.child = null;
    this.url = null;
    this.restarts = 0;
  }

  #env() {
    const env = { ...process.env };
    for (const [k, v] of Object.entries(this.envOverrides)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    return env;
  }

  /** Starts the driver on free ports and waits until it answers. */
  async start() {
    let lastErr;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const port = await freePort();
      let nativePort = await freePort();
      while (nativePort === port) nativePort = await freePort();
      mkdirSync(dirname(this.logFile), { recursive: true });
      const fd = openSync(this.logFile, "a");
      appendFileSync(fd, `\n=== ${new Date().toISOString()} tauri-driver --port ${port} --native-port ${nativePort}\n`);
      const child = spawn(tauriDriverPath(), ["--port", String(port), "--native-port", String(nativePort)], {
        env: this.#env(),
        stdio: ["ignore", fd, fd],
        detached: true, // own process group: see the module comment
      });
      closeSync(fd);
      child.unref();
      let exited = null;
      let spawnError = null;
      child.on("exit", (code, sig) => (exited = { code, sig }));
      child.on("error", (e) => (spawnError = e));
      await sleep(0);
      if (spawnError) throw new Error(`cannot start tauri-driver (${tauriDriverPath()}): ${spawnError.message}`);
      live.add(child.pid);
      if (process.env.TRYGG_E2E_PIDS_FILE) appendFileSync(process.env.TRYGG_E2E_PIDS_FILE, `${child.pid}\n`);
      this.child = child;
      this.url = `http://127.0.0.1:${port}`;
      // Wait for both the driver and WebKitWebDriver behind it: /status is
      // forwarded, so an answer means the whole chain is up.
      const deadline = Date.now() + 20_000;
      for (;;) {
        if (spawnError) throw new Error(`tauri-driver failed: ${spawnError.message}`);
        if (exited) {
          lastErr = new Error(`tauri-driver exited early (${JSON.stringify(exited)}); see ${this.logFile}`);
          break;
        }
        try {
          await wdRequest(this.url, "GET", "/status", undefined, { noRetry: true, timeoutMs: 2_000 });
          return this;
        } catch (e) {
          lastErr = e;
        }
        if (Date.now() > deadline) break;
        await sleep(100);
      }
      await this.stop();
      this.log(`tauri-driver did not come up (try ${attempt}/3): ${lastErr?.message}`);
    }
    throw new Error(`tauri-driver did not come up: ${lastErr?.message}; see ${this.logFile}`);
  }

  /** Stops the driver's whole process group (driver, WebKitWebDriver, app). */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    this.url = null;
    const pgid = child.pid;
    killGroup(pgid, "SIGTERM");
    const deadline = Date.now() + 5_000;
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(pgid)) killGroup(pgid, "SIGKILL");
    while (groupAlive(pgid) && Date.now() < deadline + 2_000) await sleep(50);
    live.delete(pgid);
  }

  async restart() {
    this.restarts++;
    await this.stop();
    await this.start();
  }

  async #status() {
    return wdRequest(this.url, "GET", "/status", undefined, { log: this.log, timeoutMs: 10_000 });
  }

  /**
   * Creates a session without leaking one. POST /session is never blindly
   * re-sent: after a lost answer the driver's /status tells whether a
   * session was made anyway; if it was (its id is unknown, so it cannot be
   * deleted), the driver is restarted, which ends that session and its app.
   */
  async newSession(capabilities, { tries = 5 } = {}) {
    let lastErr;
    for (let attempt = 1; attempt <= tries; attempt++) {
      const status = await this.#status();
      if (!status?.ready) {
        this.log(`driver not ready before POST /session (${status?.message}); restarting it`);
        await this.restart();
        continue;
      }
      try {
        const v = await wdRequest(this.url, "POST", "/session", { capabilities }, {
          noRetry: true,
          timeoutMs: 60_000,
        });
        return new Session(this.url, v.sessionId, v.capabilities, { log: this.log });
      } catch (e) {
        lastErr = e;
        if (e instanceof TransportError) {
          this.log(`transport error on POST /session (try ${attempt}/${tries}): ${e.message}`);
        } else if (e instanceof WebDriverError && e.error === "session not created") {
          // Most often: the app failed to start. Worth one more try, no more.
          this.log(`session not created (try ${attempt}/${tries}): ${e.message}`);
          if (attempt >= 2) throw e;
        } else {
          throw e;
        }
        await sleep(200 * 2 ** (attempt - 1));
        // The loop's /status check decides between re-sending and restarting.
      }
    }
    throw new Error(`could not create a session after ${tries} tries: ${lastErr?.message}`);
  }

  /** The last `n` lines of the driver log (for failure messages). */
  tail(n = 30) {
    try {
      return readFileSync(this.logFile, "utf8").split("\n").slice(-n).join("\n");
    } catch {
      return "";
    }
  }
}
