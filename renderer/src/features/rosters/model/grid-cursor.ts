/**
 * The cell cursor of the roster grid: which row (staff member) and column
 * (day) has the keyboard. Moves stop at the edges, as in a spreadsheet.
 */

export interface Cursor {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export type CursorKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'CtrlHome' | 'CtrlEnd';

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** The cursor after one key. */
export function moveCursor(cursor: Cursor, key: CursorKey, size: GridSize): Cursor {
  if (size.rows === 0 || size.cols === 0) return { row: 0, col: 0 };
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const at = { row: clamp(cursor.row, lastRow), col: clamp(cursor.col, lastCol) };
  switch (key) {
    case 'ArrowUp':
      return { ...at, row: clamp(at.row - 1, lastRow) };
    case 'ArrowDown':
      return { ...at, row: clamp(at.row + 1, lastRow) };
    case 'ArrowLeft':
      return { ...at, col: clamp(at.col - 1, lastCol) };
    case 'ArrowRight':
      return { ...at, col: clamp(at.col + 1, lastCol) };
    case 'Home':
      return { ...at, col: 0 };
    case 'End':
      return { ...at, col: lastCol };
    case 'CtrlHome':
      return { row: 0, col: 0 };
    case 'CtrlEnd':
      return { row: lastRow, col: lastCol };
  }
}

/**
 * The cursor key a keyboard event means, or null (a letter, Enter, …). Tab is
 * not one: it leaves the grid, so the keyboard is never trapped in it.
 */
export function cursorKeyOf(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): CursorKey | null {
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight':
      return event.key;
    case 'Home':
      return ctrl ? 'CtrlHome' : 'Home';
    case 'End':
      return ctrl ? 'CtrlEnd' : 'End';
    default:
      return null;
  }
}
