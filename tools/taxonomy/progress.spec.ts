import { progressBar } from './progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('import progress bar', () => {
  it('prints a line at every tenth when the output is not a terminal', () => {
    const out = stream(false);
    const bar = progressBar(out);
    for (let done = 0; done <= 1000; done += 7) bar.update({ phase: 'writing', done, total: 1000 });
    bar.update({ phase: 'writing', done: 1000, total: 1000 });
    bar.finish();
    expect(out.written).toEqual(
      ['0%', '10%', '20%', '30%', '40%', '50%', '60%', '70%', '80%', '90%', '100%'].map(
        (p) => `writing ${p}\n`,
      ),
    );
  });

  it('redraws one line per phase on a terminal, only when the percentage changes', () => {
    const out = stream(true);
    const bar = progressBar(out);
    bar.update({ phase: 'reading', done: 0, total: 200 });
    bar.update({ phase: 'reading', done: 1, total: 200 });
    bar.update({ phase: 'reading', done: 200, total: 200 });
    bar.update({ phase: 'writing', done: 0, total: 0 });
    bar.finish();
    expect(out.written).toEqual([
      `\rreading  [${'.'.repeat(30)}]   0%`,
      `\rreading  [${'#'.repeat(30)}] 100%`,
      '\n',
      `\rwriting  [${'#'.repeat(30)}] 100%`,
      '\n',
    ]);
  });
});
