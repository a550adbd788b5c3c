/**
 * The names of every IPC channel. Kept apart from the zod contract so the preload,
 * which needs only the names, stays small; `ipc.ts` is type-checked against this list.
 */
export const channelNames = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'getStartupNotices',
  'dismissStartupNotice',
  'revealStartupNoticeBackup',
  'listOrganizations',
  'saveOrganization',
  'activateOrganization',
  'getPinStatus',
  'setPin',
  'copyPinToClipboard',
  'listOrders',
  'createOrder',
  'getOrder',
  'saveOrderStep',
  'visitOrderStep',
  'setCarrierPin',
  'finishOrder',
  'duplicateOrder',
  'deleteOrder',
  'restoreOrder',
  'getOrderNumbers',
  'saveOrderNumbers',
  'exportOrderNumbers',
  'openNumbersFile',
  'splitOrderNumbers',
  'recordOrderStatus',
  'recreateOrder',
  'markOrderStepChecked',
  'openLoa',
  'attachSignedScan',
  'openSignedScan',
  'exportSubmissionPackage',
  'exportOrderFile',
  'importOrderFile',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The wire name of a channel; the prefix keeps ours apart from any Electron-internal one. */
export function channelId(name: ChannelName): string {
  return `portdesk:${name}`;
}

/** Whether a string is one of the contract's channel names (used on untrusted input). */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

/** The channel name behind a wire name, or undefined when it is not one of ours. */
export function channelNameFromId(id: unknown): ChannelName | undefined {
  if (typeof id !== 'string' || !id.startsWith('portdesk:')) return undefined;
  const name = id.slice('portdesk:'.length);
  return isChannelName(name) ? name : undefined;
}
