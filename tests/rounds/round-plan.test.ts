import { describe, expect, it } from 'vitest';
import { patrolNight, slotsOn, stateSlots, type PlanArea } from '../../shared/domain/round-plan';

const AREA: PlanArea = {
  name: '1号楼',
  night: { from: '22:00', to: '06:00', everyHours: 2 },
  dayTimes: [],
  dayEvery: null,
};
const NIGHT = '2026-03-01';
const round = (id: string, at: string) => ({ id, area: '1号楼', at });

describe('round slots by the plan', () => {
  it('lays a night from 22:00 to 06:00 every 2 hours on the date it starts', () => {
    const slots = slotsOn(AREA, NIGHT);
    expect(slots.map((s) => s.at)).toEqual([
      '2026-03-01T22:00',
      '2026-03-02T00:00',
      '2026-03-02T02:00',
      '2026-03-02T04:00',
      '2026-03-02T06:00',
    ]);
    expect(slots.every((s) => s.night === NIGHT)).toBe(true);
    expect(slots[2]?.until).toBe('2026-03-02T04:00');
  });

  it('lists day rounds at their times, the last one for two hours', () => {
    const slots = slotsOn({ ...AREA, night: null, dayTimes: ['15:00', '10:00'] }, NIGHT);
    expect(slots.map((s) => [s.at, s.until])).toEqual([
      ['2026-03-01T10:00', '2026-03-01T15:00'],
      ['2026-03-01T15:00', '2026-03-01T17:00'],
    ]);
  });

  it('states the 02:00 round at its boundaries: due from 02:00, missed at 04:00, kept from 01:45', () => {
    const slots = slotsOn(AREA, NIGHT);
    const at02 = (rounds: ReturnType<typeof round>[], now: string) =>
      stateSlots(slots, rounds, now).find((s) => s.at === '2026-03-02T02:00')?.state;
    const early = [round('a', '2026-03-01T22:00'), round('b', '2026-03-02T00:05')];
    expect(at02(early, '2026-03-02T01:59')).toBe('upcoming');
    expect(at02(early, '2026-03-02T02:00')).toBe('due');
    expect(at02(early, '2026-03-02T03:59')).toBe('due');
    expect(at02(early, '2026-03-02T04:00')).toBe('missed');
    // 15 minutes early still keeps the slot; 16 minutes early does not (00:00 is kept already).
    expect(at02([...early, round('c', '2026-03-02T01:45')], '2026-03-02T05:00')).toBe('done');
    expect(at02([...early, round('c', '2026-03-02T01:44')], '2026-03-02T05:00')).toBe('missed');
    // The last minute of the window keeps it; the first minute of the next one belongs to 04:00.
    expect(at02([...early, round('c', '2026-03-02T03:59')], '2026-03-02T05:00')).toBe('done');
    expect(at02([...early, round('c', '2026-03-02T04:00')], '2026-03-02T05:00')).toBe('missed');
  });

  it('lets one round keep one slot only, and ignores other areas', () => {
    const slots = slotsOn(AREA, NIGHT);
    const states = stateSlots(
      slots,
      [round('a', '2026-03-01T23:50'), { id: 'x', area: '2号楼', at: '2026-03-01T22:00' }],
      '2026-03-02T07:00',
    );
    // 23:50 keeps 22:00 only, so midnight went without; the 06:00 round is still due at 07:00.
    expect(states.map((s) => s.state)).toEqual(['done', 'missed', 'missed', 'missed', 'due']);
    expect(states[0]?.roundId).toBe('a');
  });
});

describe('fire patrol nights', () => {
  const plan = { perNight: 2, night: { from: '20:00', to: '08:00' } };
  it('counts patrols from 20:00 up to, not including, 08:00 the next morning', () => {
    const patrols = [
      { id: 'p1', at: '2026-03-01T20:00' },
      { id: 'p2', at: '2026-03-02T07:59' },
      { id: 'p3', at: '2026-03-02T08:00' },
    ];
    expect(patrolNight(NIGHT, plan, patrols, '2026-03-02T09:00')).toMatchObject({
      done: 2,
      ids: ['p1', 'p2'],
      state: 'done',
    });
  });

  it('keeps a short night open until 08:00 and calls it missed from then', () => {
    const one = [{ id: 'p1', at: '2026-03-01T23:00' }];
    expect(patrolNight(NIGHT, plan, one, '2026-03-02T07:59').state).toBe('open');
    expect(patrolNight(NIGHT, plan, one, '2026-03-02T08:00')).toMatchObject({
      state: 'missed',
      done: 1,
      required: 2,
    });
  });
});
