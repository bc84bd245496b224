import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../../shared/schema/users';

const COLOURS: Record<UserRole, string> = {
  admin: 'red',
  manager: 'blue',
  staff: 'green',
  viewer: 'default',
};

export function RoleTag({ role }: { role: UserRole }) {
  const { t } = useTranslation('auth');
  return <Tag color={COLOURS[role]}>{t(`roles.${role}`)}</Tag>;
}
