import classes from './level-distribution.module.css';

export interface LevelDistributionProps {
  /** Counts per level (levels nobody matched at may be missing). */
  levels: ReadonlyArray<{ level: number; count: number }>;
  levelName: (level: number) => string;
  /** The skill the levels are of (the first one searched for). */
  skillName: string | null;
}

/**
 * How the matches are spread over the levels of the first skill searched for: a table (level, people)
 * that screen readers read cell by cell, with CSS bars as decoration. Highest level first.
 */
export function LevelDistribution({ levels, levelName, skillName }: LevelDistributionProps) {
  const rows = [5, 4, 3, 2, 1].map((level) => ({
    level,
    count: levels.find((entry) => entry.level === level)?.count ?? 0,
  }));
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <table className={classes.table} data-testid="level-distribution">
      <caption>{skillName ? `Matches by level in ${skillName}` : 'Matches by level'}</caption>
      <thead className={classes.head}>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.level}>
            <th scope="row">{levelName(row.level)}</th>
            <td>
              <div className={classes.cell}>
                <div className={classes.track} aria-hidden="true">
                  <div
                    className={classes.bar}
                    style={{ width: `${(row.count / largest) * 100}%` }}
                    data-testid={`level-bar-${row.level}`}
                  />
                </div>
                <span className={classes.count}>{row.count.toLocaleString('en')}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
