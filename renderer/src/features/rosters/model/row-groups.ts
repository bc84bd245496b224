/**
 * The grid's body as drawn: a header row for each area and post, then its
 * staff. The core already sorts the rows by area, post and name; this only
 * marks where a group begins, and keeps each staff row's index for the cursor.
 */
export interface GroupedRowSource {
  staffId: string;
  area: string;
  post: string;
}

export type BodyLine<R> =
  | { kind: 'group'; key: string; area: string; post: string; size: number }
  | { kind: 'staff'; key: string; row: R; index: number };

export function bodyLines<R extends GroupedRowSource>(rows: readonly R[]): BodyLine<R>[] {
  const out: BodyLine<R>[] = [];
  let current: Extract<BodyLine<R>, { kind: 'group' }> | null = null;
  rows.forEach((row, index) => {
    if (!current || current.area !== row.area || current.post !== row.post) {
      current = {
        kind: 'group',
        key: `group|${row.area}|${row.post}|${index}`,
        area: row.area,
        post: row.post,
        size: 0,
      };
      out.push(current);
    }
    current.size += 1;
    out.push({ kind: 'staff', key: row.staffId, row, index });
  });
  return out;
}
