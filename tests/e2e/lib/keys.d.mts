// Types for keys.mjs, which the UI's vitest suite imports too.
/** The data-testid of the calculator button for key `c`. */
export function keyTestId(c: string): string;
