import { Button, Result, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, ImportCommitResult } from '../../../../../shared/ipc/people';
import { downloadBase64 } from '../list/download-base64';

interface Props {
  result: ImportCommitResult;
  /** The refused rows with their reasons, made just before the import; null when none were refused. */
  refusedFile: ExportedFile | null;
  onList: () => void;
  onAgain: () => void;
}

/**
 * Step 4: how many were imported and how many were left out. The refused rows are
 * not lost: they come back as a spreadsheet with their reasons, to correct and import again.
 */
export function ImportResultStep({ result, refusedFile, onList, onAgain }: Props) {
  const { t } = useTranslation('people');
  return (
    <Result
      status={result.imported > 0 ? 'success' : 'warning'}
      title={t('import.done', { count: result.imported })}
      subTitle={
        result.refused > 0 ? (
          <>
            {t('import.refused', { count: result.refused })}
            <br />
            <Typography.Text type="secondary">{t('import.downloadRefusedHelp')}</Typography.Text>
          </>
        ) : undefined
      }
      extra={[
        ...(result.refused > 0 && refusedFile !== null
          ? [
              <Button
                key="refused"
                icon={<DownloadOutlined />}
                onClick={() => downloadBase64(refusedFile.fileName, refusedFile.base64)}
                data-testid="import-download-refused"
              >
                {t('import.downloadRefused')}
              </Button>,
            ]
          : []),
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
