import { useState } from 'react';
import { Alert, App, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../api/error-text';
import { FormDialog } from '../../../components/form';
import { useSignedInUser } from '../../auth';
import { usePublish } from '../queries';
import { useDayWords } from '../grid/use-day-words';
import { useVersionLine } from '../grid/version-line';
import { Field } from './dialog-kit';

/** Publishes the month with who prepared and who approved it; the new version line is shown after. */
export function PublishDialog({
  grid,
  month,
  onClose,
}: {
  grid: RosterGrid;
  month: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const words = useDayWords();
  const versionLine = useVersionLine();
  const user = useSignedInUser();
  const publish = usePublish();
  const [preparedBy, setPreparedBy] = useState(grid.month?.preparedBy ?? user?.displayName ?? '');
  const [approvedBy, setApprovedBy] = useState(grid.month?.approvedBy ?? '');
  const [errors, setErrors] = useState<{ preparedBy?: string; approvedBy?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const submit = () => {
    if (publish.isPending) return;
    if (preparedBy.trim() === '') {
      setErrors({ preparedBy: t('publish.preparedByMissing') });
      return;
    }
    setErrors({});
    setFailure(null);
    publish.mutate(
      { month, preparedBy, ...(approvedBy.trim() !== '' ? { approvedBy } : {}) },
      {
        onSuccess: (state) => {
          void message.success(t('publish.published', { line: versionLine(state) }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            const next: { preparedBy?: string; approvedBy?: string } = {};
            for (const issue of error.fields) {
              const field = issue.path.split('.')[0];
              if (field === 'preparedBy' || field === 'approvedBy') next[field] = issue.message;
            }
            if (Object.keys(next).length > 0) {
              setErrors(next);
              return;
            }
          }
          setFailure(errorText(error));
        },
      },
    );
  };
  return (
    <FormDialog
      open
      title={t('publish.title', { month: words.monthTitle(month) })}
      saving={publish.isPending}
      disabled={false}
      testId="publish-form"
      onSave={submit}
      onClose={onClose}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {grid.month && (
        <Typography.Paragraph>
          {t('publish.republish', { line: versionLine(grid.month) })}
        </Typography.Paragraph>
      )}
      <Field id="publish-preparedBy" label={t('publish.preparedBy')} required error={errors.preparedBy}>
        <Input
          id="publish-preparedBy"
          data-testid="publish-preparedBy"
          value={preparedBy}
          maxLength={50}
          autoComplete="off"
          onChange={(e) => setPreparedBy(e.target.value)}
        />
      </Field>
      <Field id="publish-approvedBy" label={t('publish.approvedBy')} error={errors.approvedBy}>
        <Input
          id="publish-approvedBy"
          data-testid="publish-approvedBy"
          value={approvedBy}
          maxLength={50}
          autoComplete="off"
          onChange={(e) => setApprovedBy(e.target.value)}
        />
      </Field>
    </FormDialog>
  );
}
