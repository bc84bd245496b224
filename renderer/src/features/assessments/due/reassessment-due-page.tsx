import type { HTMLAttributes } from 'react';
import { Button, Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DueEntry } from '../../../../../shared/ipc/assessments';
import { usePeopleDue } from '../queries';
import { useReadOnly } from '../../../app';
import { useFormat } from '../../../i18n/use-format';
import { assessmentPaths } from '../paths';
import { peoplePaths } from '../../people';
import { AbilityLevelTag } from '../ability-level-tag';
import { useDateText } from '../../../i18n/use-date-text';

/** 待复评: everyone whose ability assessment is due again, and why, with a way to assess them now. */
export function ReassessmentDuePage() {
  const { t } = useTranslation(['people', 'errors']);
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const format = useFormat();
  const dateText = useDateText();
  const due = usePeopleDue();
  const rows = due.data ?? [];
  const columns: TableColumnsType<DueEntry> = [
    {
      key: 'name',
      title: t('columns.name'),
      render: (_, row) => (
        <Link to={peoplePaths.person(row.personId)} data-testid="due-row-name">
          {row.name}
        </Link>
      ),
    },
    {
      key: 'level',
      title: t('columns.level'),
      render: (_, row) => <AbilityLevelTag level={row.currentLevel} />,
    },
    {
      key: 'last',
      title: t('due.lastDate'),
      render: (_, row) =>
        row.lastDate ? (
          dateText(row.lastDate)
        ) : (
          <Typography.Text type="secondary">{t('person.neverAssessed')}</Typography.Text>
        ),
    },
    {
      key: 'dueDate',
      title: t('due.dueDate'),
      render: (_, row) => (row.dueDate ? dateText(row.dueDate) : ''),
    },
    {
      key: 'reasons',
      title: t('due.reasons'),
      render: (_, row) =>
        row.reasons
          .map((code) => t(code, { ns: 'errors', defaultValue: t('people:flags.dueHelp') }))
          .join(t('person.listSeparator')),
    },
    {
      key: 'action',
      title: '',
      align: 'right',
      render: (_, row) => (
        <Button
          size="small"
          icon={<FormOutlined />}
          disabled={readOnly}
          onClick={() => void navigate(assessmentPaths.assessAbility(row.personId))}
          data-testid="due-assess"
        >
          {t('person.assessAbility')}
        </Button>
      ),
    },
  ];
  return (
    <div data-testid="due-page">
      <Flex justify="space-between" align="baseline" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('due.title')}
        </Typography.Title>
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
