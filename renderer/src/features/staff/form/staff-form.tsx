import { Button, Card, Col, Flex, Form, Row, theme } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WORKING_TIME_SYSTEMS } from '../../../../../shared/schema';
import type { Staff } from '../../../../../shared/schema';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { usePostLabel } from '../post-label';
import { usePosts, useStaffSave } from '../queries';
import { CertificatesEditor } from './certificates-editor';
import { CheckboxField, DateField, SelectField, TextField, staffFieldIds } from './staff-fields';
import { staffResolver, toStaffInput } from './staff-form-values';
import type { StaffFormOutput, StaffFormValues } from './staff-form-values';

interface Props {
  /** Absent for a new staff member. */
  staffId?: string;
  initial: StaffFormValues;
  disabled?: boolean;
  onSaved: (staff: Staff) => void;
  onCancel: () => void;
}

/**
 * Add or edit a staff member and their certificates. Checked by the same
 * schema as the main process; the main process's refusals (an ID number
 * another staff member has, a post not in the list) appear beside their field.
 * The save button or Ctrl+S saves; Enter in a box never does.
 */
export function StaffForm({ staffId, initial, disabled = false, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['staff', 'common']);
  const { token } = theme.useToken();
  const save = useStaffSave();
  const posts = usePosts().data;
  const postLabel = usePostLabel();
  const form = useForm<StaffFormValues, unknown, StaffFormOutput>({
    resolver: staffResolver,
    defaultValues: initial,
    mode: 'onTouched',
  });

  const submit = form.handleSubmit(() => {
    if (save.isPending) return;
    // Send the cleaned form, not the parsed one: the main process parses it again.
    const input = toStaffInput(form.getValues()) as StaffFormOutput;
    const request =
      staffId === undefined
        ? ({ kind: 'create', input } as const)
        : ({ kind: 'update', input: { id: staffId, staff: input } } as const);
    save.mutate(request, {
      onSuccess: onSaved,
      onError: (error) => {
        applyServerErrors(
          error,
          form.setError,
          (path) => path.replace(/^staff\./, '') as FieldPath<StaffFormValues>,
        );
      },
    });
  });
  useSaveShortcut(() => void submit(), !disabled);

  const postOptions = [...(posts?.builtIn ?? []), ...(posts?.custom ?? [])].map((p) => ({
    value: p,
    label: postLabel(p),
  }));

  return (
    <FormFields form={form} ids={staffFieldIds}>
      <Form
        layout="vertical"
        disabled={disabled}
        onFinish={() => void submit()}
        requiredMark
        onKeyDown={preventEnterSubmit}
        data-testid="staff-form"
      >
        <Flex vertical gap={16}>
          <Card title={t('form.sections.basic')} size="small">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <TextField name="name" label={t('form.name')} required maxLength={40} />
              </Col>
              <Col xs={24} md={8}>
                <TextField name="phone" label={t('form.phone')} inputMode="tel" maxLength={20} />
              </Col>
              <Col xs={24} md={8}>
                <TextField name="idNumber" label={t('form.idNumber')} maxLength={18} />
              </Col>
            </Row>
          </Card>
          <Card title={t('form.sections.work')} size="small">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <SelectField name="post" label={t('form.post')} required options={postOptions} />
              </Col>
              <Col xs={24} md={8}>
                <DateField name="hireDate" label={t('form.hireDate')} notAfterToday />
              </Col>
              <Col xs={24} md={8}>
                <TextField
                  name="area"
                  label={t('form.area')}
                  placeholder={t('form.areaPlaceholder')}
                  maxLength={50}
                />
              </Col>
              <Col xs={24} md={8}>
                <SelectField
                  name="workingTime"
                  label={t('form.workingTime')}
                  required
                  options={WORKING_TIME_SYSTEMS.map((w) => ({ value: w, label: t(`workingTime.${w}`) }))}
                />
              </Col>
              <Col xs={24} md={16}>
                <CheckboxField name="active" label={t('form.active')} extra={t('form.activeHelp')} />
              </Col>
            </Row>
          </Card>
          <Card title={t('form.sections.certificates')} size="small" data-testid="staff-certificates">
            <CertificatesEditor />
          </Card>
          <Flex
            gap={8}
            justify="flex-end"
            style={{
              position: 'sticky',
              bottom: 0,
              padding: '12px 0',
              background: token.colorBgLayout,
              zIndex: 2,
            }}
          >
            <Button onClick={onCancel} data-testid="staff-cancel">
              {t('common:actions.cancel')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={save.isPending}
              data-testid="staff-submit"
            >
              {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </FormFields>
  );
}
