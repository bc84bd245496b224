import { Button } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';

interface Props {
  /** What the button does, for screen readers and as its tooltip. */
  label: string;
  onClick: () => void;
  testId?: string;
}

/** The bin beside one row of a repeated group (a contact, a category, a diagnosis), level with its fields. */
export function RemoveRowButton({ label, onClick, testId }: Props) {
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={label}
      title={label}
      onClick={onClick}
      style={{ marginTop: 30 }}
      data-testid={testId}
    />
  );
}
