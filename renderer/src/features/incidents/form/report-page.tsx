import { App, Breadcrumb } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../components/page-title';
import { PageSpin } from '../../../components/page-spin';
import { todayIso } from '../../../components/today-iso';
import { useQuery } from '@tanstack/react-query';
import { care } from '../../../api/bridge';
import { unwrap } from '../../../api/unwrap';
import { peopleKeys } from '../../people';
import { incidentsPaths } from '../paths';
import { useReportIncident } from '../queries';
import { IncidentForm } from './incident-form';
import { blankValues } from './incident-form-values';

/** `/incidents/new`: the report form; `?personId=` (from an elder's page) fills in the elder. */
export function ReportIncidentPage() {
  const { t } = useTranslation('incidents');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const person = useQuery({
    queryKey: peopleKeys.detail(personId ?? ''),
    queryFn: () => unwrap(care.people.get({ id: personId ?? '' })),
    enabled: personId !== null,
  });
  const report = useReportIncident();
  const initial = useMemo(() => blankValues(todayIso(), personId), [personId]);
  const known = useMemo(
    () => new Map(person.data && personId ? [[personId, person.data.person.name]] : []),
    [person.data, personId],
  );
  return (
    <div data-testid="incident-report-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={incidentsPaths.list()}>{t('list.title')}</Link> },
          { title: t('form.newTitle') },
        ]}
      />
      <PageTitle>{t('form.newTitle')}</PageTitle>
      {personId !== null && person.isPending ? (
        <PageSpin />
      ) : (
        <IncidentForm
          initial={initial}
          knownElders={known}
          editing={false}
          saving={report.isPending}
          save={(facts) =>
            report.mutateAsync(facts).then((incident) => {
              void message.success(t('form.reported'));
              void navigate(incidentsPaths.incident(incident.id, incident.date), { replace: true });
            })
          }
          onSaved={() => undefined}
          onCancel={() => void navigate(-1)}
        />
      )}
    </div>
  );
}
