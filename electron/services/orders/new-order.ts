import { tidyPostalCode } from '@shared/order/postal-code';
import { regionCode } from '@shared/order/regions';
import {
  type AccountAnswers,
  accountAnswersSchema,
  detailsAnswersSchema,
  emptyAnswers,
  type OrderAnswers,
} from '@shared/schemas/order-answers';
import type { Organization } from '@shared/schemas/organization';

/**
 * A new order's answers, prefilled from the organization's saved details where it has
 * them. A detail the order's field cannot hold (an organization saved by an older
 * PortDesk with a longer e-mail, say) is left for the admin to type, never cut.
 */
export function answersFromOrganization(org: Organization | undefined): OrderAnswers {
  if (!org) return emptyAnswers;
  const prefilled: AccountAnswers = {
    ...emptyAnswers.account,
    companyName: org.name,
    authName: org.contactName,
    authPhone: org.contactPhone,
    authEmail: org.contactEmail,
    street: org.street,
    city: org.city,
    region: regionCode(org.country, org.region),
    postalCode: tidyPostalCode(org.country, org.postalCode),
  };
  const fields = accountAnswersSchema.shape;
  const account = Object.fromEntries(
    Object.entries(prefilled).map(([key, value]) => [
      key,
      fields[key as keyof AccountAnswers].safeParse(value).success
        ? value
        : emptyAnswers.account[key as keyof AccountAnswers],
    ]),
  ) as AccountAnswers;
  const notificationEmails = detailsAnswersSchema.shape.notificationEmails.safeParse(
    org.contactEmail,
  ).success
    ? org.contactEmail
    : '';
  return {
    ...emptyAnswers,
    getStarted: { ...emptyAnswers.getStarted, country: org.country },
    account,
    details: { ...emptyAnswers.details, notificationEmails },
  };
}
