/** The contract's channel names, made a module of its own when the preload and the renderer are built (electron.vite.config.ts). */
declare module 'virtual:portdesk-channel-names' {
  import type { ChannelName } from '@shared/contract';

  export const channelNames: readonly ChannelName[];
}
