// Test-only: the one Node API the test fixtures use (to read the real .ftl
// files from ../locales, which lie outside Vite's served root). The project
// has no @types/node; this is all it needs.
declare module "node:fs" {
  export function readFileSync(path: URL, encoding: "utf8"): string;
}
