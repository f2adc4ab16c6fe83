import { SimpleGrid } from '@mantine/core';
import { PersonCard } from './person-card';
import type { PersonSummaryView } from './types';

export interface PeopleGridProps {
  people: readonly PersonSummaryView[];
  /** Accessible name of the list ("People", "Direct reports"). */
  label: string;
}

/** People as a responsive list of cards (a real <ul> for assistive technology). */
export function PeopleGrid({ people, label }: PeopleGridProps) {
  return (
    <SimpleGrid
      component="ul"
      aria-label={label}
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {people.map((person) => (
        <li key={person.id}>
          <PersonCard person={person} />
        </li>
      ))}
    </SimpleGrid>
  );
}
