// Parks the X pointer in the top-left corner of an Xvfb screen:
//
//   node tests/e2e/lib/xpointer.mjs [x y]        (uses $DISPLAY; default 1 1)
//
// Why: Xvfb has no window manager, so keyboard focus follows the pointer
// (PointerRoot), and the pointer starts in the middle of the screen. When a
// suite shrinks the app window to phone size, the pointer falls outside it,
// the window loses focus, and Trygg's blur lock hides the app to its cover.
// With the pointer at (1, 1), inside every window placed at (0, 0), the
// app keeps focus. scripts/e2e.sh runs this once after starting Xvfb with
// -noreset (without it the server resets, and re-centres the pointer, each
// time its last client disconnects).
//
// Speaks the X11 protocol over the local socket, so nothing but Node is
// needed: connection set-up (no authorisation, as Xvfb is started without
// -auth), WarpPointer, then QueryPointer to confirm.

import { connect } from "node:net";

function parseDisplay(display) {
  const m = /^(?:unix)?:(\d+)(?:\.\d+)?$/.exec(display ?? "");
  if (!m) throw new Error(`DISPLAY ${JSON.stringify(display)} is not a local display like :99`);
  return `/tmp/.X11-unix/X${m[1]}`;
}

const pad4 = (n) => (n + 3) & ~3;

/** Moves the pointer to (x, y) on `display`; resolves with where it is. */
export function warpPointer(display, x, y, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const sock = connect(parseDisplay(display));
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error("X server did not answer"));
    }, timeoutMs);
    const fail = (e) => {
      clearTimeout(timer);
      sock.destroy();
      reject(e);
    };
    sock.on("error", fail);
    let buf = Buffer.alloc(0);
    let root = null;
    sock.on("connect", () => {
      const setup = Buffer.alloc(12);
      setup.write("l", 0, "latin1"); // little-endian
      setup.writeUInt16LE(11, 2); // protocol 11.0, no auth name or data
      sock.write(setup);
    });
    sock.on("data", (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (root === null) {
        if (buf.length < 8) return;
        const total = 8 + buf.readUInt16LE(6) * 4;
        if (buf.length < total) return;
        if (buf[0] !== 1) return fail(new Error(`X connection refused: ${buf.subarray(8, 8 + buf[1]).toString()}`));
        const vendorLen = buf.readUInt16LE(24);
        const formats = buf[29];
        root = buf.readUInt32LE(40 + pad4(vendorLen) + 8 * formats);
        buf = buf.subarray(total);
        const req = Buffer.alloc(24 + 8);
        req[0] = 41; // WarpPointer
        req.writeUInt16LE(6, 2);
        req.writeUInt32LE(0, 4); // src-window: None
        req.writeUInt32LE(root, 8); // dst-window: the root, so x/y are absolute
        req.writeInt16LE(x, 20);
        req.writeInt16LE(y, 22);
        req[24] = 38; // QueryPointer (its reply confirms the warp was done)
        req.writeUInt16LE(2, 26);
        req.writeUInt32LE(root, 28);
        sock.write(req);
        return;
      }
      if (buf.length < 32) return;
      if (buf[0] === 0) return fail(new Error(`X error ${buf[1]}`));
      const at = { x: buf.readInt16LE(16), y: buf.readInt16LE(18) };
      clearTimeout(timer);
      sock.end();
      resolve(at);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const x = Number(process.argv[2] ?? 1);
  const y = Number(process.argv[3] ?? 1);
  warpPointer(process.env.DISPLAY, x, y).then(
    (at) => {
      if (at.x !== x || at.y !== y) {
        console.error(`xpointer: pointer is at ${at.x},${at.y}, not ${x},${y}`);
        process.exit(1);
      }
    },
    (e) => {
      console.error(`xpointer: ${e.message}`);
      process.exit(1);
    },
  );
}
