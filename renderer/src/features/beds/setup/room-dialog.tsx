import { App, Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldPath, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { UpdateRoomSchema } from '../../../../../shared/ipc/beds';
import type { UpdateRoomInput } from '../../../../../shared/ipc/beds';
import type { Room } from '../../../../../shared/schema';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { useUpdateRoom } from '../queries';
import { placeBedsError } from './place-beds-error';

type Values = UpdateRoomInput;
const { TextField, NumberField, SelectField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `room-field-${name}`, testId: `room-field-${name}` });
const FIELDS: readonly FieldPath<Values>[] = ['name', 'floor', 'sex', 'notes'];
const schemaResolver = zodResolver(UpdateRoomSchema);
/** A cleared sex choice is "either", which the schema writes as null. */
const resolver: Resolver<Values> = (values, context, options) =>
  schemaResolver({ ...values, sex: values.sex ?? null }, context, options);

/** Edit a room's number, floor, sex and notes; its beds keep their labels. */
export function RoomDialog({
  room,
  disabled,
  onClose,
}: {
  room: Room | null;
  disabled: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('beds');
  const { message } = App.useApp();
  const update = useUpdateRoom();
  const form = useForm<Values>({
    resolver,
    values: room
      ? {
          roomId: room.id,
          name: room.name,
          floor: room.floor,
          sex: room.sex ?? null,
          notes: room.notes ?? '',
        }
      : { roomId: '', name: '', floor: 1, sex: null, notes: '' },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit((values) => {
    if (update.isPending) return;
    update.mutate(
      { ...values, sex: values.sex ?? null, ...(values.notes ? {} : { notes: undefined }) },
      {
        onSuccess: () => {
          void message.success(t('setup.room.saved'));
          onClose();
        },
        onError: (error) => {
          if (!placeBedsError(error, form.setError, FIELDS, { 'beds.roomExists': 'name' }))
            void message.error(error.message);
        },
      },
    );
  });
  return (
    <FormDialog
      open={room !== null}
      title={t('setup.room.title', { room: room?.name ?? '' })}
      saving={update.isPending}
      disabled={disabled}
      testId="room-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <FormFields form={form} ids={ids}>
        <Row gutter={16}>
          <Col span={12}>
            <TextField name="name" label={t('setup.room.name')} required maxLength={30} />
          </Col>
          <Col span={6}>
            <NumberField name="floor" label={t('setup.room.floor')} required />
          </Col>
          <Col span={6}>
            <SelectField
              name="sex"
              label={t('setup.room.sex')}
              placeholder={t('setup.bulk.roomSexAny')}
              options={[
                { value: 'male', label: t('board.roomSex.male') },
                { value: 'female', label: t('board.roomSex.female') },
              ]}
            />
          </Col>
          <Col span={24}>
            <TextField name="notes" label={t('setup.room.notes')} maxLength={500} />
          </Col>
        </Row>
      </FormFields>
    </FormDialog>
  );
}
