import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RoundSlot } from '../../../../../shared/ipc/rounds';
import type { Round } from '../../../../../shared/schema/rounds';
import { roundsPaths } from '../paths';
import type { AreaDay } from './day-rounds';

const STATE_COLOURS: Record<RoundSlot['state'], string> = {
  done: 'green',
  due: 'gold',
  missed: 'red',
  upcoming: 'default',
};

interface Props {
  day: AreaDay;
  staffName: (id: string) => string;
  mayRecord: boolean;
}

/** One area's day: the plan's slots with their state, then the rounds recorded. */
export function AreaDayCard({ day, staffName, mayRecord }: Props) {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 18 }}>{day.area}</h2>}
      data-testid="rounds-area"
      data-area={day.area}
    >
      <Flex vertical gap={16}>
        <section aria-label={t('day.slots')}>
          {day.slots.length === 0 ? (
            <Typography.Text type="secondary">{t('day.noSlots')}</Typography.Text>
          ) : (
            <Flex gap={8} wrap>
              {day.slots.map((slot) => (
                <Flex
                  key={`${slot.date}T${slot.time}`}
                  align="center"
                  gap={4}
                  data-testid="rounds-slot"
                  data-state={slot.state}
                  data-time={slot.time}
                >
                  <Tag
                    color={STATE_COLOURS[slot.state]}
                    style={{ fontSize: 15, padding: '2px 8px', marginInlineEnd: 0 }}
                  >
                    {`${slot.time} ${t(`slotState.${slot.state}`)}`}
                  </Tag>
                  {slot.state === 'due' && mayRecord && (
                    <Button
                      type="primary"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => void navigate(roundsPaths.record({ area: slot.area }))}
                      data-testid="rounds-slot-record"
                    >
                      {t('day.record')}
                    </Button>
                  )}
                  {slot.state !== 'done' && (
                    <Button
                      size="small"
                      icon={<PrinterOutlined />}
                      aria-label={t('day.printBlank', { time: slot.time })}
                      onClick={() =>
                        void navigate(
                          roundsPaths.printSheet({ area: slot.area, date: slot.date, time: slot.time }),
                        )
                      }
                    />
                  )}
                </Flex>
              ))}
            </Flex>
          )}
        </section>
        {day.rounds.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('day.noRounds')} />
        ) : (
          <RoundsTable rounds={day.rounds} staffName={staffName} />
        )}
      </Flex>
    </Card>
  );
}

function RoundsTable({ rounds, staffName }: { rounds: Round[]; staffName: (id: string) => string }) {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  return (
    <Table<Round>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={rounds}
      onRow={(round) => ({ 'data-testid': 'rounds-round', 'data-round': round.id }) as object}
      columns={[
        { title: t('day.columns.time'), key: 'time', render: (_, r) => `${r.date.slice(5)} ${r.time}` },
        { title: t('day.columns.staff'), key: 'staff', render: (_, r) => staffName(r.staffId) },
        {
          title: t('day.columns.counts'),
          key: 'counts',
          render: (_, r) => `${r.expectedCount} / ${r.checkedCount}`,
        },
        {
          title: t('day.columns.attention'),
          key: 'attention',
          render: (_, r) => (r.abnormalCount > 0 ? <Tag color="red">{r.abnormalCount}</Tag> : '0'),
        },
        { title: t('day.columns.findings'), dataIndex: 'findings', key: 'findings' },
        {
          title: t('day.columns.print'),
          key: 'print',
          render: (_, r) => (
            <Button
              size="small"
              icon={<PrinterOutlined />}
              onClick={() =>
                void navigate(roundsPaths.printSheet({ area: r.area, date: r.date, time: r.time }))
              }
              data-testid="rounds-round-print"
            >
              {t('day.print')}
            </Button>
          ),
        },
      ]}
    />
  );
}
