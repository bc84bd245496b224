import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/ipc/audit';
import { downloadBase64 } from '../../components/download-base64';
import { useAuditExport } from './queries';

/** Exports what the filters select, every page of it, as an Excel file. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation('audit');
  const { message } = App.useApp();
  const exporter = useAuditExport();
  const run = () =>
    exporter.mutate(filter, {
      onSuccess: (file) => {
        downloadBase64(file.fileName, file.base64);
        void message.success(t('exported', { file: file.fileName }));
      },
    });
  return (
    <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={run} data-testid="audit-export">
      {t('export')}
    </Button>
  );
}
