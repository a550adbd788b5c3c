import type { ChannelName } from '@shared/contract';

type StartReplies = Partial<Record<ChannelName, Promise<unknown>>>;

/**
 * The replies `public/start-requests.js` asked main for as the page began to load, before this
 * bundle had arrived. Each is taken once, by the first call of its channel (api.ts), as the
 * bundle starts (main.tsx), and nothing can have changed them before; `endStartReplies` then
 * drops any left, so that no later first call gets a reply from the page's start.
 */
let replies = (window as { portdeskStartReplies?: StartReplies }).portdeskStartReplies;

/** Whether a reply asked for at start on `channel` is still waiting to be taken. */
export function hasStartReply(channel: ChannelName): boolean {
  return replies?.[channel] !== undefined;
}

/** The reply asked for at start on `channel`, the first time it is asked for; else undefined. */
export function takeStartReply(channel: ChannelName): Promise<unknown> | undefined {
  if (!replies) return undefined;
  const reply = replies[channel];
  delete replies[channel];
  return reply;
}

/** The start is over (main.tsx has made its first calls): every later call asks main. */
export function endStartReplies(): void {
  if (replies) for (const channel of Object.keys(replies)) delete replies[channel as ChannelName];
  replies = undefined;
}
