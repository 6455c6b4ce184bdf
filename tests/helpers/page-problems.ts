import type { ConsoleMessage, Page } from 'playwright-core';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

export interface PageProblems {
  /** Content-Security-Policy violations seen by the page, e.g. "script-src-elem blocked inline". */
  violations(): Promise<string[]>;
  /** Errors logged by the page or its workers, uncaught exceptions, and Pagefind's warnings. */
  readonly consoleErrors: string[];
}

const describeMessage = (message: ConsoleMessage) => `${message.text()} (${message.location().url})`;

/**
 * Starts recording, before any script of the page runs, what a visitor would never see
 * but a broken policy causes: blocked resources and errors in the console. Pagefind
 * only warns when its worker fails (it falls back to the main thread), so its warnings count too.
 */
export async function watchForProblems(page: Page): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const record = (message: ConsoleMessage) => {
    const isPagefindWarning = message.type() === 'warning' && /pagefind/i.test(message.text());
    if (message.type() === 'error' || isPagefindWarning) consoleErrors.push(describeMessage(message));
  };
  page.on('console', record);
  page.on('worker', (worker) => worker.on('console', record));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => window.cspViolations ?? ['the violation listener never ran']),
  };
}
