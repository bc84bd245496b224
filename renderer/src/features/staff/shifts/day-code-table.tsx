import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayCode } from '../../../../../shared/schema';
import { ColourSwatch } from './colour-swatch';

interface Props {
  items: DayCode[];
  loading: boolean;
  onEdit: (dayCode: DayCode) => void;
}

export function DayCodeTable({ items, loading, onEdit }: Props) {
  const { t } = useTranslation('staff');
  const columns: TableColumnsType<DayCode> = [
    {
      key: 'code',
      title: t('shifts.code'),
      render: (_, d) => <ColourSwatch colour={d.colour} code={d.code} />,
    },
    { key: 'name', title: t('shifts.name'), dataIndex: 'name' },
    { key: 'kind', title: t('dayCodes.kind'), render: (_, d) => t(`dayCodes.kinds.${d.kind}`) },
    {
      key: 'active',
      title: t('shifts.active'),
      render: (_, d) =>
        d.active ? t('shifts.yes') : <Typography.Text type="secondary">{t('shifts.no')}</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('shifts.actions'),
      render: (_, d) => (
        <Button type="link" onClick={() => onEdit(d)} data-testid={`daycode-edit-${d.code}`}>
          {t('shifts.editAction')}
        </Button>
      ),
    },
  ];
  return (
    <Table<DayCode>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('dayCodes.empty') }}
      data-testid="daycode-table"
    />
  );
}
