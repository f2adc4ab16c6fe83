import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { ACCESS_KEY, attachPrincipal, type AccessPolicy } from './access.decorators';
import { PRINCIPAL_RESOLVER, hasRole, principalOf, type PrincipalResolver } from './principal';
import { requestOf } from './request-of';

/**
 * Global guard: every route and resolver is closed unless it declares @Public(). A handler without
 * any declaration needs a signed-in person (fail closed); the lint rule resolver-access-declared makes
 * resolvers say so explicitly.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(PRINCIPAL_RESOLVER) private readonly resolver?: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]) ?? { kind: 'authenticated' };
    if (policy.kind === 'public') return true;

    const request = requestOf(context);
    const principal = await principalOf(request, this.resolver);
    if (!principal) throw new UnauthenticatedError();
    attachPrincipal(request, principal);
    if (policy.kind === 'roles' && !hasRole(principal, ...policy.roles)) {
      throw new ForbiddenError(`This needs one of these roles: ${policy.roles.join(', ')}.`);
    }
    return true;
  }
}
