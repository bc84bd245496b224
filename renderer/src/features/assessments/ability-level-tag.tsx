import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { abilityLevelLabelKey } from '../../../../shared/domain/ability';
import type { AbilityLevel } from '../../../../shared/domain/ability';

/** Green for intact through red for completely lost, so the level reads at a glance. */
export const LEVEL_COLOURS: Record<AbilityLevel, string> = {
  0: 'green',
  1: 'cyan',
  2: 'gold',
  3: 'orange',
  4: 'red',
};

/** The ability level by its name in the standard (能力完好 … 完全失能); grey "not assessed" when there is none. */
export function AbilityLevelTag({ level }: { level: AbilityLevel | null | undefined }) {
  const { t } = useTranslation(['domain', 'people']);
  if (level === null || level === undefined) {
    return (
      <Tag data-testid="ability-level" data-level="none">
        {t('people:level.none')}
      </Tag>
    );
  }
  return (
    <Tag color={LEVEL_COLOURS[level]} data-testid="ability-level" data-level={level}>
      {t(abilityLevelLabelKey(level))}
    </Tag>
  );
}
