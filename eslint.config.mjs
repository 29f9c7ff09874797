// Lint: typescript-eslint's recommended rules, React hooks, import cycles, and DESIGN.md's layer table as import bans.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node-only and UI modules the pure engine must never import. */
const outsideEngine = [
  'react',
  'react-dom',
  'react-dom/*',
  '@fluentui/*',
  'exceljs',
  'jszip',
  'fflate',
  'saxes',
  'commander',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
];

/**
 * The engine's stages and the stages each may import: one way, lowest first (DESIGN.md's layer table as it holds;
 * grid reads number formats through interval). rules and recompute stand side by side on relations: recompute never
 * imports rules (the facade and reports, above both, hand it the cells the check blames).
 */
const STAGES = {
  interval: [],
  grid: ['interval'],
  formula: ['interval'],
  findings: ['grid'],
  model: ['findings', 'grid', 'interval'],
  detect: ['findings', 'grid', 'interval', 'model'],
  read: ['detect', 'grid', 'interval', 'model'],
  relations: ['findings', 'formula', 'grid', 'interval', 'model'],
  rules: ['findings', 'formula', 'grid', 'interval', 'model', 'relations'],
  recompute: ['findings', 'formula', 'grid', 'interval', 'model', 'read', 'relations'],
  reports: ['findings', 'formula', 'grid', 'interval', 'model', 'read', 'recompute', 'relations', 'rules'],
};

const stageRules = Object.entries(STAGES).map(([stage, allowed]) => {
  const banned = Object.keys(STAGES).filter((s) => s !== stage && !allowed.includes(s));
  return {
    files: [`src/engine/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outsideEngine, message: 'src/engine is pure: no Office, DOM, Node or UI imports.' },
            { regex: '(^|/)(workbook|taskpane|cli|commands)(/|$)', message: 'The engine never imports its shells or adapters.' },
            ...(banned.length > 0
              ? [
                  {
                    regex: `^\\.\\./(${banned.join('|')})(/|$)`,
                    message: `${stage} may import only ${allowed.join(', ') || 'nothing'} among the engine's stages.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
});

/** Shells and adapters reach the engine through its two facades only: `engine` (index) and `engine/edge`. */
const engineFacadesOnly = {
  regex: '(^|/)engine/(?!(index|edge)$)',
  message: 'Import the engine through its facade (engine) or its edge helpers (engine/edge), not its stages.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'test/e2e/__screenshots__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // Without these import-x parses no TypeScript dependency, and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            { group: outsideEngine, message: 'src/engine is pure: no Office, DOM, Node or UI imports.' },
            { regex: '(^|/)(workbook|taskpane|cli|commands)(/|$)', message: 'The engine never imports its shells or adapters.' },
          ],
        },
      ],
    },
  },
  ...stageRules,
  {
    files: ['src/cli/**/*.ts', 'src/workbook/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [engineFacadesOnly] }] },
  },
  {
    files: ['src/taskpane/components/**/*.tsx', 'src/taskpane/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            engineFacadesOnly,
            { regex: '(^|/)workbook(/|$)', message: 'Components get actions as props and never touch a workbook adapter.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workbook/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            engineFacadesOnly,
            { regex: '(^|/)office(/|$)', message: 'The .xlsx adapter never imports the Office adapter.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
