import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROUND_MARKS } from '../../../../../shared/schema/rounds';
import { MARK_KEYS, roundCounts } from '../marks';
import type { MarkEntry } from '../marks';

function Key({ children }: { children: string }) {
  return <Typography.Text keyboard>{children}</Typography.Text>;
}

/** The keys on screen, so nobody has to remember them at three in the morning. */
export function KeyLegend({ onAllAsleep }: { onAllAsleep: () => void }) {
  const { t } = useTranslation('rounds');
  return (
    <Flex gap={16} align="center" wrap data-testid="round-keys" style={{ fontSize: 15 }}>
      {ROUND_MARKS.map((mark) => (
        <span key={mark}>
          <Key>{MARK_KEYS[mark]}</Key> {t(`marks.${mark}`)}
        </span>
      ))}
      <span>
        <Key>↑</Key>
        <Key>↓</Key> {t('record.keyMove')}
      </span>
      <span>
        <Key>N</Key> / <Key>Enter</Key> {t('record.keyNote')}
      </span>
      <span>
        <Key>Ctrl+S</Key> {t('record.keySave')}
      </span>
      <Button onClick={onAllAsleep} data-testid="round-all-asleep">
        {t('record.allAsleep')}
      </Button>
    </Flex>
  );
}

/** 应查 / 实查 / 需关注, live as the marks go in. */
export function RoundCountsLine({ entries }: { entries: readonly MarkEntry[] }) {
  const { t } = useTranslation('rounds');
  const counts = roundCounts(entries);
  return (
    <Flex gap={24} wrap style={{ fontSize: 18 }} data-testid="round-counts" aria-live="polite">
      <span data-testid="round-count-expected" data-value={counts.expected}>
        {t('record.expected', { count: counts.expected })}
      </span>
      <span data-testid="round-count-checked" data-value={counts.checked}>
        {t('record.checked', { count: counts.checked })}
      </span>
      <span data-testid="round-count-attention" data-value={counts.needsAttention}>
        {t('record.attention', { count: counts.needsAttention })}
      </span>
      <Typography.Text type="secondary">{t('record.unmarked', { count: counts.unmarked })}</Typography.Text>
    </Flex>
  );
}
