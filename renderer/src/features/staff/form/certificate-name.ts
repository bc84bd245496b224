import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../../../shared/schema';

/** A certificate in words: its kind, the skill level, or the name typed for an "other" one. */
export function useCertificateName(): (certificate: Certificate) => string {
  const { t } = useTranslation('staff');
  return (c) => {
    if (c.kind === 'other') return c.name ?? t('certificateKind.other');
    const kind = t(`certificateKind.${c.kind}`);
    return c.kind === 'carerSkill' && c.level !== undefined
      ? t('certificateWithLevel', { kind, level: t(`carerLevel.${c.level}`) })
      : kind;
  };
}
