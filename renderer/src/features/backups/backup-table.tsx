import type { HTMLAttributes } from 'react';
import { Button, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useBackups } from './queries';
import { useFormat } from '../../i18n/use-format';
import { toBackupView } from './backup-view';
import type { BackupView } from './backup-view';
import { useBackupReasonText } from './use-backup-reason-text';
import { useConfirmRestore } from './use-confirm-restore';
import { CopyBackupButton } from './copy-backup-button';

/** `onFileError` shows a failed copy beside the card's actions. */
export function BackupTable({ onFileError }: { onFileError: (error: unknown) => void }) {
  const { t } = useTranslation('settings');
  const backups = useBackups();
  const format = useFormat();
  const reasonText = useBackupReasonText();
  const restore = useConfirmRestore();
  const rows = (backups.data ?? []).map(toBackupView);
  const columns: TableColumnsType<BackupView> = [
    {
      key: 'createdAt',
      title: t('backups.columns.createdAt'),
      render: (_, row) => format.dateTimePrecise(row.createdAt),
    },
    { key: 'reason', title: t('backups.columns.reason'), render: (_, row) => reasonText(row.reason) },
    {
      key: 'size',
      title: t('backups.columns.size'),
      align: 'right',
      render: (_, row) => format.bytes(row.sizeBytes),
    },
    {
      key: 'actions',
      title: t('backups.columns.actions'),
      align: 'right',
      render: (_, row) => (
        <Space size="small" wrap={false}>
          <CopyBackupButton file={row.file} onError={onFileError} />
          <Button
            danger
            size="small"
            icon={<HistoryOutlined />}
            disabled={restore.pending}
            onClick={() => restore.confirm(row)}
            data-testid="backup-restore"
            data-file={row.file}
          >
            {t('backups.restore')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<BackupView>
      rowKey="file"
      size="middle"
      loading={backups.isPending}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('backups.empty') }}
      onRow={(row) => ({ 'data-testid': 'backup-row', 'data-file': row.file }) as HTMLAttributes<HTMLElement>}
      data-testid="backup-list"
    />
  );
}
