import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type Principal } from '@ensemble/api/core';
import { NotificationsService } from './notifications.service';
import { MarkNotificationsReadArgs, NotificationConnection, NotificationsArgs } from './notifications.types';

@Resolver()
@Authenticated()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  notifications(@CurrentUser() principal: Principal, @Args() { first, after, unreadOnly }: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(principal.personId, first, after, unreadOnly);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (all when ids is omitted); returns how many changed.' })
  markNotificationsRead(@CurrentUser() principal: Principal, @Args() { ids }: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(principal.personId, ids ?? null);
  }
}
