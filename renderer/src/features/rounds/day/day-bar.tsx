import { Button, DatePicker, Flex } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addDaysIso } from '../../../../../shared/domain/census';

interface Props {
  date: string;
  today: string;
  onChange: (date: string) => void;
  testId: string;
}

/** The day shown, picked or stepped a day at a time. */
export function DayBar({ date, today, onChange, testId }: Props) {
  const { t } = useTranslation('rounds');
  return (
    <Flex gap={8} align="center" wrap data-testid={testId}>
      <Button
        icon={<LeftOutlined />}
        onClick={() => onChange(addDaysIso(date, -1))}
        data-testid={`${testId}-previous`}
      >
        {t('day.previous')}
      </Button>
      <DatePicker
        aria-label={t('day.date')}
        format="YYYY-MM-DD"
        allowClear={false}
        value={dayjs(date, 'YYYY-MM-DD', true)}
        onChange={(value) => {
          if (value) onChange(value.format('YYYY-MM-DD'));
        }}
        style={{ width: 150 }}
      />
      <Button
        icon={<RightOutlined />}
        iconPlacement="end"
        onClick={() => onChange(addDaysIso(date, 1))}
        data-testid={`${testId}-next`}
      >
        {t('day.next')}
      </Button>
      <Button disabled={date === today} onClick={() => onChange(today)}>
        {t('day.today')}
      </Button>
    </Flex>
  );
}
