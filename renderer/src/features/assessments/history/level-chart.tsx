import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { ABILITY_LEVELS, abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import type { AbilityAssessment } from '../../../../../shared/schema';
import { levelHistory } from './level-history';
import { useDateText } from '../../../i18n/use-date-text';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The level in force over time as steps. Level 0 (intact) is at the top, so a
 * line going down means the person needs more care.
 */
export function LevelChart({ assessments }: { assessments: readonly AbilityAssessment[] }) {
  const { t } = useTranslation(['assessment', 'domain']);
  const dateText = useDateText();
  const points = levelHistory(assessments);
  if (points.length === 0) return null;
  const first = points[0]?.time ?? 0;
  const last = points[points.length - 1]?.time ?? 0;
  // A single assessment still gets a readable axis around it.
  const pad = Math.max((last - first) * 0.05, 30 * DAY);
  const levelName = (level: number) => `${level} ${t(abilityLevelLabelKey(level as 0))}`;
  return (
    <div data-testid="level-chart" data-points={points.length} role="img" aria-label={t('history.chart')}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 10, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={[first - pad, last + pad]}
            tickFormatter={(time: number) => dateText(new Date(time).toISOString())}
            tickCount={6}
          />
          <YAxis
            dataKey="level"
            type="number"
            reversed
            domain={[0, 4]}
            ticks={[...ABILITY_LEVELS]}
            allowDecimals={false}
            interval={0}
            padding={{ top: 10, bottom: 10 }}
            width={120}
            tickFormatter={levelName}
          />
          <Tooltip
            labelFormatter={(time) => dateText(new Date(Number(time)).toISOString())}
            formatter={(level) => [levelName(Number(level)), t('history.levelAxis')]}
          />
          <Line
            type="stepAfter"
            dataKey="level"
            stroke="#1677ff"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
