import '../rosters.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, RosterGrid } from '../../../../../shared/ipc/rosters';
import { cursorKeyOf, moveCursor } from '../model/grid-cursor';
import type { Cursor } from '../model/grid-cursor';
import { cellText } from '../model/cell-codes';
import { bodyLines } from '../model/row-groups';
import { CoverRows } from './cover-rows';
import { GridCell } from './grid-cell';
import { DayHeader } from './day-header';
import { useCellEditing } from './use-cell-editing';
import type { CellRef } from './use-cell-editing';
import { useDayWords } from './use-day-words';
import { useGroupWords } from './use-group-words';
import { cellKey, warningText, warningsByCell } from './warning-text';

interface Props {
  grid: RosterGrid;
  canEdit: boolean;
  cursor: Cursor;
  onCursor: (cursor: Cursor) => void;
}

interface Draft extends CellRef {
  text: string;
  /** Typed over the cell (arrows save and move) or opened with Enter/F2 (arrows move the caret). */
  mode: 'typed' | 'edit';
}

const TOTAL_KEYS = ['shifts', 'nights', 'restDays', 'hours'] as const;

/**
 * The month or week grid, worked from the keyboard like a spreadsheet: the
 * cell with the cursor holds a text box, so typing (an input method too) goes
 * straight into it. Rows are staff grouped by area and post; the last rows
 * tell per day and shift whether there are enough carers.
 */
