// A native file dialog that Trygg opens itself (backup export/import) takes
// the window's focus. That blur must not hide the app: the practitioner asked
// for the dialog, and hiding would lock the vault under the running backup.
// The shell makes the same exception (src-tauri/src/privacy.rs).

let depth = 0;

/** True while a Trygg-opened file dialog may be up. */
export function dialogOpen(): boolean {
  return depth > 0;
}

/** Runs `task` (a command that opens a native dialog) with blur-hiding paused. */
export async function whileDialog<T>(task: () => Promise<T>): Promise<T> {
  depth += 1;
  try {
    return await task();
  } finally {
    depth -= 1;
  }
}
