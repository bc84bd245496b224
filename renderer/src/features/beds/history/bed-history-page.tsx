import { Button, Card, Flex, Result, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BedHistoryRow } from '../../../../../shared/ipc/beds';
import { PageTitle } from '../../../components/page-title';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import { bedsPaths } from '../paths';
import { useBedHistory } from '../queries';

/** Who lay in one bed, oldest first: each bed assignment with its dates and the stay it belongs to. */
export function BedHistoryPage() {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const dateText = useDateText();
  const { bedId = '' } = useParams();
  const history = useBedHistory(bedId);
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => void navigate(bedsPaths.board())}
      data-testid="bed-history-back"
    >
      {t('history.back')}
    </Button>
  );
  if (history.isPending) return <Skeleton active />;
  if (history.isError) {
    return (
      <div data-testid="bed-history">
        <PageTitle>{t('history.notFound')}</PageTitle>
        <Result status="404" title={history.error.message} extra={back} />
      </div>
    );
  }
  const { bed, building, rows } = history.data;
  const columns: TableColumnsType<BedHistoryRow> = [
    { key: 'from', title: t('history.from'), width: 150, render: (_, row) => dateText(row.assignment.from) },
    {
      key: 'to',
      title: t('history.to'),
      width: 150,
      render: (_, row) => (row.assignment.to === null ? t('history.open') : dateText(row.assignment.to)),
    },
    {
      key: 'name',
      title: t('history.name'),
      render: (_, row) => (
        <Link to={peoplePaths.person(row.assignment.personId)} data-testid="bed-history-name">
          {row.personName}
        </Link>
      ),
    },
    {
      key: 'stay',
      title: t('history.stay'),
      render: (_, row) =>
        row.stay === null
          ? ''
          : row.stay.dischargedOn === null
            ? t('history.stayOpen', { from: dateText(row.stay.admittedOn) })
            : t('history.stayRange', {
                from: dateText(row.stay.admittedOn),
                to: dateText(row.stay.dischargedOn),
              }),
    },
  ];
  return (
    <div data-testid="bed-history">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>
          {t('history.title', { building: building.name, bed: bed.label })}
        </PageTitle>
        {back}
      </Flex>
      <Card>
        <Typography.Paragraph>{t('history.intro')}</Typography.Paragraph>
        <Table<BedHistoryRow>
          size="middle"
          rowKey={(row) => row.assignment.id}
          columns={columns}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('history.empty') }}
          onRow={() => ({ 'data-testid': 'bed-history-row' }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </div>
  );
}
