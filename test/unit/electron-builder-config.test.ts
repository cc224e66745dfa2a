import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// js-yaml comes with electron-builder (which reads the same file with it) and ships no types.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
// The scheme uses a few annotation keywords Ajv does not know; strict mode would reject the schema itself.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own JSON schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets every fuse security.md asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('does not rebuild the N-API modules, and unpacks them from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    const unpack = (config.asarUnpack as string[]).join(' ');
    expect(unpack).toContain('better-sqlite3');
    expect(unpack).toContain('@node-rs/argon2');
  });

  it('names the app and ships only the build output', () => {
    expect(config.appId).toBe('org.neighbourhoodhub.app');
    expect(config.productName).toBe('Neighbourhood Hub');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('installs per machine on Windows, names the .deb maintainer, and gives every platform a 1024 px icon', () => {
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    const linux = config.linux as { maintainer?: string; icon?: string };
    expect(linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    for (const platform of ['win', 'mac', 'linux'])
      expect((config[platform] as { icon?: string }).icon, platform).toBe('build/icon.png');
    // A PNG's width and height are the big-endian words at bytes 16 and 20; the .icns needs at least 512 px.
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('fails validation for a misspelt option (the schema check has teeth)', () => {
    expect(validate({ ...config, electronFuses: { runAsNodee: false } })).toBe(false);
  });
});
