import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Flex, Segmented, Table, Tag, Tooltip, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../../../shared/ipc/people';
import type { ImportPreview, ImportRow } from '../../../../../shared/ipc/people';
import { useProblemText } from './use-problem-text';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  /** A new preview is on its way (after a row was ticked). */
  checking: boolean;
  confirmRows: number[];
  onConfirmRows: (rows: number[]) => void;
  onBack: () => void;
  onImport: () => void;
}

type Show = 'all' | 'bad' | 'ok';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * Step 3: every row as it would be imported, each problem in red beside it; nothing is
 * written yet. A row held back only for the clerk to check (a likely duplicate, an
 * unusual age) can be ticked to import it anyway.
 */
export function ImportPreviewStep({
  preview,
  busy,
  checking,
  confirmRows,
  onConfirmRows,
  onBack,
  onImport,
}: Props) {
  const { t } = useTranslation('people');
  const { token } = theme.useToken();
  const problemText = useProblemText();
  const [show, setShow] = useState<Show>('all');
  const mapped = IMPORT_FIELDS.filter((field) => Object.values(preview.mapping).includes(field));
  const rows = preview.rows.filter((row) => show === 'all' || (show === 'ok') === row.ok);

  // The tick column only when some row is held back for checking.
  const anyConfirmable =
    confirmRows.length > 0 || preview.rows.some((row) => row.problems.some((problem) => problem.confirmable));
  const confirmColumn: TableColumnsType<ImportRow> = [
    {
      key: 'confirm',
      title: <span style={NO_WRAP}>{t('import.confirmRow')}</span>,
      width: 96,
      render: (_, row) => {
        const ticked = confirmRows.includes(row.row);
        if (!ticked && !row.problems.some((problem) => problem.confirmable)) return null;
        return (
          <Tooltip title={t('import.confirmRowHelp')}>
            <Checkbox
              checked={ticked}
              disabled={checking}
              aria-label={`${t('import.confirmRow')} ${row.row}`}
              onChange={(event) =>
                onConfirmRows(
                  event.target.checked
                    ? [...confirmRows, row.row]
                    : confirmRows.filter((number) => number !== row.row),
                )
              }
              data-testid="import-confirm-row"
            />
          </Tooltip>
        );
      },
    },
  ];

  const columns: TableColumnsType<ImportRow> = [
    {
      key: 'row',
      title: <span style={NO_WRAP}>{t('import.row')}</span>,
      render: (_, row) => row.row,
      width: 64,
    },
    {
      key: 'ok',
      title: '',
      width: 40,
      render: (_, row) =>
        row.ok ? (
          <CheckCircleOutlined style={{ color: token.colorSuccess }} aria-label={t('import.good')} />
        ) : (
          <CloseCircleOutlined style={{ color: token.colorError }} aria-label={t('import.bad')} />
        ),
    },
    ...(anyConfirmable ? confirmColumn : []),
    ...mapped.map((field) => ({
      key: field,
      title: <span style={NO_WRAP}>{t(`fields.${field}`)}</span>,
      render: (_: unknown, row: ImportRow) => <span style={NO_WRAP}>{row.values[field] ?? ''}</span>,
    })),
    {
      key: 'problems',
      title: t('import.problems'),
      render: (_, row) => (
        <Flex vertical gap={2} style={{ minWidth: 260 }}>
          {row.problems.map((problem, index) => (
            <Typography.Text
              key={index}
              type={problem.warning ? 'warning' : 'danger'}
              data-testid="import-problem"
              data-code={problem.code}
            >
              {problemText(problem)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={8} wrap>
          <Tag
            color="success"
            style={{ fontSize: 15, padding: '4px 10px' }}
            data-testid="import-ok-count"
            data-count={preview.okCount}
          >
            {t('import.okCount', { count: preview.okCount })}
          </Tag>
          <Tag
            color={preview.badCount > 0 ? 'error' : 'default'}
            style={{ fontSize: 15, padding: '4px 10px' }}
            data-testid="import-bad-count"
            data-count={preview.badCount}
          >
            {t('import.badCount', { count: preview.badCount })}
          </Tag>
        </Flex>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('import.showAll') },
            { value: 'bad', label: t('import.showBad') },
            { value: 'ok', label: t('import.showOk') },
          ]}
          data-testid="import-show"
        />
      </Flex>
      <Table<ImportRow>
        rowKey="row"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        onRow={(row) =>
          ({
            'data-testid': 'import-row',
            'data-row': row.row,
            'data-ok': row.ok,
            style: row.ok ? undefined : { background: token.colorErrorBg },
          }) as HTMLAttributes<HTMLElement>
        }
        data-testid="import-preview"
      />
      <Flex gap={8} justify="flex-end">
        <Button onClick={onBack}>{t('import.back')}</Button>
        <Button
          type="primary"
          loading={busy}
          disabled={preview.okCount === 0}
          onClick={onImport}
          data-testid="import-commit"
        >
          {t('import.importN', { count: preview.okCount })}
        </Button>
      </Flex>
    </Flex>
  );
}
