import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BedCounts } from '../../../../../shared/schema';
import { todayIso } from '../../../components/today-iso';
import { useFormat } from '../../../i18n/use-format';
import { useMay } from '../../auth';
import { BedSummary } from '../../center';
import { bedsPaths } from '../paths';
import { useBoard, useFacility } from '../queries';

/**
 * The home page's beds. Once beds are set up the counts come from the bed
 * records (today's board); the numbers typed at first-run setup stay, shown
 * as the approved (核定) beds. Before that, those numbers are all there is.
 */
export function HomeBedCounts({ approved }: { approved: BedCounts }) {
  const mayRead = useMay('elders.read');
  return mayRead ? <FromBedRecords approved={approved} /> : <BedSummary beds={approved} />;
}

function FromBedRecords({ approved }: { approved: BedCounts }) {
  const facility = useFacility();
  const hasBeds = (facility.data?.beds.length ?? 0) > 0;
  if (!hasBeds) return <BedSummary beds={approved} />;
  return <TodayCounts approved={approved} />;
}

function TodayCounts({ approved }: { approved: BedCounts }) {
  const { t } = useTranslation('beds');
  const format = useFormat();
  const board = useBoard(todayIso());
  const totals = board.data?.totals;
  const cells = [
    { key: 'total', value: totals?.beds },
    { key: 'occupied', value: totals?.occupied },
    { key: 'free', value: totals?.free },
  ] as const;
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('home.title')}</h2>}
      extra={<Link to={bedsPaths.board()}>{t('home.open')}</Link>}
      data-testid="home-beds"
      data-source="bed-records"
    >
      <Row gutter={[16, 16]}>
        {cells.map((cell) => (
          <Col key={cell.key} xs={12} md={6}>
            <Statistic
              title={t(`home.${cell.key}`)}
              value={cell.value ?? '–'}
              formatter={(value) => (typeof value === 'number' ? format.number(value) : String(value))}
              data-testid={`home-beds-${cell.key}`}
            />
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Statistic
            title={t('home.approved')}
            value={approved.residential + approved.dayCare}
            formatter={(value) => format.number(Number(value))}
            data-testid="home-beds-approved"
          />
          <Typography.Text type="secondary" style={{ fontSize: 14 }}>
            {t('home.approvedHelp', { residential: approved.residential, dayCare: approved.dayCare })}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
