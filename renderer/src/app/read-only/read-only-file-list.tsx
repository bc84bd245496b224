import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReadOnlyState } from '../../../../shared/ipc/app';

/**
 * The files that caused read-only mode. A problem is a short code when the core
 * knows it (translated here), otherwise the core's own sentence is shown.
 */
export function ReadOnlyFileList({ files }: { files: ReadOnlyState['files'] }) {
  const { t, i18n } = useTranslation('app');
  if (files.length === 0) return null;
  const describe = (problem: string) => {
    if (i18n.exists(`app:readOnly.problem.${problem}`))
      return t(`readOnly.problem.${problem}`, { defaultValue: problem });
    if (i18n.exists(problem, { ns: 'errors' })) return t(problem, { ns: 'errors', defaultValue: problem });
    return problem;
  };
  return (
    <>
      <Typography.Text strong>{t('readOnly.filesIntro')}</Typography.Text>
      <ul style={{ marginTop: 4, marginBottom: 8, paddingInlineStart: 20 }} data-testid="readonly-files">
        {files.map((entry) => (
          <li key={entry.file}>
            <Typography.Text code>{entry.file}</Typography.Text> — {describe(entry.problem)}
          </li>
        ))}
      </ul>
    </>
  );
}
