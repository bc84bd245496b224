import type { FeatureStrings } from './types';

/** Accounts kept by administrators: the core's refusals (`errors:users.*`) and the accounts page (`users:*`). */
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
  users: {
    nav: ['账号管理', 'Accounts'],
    title: ['账号管理', 'Accounts'],
    intro: [
      '每个人用自己的账号登录，记录上会写明是谁做的。账号不能删除，只能停用；停用后不能再登录，以前的记录仍写着这个人的名字。',
      'Everyone signs in with their own account, and every record says who made it. Accounts are never deleted, only disabled: a disabled account cannot sign in, and its name stays on what it recorded.',
    ],
    never: ['从未登录', 'Never'],
    added: ['账号已添加', 'Account added'],
    saved: ['账号已保存', 'Account saved'],
    columns: {
      name: ['姓名 / 用户名', 'Name / user name'],
      role: ['角色', 'Role'],
      staff: ['对应员工', 'Staff member'],
      status: ['状态', 'Status'],
      lastSignIn: ['上次登录', 'Last sign-in'],
      actions: ['操作', 'Actions'],
    },
    status: {
      active: ['使用中', 'Active'],
      disabled: ['已停用', 'Disabled'],
      failed: ['输错密码 {{attempts}} 次', '{{attempts}} failed sign-ins'],
      blocked: ['暂停登录（输错 {{attempts}} 次）', 'Paused ({{attempts}} failed sign-ins)'],
      blockedUntil: ['到 {{time}} 才能再试', 'Next try allowed at {{time}}'],
    },
    actions: {
      add: ['添加账号', 'Add account'],
      edit: ['修改', 'Edit'],
      resetPassword: ['重设密码', 'Reset password'],
      unlock: ['解除限制', 'Unlock'],
      disable: ['停用', 'Disable'],
      enable: ['重新启用', 'Enable'],
    },
    fields: {
      username: ['用户名', 'User name'],
      displayName: ['姓名', 'Display name'],
      role: ['角色', 'Role'],
      roleHint: [
        '管理员：全部；主管：老人档案、评估、员工、导出；护理员：日常记录；查看人员：只能看，身份证号和电话打码。',
        'Administrator: everything; manager: elders, assessments, staff, exports; care worker: daily records; viewer: reads only, ID numbers and phones masked.',
      ],
      staff: ['对应员工', 'Staff member'],
      staffNone: ['不对应员工', 'Not linked to a staff member'],
      staffHint: ['一个员工只能对应一个账号。', 'A staff member belongs to one account at most.'],
      password: ['密码', 'Password'],
      passwordAgain: ['再输入一次密码', 'Password again'],
    },
    add: { title: ['添加账号', 'Add an account'] },
    edit: { title: ['修改账号：{{name}}', 'Edit account: {{name}}'] },
    reset: {
      title: ['重设密码：{{name}}', 'Reset password: {{name}}'],
      intro: [
        '设好后把新密码当面告诉本人，请他登录后自己再改一次。',
        'Tell the person the new password in person and ask them to change it after signing in.',
      ],
      done: ['{{name}} 的密码已重设', 'Password of {{name}} reset'],
    },
    disable: {
      title: ['停用 {{name}} 的账号？', 'Disable the account of {{name}}?'],
      text: [
        '停用后这个账号不能再登录；以前的记录不变，以后可以重新启用。',
        'The account can no longer sign in; what it recorded stays as it is, and it can be enabled again later.',
      ],
      ok: ['停用', 'Disable'],
      done: ['{{name}} 的账号已停用', 'Account of {{name}} disabled'],
    },
    enable: { done: ['{{name}} 的账号已重新启用', 'Account of {{name}} enabled'] },
  },
  cli: {
    help: {
      users: [
        'users add 用户名 --display-name 姓名 --role admin|manager|staff|viewer --password-stdin   添加账号\n                 users list [--json] 列出账号  users reset-password 用户名 --password-stdin 重设密码\n                 users disable 用户名 停用账号（密码从标准输入读取一行；管理员密码遗失时用它找回）',
        "users add USERNAME --display-name NAME --role admin|manager|staff|viewer --password-stdin   add an account\n                 users list [--json] list accounts  users reset-password USERNAME --password-stdin reset a password\n                 users disable USERNAME disable an account (the password is read as one line from standard input; the way back in when the administrator's password is lost)",
      ],
    },
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
