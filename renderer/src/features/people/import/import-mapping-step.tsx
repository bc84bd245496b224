import { useState } from 'react';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS } from '../../../../../shared/ipc/people';
import type { ImportFieldKey, ImportMapping } from '../../../../../shared/ipc/people';
import { useImportMappings } from '../queries';
import type { MappingChoice } from './import-types';

interface Props {
  headers: string[];
  initial: ImportMapping;
  /** First arrival with this file: a saved mapping made for exactly these columns is applied by itself. */
  offerSaved: boolean;
  busy: boolean;
  onBack: () => void;
  onNext: (choice: MappingChoice) => void;
}

const SKIP = '';

/** Step 2: which column holds which fact. Prefilled from the usual headings (姓名, 身份证号…) or a saved mapping. */
export function ImportMappingStep({ headers, initial, offerSaved, busy, onBack, onNext }: Props) {
  const { t } = useTranslation('people');
  const saved = useImportMappings();
  const [mapping, setMapping] = useState<ImportMapping>(initial);
  const [saveAs, setSaveAs] = useState('');
  const [savedName, setSavedName] = useState<string | undefined>(undefined);

  const fieldOptions = [
    { value: SKIP, label: t('import.skipColumn') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`fields.${field}`) })),
  ];
  const usedTwice = new Set(
    Object.values(mapping).filter((field, index, all) => field !== null && all.indexOf(field) !== index),
  );
  const nameMapped = Object.values(mapping).includes('name');

  const applySaved = (name: string | undefined) => {
    setSavedName(name);
    const found = saved.data?.find((entry) => entry.name === name);
    if (!found) return;
    // Only the columns this file has; the others keep what was recognised.
    setMapping((current) => {
      const next = { ...current };
      for (const header of headers) if (header in found.mapping) next[header] = found.mapping[header] ?? null;
      return next;
    });
  };

  // The same spreadsheet layout as last time: use what was saved for it (the choice stays visible and changeable).
  const [offered, setOffered] = useState(!offerSaved);
  if (!offered && saved.data && !saved.isFetching) {
    setOffered(true);
    const match = saved.data.find((entry) => headers.every((header) => header in entry.mapping));
    if (match) applySaved(match.name);
  }

  const columns: TableColumnsType<{ header: string }> = [
    {
      key: 'header',
      title: t('import.column'),
      render: (_, row) => <Typography.Text strong>{row.header}</Typography.Text>,
    },
    {
      key: 'field',
      title: t('import.field'),
      render: (_, row) => {
        const value = mapping[row.header] ?? null;
        return (
          <Select<string>
            value={value ?? SKIP}
            options={fieldOptions}
            onChange={(next) =>
              setMapping((current) => ({
                ...current,
                [row.header]: next === SKIP ? null : (next as ImportFieldKey),
              }))
            }
            status={value !== null && usedTwice.has(value) ? 'warning' : undefined}
            style={{ width: 220 }}
            aria-label={t('import.fieldFor', { column: row.header })}
            data-testid="import-map-select"
            data-header={row.header}
          />
        );
      },
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <Typography.Text>{t('import.savedMapping')}</Typography.Text>
        <Select<string>
          allowClear
          placeholder={saved.data?.length ? t('import.chooseSaved') : t('import.noSaved')}
          disabled={!saved.data?.length}
          value={savedName}
          options={(saved.data ?? []).map((entry) => ({ value: entry.name, label: entry.name }))}
          onChange={applySaved}
          style={{ width: 240 }}
          data-testid="import-saved-mapping"
        />
      </Flex>
      <Table
        rowKey="header"
        size="small"
        columns={columns}
        dataSource={headers.map((header) => ({ header }))}
        pagination={false}
        data-testid="import-mapping"
      />
      {usedTwice.size > 0 && <Typography.Text type="warning">{t('import.usedTwice')}</Typography.Text>}
      {!nameMapped && (
        <Typography.Text type="danger" data-testid="import-name-missing">
          {t('import.nameMissing')}
        </Typography.Text>
      )}
      <Flex gap={12} wrap align="center">
        <Typography.Text>{t('import.saveAs')}</Typography.Text>
        <Input
          value={saveAs}
          onChange={(event) => setSaveAs(event.target.value)}
          placeholder={t('import.saveAsPlaceholder')}
          maxLength={50}
          style={{ width: 240 }}
          data-testid="import-save-as"
        />
      </Flex>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onBack}>{t('import.back')}</Button>
        <Button
          type="primary"
          loading={busy}
          disabled={!nameMapped}
          onClick={() => onNext({ mapping, saveAs: saveAs.trim() })}
          data-testid="import-to-preview"
        >
          {t('import.toPreview')}
        </Button>
      </Flex>
    </Flex>
  );
}
