import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each page waits on the backend, and signing in hashes a password (Argon2) on purpose slowly: on a busy machine that
// takes seconds, so the find* queries wait up to ten before they fail (they return as soon as the element is there).
configure({ asyncUtilTimeout: 10_000 });

// jsdom does no layout, so a virtualised list would think its viewport is 0 px tall and render no rows.
// Give every element a desktop-sized box; the tests then see the rows a person would see.
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1200 });
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: 800,
    right: 1200,
    width: 1200,
    height: 800,
    toJSON: () => ({}),
  } as DOMRect;
};

afterEach(() => cleanup());
