import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, categoryLabelKey } from '../../../../../shared/domain/categories';
import { ABILITY_LEVELS, abilityLevelLabelKey } from '../../../../../shared/domain/ability';
import { PERSON_STATUSES } from '../../../../../shared/domain/person-status';
import { SERVICES } from '../../../../../shared/domain/services';
import type { LevelFilter, PeopleView } from './people-filter';
import { hasFilters } from './people-filter';
import { useDebouncedCallback } from './use-debounced-callback';
import { useExternalText } from './use-external-text';

interface Props {
  view: PeopleView;
  onChange: (change: Partial<PeopleView>) => void;
}

/**
 * Narrow the list by service, status, support category, ability level and village;
 * elders whose care ended are shown only when asked for.
 */
export function PeopleFilters({ view, onChange }: Props) {
  const { t } = useTranslation(['people', 'domain']);
  const [village, setVillage] = useExternalText(view.village);
  const villageChanged = useDebouncedCallback((value: string) => onChange({ village: value }), 300);
  const levelOptions: { value: LevelFilter; label: string }[] = [
    ...ABILITY_LEVELS.map((level) => ({ value: level, label: t(abilityLevelLabelKey(level)) })),
    { value: 'none', label: t('people:level.none') },
  ];
  const width = { width: 168 };
  return (
    <Flex gap={8} wrap align="center" data-testid="people-filters">
      <Select
        allowClear
        placeholder={t('filters.service')}
        aria-label={t('filters.service')}
        value={view.service}
        options={SERVICES.map((code) => ({ value: code, label: t(`domain:service.${code}`) }))}
        onChange={(service) => onChange({ service })}
        style={width}
        data-testid="people-filter-service"
      />
      <Select
        allowClear
        placeholder={t('filters.status')}
        aria-label={t('filters.status')}
        value={view.status}
        options={PERSON_STATUSES.map((code) => ({ value: code, label: t(`domain:personStatus.${code}`) }))}
        onChange={(status) => onChange({ status })}
        style={width}
        data-testid="people-filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('filters.category')}
        aria-label={t('filters.category')}
        value={view.category}
        options={CATEGORY_CODES.map((code) => ({ value: code, label: t(categoryLabelKey(code)) }))}
        onChange={(category) => onChange({ category })}
        style={{ width: 200 }}
        popupMatchSelectWidth={false}
        data-testid="people-filter-category"
      />
      <Select<LevelFilter>
        allowClear
        placeholder={t('filters.level')}
        aria-label={t('filters.level')}
        value={view.abilityLevel}
        options={levelOptions}
        onChange={(abilityLevel) => onChange({ abilityLevel })}
        style={width}
        data-testid="people-filter-level"
      />
      <Input
        allowClear
        placeholder={t('filters.village')}
        value={village}
        onChange={(event) => {
          setVillage(event.target.value);
          villageChanged(event.target.value);
        }}
        style={width}
        data-testid="people-filter-village"
      />
      <Checkbox
        checked={view.includeEnded === true}
        onChange={(event) => onChange({ includeEnded: event.target.checked ? true : undefined })}
        data-testid="people-filter-ended"
      >
        {t('filters.includeEnded')}
      </Checkbox>
      {hasFilters(view) && (
        <Button
          type="link"
          icon={<ClearOutlined />}
          onClick={() => {
            setVillage('');
            onChange({
              service: undefined,
              status: undefined,
              category: undefined,
              abilityLevel: undefined,
              village: '',
              includeEnded: undefined,
            });
          }}
          data-testid="people-filter-clear"
        >
          {t('filters.clear')}
        </Button>
      )}
    </Flex>
  );
}
