import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@ensemble/api/core';

/**
 * Starts loading, through the request's DataLoaders, what a field of a profile's owner will ask for.
 * `selected` holds the names of the fields the client selected on the owner (person or viewer).
 * It must not wait for anything and must not decide what anyone may see: the field resolvers still
 * load (from the primed cache) and apply every rule.
 */
export type ProfilePrefetcher = (
  context: GraphQLRequestContext,
  ownerId: string,
  selected: ReadonlySet<string>,
) => void;

/**
 * Lets other domains start their statements for a profile page while the people domain loads the
 * page's owner, so those statements run side by side instead of after it. A domain that adds fields to
 * Person registers a prefetcher for them (in its module's or resolver's onModuleInit).
 */
@Injectable()
export class ProfilePrefetchRegistry {
  private readonly prefetchers: ProfilePrefetcher[] = [];

  register(prefetcher: ProfilePrefetcher): void {
    this.prefetchers.push(prefetcher);
  }

  prefetch(context: GraphQLRequestContext, ownerId: string, selected: ReadonlySet<string>): void {
    for (const prefetcher of this.prefetchers) prefetcher(context, ownerId, selected);
  }
}

/** A prefetch is never awaited: its failure reaches the client through the field that loads it. */
export function prefetched(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}
