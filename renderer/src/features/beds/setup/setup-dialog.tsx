import type { ReactNode } from 'react';
import { Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { preventEnterSubmit, useSaveShortcut } from '../../people';

interface Props {
  open: boolean;
  title: string;
  saving: boolean;
  disabled: boolean;
  testId: string;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A room edit, a bed closure or a reopening: Ctrl+S or the button saves, Enter never does. */
export function SetupDialog({ open, title, saving, disabled, testId, onSave, onClose, children }: Props) {
  const { t } = useTranslation('common');
  useSaveShortcut(onSave, open && !disabled);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid={`${testId}-cancel`}>
          {t('actions.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          disabled={disabled}
          onClick={onSave}
          data-testid={`${testId}-submit`}
        >
          {t('actions.save')}
        </Button>,
      ]}
    >
      <Form layout="vertical" disabled={disabled} onKeyDown={preventEnterSubmit} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
