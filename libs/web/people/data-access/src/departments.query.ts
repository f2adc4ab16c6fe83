import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      id
      name
      memberCount
    }
  }
`);

/** Every department, sorted by name (for the directory's department filter). */
export function useDepartments() {
  return useQuery({ query: DepartmentsQuery, requestPolicy: 'cache-first' });
}
