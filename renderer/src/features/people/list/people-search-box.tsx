import { useRef } from 'react';
import { Input, Typography } from 'antd';
import type { InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from './use-debounced-callback';
import { useSearchShortcut } from './use-search-shortcut';
import { useExternalText } from './use-external-text';

/** Typing pause after which the list asks again: short enough to feel instant. */
const SEARCH_DELAY_MS = 150;

interface Props {
  /** The search in the address (what the list shows). */
  value: string;
  onSearch: (text: string) => void;
  /** Enter: open the first person matching what is typed now. */
  onOpenFirst: (text: string) => void;
}

/** Name, pinyin (full or initials: `zsf` finds 张三丰), ID number or phone; `/` or Ctrl+F jumps here. */
export function PeopleSearchBox({ value, onSearch, onOpenFirst }: Props) {
  const { t } = useTranslation('people');
  const [text, setText] = useExternalText(value);
  const input = useRef<InputRef>(null);
  useSearchShortcut(input);
  const search = useDebouncedCallback(onSearch, SEARCH_DELAY_MS);
  return (
    <Input
      ref={input}
      allowClear
      autoFocus
      size="large"
      prefix={<SearchOutlined />}
      suffix={
        <Typography.Text keyboard type="secondary" title={t('list.searchShortcut')}>
          /
        </Typography.Text>
      }
      placeholder={t('list.searchPlaceholder')}
      aria-label={t('list.searchLabel')}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        search(event.target.value);
      }}
      onPressEnter={() => onOpenFirst(text)}
      style={{ width: 520, maxWidth: '100%' }}
      data-testid="people-search"
    />
  );
}
