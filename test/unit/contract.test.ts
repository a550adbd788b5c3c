import {
  channelNameFromId,
  channelNames,
  contract,
  isChannelName,
  joinGroups,
} from '@shared/contract';
import { noInput } from '@shared/contract/channel';
import { settingsChannels } from '@shared/contract/settings';
import { channelId } from '@shared/contract/wire';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('the contract, joined from its files', () => {
  it('lists every channel of every file once, each with an input and an output schema', () => {
    expect(channelNames).toEqual(Object.keys(contract));
    expect(new Set(channelNames).size).toBe(channelNames.length);
    for (const name of channelNames) {
      expect(contract[name].input, name).toBeInstanceOf(z.ZodType);
      expect(contract[name].output, name).toBeInstanceOf(z.ZodType);
    }
    expect(contract.getSettings).toBe(settingsChannels.getSettings);
  });

  it('refuses a name given by two files, naming it', () => {
    const again = { getSettings: { input: noInput, output: z.boolean() } };
    expect(() => joinGroups(settingsChannels, again)).toThrow(
      'The IPC channel "getSettings" is in the contract twice.',
    );
  });

  it('knows its own names only, not what every object has', () => {
    expect(isChannelName('getSettings')).toBe(true);
    for (const other of ['toString', 'constructor', '__proto__', 'setAnyKey', 42, undefined])
      expect(isChannelName(other), String(other)).toBe(false);
  });
});

describe('channel names on the wire', () => {
  it('round-trip, and anything else is not a channel', () => {
    expect(channelNameFromId(channelId('getSettings'))).toBe('getSettings');
    expect(channelNameFromId('portdesk:setAnything')).toBeUndefined();
    expect(channelNameFromId('getSettings')).toBeUndefined();
    expect(channelNameFromId(42)).toBeUndefined();
  });
});
