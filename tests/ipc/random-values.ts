/**
 * Deterministic generator of hostile arguments for the IPC fuzz test: random
 * JSON-ish values, values IPC can carry that JSON cannot (NaN, BigInt, Date,
 * Map, typed arrays), huge strings, prototype-pollution keys, deep nesting,
 * and near-misses built from a valid argument.
 */
export type Random = () => number;

/** mulberry32: small seeded PRNG so a failure can be replayed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'language',
  'file',
  'name',
  'phone',
  'beds',
  'residential',
  'arg',
  'then',
  '',
  ' ',
  '0',
  'length',
];

const STRINGS = [
  '',
  ' ',
  'zh-CN',
  'en',
  'EN',
  'zh',
  'null',
  'undefined',
  'true',
  '{}',
  '[]',
  '../core.json',
  '..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'file:///etc/passwd',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '<script>alert(1)</script>',
  "'; DROP TABLE people; --",
  '${process.exit()}',
  '{{constructor.constructor}}',
  '青山镇',
  '𠜎𠜱𠝹',
  'x.care-backup.json.gz',
  '20260101-000000-manual.care-backup.json.gz',
];

function randomString(rnd: Random): string {
  const roll = rnd();
  if (roll < 0.5) return pick(rnd, STRINGS);
  if (roll < 0.55)
    return pick(rnd, ['x', '青', '\u0000', 'ab']).repeat(100_000 + Math.floor(rnd() * 1_000_000));
  const length = Math.floor(rnd() * 40);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(rnd() * 0xffff));
  return out;
}

function randomNumber(rnd: Random): number {
  return pick(rnd, [
    0,
    -0,
    1,
    -1,
    0.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 1,
    1e308,
    -1e-308,
    Math.floor(rnd() * 1e9) - 5e8,
  ]);
}

function randomExotic(rnd: Random): unknown {
  return pick(rnd, [
    () => 10n ** 30n,
    () => new Date(Number.NaN),
    () => new Date(),
    () => new Map([['language', 'en']]),
    () => new Set(['en']),
    () => new Uint8Array(16),
    () => /regex/g,
    () => new Error('boom'),
    () => Object.create(null) as object,
  ])();
}

function pollutedObject(rnd: Random): unknown {
  const json = pick(rnd, [
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"language":"en","__proto__":{"polluted":true}}',
    '{"file":"x.care-backup.json.gz","__proto__":{"isAdmin":true}}',
    '{"__proto__":null}',
  ]);
  return JSON.parse(json) as unknown;
}

function deepNest(rnd: Random): unknown {
  const depth = 100 + Math.floor(rnd() * 5000);
  let value: unknown = pick(rnd, [null, 'leaf', 1]);
  const asArray = rnd() < 0.5;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { [pick(rnd, KEYS)]: value };
  return value;
}

export function randomValue(rnd: Random, depth = 0): unknown {
  const roll = rnd();
  if (depth > 4 || roll < 0.35) {
    return pick(rnd, [
      () => null,
      () => undefined,
      () => rnd() < 0.5,
      () => randomNumber(rnd),
      () => randomString(rnd),
      () => randomExotic(rnd),
    ])();
  }
  if (roll < 0.5) return Array.from({ length: Math.floor(rnd() * 6) }, () => randomValue(rnd, depth + 1));
  if (roll < 0.6) return pollutedObject(rnd);
  if (roll < 0.65) return deepNest(rnd);
  if (roll < 0.68) return Array.from({ length: 50_000 }, () => 0);
  const object: Record<string, unknown> = {};
  const count = Math.floor(rnd() * 6);
  for (let i = 0; i < count; i++) {
    Object.defineProperty(object, pick(rnd, KEYS), {
      value: randomValue(rnd, depth + 1),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return object;
}

/** A valid argument with one thing broken: a field retyped, removed, or replaced. */
export function nearMiss(rnd: Random, valid: unknown): unknown {
  if (typeof valid !== 'object' || valid === null) return randomValue(rnd);
  const copy: Record<string, unknown> = structuredClone(valid) as Record<string, unknown>;
  const keys = Object.keys(copy);
  let target: Record<string, unknown> = copy;
  let key = pick(rnd, keys);
  const nested = target[key];
  if (rnd() < 0.3 && typeof nested === 'object' && nested !== null && !Array.isArray(nested)) {
    target = nested as Record<string, unknown>;
    key = pick(rnd, Object.keys(target));
  }
  const roll = rnd();
  if (roll < 0.2) delete target[key];
  else target[key] = randomValue(rnd);
  return copy;
}
