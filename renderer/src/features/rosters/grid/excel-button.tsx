import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../../components/download-base64';
import type { RosterPeriod } from '../model/period';
import { useExportRosterXlsx } from '../queries';

/** Saves the roster shown as the same workbook `care roster --xlsx` writes (A4 landscape, one page wide). */
export function ExcelButton({ period }: { period: RosterPeriod }) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const exporter = useExportRosterXlsx();
  const run = () =>
    exporter.mutate(
      { kind: period.kind, date: period.from },
      {
        onSuccess: (file) => {
          downloadBase64(file.fileName, file.base64);
          void message.success(t('grid.excelSaved', { file: file.fileName }));
        },
      },
    );
  return (
    <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={run} data-testid="roster-excel">
      {t('grid.excel')}
    </Button>
  );
}
