import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BoardAreaRounds, CareBoardView } from '../../../../../shared/ipc/board';
import type { PatrolNight } from '../../../../../shared/ipc/rounds';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay } from '../../auth';
import { careBoardPaths } from '../paths';
import { WARN } from './colours';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** Per area of the round plan: the last round, the round due now (with its button) and the missed ones. */
export function RoundsCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  const mayRecord = useMay('care.record');
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={heading(t('rounds.title'))}
      extra={<Link to={careBoardPaths.rounds(view.date)}>{t('rounds.list')}</Link>}
      data-testid="board-rounds"
    >
      {view.rounds.length === 0 ? (
        <Typography.Text>{t('rounds.noPlan')}</Typography.Text>
      ) : (
        <Table<BoardAreaRounds>
          size="small"
          pagination={false}
          rowKey="area"
          dataSource={view.rounds}
          onRow={(row) => ({ 'data-testid': 'board-round-area', 'data-area': row.area }) as object}
          columns={[
            {
              key: 'area',
              title: t('rounds.area'),
              render: (_, row) => <span style={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{row.area}</span>,
            },
            {
              key: 'last',
              title: t('rounds.last'),
              render: (_, row) =>
                row.last ? `${dateText(row.last.date)} ${row.last.time}` : t('rounds.never'),
            },
            {
              key: 'due',
              title: t('rounds.due'),
              render: (_, row) =>
                row.due.length === 0 ? (
                  t('none')
                ) : (
                  <Flex gap={6} wrap>
                    {row.due.map((slot) =>
                      mayRecord ? (
                        <Button
                          key={`${slot.date}-${slot.time}`}
                          type="primary"
                          onClick={() => void navigate(careBoardPaths.recordRound(slot))}
                          data-testid="board-round-record"
                        >
                          {t('rounds.record', { time: slot.time })}
                        </Button>
                      ) : (
                        <span key={`${slot.date}-${slot.time}`}>{slot.time}</span>
                      ),
                    )}
                  </Flex>
                ),
            },
            {
              key: 'missed',
              title: t('rounds.missed'),
              render: (_, row) =>
                row.missed.length === 0 ? (
                  t('none')
                ) : (
                  <span style={{ color: WARN, fontWeight: 600 }}>
                    {row.missed.map((slot) => `${dateText(slot.date)} ${slot.time}`).join(' · ')}
                  </span>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Fire patrols: last night's (done or missed) and tonight's so far. */
export function PatrolsCard({ view }: { view: CareBoardView }) {
  const { t } = useTranslation('care-board');
  const mayRecord = useMay('care.record');
  return (
    <Card
      size="small"
      title={heading(t('patrols.title'))}
      extra={mayRecord ? <Link to={careBoardPaths.recordPatrol}>{t('patrols.record')}</Link> : null}
      data-testid="board-patrols"
    >
      <Flex vertical gap={8}>
        <PatrolLine which="lastNight" night={view.patrols.lastNight} />
        <PatrolLine which="tonight" night={view.patrols.tonight} />
      </Flex>
    </Card>
  );
}

function PatrolLine({ which, night }: { which: 'lastNight' | 'tonight'; night: PatrolNight }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  const colour = night.state === 'missed' ? 'error' : night.state === 'done' ? 'success' : 'processing';
  return (
    <Flex gap={8} align="center" wrap style={{ fontSize: 15 }} data-testid={`board-patrol-${which}`}>
      <span style={{ minWidth: 150 }}>{t('patrols.night', { night: dateText(night.night) })}</span>
      <span>{t('patrols.doneOf', { done: night.done, required: night.required })}</span>
      <Tag color={colour} style={{ fontSize: 14 }}>
        {t(`patrols.state.${night.state}`)}
      </Tag>
    </Flex>
  );
}
