import { Button, Card, Empty, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityView } from '../../../../../shared/ipc/beds';
import type { Bed, Room } from '../../../../../shared/schema';
import { floorLabel } from '../board/floor-label';
import { BedStatusLine } from './bed-status-line';

interface Props {
  facility: FacilityView;
  today: string;
  maySetUp: boolean;
  mayClose: boolean;
  disabled: boolean;
  onEditRoom: (room: Room) => void;
  onCloseBed: (bed: Bed) => void;
  onReopenBed: (bed: Bed) => void;
}

interface RoomRow {
  room: Room;
  beds: Bed[];
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'zh-CN', { numeric: true });

/** Every building's rooms, floor by floor, each bed with its dated closures. */
export function FacilityList({ facility, onEditRoom, maySetUp, ...bedProps }: Props) {
  const { t } = useTranslation(['beds', 'domain']);
  if (facility.rooms.length === 0) {
    return (
      <Card>
        <Empty description={t('setup.list.empty')} />
      </Card>
    );
  }
  const columns: TableColumnsType<RoomRow> = [
    {
      key: 'room',
      title: t('setup.list.room'),
      width: 90,
      render: (_, row) => <strong>{row.room.name}</strong>,
    },
    {
      key: 'floor',
      title: t('setup.list.floor'),
      width: 90,
      render: (_, row) => floorLabel(t, row.room.floor),
    },
    {
      key: 'sex',
      title: t('setup.list.sex'),
      width: 80,
      render: (_, row) => (row.room.sex ? t(`board.roomSex.${row.room.sex}`) : t('setup.bulk.roomSexAny')),
    },
    {
      key: 'beds',
      title: t('setup.list.beds'),
      render: (_, row) =>
        row.beds.map((bed) => (
          <BedStatusLine
            key={bed.id}
            bed={bed}
            {...bedProps}
            onClose={bedProps.onCloseBed}
            onReopen={bedProps.onReopenBed}
          />
        )),
    },
    { key: 'notes', title: t('setup.list.notes'), width: 140, render: (_, row) => row.room.notes ?? '' },
  ];
  const top = () => ({ style: { verticalAlign: 'top' as const } });
  if (maySetUp)
    columns.push({
      key: 'actions',
      title: t('setup.list.actions'),
      width: 110,
      render: (_, row) => (
        <Button
          size="small"
          disabled={bedProps.disabled}
          onClick={() => onEditRoom(row.room)}
          aria-label={t('setup.list.editRoomOf', { room: row.room.name })}
          data-testid="setup-edit-room"
        >
          {t('setup.list.editRoom')}
        </Button>
      ),
    });
  const topColumns = columns.map((column) => ({ ...column, onCell: top }));
  return (
    <>
      {[...facility.buildings].sort(byName).map((building) => {
        const rows: RoomRow[] = facility.rooms
          .filter((room) => room.buildingId === building.id)
          .sort((a, b) => a.floor - b.floor || byName(a, b))
          .map((room) => ({
            room,
            beds: facility.beds
              .filter((bed) => bed.roomId === room.id)
              .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.label.localeCompare(b.label)),
          }));
        return (
          <Card key={building.id} style={{ marginTop: 16 }} data-testid="setup-building">
            <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
              {building.name}
            </Typography.Title>
            <Table<RoomRow>
              size="small"
              rowKey={(row) => row.room.id}
              columns={topColumns}
              dataSource={rows}
              pagination={false}
              onRow={(row) =>
                ({ 'data-testid': 'setup-room', 'data-room': row.room.name }) as HTMLAttributes<HTMLElement>
              }
            />
          </Card>
        );
      })}
    </>
  );
}