export function RosterGridTable({ grid, canEdit, cursor, onCursor }: Props) {
  const { t } = useTranslation('rostersUi');
  const words = useDayWords();
  const groups = useGroupWords();
  const editing = useCellEditing(grid.codes);
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The cursor's box takes the focus when the cursor moves: the grid has the keyboard. */
  const wantsFocus = useRef(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const lines = useMemo(() => bodyLines(grid.rows), [grid.rows]);
  const colourOf = useMemo(() => new Map(grid.codes.map((c) => [c.code, c.colour])), [grid.codes]);
  const warnings = useMemo(() => warningsByCell(grid.warnings), [grid.warnings]);
  const size = { rows: grid.rows.length, cols: grid.days.length };
  // The cursor as kept by the page may point past a shorter month or a filtered list.
  const at = {
    row: Math.max(0, Math.min(cursor.row, size.rows - 1)),
    col: Math.max(0, Math.min(cursor.col, size.cols - 1)),
  };
  const activeRow = grid.rows[at.row];
  const activeDay = grid.days[at.col];

  useEffect(() => {
    if (!wantsFocus.current) return;
    inputRef.current?.focus({ preventScroll: true });
    inputRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [at.row, at.col]);

  const codesOf = useCallback(
    (cell: CellRef) =>
      editing.codesNow(cell, grid.rows.find((r) => r.staffId === cell.staffId)?.cells[cell.date]),
    [editing, grid.rows],
  );

  /** Saves the draft; false when it could not be read (it stays open with the reason). */
  const commitDraft = useCallback((): boolean => {
    if (!draft) return true;
    const accepted = editing.commit(draft, codesOf(draft), draft.text, () => undefined);
    if (accepted) setDraft(null);
    return accepted;
  }, [codesOf, draft, editing]);

  const pick = useCallback(
    (row: number, col: number) => {
      wantsFocus.current = true;
      if (draft) commitDraft();
      setDraft(null);
      onCursor({ row, col });
      // The same cell again: no cursor move, so no effect to focus its box.
      if (row === at.row && col === at.col) inputRef.current?.focus({ preventScroll: true });
    },
    [at.col, at.row, commitDraft, draft, onCursor],
  );

  // The cells get one callback for the grid's life, so moving the cursor re-renders only the two cells concerned.
  const latestPick = useRef(pick);
  useEffect(() => {
    latestPick.current = pick;
  });
  const stablePick = useCallback((row: number, col: number) => latestPick.current(row, col), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || !activeRow || !activeDay) return;
    const cell = { staffId: activeRow.staffId, date: activeDay.date };
    const current = codesOf(cell);
    const key = cursorKeyOf(event);
    const ctrl = event.ctrlKey || event.metaKey;
    if (draft) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setDraft(null);
        editing.dismissProblem();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        commitDraft();
      } else if (key && (draft.mode === 'typed' || key === 'ArrowUp' || key === 'ArrowDown')) {
        event.preventDefault();
        if (commitDraft()) onCursor(moveCursor(at, key, size));
      }
      return;
    }
    if (key) {
      event.preventDefault();
      onCursor(moveCursor(at, key, size));
    } else if ((event.key === 'Enter' || event.key === 'F2') && canEdit) {
      event.preventDefault();
      setDraft({ ...cell, text: cellText(current), mode: 'edit' });
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && canEdit) {
      event.preventDefault();
      editing.clear(cell, current);
    } else if (ctrl && event.key.toLowerCase() === 'z' && canEdit) {
      event.preventDefault();
      const undone = editing.undo(codesOf);
      if (undone) {
        const row = grid.rows.findIndex((r) => r.staffId === undone.staffId);
        const col = grid.days.findIndex((d) => d.date === undone.date);
        if (row >= 0 && col >= 0) onCursor({ row, col });
      }
    } else if (event.key === 'Escape') {
      editing.dismissProblem();
    }
  };

  const editorFor = (row: GridRow, index: number, col: number) => {
    if (index !== at.row || col !== at.col) return null;
    const day = grid.days[col];
    if (!day) return null;
    const codes = row.cells[day.date];
    const cellWarnings = warnings.get(cellKey(row.staffId, day.date)) ?? [];
    const label = [
      t('grid.cellLabel', {
        name: row.name,
        date: words.shortDate(day.date),
        codes: codes && codes.length > 0 ? cellText(codes) : t('grid.cellEmpty'),
      }),
      ...cellWarnings.map((w) => warningText(t, w)),
    ].join('；');
    const problemHere =
      editing.problem?.staffId === row.staffId && editing.problem.date === day.date
        ? 'cell-error'
        : undefined;
    return (
      <input
        ref={inputRef}
        className={draft ? 'cell-input editing' : 'cell-input'}
        value={draft ? draft.text : ''}
        readOnly={!canEdit}
        aria-label={label}
        aria-invalid={problemHere ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        data-testid="cell-input"
        data-editing={draft ? 'true' : 'false'}
        onChange={(event) => {
          if (!canEdit) return;
          setDraft({
            staffId: row.staffId,
            date: day.date,
            text: event.target.value,
            mode: draft?.mode ?? 'typed',
          });
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          wantsFocus.current = true;
        }}
        onBlur={(event) => {
          // Focus gone elsewhere on the page (a button, a dialog): the grid lets go of the keyboard.
          // A box removed because the cursor moved has no such target and keeps it.
          const to = event.relatedTarget;
          if (to instanceof Node && !wrapRef.current?.contains(to)) wantsFocus.current = false;
          if (draft && to !== null) commitDraft();
        }}
      />
    );
  };

  const columns = grid.days.length + 1 + TOTAL_KEYS.length;
  return (
    <div className="roster-grid-wrap" ref={wrapRef} data-testid="roster-grid-wrap">
      <table
        className={grid.days.length <= 7 ? 'roster-grid week' : 'roster-grid'}
        data-testid="roster-grid"
        data-from={grid.from}
        data-to={grid.to}
      >
        <thead>
          <tr>
            <th scope="col" className="name">
              {t('grid.name')}
            </th>
            {grid.days.map((day) => (
              <DayHeader key={day.date} day={day} weekday={words.weekday(day.weekday)} />
            ))}
            {TOTAL_KEYS.map((key) => (
              <th scope="col" key={key} className="total">
                {t(`grid.totals.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) =>
            line.kind === 'group' ? (
              <tr key={line.key} className="group" data-testid="roster-group">
                <th scope="rowgroup" colSpan={columns}>
                  <span className="group-name">{groups.group(line.area, line.post)}</span>
                </th>
              </tr>
            ) : (
              <tr key={line.key} data-testid="roster-row" data-staff={line.row.staffId}>
                <th scope="row" className="name">
                  {line.row.name}
                  {!line.row.active && <span className="inactive"> ({t('grid.inactive')})</span>}
                </th>
                {grid.days.map((day, col) => {
                  const cell = { staffId: line.row.staffId, date: day.date };
                  const cellWarnings = warnings.get(cellKey(cell.staffId, cell.date));
                  const problem =
                    editing.problem?.staffId === cell.staffId && editing.problem.date === cell.date
                      ? editing.problem.message
                      : null;
                  const typing = draft?.staffId === cell.staffId && draft.date === cell.date;
                  const shown = typing ? '' : editing.shownCodes(cell, line.row.cells[day.date]);
                  return (
                    <GridCell
                      key={day.date}
                      staffId={cell.staffId}
                      date={cell.date}
                      row={line.index}
                      col={col}
                      text={shown}
                      colour={colourOf.get(shown.split('/')[0] ?? '')}
                      offDay={day.offDay}
                      warningText={
                        cellWarnings ? cellWarnings.map((w) => warningText(t, w)).join('\n') : null
                      }
                      pending={editing.isPending(cell)}
                      problem={problem}
                      editor={editorFor(line.row, line.index, col)}
                      onPick={stablePick}
                    />
                  );
                })}
                {TOTAL_KEYS.map((key) => (
                  <td key={key} className="total" data-testid={`total-${key}`}>
                    {line.row.totals[key]}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
        <CoverRows grid={grid} />
      </table>
    </div>
  );
}
