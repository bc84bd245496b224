import { useTranslation } from 'react-i18next';
import { useDateText } from '../../../i18n/use-date-text';

interface Row {
  key: string;
  label: string;
  from: string;
  to: string | null | undefined;
}

/** Support categories or services: what, from when, until when (or "ongoing"). */
export function DatedRowsTable({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const { t } = useTranslation('print');
  const dateText = useDateText();
  return (
    <table data-testid={testId}>
      <colgroup>
        <col />
        <col style={{ width: '40mm' }} />
        <col style={{ width: '40mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th>{title}</th>
          <th>{t('person.fields.from')}</th>
          <th>{t('person.fields.to')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>{t('person.none')}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <td>{row.label}</td>
              <td>{dateText(row.from)}</td>
              <td>{row.to ? dateText(row.to) : t('person.fields.ongoing')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
