import { Alert, Button, DatePicker, Empty, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { IncidentRow } from '../../../../../shared/ipc/incidents';
import { addMonths } from '../../../../../shared/domain/dates';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay } from '../../auth';
import { useReadOnly } from '../../../app';
import { IncidentState } from '../incident-state';
import { incidentsPaths } from '../paths';
import { useIncidentList } from '../queries';
import { useNameList } from '../use-name-list';

const DATE = 'YYYY-MM-DD';

/** `/incidents`: open ones first, then the newest; `?ids=` keeps only those (the board's numbers). */
export function IncidentsListPage() {
  const { t } = useTranslation(['incidents', 'domain']);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const mayReport = useMay('care.record');
  const readOnly = useReadOnly();
  const dateText = useDateText();
  const nameList = useNameList();
  const today = todayIso();
  const to = params.get('to') ?? today;
  const from = params.get('from') ?? addMonths(to, -3);
  const ids = params.get('ids')?.split(',').filter(Boolean) ?? null;
  const list = useIncidentList(from <= to ? from : to, to);
  const rows = (list.data ?? []).filter((row) => ids === null || ids.includes(row.incident.id));
  const setRange = (next: { from?: string; to?: string }) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) updated.set(key, value);
    setParams(updated, { replace: true });
  };
  return (
    <div data-testid="incidents-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        {mayReport && (
          <Button
            type="primary"
            size="large"
            icon={<PlusOutlined />}
            disabled={readOnly}
            onClick={() => void navigate(incidentsPaths.report())}
            data-testid="incidents-report"
          >
            {t('list.report')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('list.range')}</Typography.Text>
        <DatePicker
          id="incidents-from"
          aria-label={`${t('list.range')} ①`}
          format={DATE}
          allowClear={false}
          value={dayjs(from, DATE, true)}
          onChange={(value) => value && setRange({ from: value.format(DATE) })}
          data-testid="incidents-from"
        />
        <span aria-hidden>–</span>
        <DatePicker
          id="incidents-to"
          aria-label={`${t('list.range')} ②`}
          format={DATE}
          allowClear={false}
          value={dayjs(to, DATE, true)}
          onChange={(value) => value && setRange({ to: value.format(DATE) })}
          data-testid="incidents-to"
        />
        <Typography.Text type="secondary">{t('list.rangeHint')}</Typography.Text>
      </Flex>
      {ids !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('list.filtered', { count: ids.length })}
          action={<Link to={incidentsPaths.list()}>{t('list.showAll')}</Link>}
          data-testid="incidents-filtered"
        />
      )}
      {list.isError && <Alert type="error" showIcon title={t('list.loadFailed')} />}
      <Table<IncidentRow>
        rowKey={(row) => row.incident.id}
        dataSource={rows}
        loading={list.isPending}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={(row) =>
          ({
            'data-testid': 'incident-row',
            'data-incident-id': row.incident.id,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{
          emptyText: <Empty description={t('list.empty')} data-testid="incidents-empty" />,
        }}
        columns={[
          {
            key: 'when',
            title: t('list.columns.when'),
            width: 190,
            render: (_, { incident }) => (
              <Link to={incidentsPaths.incident(incident.id, incident.date)} data-testid="incident-link">
                {dateText(incident.date)} {incident.occurredTime}
              </Link>
            ),
          },
          {
            key: 'kind',
            title: t('list.columns.kind'),
            width: 150,
            render: (_, { incident }) => t(`domain:incident.${incident.category}`),
          },
          {
            key: 'elders',
            title: t('list.columns.elders'),
            render: (_, row) => <span data-testid="incident-elders">{nameList(row.names)}</span>,
          },
          {
            key: 'state',
            title: t('list.columns.state'),
            render: (_, { incident }) => <IncidentState incident={incident} />,
          },
        ]}
      />
    </div>
  );
}
