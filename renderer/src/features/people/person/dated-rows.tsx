import type { ReactNode } from 'react';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateText } from '../../../i18n/use-date-text';

export interface DatedRow {
  key: string;
  label: ReactNode;
  from: string;
  to?: string | null | undefined;
  testId?: string;
  active?: boolean;
}

/** Label on the left, "from – to" (or "since") on the right, one line each. */
export function DatedRows({ rows }: { rows: DatedRow[] }) {
  const { t } = useTranslation('people');
  const { token } = theme.useToken();
  const dateText = useDateText();
  return (
    <Flex vertical>
      {rows.map((row, index) => (
        <Flex
          key={row.key}
          justify="space-between"
          gap={12}
          wrap
          style={{ padding: '6px 0', borderTop: index > 0 ? `1px solid ${token.colorSplit}` : undefined }}
          data-testid={row.testId}
          data-active={row.active}
        >
          {row.label}
          <Typography.Text type="secondary">
            {row.to
              ? t('person.dateRange', { from: dateText(row.from), to: dateText(row.to) })
              : t('person.dateFrom', { from: dateText(row.from) })}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
