// No zod here: the preload imports this file, and carries nothing but the channel names.

const wirePrefix = 'portdesk:';

/** The wire name of a channel; the prefix keeps ours apart from any Electron-internal one. */
export function channelId(name: string): string {
  return `${wirePrefix}${name}`;
}

/** The name behind a wire name, or undefined when it does not carry our prefix. */
export function nameFromChannelId(id: unknown): string | undefined {
  return typeof id === 'string' && id.startsWith(wirePrefix)
    ? id.slice(wirePrefix.length)
    : undefined;
}
