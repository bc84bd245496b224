import { CareError } from '../../../shared/errors';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { nodeFileSystem } from '../store';
import { exportAudit, listAudit, recordPrint, type AuditDeps } from './audit-service';

export function auditHandlers(ctx: HandlerContext): FeatureHandlers<'audit'> {
  const deps: AuditDeps = { store: ctx.store, fs: nodeFileSystem, dataDir: ctx.dataDir, now: ctx.now };
  return {
    'audit.list': (input) => listAudit(deps, input),
    'audit.export': (filter) => exportAudit(deps, filter, ctx.languages.current()),
    'audit.recordPrint': ({ kind, personId }) => {
      if (!ctx.store().core.people.some((p) => p.id === personId)) throw new CareError('people.notFound');
      return recordPrint(deps, kind, personId);
    },
  };
}
