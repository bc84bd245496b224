import type { HTMLAttributes } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueEntry } from '../../../../../shared/ipc/assessments';
import { usePeopleDue } from '../queries';
import { useFormat } from '../../../i18n/use-format';
import { useDueColumns } from './due-columns';
import { PageTitle } from '../../../components/page-title';

/**
 * 待复评: everyone served today whose ability assessment or safety-risk review is due,
 * and why, with a way to assess them now.
 */
export function ReassessmentDuePage() {
  const { t } = useTranslation(['people', 'errors']);
  const format = useFormat();
  const due = usePeopleDue();
  const rows = due.data ?? [];
  const columns = useDueColumns();
  return (
    <div data-testid="due-page">
      <Flex justify="space-between" align="baseline" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('due.title')}</PageTitle>
        <Typography.Text type="secondary" data-testid="due-count">
          {due.data ? t('list.count', { count: rows.length, value: format.number(rows.length) }) : ''}
        </Typography.Text>
      </Flex>
      <Card>
        <Typography.Paragraph type="secondary">{t('due.help')}</Typography.Paragraph>
        <Table<DueEntry>
          rowKey="personId"
          size="middle"
          loading={due.isPending}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('due.empty') }}
          onRow={(row) =>
            ({ 'data-testid': 'due-row', 'data-person-id': row.personId }) as HTMLAttributes<HTMLElement>
          }
          data-testid="due-table"
        />
      </Card>
    </div>
  );
}
