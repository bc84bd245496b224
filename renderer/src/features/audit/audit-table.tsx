import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/ipc/audit';
import { useFormat } from '../../i18n/use-format';

interface Props {
  entries: AuditEntryView[];
  loading: boolean;
  /** Narrow the trail to one elder (a name in a row was clicked). */
  onElder: (person: { id: string; name: string }) => void;
}

/** Newest first: when, who, what kind, what, whose record, which records changed. */
export function AuditTable({ entries, loading, onElder }: Props) {
  const { t } = useTranslation(['audit', 'common']);
  const format = useFormat();
  const columns: TableColumnsType<AuditEntryView> = [
    {
      key: 'at',
      title: t('audit:columns.at'),
      width: 170,
      render: (_, entry) => format.dateTimePrecise(entry.at),
    },
    {
      key: 'user',
      title: t('audit:columns.user'),
      width: 150,
      render: (_, entry) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{entry.displayName ?? entry.username}</Typography.Text>
          {entry.displayName && <Typography.Text type="secondary">{entry.username}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('audit:columns.kind'),
      width: 110,
      render: (_, entry) => <Tag>{t(`audit:kinds.${entry.kind}`)}</Tag>,
    },
    {
      key: 'what',
      title: t('audit:columns.what'),
      render: (_, entry) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{entry.summary ?? entry.action}</Typography.Text>
          {entry.summary && (
            <Typography.Text type="secondary" code>
              {entry.action}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'people',
      title: t('audit:columns.people'),
      width: 160,
      render: (_, entry) => (
        <Space size={0} wrap>
          {entry.people.map((person) => (
            <Button key={person.id} type="link" size="small" onClick={() => onElder(person)}>
              {person.name}
            </Button>
          ))}
        </Space>
      ),
    },
    {
      key: 'changes',
      title: t('audit:columns.changes'),
      width: 90,
      align: 'right',
      render: (_, entry) => format.number(entry.changes.length),
    },
  ];
  return (
    <Table<AuditEntryView>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('common:status.empty') }}
      data-testid="audit-table"
      onRow={(entry) => ({ 'data-testid': `audit-row-${entry.seq}` }) as object}
    />
  );
}
