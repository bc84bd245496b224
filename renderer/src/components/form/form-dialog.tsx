import type { ReactNode } from 'react';
import { Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { preventEnterSubmit, useSaveShortcut } from './use-form-keys';

interface Props {
  open: boolean;
  title: string;
  saving: boolean;
  /** Nothing may be changed (a read-only folder, a role that may only read). */
  disabled: boolean;
  /** Names the form; its buttons are `<testId>-cancel` and `<testId>-submit`. */
  testId: string;
  onSave: () => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}

/**
 * A small form in a dialog (a shift template, a room, a bed closure):
 * Ctrl+S or the button saves, Enter never does, and cancel closes it.
 */
export function FormDialog({
  open,
  title,
  saving,
  disabled,
  testId,
  onSave,
  onClose,
  width = 560,
  children,
}: Props) {
  const { t } = useTranslation('common');
  useSaveShortcut(onSave, open && !disabled);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      width={width}
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
