import type { FeatureStrings } from './types';

/** Accounts, sign-in and roles (`errors:auth.*`, `auth:*`). */
export default {
  errors: {
    auth: {
      required: ['请先登录。', 'Please sign in first.'],
      forbidden: [
        '您的账号没有做这件事的权限，请找管理员。',
        'Your account is not allowed to do this; ask an administrator.',
      ],
    },
  },
} satisfies FeatureStrings;
