import { Alert, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FreeBed } from '../../../../../shared/ipc/beds';
import { FormField } from '../../../components/form';
import { bedsPaths } from '../paths';
import { useFacility, useFreeBeds } from '../queries';

interface Props<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  /** The day the bed is wanted from; null or invalid: nothing is offered yet. */
  date: string | null;
  personId: string | undefined;
  /** The bed the resident has now (a move): never offered. */
  exceptBedId?: string | null;
}

interface Group {
  label: string;
  options: { value: string; label: string }[];
}

/** Building › room groups, each room saying its sex, each bed its type. */
function groups(beds: readonly FreeBed[], t: ReturnType<typeof useTranslation<'beds'>>['t']): Group[] {
  const byRoom = new Map<string, Group>();
  for (const bed of beds) {
    const key = `${bed.buildingName}\u0000${bed.roomName}`;
    let group = byRoom.get(key);
    if (!group) {
      const sex = t(`stays.code.roomSex.${bed.roomSex ?? 'any'}`);
      group = { label: `${bed.buildingName} · ${bed.roomName}（${sex}）`, options: [] };
      byRoom.set(key, group);
    }
    group.options.push({
      value: bed.bedId,
      label: `${bed.bedLabel} · ${t(`stays.code.bedType.${bed.type}`)}`,
    });
  }
  return [...byRoom.values()];
}

/**
 * The bed of an admission or a move: only beds free from the date on (in
 * service, not closed, held by nobody, a room of the elder's sex) are offered.
 * When the date changes and the chosen bed is no longer free it is cleared,
 * with a note saying so; the core checks again on saving.
 */
export function BedPicker<T extends FieldValues>({ name, label, date, personId, exceptBedId }: Props<T>) {
  const { t } = useTranslation('beds');
  const validDate = date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const free = useFreeBeds({ date: validDate, personId });
  const facility = useFacility();
  const form = useFormContext<T>();
  const chosen = useWatch<T>({ name }) as unknown;
  const [cleared, setCleared] = useState<{ bedId: string; bed: string; date: string } | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const beds = useMemo(
    () => (free.data ?? []).filter((b) => b.bedId !== exceptBedId),
    [free.data, exceptBedId],
  );

  // Checked once per (date, bed), while rendering: a refetch of the same day leaves the
  // choice alone, so a refusal from the core (somebody took the bed meanwhile) stays readable beside it.
  const loaded = validDate !== null && free.data !== undefined && !free.isPlaceholderData;
  const key = loaded && typeof chosen === 'string' && chosen !== '' ? `${validDate}|${chosen}` : null;
  if (key !== null && key !== checked) {
    setChecked(key);
    if (typeof chosen === 'string' && !beds.some((b) => b.bedId === chosen)) {
      const bedLabel = facility.data?.beds.find((b) => b.id === chosen)?.label ?? chosen;
      setCleared({ bedId: chosen, bed: bedLabel, date: validDate ?? '' });
    }
  }
  useEffect(() => {
    if (cleared !== null && chosen === cleared.bedId) form.setValue(name, '' as never, { shouldDirty: true });
  }, [cleared, chosen, form, name]);

  const noBedsAtAll = facility.data !== undefined && facility.data.beds.length === 0;
  const emptyText =
    validDate === null
      ? t('stays.bedPicker.chooseDateFirst')
      : free.isPending
        ? t('stays.bedPicker.loading')
        : t('stays.bedPicker.noneFree', { date: validDate });

  return (
    <>
      <FormField<T>
        name={name}
        label={label}
        required
        hint={
          validDate !== null && free.data ? (
            <Typography.Text type="secondary" data-testid="bed-picker-count">
              {t('stays.bedPicker.count', { count: beds.length })}
            </Typography.Text>
          ) : undefined
        }
      >
        {({ field, id, testId, invalid }) => (
          <Select
            id={id}
            ref={field.ref}
            value={typeof field.value === 'string' && field.value !== '' ? field.value : undefined}
            onChange={(value: string | undefined) => {
              setCleared(null);
              field.onChange(value ?? '');
            }}
            onBlur={field.onBlur}
            placeholder={t('stays.bedPicker.placeholder')}
            options={groups(beds, t)}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            loading={free.isFetching}
            notFoundContent={<span data-testid="bed-picker-empty">{emptyText}</span>}
            status={invalid ? 'error' : undefined}
            data-testid={testId}
          />
        )}
      </FormField>
      {cleared && (
        <Alert
          type="warning"
          showIcon
          title={t('stays.bedPicker.cleared', { bed: cleared.bed, date: cleared.date })}
          style={{ marginBottom: 16 }}
          data-testid="bed-picker-cleared"
        />
      )}
      {noBedsAtAll && (
        <Alert
          type="info"
          showIcon
          title={t('stays.bedPicker.noBeds')}
          action={<Link to={bedsPaths.setup}>{t('stays.bedPicker.setUpRooms')}</Link>}
          style={{ marginBottom: 16 }}
          data-testid="bed-picker-no-beds"
        />
      )}
      {!noBedsAtAll && validDate !== null && free.data !== undefined && beds.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('stays.bedPicker.noneFree', { date: validDate })}
          style={{ marginBottom: 16 }}
          data-testid="bed-picker-none-free"
        />
      )}
    </>
  );
}
