import { Button, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  saving: boolean;
  onCancel: () => void;
  /** The save button's words when "save" says too little (标记病危). */
  saveLabel?: string;
  testId: string;
}

/** Cancel and save at the foot of a stay form, always in view; Ctrl+S does the same as save. */
export function FormActions({ saving, onCancel, saveLabel, testId }: Props) {
  const { t } = useTranslation('beds');
  const { token } = theme.useToken();
  return (
    <Flex
      gap={8}
      justify="flex-end"
      align="center"
      style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: token.colorBgLayout, zIndex: 2 }}
    >
      <Typography.Text type="secondary">{t('stays.common.saveHint')}</Typography.Text>
      <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
        {t('stays.common.cancel')}
      </Button>
      <Button type="primary" htmlType="submit" size="large" loading={saving} data-testid={`${testId}-submit`}>
        {saving ? t('stays.common.saving') : (saveLabel ?? t('stays.common.save'))}
      </Button>
    </Flex>
  );
}
