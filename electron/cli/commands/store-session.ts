import { translate } from '../../../shared/i18n/translate';
import { openStore, type Store } from '../../core/store';
import type { CliContext } from '../run';

/**
 * Open the store for one command and always close it (releasing the lock),
 * warning first when it opened read-only so the user knows why.
 */
export async function withStore<T>(ctx: CliContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dir: ctx.dataDir });
  try {
    if (store.readOnly) {
      const reason = translate(ctx.m.language, `store.readOnlyReason.${store.readOnly.reason}`);
      ctx.output.err(
        ctx.m.t('common.readOnly', { reason, files: store.readOnly.files.map((f) => f.file).join(', ') }),
      );
    }
    return await fn(store);
  } finally {
    await store.close();
  }
}
