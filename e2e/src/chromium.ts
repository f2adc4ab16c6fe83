import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { chromium } from '@playwright/test';

/**
 * Finds the Chromium the browser tests (and browser benchmarks) run in, so that `npm test` works on a
 * machine whatever the place its Chromium was installed, and says how to get one when there is none.
 */

/** The one line `npm run test:e2e` prints, before building anything, when no Chromium is found. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; or npx playwright install chromium) or set CHROMIUM_PATH';

/** Variables naming a browser explicitly; the first one set wins and must name an executable. */
export const CHROMIUM_PATH_VARIABLES = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

/** Where distributions, Snap and the vendors' installers put it. Debian's is first: CI installs it. */
export const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  /** True when the file exists and may be executed. */
  isExecutable: (path: string) => boolean;
  /** Where Playwright's own `npx playwright install chromium` put its browser (it may not be there). */
  playwrightChromium: () => string | undefined;
  home: string;
}

export type ChromiumResolution = { path: string; source: string } | { error: string };

/** The browser to use: an explicit variable, else the usual places, else Playwright's own download. */
export function resolveChromium(lookup: ChromiumLookup): ChromiumResolution {
  for (const variable of CHROMIUM_PATH_VARIABLES) {
    const path = lookup.env[variable]?.trim();
    if (!path) continue;
    // A variable that names nothing is a mistake to report, not a reason to run another browser.
    if (!lookup.isExecutable(path))
      return { error: `${variable}=${path} is not an executable file: ${NO_CHROMIUM_MESSAGE}` };
    return { path, source: variable };
  }
  const candidates = [
    ...USUAL_CHROMIUM_PATHS,
    `${lookup.home}/Applications/Chromium.app/Contents/MacOS/Chromium`,
  ];
  const usual = candidates.find((path) => lookup.isExecutable(path));
  if (usual) return { path: usual, source: usual };
  const downloaded = lookup.playwrightChromium();
  if (downloaded && lookup.isExecutable(downloaded))
    return { path: downloaded, source: 'npx playwright install chromium' };
  return { error: NO_CHROMIUM_MESSAGE };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    // Playwright names the browser of its own version, downloaded or not (hence the check above).
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** This machine's Chromium. */
export function findChromium(): ChromiumResolution {
  return resolveChromium({ env: process.env, isExecutable, playwrightChromium, home: homedir() });
}

/**
 * The Chromium path; without one, the one line saying how to get one and exit code 1 (for Playwright
 * configs: every journey would otherwise fail with a stack trace, and a suite that did not run must
 * not look like a pass).
 */
export function chromiumPathOrExit(): string {
  const found = findChromium();
  if ('error' in found) {
    process.stderr.write(`${found.error}\n`);
    process.exit(1);
  }
  return found.path;
}

/** The Chromium path, or a thrown Error whose message is the one line saying how to get one. */
export function chromiumPath(): string {
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  return found.path;
}

/** The launch options every browser run here uses (Debian's Chromium needs these in containers). */
export function chromiumLaunchOptions(executablePath: string) {
  return {
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
