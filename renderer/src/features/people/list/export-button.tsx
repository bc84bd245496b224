import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePeopleExport } from '../queries';
import { downloadBase64 } from './download-base64';
import type { PeopleQuery } from './people-filter';

/** Exports exactly what the list shows now (search, filters and sort), every page of it. */
export function ExportButton({ filter, disabled }: { filter: PeopleQuery; disabled: boolean }) {
  const { t } = useTranslation('people');
  const { message } = App.useApp();
  const exporter = usePeopleExport();
  const run = () =>
    exporter.mutate(filter, {
      onSuccess: (file) => {
        downloadBase64(file.fileName, file.base64);
        void message.success(t('list.exported', { file: file.fileName }));
      },
    });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporter.isPending}
      disabled={disabled}
      onClick={run}
      data-testid="people-export"
    >
      {t('list.export')}
    </Button>
  );
}
