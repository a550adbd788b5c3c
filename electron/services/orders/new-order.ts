import { tidyPostalCode } from '@shared/order/postal-code';
import { regionCode } from '@shared/order/regions';
import { emptyAnswers, type OrderAnswers } from '@shared/schemas/order-answers';
import type { Organization } from '@shared/schemas/organization';

/** A new order's answers, prefilled from the organization's saved details where it has them. */
export function answersFromOrganization(org: Organization | undefined): OrderAnswers {
  if (!org) return emptyAnswers;
  return {
    ...emptyAnswers,
    location: { ...emptyAnswers.location, country: org.country },
    account: {
      ...emptyAnswers.account,
      companyName: org.name,
      authName: org.contactName,
      authPhone: org.contactPhone,
      authEmail: org.contactEmail,
      street: org.street,
      city: org.city,
      region: regionCode(org.country, org.region),
      postalCode: tidyPostalCode(org.country, org.postalCode),
      notificationEmails: org.contactEmail,
    },
  };
}
