import { App, Breadcrumb, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../queries';
import { useReadOnly } from '../../../app';
import { peoplePaths } from '../paths';
import { PersonForm } from './person-form';
import { activeServices } from '../person/active-services';
import { emptyPersonForm, personToForm } from './person-form-values';
import { PageTitle } from '../../../components/page-title';

/** `/people/new` and `/people/:id/edit`: the same form, empty or filled from the saved record. */
export function PersonEditPage() {
  const { id } = useParams();
  return id === undefined ? <NewPerson /> : <EditPerson id={id} />;
}

function NewPerson() {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  return (
    <div data-testid="person-edit-page">
      <Breadcrumb
        items={[
          { title: <Link to={peoplePaths.people}>{t('list.title')}</Link> },
          { title: t('form.newTitle') },
        ]}
      />
      <PageTitle>{t('form.newTitle')}</PageTitle>
      <PersonForm
        initial={emptyPersonForm()}
        disabled={readOnly}
        onSaved={(person) => {
          void message.success(t('form.created', { name: person.name }));
          void navigate(peoplePaths.person(person.id), { replace: true });
        }}
        onCancel={() => void navigate(peoplePaths.people)}
      />
    </div>
  );
}

function EditPerson({ id }: { id: string }) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const detail = usePerson(id);
  const name = detail.data?.person.name ?? '';
  return (
    <div data-testid="person-edit-page">
      <Breadcrumb
        items={[
          { title: <Link to={peoplePaths.people}>{t('list.title')}</Link> },
          { title: <Link to={peoplePaths.person(id)}>{name}</Link> },
          { title: t('form.editTitle') },
        ]}
      />
      <PageTitle>{t('form.editTitleOf', { name })}</PageTitle>
      {detail.data ? (
        <PersonForm
          key={detail.data.person.updatedAt}
          personId={id}
          initial={personToForm(detail.data.person, activeServices(detail.data.enrollments))}
          disabled={readOnly}
          onSaved={(person) => {
            void message.success(t('form.saved', { name: person.name }));
            void navigate(peoplePaths.person(person.id), { replace: true });
          }}
          onCancel={() => void navigate(peoplePaths.person(id))}
        />
      ) : (
        <Skeleton active />
      )}
    </div>
  );
}
