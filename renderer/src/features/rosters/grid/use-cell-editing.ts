import { useCallback, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridCode } from '../../../../../shared/ipc/rosters';
import { errorText } from '../../../api/error-text';
import { cellText, parseCellInput, sameCodes } from '../model/cell-codes';
import { useSetCells } from '../queries';
import { cellKey } from './warning-text';

export interface CellRef {
  staffId: string;
  date: string;
}

/** What was in a cell before a change typed here, so Ctrl+Z can put it back. */
interface UndoEntry extends CellRef {
  before: string[];
  after: string[];
}

export interface CellProblem extends CellRef {
  message: string;
}

/**
 * Typing into the grid: what is shown while a change saves, the refusal shown
 * at its cell (the core's words: an overlap, an unknown code), and the undo of
 * the changes made here, last first. Each change goes through rosters.setCells
 * on its own, so a refusal concerns exactly one cell and changes nothing.
 */
export function useCellEditing(codes: readonly GridCode[]) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const setCells = useSetCells();
  const [pending, setPending] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [problem, setProblem] = useState<CellProblem | null>(null);
  const undoStack = useRef<UndoEntry[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback(
    (cell: CellRef, before: string[], after: string[], onDone: (ok: boolean) => void, undo = false) => {
      const key = cellKey(cell.staffId, cell.date);
      setPending((map) => new Map(map).set(key, after));
      setProblem(null);
      // Kept at once, so Ctrl+Z pressed while the change is still saving undoes it; dropped if refused.
      const entry: UndoEntry = { ...cell, before, after };
      if (!undo) undoStack.current.push(entry);
      const settle = () =>
        setPending((map) => {
          // A later change of the same cell may be waiting: its codes stay shown.
          if (map.get(key) !== after) return map;
          const next = new Map(map);
          next.delete(key);
          return next;
        });
      // One change after the other, in the order typed: a clear and its undo must reach the core so.
      queue.current = queue.current.then(() =>
        setCells.mutateAsync({ changes: [{ staffId: cell.staffId, date: cell.date, codes: after }] }).then(
          () => {
            settle();
            onDone(true);
          },
          (error: unknown) => {
            undoStack.current = undoStack.current.filter((e) => e !== entry);
            setProblem({ ...cell, message: errorText(error) });
            settle();
            onDone(false);
          },
        ),
      );
    },
    [setCells],
  );

  /**
   * Saves what was typed into a cell. Answers false when it cannot be saved
   * as typed (the editor stays open with the reason at the cell).
   */
  const commit = useCallback(
    (cell: CellRef, current: string[], typed: string, onDone: (ok: boolean) => void): boolean => {
      const parsed = parseCellInput(typed, codes);
      if (!parsed.ok) {
        const text =
          parsed.reason === 'tooMany'
            ? t('grid.tooManyCodes')
            : parsed.reason === 'inactive'
              ? t('grid.inactiveCode', { token: parsed.token })
              : t('grid.unknownCode', {
                  token: parsed.token,
                  codes: codes
                    .filter((c) => c.active)
                    .map((c) => c.code)
                    .join(' '),
                });
        setProblem({ ...cell, message: text });
        return false;
      }
      if (sameCodes(parsed.codes, current)) {
        setProblem(null);
        onDone(true);
        return true;
      }
      save(cell, current, parsed.codes, onDone);
      return true;
    },
    [codes, save, t],
  );

  const clear = useCallback(
    (cell: CellRef, current: string[]) => {
      if (current.length === 0) return;
      save(cell, current, [], () => undefined);
    },
    [save],
  );

  /** Puts back the cell of the last change made here, if nobody changed it since. */
  const undo = useCallback(
    (currentOf: (cell: CellRef) => string[]): CellRef | null => {
      const last = undoStack.current.pop();
      if (!last) {
        void message.info(t('grid.nothingToUndo'));
        return null;
      }
      if (!sameCodes(currentOf(last), last.after)) {
        // Changed since (a pattern, another screen): undoing would overwrite that change.
        undoStack.current = [];
        void message.info(t('grid.nothingToUndo'));
        return null;
      }
      save(
        last,
        last.after,
        last.before,
        (ok) => {
          if (ok) void message.success(t('grid.undone'));
        },
        true,
      );
      return last;
    },
    [message, save, t],
  );

  /** A cell's codes as far as this screen knows: those being saved, else the stored ones. */
  const codesNow = useCallback(
    (cell: CellRef, stored: string[] | undefined): string[] =>
      pending.get(cellKey(cell.staffId, cell.date)) ?? stored ?? [],
    [pending],
  );
  const shownCodes = useCallback(
    (cell: CellRef, stored: string[] | undefined): string => cellText(codesNow(cell, stored)),
    [codesNow],
  );

  return {
    commit,
    clear,
    undo,
    codesNow,
    shownCodes,
    problem,
    dismissProblem: () => setProblem(null),
    saving: setCells.isPending,
    isPending: (cell: CellRef) => pending.has(cellKey(cell.staffId, cell.date)),
  };
}
