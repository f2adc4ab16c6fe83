import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const DepartmentQuery = graphql(`
  query Department($id: ID!) {
    department(id: $id) {
      id
      name
      memberCount
      head {
        ...PersonSummary
      }
      parent {
        id
        name
      }
      children {
        id
        name
        memberCount
      }
    }
  }
`);

/**
 * A department's page: its head, where it sits among departments and how many people it has. Errors
 * with NOT_FOUND (or BAD_USER_INPUT for a malformed id) when there is no such department.
 */
export function useDepartment(id: string) {
  return useQuery({ query: DepartmentQuery, variables: { id }, requestPolicy: 'cache-and-network' });
}
