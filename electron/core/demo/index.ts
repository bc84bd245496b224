/** Demo-data generator: a deterministic township center with years of history. */
export { generateDemo, type DemoPlan, type DemoSummary } from './generate';
export { seedDemo, isEmptyFolder, DEMO_ACTION, DEMO_ACTOR, type SeedResult } from './seed';
export { DEMO_DEFAULTS, defaultMembers, type DemoOptions } from './options';
