import { useTranslation } from 'react-i18next';
import { ABILITY_ITEMS, DIMENSION_MAX } from '../../../../../shared/domain/ability';
import type { AbilityDimension } from '../../../../../shared/domain/ability';
import type { AbilityAssessment } from '../../../../../shared/schema';

interface Props {
  assessment: AbilityAssessment;
  dimension: AbilityDimension;
  /** B.1 … B.4 */
  code: string;
}

/** One part of the paper form: every item, every option with ☑ on the chosen one, the item's score and the subtotal. */
export function AbilityDimensionPrint({ assessment, dimension, code }: Props) {
  const { t } = useTranslation(['print', 'domain']);
  const items = ABILITY_ITEMS.filter((item) => item.dimension === dimension);
  const scores = assessment.scores;
  const name = t(`domain:ability.dimension.${dimension}`);
  const subtotal = assessment.result.dimensions?.[dimension];
  return (
    <section className="dimension" data-testid={`print-dimension-${dimension}`}>
      <h2>
        {code} {name}
      </h2>
      <table>
        <colgroup>
          <col style={{ width: '13mm' }} />
          <col style={{ width: '36mm' }} />
          <col />
          <col style={{ width: '14mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="num">{t('ability.columns.code')}</th>
            <th>{t('ability.columns.item')}</th>
            <th>{t('ability.columns.options')}</th>
            <th className="num">{t('ability.columns.score')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const chosen = scores ? scores[item.code] : undefined;
            return (
              <tr key={item.code} data-testid="print-item" data-code={item.code} data-score={chosen}>
                <td className="num">{item.code}</td>
                <td>{t(item.labelKey)}</td>
                <td>
                  <ul className="options">
                    {item.options.map((option) => {
                      const isChosen = option.score === chosen;
                      return (
                        <li key={option.score} className={isChosen ? 'chosen' : undefined}>
                          <span className="box">{isChosen ? '☑' : '☐'}</span>
                          <span>
                            {t('ability.optionLine', { score: option.score, label: t(option.labelKey) })}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td className="num">{chosen ?? ''}</td>
              </tr>
            );
          })}
          <tr className="subtotal">
            <td colSpan={3} style={{ textAlign: 'end' }}>
              {t('ability.subtotal', { dimension: name })}
            </td>
            <td className="num" data-testid={`print-subtotal-${dimension}`}>
              {subtotal === undefined
                ? ''
                : t('ability.subtotalValue', { score: subtotal, max: DIMENSION_MAX[dimension] })}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
