import type { FeatureStrings } from './types';

/** Accounts kept by administrators: the core's refusals (`errors:users.*`). */
export default {
  errors: {
    store: {
      verify: {
        credentialsOrphan: [
          '文件 {{file}} 里有一个不存在的账号（{{id}}）的密码。',
          'File {{file}} holds a password for an account that does not exist ({{id}}).',
        ],
      },
    },
    users: {
      notFound: ['找不到这个账号。', 'No such account.'],
      usernameTaken: ['这个用户名已经有人用了。', 'This user name is already taken.'],
      staffNotFound: ['找不到这位员工。', 'No such staff member.'],
      staffLinked: [
        '这位员工已经关联了另一个账号。',
        'This staff member is already linked to another account.',
      ],
      lastAdmin: [
        '这是最后一个启用的管理员账号，不能停用或改成其他角色。',
        'This is the last active administrator: it cannot be disabled or given another role.',
      ],
    },
  },
  cli: {
    users: {
      usage: [
        '用法：care users add 用户名 --display-name 姓名 --role admin|manager|staff|viewer --password-stdin\n      care users list [--json]\n      care users reset-password 用户名 --password-stdin\n      care users disable 用户名\n（密码从标准输入读取一行）',
        'Usage: care users add USERNAME --display-name NAME --role admin|manager|staff|viewer --password-stdin\n       care users list [--json]\n       care users reset-password USERNAME --password-stdin\n       care users disable USERNAME\n(the password is read as one line from standard input)',
      ],
      badRole: ['角色 {{value}} 不存在，可选：{{roles}}', 'No role {{value}}; choose one of {{roles}}'],
      added: ['已添加账号 {{username}}。', 'Account {{username}} added.'],
      reset: ['已重设 {{username}} 的密码。', 'Password of {{username}} reset.'],
      disabled: ['已停用账号 {{username}}。', 'Account {{username}} disabled.'],
      none: ['还没有账号。', 'No accounts yet.'],
      active: ['启用', 'active'],
      inactive: ['已停用', 'disabled'],
      line: [
        '{{username}}  {{displayName}}  {{role}}  {{state}}  最近登录 {{lastSignIn}}  员工 {{staff}}',
        '{{username}}  {{displayName}}  {{role}}  {{state}}  last sign-in {{lastSignIn}}  staff {{staff}}',
      ],
    },
    seedAccounts: {
      title: [
        '演示账号（每个角色一个，仅用于演示）：',
        'Demo accounts (one per role, for demonstrations only):',
      ],
      line: [
        '  {{username}}  角色 {{role}}  {{displayName}}  密码 {{password}}',
        '  {{username}}  role {{role}}  {{displayName}}  password {{password}}',
      ],
    },
  },
} satisfies FeatureStrings;
