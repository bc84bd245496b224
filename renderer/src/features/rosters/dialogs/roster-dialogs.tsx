import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import type { Cursor } from '../model/grid-cursor';
import type { RosterPeriod } from '../model/period';
import { CopyDialog } from './copy-dialog';
import { PatternDialog } from './pattern-dialog';
import { PublishDialog } from './publish-dialog';
import { SwapDialog } from './swap-dialog';

export type RosterDialog = 'pattern' | 'copy' | 'swap' | 'publish';

interface Props {
  open: RosterDialog | null;
  grid: RosterGrid;
  period: RosterPeriod;
  cursor: Cursor;
  /** The grid shows some areas only: copies then concern its rows. */
  filtered: boolean;
  onClose: () => void;
}

/** The grid's tools, one dialog at a time; the cell under the cursor seeds the swap. */
export function RosterDialogs({ open, grid, period, cursor, filtered, onClose }: Props) {
  switch (open) {
    case null:
      return null;
    case 'pattern':
      return <PatternDialog grid={grid} from={period.from} to={period.to} onClose={onClose} />;
    case 'copy':
      return (
        <CopyDialog
          grid={grid}
          period={period}
          staffIds={filtered ? grid.rows.map((r) => r.staffId).slice(0, 100) : null}
          onClose={onClose}
        />
      );
    case 'swap':
      return (
        <SwapDialog
          grid={grid}
          staffId={grid.rows[cursor.row]?.staffId ?? null}
          date={grid.days[cursor.col]?.date ?? period.from}
          onClose={onClose}
        />
      );
    case 'publish':
      return period.kind === 'month' ? (
        <PublishDialog grid={grid} month={period.month} onClose={onClose} />
      ) : null;
  }
}
