import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useImportTemplate } from '../queries';
import { downloadBase64 } from './download-base64';

/** Downloads the import template: an empty list with the columns the import reads. */
export function TemplateButton({ type = 'link' }: { type?: 'link' | 'default' }) {
  const { t } = useTranslation('people');
  const template = useImportTemplate();
  return (
    <Button
      type={type}
      icon={<FileExcelOutlined />}
      loading={template.isPending}
      onClick={() =>
        template.mutate(undefined, { onSuccess: (file) => downloadBase64(file.fileName, file.base64) })
      }
      data-testid="people-import-template"
    >
      {t('list.template')}
    </Button>
  );
}
