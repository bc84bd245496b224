import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ABILITY_ITEMS, DIMENSION_MAX } from '../../../../../shared/domain/ability';
import type { AbilityDimension, AbilityItem } from '../../../../../shared/domain/ability';
import type { AbilityControl } from './ability-form';
import { AbilityItemField } from './ability-item-field';

interface Props {
  control: AbilityControl;
  dimension: AbilityDimension;
  /** B.1 … B.4, as the paper form numbers its parts. */
  code: string;
  score: number;
  onPicked: (item: AbilityItem) => void;
}

/** One of the four parts of the form with its items and running subtotal. */
export function AbilityDimensionCard({ control, dimension, code, score, onPicked }: Props) {
  const { t } = useTranslation(['assessment', 'domain']);
  const items = ABILITY_ITEMS.filter((item) => item.dimension === dimension);
  return (
    <Card
      size="small"
      title={`${code} ${t(`domain:ability.dimension.${dimension}`)}`}
      extra={
        <span data-testid={`ability-dimension-${dimension}-score`}>
          {t('summary.score', { score, max: DIMENSION_MAX[dimension] })}
        </span>
      }
      data-testid={`ability-dimension-${dimension}`}
    >
      <Flex vertical gap={4}>
        {items.map((item) => (
          <AbilityItemField key={item.code} control={control} item={item} onPicked={onPicked} />
        ))}
      </Flex>
    </Card>
  );
}
