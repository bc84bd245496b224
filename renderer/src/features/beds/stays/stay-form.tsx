import type { ReactNode } from 'react';
import { Alert, Flex, Form } from 'antd';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { stayFieldIds } from './stay-field-ids';

interface Props<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  /** The form's test id; its buttons come from FormActions. */
  testId: string;
  /** A refusal that belongs to no field, shown above the form. */
  problem: string | null;
  problemTestId: string;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * The frame of every stay form (admission, move, leave, back, discharge, 病危):
 * the kit's field ids, Ctrl+S and the save button submit, Enter in a box never
 * does, and a refusal that names no field above the cards.
 */
export function StayForm<T extends FieldValues, C, O extends FieldValues>({
  form,
  testId,
  problem,
  problemTestId,
  onSubmit,
  children,
}: Props<T, C, O>) {
  useSaveShortcut(onSubmit, true);
  return (
    <FormFields form={form} ids={stayFieldIds}>
      <Form
        layout="vertical"
        requiredMark
        onFinish={onSubmit}
        onKeyDown={preventEnterSubmit}
        data-testid={testId}
      >
        <Flex vertical gap={16}>
          {problem && <Alert type="error" showIcon title={problem} data-testid={problemTestId} />}
          {children}
        </Flex>
      </Form>
    </FormFields>
  );
}
