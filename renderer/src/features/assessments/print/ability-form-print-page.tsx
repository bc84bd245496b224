import type { CSSProperties } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ABILITY_DIMENSIONS } from '../../../../../shared/domain/ability';
import type { AbilityAssessment, Person } from '../../../../../shared/schema';
import { usePerson } from '../../people';
import { useCenter } from '../../center';
import { useRecordPrint } from '../../audit';
import { useDateText } from '../../../i18n/use-date-text';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { AbilityDimensionPrint } from './ability-dimension-print';
import { AbilityResultPrint } from './ability-result-print';
import { SignatureLines } from '../../../components/print/signature-lines';

/** `/print/people/:id/assessments/:assessmentId`: the filled GB/T 42195-2022 form as the paper one looks. */
export function AbilityFormPrintPage() {
  const { t } = useTranslation('print');
  const { id = '', assessmentId = '' } = useParams();
  useRecordPrint('abilityForm', id);
  const detail = usePerson(id);
  const center = useCenter();
  const assessment = detail.data?.abilityAssessments.find((a) => a.id === assessmentId);
  const ready = detail.isSuccess && center.isSuccess && assessment !== undefined;
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-ability">
      {detail.isError || (detail.isSuccess && !assessment) ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : detail.data && assessment ? (
        <AbilityForm person={detail.data.person} assessment={assessment} />
      ) : null}
    </PrintFrame>
  );
}

/** Chromium keeps a block whole across pages when it fits on one. */
const KEEP_TOGETHER: CSSProperties = { breakInside: 'avoid' };

function AbilityForm({ person, assessment }: { person: Person; assessment: AbilityAssessment }) {
  const { t } = useTranslation(['print', 'domain']);
  const leading = ABILITY_DIMENSIONS.slice(0, -1);
  const last = ABILITY_DIMENSIONS.at(-1);
  const dateText = useDateText();
  return (
    <>
      <PrintHeader title={t('ability.title')} subtitle={t('ability.standard')} />
      <div className="meta-line" data-testid="print-person-line">
        <span>
          {t('labelValue', { label: t('person.fields.name'), value: '' })}
          <strong data-testid="print-person-name">{person.name}</strong>
        </span>
        <span>
          {t('labelValue', { label: t('person.fields.sex'), value: t(`domain:sex.${person.sex}`) })}
        </span>
        <span>
          {t('labelValue', { label: t('person.fields.birthDate'), value: dateText(person.birthDate) })}
        </span>
        <span data-testid="print-id-number">
          {t('labelValue', { label: t('person.fields.idNumber'), value: person.idNumber ?? t('blank') })}
        </span>
      </div>
      <div className="meta-line" data-testid="print-assessment-line">
        <span>
          {t('labelValue', { label: t('person.fields.assessedOn'), value: dateText(assessment.date) })}
        </span>
        <span>
          {t('labelValue', {
            label: t('ability.reason'),
            value: t(`domain:ability.reason.${assessment.reason}`),
          })}
        </span>
      </div>
      {assessment.scores === null && <p>{t('ability.notScored')}</p>}
      {leading.map((dimension, index) => (
        <AbilityDimensionPrint
          key={dimension}
          assessment={assessment}
          dimension={dimension}
          code={`B.${index + 1}`}
        />
      ))}
      {/*
        The last dimension, the result and the signatures stay on one page: a signature
        must sit under what it signs, and a last page with only the result and the
        signatures on it signs nothing that can be seen.
      */}
      <div style={KEEP_TOGETHER} data-testid="print-ability-closing">
        {last && (
          <AbilityDimensionPrint assessment={assessment} dimension={last} code={`B.${leading.length + 1}`} />
        )}
        <div className="closing">
          <AbilityResultPrint assessment={assessment} />
          <SignatureLines
            lines={[
              { labelKey: 'signatures.assessor1', value: assessment.assessors[0] },
              { labelKey: 'signatures.assessor2', value: assessment.assessors[1] },
              { labelKey: 'signatures.informant' },
            ]}
          />
        </div>
      </div>
    </>
  );
}
