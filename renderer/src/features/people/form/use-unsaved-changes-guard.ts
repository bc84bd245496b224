import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/**
 * Ask before leaving a form with unsaved changes (another menu entry, Back, or
 * closing the window). `release()` lets the page move on right after a save.
 */
export function useUnsavedChangesGuard(dirty: boolean): { release: () => void } {
  const { t } = useTranslation(['people', 'common']);
  const { modal } = App.useApp();
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('form.leaveTitle'),
      content: t('form.leaveBody'),
      okText: t('form.leaveOk'),
      okButtonProps: { danger: true, 'data-testid': 'person-leave-confirm' },
      cancelText: t('form.leaveStay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    release: () => {
      released.current = true;
    },
  };
}
