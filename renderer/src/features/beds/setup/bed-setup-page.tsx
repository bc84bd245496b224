import { useState } from 'react';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Bed, Room } from '../../../../../shared/schema';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { bedsPaths } from '../paths';
import { useFacility } from '../queries';
import { CloseBedDialog } from './close-bed-dialog';
import { FacilityList } from './facility-list';
import { ReopenBedDialog } from './reopen-bed-dialog';
import { RoomDialog } from './room-dialog';
import { SetupRoomsForm } from './setup-rooms-form';

/** 床位设置: rooms and beds made in bulk, rooms edited, beds closed and reopened with their dates. */
export function BedSetupPage() {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const maySetUp = useMay('settings.manage');
  const mayClose = useMay('stays.manage');
  const facility = useFacility();
  const [room, setRoom] = useState<Room | null>(null);
  const [closing, setClosing] = useState<Bed | null>(null);
  const [reopening, setReopening] = useState<Bed | null>(null);
  const dialogOpen = room !== null || closing !== null || reopening !== null;
  return (
    <div data-testid="bed-setup">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PageTitle style={{ margin: 0 }}>{t('setup.title')}</PageTitle>
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => void navigate(bedsPaths.board())}
          data-testid="setup-back"
        >
          {t('setup.back')}
        </Button>
      </Flex>
      {maySetUp && <SetupRoomsForm disabled={readOnly} shortcutEnabled={!dialogOpen} />}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('setup.list.title')}
      </Typography.Title>
      {facility.data ? (
        <FacilityList
          facility={facility.data}
          today={todayIso()}
          maySetUp={maySetUp}
          mayClose={mayClose}
          disabled={readOnly}
          onEditRoom={setRoom}
          onCloseBed={setClosing}
          onReopenBed={setReopening}
        />
      ) : (
        <Skeleton active />
      )}
      <RoomDialog room={room} disabled={readOnly} onClose={() => setRoom(null)} />
      <CloseBedDialog bed={closing} disabled={readOnly} onClose={() => setClosing(null)} />
      <ReopenBedDialog bed={reopening} disabled={readOnly} onClose={() => setReopening(null)} />
    </div>
  );
}
