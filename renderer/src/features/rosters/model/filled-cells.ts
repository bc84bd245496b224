/** Filled cells of these people in `from`..`to` among the rows loaded: what an overwrite would replace. */
export function filledCells(
  rows: readonly { staffId: string; cells: Record<string, string[]> }[],
  staffIds: ReadonlySet<string> | null,
  from: string,
  to: string,
): number {
  let count = 0;
  for (const row of rows) {
    if (staffIds && !staffIds.has(row.staffId)) continue;
    for (const [date, codes] of Object.entries(row.cells)) {
      if (date >= from && date <= to && codes.length > 0) count += 1;
    }
  }
  return count;
}
