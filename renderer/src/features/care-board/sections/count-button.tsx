import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import type { ListKey } from '../board-lists';

interface Props {
  listKey: ListKey;
  count: number;
  onOpen: (key: ListKey) => void;
  /** Warning look (with the word, not the colour alone) when the number asks for action. */
  warn?: boolean;
  size?: 'big' | 'small';
}

/** A number of the board that opens the list behind it (click or Enter). */
export function CountButton({ listKey, count, onOpen, warn = false, size = 'big' }: Props) {
  const { t } = useTranslation('care-board');
  const format = useFormat();
  const label = t(`counts.${listKey}`);
  const big = size === 'big';
  return (
    <Button
      block
      onClick={() => onOpen(listKey)}
      aria-haspopup="dialog"
      data-testid={`board-count-${listKey}`}
      data-count={count}
      danger={warn && count > 0}
      style={{
        height: 'auto',
        padding: big ? '10px 8px' : '6px 10px',
        display: 'flex',
        flexDirection: big ? 'column' : 'row',
        alignItems: 'center',
        justifyContent: 'center',
        gap: big ? 2 : 8,
        whiteSpace: 'normal',
      }}
    >
      <span
        style={{ fontSize: big ? 34 : 22, fontWeight: 700, lineHeight: 1.1 }}
        data-testid="board-count-value"
      >
        {format.number(count)}
      </span>
      <span style={{ fontSize: big ? 16 : 15 }}>{label}</span>
    </Button>
  );
}
