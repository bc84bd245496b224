import { App, Button, Card, Col, Form, Row, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MAX_ROOMS_PER_SETUP, SetupRoomsSchema } from '../../../../../shared/ipc/beds';
import type { SetupRoomsInput } from '../../../../../shared/ipc/beds';
import { BED_TYPES } from '../../../../../shared/schema';
import { fieldsFor, FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useSetupRooms } from '../queries';
import { placeBedsError } from './place-beds-error';
import { setupPreview } from './setup-preview';

type Values = SetupRoomsInput;
const { TextField, NumberField, SelectField, DateField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `setup-field-${name}`, testId: `setup-field-${name}` });
const FIELDS: readonly FieldPath<Values>[] = [
  'building',
  'floor',
  'firstRoom',
  'lastRoom',
  'bedsPerRoom',
  'bedType',
  'roomSex',
  'inServiceFrom',
];

const initialValues = (): Values => ({
  building: '',
  floor: 1,
  firstRoom: 101,
  lastRoom: 110,
  bedsPerRoom: 2,
  bedType: 'residential',
  inServiceFrom: todayIso(),
});

/** "1号楼, 1 层, 101–120 室, 每室 2 床": many rooms and beds at once, with what will be made shown before saving. */
export function SetupRoomsForm({
  disabled,
  shortcutEnabled,
}: {
  disabled: boolean;
  shortcutEnabled: boolean;
}) {
  const { t } = useTranslation(['beds', 'domain']);
  const { message } = App.useApp();
  const setup = useSetupRooms();
  const form = useForm<Values>({
    resolver: zodResolver(SetupRoomsSchema),
    defaultValues: initialValues(),
    mode: 'onTouched',
  });
  const [firstRoom, lastRoom, bedsPerRoom] = useWatch({
    control: form.control,
    name: ['firstRoom', 'lastRoom', 'bedsPerRoom'],
  });
  const preview = setupPreview({ firstRoom, lastRoom, bedsPerRoom, maxRooms: MAX_ROOMS_PER_SETUP });
  const submit = form.handleSubmit((values) => {
    if (setup.isPending) return;
    setup.mutate(values, {
      onSuccess: (result) => {
        void message.success(t('setup.bulk.saved', { rooms: result.rooms.length, beds: result.beds.length }));
      },
      onError: (error) => {
        const placed = placeBedsError(error, form.setError, FIELDS, { 'beds.roomExists': 'firstRoom' });
        if (!placed) void message.error(error.message);
      },
    });
  });
  useSaveShortcut(() => void submit(), shortcutEnabled && !disabled);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('setup.bulk.title')}</h2>}
      data-testid="setup-form"
    >
      <Typography.Paragraph>{t('setup.bulk.help')}</Typography.Paragraph>
      <Form layout="vertical" disabled={disabled} onKeyDown={preventEnterSubmit}>
        <FormFields form={form} ids={ids}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <TextField
                name="building"
                label={t('setup.bulk.building')}
                required
                maxLength={50}
                placeholder={t('setup.bulk.buildingPlaceholder')}
              />
            </Col>
            <Col xs={12} md={4}>
              <NumberField name="floor" label={t('setup.bulk.floor')} required />
            </Col>
            <Col xs={12} md={4}>
              <NumberField name="firstRoom" label={t('setup.bulk.firstRoom')} required />
            </Col>
            <Col xs={12} md={4}>
              <NumberField name="lastRoom" label={t('setup.bulk.lastRoom')} required />
            </Col>
            <Col xs={12} md={4}>
              <NumberField name="bedsPerRoom" label={t('setup.bulk.bedsPerRoom')} required />
            </Col>
            <Col xs={12} md={8}>
              <SelectField
                name="bedType"
                label={t('setup.bulk.bedType')}
                required
                options={BED_TYPES.map((type) => ({ value: type, label: t(`board.bedType.${type}`) }))}
              />
            </Col>
            <Col xs={12} md={8}>
              <SelectField
                name="roomSex"
                label={t('setup.bulk.roomSex')}
                placeholder={t('setup.bulk.roomSexAny')}
                options={[
                  { value: 'male', label: t('board.roomSex.male') },
                  { value: 'female', label: t('board.roomSex.female') },
                ]}
              />
            </Col>
            <Col xs={12} md={8}>
              <DateField
                name="inServiceFrom"
                label={t('setup.bulk.inServiceFrom')}
                required
                allowClear={false}
              />
            </Col>
          </Row>
        </FormFields>
        <Typography.Paragraph strong data-testid="setup-preview" aria-live="polite">
          {preview === null
            ? t('setup.bulk.previewIncomplete')
            : t(preview.rooms === 1 ? 'setup.bulk.previewOne' : 'setup.bulk.preview', {
                rooms: preview.rooms,
                beds: preview.beds,
                first: preview.firstBed,
                last: preview.lastBed,
              })}
        </Typography.Paragraph>
        <Button
          type="primary"
          loading={setup.isPending}
          onClick={() => void submit()}
          data-testid="setup-submit"
        >
          {t('setup.bulk.save')}
        </Button>
      </Form>
    </Card>
  );
}
