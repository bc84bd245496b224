import { Button, Flex, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FormOutlined, SafetyOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DueEntry } from '../../../../../shared/ipc/assessments';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import { AbilityLevelTag } from '../ability-level-tag';
import { assessmentPaths } from '../paths';

/** One review's last date, due date and reasons, as the due list shows them. */
interface ReviewOf {
  last: (row: DueEntry) => string | null;
  due: (row: DueEntry) => string | null;
  reasons: (row: DueEntry) => string[];
  testId: string;
}

const ABILITY: ReviewOf = {
  last: (row) => row.lastDate,
  due: (row) => row.dueDate,
  reasons: (row) => row.reasons,
  testId: 'due-ability',
};
const RISK: ReviewOf = {
  last: (row) => row.lastRiskDate,
  due: (row) => row.riskDueDate,
  reasons: (row) => row.riskReasons,
  testId: 'due-risk',
};

/**
 * The due list's columns: the ability assessment and the safety-risk review side
 * by side, each with its last date, when it falls due and why, since an elder may
 * be on the list for either or both.
 */
export function useDueColumns(): TableColumnsType<DueEntry> {
  const { t } = useTranslation(['people', 'errors']);
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const mayAssess = useMay('assessments.write');
  const dateText = useDateText();

  const reviewColumns = (review: ReviewOf): TableColumnsType<DueEntry> => [
    {
      key: `${review.testId}-last`,
      title: t('due.lastDate'),
      render: (_, row) => {
        const last = review.last(row);
        return last ? (
          dateText(last)
        ) : (
          <Typography.Text type="secondary">{t('person.neverAssessed')}</Typography.Text>
        );
      },
    },
    {
      key: `${review.testId}-due`,
      title: t('due.dueDate'),
      render: (_, row) => {
        const due = review.due(row);
        return due ? dateText(due) : '';
      },
    },
    {
      key: `${review.testId}-reasons`,
      title: t('due.reasons'),
      render: (_, row) => {
        const reasons = review.reasons(row);
        return (
          <span data-testid={`${review.testId}-reasons`}>
            {reasons.length === 0 ? (
              <Typography.Text type="secondary">{t('due.notDue')}</Typography.Text>
            ) : (
              reasons
                .map((code) => t(code, { ns: 'errors', defaultValue: t('people:flags.dueHelp') }))
                .join(t('person.listSeparator'))
            )}
          </span>
        );
      },
    },
  ];

  return [
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
    { key: 'ability', title: t('due.ability'), children: reviewColumns(ABILITY) },
    { key: 'risk', title: t('due.risk'), children: reviewColumns(RISK) },
    {
      key: 'action',
      title: '',
      align: 'right',
      render: (_, row) => (
        <Flex gap={8} justify="flex-end" wrap>
          {mayAssess && row.reasons.length > 0 && (
            <Button
              size="small"
              icon={<FormOutlined />}
              disabled={readOnly}
              onClick={() => void navigate(assessmentPaths.assessAbility(row.personId))}
              data-testid="due-assess"
            >
              {t('person.assessAbility')}
            </Button>
          )}
          {mayAssess && row.riskReasons.length > 0 && (
            <Button
              size="small"
              icon={<SafetyOutlined />}
              disabled={readOnly}
              onClick={() => void navigate(assessmentPaths.assessRisk(row.personId))}
              data-testid="due-assess-risk"
            >
              {t('person.assessRisk')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
}
