import { Card, Descriptions, Divider, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ABILITY_DIMENSIONS,
  ABILITY_ITEMS,
  ABILITY_TOTAL_MAX,
  DIMENSION_MAX,
} from '../../../../../shared/domain/ability';
import type { PersonFactors } from './ability-form';
import type { AbilitySummaryView } from './ability-summary-rows';
import { LevelText } from '../history/level-text';
import { LEVEL_COLOURS } from '../ability-level-tag';

interface Props {
  view: AbilitySummaryView;
  person: PersonFactors;
}

/** Scores, levels and every adjustment with its reason, updated with each pick. */
export function AbilitySummary({ view, person }: Props) {
  const { t } = useTranslation(['assessment', 'domain']);
  const { result } = view;
  const pending = <Typography.Text type="secondary">{t('summary.pending')}</Typography.Text>;
  // Also the progress bar's accessible name: a screen reader hears what the bar shows.
  const answeredText = t('summary.answered', { answered: view.answered, total: ABILITY_ITEMS.length });
  return (
    <Card title={t('summary.title')} size="small" data-testid="ability-summary">
      <Descriptions column={1} size="small" colon={false}>
        {ABILITY_DIMENSIONS.map((dimension) => (
          <Descriptions.Item key={dimension} label={t(`domain:ability.dimension.${dimension}`)}>
            <span data-testid={`summary-dimension-${dimension}`}>
              {t('summary.score', { score: view.dimensions[dimension], max: DIMENSION_MAX[dimension] })}
            </span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Divider style={{ margin: '8px 0' }} />
      <Flex justify="space-between" align="baseline">
        <Typography.Text strong>{t('summary.total')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 22 }} data-testid="summary-total">
          {t('summary.score', { score: view.total, max: ABILITY_TOTAL_MAX })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={Math.round((view.answered / ABILITY_ITEMS.length) * 100)}
        size="small"
        format={() => answeredText}
        aria-label={answeredText}
        data-testid="summary-answered"
      />
      <Descriptions column={1} size="small" colon={false} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('summary.preliminary')}>
          <span data-testid="summary-preliminary">
            {result?.preliminaryLevel == null ? pending : <LevelText level={result.preliminaryLevel} />}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('summary.adjustments')}>
          <div data-testid="summary-adjustments">
            {result === null
              ? pending
              : result.adjustments.length === 0
                ? t('summary.noAdjustment')
                : result.adjustments.map((adjustment) => (
                    <div key={adjustment.kind} data-testid="summary-adjustment" data-kind={adjustment.kind}>
                      {adjustment.reasons.map((reason) => (
                        <div key={reason} data-testid="summary-adjustment-reason" data-reason={reason}>
                          {t(`domain:ability.adjustment.${reason}`)}
                        </div>
                      ))}
                      <Typography.Text type="secondary">
                        {t('summary.change', {
                          from:
                            adjustment.from === null
                              ? '—'
                              : t('summary.levelShort', { level: adjustment.from }),
                          to: t('summary.levelShort', { level: adjustment.to }),
                        })}
                      </Typography.Text>
                    </div>
                  ))}
          </div>
        </Descriptions.Item>
      </Descriptions>
      <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
        <Typography.Text strong>{t('summary.final')}</Typography.Text>
        <span data-testid="summary-final" data-level={result?.finalLevel}>
          {result === null ? (
            pending
          ) : (
            <Tag
              color={LEVEL_COLOURS[result.finalLevel]}
              style={{ fontSize: 15, padding: '2px 8px', marginInlineEnd: 0 }}
            >
              <LevelText level={result.finalLevel} />
            </Tag>
          )}
        </span>
      </Flex>
      <Divider style={{ margin: '10px 0 6px' }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('summary.factors')}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, fontSize: 12 }} data-testid="summary-factors">
        {person.dementia && <li>{t('summary.dementia')}</li>}
        {person.psychiatric && <li>{t('summary.psychiatric')}</li>}
        {person.recentRiskEvents > 0 && (
          <li>{t('summary.riskEvents', { count: person.recentRiskEvents })}</li>
        )}
        {!person.dementia && !person.psychiatric && person.recentRiskEvents === 0 && (
          <li>{t('summary.noFactors')}</li>
        )}
      </ul>
    </Card>
  );
}
