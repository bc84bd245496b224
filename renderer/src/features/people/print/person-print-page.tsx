import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { categoryLabelKey } from '../../../../../shared/domain/categories';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import { usePerson, usePersonPhoto } from '../queries';
import { useCenter } from '../../center';
import { useRecordPrint } from '../../audit';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import { PersonBasicTable } from './person-basic-table';
import { PersonContactsTable } from './person-contacts-table';
import { PersonHealthTable } from './person-health-table';
import { DatedRowsTable } from './dated-rows-table';
import { PersonAssessmentTable } from './person-assessment-table';
import { SignatureLines } from '../../../components/print/signature-lines';

/** `/print/people/:id`: the person's record on one or two A4 pages, as filed in the paper folder. */
export function PersonPrintPage() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  useRecordPrint('personRecord', id);
  const detail = usePerson(id);
  const center = useCenter();
  const photoFile = detail.data?.person.photoFile;
  const photo = usePersonPhoto(id, photoFile);
  // With a photo on file, wait for it so the printout is never missing it (a failed read prints the empty box).
  const ready = detail.isSuccess && center.isSuccess && (photoFile === undefined || !photo.isPending);
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-person">
      {detail.isError ? (
        <p className="message" data-testid="print-not-found">
          {t('notFound')}
        </p>
      ) : detail.data ? (
        <PersonRecord detail={detail.data} photo={photo.data?.dataUrl} />
      ) : null}
    </PrintFrame>
  );
}

function PersonRecord({ detail, photo }: { detail: PersonDetail; photo: string | undefined }) {
  const { t } = useTranslation(['print', 'domain']);
  const { person } = detail;
  return (
    <>
      <PrintHeader title={t('person.title')} />
      <section>
        <h2>{t('person.sections.basic')}</h2>
        <PersonBasicTable person={person} photo={photo} />
      </section>
      <section>
        <h2>{t('person.sections.contacts')}</h2>
        <PersonContactsTable guardian={person.guardian} contacts={person.emergencyContacts} />
      </section>
      <section>
        <h2>{t('person.sections.health')}</h2>
        <PersonHealthTable health={person.health} />
      </section>
      <section>
        <h2>{t('person.sections.categories')}</h2>
        <DatedRowsTable
          testId="print-categories"
          title={t('person.fields.category')}
          rows={person.categories.map((c, index) => ({
            key: `${c.category}-${index}`,
            label: t(categoryLabelKey(c.category)),
            from: c.from,
            to: c.to,
          }))}
        />
      </section>
      <section>
        <h2>{t('person.sections.services')}</h2>
        <DatedRowsTable
          testId="print-services"
          title={t('person.fields.service')}
          rows={detail.enrollments.map((e) => ({
            key: e.id,
            label: t(`domain:service.${e.service}`),
            from: e.from,
            to: e.to,
          }))}
        />
      </section>
      <section>
        <h2>{t('person.sections.assessment')}</h2>
        <PersonAssessmentTable detail={detail} />
      </section>
      <SignatureLines
        lines={[
          { labelKey: 'signatures.filledBy' },
          { labelKey: 'signatures.reviewedBy' },
          { labelKey: 'signatures.elder' },
        ]}
      />
    </>
  );
}
