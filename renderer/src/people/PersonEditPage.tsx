import { App, Breadcrumb, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../api/usePerson';
import { useReadOnly } from '../api/useReadOnly';
import { routes } from '../routes';
import { PersonForm } from './PersonForm';
import { activeServices } from './activeServices';
import { emptyPersonForm, personToForm } from './personForm';

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
        items={[{ title: <Link to={routes.people}>{t('list.title')}</Link> }, { title: t('form.newTitle') }]}
      />
      <Typography.Title level={3}>{t('form.newTitle')}</Typography.Title>
      <PersonForm
        initial={emptyPersonForm()}
        disabled={readOnly}
        onSaved={(person) => {
          void message.success(t('form.created', { name: person.name }));
          void navigate(routes.person(person.id), { replace: true });
        }}
        onCancel={() => void navigate(routes.people)}
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
          { title: <Link to={routes.people}>{t('list.title')}</Link> },
          { title: <Link to={routes.person(id)}>{name}</Link> },
          { title: t('form.editTitle') },
        ]}
      />
      <Typography.Title level={3}>{t('form.editTitleOf', { name })}</Typography.Title>
      {detail.data ? (
        <PersonForm
          key={detail.data.person.updatedAt}
          personId={id}
          initial={personToForm(detail.data.person, activeServices(detail.data.enrollments))}
          disabled={readOnly}
          onSaved={(person) => {
            void message.success(t('form.saved', { name: person.name }));
            void navigate(routes.person(person.id), { replace: true });
          }}
          onCancel={() => void navigate(routes.person(id))}
        />
      ) : (
        <Skeleton active />
      )}
    </div>
  );
}
