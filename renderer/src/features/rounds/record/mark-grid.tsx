import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Input, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROUND_MARKS } from '../../../../../shared/schema/rounds';
import type { RoundMarkValue } from '../../../../../shared/schema/rounds';
import type { SheetRow } from '../../../../../shared/ipc/rounds';
import { MARK_KEYS, markOfKey } from '../marks';
import type { MarkEntry } from '../marks';
import { ResidentTags } from './resident-tags';

export const MARK_COLOURS: Readonly<Record<RoundMarkValue, string>> = {
  asleep: '#1d4ed8',
  awake: '#0f766e',
  normal: '#15803d',
  needsAttention: '#b91c1c',
};

interface Props {
  rows: readonly SheetRow[];
  entries: readonly MarkEntry[];
  cursor: number;
  /** The row whose note box is open, or null. */
  noteRow: number | null;
  noteErrors: Readonly<Record<string, string>>;
  onCursor: (index: number) => void;
  onMark: (index: number, mark: RoundMarkValue) => void;
  onOpenNote: (index: number, key: 'n' | 'enter') => void;
  onNote: (index: number, note: string) => void;
  /** The note box closed: Enter goes on to the next row, Esc and leaving the box stay. */
  onCloseNote: (advance: boolean) => void;
  onAllAsleep: () => void;
}

/**
 * One row per resident in bed order, one key per mark. The grid holds the
 * focus, the focused row is highlighted and announced as the active one; the
 * buttons in each row are for the mouse and stay out of the Tab order, so Tab
 * goes on to the findings as on the paper form.
 */
export function MarkGrid(props: Props) {
  const { rows, entries, cursor, noteRow } = props;
  // Bed labels repeat from one building to the next: name the building when there are several.
  const manyBuildings = new Set(rows.map((r) => r.buildingName)).size > 1;
  const { t } = useTranslation('rounds');
  const { token } = theme.useToken();
  const grid = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    document.getElementById(`round-row-${cursor}`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  useEffect(() => {
    if (noteRow === null) return;
    note.current?.focus();
  }, [noteRow]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into a note box are words, not marks.
    if (event.target !== grid.current || event.ctrlKey || event.metaKey || event.altKey) return;
    const mark = markOfKey(event.key);
    const last = rows.length - 1;
    if (mark !== null) props.onMark(cursor, mark);
    else if (event.key === 'ArrowDown') props.onCursor(Math.min(cursor + 1, last));
    else if (event.key === 'ArrowUp') props.onCursor(Math.max(cursor - 1, 0));
    else if (event.key === 'Home') props.onCursor(0);
    else if (event.key === 'End') props.onCursor(last);
    else if (event.key === 'n' || event.key === 'N') props.onOpenNote(cursor, 'n');
    else if (event.key === 'Enter') props.onOpenNote(cursor, 'enter');
    else if (event.key === 'a' || event.key === 'A') props.onAllAsleep();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={grid}
      role="grid"
      tabIndex={0}
      aria-label={t('record.gridLabel')}
      aria-rowcount={rows.length}
      aria-activedescendant={rows.length > 0 ? `round-row-${cursor}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="round-grid"
      data-cursor={cursor}
      className="round-grid"
      style={{
        border: `1px solid ${token.colorBorder}`,
        borderRadius: token.borderRadius,
        outlineOffset: 2,
        fontSize: token.fontSizeLG,
        // The list scrolls inside itself, so the keys and the live counts above stay in sight.
        maxHeight: 'calc(100vh - 320px)',
        minHeight: 240,
        overflowY: 'auto',
      }}
    >
      {rows.map((row, index) => {
        const entry = entries[index] ?? { mark: null, note: '' };
        const active = index === cursor;
        const noteError = props.noteErrors[row.personId];
        return (
          <div
            key={row.personId}
            id={`round-row-${index}`}
            role="row"
            aria-selected={active}
            aria-rowindex={index + 1}
            data-testid="round-row"
            data-person={row.personId}
            data-mark={entry.mark ?? ''}
            onClick={() => {
              props.onCursor(index);
              grid.current?.focus();
            }}
            style={{
              display: 'grid',
              gridTemplateColumns: `${manyBuildings ? 150 : 90}px minmax(180px, 1.4fr) auto minmax(160px, 1fr)`,
              alignItems: 'center',
              gap: 12,
              padding: '6px 12px',
              minHeight: 48,
              borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
              background: active ? token.colorWarningBg : undefined,
              boxShadow: active ? `inset 4px 0 0 ${token.colorPrimary}` : undefined,
            }}
          >
            <div role="gridcell" style={{ fontWeight: 600 }}>
              {manyBuildings ? `${row.buildingName} ${row.bedLabel}` : row.bedLabel}
            </div>
            <div role="gridcell">
              <span style={{ marginRight: 8 }}>{row.name}</span>
              <ResidentTags row={row} />
            </div>
            <div role="gridcell" style={{ display: 'flex', gap: 6 }}>
              {ROUND_MARKS.map((mark) => {
                const on = entry.mark === mark;
                return (
                  <Button
                    key={mark}
                    tabIndex={-1}
                    aria-pressed={on}
                    onClick={(event) => {
                      event.stopPropagation();
                      props.onMark(index, mark);
                      grid.current?.focus();
                    }}
                    style={
                      on
                        ? { background: MARK_COLOURS[mark], borderColor: MARK_COLOURS[mark], color: '#fff' }
                        : undefined
                    }
                    data-testid={`round-mark-${mark}`}
                  >
                    {`${MARK_KEYS[mark]} ${t(`marks.${mark}`)}`}
                  </Button>
                );
              })}
            </div>
            <div role="gridcell">
              {noteRow === index ? (
                <Input.TextArea
                  ref={(element) => {
                    note.current = element?.resizableTextArea?.textArea ?? null;
                  }}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  maxLength={500}
                  aria-label={t('record.noteFor', { name: row.name })}
                  value={entry.note}
                  onChange={(event) => props.onNote(index, event.target.value)}
                  onKeyDown={(event) => {
                    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
                      event.preventDefault();
                      props.onCloseNote(event.key === 'Enter');
                      grid.current?.focus();
                    }
                  }}
                  onBlur={() => props.onCloseNote(false)}
                  status={noteError ? 'error' : undefined}
                  data-testid="round-note-input"
                />
              ) : (
                <span data-testid="round-note" style={{ color: token.colorTextSecondary }}>
                  {entry.note}
                </span>
              )}
              {noteError && (
                <div role="alert" style={{ color: token.colorError }}>
                  {noteError}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
