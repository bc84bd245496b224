import type { DaySpan } from '../../../shared/domain/census';
import { daysBetween } from './dates';

export type HandoverSection = 'departures' | 'admissions' | 'critical' | 'events' | 'leave';
export interface HandoverNote {
  personId?: string;
  bedLabel?: string;
  text: string;
}

/**
 * Day-by-day picture of the residential service over the history window:
 * how many residents were in the house, on leave or in hospital, and what the
 * handover of each day has to mention. Built while stays are generated, read
 * when rounds and handovers are written.
 */
export class Census {
  readonly days: number;
  private readonly diff: Record<'inHouse' | 'onLeave' | 'inHospital', Int32Array>;
  private readonly notes = new Map<number, { section: HandoverSection; note: HandoverNote }[]>();
  /** Who was in the house when, for the recent rounds' marks per resident. */
  private readonly presence: { personId: string; span: DaySpan; delta: number }[] = [];

  constructor(
    readonly start: string,
    readonly today: string,
  ) {
    this.days = daysBetween(start, today) + 1;
    this.diff = {
      inHouse: new Int32Array(this.days + 1),
      onLeave: new Int32Array(this.days + 1),
      inHospital: new Int32Array(this.days + 1),
    };
  }

  private clamp(day: string): number {
    return Math.max(0, Math.min(this.days, daysBetween(this.start, day)));
  }

  /**
   * Count someone as `where` on every census day of `span` (shared/domain/census.ts:
   * a stay from its admission up to its discharge day, a leave up to the return).
   */
  add(where: 'inHouse' | 'onLeave' | 'inHospital', span: DaySpan, delta = 1, personId?: string): void {
    if (where === 'inHouse' && personId !== undefined) this.presence.push({ personId, span, delta });
    const a = this.clamp(span.from);
    const b = span.until === null ? this.days : this.clamp(span.until);
    if (b <= a) return;
    this.diff[where][a] = (this.diff[where][a] ?? 0) + delta;
    this.diff[where][b] = (this.diff[where][b] ?? 0) - delta;
  }

  note(day: string, section: HandoverSection, note: HandoverNote): void {
    const i = daysBetween(this.start, day);
    if (i < 0 || i >= this.days) return;
    const list = this.notes.get(i) ?? [];
    list.push({ section, note });
    this.notes.set(i, list);
  }

  /** Running totals per day, computed once after every stay has been added. */
  totals(): { inHouse: number[]; onLeave: number[]; inHospital: number[] } {
    const run = (d: Int32Array): number[] => {
      const out: number[] = [];
      let sum = 0;
      for (let i = 0; i < this.days; i++) {
        sum += d[i] ?? 0;
        out.push(sum);
      }
      return out;
    };
    return {
      inHouse: run(this.diff.inHouse),
      onLeave: run(this.diff.onLeave),
      inHospital: run(this.diff.inHospital),
    };
  }

  /** The residents in the house on `day` (stays less leave and hospital). */
  inHouseOn(day: string): string[] {
    const count = new Map<string, number>();
    for (const p of this.presence) {
      if (p.span.from > day || (p.span.until !== null && p.span.until <= day)) continue;
      count.set(p.personId, (count.get(p.personId) ?? 0) + p.delta);
    }
    return [...count].filter(([, n]) => n > 0).map(([id]) => id);
  }

  notesOn(index: number): { section: HandoverSection; note: HandoverNote }[] {
    return this.notes.get(index) ?? [];
  }
}
