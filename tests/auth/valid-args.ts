/** A valid argument for each accounts channel (undefined = takes none), for the fuzz and the role matrix. */
export const ACCOUNT_PASSWORD = 'Quiet-Harbour-77';

export const AUTH_VALID = {
  'auth.state': undefined,
  'auth.signIn': { username: 'nobody-here', password: 'wrong password' },
  'auth.signOut': undefined,
  'auth.lock': undefined,
  'auth.createFirstAdmin': {
    username: 'first-admin',
    displayName: '院长',
    password: ACCOUNT_PASSWORD,
    passwordAgain: ACCOUNT_PASSWORD,
  },
  'auth.changePassword': {
    currentPassword: 'not the current one',
    newPassword: ACCOUNT_PASSWORD,
    newPasswordAgain: ACCOUNT_PASSWORD,
  },
} as const;

const SOME_ID = '01JD0000000000000000000000';

export const USERS_VALID = {
  'users.list': undefined,
  'users.create': {
    username: 'carer-wang',
    displayName: '王护理员',
    role: 'staff',
    staffId: null,
    password: ACCOUNT_PASSWORD,
    passwordAgain: ACCOUNT_PASSWORD,
  },
  'users.update': { id: SOME_ID, displayName: '王护理员', role: 'staff', staffId: null, active: true },
  'users.resetPassword': { id: SOME_ID, password: ACCOUNT_PASSWORD, passwordAgain: ACCOUNT_PASSWORD },
  'users.unlock': { id: SOME_ID },
} as const;

export const AUDIT_VALID = {
  'audit.list': { filter: {}, limit: 50 },
  'audit.export': {},
  'audit.recordPrint': { kind: 'personRecord', personId: SOME_ID },
} as const;
