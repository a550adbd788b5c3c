/** The most numbers the admin center's wizard takes in one order. */
export const wizardLimit = 999;
/** Over this many numbers, Microsoft says an order takes longer. */
export const largeOrderSize = 200;

/** Why an order goes to the porting desk instead of the admin center's wizard, if it does. */
export type ManualRouteReason = 'tooManyNumbers';

/**
 * The one place that decides the manual route. Today's US & Canada wizard takes toll-free
 * numbers and every usage (user, voice app, conference); only 1,000 numbers or more go to
 * the porting desk.
 */
export function manualRouteReason(count: number): ManualRouteReason | undefined {
  return count > wizardLimit ? 'tooManyNumbers' : undefined;
}

/** Whether the order goes to the porting desk instead of the admin center's wizard. */
export function takesManualRoute(count: number): boolean {
  return manualRouteReason(count) !== undefined;
}

/** Which route an order takes, in words for the admin: the admin center's wizard, or the manual route; and when it takes longer. */
export function routeFor(count: number): string {
  const n = count.toLocaleString('en-US');
  if (manualRouteReason(count))
    return `${n} numbers is more than the ${wizardLimit} the admin center's wizard takes: this order takes the manual route (a signed letter of authorization and the numbers, sent to Microsoft's porting desk).`;
  const longer =
    count > largeOrderSize
      ? ` Over ${largeOrderSize} numbers, Microsoft says the order takes longer to process.`
      : '';
  return `Up to ${wizardLimit} numbers go through the admin center's wizard; this order has ${n}.${longer}`;
}
