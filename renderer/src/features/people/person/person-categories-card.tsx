import { Badge, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryLabelKey, isCategoryActive } from '../../../../../shared/domain/categories';
import { toIsoDate } from '../../../../../shared/domain/dates';
import type { DatedCategory } from '../../../../../shared/schema';
import { DatedRows } from './dated-rows';

/** 人员类别 (categories) with the dates each applies; the ones in force today are marked green. */
export function PersonCategoriesCard({ categories }: { categories: DatedCategory[] }) {
  const { t } = useTranslation(['people', 'domain']);
  const today = toIsoDate(new Date());
  const sorted = [...categories].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Card title={t('form.sections.categories')} size="small" data-testid="person-categories">
      {sorted.length === 0 ? (
        <Typography.Text type="secondary">{t('person.noCategories')}</Typography.Text>
      ) : (
        <DatedRows
          rows={sorted.map((c, index) => {
            const active = isCategoryActive(c, today);
            return {
              key: `${c.category}-${c.from}-${index}`,
              label: <Badge status={active ? 'success' : 'default'} text={t(categoryLabelKey(c.category))} />,
              from: c.from,
              to: c.to,
              active,
              testId: 'person-category',
            };
          })}
        />
      )}
    </Card>
  );
}
