import { exitWhenFlushed } from '@ensemble/api/core';

/** Ends a benchmark with its exit code once its report has been written out (see exitWhenFlushed). */
export function exitWhenDone(name: string, run: Promise<number>): void {
  run.then(exitWhenFlushed, (error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.stack : String(error)}\n`);
    void exitWhenFlushed(1);
  });
}
