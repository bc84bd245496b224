import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors';
import { buildCareApi } from '../../shared/ipc/build-api';
import { CHANNELS, isChannel } from '../../shared/ipc/channels';
import { contract, features } from '../../shared/ipc/contract';
import type { ChannelSpec } from '../../shared/ipc/define';
import { PERMISSIONS } from '../../shared/ipc/permissions';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('IPC contract', () => {
  it('lists exactly the contract channels, each "group.method"', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('files each channel under the feature its name starts with, with a known permission', () => {
    for (const [feature, channels] of Object.entries(features)) {
      for (const [channel, spec] of Object.entries<ChannelSpec>(channels)) {
        expect(channel.split('.')[0], channel).toBe(feature);
        expect(PERMISSIONS, channel).toContain(spec.permission);
      }
    }
    const perFeature = Object.values(features).reduce((n, channels) => n + Object.keys(channels).length, 0);
    expect(Object.keys(contract)).toHaveLength(perFeature);
  });

  it('does not mistake object-prototype names for channels', () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'app',
      'app.',
      '.getState',
    ]) {
      expect(isChannel(name), name).toBe(false);
    }
  });

  it('builds one named method per channel that forwards exactly one argument', async () => {
    const calls: [string, unknown, number][] = [];
    const api = buildCareApi((channel, ...rest: unknown[]) => {
      calls.push([channel, rest[0], rest.length]);
      return Promise.resolve({ ok: true, value: null } as Result<unknown>);
    });
    const surface = Object.fromEntries(
      Object.entries(api).map(([group, methods]) => [group, Object.keys(methods as object).sort()]),
    );
    expect(surface).toEqual({
      app: ['getState', 'setLanguage'],
      audit: ['export', 'list', 'recordPrint'],
      assessments: ['due', 'previewAbility', 'saveAbility', 'saveRisk'],
      backups: ['copyTo', 'create', 'discardStaged', 'inspectFile', 'list', 'restore', 'restoreStaged'],
      beds: [
        'admit',
        'bedHistory',
        'board',
        'closeBed',
        'discharge',
        'endCritical',
        'facility',
        'freeBeds',
        'leaveBack',
        'leaveOut',
        'markCritical',
        'move',
        'personHistory',
        'reopenBed',
        'setupRooms',
        'updateRoom',
      ],
      rosters: [
        'applyPattern',
        'copy',
        'cover',
        'exportXlsx',
        'grid',
        'holidays',
        'onDuty',
        'publish',
        'rules',
        'saveHolidays',
        'saveRules',
        'setCells',
        'swap',
      ],
      rounds: [
        'list',
        'patrolNights',
        'patrols',
        'plan',
        'record',
        'recordPatrol',
        'savePlan',
        'sheet',
        'slots',
      ],
      handovers: ['addendum', 'compile', 'get', 'list', 'saveDraft', 'sign'],
      incidents: ['close', 'get', 'list', 'notifyFamily', 'report', 'review', 'update'],
      board: ['now'],
      auth: ['changePassword', 'createFirstAdmin', 'lock', 'signIn', 'signOut', 'state'],
      center: ['get', 'save'],
      people: [
        'clearPhoto',
        'create',
        'endCare',
        'export',
        'get',
        'importCommit',
        'importMappings',
        'importPreview',
        'importRefused',
        'importTemplate',
        'list',
        'photo',
        'setPhoto',
        'update',
      ],
      settings: ['get', 'save'],
      staff: [
        'certificatesDue',
        'create',
        'dayCodes',
        'get',
        'list',
        'posts',
        'saveDayCode',
        'savePosts',
        'saveShiftTemplate',
        'shiftTemplates',
        'update',
      ],
      users: ['create', 'list', 'resetPassword', 'unlock', 'update'],
    });
    await api.center.save({} as never);
    const untyped = api.backups.restore as unknown as (...args: unknown[]) => Promise<unknown>;
    await untyped({ file: 'a' }, 'smuggled', 'more');
    expect(calls).toEqual([
      ['center.save', {}, 1],
      ['backups.restore', { file: 'a' }, 1],
    ]);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.center)).toBe(true);
  });
});

describe('built preload (out/preload/index.cjs)', () => {
  const file = path.join(root, 'out', 'preload', 'index.cjs');
  it.skipIf(!fs.existsSync(file))('is CommonJS, loads only electron, and carries no schema library', () => {
    const code = fs.readFileSync(file, 'utf8');
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toContain('ZodError');
    expect(code).toContain('exposeInMainWorld("care"');
    expect(code).not.toMatch(/exposeInMainWorld\((?!"care")/);
  });

  it.skipIf(!fs.existsSync(file))(
    'carries exactly the contract channel names, computed at build time',
    () => {
      const code = fs.readFileSync(file, 'utf8');
      const list = /CHANNELS\S* = (\[[^\]]*\]);/.exec(code)?.[1];
      expect(list, 'channel list in the preload').toBeDefined();
      expect(JSON.parse(list ?? '[]')).toEqual(Object.keys(contract));
    },
  );
});
