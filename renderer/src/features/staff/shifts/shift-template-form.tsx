import { App, Col, InputNumber, Row, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { isTime } from '../../../../../shared/domain/dates';
import { ShiftTemplateInputSchema } from '../../../../../shared/ipc/staff';
import type { ShiftTemplateInput } from '../../../../../shared/ipc/staff';
import type { ShiftTemplate } from '../../../../../shared/schema';
import { applyServerErrors } from '../../../api/apply-server-errors';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { useSaveShiftTemplate } from '../queries';
import { ColourSwatch } from './colour-swatch';

type Values = ShiftTemplateInput;
const { FormField, TextField, NumberField, CheckboxField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `shift-field-${name}`, testId: `shift-field-${name}` });

export const NEW_SHIFT: Values = {
  code: '',
  name: '',
  start: '08:00',
  end: '16:00',
  breakMinutes: 0,
  paidHours: 8,
  night: false,
  colour: '#fff1b8',
  active: true,
};

export function shiftToForm(s: ShiftTemplate): Values {
  const { createdAt: _c, updatedAt: _u, crossesMidnight: _x, ...fields } = s;
  return fields;
}

/** Shown, never typed: whether the shift ends the next day follows from its times. */
function CrossesMidnight({ control }: { control: ReturnType<typeof useForm<Values>>['control'] }) {
  const { t } = useTranslation('staff');
  const [start, end] = useWatch({ control, name: ['start', 'end'] });
  if (!isTime(start) || !isTime(end)) return null;
  const crosses = end <= start;
  return (
    <Typography.Text data-testid="shift-crosses-midnight" data-value={String(crosses)}>
      {t('shifts.crossesMidnight')}：{crosses ? t('shifts.crossesYes') : t('shifts.crossesNo')}
    </Typography.Text>
  );
}

interface Props {
  initial: Values | null;
  disabled: boolean;
  onClose: () => void;
}

/** Add or edit a shift template; every refusal (a taken code, paid hours too long) lands beside its field. */
export function ShiftTemplateForm({ initial, disabled, onClose }: Props) {
  const { t } = useTranslation('staff');
  const { message } = App.useApp();
  const save = useSaveShiftTemplate();
  const form = useForm<Values>({
    resolver: zodResolver(ShiftTemplateInputSchema),
    values: initial ?? NEW_SHIFT,
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
      title={editing ? t('shifts.edit') : t('shifts.add')}
      saving={save.isPending}
      disabled={disabled}
      testId="shift-form"
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
            <TextField name="start" label={t('shifts.start')} required placeholder="08:00" maxLength={5} />
          </Col>
          <Col span={8}>
            <TextField name="end" label={t('shifts.end')} required placeholder="20:00" maxLength={5} />
          </Col>
          <Col span={8} style={{ paddingTop: 34 }}>
            <CrossesMidnight control={form.control} />
          </Col>
          <Col span={8}>
            <FormField name="paidHours" label={t('shifts.paidHours')} required>
              {({ field, id, testId, invalid }) => (
                <InputNumber<number>
                  id={id}
                  ref={field.ref}
                  value={typeof field.value === 'number' ? field.value : null}
                  onChange={(next) => field.onChange(next)}
                  onBlur={field.onBlur}
                  min={0}
                  max={24}
                  step={0.25}
                  style={{ width: '100%' }}
                  aria-invalid={invalid || undefined}
                  data-testid={testId}
                />
              )}
            </FormField>
          </Col>
          <Col span={8}>
            <NumberField name="breakMinutes" label={t('shifts.breakMinutes')} required />
          </Col>
          <Col span={8}>
            <TextField
              name="colour"
              label={t('shifts.colour')}
              required
              placeholder="#fff1b8"
              maxLength={7}
              hint={<ColourSwatch colour={colour} code={code || '—'} />}
            />
          </Col>
          <Col span={8}>
            <CheckboxField name="night" label={t('shifts.night')} />
          </Col>
          <Col span={8}>
            <CheckboxField name="active" label={t('shifts.active')} />
          </Col>
        </Row>
      </FormFields>
    </FormDialog>
  );
}
