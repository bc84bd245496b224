import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentRow } from '../../../../../shared/ipc/incidents';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useStaffNames } from '../form/staff-picker';
import { useNameList } from '../use-name-list';

/** Names of staff by id, for the incident's staff on duty (an id no longer listed shows as is). */
export function useStaffNameOf(): (id: string) => string {
  const staff = useStaffNames();
  return (id) => staff.data?.find((s) => s.id === id)?.name ?? id;
}

/** The reported facts, in the order of the paper form. */
export function IncidentFacts({ row }: { row: IncidentRow }) {
  const { t } = useTranslation(['incidents', 'domain']);
  const dateText = useDateText();
  const format = useFormat();
  const nameList = useNameList();
  const staffName = useStaffNameOf();
  const { incident } = row;
  const hospital = incident.hospital;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="incident-facts"
      items={[
        {
          key: 'kind',
          label: t('detail.fields.kind'),
          children: <span data-testid="incident-kind">{t(`domain:incident.${incident.category}`)}</span>,
        },
        {
          key: 'when',
          label: t('detail.fields.when'),
          children: `${dateText(incident.date)} ${incident.occurredTime}`,
        },
        {
          key: 'place',
          label: t('detail.fields.place'),
          children: incident.place || t('detail.fields.none'),
        },
        {
          key: 'elders',
          label: t('detail.fields.elders'),
          children: <span data-testid="incident-elders">{nameList(row.names)}</span>,
        },
        {
          key: 'staff',
          label: t('detail.fields.staff'),
          span: 'filled',
          children:
            incident.staffIds.length > 0
              ? nameList(incident.staffIds.map(staffName))
              : t('detail.fields.none'),
        },
        {
          key: 'description',
          label: t('detail.fields.description'),
          span: 'filled',
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</span>,
        },
        {
          key: 'actionTaken',
          label: t('detail.fields.actionTaken'),
          span: 'filled',
          children: (
            <span style={{ whiteSpace: 'pre-wrap' }}>{incident.actionTaken || t('detail.fields.none')}</span>
          ),
        },
        {
          key: 'hospital',
          label: t('detail.fields.hospital'),
          span: 'filled',
          children:
            hospital === null
              ? t('detail.fields.notSent')
              : hospital.at
                ? t('detail.fields.sentTo', {
                    at: format.dateTime(hospital.at),
                    destination: hospital.destination,
                  })
                : t('detail.fields.sentNoTime', { destination: hospital.destination }),
        },
        {
          key: 'reportedAt',
          label: t('detail.fields.reportedAt'),
          span: 'filled',
          children: format.dateTime(incident.createdAt),
        },
      ]}
    />
  );
}
