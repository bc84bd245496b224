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

/** The two DOM calls the wait uses (the tests' Node side has no DOM types). */
interface SettlingDocument {
  querySelector(selector: string): unknown;
  getAnimations(): { playState: string }[];
}

/**
 * Waits until the page has settled: its h1 is shown (the page's title), nothing
 * is loading, and no animation is half-way (a fading colour would be measured
 * wrong). A page without an h1 is still checked after the wait, so the check
 * reports the missing heading instead of a time-out.
 */
export async function settle(page: Page): Promise<void> {
  await page
    .locator('h1')
    .first()
    .waitFor({ state: 'visible', timeout: 8_000 })
    .catch(() => undefined);
  // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: SettlingDocument }).document;
    const busy = doc.querySelector('.ant-spin-spinning, .ant-skeleton, [data-ready="false"]');
    return busy === null && doc.getAnimations().every((animation) => animation.playState !== 'running');
  });
}

/** axe asks for at least one h1; a page has exactly one, its title (two would make the title ambiguous). */
export async function headingFindings(page: Page): Promise<AxeFinding[]> {
  const titles = await page.locator('h1').allInnerTexts();
  if (titles.length === 1) return [];
  return [
    {
      rule: 'one-h1',
      impact: 'moderate',
      help: `a page has exactly one level-one heading, found ${titles.length}`,
      nodes: titles.map((title) => ({ target: 'h1', why: title })),
    },
  ];
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

/** axe's blocking findings and the one-h1 check, on the page as it is now. */
export async function pageFindings(page: Page, options?: AxeCheckOptions): Promise<AxeFinding[]> {
  return [...(await axeFindings(page, options)), ...(await headingFindings(page))];
}

/**
 * Once the page has settled, fails with every finding listed. For the end of a
 * flow, where the page shows a state no page walk reaches (errors shown, a
 * choice made, a list opened).
 */
export async function expectReadable(page: Page, where: string, options?: AxeCheckOptions): Promise<void> {
  await settle(page);
  const findings = await pageFindings(page, options);
  if (findings.length > 0) {
    throw new Error(`accessibility findings on ${where}:\n${describeFindings(findings)}`);
  }
}
