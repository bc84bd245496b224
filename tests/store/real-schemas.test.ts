import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreDoc } from '../../shared/schema/index';
import { openStore, verifyStore } from '../../electron/core/store';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const at = '2026-11-15T01:30:00.000Z';

describe('store with the real shared/schema model', () => {
  it('creates a valid empty core, stores a building, and verifies', async () => {
    const store = await openStore<CoreDoc>({ dir, now: () => new Date(at) });
    expect(store.readOnly).toBeNull();
    expect(store.core.center).toBeNull();
    await store.mutate({ actor: 'admin', action: 'facility.addBuilding' }, (tx) => {
      tx.put('core', 'buildings', { id: 'building-0001', createdAt: at, updatedAt: at, name: '一号楼' });
      tx.set('settings', store.core.settings);
    });
    await expect(
      store.mutate(
        { actor: 'admin', action: 'facility.addBuilding' },
        (tx) => void tx.put('core', 'buildings', { id: 'x', name: '' }),
      ),
    ).rejects.toMatchObject({
      code: 'validation.invalid',
      fields: expect.arrayContaining([expect.objectContaining({ path: 'id' })]) as unknown,
    });
    await store.close();

    const reopened = await openStore<CoreDoc>({ dir });
    expect(reopened.core.buildings.map((b) => b.name)).toEqual(['一号楼']);
    await reopened.close();
    expect(await verifyStore(dir)).toEqual({ ok: true, problems: [] });
  });
});
