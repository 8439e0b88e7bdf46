// Dates of observations → a position on the year axis. A yearly figure ("2022") is the value at the
// end of 2022, which is also where "by 2025" targets and "2020 baseline" figures sit; so year Y ≡ Y,
// and a dated figure inside year Y lies between Y-1 and Y.

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** "2022" → 2022; "2023-06" → 2022.5 (end of June); "2023-06-30" → 2022 + 181/365. */
export function dateToYear(date: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`bad date: ${date}`);
  const y = Number(m[1]);
  if (m[2] === undefined) return y;
  const month = Number(m[2]);
  if (m[3] === undefined) return y - 1 + month / 12;
  const dayOfYear = (Date.UTC(y, month - 1, Number(m[3])) - Date.UTC(y, 0, 0)) / 86_400_000;
  return y - 1 + dayOfYear / (isLeap(y) ? 366 : 365);
}
