import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  id: string;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  testId: string;
  invalid?: boolean;
}

/** A date picker holding the schema's 'YYYY-MM-DD'; assessments cannot be dated in the future. */
export function IsoDatePicker({ id, value, onChange, onBlur, testId, invalid = false }: Props) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : '')}
      onBlur={onBlur}
      format="YYYY-MM-DD"
      disabledDate={(date) => date.isAfter(dayjs(), 'day')}
      allowClear={false}
      style={{ width: '100%' }}
      status={invalid ? 'error' : undefined}
      data-testid={testId}
    />
  );
}
