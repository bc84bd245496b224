import { Button, DatePicker, Flex } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addDaysIso } from '../../../../../shared/domain/census';
import { parseDateInput } from '../../../../../shared/domain/date-input';

interface Props {
  date: string;
  today: string;
  onChange: (date: string) => void;
}

/** The board's day: picked, typed (19500101, 2026.11.3 …), or stepped a day at a time. */
export function BoardDateBar({ date, today, onChange }: Props) {
  const { t } = useTranslation('beds');
  const typed = (target: EventTarget | null) =>
    target instanceof HTMLInputElement ? parseDateInput(target.value) : null;
  return (
    <Flex gap={8} align="center" wrap data-testid="board-date-bar">
      <Button
        icon={<LeftOutlined />}
        onClick={() => onChange(addDaysIso(date, -1))}
        data-testid="board-previous-day"
      >
        {t('board.previousDay')}
      </Button>
      <DatePicker
        id="board-date"
        aria-label={t('board.date')}
        format="YYYY-MM-DD"
        allowClear={false}
        value={dayjs(date, 'YYYY-MM-DD', true)}
        onChange={(value) => {
          if (value) onChange(value.format('YYYY-MM-DD'));
        }}
        onKeyDown={(event) => {
          const next = event.key === 'Enter' ? typed(event.target) : null;
          if (next !== null && next !== date) onChange(next);
        }}
        style={{ width: 150 }}
        data-testid="board-date"
      />
      <Button
        icon={<RightOutlined />}
        iconPlacement="end"
        onClick={() => onChange(addDaysIso(date, 1))}
        data-testid="board-next-day"
      >
        {t('board.nextDay')}
      </Button>
      <Button disabled={date === today} onClick={() => onChange(today)} data-testid="board-today">
        {t('board.today')}
      </Button>
    </Flex>
  );
}
