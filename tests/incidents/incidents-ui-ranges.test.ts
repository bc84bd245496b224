import { describe, expect, it } from 'vitest';
import { ListIncidentsSchema } from '../../shared/ipc/incidents';
import type { IncidentRow } from '../../shared/ipc/incidents';
import type { Incident } from '../../shared/schema';
import { daysBetween } from '../../shared/domain/dates';
import { mergeRows, rangeChunks } from '../../renderer/src/features/incidents/incident-time';

describe('the incident list asks the core in ranges it accepts', () => {
  it('covers three months in pieces the list schema takes, end to end without gaps or overlaps', () => {
    const chunks = rangeChunks('2026-08-30', '2026-11-30');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(ListIncidentsSchema.safeParse(chunk).success).toBe(true);
    expect(chunks[0]?.to).toBe('2026-11-30');
    expect(chunks.at(-1)?.from).toBe('2026-08-30');
    for (let i = 1; i < chunks.length; i++)
      expect(daysBetween(chunks[i]?.to ?? '', chunks[i - 1]?.from ?? '')).toBe(1);
  });

  it('asks once for a short range and never for an empty one', () => {
    expect(rangeChunks('2026-11-01', '2026-11-30')).toEqual([{ from: '2026-11-01', to: '2026-11-30' }]);
    expect(rangeChunks('2026-11-30', '2026-11-30')).toEqual([{ from: '2026-11-30', to: '2026-11-30' }]);
    expect(rangeChunks('2026-12-01', '2026-11-30')).toEqual([]);
  });
});

const row = (id: string, date: string, time: string, open: boolean): IncidentRow => ({
  incident: { id, date, occurredTime: time } as Incident,
  names: [],
  open,
});

describe('the pieces make one list', () => {
  it('keeps each incident once, open first, then the newest', () => {
    const openOld = row('a', '2026-06-01', '08:00', true);
    const closedNew = row('b', '2026-11-20', '09:00', false);
    const closedOld = row('c', '2026-10-01', '23:00', false);
    const openNew = row('d', '2026-11-01', '07:00', true);
    const merged = mergeRows([
      [openNew, openOld, closedNew],
      [openNew, openOld, closedOld],
    ]);
    expect(merged.map((r) => r.incident.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
