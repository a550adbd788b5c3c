import { Link } from '@fluentui/react-components';
import { useCarrierRecord } from '@renderer/stores/carrier-record-store';
import type { Order } from '@shared/schemas/order';

import { OpenMismatches } from './carrier-record-panel';

/** On Review: whether the carrier's record still disagrees, with the way to the panel. */
export function CarrierRecordReview({
  order,
  onOpen,
}: {
  order: Order;
  onOpen: () => void;
}): React.JSX.Element | null {
  const view = useCarrierRecord(order);
  if (!view?.attached) return null;
  return (
    <OpenMismatches count={view.open}>
      <Link onClick={onOpen}>Compare on the Documents step</Link>
    </OpenMismatches>
  );
}
