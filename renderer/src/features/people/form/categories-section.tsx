import { Button, Col, Flex, Row, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, categoryLabelKey } from '../../../../../shared/domain/categories';
import { toIsoDate } from '../../../../../shared/domain/dates';
import type { PersonFormValues } from './person-form-values';
import { DateField, SelectField } from './person-fields';
import { RemoveRowButton } from './remove-row-button';

/** 人员类别: each category with the dates it applies (open-ended while still in force). */
export function CategoriesSection() {
  const { t } = useTranslation(['people', 'domain']);
  const { control } = useFormContext<PersonFormValues>();
  const categories = useFieldArray({ control, name: 'categories' });
  const options = CATEGORY_CODES.map((code) => ({ value: code, label: t(categoryLabelKey(code)) }));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('form.categoriesHelp')}</Typography.Paragraph>
      {categories.fields.map((row, index) => (
        <Flex key={row.id} gap={8} align="flex-start" data-testid="person-category-row">
          <Row gutter={12} style={{ flex: 1 }}>
            <Col xs={24} md={10}>
              <SelectField
                name={`categories.${index}.category`}
                label={t('fields.category')}
                required
                options={options}
              />
            </Col>
            <Col xs={12} md={7}>
              <DateField name={`categories.${index}.from`} label={t('fields.from')} required />
            </Col>
            <Col xs={12} md={7}>
              <DateField
                name={`categories.${index}.to`}
                label={t('fields.to')}
                placeholder={t('form.stillValid')}
              />
            </Col>
          </Row>
          <RemoveRowButton label={t('form.removeCategory')} onClick={() => categories.remove(index)} />
        </Flex>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => categories.append({ category: undefined, from: toIsoDate(new Date()), to: '' })}
        data-testid="person-category-add"
      >
        {t('form.addCategory')}
      </Button>
    </>
  );
}
