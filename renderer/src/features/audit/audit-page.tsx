import { PageTitle } from '../../components/page-title';
import { useState } from 'react';
import { Button, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/ipc/audit';
import { useAuditPages } from './queries';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { ChainState } from './chain-state';
import { AuditExportButton } from './audit-export-button';

/** Who did what and when: the chain's state on top, the filters, the entries newest first, "more" below. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [filter, setFilter] = useState<AuditFilter>({});
  const [elderName, setElderName] = useState<string | null>(null);
  const pages = useAuditPages(filter);
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];
  const chain = pages.data?.pages[0]?.chain;
  return (
    <div data-testid="audit-page">
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('title')}</PageTitle>
        <AuditExportButton filter={filter} />
      </Flex>
      {chain ? <ChainState chain={chain} /> : pages.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
      <AuditFilters filter={filter} onChange={setFilter} elderName={elderName} onElderName={setElderName} />
      <AuditTable
        entries={entries}
        loading={pages.isPending || (pages.isFetching && !pages.isFetchingNextPage)}
        onElder={(person) => {
          setElderName(person.name);
          setFilter({ ...filter, personId: person.id });
        }}
      />
      {pages.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button
            onClick={() => void pages.fetchNextPage()}
            loading={pages.isFetchingNextPage}
            data-testid="audit-more"
          >
            {t('more')}
          </Button>
        </Flex>
      )}
    </div>
  );
}
