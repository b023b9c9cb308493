import type { Position } from './types';

/**
 * Throws unless `value` is a `[lng, lat]` pair of finite numbers within -180..180 and
 * -90..90. The message names the function and the argument, and says when the pair
 * looks swapped.
 * @param value what was passed
 * @param name the argument's name, e.g. `'point'`
 * @param fn the calling function's name, e.g. `'findRegionOf'`
 */
export function assertPosition(
  value: unknown,
  name: string,
  fn: string,
): asserts value is Position {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new Error(`${fn}: ${name} must be a [lng, lat] pair, got ${describe(value)}`);
  }
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng) || !isFinite(lat)) {
    throw new Error(`${fn}: ${name} must be two finite numbers [lng, lat], got ${describe(value)}`);
  }
  if (lat < -90 || lat > 90) {
    const hint = Math.abs(lng) <= 90 ? ' — are lng/lat swapped?' : '';
    throw new Error(`${fn}: ${name} latitude ${lat} is out of range (-90..90)${hint}`);
  }
  if (lng < -180 || lng > 180) {
    throw new Error(`${fn}: ${name} longitude ${lng} is out of range (-180..180)`);
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
