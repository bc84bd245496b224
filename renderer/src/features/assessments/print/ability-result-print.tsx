import { useTranslation } from 'react-i18next';
import { ABILITY_TOTAL_MAX, abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import type { AbilityLevel } from '../../../../../shared/domain/ability';
import type { AbilityAssessment } from '../../../../../shared/schema';

/** Total, preliminary level, each adjustment with its reason, final level, notes. */
export function AbilityResultPrint({ assessment }: { assessment: AbilityAssessment }) {
  const { t } = useTranslation(['print', 'domain']);
  const { result } = assessment;
  const level = (value: AbilityLevel) =>
    t('person.fields.levelValue', { level: value, name: t(abilityLevelLabelKey(value)) });
  return (
    <section className="result" data-testid="print-result">
      <h2>{t('ability.resultTitle')}</h2>
      <table>
        <tbody>
          <tr>
            <th>{t('ability.total')}</th>
            <td data-testid="print-total">
              {result.total === null ? t('ability.notScored') : `${result.total} / ${ABILITY_TOTAL_MAX}`}
            </td>
          </tr>
          <tr>
            <th>{t('ability.preliminary')}</th>
            <td>{result.preliminaryLevel === null ? t('blank') : level(result.preliminaryLevel)}</td>
          </tr>
          <tr>
            <th>{t('ability.adjustments')}</th>
            <td data-testid="print-adjustments">
              {result.adjustments.length === 0
                ? t('ability.noAdjustment')
                : result.adjustments.map((adjustment) => (
                    <div key={adjustment.kind}>
                      {adjustment.reasons
                        .map((reason) => t(`domain:ability.adjustment.${reason}`))
                        .join('；')}
                      {adjustment.from !== null && `（${adjustment.from} → ${adjustment.to}）`}
                    </div>
                  ))}
            </td>
          </tr>
          <tr>
            <th>{t('ability.final')}</th>
            <td data-testid="print-final-level" style={{ fontWeight: 700 }}>
              {level(result.finalLevel)}
            </td>
          </tr>
          <tr>
            <th>{t('ability.notes')}</th>
            <td>{assessment.notes || t('blank')}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
