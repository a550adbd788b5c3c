import { z } from 'zod';

export const windowStateSchema = z.object({
  bounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
    })
    .optional(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;
export type Rect = NonNullable<WindowState['bounds']>;

export const defaultWindowState: WindowState = { maximized: false };
export const minimumWindowSize = { width: 900, height: 600 };
const preferredSize = { width: 1200, height: 800 };

/**
 * The bounds to open the window with: the saved ones when they still sit on a
 * display (a monitor may have been unplugged), else a default size centred on the
 * primary display's work area.
 */
export function restoreBounds(saved: Rect | undefined, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...preferredSize };
  if (saved && workAreas.some((area) => visibleArea(saved, area) >= 100 * 100)) {
    return {
      ...saved,
      width: Math.max(saved.width, minimumWindowSize.width),
      height: Math.max(saved.height, minimumWindowSize.height),
    };
  }
  const width = Math.min(preferredSize.width, primary.width);
  const height = Math.min(preferredSize.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}

function visibleArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
