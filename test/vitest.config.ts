import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { moduleMockFiles } from './module-mock-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeFiles = [
  'test/unit/**/*.test.ts',
  'test/integration/**/*.test.ts',
  'test/contract/**/*.test.ts',
  'council/**/*.test.ts',
];

// One config, several projects: node-side layers run in node, component tests in jsdom.
export default defineConfig({
  root,
  plugins: [react()],
  // The path aliases are declared once, in tsconfig.json.
  resolve: { tsconfigPaths: true },
  test: {
    // Vitest's default leaves one core to itself, which on the 2-core CI machine ran the files one at a time while
    // the main process sat mostly idle; every core runs a file instead.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeFiles,
          exclude: [...configDefaults.exclude, ...moduleMockFiles],
          // Each worker keeps the modules it has loaded from one file to the next: loading the backend afresh for
          // every file was a quarter of the run. A file that replaces a module (vi.mock) needs its own fresh
          // modules, so those run in the project below.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node-module-mocks',
          environment: 'node',
          include: moduleMockFiles,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // As the node tests: loading the renderer afresh for every file only costs time (no file mocks a module).
          isolate: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
