import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { api } from '@renderer/api';
import { addressNotPrefilled } from '@shared/order/organization-address';
import type { Order } from '@shared/schemas/order';
import type { AccountAnswers } from '@shared/schemas/order-answers';
import type { Organization } from '@shared/schemas/organization';
import { useEffect, useState } from 'react';

/**
 * Says why the service address is blank when the order's country is not its
 * organization's (main leaves that address out); gone once the admin types an address.
 */
export function OrganizationAddressNotice({
  order,
  address,
}: {
  order: Order;
  address: Pick<AccountAnswers, 'street' | 'city' | 'region' | 'postalCode'>;
}): React.JSX.Element | null {
  const [org, setOrg] = useState<Organization>();
  useEffect(() => {
    let live = true;
    void api.listOrganizations().then((list) => {
      if (live) setOrg(list.organizations.find((o) => o.id === order.organizationId));
    });
    return () => {
      live = false;
    };
  }, [order.organizationId]);
  const { street, city, region, postalCode } = address;
  const blank = [street, city, region, postalCode].every((v) => v.trim() === '');
  const why = org && blank ? addressNotPrefilled(org, order.answers.getStarted.country) : undefined;
  if (why === undefined) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{why}</MessageBarBody>
    </MessageBar>
  );
}
