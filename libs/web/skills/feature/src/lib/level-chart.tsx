import classes from './level-chart.module.css';

export interface LevelCount {
  level: number;
  name: string;
  count: number;
}

export interface LevelChartProps {
  /** Levels 1 to 5, as the API lists them. */
  distribution: readonly LevelCount[];
  caption: string;
}

export function peopleLabel(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en')} people`;
}

/**
 * How many people hold a skill at each level, as a horizontal bar chart that is a real table: screen
 * readers read level and count cell by cell, the bars (scaled to the largest level) are decoration.
 * Highest level first, like the list of holders below it.
 */
export function LevelChart({ distribution, caption }: LevelChartProps) {
  const largest = Math.max(1, ...distribution.map((entry) => entry.count));
  const rows = [...distribution].sort((a, b) => b.level - a.level);
  return (
    <table className={classes.table} data-testid="level-chart">
      <caption>{caption}</caption>
      <thead className={classes.head}>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.level}>
            <th scope="row">
              {entry.name} ({entry.level})
            </th>
            <td>
              <div className={classes.cell}>
                <div className={classes.track} aria-hidden="true">
                  <div
                    className={classes.bar}
                    style={{ width: `${(entry.count / largest) * 100}%` }}
                    data-testid={`level-bar-${entry.level}`}
                  />
                </div>
                <span className={classes.count}>{peopleLabel(entry.count)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
