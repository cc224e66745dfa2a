import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleMockFiles } from '@test/module-mock-files';

const root = fileURLToPath(new URL('../..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

// The tests share loaded modules between files, so a file that mocks a module must run apart.
describe('the node tests that mock a module', () => {
  it('run apart with fresh modules: every file calling vi.mock is listed, and every listed file calls it', () => {
    const mocking = [...testFiles(join(root, 'test')), ...testFiles(join(root, 'council'))]
      .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(join(root, file), 'utf8')))
      .sort();
    expect(mocking).toEqual([...moduleMockFiles].sort());
  });
});
