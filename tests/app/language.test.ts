import { describe, expect, it } from 'vitest';
import { emptyCore } from '../../shared/schema';
import type { Settings } from '../../shared/schema';
import { createLanguageState } from '../../electron/core/app/language';
import type { CareStore, CareTx, StoreReadOnly } from '../../electron/core/care-store';

/** Minimal in-memory store: enough to see what the language service writes. */
function fakeStore(readOnly: StoreReadOnly | null = null) {
  const core = emptyCore(new Date('2026-01-01T00:00:00Z'));
  const actions: string[] = [];
  const store: CareStore = {
    readOnly,
    warnings: [],
    core,
    shard: () => Promise.reject(new Error('no shards in this test')),
    record: () => Promise.resolve(false),
    async mutate(meta, fn) {
      if (readOnly) throw new Error('read-only');
      actions.push(meta.action);
      const tx = {
        core,
        set: (_name: string, value: unknown) => void (core.settings = value as Settings),
      } as unknown as CareTx;
      return fn(tx);
    },
  };
  return { store, core, actions };
}

describe('interface language', () => {
  it('follows the system until a choice is saved in settings, then tells the menu', async () => {
    const { store, core, actions } = fakeStore();
    const changes: string[] = [];
    const languages = createLanguageState({
      store: () => store,
      system: 'zh-CN',
      onChange: (l) => changes.push(l),
    });
    expect(languages.current()).toBe('zh-CN');
    expect(languages.preference()).toBeNull();

    await languages.setPreference('en', 'local');
    expect(core.settings.language).toBe('en');
    expect(actions).toEqual(['settings.language']);
    expect(languages.current()).toBe('en');
    expect(changes).toEqual(['en']);

    await languages.setPreference(null, 'local');
    expect(core.settings.language).toBeNull();
    expect(languages.current()).toBe('zh-CN');
    expect(changes).toEqual(['en', 'zh-CN']);
  });

  it('keeps the choice for this session only when the data folder is read-only', async () => {
    const { store, actions } = fakeStore({
      reason: 'quarantined',
      files: [{ file: 'core.json', problem: 'unparsable' }],
    });
    const languages = createLanguageState({ store: () => store, system: 'zh-CN' });
    await languages.setPreference('en', 'local');
    expect(languages.current()).toBe('en');
    expect(actions).toEqual([]);
  });
});
