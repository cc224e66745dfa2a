// ESLint flat config. Passed with -c from package.json so the project root stays as design.md fixes it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Layer rules are allow-lists (design.md): an import is refused unless its layer names it below. Each entry is a
// regular expression over the import specifier. Relative imports stay within a folder's neighbourhood (at most one
// `../`); anything further goes through a path alias, so a climb into another layer is always visible.
const RELATIVE = String.raw`\.\.?/(?!\.\./)`;
const allowOnly = (allowed, message, ...more) => [
  'error',
  { patterns: [{ regex: `^(?!(${[RELATIVE, ...allowed].join('|')}))`, message }, ...more] },
];

const SHARED = [String.raw`zod$`, String.raw`@shared/`];
// The page's own packages: React, routing, queries, virtual lists, charts, and the shared contract.
const RENDERER = [
  ...SHARED,
  String.raw`@renderer/`,
  String.raw`react$`,
  String.raw`react/`,
  String.raw`react-dom(/|$)`,
  String.raw`react-router$`,
  String.raw`@tanstack/react-query$`,
  String.raw`@tanstack/react-virtual$`,
  String.raw`recharts$`,
];
// The privileged side may use Node and its listed packages, never the renderer or electron (outside its two folders).
const MAIN_PACKAGES = [
  ...SHARED,
  String.raw`@main/`,
  String.raw`node:`,
  String.raw`better-sqlite3$`,
  String.raw`kysely(/|$)`,
  String.raw`@node-rs/argon2$`,
  String.raw`@zxcvbn-ts/`,
  String.raw`@date-fns/tz$`,
  String.raw`date-fns(/|$)`,
  String.raw`papaparse$`,
  String.raw`pdf-lib$`,
  String.raw`saxes$`,
  String.raw`uqr$`,
  String.raw`uuid$`,
  String.raw`highs$`,
];
const ELECTRON = [...MAIN_PACKAGES, String.raw`electron$`];
// The council's own service: shared/, its own code, Node and its few packages; never the branch app's main/.
const COUNCIL = [
  ...SHARED,
  String.raw`@council/`,
  String.raw`node:`,
  String.raw`better-sqlite3$`,
  String.raw`pg$`,
  String.raw`kysely(/|$)`,
  String.raw`@node-rs/argon2$`,
  String.raw`@zxcvbn-ts/language-common$`,
  String.raw`papaparse$`,
];

// Where SQL lives (README, layout): each domain's service files own their queries. main/db holds only the store
// (open-database), the migrations and their runner, and schema.ts, so nothing else there may be imported, and no
// repository layer can grow back. Handler files and the rpc layer never build queries: they read the context and call
// services.
const DB_ONLY_STORE = {
  regex: String.raw`(^|/)db/(?!(schema|open-database|migrat[a-z-]*)(/|$))`,
  message: 'main/db holds only open-database, the migrations and schema.ts: queries live in the domain services.',
};
const QUERY_BUILDERS = ['selectFrom', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto'];
const NO_QUERIES = [
  {
    selector: `CallExpression[callee.property.name=/^(${QUERY_BUILDERS.join('|')})$/]`,
    message: 'Queries live in the domain services (main/services/<domain>/), not in handlers or the rpc layer.',
  },
  {
    selector: "CallExpression[callee.property.name='transaction']",
    message: 'A service owns its transaction: move the work into a service function.',
  },
];
const KYSELY_MESSAGE = 'Handlers and the rpc layer do not build SQL: call the domain service.';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      '**/*.d.ts',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty-pattern': 'off',
      // Prettier wraps code at 120; this catches what it cannot wrap (long strings and comments).
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': allowOnly(
        RENDERER,
        'renderer/ runs in the page: only the renderer, @shared/ and its listed UI packages.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': allowOnly(SHARED, 'shared/ runs anywhere: it imports only zod and shared/.') },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/preload/**'],
    rules: {
      'no-restricted-imports': allowOnly(
        MAIN_PACKAGES,
        'main/ imports shared/, main/, Node and its listed packages; ' +
          'only main/electron/ and main/preload/ import electron.',
        DB_ONLY_STORE,
      ),
    },
  },
  {
    // The rpc layer names the store's type in BackendDeps (a type import cannot run SQL), but builds no queries.
    files: ['main/rpc/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: KYSELY_MESSAGE, allowTypeImports: true }] },
      ],
      'no-restricted-syntax': ['error', ...NO_QUERIES],
    },
  },
  {
    // Handler files only read the context and call services: no Kysely, no store handle, no transaction.
    files: ['main/services/**/*-handlers.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', message: KYSELY_MESSAGE }],
          patterns: [{ regex: '^kysely/', message: KYSELY_MESSAGE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...NO_QUERIES,
        {
          selector:
            "MemberExpression[property.name='db'][object.property.name='deps'], " +
            "VariableDeclarator[init.property.name='deps'] > ObjectPattern > Property[key.name='db']",
          message: 'Handlers pass the context (or ctx.deps) to a service; the service uses the store.',
        },
      ],
    },
  },
  {
    // The bench runner lives with the other tools but runs the suites kept in test/bench.
    files: ['main/tools/**/*.ts'],
    rules: {
      'no-restricted-imports': allowOnly(
        [...MAIN_PACKAGES, String.raw`@test/bench/`],
        'main/tools may also import the benches.',
        DB_ONLY_STORE,
      ),
    },
  },
  {
    files: ['main/electron/**/*.ts', 'main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': allowOnly(
        ELECTRON,
        'The Electron host imports shared/, main/, Node and electron.',
        DB_ONLY_STORE,
      ),
    },
  },
  {
    // One clock (design.md): pages, shared rules and services never read the machine's clock for "now"; they take it
    // from the backend's injected clock (ctx.deps.clock; clock.now and useToday/useNow in the renderer).
    files: ['renderer/src/**/*.{ts,tsx}', 'shared/**/*.ts', 'main/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take "now" from the backend clock (ctx.deps.clock, or useNow/useToday in the renderer).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take "now" from the backend clock (ctx.deps.clock, or useNow/useToday in the renderer).',
        },
      ],
    },
  },
  {
    files: ['council/**/*.ts'],
    rules: {
      'no-restricted-imports': allowOnly(
        COUNCIL,
        "council/ is the council's own service: it imports shared/, council/, Node and its listed packages only.",
      ),
    },
  },
  {
    // Tests may reach every layer, but still through aliases rather than long relative climbs.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: String.raw`^\.\./\.\./`, message: 'Use a path alias (@main/, @shared/, @test/...).' }] },
      ],
    },
  },
  {
    files: ['main/tools/**/*.mjs', 'test/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
