// Which browser `npm run test:e2e` runs in, decided without touching this machine's files: a fake
// environment and file system (run by jest, not Playwright: e2e/unit is outside Playwright's testDir).
import { describe, expect, it } from '@jest/globals';
import { NO_CHROMIUM_MESSAGE, resolveChromium, type ChromiumLookup } from '../src/chromium';

function lookup(
  executables: string[],
  env: Record<string, string> = {},
  playwright?: string,
): ChromiumLookup {
  return {
    env,
    isExecutable: (path) => executables.includes(path),
    playwrightChromium: () => playwright,
    home: '/home/newcomer',
  };
}

describe('resolveChromium', () => {
  it("uses Debian's Chromium where CI installs it", () => {
    expect(resolveChromium(lookup(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toEqual({
      path: '/usr/bin/chromium',
      source: '/usr/bin/chromium',
    });
  });

  it('prefers the browser a variable names over every usual place', () => {
    const machine = ['/usr/bin/chromium', '/opt/chrome/chrome'];
    expect(resolveChromium(lookup(machine, { CHROMIUM_PATH: '/opt/chrome/chrome' }))).toEqual({
      path: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(
      resolveChromium(lookup(machine, { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/chrome/chrome' })),
    ).toMatchObject({
      source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
    });
  });

  it('refuses a variable that names no executable instead of silently running another browser', () => {
    const found = resolveChromium(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/typo/chrome' }));
    expect(found).toEqual({
      error: expect.stringContaining('CHROMIUM_PATH=/opt/typo/chrome is not an executable file'),
    });
  });

  it("finds Ubuntu's, Google's, Snap's and macOS's browsers", () => {
    for (const path of [
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/home/newcomer/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]) {
      expect(resolveChromium(lookup([path]))).toEqual({ path, source: path });
    }
  });

  it("falls back to Playwright's own download only when it is really there", () => {
    const downloaded = '/home/newcomer/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    expect(resolveChromium(lookup([downloaded], {}, downloaded))).toEqual({
      path: downloaded,
      source: 'npx playwright install chromium',
    });
    expect(resolveChromium(lookup([], {}, downloaded))).toEqual({ error: NO_CHROMIUM_MESSAGE });
  });

  it('says in one line how to install one when there is none', () => {
    const found = resolveChromium(lookup([]));
    expect(found).toEqual({ error: NO_CHROMIUM_MESSAGE });
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n');
    expect(NO_CHROMIUM_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/npx playwright install chromium/);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/CHROMIUM_PATH/);
  });
});
