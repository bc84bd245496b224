import { Button, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Bed } from '../../../../../shared/schema';
import { useDateText } from '../../../i18n/use-date-text';
import { bedsPaths } from '../paths';

interface Props {
  bed: Bed;
  today: string;
  mayClose: boolean;
  disabled: boolean;
  onClose: (bed: Bed) => void;
  onReopen: (bed: Bed) => void;
}

/** A closure still running today or later, which reopening would end. */
export function hasOpenClosure(bed: Bed, today: string): boolean {
  return bed.closures.some((closure) => closure.to === null || closure.to > today);
}

/** One bed with its dated history: in service from, every closure with its reason. */
export function BedStatusLine({ bed, today, mayClose, disabled, onClose, onReopen }: Props) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  return (
    <Flex vertical gap={2} data-testid="setup-bed" data-bed={bed.label} style={{ padding: '4px 0' }}>
      <Flex gap={8} align="center" wrap>
        <strong>{bed.label}</strong>
        <span>{t(`board.bedType.${bed.type}`)}</span>
        <span>{t('setup.list.inService', { date: dateText(bed.inServiceFrom) })}</span>
        {bed.closures.length === 0 && <span style={{ color: '#595959' }}>{t('setup.list.noClosures')}</span>}
        <Link to={bedsPaths.bed(bed.id)} aria-label={`${bed.label} ${t('setup.list.history')}`}>
          {t('setup.list.history')}
        </Link>
        {mayClose && (
          <>
            <Button
              size="small"
              disabled={disabled}
              onClick={() => onClose(bed)}
              aria-label={t('setup.list.closeBedOf', { bed: bed.label })}
              data-testid="setup-close-bed"
            >
              {t('setup.list.closeBed')}
            </Button>
            {hasOpenClosure(bed, today) && (
              <Button
                size="small"
                disabled={disabled}
                onClick={() => onReopen(bed)}
                aria-label={t('setup.list.reopenBedOf', { bed: bed.label })}
                data-testid="setup-reopen-bed"
              >
                {t('setup.list.reopenBed')}
              </Button>
            )}
          </>
        )}
      </Flex>
      {bed.closures.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="setup-bed-closures">
          {bed.closures.map((closure) => {
            const reason = t(`board.closureReason.${closure.reason}`);
            const text =
              closure.to === null
                ? t('setup.list.closureOpen', { from: dateText(closure.from), reason })
                : t('setup.list.closure', { from: dateText(closure.from), to: dateText(closure.to), reason });
            return (
              <li key={closure.from} data-testid="setup-bed-closure">
                {text}
                {closure.notes ? ` — ${closure.notes}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </Flex>
  );
}
