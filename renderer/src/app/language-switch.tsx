import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n';
import type { Language } from '../../../shared/i18n';
import { useAppState, useSetLanguage } from './queries';
import { applyLanguage } from '../i18n/apply-language';

const SYSTEM = 'system';
type Choice = Language | typeof SYSTEM;

interface Props {
  testId?: string;
  width?: number;
}

/**
 * 跟随系统 / 中文 / English. The screens switch at once; the choice is then
 * remembered by the main process. While the data is read-only nothing can be
 * saved, so the switch only lasts for this session.
 */
export function LanguageSwitch({ testId = 'language-switch', width = 250 }: Props) {
  const { t } = useTranslation('common');
  const state = useAppState().data;
  const setLanguage = useSetLanguage();
  if (!state) return null;
  const value: Choice = state.languagePreference ?? SYSTEM;
  const options = [
    { value: SYSTEM, label: t('language.systemWith', { language: t(`language.${state.systemLanguage}`) }) },
    ...LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) })),
  ];
  const choose = (choice: Choice) => {
    const preference = choice === SYSTEM ? null : choice;
    void applyLanguage(preference ?? state.systemLanguage);
    // Also when read-only: the main process then keeps the choice for this session, so its messages follow.
    setLanguage.mutate(preference);
  };
  return (
    <Select<Choice>
      aria-label={t('language.label')}
      prefix={<GlobalOutlined />}
      value={value}
      options={options}
      onChange={choose}
      loading={setLanguage.isPending}
      style={{ width }}
      data-testid={testId}
    />
  );
}
