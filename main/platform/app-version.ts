/**
 * This app's version, written into backups. It must equal package.json's `version` (main may not import package.json
 * under the layer rules); test/unit/backup/app-version.test.ts fails when they differ.
 */
export const APP_VERSION = '0.1.0';
