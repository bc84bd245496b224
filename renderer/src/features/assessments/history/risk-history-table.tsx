import type { HTMLAttributes } from 'react';
import { Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_CODES, gradeNeedsMeasures, riskLabelKey } from '../../../../../shared/domain/risk';
import type { RiskAssessment } from '../../../../../shared/schema';
import { useDateText } from '../../../i18n/use-date-text';

/** Every safety-risk assessment, newest first, with the risks that need measures. */
export function RiskHistoryTable({ assessments }: { assessments: RiskAssessment[] }) {
  const { t } = useTranslation(['assessment', 'domain']);
  const dateText = useDateText();
  const columns: TableColumnsType<RiskAssessment> = [
    {
      key: 'date',
      title: t('history.columns.date'),
      render: (_, row) => (
        <>
          {dateText(row.date)}
          {row.voided && <Tag style={{ marginInlineStart: 8 }}>{t('history.voided')}</Tag>}
        </>
      ),
    },
    { key: 'reason', title: t('history.columns.reason'), render: (_, row) => t(`risk.reason.${row.reason}`) },
    {
      key: 'risks',
      title: t('history.columns.risks'),
      render: (_, row) => {
        const elevated = RISK_CODES.filter((code) => gradeNeedsMeasures(row.risks[code].grade));
        if (elevated.length === 0) return t('history.noElevated');
        return (
          <Flex wrap gap={4}>
            {elevated.map((code) => (
              <Tag key={code} color={row.risks[code].grade === 'high' ? 'red' : 'orange'}>
                {t(riskLabelKey(code))} · {t(`domain:riskGrade.${row.risks[code].grade}`)}
              </Tag>
            ))}
          </Flex>
        );
      },
    },
    { key: 'assessor', title: t('history.columns.assessor'), render: (_, row) => row.assessor },
  ];
  return (
    <Table<RiskAssessment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={assessments}
      pagination={assessments.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('history.riskEmpty') }}
      onRow={(row) =>
        ({ 'data-testid': 'risk-history-row', 'data-id': row.id }) as HTMLAttributes<HTMLElement>
      }
      data-testid="risk-history"
    />
  );
}
