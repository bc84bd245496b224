import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import { Controller, useFieldArray } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HANDOVER_SECTIONS } from '../../../../../shared/schema';
import type { HandoverSection, HandoverSections } from '../../../../../shared/schema';
import { useFieldErrorText } from '../../../components/form';

export interface DraftValues {
  sections: HandoverSections;
}

/**
 * The compiled draft as staff write it: the six sections in the paper form's
 * order, each line's text editable, lines added and removed. Tab goes down the
 * form: a line, its remove button, the next line, then "add a line".
 */
export function DraftEditor({ form, disabled }: { form: UseFormReturn<DraftValues>; disabled: boolean }) {
  return (
    <div data-testid="handover-draft-editor">
      {HANDOVER_SECTIONS.map((section) => (
        <SectionEditor key={section} form={form} section={section} disabled={disabled} />
      ))}
    </div>
  );
}

function SectionEditor({
  form,
  section,
  disabled,
}: {
  form: UseFormReturn<DraftValues>;
  section: HandoverSection;
  disabled: boolean;
}) {
  const { t } = useTranslation('handovers');
  const errorText = useFieldErrorText();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `sections.${section}` });
  const title = t(`sections.${section}`);
  return (
    <section data-testid={`handover-section-${section}`} style={{ marginTop: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {title}
      </Typography.Title>
      {fields.length === 0 && <Typography.Paragraph>{t('item.none')}</Typography.Paragraph>}
      {fields.map((field, index) => (
        <Controller
          key={field.id}
          control={form.control}
          name={`sections.${section}.${index}.text`}
          render={({ field: text, fieldState }) => {
            const item = form.getValues(`sections.${section}.${index}`);
            const label = t('item.line', { section: title, n: index + 1 });
            const message = errorText(fieldState.error);
            const errorId = `handover-${section}-${index}-error`;
            return (
              <div style={{ marginBottom: 8 }} data-testid="handover-item">
                <Flex gap={8} align="start">
                  {item.bedLabel && (
                    <Tag style={{ fontSize: 15, padding: '4px 8px', marginTop: 2 }}>{item.bedLabel}</Tag>
                  )}
                  <Input.TextArea
                    ref={text.ref}
                    name={text.name}
                    value={text.value}
                    onChange={text.onChange}
                    onBlur={text.onBlur}
                    disabled={disabled}
                    aria-label={label}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message ? errorId : undefined}
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    maxLength={1000}
                    style={{ fontSize: 16 }}
                    data-testid={`handover-item-${section}-${index}`}
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('item.remove')}
                    title={t('item.remove')}
                    disabled={disabled}
                    onClick={() => remove(index)}
                    data-testid={`handover-item-${section}-${index}-remove`}
                  />
                </Flex>
                {item.repeated && (
                  <Tag color="blue" style={{ marginTop: 4 }} data-testid="handover-item-repeated">
                    {t('item.repeated')}
                  </Tag>
                )}
                {message && (
                  <Typography.Text type="danger" id={errorId} role="alert">
                    {message}
                  </Typography.Text>
                )}
              </div>
            );
          }}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() => append({ text: '' }, { shouldFocus: true })}
        data-testid={`handover-add-${section}`}
      >
        {t('item.add')}
      </Button>
    </section>
  );
}
