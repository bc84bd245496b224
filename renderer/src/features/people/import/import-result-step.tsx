import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '../../../../../shared/ipc/people';

interface Props {
  result: ImportCommitResult;
  onList: () => void;
  onAgain: () => void;
}

/** Step 4: how many were imported and how many were left out. */
export function ImportResultStep({ result, onList, onAgain }: Props) {
  const { t } = useTranslation('people');
  return (
    <Result
      status={result.imported > 0 ? 'success' : 'warning'}
      title={t('import.done', { count: result.imported })}
      subTitle={result.refused > 0 ? t('import.refused', { count: result.refused }) : undefined}
      extra={[
        <Button key="list" type="primary" onClick={onList} data-testid="import-to-list">
          {t('import.toList')}
        </Button>,
        <Button key="again" onClick={onAgain} data-testid="import-again">
          {t('import.again')}
        </Button>,
      ]}
      data-testid="import-result"
    />
  );
}
