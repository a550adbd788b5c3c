import { z } from 'zod';

export const appInfoSchema = z.object({
  version: z.string(),
  dataFolder: z.string(),
  /** 'electron' in the app; 'browser-test' when the renderer runs in plain Chromium under test. */
  runtime: z.enum(['electron', 'browser-test']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
