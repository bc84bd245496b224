import { useTranslation } from 'react-i18next';
import { ageOn } from '../../../../../shared/domain/dates';
import type { Person } from '../../../../../shared/schema';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';

/** Name, sex, birth, ID number and the rest, with the photo box on the right as on the paper record. */
export function PersonBasicTable({ person, photo }: { person: Person; photo?: string | undefined }) {
  const { t } = useTranslation(['print', 'domain']);
  const dateText = useDateText();
  const blank = t('blank');
  const opt = (value: string | undefined) => (value ? value : blank);
  return (
    <table data-testid="print-basic">
      <colgroup>
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '32mm' }} />
      </colgroup>
      <tbody>
        <tr>
          <th>{t('person.fields.name')}</th>
          <td data-testid="print-person-name">{person.name}</td>
          <th>{t('person.fields.sex')}</th>
          <td>{t(`domain:sex.${person.sex}`)}</td>
          <td className="photo" rowSpan={5}>
            <div className="photo-box">
              {photo ? (
                <img src={photo} alt={t('person.photo')} className="photo-image" data-testid="print-photo" />
              ) : (
                t('person.photo')
              )}
            </div>
          </td>
        </tr>
        <tr>
          <th>{t('person.fields.birthDate')}</th>
          <td>{dateText(person.birthDate)}</td>
          <th>{t('person.fields.age')}</th>
          <td>{t('person.fields.ageValue', { age: ageOn(person.birthDate, todayIso()) })}</td>
        </tr>
        <tr>
          <th>{t('person.fields.idNumber')}</th>
          <td colSpan={3} data-testid="print-id-number" style={{ letterSpacing: '0.05em' }}>
            {person.idNumber ?? t('person.fields.incomplete')}
          </td>
        </tr>
        <tr>
          <th>{t('person.fields.ethnicity')}</th>
          <td>{opt(person.ethnicity)}</td>
          <th>{t('person.fields.village')}</th>
          <td>{opt(person.village)}</td>
        </tr>
        <tr>
          <th>{t('person.fields.phone')}</th>
          <td>{opt(person.phone)}</td>
          <th>{t('person.fields.status')}</th>
          <td>{t(`domain:personStatus.${person.status}`)}</td>
        </tr>
        <tr>
          <th>{t('person.fields.maritalStatus')}</th>
          <td>{person.maritalStatus ? t(`domain:maritalStatus.${person.maritalStatus}`) : blank}</td>
          <th>{t('person.fields.livingSituation')}</th>
          <td colSpan={2}>
            {person.livingSituation ? t(`domain:livingSituation.${person.livingSituation}`) : blank}
          </td>
        </tr>
        <tr>
          <th>{t('person.fields.address')}</th>
          <td colSpan={4}>{opt(person.address)}</td>
        </tr>
      </tbody>
    </table>
  );
}
