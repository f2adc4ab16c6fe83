import type { Request } from 'express';

export type RoleName = 'employee' | 'hr' | 'admin';
export const ROLE_NAMES: readonly RoleName[] = ['employee', 'hr', 'admin'];

/** Who is making the request, as established by the identity module's session. */
export interface Principal {
  personId: string;
  roles: RoleName[];
}

/**
 * Implemented by the identity module. Looking the session up lazily (when the first guarded handler
 * runs) means a request refused by GraphQL validation or limits costs no SQL at all.
 */
export interface PrincipalResolver {
  resolve(request: Request): Promise<Principal | null>;
}

export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');

const cache = new WeakMap<Request, Promise<Principal | null>>();

/** Resolves the principal once per request, however many guards and field resolvers ask. */
export function principalOf(request: Request, resolver: PrincipalResolver | undefined): Promise<Principal | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = resolver ? resolver.resolve(request) : Promise.resolve(null);
    cache.set(request, pending);
  }
  return pending;
}

export function hasRole(principal: Principal, ...roles: RoleName[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
