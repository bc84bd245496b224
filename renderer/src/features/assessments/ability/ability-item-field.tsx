import type { KeyboardEvent } from 'react';
import { Flex, Radio, Tag, Typography } from 'antd';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AbilityItem } from '../../../../../shared/domain/ability';
import type { AbilityControl } from './ability-form';
import { itemTestId } from './ability-form';

interface Props {
  control: AbilityControl;
  item: AbilityItem;
  /** Moves the cursor on after a digit picked this item's score. */
  onPicked: (item: AbilityItem) => void;
}

/**
 * One item of the standard with its options in the standard's words, best
 * first. Arrow keys move between options (native radios); a digit key picks
 * that score directly, as staff read the paper form aloud.
 */
export function AbilityItemField({ control, item, onPicked }: Props) {
  const { t } = useTranslation(['assessment', 'domain']);
  const {
    field: { ref, value, onChange },
    fieldState,
  } = useController({ control, name: `scores.${item.key}` });
  const unanswered = value === undefined && fieldState.error !== undefined;
  const testId = itemTestId(item.code);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    const score = Number(event.key);
    if (score > item.max) return;
    event.preventDefault();
    onChange(score);
    onPicked(item);
  };

  return (
    <div
      id={testId}
      ref={(element) => {
        // react-hook-form focuses the first unanswered item on submit through this.
        ref(element ? { focus: () => focusItem(element) } : null);
      }}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-answered={value === undefined ? 'false' : 'true'}
      data-unanswered={unanswered ? 'true' : undefined}
      style={{
        padding: '10px 12px',
        borderRadius: 8,
        border: `1px solid ${unanswered ? '#ff4d4f' : 'transparent'}`,
        background: unanswered ? '#fff2f0' : undefined,
      }}
    >
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Text strong id={`${testId}-label`}>
          {item.code} {t(item.labelKey)}
        </Typography.Text>
        <Tag color={value === undefined ? 'default' : 'blue'} data-testid={`${testId}-score`}>
          {value === undefined
            ? t('assessment:ability.itemMax', { max: item.max })
            : t('assessment:ability.itemScore', { score: value })}
        </Tag>
      </Flex>
      <Radio.Group
        value={value}
        onChange={(event) => {
          onChange(event.target.value as number);
        }}
        aria-labelledby={`${testId}-label`}
        style={{ display: 'flex', flexDirection: 'column', gap: 2, marginTop: 6 }}
      >
        {item.options.map((option) => (
          <Radio key={option.score} value={option.score} data-testid={`${testId}-option-${option.score}`}>
            <Typography.Text type="secondary" style={{ display: 'inline-block', minWidth: '3.2em' }}>
              {t('assessment:ability.itemScore', { score: option.score })}
            </Typography.Text>
            {t(option.labelKey)}
          </Radio>
        ))}
      </Radio.Group>
    </div>
  );
}

/** The chosen option, or the first one, takes the keyboard. */
export function focusItem(element: HTMLElement): void {
  const input =
    element.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    element.querySelector<HTMLInputElement>('input[type="radio"]');
  input?.focus();
}
