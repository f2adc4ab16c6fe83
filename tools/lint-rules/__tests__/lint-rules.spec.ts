import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import ensemble from '../index.mjs';

// RuleTester registers its cases with jest's describe/it; the TypeScript parser reads decorators.
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

describe('ensemble/resolver-access-declared', () => {
  tester.run('resolver-access-declared', ensemble.rules['resolver-access-declared'], {
    valid: [
      { name: 'access on the method', code: `class R { @Authenticated() @Query(() => Person) viewer() {} }` },
      { name: 'roles on the method', code: `class R { @Roles('hr') @Mutation(() => Boolean) erase() {} }` },
      { name: 'public on the method', code: `class R { @Query(() => String) @Public() health() {} }` },
      {
        name: 'access on the class',
        code: `@Authenticated() @Resolver(() => Person) class R { @ResolveField(() => String) name() {} }`,
      },
      {
        name: 'subscription with roles on the class',
        code: `@Roles('admin') class R { @Subscription(() => Event) events() {} }`,
      },
      { name: 'a bare decorator counts', code: `class R { @Public @Query(() => String) ping() {} }` },
      {
        name: 'methods that are not operations need nothing',
        code: `@Resolver() class R { helper() {} @Injectable() other() {} }`,
      },
      { name: 'a plain class is left alone', code: `class Service { find() {} }` },
    ],
    invalid: [
      {
        name: 'query without access',
        code: `@Resolver() class R { @Query(() => Person) viewer() {} }`,
        errors: [{ messageId: 'missing', data: { name: 'viewer' } }],
      },
      {
        name: 'mutation, only another decorator on the class',
        code: `@Injectable() class R { @Mutation(() => Boolean) @UseGuards(X) join() {} }`,
        errors: [{ messageId: 'missing', data: { name: 'join' } }],
      },
      {
        name: 'field resolver and subscription, each reported',
        code: `class R { @ResolveField(() => String) name() {} @Subscription(() => Event) events() {} @Authenticated() @Query(() => String) ok() {} }`,
        errors: [
          { messageId: 'missing', data: { name: 'name' } },
          { messageId: 'missing', data: { name: 'events' } },
        ],
      },
      {
        name: 'the message says what to add',
        code: `class R { @Query() people() {} }`,
        errors: [
          {
            message:
              "GraphQL resolver 'people' does not declare who may call it: add @Authenticated(), @Roles(...) or @Public() to the method or its class.",
          },
        ],
      },
    ],
  });
});

describe('ensemble/field-resolver-positional', () => {
  tester.run('field-resolver-positional', ensemble.rules['field-resolver-positional'], {
    valid: [
      {
        name: 'positional parameters',
        code: `class R { @ResolveField(() => String) name(person: Person, _args: NoArgs, context: Ctx) {} }`,
      },
      { name: 'no parameters', code: `class R { @ResolveField(() => Int) count() {} }` },
      {
        name: 'with @Args the decorators stay (the validation pipe checks them)',
        code: `class R { @ResolveField(() => [Skill]) skills(@Parent() p: Person, @Args('first') first: number) {} }`,
      },
      {
        name: 'not a field resolver',
        code: `class R { @Query(() => Person) viewer(@Context() ctx: Ctx) {} }`,
      },
    ],
    invalid: [
      {
        name: '@Parent without @Args',
        code: `class R { @ResolveField(() => String) name(@Parent() person: Person) {} }`,
        errors: [{ messageId: 'decorated', data: { name: 'name', parent: 'person' } }],
      },
      {
        name: '@Context without @Args',
        code: `class R { @ResolveField(() => Boolean) isViewer(project: Project, _args: NoArgs, @Context() context: Ctx) {} }`,
        errors: [{ messageId: 'decorated', data: { name: 'isViewer', parent: 'project' } }],
      },
      {
        name: 'a destructured parent is named parent in the message',
        code: `class R { @ResolveField(() => String) title(@Parent() { title }: Project) {} }`,
        errors: [
          {
            message:
              "Field resolver 'title' has no @Args(): declare it as (parent, _args: NoArgs, context: GraphQLRequestContext) without parameter decorators (signedIn(context) for the signed-in person), so that Nest calls it directly.",
          },
        ],
      },
    ],
  });
});
