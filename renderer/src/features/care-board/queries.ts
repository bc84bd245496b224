import { useQuery } from '@tanstack/react-query';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { BOARD_ROOT } from '../../app';

/**
 * react-query keys of the 24-hour board. The query client invalidates
 * `['board']` after every successful change anywhere in the app
 * (app/create-query-client.ts), so the board never shows a state older than
 * the last thing recorded.
 */
export const careBoardKeys = {
  all: [BOARD_ROOT] as const,
  now: [BOARD_ROOT, 'now'] as const,
};

/** Rounds fall due with the clock, not with any change: the board reads itself again every minute. */
export const BOARD_REFRESH_MS = 60_000;

/**
 * The board as it stands now. Fresh for half a minute: coming back to the
 * home page after a change shows the change (the change made it stale),
 * while going back and forth between pages does not ask the core each time.
 */
export function useCareBoard() {
  return useQuery({
    queryKey: careBoardKeys.now,
    queryFn: () => unwrap(care.board.now()),
    staleTime: 30_000,
    refetchInterval: BOARD_REFRESH_MS,
    refetchOnWindowFocus: true,
    placeholderData: (previous) => previous,
  });
}
