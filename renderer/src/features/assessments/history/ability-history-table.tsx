import type { HTMLAttributes } from 'react';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AbilityAssessment } from '../../../../../shared/schema';
import { LevelText } from './level-text';
import { useDateText } from '../../../i18n/use-date-text';
import { assessmentPaths } from '../paths';

/** Every ability assessment, newest first; the printed form is one click away. */
export function AbilityHistoryTable({
  personId,
  assessments,
}: {
  personId: string;
  assessments: AbilityAssessment[];
}) {
  const { t } = useTranslation(['assessment', 'domain']);
  const navigate = useNavigate();
  const dateText = useDateText();
  const columns: TableColumnsType<AbilityAssessment> = [
    {
      key: 'date',
      title: t('history.columns.date'),
      render: (_, row) => (
        <>
          {dateText(row.date)}
          {row.voided && (
            <Tag color="default" style={{ marginInlineStart: 8 }}>
              {t('history.voided')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'reason',
      title: t('history.columns.reason'),
      render: (_, row) => t(`domain:ability.reason.${row.reason}`),
    },
    {
      key: 'total',
      title: t('history.columns.total'),
      align: 'right',
      render: (_, row) =>
        row.result.total === null
          ? t('history.notScored')
          : t('summary.score', { score: row.result.total, max: 90 }),
    },
    {
      key: 'level',
      title: t('history.columns.level'),
      render: (_, row) => (
        <span data-testid="ability-history-level" data-level={row.result.finalLevel}>
          <LevelText level={row.result.finalLevel} />
          {row.standard !== 'GB/T 42195-2022' && (
            <Tag style={{ marginInlineStart: 8 }}>{t('history.legacy', { standard: row.standard })}</Tag>
          )}
        </span>
      ),
    },
    {
      key: 'assessors',
      title: t('history.columns.assessors'),
      render: (_, row) => row.assessors.join(t('history.separator')),
    },
    {
      key: 'actions',
      title: t('history.columns.actions'),
      align: 'right',
      render: (_, row) => (
        <Button
          size="small"
          icon={<PrinterOutlined />}
          onClick={() => void navigate(assessmentPaths.printAbility(personId, row.id))}
          data-testid="ability-history-print"
        >
          {t('history.print')}
        </Button>
      ),
    },
  ];
  return (
    <Table<AbilityAssessment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={assessments}
      pagination={assessments.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('history.empty') }}
      onRow={(row) =>
        ({ 'data-testid': 'ability-history-row', 'data-id': row.id }) as HTMLAttributes<HTMLElement>
      }
      data-testid="ability-history"
    />
  );
}
