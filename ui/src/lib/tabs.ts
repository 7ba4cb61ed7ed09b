// Keyboard movement in a row of tabs (WAI-ARIA tabs pattern): arrows move
// to the neighbour in reading order (mirrored in right-to-left), Home and
// End go to the ends, and the ends wrap around.

/** The index of the tab `key` moves to from `i` among `count` tabs, or
 *  null when the key is not a tab movement key. */
export function tabTarget(key: string, i: number, count: number, rtl: boolean): number | null {
  const dir = rtl ? -1 : 1;
  let next: number;
  if (key === "ArrowRight") next = i + dir;
  else if (key === "ArrowLeft") next = i - dir;
  else if (key === "Home") next = 0;
  else if (key === "End") next = count - 1;
  else return null;
  return (next + count) % count;
}
