import type { OrderRecord } from './order-record';
import type { OrderRepository } from './order-repository';

/** The numbers other orders hold, by E.164, with the first such order's name (all a check reads). */
export type Elsewhere = Pick<ReadonlyMap<string, string>, 'get'>;

/** Whether an order's list claims its numbers: a rejected or cancelled order gives them up to its recreated draft. */
export function claimsNumbers(record: OrderRecord): boolean {
  return (
    record.deletedAt === undefined && record.status !== 'error' && record.status !== 'cancelled'
  );
}

const nameOf = (record: OrderRecord) => record.answers.details.orderName.trim() || 'Untitled order';

/**
 * Every claimed number with its first two claiming orders (in the repository's order), built
 * once: each order's `Elsewhere` is then a lookup, not a walk over every other list. Gives the
 * same name as a map built for one order (the first other order that holds the number).
 */
export function allClaims(repo: OrderRepository): (id: string) => Elsewhere {
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  for (const record of repo.all()) {
    if (!claimsNumbers(record)) continue;
    const k = ids.push(record.id) - 1;
    names.push(nameOf(record));
    for (const e164 of repo.listNumbers(record.id)) {
      if (!first.has(e164)) first.set(e164, k);
      else if (!second.has(e164)) second.set(e164, k);
    }
  }
  return (id) => ({
    get(e164) {
      const k = first.get(e164);
      if (k === undefined) return undefined;
      if (ids[k] !== id) return names[k];
      const next = second.get(e164);
      return next === undefined ? undefined : names[next];
    },
  });
}

/**
 * The numbers of every order but `id`, as a map; kept for the order last asked about until
 * another order's claims change (`claimsVersion`), so saving one list again and again (a fix
 * in place) does not walk every other order's list each time.
 */
export function elsewhereCache(repo: OrderRepository): (id: string) => Map<string, string> {
  let kept: { id: string; version: number; map: Map<string, string> } | undefined;
  return (id) => {
    const version = repo.claimsVersion() - repo.claimsVersion(id);
    if (kept?.id === id && kept.version === version) return kept.map;
    const map = new Map<string, string>();
    for (const other of repo.all()) {
      if (other.id === id || !claimsNumbers(other)) continue;
      const name = nameOf(other);
      for (const e164 of repo.listNumbers(other.id)) if (!map.has(e164)) map.set(e164, name);
    }
    kept = { id, version, map };
    return map;
  };
}
