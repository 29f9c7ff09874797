import { deserialize, serialize } from 'node:v8';

/**
 * jsdom's global has no structuredClone, which the fixtures' `variant` uses while their module loads: imported before
 * a fixture, this gives it Node's (v8's serializer is the structured clone algorithm).
 */
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
