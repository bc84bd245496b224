import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditFilter, AuditPage } from '../../../../shared/ipc/audit';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';

/** Entries per "more": a screenful or two; the core allows up to 500. */
export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => ['audit', 'list', filter] as const,
  people: (query: string) => ['audit', 'people', query] as const,
};

/**
 * The audit trail newest first, one page after another ("more" asks for the
 * entries before the last one shown). Re-read on every visit: it only grows.
 */
export function useAuditPages(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        care.audit.list({ filter, limit: AUDIT_PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) }),
      ),
    initialPageParam: 0,
    getNextPageParam: (page: AuditPage) => (page.more ? page.entries.at(-1)?.seq : undefined),
    staleTime: 0,
  });
}

/** The filtered trail as an Excel file (base64); the export itself is audited by the core. */
export function useAuditExport() {
  return useMutation({ mutationFn: (filter: InputOf<'audit.export'>) => unwrap(care.audit.export(filter)) });
}

/** Elders whose name matches, for the filter's search box. */
export function useElderChoices(query: string) {
  return useQuery({
    queryKey: auditKeys.people(query),
    queryFn: () => unwrap(care.people.list({ query, limit: 20, includeEnded: true })),
    enabled: query.trim() !== '',
    staleTime: 30_000,
  });
}
