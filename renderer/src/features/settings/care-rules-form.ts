import { SettingsInputSchema } from '../../../../shared/schema';
import type { Settings, SettingsInput } from '../../../../shared/schema';

/** The part of the settings this card edits: the same schema the main process checks. */
export const CareRulesSchema = SettingsInputSchema.pick({
  villages: true,
  reassessmentMonths: true,
  riskReassessmentMonths: true,
  backupRetention: true,
});
export type CareRules = ReturnType<typeof CareRulesSchema.parse>;

export function careRulesOf(settings: Settings): CareRules {
  const { villages, reassessmentMonths, riskReassessmentMonths, backupRetention } = settings;
  return { villages, reassessmentMonths, riskReassessmentMonths, backupRetention };
}

/** The full settings to save: everything else unchanged. */
export function withCareRules(settings: Settings, rules: CareRules): SettingsInput {
  const { updatedAt: _updatedAt, ...rest } = settings;
  return { ...rest, ...rules };
}

/** Villages typed as a list: split on Chinese and Western separators, trimmed, without repeats. */
export function normaliseVillages(values: readonly string[]): string[] {
  const parts = values.flatMap((value) => value.split(/[,，、;；\s]+/)).map((v) => v.trim());
  return [...new Set(parts.filter((v) => v !== ''))];
}
