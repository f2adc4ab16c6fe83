import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { personPath } from './person-card';
import classes from './manager-chain.module.css';

interface ChainPerson {
  id: string;
  displayName: string;
  title?: string | null;
}

export interface ManagerChainProps {
  /** Managers from the nearest up to the top of the organisation (as the API returns them). */
  chain: readonly ChainPerson[];
  /** The person whose chain this is; shown last, not linked. */
  person: { displayName: string };
}

/**
 * The reporting line as a breadcrumb: top of the organisation first, down to the person.
 * A navigation landmark named "Manager chain".
 */
export function ManagerChain({ chain, person }: ManagerChainProps) {
  if (chain.length === 0) {
    return <Text c="dimmed">{person.displayName} is at the top of the organisation.</Text>;
  }
  const topDown = [...chain].reverse();
  return (
    <nav aria-label="Manager chain">
      <ol className={classes.chain}>
        {topDown.map((manager) => (
          <li key={manager.id} className={classes.item}>
            <Anchor component={Link} to={personPath(manager.id)}>
              {manager.displayName}
            </Anchor>
            {manager.title ? (
              <Text span size="sm" c="dimmed">
                {' '}
                ({manager.title})
              </Text>
            ) : null}
            <span className={classes.separator} aria-hidden="true">
              ›
            </span>
          </li>
        ))}
        <li className={classes.item} aria-current="page">
          <Text span fw={600}>
            {person.displayName}
          </Text>
        </li>
      </ol>
    </nav>
  );
}
