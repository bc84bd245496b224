import { describe, expect, it } from 'vitest';
import {
  blankAnswers,
  patrolProblems,
  patrolResultOfKey,
} from '../../renderer/src/features/rounds/patrols/patrol-items';
import {
  moveLine,
  placeKey,
  placeOfKey,
  placeOptions,
} from '../../renderer/src/features/rounds/plan/plan-values';
import { roundsOfDay } from '../../renderer/src/features/rounds/day/day-rounds';
import type { RoundSlot } from '../../shared/ipc/rounds';
import type { Round } from '../../shared/schema/rounds';

describe('fire patrol keys and checks', () => {
  it('Y and space answer ok, F a finding, other keys nothing', () => {
    expect(patrolResultOfKey('y')).toBe('ok');
    expect(patrolResultOfKey('Y')).toBe('ok');
    expect(patrolResultOfKey(' ')).toBe('ok');
    expect(patrolResultOfKey('f')).toBe('finding');
    expect(patrolResultOfKey('F')).toBe('finding');
    expect(patrolResultOfKey('n')).toBeNull();
  });
  it('finds lines not answered and findings not described', () => {
    const answers = blankAnswers(['出口', '厨房', '电器']);
    answers[0] = { ...answers[0]!, result: 'ok' };
    answers[1] = { ...answers[1]!, result: 'finding', finding: '  ' };
    expect(patrolProblems(answers)).toEqual([
      { index: 1, kind: 'findingRequired' },
      { index: 2, kind: 'unanswered' },
    ]);
    answers[1] = { ...answers[1], finding: '插座松动' };
    answers[2] = { ...answers[2]!, result: 'ok' };
    expect(patrolProblems(answers)).toEqual([]);
  });
});

describe('round plan editing', () => {
  it('moves a checklist line up and down, the ends staying put', () => {
    expect(moveLine(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveLine(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveLine(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveLine(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('offers each building and each of its floors with rooms, and reads the choice back', () => {
    const options = placeOptions(
      [{ id: 'b1', name: '1号楼' }],
      [
        { buildingId: 'b1', floor: 2 },
        { buildingId: 'b1', floor: 1 },
        { buildingId: 'b1', floor: 2 },
      ],
      (b, f) => `${b} ${f}层`,
    );
    expect(options.map((o) => o.label)).toEqual(['1号楼', '1号楼 1层', '1号楼 2层']);
    expect(placeOfKey(options[0]!.value)).toEqual({ buildingId: 'b1', floor: null });
    expect(placeOfKey(placeKey({ buildingId: 'b1', floor: -1 }))).toEqual({ buildingId: 'b1', floor: -1 });
  });
});

describe('the rounds of one day', () => {
  const slot = (night: string, date: string, time: string, roundId: string | null): RoundSlot => ({
    area: 'A',
    night,
    date,
    time,
    kind: 'night',
    until: `${date}T23:59`,
    state: roundId ? 'done' : 'missed',
    roundId,
  });
  const round = (id: string, date: string, time: string): Round =>
    ({ id, date, time, area: 'A' }) as unknown as Round;

  it('takes the rounds made on the day and the round after midnight that kept a slot of this night', () => {
    const slots = [
      slot('2026-03-01', '2026-03-02', '02:00', 'last-night'),
      slot('2026-03-02', '2026-03-02', '22:00', 'r22'),
      slot('2026-03-02', '2026-03-03', '02:00', 'r02'),
    ];
    const rounds = [
      round('last-night', '2026-03-02', '02:05'),
      round('r22', '2026-03-02', '22:00'),
      round('extra', '2026-03-02', '15:00'),
      round('r02', '2026-03-03', '02:10'),
      round('tomorrow', '2026-03-03', '15:00'),
    ];
    const [day] = roundsOfDay('2026-03-02', ['A'], slots, rounds);
    expect(day?.slots.map((s) => s.time)).toEqual(['22:00', '02:00']);
    expect(day?.rounds.map((r) => r.id)).toEqual(['last-night', 'extra', 'r22', 'r02']);
  });
});
