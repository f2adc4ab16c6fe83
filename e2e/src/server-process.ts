import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The production build's start command (`node dist/api/apps/api/src/main.js`), as `npm start` runs it. */
export interface ServerProcess {
  server: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
}

/** `cwd` is the workspace root; a caller compiled into dist/api (a benchmark) names it. */
export function startServer(env: Record<string, string>, cwd = resolve(__dirname, '../..')): ServerProcess {
  let log = '';
  const server = spawn('node', ['dist/api/apps/api/src/main.js'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  return { server, output: () => log };
}

/** Resolves once `${base}/health/ready` answers 200; throws with the output when the server exits or takes a minute. */
export async function waitForReady(base: string, { server, output }: ServerProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${output()}`);
    const ready = await fetch(`${base}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
