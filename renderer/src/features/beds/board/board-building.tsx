import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardBuilding, BoardRoom } from '../../../../../shared/ipc/beds';
import { BedCard } from './bed-card';
import { floorLabel } from './floor-label';

interface Props {
  building: BoardBuilding;
  date: string;
  actionable: boolean;
  readOnly: boolean;
}

/** One building, floor by floor, its rooms side by side with their beds inside. */
export function BoardBuildingSection({ building, ...rest }: Props) {
  const { t } = useTranslation('beds');
  return (
    <section data-testid="board-building" aria-labelledby={`building-${building.id}`}>
      <Typography.Title level={2} id={`building-${building.id}`} style={{ fontSize: 20, margin: '8px 0' }}>
        {building.name}
      </Typography.Title>
      {building.floors.map((floor) => (
        <div key={floor.floor} data-testid="board-floor" style={{ marginBottom: 12 }}>
          <Typography.Title level={3} style={{ fontSize: 16, margin: '4px 0 8px' }}>
            {floorLabel(t, floor.floor)}
          </Typography.Title>
          <Flex wrap gap={12}>
            {floor.rooms.map((room) => (
              <RoomBox key={room.id} room={room} {...rest} />
            ))}
          </Flex>
        </div>
      ))}
    </section>
  );
}

function RoomBox({ room, ...rest }: { room: BoardRoom } & Omit<Props, 'building'>) {
  const { t } = useTranslation('beds');
  return (
    <div
      data-testid="board-room"
      data-room={room.name}
      style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: 8, background: '#fafafa' }}
    >
      <Flex gap={8} align="baseline" style={{ marginBottom: 6 }}>
        <strong style={{ fontSize: 15 }}>{t('board.roomName', { room: room.name })}</strong>
        {room.sex !== null && (
          <span style={{ fontSize: 14, color: '#434343' }} data-testid="room-sex">
            {t(`board.roomSex.${room.sex}`)}
          </span>
        )}
      </Flex>
      <Flex gap={8} wrap>
        {room.beds.map((bed) => (
          <BedCard key={bed.id} bed={bed} {...rest} />
        ))}
      </Flex>
    </div>
  );
}
