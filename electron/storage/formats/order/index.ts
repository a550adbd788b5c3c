import { defineFormat } from '../../stored-format';
import { orderFileV1 } from './v1';
import { orderFileV2, upgradeOrderV1 } from './v2';
import { orderFileV3, upgradeOrderV2 } from './v3';

/** A port order file, `orders/order-<id>.json`. */
export const orderFormat = defineFormat(
  'Port order',
  [orderFileV1, orderFileV2, orderFileV3],
  [upgradeOrderV1, upgradeOrderV2],
);
