import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShiftTemplate } from '../../../../../shared/schema';
import { ColourSwatch } from './colour-swatch';

interface Props {
  items: ShiftTemplate[];
  loading: boolean;
  onEdit: (template: ShiftTemplate) => void;
}

const hours = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

/** Code (in its colour), name, times, crosses midnight, paid hours, break, night, in use. */
export function ShiftTemplateTable({ items, loading, onEdit }: Props) {
  const { t } = useTranslation('staff');
  const yesNo = (value: boolean) => (value ? t('shifts.yes') : t('shifts.no'));
  const columns: TableColumnsType<ShiftTemplate> = [
    {
      key: 'code',
      title: t('shifts.code'),
      render: (_, s) => <ColourSwatch colour={s.colour} code={s.code} />,
    },
    { key: 'name', title: t('shifts.name'), dataIndex: 'name' },
    { key: 'start', title: t('shifts.start'), dataIndex: 'start' },
    { key: 'end', title: t('shifts.end'), dataIndex: 'end' },
    {
      key: 'crossesMidnight',
      title: t('shifts.crossesMidnight'),
      render: (_, s) => yesNo(s.crossesMidnight),
    },
    { key: 'paidHours', title: t('shifts.paidHours'), render: (_, s) => hours(s.paidHours) },
    { key: 'breakMinutes', title: t('shifts.breakMinutes'), dataIndex: 'breakMinutes' },
    { key: 'night', title: t('shifts.night'), render: (_, s) => yesNo(s.night) },
    {
      key: 'active',
      title: t('shifts.active'),
      render: (_, s) =>
        s.active ? yesNo(true) : <Typography.Text type="secondary">{yesNo(false)}</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('shifts.actions'),
      render: (_, s) => (
        <Button type="link" onClick={() => onEdit(s)} data-testid={`shift-edit-${s.code}`}>
          {t('shifts.editAction')}
        </Button>
      ),
    },
  ];
  return (
    <Table<ShiftTemplate>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('shifts.empty') }}
      data-testid="shift-table"
    />
  );
}
