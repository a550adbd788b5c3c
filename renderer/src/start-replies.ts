import type { ChannelName } from '@shared/contract';

type StartReplies = Partial<Record<ChannelName, Promise<unknown>>>;

/**
 * The replies `public/start-requests.js` asked main for as the page began to load, before this
 * bundle had arrived. Each is taken once, by the first call of its channel (api.ts): the app's
 * first read of the settings or of the list, and nothing has changed them since.
 */
const replies = (window as { portdeskStartReplies?: StartReplies }).portdeskStartReplies;

/** Whether a reply asked for at start on `channel` is still waiting to be taken. */
export function hasStartReply(channel: ChannelName): boolean {
  return replies?.[channel] !== undefined;
}

/** The reply asked for at start on `channel`, the first time it is asked for; else undefined. */
export function takeStartReply(channel: ChannelName): Promise<unknown> | undefined {
  const reply = replies?.[channel];
  if (reply) delete replies[channel];
  return reply;
}
