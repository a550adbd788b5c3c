import type { OrderSummary } from '@shared/schemas/order';

/** Order summaries as the Port orders page lists them: five of every kind, and a maker for more. */
let next = 0;
export function order(o: Partial<OrderSummary>): OrderSummary {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    name: `Order ${next}`,
    status: 'draft',
    country: 'US',
    numberType: 'geographic',
    carrierName: 'Northwind Telecom',
    companyName: 'Contoso',
    microsoftOrderId: '',
    transferDate: '',
    transferDateKind: 'none',
    stepsComplete: 2,
    stepsTotal: 6,
    numberCount: 1,
    lastStep: 'account',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...o,
  };
}

export const seattle = order({
  name: 'Seattle main office',
  carrierName: 'Fabrikam Voice',
  status: 'processing',
  microsoftOrderId: 'MSPO-0104729',
  transferDate: '2026-12-08',
  transferDateKind: 'desired',
  numberCount: 40,
  updatedAt: '2026-11-20T09:00:00.000Z',
});
export const denver = order({
  name: 'Denver help desk',
  companyName: 'Trey Research',
  status: 'transferApproved',
  transferDate: '2026-12-01',
  transferDateKind: 'foc',
  numberCount: 900,
  updatedAt: '2026-11-22T09:00:00.000Z',
});
export const austin = order({
  name: 'austin branch',
  carrierName: '',
  status: 'completed',
  transferDate: '2026-10-01',
  transferDateKind: 'foc',
  numberCount: 5,
  updatedAt: '2026-10-02T09:00:00.000Z',
});
export const draft = order({
  name: 'Seattle help desk 10',
  status: 'draft',
  updatedAt: '2026-11-23T08:00:00.000Z',
});
export const draft2 = order({
  name: 'Seattle help desk 2',
  status: 'ready',
  transferDate: '2026-12-08',
  transferDateKind: 'desired',
  updatedAt: '2026-11-10T08:00:00.000Z',
});
export const all = [seattle, denver, austin, draft, draft2];
export const names = (list: readonly { name: string }[]) => list.map((o) => o.name);
