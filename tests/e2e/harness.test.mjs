// The harness's own promises, checked against the real driver and app with
// faults injected by a small proxy in front of tauri-driver:
// - a request whose connection drops is sent again and succeeds;
// - when the answer to POST /session is lost after the app was started,
//   the session is not leaked: the driver is restarted (ending that app) and
//   exactly one app runs for the profile.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createServer, request } from "node:http";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { APP_BIN, LOGS, RUN_ID, newProfileDir } from "./lib/app.mjs";
import { Driver } from "./lib/driver.mjs";
import { retryStats, wdRequest } from "./lib/webdriver.mjs";

/**
 * An HTTP proxy to `target`. `fault(req)` returns "reset" (drop the
 * connection without forwarding), "lose-answer" (forward, then drop the
 * connection instead of answering) or nothing (pass through).
 */
function faultyProxy(target, fault) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const kind = fault(req);
      if (kind === "reset") return req.socket.destroy();
      const body = Buffer.concat(chunks);
      const up = request(
        target + req.url,
        { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
        (upRes) => {
          const parts = [];
          upRes.on("data", (c) => parts.push(c));
          upRes.on("end", () => {
            if (kind === "lose-answer") return req.socket.destroy();
            res.writeHead(upRes.statusCode, upRes.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      up.on("error", () => req.socket.destroy());
      up.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      server.url = `http://127.0.0.1:${server.address().port}`;
      resolve(server);
    }),
  );
}

/** Pids of running processes whose command line mentions `marker`. */
function processesWith(marker) {
  const out = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const state = /^\S+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1];
      if (cmd.includes(marker) && state !== "Z") out.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function capabilities(profileDir) {
  return { alwaysMatch: { "tauri:options": { application: APP_BIN, args: ["--data-dir", profileDir] } } };
}

describe("harness", () => {
  const cleanup = [];
  after(async () => {
    for (const f of cleanup.reverse()) await f();
  });

  async function driverFor(name) {
    const driver = new Driver({
      env: { TRYGG_DATA_DIR: undefined, LANG: "sv_SE.UTF-8", LANGUAGE: "sv", LC_ALL: undefined },
      logFile: join(LOGS, RUN_ID, `harness-${name}-${process.pid}.log`),
      log: (m) => console.error(`[e2e harness ${name}] ${m}`),
    });
    cleanup.push(() => driver.stop());
    await driver.start();
    return driver;
  }

  test("a request whose connection drops is sent again", async () => {
    const driver = await driverFor("retry");
    let resets = 0;
    const proxy = await faultyProxy(driver.url, (req) =>
      req.method === "GET" && req.url === "/status" && resets++ < 2 ? "reset" : undefined,
    );
    cleanup.push(() => new Promise((r) => proxy.close(r)));
    const before = retryStats.transportRetries;
    const status = await wdRequest(proxy.url, "GET", "/status");
    assert.equal(status.ready, true);
    assert.equal(resets, 3, "two dropped, the third answered");
    assert.equal(retryStats.transportRetries - before, 2);
  });

  test("a lost answer to POST /session leaks no session and no app", async () => {
    const driver = await driverFor("no-leak");
    const profileDir = newProfileDir("harness-no-leak");
    let lost = 0;
    const proxy = await faultyProxy(driver.url, (req) =>
      req.method === "POST" && req.url === "/session" && lost++ === 0 ? "lose-answer" : undefined,
    );
    cleanup.push(() => new Promise((r) => proxy.close(r)));
    driver.url = proxy.url; // the first driver is reached through the proxy
    const session = await driver.newSession(capabilities(profileDir));
    cleanup.push(() => session.delete().catch(() => {}));
    assert.equal(lost, 1, "the first answer was lost");
    assert.equal(driver.restarts, 1, "the driver holding the unknown session was restarted");
    assert.equal(typeof (await session.title()), "string", "the new session works");
    assert.equal(processesWith(profileDir).length, 1, "exactly one app runs for the profile");
    await session.delete();
    await driver.stop();
    assert.deepEqual(processesWith(profileDir), [], "no app left after quitting");
  });
});
