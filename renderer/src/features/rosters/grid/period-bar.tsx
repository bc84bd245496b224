import { Button, Segmented, Select, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../components/today-iso';
import { monthPeriod, stepPeriod, weekPeriod } from '../model/period';
import type { RosterPeriod } from '../model/period';
import { useStaffAreas } from '../queries';
import { useGroupWords } from './use-group-words';

interface Props {
  period: RosterPeriod;
  areas: string[];
  onPeriod: (period: RosterPeriod) => void;
  onAreas: (areas: string[]) => void;
}

/** Previous / this / next month (or week), month or week view, and the areas shown. */
export function PeriodBar({ period, areas, onPeriod, onAreas }: Props) {
  const { t } = useTranslation('rostersUi');
  const staffAreas = useStaffAreas();
  const groups = useGroupWords();
  const week = period.kind === 'week';
  const today = todayIso();
  const current = week ? weekPeriod(today) : monthPeriod(today.slice(0, 7));
  return (
    <Space wrap size={8}>
      <Button
        icon={<LeftOutlined />}
        onClick={() => onPeriod(stepPeriod(period, -1))}
        data-testid="roster-previous"
      >
        {week ? t('grid.previousWeek') : t('grid.previousMonth')}
      </Button>
      <Button
        onClick={() => onPeriod(current)}
        disabled={current.from === period.from}
        data-testid="roster-current"
      >
        {week ? t('grid.thisWeek') : t('grid.thisMonth')}
      </Button>
      <Button onClick={() => onPeriod(stepPeriod(period, 1))} data-testid="roster-next">
        {week ? t('grid.nextWeek') : t('grid.nextMonth')}
        <RightOutlined />
      </Button>
      <Segmented
        aria-label={t('grid.view')}
        value={period.kind}
        data-testid="roster-view"
        options={[
          { value: 'month', label: t('grid.viewMonth') },
          { value: 'week', label: t('grid.viewWeek') },
        ]}
        onChange={(kind) => {
          if (kind === period.kind) return;
          if (kind === 'month') onPeriod(monthPeriod(period.from.slice(0, 7)));
          else onPeriod(weekPeriod(today >= period.from && today <= period.to ? today : period.from));
        }}
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t('grid.areas')}
        placeholder={t('grid.allAreas')}
        style={{ minWidth: 200 }}
        value={areas}
        onChange={onAreas}
        data-testid="roster-areas"
        options={(staffAreas.data ?? []).map((area) => ({ value: area, label: groups.area(area) }))}
      />
    </Space>
  );
}
