import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RoundField } from './round-errors';

export interface RoundHead {
  area: string;
  date: string;
  time: string;
  shiftCode: string;
  staffId: string | undefined;
}

interface Props {
  value: RoundHead;
  areas: readonly string[];
  staff: readonly { id: string; name: string }[];
  errors: Partial<Record<RoundField, string>>;
  onChange: (change: Partial<RoundHead>) => void;
  /** A fire patrol is booked to no shift. */
  withShift?: boolean;
}

/** Area, date, time, shift and who: the head of the paper 巡视记录, in its order. */
export function RoundFields({ value, areas, staff, errors, onChange, withShift = true }: Props) {
  const { t } = useTranslation('rounds');
  const status = (field: RoundField) => (errors[field] ? ('error' as const) : undefined);
  return (
    <Form layout="vertical" component="div" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
      <Form.Item
        label={t('record.area')}
        htmlFor="round-area"
        validateStatus={status('area')}
        help={errors.area}
      >
        <Select
          id="round-area"
          value={value.area}
          options={areas.map((name) => ({ value: name, label: name }))}
          onChange={(area) => onChange({ area })}
          style={{ minWidth: 160 }}
          data-testid="round-area"
        />
      </Form.Item>
      <Form.Item
        label={t('record.date')}
        htmlFor="round-date"
        validateStatus={status('date')}
        help={errors.date}
      >
        <DatePicker
          id="round-date"
          format="YYYY-MM-DD"
          allowClear={false}
          value={dayjs(value.date, 'YYYY-MM-DD', true)}
          onChange={(next) => {
            if (next) onChange({ date: next.format('YYYY-MM-DD') });
          }}
          style={{ width: 150 }}
          data-testid="round-date"
        />
      </Form.Item>
      <Form.Item
        label={t('record.time')}
        htmlFor="round-time"
        validateStatus={status('time')}
        help={errors.time}
      >
        <Input
          id="round-time"
          value={value.time}
          maxLength={5}
          placeholder="HH:mm"
          onChange={(event) => onChange({ time: event.target.value })}
          style={{ width: 100 }}
          data-testid="round-time"
        />
      </Form.Item>
      {withShift && (
        <Form.Item
          label={t('record.shift')}
          htmlFor="round-shift"
          validateStatus={status('shiftCode')}
          help={errors.shiftCode}
        >
          <Input
            id="round-shift"
            value={value.shiftCode}
            maxLength={8}
            onChange={(event) => onChange({ shiftCode: event.target.value })}
            style={{ width: 90 }}
            data-testid="round-shift"
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('record.staff')}
        htmlFor="round-staff"
        validateStatus={status('staffId')}
        help={errors.staffId}
      >
        <Select
          id="round-staff"
          value={value.staffId}
          placeholder={t('record.staffPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(staffId: string) => onChange({ staffId })}
          style={{ minWidth: 160 }}
          data-testid="round-staff"
        />
      </Form.Item>
    </Form>
  );
}
