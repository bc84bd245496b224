import { Select, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { care } from '../../../api/bridge';
import { unwrap } from '../../../api/unwrap';
import { peopleKeys } from '../../people';
import { fieldsFor } from '../../../components/form';
import type { IncidentFormValues } from './incident-form-values';

const { FormField } = fieldsFor<IncidentFormValues>();

/** How many matches the picker lists: enough to find a namesake, few enough to read. */
const SHOWN = 20;

/**
 * The elders involved, found by name or pinyin among the elders in care (the
 * people list's own search). `known` names the ones already chosen (an
 * incident being corrected, the elder whose page the form was opened from),
 * which the current search may not list.
 */
export function ElderPicker({ known }: { known: ReadonlyMap<string, string> }) {
  const { t } = useTranslation(['incidents', 'domain']);
  const [query, setQuery] = useState('');
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(new Map());
  const filter = {
    status: 'active' as const,
    limit: SHOWN,
    ...(query.trim() ? { query: query.trim() } : {}),
  };
  const list = useQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: () => unwrap(care.people.list(filter)),
    placeholderData: keepPreviousData,
  });
  const found = (list.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} · ${t(`domain:sex.${p.sex}`)} · ${p.age}`,
    name: p.name,
  }));
  return (
    <FormField name="personIds" label={t('form.elders')} required>
      {({ field, id, testId, invalid }) => {
        const chosen: string[] = Array.isArray(field.value) ? field.value : [];
        const foundIds = new Set(found.map((o) => o.value));
        const chosenOptions = chosen
          .filter((personId) => !foundIds.has(personId))
          .map((personId) => ({
            value: personId,
            label: known.get(personId) ?? seen.get(personId) ?? personId,
            name: known.get(personId) ?? seen.get(personId) ?? personId,
          }));
        return (
          <Select
            id={id}
            ref={field.ref}
            mode="multiple"
            value={chosen}
            onChange={(value: string[]) => {
              // Keep the names of the chosen ones: the next search may not list them.
              const next = new Map(seen);
              for (const o of found) if (value.includes(o.value)) next.set(o.value, o.name);
              setSeen(next);
              setQuery('');
              field.onChange(value);
            }}
            onBlur={field.onBlur}
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            placeholder={t('form.eldersPlaceholder')}
            options={[...chosenOptions, ...found].map(({ value, label }) => ({ value, label }))}
            loading={list.isFetching}
            notFoundContent={<Typography.Text type="secondary">{t('form.eldersNone')}</Typography.Text>}
            status={invalid ? 'error' : undefined}
            aria-invalid={invalid || undefined}
            data-testid={testId}
          />
        );
      }}
    </FormField>
  );
}
