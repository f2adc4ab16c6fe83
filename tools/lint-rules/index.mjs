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

export default { rules: { 'resolver-access-declared': resolverAccessDeclared } };
