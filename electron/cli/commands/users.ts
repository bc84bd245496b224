/**
 * `care users add USERNAME --display-name NAME --role admin|manager|staff|viewer --password-stdin`
 * `care users list [--json]`
 * `care users reset-password USERNAME --password-stdin`
 * `care users disable USERNAME`
 * (each also takes `--lang zh-CN|en` and `--data DIR`)
 *
 * For the PC's owner when the administrator's password is lost: whoever can
 * run this can read the data folder anyway. The password comes on standard
 * input, never on the command line (where other users and the shell history
 * would see it). The audit names the operating-system user.
 */
import os from 'node:os';
import { isCareError } from '../../../shared/errors';
import { translate, translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';
import { PasswordSchema, USER_ROLES, UsernameSchema, type UserRole } from '../../../shared/schema/users';
import type { CoreDoc } from '../../../shared/schema';
import { careStore } from '../../core/care-store';
import { findUser } from '../../core/auth/auth-service';
import { CredentialsStore } from '../../core/auth/credentials-store';
import { SCRYPT_COST } from '../../core/auth/password-hash';
import { openStore, nodeFileSystem, type Store } from '../../core/store';
import {
  createUser,
  listUsers,
  resetPassword,
  updateUser,
  type UsersDeps,
} from '../../core/users/users-service';
import { languageFrom } from '../messages';
import { EXIT, type ExitCode, type Output } from '../output';
import { resolveDataDirOption } from '../run';

type Action = 'add' | 'list' | 'reset-password' | 'disable';

interface UsersArgs {
  action: Action;
  username?: string;
  displayName?: string;
  role?: string;
  passwordStdin: boolean;
  json: boolean;
  lang?: string;
  data?: string;
}

const VALUE_OPTIONS = { 'display-name': 'displayName', role: 'role', lang: 'lang', data: 'data' } as const;

function parseUsersArgs(argv: readonly string[]): UsersArgs | null {
  const positionals: string[] = [];
  const out: Omit<UsersArgs, 'action'> = { passwordStdin: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (name === 'password-stdin' && eq === -1) out.passwordStdin = true;
    else if (name === 'json' && eq === -1) out.json = true;
    else if (Object.hasOwn(VALUE_OPTIONS, name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return null;
      out[VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS]] = value;
    } else return null;
  }
  const [action, username, ...rest] = positionals;
  if (rest.length > 0) return null;
  if (action === 'list') return username === undefined ? { ...out, action } : null;
  if (action !== 'add' && action !== 'reset-password' && action !== 'disable') return null;
  if (username === undefined) return null;
  if (action === 'add' && (!out.displayName || !out.role || !out.passwordStdin)) return null;
  if (action === 'reset-password' && !out.passwordStdin) return null;
  return { ...out, action, username };
}

/** The password as typed or piped: one line, its line ending removed. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

/** The operating-system account running the command, as the audit names it. */
function osUser(): string {
  try {
    return os.userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

function refusal(language: Language, code: string, params: Record<string, string | number> = {}): string {
  return translate(language, code, params);
}

async function withUsers<T>(
  dataDir: string,
  fn: (deps: UsersDeps, store: Store<CoreDoc>) => Promise<T>,
): Promise<T> {
  const store = await openStore<CoreDoc>({ dir: dataDir });
  try {
    const actor = { username: osUser() };
    const port = careStore(store, () => actor);
    const credentials = await CredentialsStore.open(nodeFileSystem, dataDir);
    const deps: UsersDeps = { store: () => port, credentials, hashCost: SCRYPT_COST, now: () => new Date() };
    return await fn(deps, store);
  } finally {
    await store.close();
  }
}

function printList(deps: UsersDeps, json: boolean, language: Language, output: Output): void {
  const t = translator(language, 'cli');
  const users = listUsers(deps).map(({ failedAttempts: _f, blockedUntil: _b, ...user }) => user);
  if (json) {
    output.out(JSON.stringify(users, null, 2));
    return;
  }
  if (users.length === 0) {
    output.out(t('users.none'));
    return;
  }
  for (const user of users) {
    output.out(
      t('users.line', {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        state: t(user.active ? 'users.active' : 'users.inactive'),
        lastSignIn: user.lastSignInAt ?? '-',
        staff: user.staffName ?? '-',
      }),
    );
  }
}

export async function runUsersCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  output: Output,
  input: () => Promise<string> = readStdin,
): Promise<ExitCode> {
  const args = parseUsersArgs(argv);
  const language = languageFrom(args?.lang, env) ?? 'zh-CN';
  const t = translator(language, 'cli');
  if (!args) {
    output.err(t('users.usage'));
    return EXIT.usage;
  }
  const username = args.username === undefined ? undefined : UsernameSchema.safeParse(args.username);
  if (username && !username.success) {
    output.err(refusal(language, 'validation.user.username'));
    return EXIT.usage;
  }
  if (args.role !== undefined && !(USER_ROLES as readonly string[]).includes(args.role)) {
    output.err(t('users.badRole', { value: args.role, roles: USER_ROLES.join('|') }));
    return EXIT.usage;
  }
  let password = '';
  if (args.passwordStdin) {
    password = firstLine(await input());
    const checked = PasswordSchema.safeParse(password);
    if (!checked.success) {
      output.err(
        refusal(language, checked.error.issues[0]?.message ?? 'validation.user.passwordTooShort', {
          minimum: 8,
        }),
      );
      return EXIT.failed;
    }
  }
  try {
    return await withUsers(resolveDataDirOption(args.data, env), async (deps, store) => {
      if (args.action === 'list') {
        printList(deps, args.json, language, output);
        return EXIT.ok;
      }
      const name = username?.success ? username.data : '';
      if (args.action === 'add') {
        await createUser(deps, {
          username: name,
          displayName: args.displayName ?? name,
          role: args.role as UserRole,
          staffId: null,
          password,
          passwordAgain: password,
        });
        output.out(t('users.added', { username: name }));
        return EXIT.ok;
      }
      const user = findUser(store.core, name);
      if (!user) {
        output.err(refusal(language, 'users.notFound'));
        return EXIT.failed;
      }
      if (args.action === 'reset-password') {
        await resetPassword(deps, { id: user.id, password, passwordAgain: password });
        output.out(t('users.reset', { username: name }));
        return EXIT.ok;
      }
      const staffId = store.core.staff.find((s) => s.userId === user.id)?.id ?? null;
      await updateUser(deps, {
        id: user.id,
        displayName: user.displayName,
        role: user.role,
        active: false,
        staffId,
      });
      output.out(t('users.disabled', { username: name }));
      return EXIT.ok;
    });
  } catch (error) {
    if (!isCareError(error)) throw error;
    const fields = error.fields.map((f) => refusal(language, f.code, f.params ?? {}));
    output.err([refusal(language, error.code, error.params), ...fields].join('\n  '));
    return EXIT.failed;
  }
}
