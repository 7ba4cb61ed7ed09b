// Memory budget helper for scripts/bench-memory.sh (which builds, seeds the
// vault and starts Xvfb; run it rather than this).
//
//   TRYGG_E2E_APP=<release trygg> node bench/memory.mjs \
//     --bare <release bare-shell> --template <seeded data dir> \
//     --passcode <p> --cases 1000 --runs 3 --work <dir> --out <json>
//
// Per run, interleaved (the order swaps every round):
// - Trygg, launched through tauri-driver by the e2e suite's launchApp on a
//   fresh copy of the seeded vault and unlocked the way a user does (on the
//   calculator): measured once there ("unlocked", the guidance view the app
//   opens on), then again after opening the Cases view with all cases loaded
//   ("listed": the list holds every case, and draws its first page of rows,
//   as a practitioner sees it; ui/src/views/cases/CaseList.svelte);
// - the bare shell, launched through tauri-driver the same way, at its empty
//   page.
// Both then settle for SETTLE_MS; then the whole process tree of the app
// (the app and every descendant: WebKitWebProcess, WebKitNetworkProcess) is
// read from /proc/<pid>/smaps_rollup, SAMPLES times, and the median of the
// summed PSS and RSS kept. PSS splits pages shared between processes (the
// WebKit libraries, mapped by all three) fairly, so it is the figure that
// adds up; RSS counts every shared page once per process; USS (private
// pages only) is what the tree alone holds. PSS also splits pages with
// processes outside the tree (another WebKit app running meanwhile), so on a
// shared machine it moves with what else runs; RSS and USS do not.

import { cpSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchApp, LOGS, RUN_ID, sleep } from "../tests/e2e/lib/app.mjs";
import { Driver } from "../tests/e2e/lib/driver.mjs";

const SETTLE_MS = 3000;
const SAMPLES = 5;
const SAMPLE_GAP_MS = 300;

function args() {
  const out = {};
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i += 2) {
    if (!a[i].startsWith("--") || a[i + 1] === undefined) throw new Error(`bad argument ${a[i]}`);
    out[a[i].slice(2)] = a[i + 1];
  }
  for (const k of ["bare", "template", "passcode", "cases", "runs", "work", "out"]) {
    if (!out[k]) throw new Error(`--${k} is required`);
  }
  return out;
}

/** pid → { ppid, comm } for every process now. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      table.set(Number(name), { ppid, comm });
    } catch {
      // Gone meanwhile.
    }
  }
  return table;
}

function descendants(table, root) {
  const out = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.shift();
    for (const [pid, info] of table) {
      if (info.ppid === p) {
        out.push(pid);
        queue.push(pid);
      }
    }
  }
  return out;
}

function exeOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
  } catch {
    return "";
  }
}

/** The app's pid: the descendant of the driver running `bin`. */
function findApp(driverPid, bin) {
  const table = processTable();
  const pid = descendants(table, driverPid).find((p) => exeOf(p) === bin);
  if (pid === undefined) throw new Error(`no process running ${bin} under the driver (pid ${driverPid})`);
  return pid;
}

function rollup(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? NaN);
  return { rss_kb: kb("Rss"), pss_kb: kb("Pss"), uss_kb: kb("Private_Clean") + kb("Private_Dirty") };
}

/** One reading of the app and its descendants. */
function treeMemory(appPid) {
  const table = processTable();
  const procs = [];
  for (const pid of [appPid, ...descendants(table, appPid)]) {
    try {
      procs.push({ pid, comm: table.get(pid)?.comm ?? "?", ...rollup(pid) });
    } catch {
      // A helper that just exited holds no memory.
    }
  }
  const sum = (k) => procs.reduce((s, p) => s + p[k], 0);
  return { rss_kb: sum("rss_kb"), pss_kb: sum("pss_kb"), uss_kb: sum("uss_kb"), procs };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function measure(appPid) {
  await sleep(SETTLE_MS);
  const readings = [];
  for (let i = 0; i < SAMPLES; i++) {
    readings.push(treeMemory(appPid));
    await sleep(SAMPLE_GAP_MS);
  }
  const mid = readings.find((r) => r.pss_kb === median(readings.map((x) => x.pss_kb))) ?? readings[0];
  return {
    rss_kb: median(readings.map((r) => r.rss_kb)),
    pss_kb: median(readings.map((r) => r.pss_kb)),
    uss_kb: median(readings.map((r) => r.uss_kb)),
    procs: mid.procs,
  };
}

async function tryggRun(o, n) {
  const profileDir = join(o.work, `trygg-profile-${n}`);
  rmSync(profileDir, { recursive: true, force: true });
  cpSync(o.template, profileDir, { recursive: true });
  const app = await launchApp({ name: "bench-memory-trygg", profileDir, passcode: o.passcode });
  try {
    const { session } = app;
    const appPid = findApp(app.driver.child.pid, process.env.TRYGG_E2E_APP);
    const unlocked = await measure(appPid);
    await (await session.find("[data-testid=nav-cases]")).click();
    const want = Number(o.cases);
    await session.waitFor(
      async () =>
        (await session.execute(
          `const c = document.querySelector('[data-testid="cases-count"]');
           const rows = document.querySelectorAll('[data-testid^="case-item-"]').length;
           return c !== null && Number(c.dataset.total) >= arguments[0] && rows === Number(c.dataset.shown);`,
          want,
        )) === true,
      { timeout: 60_000, message: `${want} cases listed` },
    );
    const listed = await measure(appPid);
    // A blur or idle lock meanwhile would have measured the cover instead.
    if ((await app.screen()) !== "open") throw new Error("Trygg locked itself during the measurement");
    return { unlocked, listed };
  } finally {
    await app.quit();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function bareRun(o, n) {
  const logFile = join(LOGS, RUN_ID, `bench-memory-bare-${process.pid}-${n}.log`);
  const driver = new Driver({ env: {}, logFile, log: (m) => console.error(`[bench-memory bare#${n}] ${m}`) });
  await driver.start();
  try {
    const session = await driver.newSession({ alwaysMatch: { "tauri:options": { application: o.bare } } });
    try {
      await session.waitFor(async () => (await session.execute("return document.readyState")) === "complete", {
        timeout: 20_000,
        message: "the bare page loaded",
      });
      return await measure(findApp(driver.child.pid, o.bare));
    } finally {
      await session.delete().catch(() => {});
    }
  } finally {
    await driver.stop();
  }
}

const o = args();
if (!process.env.TRYGG_E2E_APP) throw new Error("TRYGG_E2E_APP (the release trygg) is required");
const runs = Number(o.runs);
const trygg = [];
const bare = [];
for (let i = 1; i <= runs; i++) {
  const order = i % 2 ? ["trygg", "bare"] : ["bare", "trygg"];
  for (const w of order) {
    const m = w === "trygg" ? await tryggRun(o, i) : { idle: await bareRun(o, i) };
    (w === "trygg" ? trygg : bare).push(m);
    for (const [state, r] of Object.entries(m)) {
      const procs = r.procs.map((p) => `${p.comm} ${Math.round(p.pss_kb / 1024)}`).join(", ");
      console.error(
        `bench-memory: run ${i} ${w.padEnd(5)} ${state.padEnd(8)} PSS ${(r.pss_kb / 1024).toFixed(1)} MiB, ` +
          `RSS ${(r.rss_kb / 1024).toFixed(1)} MiB (PSS MiB: ${procs})`,
      );
    }
  }
}
writeFileSync(o.out, JSON.stringify({ trygg, bare }, null, 1));
