import { describe, expect, it } from 'vitest';
import { tileOrigin } from './tiles';

describe('tileOrigin', () => {
  it('reads the origin of a tile URL template', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('http://{s}.tiles.example:8080/{z}/{x}/{y}.png')).toBe(
      'http://*.tiles.example:8080',
    );
  });

  it('is null for something that is not an http(s) URL', () => {
    expect(tileOrigin('not a url')).toBeNull();
    expect(tileOrigin('javascript:alert(1)')).toBeNull();
  });
});
