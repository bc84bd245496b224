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
