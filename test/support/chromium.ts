// Real headless Chromium (Debian's package) through playwright-core. Without Chromium the browser
// tests are skipped on a developer's machine but FAIL when CI is set: launching throws.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** describe for browser tests: runs when Chromium exists or CI is set (then a missing one fails). */
export const describeWithChromium = existsSync(CHROMIUM_PATH) || process.env.CI ? describe : describe.skip;

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** playwright-core gives every launch a fresh temporary profile (user-data-dir) and removes it on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium package)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  return { browser, close: () => browser.close() };
}
