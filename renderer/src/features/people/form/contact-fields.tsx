import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextField } from './person-fields';

/** Name, relation, phone and address of one contact (`prefix` = `guardian` or `emergencyContacts.N`). */
export function ContactFields({ prefix }: { prefix: 'guardian' | `emergencyContacts.${number}` }) {
  const { t } = useTranslation('people');
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12} md={5}>
        <TextField name={`${prefix}.name`} label={t('fields.contactName')} maxLength={40} />
      </Col>
      <Col xs={24} sm={12} md={4}>
        <TextField
          name={`${prefix}.relation`}
          label={t('fields.relation')}
          placeholder={t('form.relationPlaceholder')}
          maxLength={20}
        />
      </Col>
      <Col xs={24} sm={12} md={6}>
        <TextField name={`${prefix}.phone`} label={t('fields.phone')} inputMode="tel" />
      </Col>
      <Col xs={24} sm={12} md={9}>
        <TextField name={`${prefix}.address`} label={t('fields.address')} />
      </Col>
    </Row>
  );
}
