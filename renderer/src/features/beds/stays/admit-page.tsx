import { App, Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths, usePerson } from '../../people';
import { bedsPaths } from '../paths';
import { AdmitForm } from './admit-form';
import { emptyAdmit } from './admit-values';
import { admissionPrintPath } from './print-links';

/** The elder's name for the title, when the page was opened for one elder. */
function FixedName({ personId }: { personId: string }) {
  const { t } = useTranslation('beds');
  const person = usePerson(personId);
  return <>{t('stays.admit.titleFor', { name: person.data?.person.name ?? '' })}</>;
}

/**
 * `/beds/admit?personId&bedId&date`: 办理入住. From an elder's page the elder
 * is given; from a free bed of the board the bed and the day are. After
 * saving it goes back where it came from, offering the admission record to print.
 */
export function AdmitPage() {
  const { t } = useTranslation('beds');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const personId = params.get('personId') ?? undefined;
  const bedId = params.get('bedId') ?? undefined;
  const date = params.get('date') ?? todayIso();
  // Opened from a free bed of the board (a bed, no elder): the board is where the clerk returns.
  const fromBoard = bedId !== undefined && personId === undefined;
  const back = () =>
    void navigate(
      fromBoard ? bedsPaths.board(date) : personId ? peoplePaths.person(personId) : bedsPaths.board(),
    );
  const title = personId ? <FixedName personId={personId} /> : t('stays.admit.title');
  return (
    <div data-testid="admit-page">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={bedsPaths.board()}>{t('stays.card.title')}</Link> }, { title }]}
      />
      <PageTitle>{title}</PageTitle>
      <AdmitForm
        initial={emptyAdmit({ ...(personId ? { personId } : {}), ...(bedId ? { bedId } : {}), date })}
        personFixed={personId !== undefined}
        onCancel={back}
        onSaved={(admission, name) => {
          void message.success({
            content: (
              <span data-testid="admit-saved">
                {t('stays.admit.saved', { name })}{' '}
                <a
                  href={`#${admissionPrintPath(admission.stay.id, admission.stay.personId)}`}
                  data-testid="admit-print-link"
                >
                  {t('stays.admit.printRecord')}
                </a>
              </span>
            ),
            duration: 8,
          });
          void navigate(
            fromBoard
              ? bedsPaths.board(admission.stay.admittedOn)
              : peoplePaths.person(admission.stay.personId),
          );
        }}
      />
    </div>
  );
}
