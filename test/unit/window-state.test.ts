import { restoreBounds } from '@main/services/window-state';
import { describe, expect, it } from 'vitest';

describe('window position', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  it('keeps saved bounds that are still on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });
  it('centres the window when its monitor is gone', () => {
    expect(restoreBounds({ x: 3000, y: 0, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 120,
      y: 50,
      width: 1200,
      height: 800,
    });
  });
  it('never restores below the minimum size', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 200, height: 100 }, [laptop])).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});
