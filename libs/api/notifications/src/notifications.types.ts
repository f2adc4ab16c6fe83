import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs, PageInfo } from '@ensemble/api/core';

@ObjectType()
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable kind, e.g. saved_search.new_matches.' }) kind!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'A path in the app.' }) link!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field() cursor!: string;
  @Field(() => Notification) node!: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges!: NotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) unreadCount!: number;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Which to mark read; omit for all.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'at most 100 ids at once' })
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}
