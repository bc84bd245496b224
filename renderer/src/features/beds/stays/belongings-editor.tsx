import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Row, Typography } from 'antd';
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldsFor } from '../../../components/form';
import type { DischargeValues } from './discharge-values';
import { emptyBelonging } from './discharge-values';

const { TextField, NumberField } = fieldsFor<DischargeValues>();

/**
 * 物品交接: one row per item, with its quantity and a note. Alt+Enter in a
 * row adds the next row, Alt+Delete removes the row, so the list is typed
 * without the mouse.
 */
export function BelongingsEditor() {
  const { t } = useTranslation('beds');
  const { control, setFocus } = useFormContext<DischargeValues>();
  const rows = useFieldArray({ control, name: 'belongings', keyName: 'key' });
  // The row whose item box takes the cursor once the list has been drawn again. Set in a layout
  // effect, before the browser handles the next key: a timer could fire after the clerk (or a
  // slow machine's queued keys) had already typed into the box it then took the cursor from.
  const focusNext = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    setFocus(`belongings.${focusNext.current}.item`);
    focusNext.current = null;
  }, [rows.fields, setFocus]);
  const add = (at: number) => {
    focusNext.current = at;
    rows.insert(at, emptyBelonging(), { shouldFocus: false });
  };
  const remove = (index: number) => {
    const next = Math.min(index, rows.fields.length - 2);
    focusNext.current = next >= 0 ? next : null;
    rows.remove(index);
  };
  const onRowKey = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      add(index + 1);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(index);
    }
  };
  return (
    <div data-testid="belongings-editor">
      <Typography.Paragraph type="secondary">{t('stays.discharge.rowsHint')}</Typography.Paragraph>
      {rows.fields.length === 0 && (
        <Typography.Paragraph data-testid="belongings-empty">
          {t('stays.discharge.noBelongings')}
        </Typography.Paragraph>
      )}
      {rows.fields.map((row, index) => (
        <Row gutter={8} key={row.key} onKeyDown={onRowKey(index)} data-testid="belongings-row" align="top">
          <Col xs={24} md={9}>
            <TextField
              name={`belongings.${index}.item`}
              label={t('stays.discharge.item')}
              required
              maxLength={100}
            />
          </Col>
          <Col xs={8} md={4}>
            <NumberField
              name={`belongings.${index}.quantity`}
              label={t('stays.discharge.quantity')}
              required
            />
          </Col>
          <Col xs={12} md={9}>
            <TextField
              name={`belongings.${index}.notes`}
              label={t('stays.discharge.itemNotes')}
              maxLength={200}
            />
          </Col>
          <Col xs={4} md={2} style={{ paddingTop: 30 }}>
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('stays.discharge.removeRow', { row: index + 1 })}
              onClick={() => remove(index)}
              data-testid="belongings-remove"
            />
          </Col>
        </Row>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => add(rows.fields.length)} data-testid="belongings-add">
        {t('stays.discharge.addRow')}
      </Button>
    </div>
  );
}
