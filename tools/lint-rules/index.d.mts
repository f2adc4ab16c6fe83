// Types for the workspace ESLint rules (index.mjs), so that TypeScript tests can import them.
import type { Rule } from 'eslint';

declare const ensemble: {
  rules: { 'resolver-access-declared': Rule.RuleModule; 'field-resolver-positional': Rule.RuleModule };
};
export default ensemble;
