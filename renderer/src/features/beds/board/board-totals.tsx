import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardTotals as Totals } from '../../../../../shared/ipc/beds';
import { useFormat } from '../../../i18n/use-format';

const ORDER = [
  'beds',
  'occupied',
  'free',
  'closed',
  'inRegister',
  'inHouse',
  'leave',
  'hospital',
  'critical',
  'newAdmissions',
  'overdue',
] as const satisfies readonly (keyof Totals)[];

/** The head counts of the day, in the order the handover sheet writes them; 0 is written, never left blank. */
export function BoardTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation('beds');
  const format = useFormat();
  return (
    <Flex
      role="list"
      aria-label={t('board.totals.label')}
      wrap
      gap={8}
      data-testid="board-totals"
      style={{ marginBottom: 16 }}
    >
      {ORDER.map((key) => {
        const warn = (key === 'overdue' || key === 'critical') && totals[key] > 0;
        return (
          <div
            role="listitem"
            key={key}
            data-testid={`board-total-${key}`}
            style={{
              minWidth: 84,
              padding: '4px 10px',
              border: `1px solid ${warn ? '#ffa39e' : '#d9d9d9'}`,
              background: warn ? '#fff1f0' : '#fff',
              borderRadius: 6,
            }}
          >
            <div style={{ fontSize: 14, color: '#434343' }}>{t(`board.totals.${key}`)}</div>
            <div
              style={{ fontSize: 20, fontWeight: 600, color: warn ? '#820014' : '#141414' }}
              data-testid="board-total-value"
            >
              {format.number(totals[key])}
            </div>
          </div>
        );
      })}
    </Flex>
  );
}
