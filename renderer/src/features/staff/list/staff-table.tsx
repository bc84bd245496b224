import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { StaffListItem } from '../../../../../shared/ipc/staff';
import { staffPaths } from '../paths';
import { usePostLabel } from '../post-label';
import { CertificatesTag } from './certificates-tag';

interface Props {
  items: StaffListItem[];
  loading: boolean;
  /** Names open the form only for roles that may edit staff; others read the name. */
  mayEdit: boolean;
}

/** Name (opens the form), post, phone, area, working time, certificates and whether the person still works here. */
export function StaffTable({ items, loading, mayEdit }: Props) {
  const { t } = useTranslation('staff');
  const postLabel = usePostLabel();
  const columns: TableColumnsType<StaffListItem> = [
    {
      key: 'name',
      title: t('list.columns.name'),
      render: (_, s) =>
        mayEdit ? (
          // Underlined: in a table row the link's colour alone does not set it apart from the text (WCAG 1.4.1).
          <Link
            to={staffPaths.staffEdit(s.id)}
            style={{ textDecoration: 'underline' }}
            data-testid="staff-row-name"
          >
            {s.name}
          </Link>
        ) : (
          <span data-testid="staff-row-name">{s.name}</span>
        ),
    },
    { key: 'post', title: t('list.columns.post'), render: (_, s) => postLabel(s.post) },
    { key: 'phone', title: t('list.columns.phone'), render: (_, s) => s.phone ?? '' },
    { key: 'area', title: t('list.columns.area'), render: (_, s) => s.area ?? '' },
    {
      key: 'workingTime',
      title: t('list.columns.workingTime'),
      render: (_, s) => t(`workingTime.${s.workingTime}`),
    },
    {
      key: 'certificates',
      title: t('list.columns.certificates'),
      render: (_, s) => <CertificatesTag state={s.certificates} />,
    },
    {
      key: 'active',
      title: t('list.columns.active'),
      render: (_, s) =>
        s.active ? t('active.yes') : <Typography.Text type="secondary">{t('active.no')}</Typography.Text>,
    },
  ];
  return (
    <Table<StaffListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t('list.noMatch') }}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      onRow={(s) =>
        ({ 'data-testid': 'staff-row', 'data-active': String(s.active) }) as React.HTMLAttributes<HTMLElement>
      }
      data-testid="staff-table"
    />
  );
}
