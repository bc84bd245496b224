import { PageTitle } from '../../../components/page-title';
import { App, Breadcrumb, Result, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '../../../app';
import { staffPaths } from '../paths';
import { useStaffMember } from '../queries';
import { StaffForm } from './staff-form';
import { emptyStaffForm, staffToForm } from './staff-form-values';

/** `/staff/new` and `/staff/:id/edit`: the same form, empty or filled from the saved record. */
export function StaffEditPage() {
  const { id } = useParams();
  const { t } = useTranslation('staff');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const member = useStaffMember(id);
  const editing = id !== undefined;
  const title = editing ? t('form.titleEdit', { name: member.data?.name ?? '' }) : t('form.titleNew');
  const done = () => {
    void message.success(t('form.saved'));
    void navigate(staffPaths.staff);
  };
  const body = () => {
    if (!editing) {
      return (
        <StaffForm
          initial={emptyStaffForm()}
          disabled={readOnly}
          onSaved={done}
          onCancel={() => void navigate(staffPaths.staff)}
        />
      );
    }
    if (member.isError) return <Result status="warning" title={t('form.notFound')} />;
    if (!member.data) return <Skeleton active />;
    return (
      <StaffForm
        key={member.data.updatedAt}
        staffId={member.data.id}
        initial={staffToForm(member.data)}
        disabled={readOnly}
        onSaved={done}
        onCancel={() => void navigate(staffPaths.staff)}
      />
    );
  };
  return (
    <div data-testid="staff-edit-page">
      <Breadcrumb items={[{ title: <Link to={staffPaths.staff}>{t('list.title')}</Link> }, { title }]} />
      <PageTitle>{title}</PageTitle>
      {body()}
    </div>
  );
}
