// `npm run test:e2e` loads this config before building anything, through Playwright's own TypeScript
// loader (no build step needed): it ends at load, silently when a Chromium is found, else with exit code
// 1 and the one line saying how to install one (src/chromium.ts). It runs no test.
import { chromiumPathOrExit } from './src/chromium';

chromiumPathOrExit();
process.exit(0);
