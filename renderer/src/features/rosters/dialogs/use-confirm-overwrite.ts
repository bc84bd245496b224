import { App } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks before a change replaces filled cells; runs `go` at once when none would be replaced. */
export function useConfirmOverwrite() {
  const { modal } = App.useApp();
  const { t } = useTranslation(['rostersUi', 'common']);
  return (filled: number, go: () => void) => {
    if (filled === 0) {
      go();
      return;
    }
    void modal.confirm({
      title: t('rostersUi:overwrite.title'),
      content: t('rostersUi:overwrite.body', { count: filled }),
      okText: t('rostersUi:overwrite.ok'),
      cancelText: t('common:actions.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'overwrite-ok' },
      onOk: go,
    });
  };
}
