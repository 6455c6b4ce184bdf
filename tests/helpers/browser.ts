import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium; test tools' own browser downloads do not work on these machines.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 375, height: 740 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A page as one person sees it; `timezoneId` is their computer's clock (the machine's own when unset). */
export async function newPage(
  browser: Browser,
  viewport: ViewportName = 'desktop',
  { timezoneId }: { timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    timezoneId,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  return context.newPage();
}
