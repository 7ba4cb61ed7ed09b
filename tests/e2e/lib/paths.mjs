// Where things are. Everything the suites write goes under
// tests/e2e/artifacts/ (ignored by git), except the published screenshots.

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const E2E_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(E2E_DIR, "..", "..");
export const ARTIFACTS = join(E2E_DIR, "artifacts");
export const SCREENSHOTS = join(ARTIFACTS, "screenshots");
export const LOGS = join(ARTIFACTS, "logs");
export const PROFILES = join(ARTIFACTS, "profiles");
/** Screenshots the README shows (tracked in git). */
export const DOCS_SCREENSHOTS = join(REPO_ROOT, "docs", "screenshots");

/** The app under test: $TRYGG_E2E_APP, else target/debug/trygg. */
export const APP_BIN = resolve(process.env.TRYGG_E2E_APP ?? join(REPO_ROOT, "target", "debug", "trygg"));

/** Names this run's logs and profiles; scripts/e2e.sh sets it for all files. */
export const RUN_ID =
  process.env.TRYGG_E2E_RUN_ID ?? `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
