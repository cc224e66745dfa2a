import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/contract/**/*.test.ts',
            'council/**/*.test.ts',
          ],
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
          testTimeout: 30_000,
        },
      },
    ],
  },
});
