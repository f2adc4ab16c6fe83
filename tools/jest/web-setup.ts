import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

// findBy*/waitFor wait up to 5 s (default 1 s): a lazy route's first import is transformed on the
// fly by jest, which takes longer than a second on a loaded two-core CI machine.
configure({ asyncUtilTimeout: 5000 });

// react-router reads these at import time; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Mantine reads these browser APIs, which jsdom does not implement.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
const noop = (): void => undefined;
class ResizeObserverStub {
  observe = noop;
  unobserve = noop;
  disconnect = noop;
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
