/**
 * axe-core in a page of the app: WCAG 2 A and AA (2.0 and 2.1) plus "one
 * level-one heading per page", reporting what a screen-reader user or someone
 * with weak eyes would actually trip over (serious and critical findings).
 *
 * The app's CSP allows only its own scripts ('self', no inline), so axe is not
 * added as a <script> element: its source is evaluated through the DevTools
 * protocol (page.evaluate of the text), which the page's CSP does not govern.
 * The policy stays exactly as shipped.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE_FILE = require.resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
/** A best-practice rule, not a WCAG one, that the app holds itself to: every page has its title as an h1. */
export const HEADING_RULE = 'page-has-heading-one';
const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of why each fails. */
  nodes: { target: string; why: string }[];
}

export interface AxeCheckOptions {
  /** CSS selectors left out of the check (e.g. a third-party widget); empty by default. */
  exclude?: string[];
}

async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate('typeof window.axe === "object"');
  if (present === true) return;
  axeSource ??= readFile(AXE_SOURCE_FILE, 'utf8');
  await page.evaluate(await axeSource);
}

/**
 * Runs axe over the whole document as it is now and returns the findings that
 * block: serious or critical WCAG A/AA violations, and a missing level-one heading.
 */
export async function axeFindings(page: Page, options: AxeCheckOptions = {}): Promise<AxeFinding[]> {
  await injectAxe(page);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    rules: { [HEADING_RULE]: { enabled: true } },
    resultTypes: ['violations'],
  };
  const context = { exclude: (options.exclude ?? []).map((selector) => [selector]) };
  const results = await page.evaluate(
    async ([ctx, opts]) => {
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      return (await axe.run(ctx, opts)) as AxeResults;
    },
    [context, runOptions] as const,
  );
  const headingRuleRan = [...results.violations, ...results.passes, ...results.incomplete].some(
    (result) => result.id === HEADING_RULE,
  );
  if (!headingRuleRan) throw new Error(`axe did not run ${HEADING_RULE}: the check itself is misconfigured`);
  return results.violations
    .filter((v) => v.id === HEADING_RULE || (v.impact != null && BLOCKING_IMPACTS.includes(v.impact)))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => ({ target: node.target.join(' '), why: node.failureSummary ?? '' })),
    }));
}

/** One readable block per finding, for a failing test's message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((finding) => {
      const nodes = finding.nodes
        .slice(0, 8)
        .map((node) => `    ${node.target}\n      ${node.why.replaceAll('\n', '\n      ')}`)
        .join('\n');
      const more = finding.nodes.length > 8 ? `\n    … and ${finding.nodes.length - 8} more` : '';
      return `  ${finding.rule} (${finding.impact ?? 'n/a'}, ${finding.nodes.length}×): ${finding.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Fails with every blocking finding listed when the page as it is now has any. */
export async function expectNoAxeFindings(
  page: Page,
  where: string,
  options?: AxeCheckOptions,
): Promise<void> {
  const findings = await axeFindings(page, options);
  if (findings.length > 0) {
    throw new Error(`accessibility findings on ${where}:\n${describeFindings(findings)}`);
  }
}
