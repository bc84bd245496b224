import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CARER_SKILL_LEVELS, CERTIFICATE_KINDS } from '../../../../../shared/schema';
import { DateField, SelectField, TextField } from './staff-fields';
import { newCertificateRow } from './staff-form-values';
import type { StaffFormValues } from './staff-form-values';

function CertificateRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation('staff');
  const kind = useWatch<StaffFormValues, `certificates.${number}.kind`>({
    name: `certificates.${index}.kind`,
  });
  const label = t('form.certificates.remove');
  return (
    <Card
      size="small"
      type="inner"
      title={t('form.certificates.row', { n: index + 1 })}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={label}
          title={label}
          onClick={onRemove}
          data-testid={`staff-certificate-remove-${index}`}
        />
      }
      data-testid="staff-certificate-row"
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <SelectField
            name={`certificates.${index}.kind`}
            label={t('form.certificates.kind')}
            required
            options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: t(`certificateKind.${k}`) }))}
          />
        </Col>
        <Col xs={24} md={8}>
          {kind === 'carerSkill' ? (
            <SelectField
              name={`certificates.${index}.level`}
              label={t('form.certificates.level')}
              required
              options={CARER_SKILL_LEVELS.map((l) => ({ value: String(l), label: t(`carerLevel.${l}`) }))}
            />
          ) : kind === 'other' ? (
            <TextField
              name={`certificates.${index}.name`}
              label={t('form.certificates.name')}
              required
              maxLength={50}
            />
          ) : null}
        </Col>
        <Col xs={24} md={8}>
          <TextField
            name={`certificates.${index}.number`}
            label={t('form.certificates.number')}
            maxLength={50}
          />
        </Col>
        <Col xs={12} md={8}>
          <DateField name={`certificates.${index}.issuedOn`} label={t('form.certificates.issuedOn')} />
        </Col>
        <Col xs={12} md={8}>
          <DateField
            name={`certificates.${index}.expiresOn`}
            label={t('form.certificates.expiresOn')}
            hint={t('form.certificates.expiresHelp')}
          />
        </Col>
      </Row>
    </Card>
  );
}

/** The person's certificates as an editable list: add, change, remove; expiry dates feed the "due" list. */
export function CertificatesEditor() {
  const { t } = useTranslation('staff');
  const { control } = useFormContext<StaffFormValues>();
  const rows = useFieldArray({ control, name: 'certificates', keyName: 'rowKey' });
  return (
    <Flex vertical gap={12}>
      {rows.fields.length === 0 ? (
        <Typography.Text type="secondary">{t('form.certificates.none')}</Typography.Text>
      ) : null}
      {rows.fields.map((row, index) => (
        <CertificateRow key={row.rowKey} index={index} onRemove={() => rows.remove(index)} />
      ))}
      <div>
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => rows.append(newCertificateRow())}
          data-testid="staff-certificate-add"
        >
          {t('form.certificates.add')}
        </Button>
      </div>
    </Flex>
  );
}
