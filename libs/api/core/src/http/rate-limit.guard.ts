import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { attachedPrincipal } from '../auth/access.decorators';
import { RateLimits, addressClient, personClient, type RateLimitName } from './rate-limits';

const RATE_LIMIT_KEY = 'ensemble:rate-limit';

/**
 * Counts each request to this REST route against a per-client budget (RATE_LIMIT_*_PER_MINUTE),
 * before the handler reads or stores anything. GraphQL has its own (the rate-limit plugin).
 */
export const RateLimit = (budget: Exclude<RateLimitName, 'graphql'>) => SetMetadata(RATE_LIMIT_KEY, budget);

/**
 * Global guard, after the AccessGuard: the client is the signed-in person when the route needs one
 * (the AccessGuard has found them), otherwise the client's address. A spent budget answers 429 with
 * Retry-After (HttpErrorFilter).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RateLimits) private readonly rateLimits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'http') return true;
    const budget = this.reflector.get<Exclude<RateLimitName, 'graphql'> | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!budget) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const principal = attachedPrincipal(request);
    await this.rateLimits.enforce(budget, principal ? personClient(principal.personId) : addressClient(request));
    return true;
  }
}
