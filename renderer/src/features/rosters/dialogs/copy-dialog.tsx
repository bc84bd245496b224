import { useState } from 'react';
import { Alert, App, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import { errorText } from '../../../api/error-text';
import { FormDialog } from '../../../components/form';
import { filledCells } from '../model/filled-cells';
import { previousSource } from '../model/period';
import type { RosterPeriod } from '../model/period';
import { useCopyRange } from '../queries';
import { useDayWords } from '../grid/use-day-words';
import { useConfirmOverwrite } from './use-confirm-overwrite';

interface Props {
  grid: RosterGrid;
  period: RosterPeriod;
  /** Only these staff (the grid shows some areas); null = everybody on the source roster. */
  staffIds: string[] | null;
  onClose: () => void;
}

/** The previous week onto this week, or the previous month onto this month. */
export function CopyDialog({ grid, period, staffIds, onClose }: Props) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const words = useDayWords();
  const copy = useCopyRange();
  const confirmOverwrite = useConfirmOverwrite();
  const [overwrite, setOverwrite] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const source = previousSource(period);
  const submit = () => {
    if (copy.isPending) return;
    setFailure(null);
    const go = () =>
      copy.mutate(
        {
          sourceFrom: source.from,
          sourceTo: source.to,
          targetFrom: period.from,
          targetTo: period.to,
          overwrite,
          ...(staffIds ? { staffIds } : {}),
        },
        {
          onSuccess: (result) => {
            void message.success(t('copy.copied', { count: result.changed }));
            onClose();
          },
          onError: (error) => setFailure(errorText(error)),
        },
      );
    const filled = overwrite
      ? filledCells(grid.rows, staffIds ? new Set(staffIds) : null, period.from, period.to)
      : 0;
    confirmOverwrite(filled, go);
  };
  return (
    <FormDialog
      open
      title={period.kind === 'week' ? t('copy.weekTitle') : t('copy.monthTitle')}
      saving={copy.isPending}
      disabled={false}
      testId="copy-form"
      onSave={submit}
      onClose={onClose}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>
        {t('copy.explain', {
          sourceFrom: words.shortDate(source.from),
          sourceTo: words.shortDate(source.to),
          targetFrom: words.shortDate(period.from),
          targetTo: words.shortDate(period.to),
        })}
      </Typography.Paragraph>
      <Checkbox
        checked={overwrite}
        onChange={(e) => setOverwrite(e.target.checked)}
        data-testid="copy-overwrite"
      >
        {t('copy.overwrite')}
      </Checkbox>
    </FormDialog>
  );
}
