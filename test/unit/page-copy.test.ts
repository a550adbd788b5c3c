import { copyForPage, isJsonExact } from '@tools/page-copy.cjs';
import { describe, expect, it } from 'vitest';

/** What the page gets back from a copy (the page side of the harness and the Electron double). */
function arrives(value: unknown): unknown {
  const reply = copyForPage(value);
  return 'json' in reply ? JSON.parse(reply.json) : reply.value;
}

function twice(): unknown {
  const shared = { a: 1 };
  return { x: shared, y: [shared] };
}

function cycle(): unknown {
  const value: Record<string, unknown> = { a: 1 };
  value['self'] = value;
  return value;
}

describe('copyForPage: the test transport of a reply from main to the page', () => {
  it('sends plain data as JSON text, which the page reads back equal', () => {
    const list = { ok: true, value: { orders: [{ id: 'a', steps: 7, done: null, tags: ['x'] }] } };
    expect(copyForPage(list)).toEqual({ json: JSON.stringify(list) });
    expect(arrives(list)).toEqual(list);
  });

  it.each([
    ['an undefined property', { a: 1, b: undefined }],
    ['an undefined in a list', [1, undefined]],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ['a hole in a list', [1, , 3]],
    ['a Date', { when: new Date(0) }],
    ['a Uint8Array', { bytes: new Uint8Array([1, 2]) }],
    ['NaN', { n: Number.NaN }],
    ['-0', { n: -0 }],
    ['a Map', new Map([['a', 1]])],
    ['a class instance', new (class Point {})()],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    // JSON.stringify calls any toJSON it finds, enumerable or not; a structured clone ignores it.
    [
      'a toJSON that is not enumerable',
      Object.defineProperty({ a: 1 }, 'toJSON', { value: () => 'x' }),
    ],
    ['a list with a toJSON', Object.assign([1], { toJSON: () => 'x' })],
    // Electron's copy keeps an object met twice one object (context_bridge's object cache); JSON makes two.
    ['an object met twice', twice()],
    ['a cycle', cycle()],
  ])('keeps %s out of JSON (JSON would change it), passing the value itself', (_, value) => {
    expect(isJsonExact(value)).toBe(false);
    expect(copyForPage(value)).toEqual({ value });
  });

  it('takes strings, numbers, booleans, null and null-prototype objects as JSON', () => {
    for (const value of ['', 'é "q"', 0, 1.5, -2, true, false, null, Object.create(null)])
      expect(isJsonExact(value)).toBe(true);
  });
});
