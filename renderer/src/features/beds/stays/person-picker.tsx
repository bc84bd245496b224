import { Select, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { care } from '../../../api/bridge';
import { unwrap } from '../../../api/unwrap';
import { FormField } from '../../../components/form';
import { peopleKeys, peoplePaths } from '../../people';

interface Props<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
}

/** How many matches the picker lists: enough to find a namesake, few enough to read. */
const SHOWN = 20;

/**
 * The elder to admit, found by name, pinyin or ID number over the elders in
 * care (the people list's own search, so it finds the same people).
 */
export function PersonPicker<T extends FieldValues>({ name, label }: Props<T>) {
  const { t } = useTranslation(['beds', 'domain']);
  const [query, setQuery] = useState('');
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
  const options = (list.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} · ${t(`domain:sex.${p.sex}`)} · ${p.age}${p.village ? ` · ${p.village}` : ''}`,
  }));
  return (
    <FormField<T> name={name} label={label} required>
      {({ field, id, testId, invalid }) => (
        <Select
          id={id}
          ref={field.ref}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : undefined}
          onChange={(value: string | undefined) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          showSearch={{ filterOption: false, onSearch: setQuery }}
          placeholder={t('stays.personPicker.placeholder')}
          options={options}
          loading={list.isFetching}
          notFoundContent={
            <Typography.Text type="secondary">
              {t('stays.personPicker.none')}{' '}
              <Link to={peoplePaths.personNew}>{t('stays.personPicker.addPerson')}</Link>
            </Typography.Text>
          }
          status={invalid ? 'error' : undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
