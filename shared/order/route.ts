import type { LocationAnswers } from '../schemas/order-answers';

/** The most numbers the admin center's wizard takes in one order. */
export const wizardLimit = 999;

/** Why an order goes to the porting desk instead of the admin center's wizard, if it does. */
export type ManualRouteReason = 'tollFree' | 'services' | 'tooManyNumbers';

/**
 * The one place that decides the manual route: toll-free numbers, numbers for services,
 * or more numbers than the wizard takes. Without a count, only the answers decide.
 */
export function manualRouteReason(
  location: Pick<LocationAnswers, 'numberType' | 'assignedTo'>,
  count = 0,
): ManualRouteReason | undefined {
  if (location.numberType === 'tollFree') return 'tollFree';
  if (location.assignedTo === 'services') return 'services';
  return count > wizardLimit ? 'tooManyNumbers' : undefined;
}

/** Whether the order goes to the porting desk instead of the admin center's wizard. */
export function takesManualRoute(location: LocationAnswers, count: number): boolean {
  return manualRouteReason(location, count) !== undefined;
}

/** Which route an order takes, in words for the admin: the admin center's wizard, or the manual route. */
export function routeFor(location: LocationAnswers, count: number): string {
  const n = count.toLocaleString('en-US');
  switch (manualRouteReason(location, count)) {
    case 'tollFree':
      return 'Toll-free numbers take the manual route: you send the signed LOA and the numbers to the porting desk.';
    case 'services':
      return 'Service numbers take the manual route: you send the signed LOA and the numbers to the porting desk.';
    case 'tooManyNumbers':
      return `${n} numbers is more than the ${wizardLimit} the admin center's wizard takes: this order takes the manual route (a signed LOA and the numbers, sent to the porting desk).`;
    case undefined:
      return `Up to ${wizardLimit} numbers go through the admin center's wizard; this order has ${n}.`;
  }
}
