import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/**
 * Asks before leaving a round or patrol with marks not saved yet (a menu
 * entry pressed by mistake, Back, closing the window): forty marks are two
 * minutes of a night. `release()` lets the page move on right after a save.
 */
export function useLeaveGuard(dirty: boolean): { release: () => void } {
  const { t } = useTranslation('rounds');
  const { modal } = App.useApp();
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('leave.title'),
      content: t('leave.body'),
      okText: t('leave.ok'),
      okButtonProps: { danger: true, 'data-testid': 'rounds-leave-confirm' },
      cancelText: t('leave.stay'),
      cancelButtonProps: { 'data-testid': 'rounds-leave-stay' },
      autoFocusButton: 'cancel',
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
