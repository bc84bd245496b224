import { useRef } from 'react';
import { App, Button, Card, Flex, Typography } from 'antd';
import { ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCenterHasPeople, usePeopleList, usePeopleFirstMatch } from '../queries';
import { useReadOnly } from '../../../app';
import { useFormat } from '../../../i18n/use-format';
import { peoplePaths } from '../paths';
import { ExportButton } from './export-button';
import { PeopleFilters } from './people-filters';
import { PeopleFirstUse, PeopleNoMatch } from './people-empty';
import { PeopleSearchBox } from './people-search-box';
import { PeopleTable } from './people-table';
import { PAGE_SIZE, filterOf } from './people-filter';
import type { PeopleView } from './people-filter';
import { usePeopleView } from './use-people-view';
import { PageTitle } from '../../../components/page-title';
import { useMay } from '../../auth';

/** 老人档案: find an elder quickly, narrow the list, export it, add or import people. */
export function PeopleListPage() {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayExport = useMay('elders.export');
  const mayWrite = useMay('elders.write');
  const format = useFormat();
  const { view, update } = usePeopleView();
  const filter = filterOf(view);
  const list = usePeopleList({ ...filter, offset: (view.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const firstMatch = usePeopleFirstMatch();
  const total = list.data?.total ?? 0;
  const hasPeople = useCenterHasPeople(list.data !== undefined && total === 0);
  const top = useRef<HTMLDivElement>(null);

  const clearAll = () =>
    update({
      query: '',
      service: undefined,
      status: undefined,
      category: undefined,
      abilityLevel: undefined,
      village: '',
      includeEnded: undefined,
    });
  const changeTable = (change: Partial<PeopleView>) => {
    update(change);
    // The pager sits under the last row: the next page starts reading from the top of the list.
    if (change.page !== undefined) top.current?.scrollIntoView({ block: 'start' });
  };
  const emptyText =
    hasPeople.data === false ? (
      <PeopleFirstUse />
    ) : hasPeople.data === true ? (
      <PeopleNoMatch onClear={clearAll} />
    ) : (
      // Not known yet: better a moment of nothing than the wrong message.
      ' '
    );

  const openFirst = async (text: string) => {
    const id = await firstMatch(filterOf(view, text)).catch(() => null);
    if (id) void navigate(peoplePaths.person(id));
    else if (text.trim()) void message.info(t('list.noMatch', { text: text.trim() }));
  };

  return (
    <div data-testid="people-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        <Flex gap={8} wrap>
          {mayExport && <ExportButton filter={filter} disabled={total === 0} />}
          {mayWrite && (
            <>
              <Button
                icon={<ImportOutlined />}
                disabled={readOnly}
                onClick={() => void navigate(peoplePaths.peopleImport)}
                data-testid="people-import"
              >
                {t('list.import')}
              </Button>
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                disabled={readOnly}
                onClick={() => void navigate(peoplePaths.personNew)}
                data-testid="people-add"
              >
                {t('list.add')}
              </Button>
            </>
          )}
        </Flex>
      </Flex>
      <Card ref={top}>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <PeopleSearchBox
              value={view.query}
              onSearch={(query) => update({ query })}
              onOpenFirst={(text) => void openFirst(text)}
            />
            <Typography.Text
              type="secondary"
              data-testid="people-count"
              data-count={list.data ? total : undefined}
            >
              {list.data ? t('list.count', { count: total, value: format.number(total) }) : ''}
            </Typography.Text>
          </Flex>
          <PeopleFilters view={view} onChange={update} />
          <PeopleTable
            view={view}
            items={list.data?.items ?? []}
            total={total}
            loading={list.isFetching}
            onChange={changeTable}
            emptyText={emptyText}
          />
        </Flex>
      </Card>
    </div>
  );
}
