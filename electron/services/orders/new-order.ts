import { addressNotPrefilled } from '@shared/order/organization-address';
import { tidyPostalCode } from '@shared/order/postal-code';
import { regionCode } from '@shared/order/regions';
import type { Country } from '@shared/schemas/country';
import {
  type AccountAnswers,
  accountAnswersSchema,
  detailsAnswersSchema,
  emptyAnswers,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import type { Organization } from '@shared/schemas/organization';

import type { HistoryLine } from './order-timeline';

const addressFields = ['street', 'city', 'region', 'postalCode'] as const;
type Address = Pick<AccountAnswers, (typeof addressFields)[number]>;

/** The organization's address as an order's answers hold it (region code, tidy postal code). */
function addressOf(org: Organization): Address {
  return {
    street: org.street,
    city: org.city,
    region: regionCode(org.country, org.region),
    postalCode: tidyPostalCode(org.country, org.postalCode),
  };
}

/** Each detail the order's field can hold; one it cannot (too long, from an older PortDesk) is left for the admin, never cut. */
function fitting(prefilled: AccountAnswers): AccountAnswers {
  const fields = accountAnswersSchema.shape;
  return Object.fromEntries(
    Object.entries(prefilled).map(([key, value]) => [
      key,
      fields[key as keyof AccountAnswers].safeParse(value).success
        ? value
        : emptyAnswers.account[key as keyof AccountAnswers],
    ]),
  ) as AccountAnswers;
}

/**
 * A new order's answers, prefilled from the organization's saved details where it has
 * them. The organization's address fills the service address only when the order is for
 * the organization's country (its own, unless one is given).
 */
export function answersFromOrganization(
  org: Organization | undefined,
  country: Country | undefined = org?.country,
): OrderAnswers {
  if (!org) return emptyAnswers;
  const sameCountry = country === org.country;
  const account = fitting({
    ...emptyAnswers.account,
    companyName: org.name,
    authName: org.contactName,
    authPhone: org.contactPhone,
    authEmail: org.contactEmail,
    ...(sameCountry ? addressOf(org) : {}),
  });
  const notificationEmails = detailsAnswersSchema.shape.notificationEmails.safeParse(
    org.contactEmail,
  ).success
    ? org.contactEmail
    : '';
  return {
    ...emptyAnswers,
    getStarted: { ...emptyAnswers.getStarted, country: country ?? '' },
    account,
    details: { ...emptyAnswers.details, notificationEmails },
  };
}

/**
 * After the order's country changed: the organization's address, still as prefilled, leaves
 * an order for another country (with a history line saying why), and comes back when the
 * order returns to the organization's country while the address is blank. An address the
 * admin typed is never touched.
 */
export function addressAfterCountryChange(
  answers: OrderAnswers,
  org: Organization | undefined,
): { answers: OrderAnswers; line?: HistoryLine } {
  const country = answers.getStarted.country;
  if (!org || country === '') return { answers };
  const prefilled = fitting({ ...emptyAnswers.account, ...addressOf(org) });
  const same = (a: Partial<Address>) =>
    addressFields.every((f) => answers.account[f] === (a[f] ?? ''));
  const why = addressNotPrefilled(org, country);
  if (why !== undefined && same(prefilled) && !same({})) {
    const blank = Object.fromEntries(addressFields.map((f) => [f, ''])) as Address;
    return {
      answers: { ...answers, account: { ...answers.account, ...blank } },
      line: { note: why, by: 'app' },
    };
  }
  if (why === undefined && same({}))
    return { answers: { ...answers, account: { ...answers.account, ...prefilled } } };
  return { answers };
}
