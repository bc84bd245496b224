import { useTranslation } from 'react-i18next';
import { abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import { RISK_CODES, gradeNeedsMeasures, riskLabelKey } from '../../../../../shared/domain/risk';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import { useDateText } from '../../../i18n/use-date-text';

/** The level in force (latest assessment) and the latest risk assessment's medium and high risks with their measures. */
export function PersonAssessmentTable({ detail }: { detail: PersonDetail }) {
  const { t } = useTranslation(['print', 'domain']);
  const dateText = useDateText();
  const latest = detail.abilityAssessments.find((a) => !a.voided);
  const risk = detail.riskAssessments.find((a) => !a.voided);
  const level = detail.currentLevel;
  const elevated = risk ? RISK_CODES.filter((code) => gradeNeedsMeasures(risk.risks[code].grade)) : [];
  return (
    <table data-testid="print-assessment">
      <colgroup>
        <col style={{ width: '32mm' }} />
        <col />
        <col style={{ width: '30mm' }} />
        <col style={{ width: '32mm' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{t('person.fields.currentLevel')}</th>
          <td data-testid="print-current-level">
            {level === null
              ? t('person.fields.notAssessed')
              : t('person.fields.levelValue', { level, name: t(abilityLevelLabelKey(level)) })}
          </td>
          <th>{t('person.fields.assessedOn')}</th>
          <td>{latest ? dateText(latest.date) : t('blank')}</td>
        </tr>
        <tr>
          <th>{t('person.fields.risks')}</th>
          <td>
            {!risk
              ? t('person.fields.notAssessed')
              : elevated.length === 0
                ? t('person.fields.noRisks')
                : elevated.map((code) => (
                    <div key={code}>
                      {t(riskLabelKey(code))}（{t(`domain:riskGrade.${risk.risks[code].grade}`)}）：
                      {risk.risks[code].measures}
                    </div>
                  ))}
          </td>
          <th>{t('person.fields.riskAssessedOn')}</th>
          <td>{risk ? dateText(risk.date) : t('blank')}</td>
        </tr>
      </tbody>
    </table>
  );
}
