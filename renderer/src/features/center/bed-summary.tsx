import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BedCounts } from '../../../../shared/schema';
import { useFormat } from '../../i18n/use-format';

/** Bed numbers at a glance. Nursing beds are part of the residential beds, so the total leaves them out. */
export function BedSummary({ beds }: { beds: BedCounts }) {
  const { t } = useTranslation('app');
  const format = useFormat();
  const cells = [
    { key: 'residential', value: beds.residential },
    { key: 'nursing', value: beds.nursing },
    { key: 'dayCare', value: beds.dayCare },
    { key: 'total', value: beds.residential + beds.dayCare },
  ] as const;
  return (
    <Row gutter={[16, 16]} data-testid="home-beds">
      {cells.map((cell) => (
        <Col key={cell.key} xs={12} md={6}>
          <Card>
            <Statistic
              title={t(`home.beds.${cell.key}`)}
              value={cell.value}
              formatter={(value) => format.number(Number(value))}
              data-testid={`home-beds-${cell.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
