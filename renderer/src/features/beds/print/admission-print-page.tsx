import { useTranslation } from 'react-i18next';
import type { PersonStay } from '../../../../../shared/ipc/beds';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import { abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { RiskCode } from '../../../../../shared/domain/risk';
import { PrintHeader } from '../../../components/print/print-header';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useFacility } from '../queries';
import { bedPlaceText } from '../stays/bed-place';
import { StaySignatures } from './stay-signatures';
import { StayPrintFrame } from './stay-print-frame';

/** `/print/beds/admission/:stayId`: 入住登记表, filed in the elder's paper folder and signed by the family and the manager. */
export function AdmissionPrintPage() {
  const { t } = useTranslation('beds');
  return (
    <StayPrintFrame
      title={t('stayPrint.admissionTitle')}
      testId="print-admission"
      printKind="admissionRecord"
    >
      {(stay, detail) => <AdmissionRecord stay={stay} detail={detail} />}
    </StayPrintFrame>
  );
}

function AdmissionRecord({ stay: personStay, detail }: { stay: PersonStay; detail: PersonDetail }) {
  const { t } = useTranslation(['beds', 'domain']);
  const format = useFormat();
  const dateText = useDateText();
  const facility = useFacility();
  const { stay } = personStay;
  const { person } = detail;
  const first = personStay.beds[0];
  const bedType = facility.data?.beds.find((b) => b.id === first?.bedId)?.type;
  const ability = detail.abilityAssessments.find((a) => a.id === stay.abilityAssessmentId);
  const risk = detail.riskAssessments.find((r) => r.id === stay.riskAssessmentId);
  const highRisks = risk
    ? (Object.entries(risk.risks) as [RiskCode, { grade: string } | undefined][])
        .filter(([, entry]) => entry?.grade === 'high')
        .map(([code]) => t(riskLabelKey(code)))
    : [];
  const contacts = person.emergencyContacts.length > 0 ? person.emergencyContacts : [null];
  return (
    <>
      <PrintHeader title={t('stayPrint.admissionTitle')} />
      <section>
        <h2>{t('stayPrint.sections.elder')}</h2>
        <table data-testid="print-admission-elder">
          <colgroup>
            <col style={{ width: '24mm' }} />
            <col />
            <col style={{ width: '24mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('stayPrint.fields.name')}</th>
              <td data-testid="print-person-name">{person.name}</td>
              <th>{t('stayPrint.fields.sex')}</th>
              <td>{t(`domain:sex.${person.sex}`)}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.birthDate')}</th>
              <td>{dateText(person.birthDate)}</td>
              <th>{t('stayPrint.fields.idNumber')}</th>
              <td data-testid="print-id-number">{person.idNumber ?? ''}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.address')}</th>
              <td colSpan={3}>{person.address ?? ''}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('stayPrint.sections.contacts')}</h2>
        <table data-testid="print-admission-contacts">
          <thead>
            <tr>
              <th>{t('stayPrint.fields.contactName')}</th>
              <th>{t('stayPrint.fields.relation')}</th>
              <th>{t('stayPrint.fields.phone')}</th>
              <th>{t('stayPrint.fields.address')}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c, index) => (
              <tr key={index}>
                <td>{c?.name ?? ''}</td>
                <td>{c?.relation ?? ''}</td>
                <td>{c?.phone ?? ''}</td>
                <td>{c?.address ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('stayPrint.sections.stay')}</h2>
        <table data-testid="print-admission-stay">
          <colgroup>
            <col style={{ width: '30mm' }} />
            <col />
            <col style={{ width: '34mm' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('stayPrint.fields.bed')}</th>
              <td data-testid="print-bed">{bedPlaceText(t, first?.place)}</td>
              <th>{t('stayPrint.fields.bedType')}</th>
              <td>{bedType ? t(`stays.code.bedType.${bedType}`) : ''}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.admittedOn')}</th>
              <td data-testid="print-admitted-on">{dateText(stay.admittedOn)}</td>
              <th>{t('stayPrint.fields.contractNumber')}</th>
              <td data-testid="print-contract">{stay.contractNumber ?? ''}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.contractTerm')}</th>
              <td>
                {stay.contractTerm
                  ? t('stayPrint.fields.contractTermValue', {
                      from: dateText(stay.contractTerm.from),
                      to: dateText(stay.contractTerm.to),
                    })
                  : ''}
              </td>
              <th>{t('stayPrint.fields.source')}</th>
              <td>{t(`stays.code.source.${stay.source}`)}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.funding')}</th>
              <td data-testid="print-funding">{t(`stays.code.funding.${stay.funding}`)}</td>
              <th>{t('stayPrint.fields.emergencyConfirmed')}</th>
              <td>{stay.emergencyContactConfirmed ? t('stayPrint.fields.yes') : t('stayPrint.fields.no')}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.notes')}</th>
              <td colSpan={3} style={{ height: '12mm' }}>
                {stay.notes ?? ''}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('stayPrint.sections.assessment')}</h2>
        <table data-testid="print-admission-assessment">
          <colgroup>
            <col style={{ width: '32mm' }} />
            <col style={{ width: '36mm' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th />
              <th>{t('stayPrint.fields.date')}</th>
              <th>{t('stayPrint.fields.level')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th>{t('stayPrint.fields.ability')}</th>
              <td>{ability ? dateText(ability.date) : t('stayPrint.fields.none')}</td>
              <td>{ability ? t(abilityLevelLabelKey(ability.result.finalLevel)) : ''}</td>
            </tr>
            <tr>
              <th>{t('stayPrint.fields.risk')}</th>
              <td>{risk ? dateText(risk.date) : t('stayPrint.fields.none')}</td>
              <td>
                {risk
                  ? highRisks.length > 0
                    ? t('stayPrint.fields.highRisks', { risks: format.list(highRisks) })
                    : t('stayPrint.fields.noHighRisk')
                  : ''}
              </td>
            </tr>
            {stay.assessmentOverride && (
              <tr data-testid="print-override">
                <th>{t('stayPrint.fields.override')}</th>
                <td colSpan={2}>
                  {t('stayPrint.fields.overrideValue', {
                    by: stay.assessmentOverride.by,
                    date: dateText(stay.assessmentOverride.at),
                    reason: stay.assessmentOverride.reason,
                  })}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <StaySignatures signers={['family', 'manager']} />
    </>
  );
}
