import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoundPlanArea } from '../../../../../shared/schema/settings';
import { placeKey, placeOfKey } from './plan-values';
import type { PlaceOption } from './plan-values';

interface Props {
  index: number;
  area: RoundPlanArea;
  places: PlaceOption[];
  errorAt: (path: string) => string | undefined;
  onChange: (area: RoundPlanArea) => void;
  onRemove: (() => void) | null;
}

/** One area of the plan: its name, the buildings or floors it covers, night window, day times. */
export function AreaEditor({ index, area, places, errorAt, onChange, onRemove }: Props) {
  const { t } = useTranslation('rounds');
  const id = (field: string) => `plan-area-${index}-${field}`;
  const item = (field: string, path: string) => ({
    htmlFor: id(field),
    validateStatus: errorAt(`areas.${index}.${path}`) ? ('error' as const) : undefined,
    help: errorAt(`areas.${index}.${path}`),
  });
  const night = area.night;
  return (
    <Card
      size="small"
      data-testid="plan-area"
      title={t('plan.areaTitle', { index: index + 1 })}
      extra={
        onRemove && (
          <Button danger icon={<DeleteOutlined />} onClick={onRemove} data-testid="plan-area-remove">
            {t('plan.removeArea')}
          </Button>
        )
      }
    >
      <Form layout="vertical" component="div">
        <Space wrap align="start" size={16}>
          <Form.Item label={t('plan.areaName')} {...item('name', 'name')}>
            <Input
              id={id('name')}
              value={area.name}
              maxLength={50}
              onChange={(e) => onChange({ ...area, name: e.target.value })}
              data-testid="plan-area-name"
            />
          </Form.Item>
          <Form.Item label={t('plan.places')} {...item('places', 'places')} extra={t('plan.placesHelp')}>
            <Select
              id={id('places')}
              mode="multiple"
              style={{ minWidth: 260 }}
              placeholder={t('plan.wholeCenter')}
              value={area.places.map(placeKey)}
              options={places}
              onChange={(keys: string[]) => onChange({ ...area, places: keys.map(placeOfKey) })}
              data-testid="plan-area-places"
            />
          </Form.Item>
        </Space>
        <Space wrap align="start" size={16}>
          <Form.Item label={t('plan.nightRounds')} htmlFor={id('night')}>
            <Checkbox
              id={id('night')}
              checked={night !== null}
              onChange={(e) =>
                onChange({
                  ...area,
                  night: e.target.checked ? { from: '22:00', to: '06:00', everyHours: 2 } : null,
                })
              }
              data-testid="plan-area-night"
            >
              {t('plan.nightOn')}
            </Checkbox>
          </Form.Item>
          {night && (
            <>
              <Form.Item label={t('plan.from')} {...item('from', 'night.from')}>
                <Input
                  id={id('from')}
                  value={night.from}
                  maxLength={5}
                  style={{ width: 90 }}
                  onChange={(e) => onChange({ ...area, night: { ...night, from: e.target.value } })}
                  data-testid="plan-area-from"
                />
              </Form.Item>
              <Form.Item label={t('plan.to')} {...item('to', 'night.to')}>
                <Input
                  id={id('to')}
                  value={night.to}
                  maxLength={5}
                  style={{ width: 90 }}
                  onChange={(e) => onChange({ ...area, night: { ...night, to: e.target.value } })}
                  data-testid="plan-area-to"
                />
              </Form.Item>
              <Form.Item label={t('plan.everyHours')} {...item('every', 'night.everyHours')}>
                <InputNumber
                  id={id('every')}
                  min={1}
                  max={12}
                  value={night.everyHours}
                  onChange={(value) => onChange({ ...area, night: { ...night, everyHours: value ?? 1 } })}
                  data-testid="plan-area-every"
                />
              </Form.Item>
            </>
          )}
          <Form.Item label={t('plan.dayTimes')} {...item('day', 'dayTimes')} extra={t('plan.dayTimesHelp')}>
            <Select
              id={id('day')}
              mode="tags"
              style={{ minWidth: 220 }}
              value={area.dayTimes}
              tokenSeparators={[',', '，', ' ']}
              onChange={(times: string[]) => onChange({ ...area, dayTimes: [...new Set(times)].sort() })}
              data-testid="plan-area-day"
            />
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
