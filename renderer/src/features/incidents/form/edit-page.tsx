import { Alert, App, Breadcrumb, Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { IncidentRow } from '../../../../../shared/ipc/incidents';
import { PageTitle } from '../../../components/page-title';
import { PageSpin } from '../../../components/page-spin';
import { incidentsPaths } from '../paths';
import { useUpdateIncident } from '../queries';
import { useIncidentAddress } from '../use-incident-address';
import { IncidentForm } from './incident-form';
import { valuesOf } from './incident-form-values';

/** `/incidents/:incidentId/edit?date=`: the facts of an open incident corrected; a closed one is final. */
export function EditIncidentPage() {
  const { t } = useTranslation('incidents');
  const found = useIncidentAddress();
  return (
    <div data-testid="incident-edit-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={incidentsPaths.list()}>{t('list.title')}</Link> },
          { title: t('form.editTitle') },
        ]}
      />
      <PageTitle>{t('form.editTitle')}</PageTitle>
      {found.row ? (
        <EditForm row={found.row} />
      ) : found.notFound ? (
        <Result status="warning" title={t('detail.notFound')} data-testid="incident-not-found" />
      ) : (
        <PageSpin />
      )}
    </div>
  );
}

function EditForm({ row }: { row: IncidentRow }) {
  const { t } = useTranslation('incidents');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const update = useUpdateIncident();
  const { incident } = row;
  const initial = useMemo(() => valuesOf(incident), [incident]);
  const known = useMemo(
    () => new Map(incident.personIds.map((id, index) => [id, row.names[index] ?? id])),
    [incident.personIds, row.names],
  );
  const back = () => void navigate(incidentsPaths.incident(incident.id, incident.date));
  if (incident.closed !== null)
    return <Alert type="info" showIcon title={t('form.closedReadOnly')} data-testid="incident-closed" />;
  return (
    <IncidentForm
      initial={initial}
      knownElders={known}
      editing
      saving={update.isPending}
      save={(facts) => update.mutateAsync({ ...facts, id: incident.id, date: incident.date })}
      onSaved={() => {
        void message.success(t('form.updated'));
        back();
      }}
      onCancel={back}
    />
  );
}
