import { useQuery } from 'urql';
import { DepartmentsQuery } from '@ensemble/web/people/data-access';

/**
 * Every department's name, for a department filter the results' facets do not name (none of the
 * matches is in it). Nothing is asked while `needed` is false; the directory's query and cache are shared.
 */
export function useDepartmentNames(needed: boolean) {
  const [{ data }] = useQuery({ query: DepartmentsQuery, pause: !needed, requestPolicy: 'cache-first' });
  return (id: string): string | null =>
    data?.departments.find((department) => department.id === id)?.name ?? null;
}
