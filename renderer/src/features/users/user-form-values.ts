import type { z } from 'zod';
import type { UserCreateSchema, UserView } from '../../../../shared/ipc/users';

/** The add form's values; editing shows the same fields without the user name and passwords. */
export type UserFormValues = z.input<typeof UserCreateSchema>;

export const USER_FIELDS = [
  'username',
  'displayName',
  'role',
  'staffId',
  'password',
  'passwordAgain',
] as const;
export type UserField = (typeof USER_FIELDS)[number];

export function isUserField(path: string): path is UserField {
  return (USER_FIELDS as readonly string[]).includes(path);
}

export const NEW_USER: UserFormValues = {
  username: '',
  displayName: '',
  role: 'staff',
  staffId: null,
  password: '',
  passwordAgain: '',
};

/** An account as the edit form starts; the passwords are not part of editing (reset has its own dialog). */
export function userToForm(user: UserView): UserFormValues {
  return {
    ...NEW_USER,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    staffId: user.staffId,
  };
}

export const userFieldIds = (name: string) => ({ id: `user-${name}`, testId: `user-field-${name}` });
