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
      badCredentials: ['用户名或密码不对。', 'Wrong user name or password.'],
      disabled: ['这个账号已停用，请找管理员。', 'This account has been disabled; ask an administrator.'],
      throttled: [
        '尝试次数太多，请 {{seconds}} 秒后再试。',
        'Too many attempts; try again in {{seconds}} seconds.',
      ],
      wrongPassword: ['当前密码不对。', 'The current password is wrong.'],
      credentialsUnreadable: [
        '密码文件 credentials.json 无法读取，请用命令行重设密码或从备份恢复。',
        'The password file credentials.json cannot be read; reset passwords from the command line or restore a backup.',
      ],
    },
  },
} satisfies FeatureStrings;
