import { Card, Col, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { riskLabelKey } from '../../../../../shared/domain/risk';
import type { BoardMovement, CareBoardView } from '../../../../../shared/ipc/board';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import type { ListKey } from '../board-lists';
import { useFormat } from '../../../i18n/use-format';
import { CountButton } from './count-button';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** Admissions and departures of today and the two days before, newest first. */
export function MovementsCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  return (
    <Card size="small" title={heading(t('movements.title'))} data-testid="board-movements">
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <MovementList title={t('movements.admissions')} rows={view.admissions} testId="board-admissions" />
        </Col>
        <Col xs={24} sm={12}>
          <MovementList title={t('movements.departures')} rows={view.departures} testId="board-departures" />
        </Col>
      </Row>
    </Card>
  );
}

function MovementList({ title, rows, testId }: { title: string; rows: BoardMovement[]; testId: string }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  return (
    <Flex vertical gap={4} data-testid={testId}>
      <h3 style={{ fontSize: 15, margin: 0 }}>{title}</h3>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('none')}</Typography.Text>
      ) : (
        rows.map((row) => (
          <Flex key={row.stayId} gap={8} wrap style={{ fontSize: 15 }}>
            <Typography.Text type="secondary">{dateText(row.date)}</Typography.Text>
            <Link to={peoplePaths.person(row.personId)}>{row.name}</Link>
          </Flex>
        ))
      )}
    </Flex>
  );
}

/** Residents with a risk graded high in their latest safety-risk assessment. */
export function RisksCard({ view, onOpen }: { view: CareBoardView; onOpen: (key: ListKey) => void }) {
  const { t } = useTranslation(['care-board', 'domain']);
  const { list: listText } = useFormat();
  return (
    <Card
      size="small"
      title={heading(t('risks.title'))}
      extra={<CountButton listKey="highRisk" count={view.highRisk.count} onOpen={onOpen} size="small" />}
      data-testid="board-risks"
    >
      {view.highRisks.length === 0 ? (
        <Typography.Text type="secondary">{t('none')}</Typography.Text>
      ) : (
        <ul className="board-lines">
          {view.highRisks.map((row) => (
            <li key={row.personId}>
              <Link to={peoplePaths.person(row.personId)}>{row.name}</Link>
              <span>{listText(row.risks.map((code) => t(riskLabelKey(code))))}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
