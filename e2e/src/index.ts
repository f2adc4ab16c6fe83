/**
 * `@ensemble/e2e`: what benchmarks share with the journeys: which Chromium to launch and starting the
 * production build. Only bench/ may import it (eslint.config.mjs).
 */
export { chromiumLaunchOptions, chromiumPath } from './chromium';
export { startServer, waitForReady } from './server-process';
