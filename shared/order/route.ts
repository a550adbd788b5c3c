import type { LocationAnswers } from '../schemas/order-answers';

/** The most numbers the admin center's wizard takes in one order. */
export const wizardLimit = 999;

/** Which route an order takes, in words for the admin: the admin center's wizard, or the manual route. */
export function routeFor(location: LocationAnswers, count: number): string {
  if (location.numberType === 'tollFree')
    return 'Toll-free numbers take the manual route: you send the signed LOA and the numbers to the porting desk.';
  if (location.assignedTo === 'services')
    return 'Service numbers take the manual route: you send the signed LOA and the numbers to the porting desk.';
  const n = count.toLocaleString('en-US');
  if (count > wizardLimit)
    return `${n} numbers is more than the ${wizardLimit} the admin center's wizard takes: this order takes the manual route (a signed LOA and the numbers, sent to the porting desk).`;
  return `Up to ${wizardLimit} numbers go through the admin center's wizard; this order has ${n}.`;
}

/** Whether the order goes to the porting desk instead of the admin center's wizard. */
export function takesManualRoute(location: LocationAnswers, count: number): boolean {
  return (
    location.numberType === 'tollFree' || location.assignedTo === 'services' || count > wizardLimit
  );
}
