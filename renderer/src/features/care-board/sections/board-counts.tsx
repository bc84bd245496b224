import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CareBoardView } from '../../../../../shared/ipc/board';
import type { ListKey } from '../board-lists';
import { CountButton } from './count-button';

const HEADER: readonly ListKey[] = [
  'inRegister',
  'inHouse',
  'onLeave',
  'inHospital',
  'freeBeds',
  'closedBeds',
];

/** 在册 在院 请假 住院 空床 停用, as big numbers that open their lists. */
export function BoardCounts({ view, onOpen }: { view: CareBoardView; onOpen: (key: ListKey) => void }) {
  const { t } = useTranslation('care-board');
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('counts.heading')}</h2>}
      size="small"
      data-testid="board-counts"
    >
      <Row gutter={[12, 12]}>
        {HEADER.map((key) => (
          <Col key={key} xs={12} sm={8} lg={4}>
            <CountButton listKey={key} count={view[key].count} onOpen={onOpen} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
