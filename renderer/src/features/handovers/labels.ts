import { useTranslation } from 'react-i18next';
import type { Handover, ShiftTemplate } from '../../../../shared/schema';
import { useShiftTemplates } from './queries';

/** What the list and the pages call a handover's state: a draft the outgoing carer signed is neither. */
export type HandoverStage = 'draft' | 'outgoingSigned' | 'signed';

export function stageOf(handover: Pick<Handover, 'state' | 'outgoing'>): HandoverStage {
  if (handover.state === 'signed') return 'signed';
  return handover.outgoing === null ? 'draft' : 'outgoingSigned';
}

/** The shift's name from the templates ("夜班"), its code while they load or when it was removed. */
export function useShiftName(): (code: string) => string {
  const templates = useShiftTemplates();
  return (code) => templates.data?.find((s: ShiftTemplate) => s.code === code)?.name ?? code;
}

/** The area as written on the form: '' is the whole center. */
export function useAreaText(): (area: string) => string {
  const { t } = useTranslation('handovers');
  return (area) => (area === '' ? t('area.whole') : area);
}
