import type { Channel } from '../../shared/ipc/channels';
import { validCenterInput, validSettingsInput } from './helpers';
import { PEOPLE_VALID } from './people-valid';
import { STAFF_VALID } from './staff-valid';
import { BEDS_VALID } from '../beds/ipc-valid';
import { ROUNDS_VALID } from '../rounds/ipc-valid';
import { HANDOVERS_VALID } from '../handovers/ipc-valid';
import { INCIDENTS_VALID } from '../incidents/ipc-valid';
import { ROSTERS_VALID } from '../rosters/ipc-valid';
import { AUDIT_VALID, AUTH_VALID, USERS_VALID } from '../auth/valid-args';

/** A valid argument per channel, as the seed for near-miss mutations (undefined = takes none). */
export const VALID_ARGS: Record<Channel, unknown> = {
  'app.getState': undefined,
  'app.setLanguage': { language: 'en' },
  'center.get': undefined,
  'center.save': validCenterInput(),
  'settings.get': undefined,
  'settings.save': validSettingsInput(),
  'backups.list': undefined,
  'backups.create': undefined,
  'backups.restore': { file: '20260101-000000-manual.care-backup.json.gz' },
  'backups.copyTo': { file: '20260101-000000-manual.care-backup.json.gz' },
  'backups.inspectFile': undefined,
  'backups.restoreStaged': { stagedId: '0123456789abcdef01234567' },
  'backups.discardStaged': { stagedId: '0123456789abcdef01234567' },
  ...PEOPLE_VALID,
  ...STAFF_VALID,
  ...BEDS_VALID,
  ...ROUNDS_VALID,
  ...HANDOVERS_VALID,
  ...INCIDENTS_VALID,
  ...ROSTERS_VALID,
  ...AUTH_VALID,
  ...USERS_VALID,
  ...AUDIT_VALID,
};
