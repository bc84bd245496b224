import { Alert, Button, Flex, Skeleton } from 'antd';
import { PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useDateText } from '../../../i18n/use-date-text';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { bedsPaths } from '../paths';
import { useBoard } from '../queries';
import { BoardBuildingSection } from './board-building';
import { BoardDateBar } from './board-date-bar';
import { BoardEmpty } from './board-empty';
import { BoardTotals } from './board-totals';
import { useBoardDate } from './use-board-date';

/** 床位一览: who lay in which bed at the end of a day, today by default. */
export function BedBoardPage() {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const dateText = useDateText();
  const readOnly = useReadOnly();
  const maySetUp = useMay('settings.manage');
  const { date, today, setDate } = useBoardDate();
  const board = useBoard(date);
  const view = board.data;
  // The stay forms record what happened, on the day it happened: the core refuses a future date.
  const actionable = date === today;
  const empty = view !== undefined && view.buildings.length === 0;
  return (
    <div data-testid="bed-board" data-date={view?.date ?? ''}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <PageTitle style={{ margin: 0 }}>{t('board.title')}</PageTitle>
        <Flex gap={8} wrap>
          <Button
            icon={<PrinterOutlined />}
            disabled={empty}
            onClick={() => void navigate(bedsPaths.printBedList(date))}
            data-testid="board-print"
          >
            {t('board.print')}
          </Button>
          {maySetUp && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => void navigate(bedsPaths.setup)}
              data-testid="board-setup"
            >
              {t('board.setup')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex vertical gap={12}>
        <BoardDateBar date={date} today={today} onChange={setDate} />
        {date < today && (
          <Alert
            type="info"
            showIcon
            title={t('board.pastNote', { date: dateText(date) })}
            data-testid="board-past-note"
          />
        )}
        {date > today && (
          <Alert
            type="info"
            showIcon
            title={t('board.futureNote', { date: dateText(date) })}
            data-testid="board-future-note"
          />
        )}
        {board.isError && (
          <Alert type="error" showIcon title={t('board.loadFailed', { message: board.error.message })} />
        )}
        {view === undefined ? (
          board.isPending && <Skeleton active />
        ) : empty ? (
          <BoardEmpty />
        ) : (
          <div>
            <BoardTotals totals={view.totals} />
            {view.buildings.map((building) => (
              <BoardBuildingSection
                key={building.id}
                building={building}
                date={view.date}
                actionable={actionable && view.date === today}
                readOnly={readOnly}
              />
            ))}
          </div>
        )}
      </Flex>
    </div>
  );
}
