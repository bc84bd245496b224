import { useState } from 'react';
import { Alert, Flex, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from './import-types';
import type { ChosenFile } from './import-types';
import { readFileAsBase64 } from './read-file-as-base64';
import { TemplateButton } from '../list/template-button';

interface Props {
  busy: boolean;
  /** Why the main process could not read the last file (it says what to change in the file). */
  failure: string | null;
  onChosen: (file: ChosenFile) => void;
}

/** Step 1: pick an Excel (.xlsx) or CSV file. Nothing is uploaded anywhere; the file is only read. */
export function ImportFileStep({ busy, failure, onChosen }: Props) {
  const { t } = useTranslation('people');
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (file: File) => {
    setProblem(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) return setProblem(t('import.wrongType', { file: file.name }));
    if (file.size > MAX_FILE_BYTES) return setProblem(t('import.tooLarge', { file: file.name }));
    try {
      onChosen({ fileName: file.name, base64: await readFileAsBase64(file) });
    } catch {
      setProblem(t('import.unreadable', { file: file.name }));
    }
  };
  return (
    <Flex vertical gap={16}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void choose(file);
          // Never upload: the browser only reads the file.
          return false;
        }}
        data-testid="import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {busy ? t('import.reading') : t('import.choose')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('import.chooseHelp')}</Typography.Paragraph>
      </Upload.Dragger>
      <Flex justify="flex-end">
        <TemplateButton />
      </Flex>
      {(problem ?? failure) && (
        <Alert type="error" showIcon title={problem ?? failure} data-testid="import-file-problem" />
      )}
    </Flex>
  );
}
