import type { SafeStorage } from 'electron';
import { fileKeys, type SecretKeys } from '../platform/secret-keys';
import type { TokenSeal } from '../services/sync/token-store';

/**
 * The backend's secret keys sealed with the platform's secret store (Keychain, DPAPI, libsecret) through Electron's
 * safeStorage, in files beside the store. Call after `app` is ready; without encryption available, the keys are kept
 * as plain 0600 files, as in the browser host.
 */
export function safeStorageKeys(folder: string, safeStorage: SafeStorage): SecretKeys {
  if (!safeStorage.isEncryptionAvailable()) return fileKeys(folder);
  return fileKeys(folder, {
    seal: (key) => safeStorage.encryptString(key.toString('base64')),
    open: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  });
}

/** The council token sealed the same way (null without encryption: the browser host's 0600 file, said so). */
export function safeStorageTokenSeal(safeStorage: SafeStorage): TokenSeal | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    seal: (token) => safeStorage.encryptString(token),
    open: (sealed) => safeStorage.decryptString(sealed),
    description: 'encrypted with this computer’s secret store (the one the operating system keeps for your account)',
  };
}
