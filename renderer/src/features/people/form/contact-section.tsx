import { Button, Col, Divider, Flex, Row, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EMPTY_CONTACT } from './person-form-values';
import type { PersonFormValues } from './person-form-values';
import { ContactFields } from './contact-fields';
import { TextField } from './person-fields';
import { RemoveRowButton } from './remove-row-button';
import { VillageField } from './village-field';

const MAX_CONTACTS = 10;

/** 联系与监护: where the person lives, emergency contacts, guardian. */
export function ContactSection() {
  const { t } = useTranslation('people');
  const { control } = useFormContext<PersonFormValues>();
  const contacts = useFieldArray({ control, name: 'emergencyContacts' });
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <TextField name="phone" label={t('fields.phone')} inputMode="tel" />
        </Col>
        <Col xs={24} md={8}>
          <VillageField />
        </Col>
        <Col xs={24} md={8}>
          <TextField name="address" label={t('fields.address')} />
        </Col>
      </Row>
      <Typography.Text strong>{t('form.emergencyContacts')}</Typography.Text>
      {contacts.fields.map((row, index) => (
        <Flex key={row.id} gap={8} align="flex-start" data-testid="person-contact-row">
          <div style={{ flex: 1 }}>
            <ContactFields prefix={`emergencyContacts.${index}`} />
          </div>
          <RemoveRowButton
            label={t('form.removeContact')}
            onClick={() => contacts.remove(index)}
            testId="person-contact-remove"
          />
        </Flex>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={contacts.fields.length >= MAX_CONTACTS}
        onClick={() => contacts.append({ ...EMPTY_CONTACT })}
        data-testid="person-contact-add"
      >
        {t('form.addContact')}
      </Button>
      <Divider titlePlacement="start" plain>
        {t('form.guardian')}
      </Divider>
      <Typography.Paragraph type="secondary">{t('form.guardianHelp')}</Typography.Paragraph>
      <ContactFields prefix="guardian" />
    </>
  );
}
