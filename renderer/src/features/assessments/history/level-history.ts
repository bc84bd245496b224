import type { AbilityAssessment } from '../../../../../shared/schema';
import type { AbilityLevel } from '../../../../../shared/domain/ability';

export interface LevelPoint {
  /** Milliseconds at UTC midnight of the assessment's date, for a time axis. */
  time: number;
  date: string;
  level: AbilityLevel;
}

/** Assessments in force over time (voided ones left out), oldest first. */
export function levelHistory(assessments: readonly AbilityAssessment[]): LevelPoint[] {
  return assessments
    .filter((a) => !a.voided)
    .map((a) => ({
      time: Date.parse(`${a.date}T00:00:00Z`),
      date: a.date,
      level: a.result.finalLevel,
      createdAt: a.createdAt,
    }))
    .sort((a, b) => a.time - b.time || a.createdAt.localeCompare(b.createdAt))
    .map(({ time, date, level }) => ({ time, date, level }));
}
