// Lint (run by `npm test`): TypeScript's recommended rules, the rules of hooks, and the import
// direction of the app's layers (eslint/layers.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layers from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'public/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks poke at ECharts option objects, whose types are unions too wide to narrow in every assertion.
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'pipeline/**/*.ts'],
    plugins: { atlas: { rules: { layers } } },
    rules: { 'atlas/layers': 'error' },
  },
);
