import type { FeatureStrings } from './types';

/** Accounts, sign-in and roles (`errors:auth.*`, `auth:*`), and the first-run step that creates the first administrator. */
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
  auth: {
    signIn: {
      title: ['登录', 'Sign in'],
      username: ['用户名', 'User name'],
      password: ['密码', 'Password'],
      submit: ['登录', 'Sign in'],
      recent: [
        '最近在这台电脑上登录的人（点一下，再输入密码）',
        'Signed in on this PC lately (pick one, then type the password)',
      ],
    },
    lock: {
      title: ['屏幕已锁定', 'Screen locked'],
      anotherTitle: ['换一个人登录', 'Another user signs in'],
      who: [
        '{{name}}（{{username}}），请输入密码继续。',
        '{{name}} ({{username}}), type your password to carry on.',
      ],
      unlock: ['解锁', 'Unlock'],
      anotherUser: ['我是别人，换人登录', 'I am someone else: sign in as another user'],
      backTo: ['返回 {{name}} 的锁定屏幕', 'Back to {{name}}’s locked screen'],
    },
    menu: {
      label: ['{{name}}（我的账号）', '{{name}} (my account)'],
      changePassword: ['修改密码', 'Change password'],
      switchUser: ['换人（交接班）', 'Switch user (shift change)'],
      signOut: ['退出登录', 'Sign out'],
    },
    password: {
      title: ['修改我的密码', 'Change my password'],
      current: ['当前密码', 'Current password'],
      new: ['新密码', 'New password'],
      again: ['再输入一次新密码', 'New password again'],
      rules: [
        '至少 8 个字符；太常见的密码（如 12345678）不能用。',
        'At least 8 characters; very common passwords (such as 12345678) are refused.',
      ],
      changed: ['密码已修改', 'Password changed'],
    },
    firstAdmin: {
      username: ['用户名', 'User name'],
      usernameHint: [
        '登录时输入，3 到 32 个小写字母、数字或 . _ -，例如 wangxl',
        'Typed to sign in: 3 to 32 lower-case letters, digits or . _ -, e.g. wangxl',
      ],
      displayName: ['姓名', 'Display name'],
      displayNamePlaceholder: ['例如：王秀兰', 'e.g. Wang Xiulan'],
      password: ['密码', 'Password'],
      passwordAgain: ['再输入一次密码', 'Password again'],
      submit: ['创建管理员并继续', 'Create the administrator and continue'],
    },
    roles: {
      admin: ['管理员', 'Administrator'],
      manager: ['主管', 'Manager'],
      staff: ['护理员', 'Care worker'],
      viewer: ['查看人员', 'Viewer'],
    },
    forbidden: {
      title: ['没有权限', 'Not allowed'],
      text: [
        '您的账号不能打开这个页面。需要时请找管理员。',
        'Your account cannot open this page. Ask an administrator if you need it.',
      ],
    },
  },
  setup: {
    steps: {
      admin: ['管理员账号', 'Administrator account'],
      center: ['中心信息', 'Center profile'],
    },
    adminIntro: [
      '第一次使用，请先创建管理员账号。管理员可以添加其他人员的账号、修改设置、备份和恢复数据。请记住密码。',
      'This is the first start. First create the administrator’s account: the administrator adds the other accounts, changes settings, and backs up and restores the data. Remember the password.',
    ],
  },
} satisfies FeatureStrings;
