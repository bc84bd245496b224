import { useCallback, useState } from 'react';
import type { RoundMarkValue } from '../../../../../shared/schema/rounds';
import type { SheetRow } from '../../../../../shared/ipc/rounds';
import { markRemainingAsleep, nextRowAfterMark } from '../marks';
import type { MarkEntry } from '../marks';

const EMPTY: MarkEntry = { mark: null, note: '' };

/**
 * The marks of the round being made, kept by resident so a sheet read again
 * (another time typed) keeps what was already marked; the cursor and the open
 * note box beside them.
 */
export function useRoundMarks(rows: readonly SheetRow[]) {
  const [byPerson, setByPerson] = useState<Record<string, MarkEntry>>({});
  const [cursor, setCursor] = useState(0);
  const [noteRow, setNoteRow] = useState<number | null>(null);
  const [lastMarked, setLastMarked] = useState<number | null>(null);
  const entries = rows.map((row) => byPerson[row.personId] ?? EMPTY);
  const at = Math.min(cursor, Math.max(rows.length - 1, 0));

  const update = useCallback(
    (index: number, change: Partial<MarkEntry>) => {
      const row = rows[index];
      if (!row) return;
      setByPerson((old) => ({ ...old, [row.personId]: { ...(old[row.personId] ?? EMPTY), ...change } }));
    },
    [rows],
  );

  return {
    entries,
    cursor: at,
    noteRow,
    setCursor,
    mark: (index: number, mark: RoundMarkValue) => {
      update(index, { mark });
      setLastMarked(index);
      const after = entries.map((e, i) => (i === index ? { ...e, mark } : e));
      setCursor(nextRowAfterMark(after, index));
    },
    /**
     * N on a row opens its note; on a row not marked "needs attention" right
     * after one was, the note of that one: the cursor has already moved on.
     */
    openNote: (index: number, key: 'n' | 'enter') => {
      const here = entries[index]?.mark;
      if (key === 'enter' && here !== 'needsAttention') return;
      const previous = lastMarked === null ? undefined : entries[lastMarked]?.mark;
      const target =
        here !== 'needsAttention' && previous === 'needsAttention' && lastMarked !== null
          ? lastMarked
          : index;
      setCursor(target);
      setNoteRow(target);
    },
    setNote: (index: number, note: string) => update(index, { note }),
    closeNote: (advance: boolean) => {
      if (noteRow !== null && advance) setCursor(nextRowAfterMark(entries, noteRow));
      setNoteRow(null);
    },
    allAsleep: () => {
      const filled = markRemainingAsleep(entries);
      setByPerson((old) => {
        const next = { ...old };
        rows.forEach((row, i) => {
          const entry = filled[i];
          if (entry) next[row.personId] = entry;
        });
        return next;
      });
    },
    /** What is sent: the marked rows, in bed order, notes trimmed and left out when empty. */
    marks: () =>
      rows.flatMap((row, i) => {
        const entry = entries[i];
        if (!entry?.mark) return [];
        const note = entry.note.trim();
        return [{ personId: row.personId, mark: entry.mark, ...(note ? { note } : {}) }];
      }),
    dirty: entries.some((e) => e.mark !== null || e.note !== ''),
  };
}
