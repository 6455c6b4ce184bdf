import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '@guildhall/launch/cms-build';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Where browser tests leave screenshots of what people see (named in the README). */
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results', 'screenshots');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** What axe-core finds against WCAG 2.2 A and AA on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy
  // does not cover; an added <script> tag is inline script, which the live site refuses.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  }, WCAG_TAGS);
}
