import { useState } from 'react';
import { Button, Card, Flex, Form, Input, InputNumber, Space } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FirePatrolPlan } from '../../../../../shared/schema/settings';
import { moveLine } from './plan-values';

interface Props {
  plan: FirePatrolPlan;
  errorAt: (path: string) => string | undefined;
  onChange: (plan: FirePatrolPlan) => void;
}

/** The fire patrol checklist, line by line, and how many patrols a night needs. */
export function PatrolPlanEditor({ plan, errorAt, onChange }: Props) {
  const { t } = useTranslation('rounds');
  const [adding, setAdding] = useState('');
  const add = () => {
    const item = adding.trim();
    if (item === '' || plan.items.includes(item)) return;
    onChange({ ...plan, items: [...plan.items, item] });
    setAdding('');
  };
  const status = (path: string) => ({
    validateStatus: errorAt(path) ? ('error' as const) : undefined,
    help: errorAt(path),
  });
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('plan.patrolTitle')}</h2>}
      data-testid="plan-patrol"
    >
      <Form layout="vertical" component="div">
        <Space wrap size={16}>
          <Form.Item
            label={t('plan.perNight')}
            htmlFor="plan-patrol-per-night"
            {...status('firePatrol.perNight')}
          >
            <InputNumber
              id="plan-patrol-per-night"
              min={0}
              max={12}
              value={plan.perNight}
              onChange={(value) => onChange({ ...plan, perNight: value ?? 0 })}
              data-testid="plan-patrol-per-night"
            />
          </Form.Item>
          <Form.Item label={t('plan.from')} htmlFor="plan-patrol-from" {...status('firePatrol.night.from')}>
            <Input
              id="plan-patrol-from"
              value={plan.night.from}
              maxLength={5}
              style={{ width: 90 }}
              onChange={(e) => onChange({ ...plan, night: { ...plan.night, from: e.target.value } })}
            />
          </Form.Item>
          <Form.Item label={t('plan.to')} htmlFor="plan-patrol-to" {...status('firePatrol.night.to')}>
            <Input
              id="plan-patrol-to"
              value={plan.night.to}
              maxLength={5}
              style={{ width: 90 }}
              onChange={(e) => onChange({ ...plan, night: { ...plan.night, to: e.target.value } })}
            />
          </Form.Item>
        </Space>
        <ol style={{ paddingInlineStart: 24, margin: 0 }} data-testid="plan-patrol-items">
          {plan.items.map((item, index) => (
            <li key={item} data-testid="plan-patrol-item" style={{ marginBottom: 6 }}>
              <Flex gap={8} align="center">
                <Input
                  aria-label={t('plan.itemLabel', { index: index + 1 })}
                  value={item}
                  maxLength={100}
                  status={errorAt(`firePatrol.items.${index}`) ? 'error' : undefined}
                  onChange={(e) =>
                    onChange({ ...plan, items: plan.items.map((x, i) => (i === index ? e.target.value : x)) })
                  }
                />
                <Button
                  icon={<ArrowUpOutlined />}
                  aria-label={t('plan.moveUp', { item })}
                  disabled={index === 0}
                  onClick={() => onChange({ ...plan, items: moveLine(plan.items, index, -1) })}
                  data-testid="plan-patrol-up"
                />
                <Button
                  icon={<ArrowDownOutlined />}
                  aria-label={t('plan.moveDown', { item })}
                  disabled={index === plan.items.length - 1}
                  onClick={() => onChange({ ...plan, items: moveLine(plan.items, index, 1) })}
                  data-testid="plan-patrol-down"
                />
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('plan.removeItem', { item })}
                  disabled={plan.items.length === 1}
                  onClick={() => onChange({ ...plan, items: plan.items.filter((_, i) => i !== index) })}
                  data-testid="plan-patrol-remove"
                />
              </Flex>
            </li>
          ))}
        </ol>
        {errorAt('firePatrol.items') && (
          <div role="alert" className="ant-form-item-explain-error">
            {errorAt('firePatrol.items')}
          </div>
        )}
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Input
            aria-label={t('plan.newItem')}
            placeholder={t('plan.newItem')}
            value={adding}
            maxLength={100}
            onChange={(e) => setAdding(e.target.value)}
            onPressEnter={(e) => {
              e.preventDefault();
              add();
            }}
            data-testid="plan-patrol-new"
          />
          <Button icon={<PlusOutlined />} onClick={add} data-testid="plan-patrol-add">
            {t('plan.addItem')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
