import type { MessageKey } from '../../shared/i18n/keys';

/**
 * Command-line parsing without a dependency: `care <command> [positional] [--flag value]`.
 * Returns a usage problem (an i18n key in the cli namespace plus params) instead
 * of throwing, so the entry point can print it and exit with code 2.
 */
export const COMMANDS = [
  'seed-demo',
  'verify',
  'backup',
  'restore',
  'stats',
  'occupancy',
  'roster',
  'help',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Options that take a value, and those that are plain switches. */
const VALUE_OPTIONS = [
  'data',
  'lang',
  'seed',
  'years',
  'beds',
  'members',
  'today',
  'out',
  'at',
  'month',
  'week',
  'xlsx',
] as const;
const SWITCHES = ['help', 'force', 'json'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type Switch = (typeof SWITCHES)[number];

/** Which options each command accepts (global ones are always allowed). */
const GLOBAL: readonly string[] = ['data', 'lang', 'help'];
const PER_COMMAND: Record<Command, readonly string[]> = {
  'seed-demo': ['seed', 'years', 'beds', 'members', 'today', 'force'],
  verify: ['json'],
  backup: ['out'],
  restore: [],
  stats: ['json'],
  occupancy: ['at', 'json'],
  roster: ['month', 'week', 'xlsx', 'json'],
  help: [],
};
const POSITIONALS: Record<Command, number> = {
  'seed-demo': 0,
  verify: 0,
  backup: 0,
  restore: 1,
  stats: 0,
  occupancy: 0,
  roster: 0,
  help: 0,
};

export interface ParsedArgs {
  command: Command;
  positionals: string[];
  values: Partial<Record<ValueOption, string>>;
  switches: Partial<Record<Switch, true>>;
}

export interface UsageProblem {
  key: MessageKey<'cli'>;
  params: Record<string, string | number>;
}

export type ParseResult =
  { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem; lang?: string };

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}
function isSwitch(name: string): name is Switch {
  return (SWITCHES as readonly string[]).includes(name);
}
function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const values: ParsedArgs['values'] = {};
  const switches: ParsedArgs['switches'] = {};
  const rest: string[] = [];
  const fail = (key: UsageProblem['key'], params: Record<string, string | number> = {}): ParseResult => ({
    ok: false,
    problem: { key, params },
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
  });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      switches.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (isSwitch(name)) {
      if (eq !== -1) return fail('usage.switchTakesNoValue', { option: `--${name}` });
      switches[name] = true;
    } else if (isValueOption(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
        return fail('usage.missingValue', { option: `--${name}` });
      }
      values[name] = value;
    } else {
      return fail('usage.unknownOption', { option: arg });
    }
  }

  const [first, ...positionals] = rest;
  if (first === undefined) {
    return switches.help
      ? { ok: true, args: { command: 'help', positionals: [], values, switches } }
      : fail('usage.noCommand');
  }
  if (!isCommand(first)) return fail('usage.unknownCommand', { command: first });
  const command = first;

  for (const name of [...Object.keys(values), ...Object.keys(switches)]) {
    if (!GLOBAL.includes(name) && !PER_COMMAND[command].includes(name)) {
      return fail('usage.optionNotForCommand', { option: `--${name}`, command });
    }
  }
  if (!switches.help) {
    const expected = POSITIONALS[command];
    if (positionals.length < expected) return fail('usage.missingArgument', { command });
    if (positionals.length > expected)
      return fail('usage.extraArgument', { argument: positionals[expected] as string });
  }
  return { ok: true, args: { command, positionals, values, switches } };
}

/** A whole number within bounds, or a usage problem naming the option. */
export function intOption(
  args: ParsedArgs,
  name: 'seed' | 'years' | 'beds' | 'members',
  fallback: number,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; problem: UsageProblem } {
  const raw = args.values[name];
  if (raw === undefined) return { ok: true, value: fallback };
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    return {
      ok: false,
      problem: { key: 'usage.badNumber', params: { option: `--${name}`, value: raw, min, max } },
    };
  }
  return { ok: true, value: Number(raw) };
}
