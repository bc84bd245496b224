/**
 * Every IPC channel name, with no zod and no schema imports, so the sandboxed
 * preload (which cannot load much) and the browser bridge can build the API
 * from this list alone. `contract.ts` is checked against it at compile time.
 */
export const CHANNELS = [
  'app.getState',
  'app.setLanguage',
  'center.get',
  'center.save',
  'settings.get',
  'settings.save',
  'backups.list',
  'backups.create',
  'backups.restore',
  'people.list',
  'people.get',
  'people.create',
  'people.update',
  'people.export',
  'people.importPreview',
  'people.importCommit',
  'people.importMappings',
  'people.setPhoto',
  'people.clearPhoto',
  'people.photo',
  'assessments.previewAbility',
  'assessments.saveAbility',
  'assessments.saveRisk',
  'assessments.due',
] as const;

export type Channel = (typeof CHANNELS)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && channelSet.has(value);
}
