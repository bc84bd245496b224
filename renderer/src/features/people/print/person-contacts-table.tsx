import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../../shared/schema';

/** Guardian first, then the emergency contacts; an empty row when there are none, to fill by hand. */
export function PersonContactsTable({
  guardian,
  contacts,
}: {
  guardian?: Contact | undefined;
  contacts: Contact[];
}) {
  const { t } = useTranslation('print');
  const rows: { kind: string; contact: Contact | null }[] = [
    ...(guardian ? [{ kind: t('person.fields.guardian'), contact: guardian }] : []),
    ...contacts.map((contact) => ({ kind: t('person.fields.emergency'), contact })),
  ];
  if (rows.length === 0) rows.push({ kind: t('person.fields.emergency'), contact: null });
  return (
    <table data-testid="print-contacts">
      <colgroup>
        <col style={{ width: '24mm' }} />
        <col style={{ width: '26mm' }} />
        <col style={{ width: '18mm' }} />
        <col style={{ width: '32mm' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th />
          <th>{t('person.fields.contactName')}</th>
          <th>{t('person.fields.relation')}</th>
          <th>{t('person.fields.contactPhone')}</th>
          <th>{t('person.fields.contactAddress')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ kind, contact }, index) => (
          <tr key={index}>
            <th>{kind}</th>
            <td>{contact?.name ?? ''}</td>
            <td>{contact?.relation ?? ''}</td>
            <td>{contact?.phone ?? ''}</td>
            <td>{contact?.address ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
