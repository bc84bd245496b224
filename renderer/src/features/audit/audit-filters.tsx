import { useState } from 'react';
import { DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS } from '../../../../shared/ipc/audit';
import type { AuditFilter, AuditKind } from '../../../../shared/ipc/audit';
import { useDebouncedValue } from './use-debounced-value';
import { useElderChoices } from './queries';

const DAY = 'YYYY-MM-DD';

interface Props {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  /** The name of the elder filtered by, when the filter came from a row. */
  elderName: string | null;
  onElderName: (name: string | null) => void;
}

/** Without a key (`undefined` is not allowed in the strict filter): an empty box means "any". */
function without<K extends keyof AuditFilter>(filter: AuditFilter, key: K): AuditFilter {
  const { [key]: _dropped, ...rest } = filter;
  return rest;
}

function withValue<K extends keyof AuditFilter>(
  filter: AuditFilter,
  key: K,
  value: AuditFilter[K] | undefined,
) {
  return value === undefined || value === '' ? without(filter, key) : { ...filter, [key]: value };
}

/** Who, when, whose record, what kind of change: each narrows the table at once. */
export function AuditFilters({ filter, onChange, elderName, onElderName }: Props) {
  const { t } = useTranslation('audit');
  const [username, setUsername] = useState(filter.username ?? '');
  const [elderQuery, setElderQuery] = useState('');
  const elders = useElderChoices(useDebouncedValue(elderQuery, 300));
  const elderOptions = [
    ...(filter.personId && elderName ? [{ value: filter.personId, label: elderName }] : []),
    ...(elders.data?.items ?? [])
      .filter((person) => person.id !== filter.personId)
      .map((person) => ({ value: person.id, label: person.name })),
  ];
  const range: [Dayjs | null, Dayjs | null] = [
    filter.from ? dayjs(filter.from) : null,
    filter.to ? dayjs(filter.to) : null,
  ];
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }} data-testid="audit-filters">
      <Input.Search
        allowClear
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        onSearch={(value) => onChange(withValue(filter, 'username', value.trim().toLowerCase()))}
        placeholder={t('filters.user')}
        aria-label={t('filters.user')}
        style={{ width: 200 }}
        data-testid="audit-filter-user"
      />
      <DatePicker.RangePicker
        value={range}
        format={DAY}
        allowEmpty={[true, true]}
        placeholder={[t('filters.from'), t('filters.to')]}
        onChange={(dates) => {
          const from = dates?.[0]?.format(DAY);
          const to = dates?.[1]?.format(DAY);
          onChange(withValue(withValue(filter, 'from', from), 'to', to));
        }}
        data-testid="audit-filter-dates"
      />
      <Select<string>
        showSearch={{ filterOption: false, onSearch: setElderQuery }}
        allowClear
        value={filter.personId}
        options={elderOptions}
        placeholder={t('filters.elder')}
        aria-label={t('filters.elder')}
        notFoundContent={null}
        onChange={(personId) => {
          onElderName(elderOptions.find((option) => option.value === personId)?.label ?? null);
          onChange(withValue(filter, 'personId', personId));
        }}
        style={{ width: 200 }}
        data-testid="audit-filter-elder"
      />
      <Select<AuditKind>
        allowClear
        value={filter.kind}
        options={AUDIT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        placeholder={t('filters.kind')}
        aria-label={t('filters.kind')}
        onChange={(kind) => onChange(withValue(filter, 'kind', kind))}
        style={{ width: 180 }}
        data-testid="audit-filter-kind"
      />
    </Flex>
  );
}
