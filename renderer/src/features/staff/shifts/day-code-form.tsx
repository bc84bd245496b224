import { App, Col, Row } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DayCodeInputSchema } from '../../../../../shared/ipc/staff';
import type { DayCodeInput } from '../../../../../shared/ipc/staff';
import { DAY_CODE_KINDS } from '../../../../../shared/schema';
import type { DayCode } from '../../../../../shared/schema';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { useSaveDayCode } from '../queries';
import { ColourSwatch } from './colour-swatch';

type Values = DayCodeInput;
const { TextField, SelectField, CheckboxField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `daycode-field-${name}`, testId: `daycode-field-${name}` });

export const NEW_DAY_CODE: Values = { code: '', name: '', kind: 'rest', colour: '#f0f0f0', active: true };

export function dayCodeToForm(d: DayCode): Values {
  const { createdAt: _c, updatedAt: _u, ...fields } = d;
  return fields;
}

interface Props {
  initial: Values | null;
  disabled: boolean;
  onClose: () => void;
}

/** Add or edit a day code (休, 假, 调休…): a roster mark without times, its code unique among shifts too. */
export function DayCodeForm({ initial, disabled, onClose }: Props) {
  const { t } = useTranslation('staff');
  const { message } = App.useApp();
  const save = useSaveDayCode();
  const form = useForm<Values>({
    resolver: zodResolver(DayCodeInputSchema),
    values: initial ?? NEW_DAY_CODE,
    mode: 'onTouched',
  });
  const editing = initial?.id !== undefined;
  const colour = useWatch({ control: form.control, name: 'colour' });
  const code = useWatch({ control: form.control, name: 'code' });
  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('shifts.saved'));
        onClose();
      },
      onError: (error) => {
        const placed = applyServerErrors(error, form.setError, (path) => path as FieldPath<Values>);
        if (!placed) void message.error(error.message);
      },
    });
  });
  return (
    <FormDialog
      width={640}
      open={initial !== null}
      title={editing ? t('dayCodes.edit') : t('dayCodes.add')}
      saving={save.isPending}
      disabled={disabled}
      testId="daycode-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <FormFields form={form} ids={ids}>
        <Row gutter={16}>
          <Col span={8}>
            <TextField
              name="code"
              label={t('shifts.code')}
              required
              maxLength={8}
              hint={editing ? t('shifts.codeHelp') : undefined}
            />
          </Col>
          <Col span={16}>
            <TextField name="name" label={t('shifts.name')} required maxLength={30} />
          </Col>
          <Col span={8}>
            <SelectField
              name="kind"
              label={t('dayCodes.kind')}
              required
              options={DAY_CODE_KINDS.map((k) => ({ value: k, label: t(`dayCodes.kinds.${k}`) }))}
            />
          </Col>
          <Col span={8}>
            <TextField
              name="colour"
              label={t('shifts.colour')}
              required
              placeholder="#f0f0f0"
              maxLength={7}
              hint={<ColourSwatch colour={colour} code={code || '—'} />}
            />
          </Col>
          <Col span={8} style={{ paddingTop: 30 }}>
            <CheckboxField name="active" label={t('shifts.active')} />
          </Col>
        </Row>
      </FormFields>
    </FormDialog>
  );
}
