/**
 * Every successful change anywhere in the app marks the 24-hour board stale,
 * so it shows the change the next time it is read (at once when on screen);
 * a failed change leaves it as it was, and other features' queries are not touched.
 */
import { describe, expect, it } from 'vitest';
import { BOARD_ROOT, createQueryClient } from '../../renderer/src/app/create-query-client';

/** The board's key (features/care-board/queries.ts; that module talks to the core, so it is not imported here). */
const BOARD_NOW = [BOARD_ROOT, 'now'];

async function change(outcome: 'ok' | 'refused') {
  const client = createQueryClient(() => undefined);
  client.setQueryData(BOARD_NOW, { date: '2026-03-10' });
  client.setQueryData(['people', 'list', {}], { items: [] });
  const mutation = client.getMutationCache().build(client, {
    mutationFn: () => (outcome === 'ok' ? Promise.resolve('saved') : Promise.reject(new Error('refused'))),
  });
  await mutation.execute(undefined).catch(() => undefined);
  return client;
}

describe('the board after a change', () => {
  it('is stale after any successful change, whatever feature made it', async () => {
    const client = await change('ok');
    expect(client.getQueryState(BOARD_NOW)?.isInvalidated).toBe(true);
    expect(client.getQueryState(['people', 'list', {}])?.isInvalidated).toBe(false);
  });

  it('stays as it was after a refused change', async () => {
    const client = await change('refused');
    expect(client.getQueryState(BOARD_NOW)?.isInvalidated).toBe(false);
  });
});
