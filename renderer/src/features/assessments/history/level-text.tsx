import { useTranslation } from 'react-i18next';
import { abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import type { AbilityLevel } from '../../../../../shared/domain/ability';

/** "2 级 · 中度失能": the number and the standard's name, never one without the other. */
export function LevelText({ level }: { level: AbilityLevel }) {
  const { t } = useTranslation(['assessment', 'domain']);
  return <>{t('assessment:summary.levelWithNumber', { level, name: t(abilityLevelLabelKey(level)) })}</>;
}
