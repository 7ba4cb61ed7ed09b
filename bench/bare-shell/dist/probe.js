// The same start-up probe as Trygg's (ui/src/lib/probe.ts): only when the
// shell set the flag, wait two animation frames (the first frame is then
// painted) and report. The page itself is empty.
if (window.__TRYGG_PROBE__ === true) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const painted = Math.round(performance.now() * 10) / 10;
      window.__TAURI_INTERNALS__.invoke("probe_painted", { marks: { painted } }).catch(() => undefined);
    }),
  );
}
