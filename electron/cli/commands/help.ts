import type { Messenger } from '../messages';
import type { Output } from '../output';

const LINES = [
  'help.title',
  '',
  'help.usage',
  '',
  'help.commands',
  'help.seedDemo',
  'help.seedDemoOptions',
  'help.verify',
  'help.backup',
  'help.restore',
  'help.stats',
  'help.occupancy',
  'help.roster',
  'help.importPeople',
  'help.users',
  '',
  'help.options',
  'help.data',
  'help.lang',
  'help.help',
  '',
  'help.exitCodes',
] as const;

export function printHelp(m: Messenger, output: Output): void {
  for (const key of LINES) output.out(key === '' ? '' : m.t(key));
}
