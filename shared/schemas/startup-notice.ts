import { z } from 'zod';

/** Something main had to do at start-up that the admin must hear about, e.g. a data file moved aside. */
export const startupNoticeSchema = z.object({
  id: z.string(),
  title: z.string(),
  message: z.string(),
  backupPath: z.string().optional(),
});
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

export const noticeIdSchema = z
  .object({ id: z.string().min(1, 'Notice: the notice id is missing.').max(200) })
  .strict();
