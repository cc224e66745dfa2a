/**
 * The test files that replace a module with vi.mock. The node and component tests share loaded modules between
 * files (isolate: false in vitest.config.ts), so a mock would leak into the next file's modules: these files run
 * apart, each with fresh modules. test/unit/module-mock-files.test.ts fails when a file starts mocking a module and
 * is not listed.
 */
export const moduleMockFiles = [
  'test/integration/auth/throttle.test.ts',
  'test/integration/electron-main.test.ts',
  'test/integration/electron-recover.test.ts',
];
