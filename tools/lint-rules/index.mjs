// Workspace ESLint rules.
//
// resolver-access-declared: every GraphQL operation (@Query, @Mutation, @Subscription, @ResolveField)
// must say who may call it, with @Public(), @Authenticated() or @Roles(...) on the method or its
// class. The global guard denies by default, so a forgotten decorator fails closed at run time; this
// rule makes the access policy visible in review instead of implicit.
const OPERATION_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);
const ACCESS_DECORATORS = new Set(['Public', 'Authenticated', 'Roles']);

function decoratorName(decorator) {
  const expr = decorator.expression;
  if (expr.type === 'CallExpression' && expr.callee.type === 'Identifier') return expr.callee.name;
  if (expr.type === 'Identifier') return expr.name;
  return undefined;
}

const resolverAccessDeclared = {
  meta: {
    type: 'problem',
    docs: { description: 'Every GraphQL resolver method declares its access policy' },
    messages: {
      missing:
        "GraphQL resolver '{{name}}' does not declare who may call it: add @Authenticated(), @Roles(...) or @Public() to the method or its class.",
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        if (!names.some((n) => OPERATION_DECORATORS.has(n))) return;
        if (names.some((n) => ACCESS_DECORATORS.has(n))) return;
        const classNode = node.parent?.parent;
        const classNames = (classNode?.decorators ?? []).map(decoratorName);
        if (classNames.some((n) => ACCESS_DECORATORS.has(n))) return;
        context.report({ node: node.key, messageId: 'missing', data: { name: node.key.name ?? '?' } });
      },
    };
  },
};

// field-resolver-positional: a @ResolveField without GraphQL arguments takes (parent, _args: NoArgs,
// context) without parameter decorators. @nestjs/graphql calls such a method directly; a decorated one
// goes through its per-call context creator (parameter pipes, an interceptor chain: several promises
// per field per row of a page), which made up a third of a people search's CPU at concurrency 16
// (docs/adr/0010-synchronous-field-resolvers.md). Fields with @Args() keep their decorators, so that
// the validation pipe checks the arguments.
const fieldResolverPositional = {
  meta: {
    type: 'problem',
    docs: { description: 'Field resolvers without arguments take their parameters positionally' },
    messages: {
      decorated:
        "Field resolver '{{name}}' has no @Args(): declare it as ({{parent}}, _args: NoArgs, context: GraphQLRequestContext) without parameter decorators (signedIn(context) for the signed-in person), so that Nest calls it directly.",
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        if (!(node.decorators ?? []).some((decorator) => decoratorName(decorator) === 'ResolveField')) return;
        const params = node.value.params ?? [];
        const decorated = params.flatMap((param) => (param.decorators ?? []).map(decoratorName));
        if (!decorated.length || decorated.includes('Args')) return;
        const first = params[0];
        const parent = first?.type === 'Identifier' ? first.name : 'parent';
        context.report({ node: node.key, messageId: 'decorated', data: { name: node.key.name ?? '?', parent } });
      },
    };
  },
};

export default {
  rules: { 'resolver-access-declared': resolverAccessDeclared, 'field-resolver-positional': fieldResolverPositional },
};
