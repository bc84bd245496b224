import './care-board.css';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Button, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CareBoardView } from '../../../../shared/ipc/board';
import { errorText } from '../../api/error-text';
import { useDateText } from '../../i18n/use-date-text';
import { useMay } from '../auth';
import { bedsPaths } from '../beds';
import { hasNoBeds } from './board-alerts';
import type { ListKey } from './board-lists';
import { careBoardPaths } from './paths';
import { useCareBoard } from './queries';
import { BoardAlertsCard } from './sections/board-alerts-card';
import { BoardCounts } from './sections/board-counts';
import { BoardListDrawer } from './sections/board-list-drawer';
import { PatrolsCard, RoundsCard } from './sections/care-cards';
import { MovementsCard, RisksCard } from './sections/people-cards';
import { CertificatesCard, HandoversCard, OnDutyCard } from './sections/staff-cards';

/**
 * The 24-hour board: the state of the center now, in the order a manager
 * reads it at 7:00 — the head counts, what needs attention, who came and
 * went, risks, rounds and patrols, handovers, who is on duty, certificates.
 * Every number opens the list behind it.
 */
export function CareBoard({ title }: { title: ReactNode }) {
  const board = useCareBoard();
  const { t } = useTranslation('care-board');
  if (board.isPending)
    return (
      <>
        {title}
        <Skeleton active />
      </>
    );
  if (board.isError)
    return (
      <>
        {title}
        <Alert type="error" showIcon message={t('loadFailed', { message: errorText(board.error) })} />
      </>
    );
  return <BoardBody view={board.data} title={title} />;
}

function BoardBody({ view, title }: { view: CareBoardView; title: ReactNode }) {
  const { t } = useTranslation('care-board');
  const dateText = useDateText();
  const navigate = useNavigate();
  const [open, setOpen] = useState<ListKey | null>(null);
  return (
    <Flex
      vertical
      gap={16}
      className="care-board"
      data-testid="care-board"
      data-date={view.date}
      data-time={view.time}
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          {title}
          <Typography.Text style={{ fontSize: 16, marginTop: -8 }} data-testid="board-as-of">
            {t('asOf', { date: dateText(view.date), time: view.time })}
          </Typography.Text>
        </Flex>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => void navigate(careBoardPaths.print)}
          data-testid="board-print"
        >
          {t('print')}
        </Button>
      </Flex>
      {hasNoBeds(view) && <NoBeds />}
      <BoardCounts view={view} onOpen={setOpen} />
      <BoardAlertsCard view={view} onOpen={setOpen} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <MovementsCard view={view} />
        </Col>
        <Col xs={24} xl={12}>
          <RisksCard view={view} onOpen={setOpen} />
        </Col>
        <Col xs={24} xl={14}>
          <RoundsCard view={view} />
        </Col>
        <Col xs={24} xl={10}>
          <PatrolsCard view={view} />
        </Col>
        <Col xs={24} xl={14}>
          <HandoversCard view={view} />
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <OnDutyCard view={view} />
            <CertificatesCard view={view} />
          </Flex>
        </Col>
      </Row>
      <BoardListDrawer view={view} listKey={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}

/** Nothing can be counted before the beds exist: say so, and who sets them up. */
function NoBeds() {
  const { t } = useTranslation('care-board');
  const maySetUp = useMay('settings.manage');
  return (
    <Alert
      type="info"
      showIcon
      data-testid="board-no-beds"
      message={t('noBeds.title')}
      description={
        maySetUp ? (
          <>
            {t('noBeds.setup')} <Link to={bedsPaths.setup}>{t('noBeds.setupLink')}</Link>
          </>
        ) : (
          t('noBeds.askAdmin')
        )
      }
    />
  );
}
