import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RoleName } from './principal';
import { requestOf } from './request-of';
import { UnauthenticatedError } from '../errors/domain-error';
import type { Principal } from './principal';

export const ACCESS_KEY = 'ensemble:access';

export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: RoleName[] };

/** Anyone, signed in or not (health checks, sign-in routes, metadata). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessPolicy);
/** Any signed-in person. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessPolicy);
/** Signed-in people holding at least one of these roles. */
export const Roles = (...roles: RoleName[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessPolicy);

const PRINCIPAL_KEY = Symbol('ensemble:principal');

export function attachPrincipal(request: object, principal: Principal): void {
  (request as Record<symbol, Principal>)[PRINCIPAL_KEY] = principal;
}

export function attachedPrincipal(request: object): Principal | undefined {
  return (request as Record<symbol, Principal | undefined>)[PRINCIPAL_KEY];
}

/**
 * The signed-in person of a request, as checked by the AccessGuard: what field resolvers, which take
 * their GraphQL context positionally (NoArgs), use in place of @CurrentUser().
 */
export function signedIn(context: { req: object }): Principal {
  const principal = attachedPrincipal(context.req);
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

/** The signed-in person, as checked by the AccessGuard. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => signedIn({ req: requestOf(context) }),
);
