import { z } from 'zod';

/** A channel: what the renderer may send, and what main promises to answer. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** The channels of one file of the contract, by name. */
export type ChannelGroup = Record<string, ChannelSpec>;

/** The input of a channel that takes none. */
export const noInput = z.undefined({ error: 'This request takes no input.' });

/** Main's answer to each channel of a group: given the parsed input, it returns what the output schema promises. */
export type HandlersOf<G extends ChannelGroup> = {
  [C in keyof G]: (
    input: z.output<G[C]['input']>,
  ) => z.output<G[C]['output']> | Promise<z.output<G[C]['output']>>;
};
