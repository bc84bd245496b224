import { useTranslation } from 'react-i18next';
import type { Health } from '../../../../../shared/schema';

/** Diagnoses (with ICD-10 codes), the two flags that change the ability level, allergies, diet and medication. */
export function PersonHealthTable({ health }: { health: Health }) {
  const { t } = useTranslation('print');
  const orNone = (text: string) => (text.trim() ? text : t('person.none'));
  const diagnoses = health.diagnoses.length
    ? health.diagnoses.map((d) => (d.icd10 ? `${d.name}（${d.icd10}）` : d.name)).join('；')
    : t('person.none');
  return (
    <table data-testid="print-health">
      <colgroup>
        <col style={{ width: '24mm' }} />
        <col />
        <col style={{ width: '28mm' }} />
        <col style={{ width: '16mm' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{t('person.fields.diagnoses')}</th>
          <td>{diagnoses}</td>
          <th>{t('person.fields.dementia')}</th>
          <td className="num">{health.dementia ? t('yes') : t('no')}</td>
        </tr>
        <tr>
          <th>{t('person.fields.allergies')}</th>
          <td>{orNone(health.allergies)}</td>
          <th>{t('person.fields.psychiatric')}</th>
          <td className="num">{health.psychiatric ? t('yes') : t('no')}</td>
        </tr>
        <tr>
          <th>{t('person.fields.diet')}</th>
          <td colSpan={3}>{orNone(health.diet)}</td>
        </tr>
        <tr>
          <th>{t('person.fields.medication')}</th>
          <td colSpan={3}>{orNone(health.medicationNotes)}</td>
        </tr>
      </tbody>
    </table>
  );
}
