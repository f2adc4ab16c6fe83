import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { principalOf } from '../auth/principal';
import { RateLimits, addressClient, personClient, type RateLimitName } from './rate-limits';

const RATE_LIMIT_KEY = 'ensemble:rate-limit';

type RouteBudget = Exclude<RateLimitName, 'graphql'>;

/** Route budgets whose client is the signed-in person (their address when nobody is). */
const PER_PERSON: ReadonlySet<RouteBudget> = new Set<RouteBudget>(['avatarUpload']);

/**
 * Counts each request to this REST route against a per-client budget (RATE_LIMIT_*_PER_MINUTE) before
 * the handler reads or stores anything: sign-in start and the ACS by address, the avatar upload by
 * person. GraphQL has its own (graphql/rate-limit.ts).
 */
export const RateLimit = (budget: RouteBudget) => SetMetadata(RATE_LIMIT_KEY, budget);

/**
 * Global guard, before the AccessGuard, for REST routes marked @RateLimit. The session lookup a per-person
 * budget waits for is the one the AccessGuard makes next (principalOf caches it per request). A spent
 * budget answers 429 with Retry-After (HttpErrorFilter).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RateLimits) private readonly rateLimits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'http') return true;
    const budget = this.reflector.get<RouteBudget | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!budget || !this.rateLimits.enabled(budget)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const principal = PER_PERSON.has(budget) ? await principalOf(request, this.rateLimits.principals) : null;
    await this.rateLimits.enforce(budget, principal ? personClient(principal.personId) : addressClient(request));
    return true;
  }
}
