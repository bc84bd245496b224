import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Certificate, Staff } from '../../shared/schema';
import { certificatesDue, certificatesState } from '../../electron/core/staff/certificates';
import { dayFromToday, idNumber, openTestApp, staffInput } from './helpers';
import type { TestApp } from './helpers';

const today = '2026-03-01';
const cert = (id: string, expiresOn?: string): Certificate =>
  expiresOn === undefined ? { id, kind: 'health' } : { id, kind: 'health', expiresOn };
const member = (name: string, certificates: Certificate[], active = true): Staff => ({
  id: `staff-${name}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name,
  post: 'carer',
  workingTime: 'standard',
  certificates,
  active,
});

describe('certificates due', () => {
  it('lists expired and within-30-days certificates of active staff, most urgent first', () => {
    const due = certificatesDue(
      [
        member('甲', [cert('c-1', '2026-03-31'), cert('c-2', '2026-04-01'), cert('c-3')]),
        member('乙', [cert('c-4', '2026-02-28')]),
        member('丙', [cert('c-5', '2026-03-01')]),
        member('丁', [cert('c-6', '2025-01-01')], false),
      ],
      today,
    );
    expect(due.map((d) => [d.staffName, d.certificate.id, d.daysLeft])).toEqual([
      ['乙', 'c-4', -1],
      ['丙', 'c-5', 0],
      ['甲', 'c-1', 30],
    ]);
  });

  it('gives each person the worst state of their certificates', () => {
    expect(certificatesState([], today)).toBe('none');
    expect(certificatesState([cert('a')], today)).toBe('valid');
    expect(certificatesState([cert('a'), cert('b', '2026-03-20')], today)).toBe('expiring');
    expect(certificatesState([cert('b', '2026-03-20'), cert('c', '2026-02-01')], today)).toBe('expired');
    // The expiry day itself is still valid ground: expiring, not expired.
    expect(certificatesState([cert('d', today)], today)).toBe('expiring');
  });
});

describe('staff.certificatesDue', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers today’s due certificates with days left', async () => {
    await app.ok(
      'staff.create',
      staffInput('李秀英', {
        certificates: [
          { id: 'cert-00000001', kind: 'health', expiresOn: dayFromToday(-3) },
          { id: 'cert-00000002', kind: 'carerSkill', level: 4, expiresOn: dayFromToday(200) },
        ],
      }),
    );
    await app.ok(
      'staff.create',
      staffInput('王芳', {
        idNumber: idNumber('19850315', '044'),
        certificates: [{ id: 'cert-00000003', kind: 'nurseLicence', expiresOn: dayFromToday(12) }],
      }),
    );
    const due = await app.ok('staff.certificatesDue', undefined);
    expect(due.map((d) => [d.staffName, d.certificate.kind, d.daysLeft])).toEqual([
      ['李秀英', 'health', -3],
      ['王芳', 'nurseLicence', 12],
    ]);
  });
});
