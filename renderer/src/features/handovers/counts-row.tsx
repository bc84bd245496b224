import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverCounts } from '../../../../shared/schema';

const COUNTS = ['total', 'inHouse', 'onLeave', 'inHospital'] as const;

/** 总人数, 在院, 请假, 住院: always a number, 0 rather than a blank, as the paper form asks. */
export function CountsRow({ counts }: { counts: HandoverCounts }) {
  const { t } = useTranslation('handovers');
  return (
    <Flex gap={12} wrap role="group" aria-label={t('counts.title')} data-testid="handover-counts">
      {COUNTS.map((key) => (
        <div
          key={key}
          style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: '6px 16px', minWidth: 110 }}
        >
          <Typography.Text type="secondary">{t(`counts.${key}`)}</Typography.Text>
          <div style={{ fontSize: 24, fontWeight: 600 }} data-testid={`handover-count-${key}`}>
            {String(counts[key])}
          </div>
        </div>
      ))}
    </Flex>
  );
}
