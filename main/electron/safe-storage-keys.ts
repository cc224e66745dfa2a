import type { SafeStorage } from 'electron';
import { fileKeys, type SecretKeys } from '../platform/secret-keys';

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
