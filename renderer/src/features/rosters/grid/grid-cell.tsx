import { memo } from 'react';
import type { ReactNode } from 'react';
import { Popover } from 'antd';
import { codeColours } from '../model/text-colour';

interface Props {
  staffId: string;
  date: string;
  row: number;
  col: number;
  /** The codes as shown ('白/夜'), the saved ones or those being saved. */
  text: string;
  /** The first code's colour fills the cell. */
  colour: string | undefined;
  offDay: boolean;
  warningText: string | null;
  pending: boolean;
  /** The refusal of the last change of this cell, shown at it. */
  problem: string | null;
  /** The keyboard's cell holds the editor. */
  editor: ReactNode;
  onPick: (row: number, col: number) => void;
}

/** One staff member on one day: the codes on their colour, a warning mark, the editor when active. */
export const GridCell = memo(function GridCell({
  staffId,
  date,
  row,
  col,
  text,
  colour,
  offDay,
  warningText,
  pending,
  problem,
  editor,
  onPick,
}: Props) {
  const filled = text !== '';
  const colours = filled ? codeColours(colour) : null;
  const classes = ['cell'];
  if (offDay) classes.push('off-day');
  if (editor) classes.push('active');
  if (pending) classes.push('pending');
  if (problem) classes.push('refused');
  const content = (
    <div className="cell-box" title={warningText ?? undefined}>
      <span className="cell-codes">{text}</span>
      {warningText && (
        <span className="cell-warning" aria-hidden="true" data-testid="cell-warning">
          !
        </span>
      )}
      {editor}
    </div>
  );
  return (
    <td
      className={classes.join(' ')}
      style={colours ?? undefined}
      data-testid="roster-cell"
      data-staff={staffId}
      data-date={date}
      data-codes={text}
      data-warning={warningText ? 'true' : undefined}
      onMouseDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        onPick(row, col);
      }}
    >
      {content}
      {problem && (
        // A sibling anchor, so opening and closing the message never remounts the cell's box (and its focus).
        <Popover
          open
          placement="bottom"
          content={
            <span className="cell-problem" role="alert" data-testid="cell-error">
              {problem}
            </span>
          }
        >
          <span className="cell-problem-anchor" />
        </Popover>
      )}
    </td>
  );
});
