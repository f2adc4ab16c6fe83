import type { TaxonomyProgress } from '@ensemble/api/skills';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

/**
 * A text progress bar for long imports, on stderr so that stdout keeps only the report. On a terminal
 * it redraws one line in place; in a log (CI, a pipe) it prints a line at every tenth instead, since
 * carriage returns would pile up there as thousands of lines.
 */
export function progressBar(stream: ProgressStream): {
  update(progress: TaxonomyProgress): void;
  finish(): void;
} {
  let phase = '';
  let lastShown = -1;
  let drawn = false;
  const finishLine = () => {
    if (drawn && stream.isTTY) stream.write('\n');
    drawn = false;
  };
  return {
    update({ phase: current, done, total }) {
      if (current !== phase) {
        finishLine();
        phase = current;
        lastShown = -1;
      }
      const fraction = total > 0 ? Math.min(done / total, 1) : 1;
      if (stream.isTTY) {
        const percent = Math.floor(fraction * 100);
        if (percent === lastShown) return;
        lastShown = percent;
        const filled = Math.round(fraction * WIDTH);
        stream.write(
          `\r${phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%`,
        );
        drawn = true;
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth === lastShown) return;
        lastShown = tenth;
        stream.write(`${phase} ${tenth * 10}%\n`);
      }
    },
    finish: finishLine,
  };
}
