import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CareBoardView } from '../../../../../shared/ipc/board';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay } from '../../auth';
import { useBoard } from '../../beds';
import { boardAlerts } from '../board-alerts';
import type { BoardAlert } from '../board-alerts';
import { indexBedBoard, listRows } from '../board-lists';
import type { ListKey } from '../board-lists';
import { careBoardPaths } from '../paths';
import { useFormat } from '../../../i18n/use-format';
import { CountButton } from './count-button';
import { WARN } from './colours';

/** 病危, overdue returns, missed rounds and patrols, open incidents: first under the numbers, in words. */
export function BoardAlertsCard({ view, onOpen }: { view: CareBoardView; onOpen: (key: ListKey) => void }) {
  const { t } = useTranslation('care-board');
  const alerts = boardAlerts(view);
  return (
    <Card
      size="small"
      title={
        <h2 style={{ fontSize: 16, margin: 0, color: alerts.length > 0 ? WARN : undefined }}>
          {alerts.length > 0 && <WarningOutlined style={{ marginInlineEnd: 8 }} />}
          {t('alerts.title')}
        </h2>
      }
      style={alerts.length > 0 ? { borderColor: '#ffa39e', background: '#fff1f0' } : undefined}
      data-testid="board-alerts"
      data-alerts={alerts.length}
    >
      {alerts.length === 0 ? (
        <Typography.Text style={{ fontSize: 16 }} data-testid="board-alerts-none">
          {t('alerts.none')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={10}>
          {alerts.map((alert) => (
            <AlertLine key={alert.kind} alert={alert} view={view} onOpen={onOpen} />
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** One alert: what it is on the left (a number that opens its list, or its words), the details beside. */
function Line({ head, testId, children }: { head: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Flex gap={12} align="center" wrap data-testid={testId}>
      <div style={{ width: 190, flex: 'none' }}>{head}</div>
      <Flex gap="4px 14px" wrap align="center" style={{ fontSize: 16, flex: '1 1 300px' }}>
        {children}
      </Flex>
    </Flex>
  );
}

function AlertLine({
  alert,
  view,
  onOpen,
}: {
  alert: BoardAlert;
  view: CareBoardView;
  onOpen: (key: ListKey) => void;
}) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  const { list: listText } = useFormat();
  const mayRecord = useMay('care.record');
  const bedBoard = useBoard(view.date);
  const words = { fontSize: 16, color: WARN, fontWeight: 600 } as const;
  const button = (key: ListKey, count: number) => (
    <CountButton listKey={key} count={count} onOpen={onOpen} warn size="small" />
  );
  switch (alert.kind) {
    case 'critical':
    case 'overdueReturns': {
      const rows = listRows(view, alert.kind, indexBedBoard(bedBoard.data));
      return (
        <Line head={button(alert.kind, alert.count)} testId={`board-alert-${alert.kind}`}>
          <span>
            {listText(
              rows.flatMap((row) =>
                row.kind === 'person' && row.name !== null
                  ? [row.place ? t('withNote', { text: row.name, note: row.place.bed }) : row.name]
                  : [],
              ),
            )}
          </span>
        </Line>
      );
    }
    case 'openIncidents':
      return (
        <Line head={button('openIncidents', alert.incidents.length)} testId="board-alert-incidents">
          {alert.familyNotNotified > 0 && (
            <span style={words}>{t('alerts.familyNotNotified', { count: alert.familyNotNotified })}</span>
          )}
          <Link to={careBoardPaths.incidents(alert.incidents.map((i) => i.id))}>
            {t('list.allIncidents')}
          </Link>
        </Line>
      );
    case 'missedRounds':
      return (
        <Line
          head={<span style={words}>{t('alerts.missedRounds', { count: alert.slots.length })}</span>}
          testId="board-alert-rounds"
        >
          {alert.slots.slice(-4).map((slot) => (
            <span key={`${slot.area}-${slot.date}-${slot.time}`}>
              {t('alerts.missedRound', { area: slot.area, date: dateText(slot.date), time: slot.time })}
              {mayRecord && (
                <>
                  {' '}
                  <Link to={careBoardPaths.recordRound(slot)}>{t('alerts.recordLate')}</Link>
                </>
              )}
            </span>
          ))}
        </Line>
      );
    case 'missedPatrols':
      return (
        <Line head={<span style={words}>{t('patrols.title')}</span>} testId="board-alert-patrols">
          {alert.nights.map((night) => (
            <span key={night.night}>
              {t('alerts.missedPatrols', {
                night: dateText(night.night),
                done: night.done,
                required: night.required,
              })}
            </span>
          ))}
          <Link to={careBoardPaths.patrols}>{t('patrols.list')}</Link>
        </Line>
      );
  }
}
