import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact, Person } from '../../../../../shared/schema';
import { useDateText } from '../../../i18n/use-date-text';

/** 基本资料: identity, contact, guardian and health, as text. */
export function PersonProfile({ person }: { person: Person }) {
  const { t } = useTranslation(['people', 'domain']);
  const dateText = useDateText();
  const none = <Typography.Text type="secondary">{t('person.notGiven')}</Typography.Text>;
  const contact = (c: Contact) => (
    <span key={`${c.name}-${c.phone}`}>
      {c.address
        ? t('person.contactLineAddress', {
            name: c.name,
            relation: c.relation,
            phone: c.phone,
            address: c.address,
          })
        : t('person.contactLine', { name: c.name, relation: c.relation, phone: c.phone })}
    </span>
  );
  const { health } = person;
  const flags = [
    health.dementia && t('fields.dementia'),
    health.psychiatric && t('fields.psychiatric'),
  ].filter(Boolean);
  const items: DescriptionsProps['items'] = [
    {
      key: 'idNumber',
      label: t('fields.idNumber'),
      children: person.idNumber ? (
        <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="person-id-number">
          {person.idNumber}
        </Typography.Text>
      ) : (
        none
      ),
    },
    { key: 'birthDate', label: t('fields.birthDate'), children: dateText(person.birthDate) },
    { key: 'ethnicity', label: t('fields.ethnicity'), children: person.ethnicity || none },
    { key: 'phone', label: t('fields.phone'), children: person.phone || none },
    { key: 'village', label: t('fields.village'), children: person.village || none },
    { key: 'address', label: t('fields.address'), children: person.address || none },
    {
      key: 'marital',
      label: t('fields.maritalStatus'),
      children: person.maritalStatus ? t(`domain:maritalStatus.${person.maritalStatus}`) : none,
    },
    {
      key: 'living',
      label: t('fields.livingSituation'),
      children: person.livingSituation ? t(`domain:livingSituation.${person.livingSituation}`) : none,
    },
    {
      key: 'contacts',
      label: t('form.emergencyContacts'),
      span: 2,
      children: person.emergencyContacts.length ? (
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {person.emergencyContacts.map(contact)}
        </div>
      ) : (
        none
      ),
    },
    {
      key: 'guardian',
      label: t('form.guardian'),
      span: 2,
      children: person.guardian ? contact(person.guardian) : none,
    },
    {
      key: 'diagnoses',
      label: t('form.diagnoses'),
      span: 2,
      children:
        health.diagnoses.length || flags.length
          ? [
              ...health.diagnoses.map((d) =>
                d.icd10 ? t('person.diagnosisCode', { name: d.name, code: d.icd10 }) : d.name,
              ),
              ...flags,
            ].join(t('person.listSeparator'))
          : none,
    },
    { key: 'allergies', label: t('fields.allergies'), children: health.allergies || none },
    { key: 'diet', label: t('fields.diet'), children: health.diet || none },
    {
      key: 'medication',
      label: t('fields.medicationNotes'),
      span: 2,
      children: health.medicationNotes || none,
    },
  ];
  return (
    <Card title={t('person.profile')} size="small">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} data-testid="person-profile" />
    </Card>
  );
}
