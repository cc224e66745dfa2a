import { readFileSync } from 'node:fs';

/** The council pages' one stylesheet (council.css beside this file): calm, GOV.UK-like, with a strong focus. */
export const COUNCIL_CSS = readFileSync(new URL('./council.css', import.meta.url), 'utf8');
