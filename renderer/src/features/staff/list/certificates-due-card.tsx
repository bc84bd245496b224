import { Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CertificateDue } from '../../../../../shared/ipc/staff';
import { staffPaths } from '../paths';
import { usePostLabel } from '../post-label';
import { useCertificatesDue } from '../queries';
import { STATE_STYLES } from '../state-colours';
import { useCertificateName } from '../form/certificate-name';

function DaysLeft({ days }: { days: number }) {
  const { t } = useTranslation('staff');
  const state = days < 0 ? 'expired' : 'expiring';
  const text =
    days < 0 ? t('due.expired', { days: -days }) : days === 0 ? t('due.today') : t('due.left', { days });
  return (
    <Tag style={STATE_STYLES[state]} data-testid="due-days" data-state={state}>
      {text}
    </Tag>
  );
}

/** 证书到期提醒: certificates of active staff that expired or expire within 30 days, most urgent first. */
export function CertificatesDueCard({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation('staff');
  const due = useCertificatesDue();
  const postLabel = usePostLabel();
  const certificateName = useCertificateName();
  const columns: TableColumnsType<CertificateDue> = [
    {
      key: 'name',
      title: t('due.columns.name'),
      // The post in plain text: antd's grey secondary text falls below 4.5:1 on white.
      render: (_, d) => (
        <>
          {mayEdit ? (
            <Link to={staffPaths.staffEdit(d.staffId)} style={{ textDecoration: 'underline' }}>
              {d.staffName}
            </Link>
          ) : (
            d.staffName
          )}{' '}
          · {postLabel(d.post)}
        </>
      ),
    },
    {
      key: 'certificate',
      title: t('due.columns.certificate'),
      render: (_, d) => certificateName(d.certificate),
    },
    { key: 'expiresOn', title: t('due.columns.expiresOn'), dataIndex: 'expiresOn' },
    { key: 'status', title: t('due.columns.status'), render: (_, d) => <DaysLeft days={d.daysLeft} /> },
  ];
  return (
    <Card
      title={t('due.title')}
      extra={<Typography.Text type="secondary">{t('due.help')}</Typography.Text>}
      data-testid="certificates-due"
    >
      <Table<CertificateDue>
        rowKey={(d) => `${d.staffId}-${d.certificate.id}`}
        size="small"
        columns={columns}
        dataSource={due.data ?? []}
        loading={due.isFetching}
        pagination={false}
        locale={{ emptyText: t('due.none') }}
        onRow={(d) =>
          ({ 'data-testid': 'due-row', 'data-staff': d.staffName }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  );
}
