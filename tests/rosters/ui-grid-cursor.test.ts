import { describe, expect, it } from 'vitest';
import { cursorKeyOf, moveCursor } from '../../renderer/src/features/rosters/model/grid-cursor';

const SIZE = { rows: 3, cols: 31 };
const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  cursorKeyOf({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the roster grid cursor', () => {
  it('moves one cell with the arrows', () => {
    const at = { row: 1, col: 10 };
    expect(moveCursor(at, 'ArrowUp', SIZE)).toEqual({ row: 0, col: 10 });
    expect(moveCursor(at, 'ArrowDown', SIZE)).toEqual({ row: 2, col: 10 });
    expect(moveCursor(at, 'ArrowLeft', SIZE)).toEqual({ row: 1, col: 9 });
    expect(moveCursor(at, 'ArrowRight', SIZE)).toEqual({ row: 1, col: 11 });
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowUp', SIZE)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowLeft', SIZE)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 2, col: 30 }, 'ArrowDown', SIZE)).toEqual({ row: 2, col: 30 });
    expect(moveCursor({ row: 2, col: 30 }, 'ArrowRight', SIZE)).toEqual({ row: 2, col: 30 });
  });

  it('goes to the first and last day, and to the corners with Ctrl', () => {
    expect(moveCursor({ row: 1, col: 10 }, 'Home', SIZE)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 10 }, 'End', SIZE)).toEqual({ row: 1, col: 30 });
    expect(moveCursor({ row: 1, col: 10 }, 'CtrlHome', SIZE)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 1, col: 10 }, 'CtrlEnd', SIZE)).toEqual({ row: 2, col: 30 });
  });

  it('pulls a cursor left past the end of a shorter month or list back inside', () => {
    expect(moveCursor({ row: 5, col: 30 }, 'ArrowLeft', { rows: 3, cols: 28 })).toEqual({ row: 2, col: 26 });
    expect(moveCursor({ row: 4, col: 4 }, 'ArrowUp', { rows: 0, cols: 28 })).toEqual({ row: 0, col: 0 });
  });

  it('reads keys: arrows, Home/End with and without Ctrl; Tab and letters do not move it', () => {
    expect(key('ArrowDown')).toBe('ArrowDown');
    expect(key('Home')).toBe('Home');
    expect(key('End', { ctrlKey: true })).toBe('CtrlEnd');
    expect(key('Home', { metaKey: true })).toBe('CtrlHome');
    expect(key('Tab')).toBeNull();
    expect(key('白')).toBeNull();
    expect(key('Enter')).toBeNull();
  });
});
