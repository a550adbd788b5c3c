import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Recovery } from '@main/storage/document-store';

import { orderDocumentName, orderFile } from './order-files';

const anyCaseName = /^order-([0-9a-fA-F-]{36})([.].*)$/;

/**
 * PortDesk 0.1 named an imported order's files after the id in the `.portorder`, case and
 * all, so an upper-case id left files no later PortDesk listed. Ids are lower case now: such
 * files are renamed to the lower-case id, and when an order already has that id (the same
 * order imported twice, which 0.1 let through), the newcomer gets an id of its own, with a
 * notice, rather than replace or hide either one.
 */
export function lowerCaseIds(dir: string): Recovery[] {
  const recoveries: Recovery[] = [];
  const names = readdirSync(dir);
  const upper = new Map<string, string[]>();
  for (const name of names) {
    const match = anyCaseName.exec(name);
    if (!match?.[1] || match[1] === match[1].toLowerCase()) continue;
    upper.set(match[1], [...(upper.get(match[1]) ?? []), name]);
  }
  for (const [id, files] of upper) {
    const lower = id.toLowerCase();
    // On a case-insensitive disk the upper-case file IS the lower-case name: a rename fixes the case.
    const lowerName = `${orderDocumentName(lower)}.json`;
    const taken =
      names.includes(lowerName) &&
      readdirSync(dir).filter((n) => n.toLowerCase() === lowerName).length > 1;
    const target = taken ? randomUUID() : lower;
    const keptAs = join(dir, `${orderDocumentName(target)}.upper-case-id.json`);
    for (const file of files) {
      // The same file kind under the new id: `.json`, `.numbers.json`, `.files`...
      const renamed = `${orderDocumentName(target)}${file.slice(orderDocumentName(id).length)}`;
      if (file === `${orderDocumentName(id)}.json` && taken) {
        // The order's own id goes with its new file name: the file says which order it is.
        const content = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
          data?: { id?: string };
        };
        if (content.data) content.data.id = target;
        writeFileSync(join(dir, renamed), JSON.stringify(content, undefined, '\t'), { flag: 'wx' });
        renameSync(join(dir, file), keptAs);
      } else if (!existsSync(join(dir, renamed)) || renamed.toLowerCase() === file.toLowerCase()) {
        renameSync(join(dir, file), join(dir, renamed));
      }
    }
    if (taken) {
      recoveries.push({
        file: orderFile(dir, id),
        backupPath: keptAs,
        reason: 'invalid',
        detail: `It was a second copy of order ${lower}, imported by an earlier PortDesk under the same id in capitals. PortDesk kept both: this one now has the id ${target}, and the file as it was is at ${keptAs}`,
      });
    }
  }
  return recoveries;
}
