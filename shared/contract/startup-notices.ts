import { z } from 'zod';

import { noticeIdSchema, startupNoticeSchema } from '../schemas/startup-notice';
import { type ChannelGroup, noInput } from './channel';

/** What PortDesk found at start-up (a file it could not read and set aside). */
export const startupNoticeChannels = {
  getStartupNotices: { input: noInput, output: z.array(startupNoticeSchema) },
  dismissStartupNotice: { input: noticeIdSchema, output: z.array(startupNoticeSchema) },
  revealStartupNoticeBackup: { input: noticeIdSchema, output: z.boolean() },
} as const satisfies ChannelGroup;
