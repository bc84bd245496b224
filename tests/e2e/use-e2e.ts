/**
 * The set-up every e2e test file shares, kept apart from harness.ts because it
 * registers vitest hooks (the screenshot scripts use the harness outside vitest).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { openSuite, startSession } from './harness';
import type { AppSession, SessionOptions, Suite } from './harness';

export interface E2E {
  /** A session for this test (its own fresh data folder unless `dataDir` is given), closed after it. */
  start(options: SessionOptions): Promise<AppSession>;
}

/**
 * One browser for the file (opened before its first test, closed after its
 * last), and sessions that end with the test that started them, pass or fail.
 * Call once at the top level of a test file.
 */
export function useE2E(): E2E {
  let suite: Suite | undefined;
  const sessions: AppSession[] = [];
  beforeAll(async () => {
    suite = await openSuite();
  });
  afterAll(async () => {
    await suite?.close();
  });
  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail';
    for (const session of sessions.splice(0)) {
      if (failed) await reportPage(session);
      await session.close();
    }
  });
  return {
    async start(options) {
      if (!suite) throw new Error('useE2E: start a session inside a test');
      const session = await startSession(suite, options);
      sessions.push(session);
      return session;
    },
  };
}

/**
 * What the page showed when a test failed, printed into the log: a failure on
 * a loaded CI machine cannot be looked at afterwards, its screen text can.
 */
async function reportPage(session: AppSession): Promise<void> {
  try {
    const { page } = session;
    const text = await page.evaluate<string>("document.body.innerText.replace(/\\s+/g, ' ').slice(0, 1500)");
    const focused = await page.evaluate<string>(
      "document.activeElement?.id || document.activeElement?.tagName || ''",
    );
    // Password boxes as stars: only whether something was typed matters here.
    const inputs = await page.evaluate<string>(
      "[...document.querySelectorAll('input')].map((i) => `${i.id || i.name}=${i.type === 'password' ? '*'.repeat(i.value.length) : i.value}`).join(' ')",
    );
    console.error(
      `[e2e failure] url=${page.url()} focus=${focused}\n[e2e failure] inputs: ${inputs}\n[e2e failure] screen: ${text}`,
    );
  } catch (error) {
    console.error('[e2e failure] the page could not be read:', error);
  }
}
