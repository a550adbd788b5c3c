import {
  type CheckContext,
  checkNumbers,
  type NumberKind,
  type NumbersCheck,
} from './check-numbers';
import { maxNumbers, readList, tooMany } from './read-numbers';

/** What one number of a kept list is, whatever the other lines hold. */
interface Own {
  /** The ten digits, when it has them (even when it cannot be ported: its E.164 is still the list's). */
  national: string | undefined;
  /** Ported in this flow (valid, US or Canada, not N11 or fictional); else an error of its own. */
  portable: boolean;
  country: 'US' | 'CA' | undefined;
  kind: NumberKind | undefined;
  ext: boolean;
}

interface Line {
  index: number;
  text: string;
  own: Own[];
  /** Problems that kept the line from being read (too long, a range too large). */
  problems: number;
}

interface Place {
  line: Line;
  k: number;
}

/** The figures a check gives that main keeps of a list: counts, groups, and its E.164 numbers. */
export interface ListFigures {
  counts: Omit<NumbersCheck['counts'], 'notRead'> & { notRead: number };
  groups: NumbersCheck['groups'];
  numbers: ReadonlySet<string>;
}

/** A list checked once and kept, so the next version of it re-checks only the lines that changed. */
export interface KeptList {
  /** The list's figures now: the same as `checkNumbers(readList(source))` gives. */
  figures(): ListFigures;
  /** Moves to a new version of the list; false when it is better checked whole (the caller then opens a new one). */
  update(source: string): boolean;
  /**
   * Puts the set of numbers `figures` gives back as it was before the last `update` (the save
   * that update was for was refused: the set is the one main keeps of the list on disk). The
   * kept list is then done with; the caller opens a new one.
   */
  revert(): void;
}

/** The text's lines, as `readList` splits them (a plain split when there is no CR: several times quicker). */
const splitLines = (text: string) =>
  text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');

// Past this many changed lines a whole check is as quick, and simpler.
const largestEdit = 5_000;
const before = (a: Place, b: Place) =>
  a.line.index < b.line.index || (a.line.index === b.line.index && a.k < b.k);

/**
 * Keeps a list's check: each line's numbers as they are on their own, and, by number, where
 * it occurs. An edit re-reads only the lines that changed (text compared from both ends) and
 * re-judges only the numbers they held or hold: which occurrence comes first (the others are
 * repeats), and that one's verdict (in another order, an extension, valid). The verdicts and
 * figures are those of a whole check; a test compares the two on random edits.
 */
export function keepList(source: string, context: CheckContext): KeptList {
  let lines: Line[] = [];
  const places = new Map<string, Place[]>();
  const e164Count = new Map<string, number>();
  // Changed in place, not copied, at each update (a copy of 100,000 numbers took half a fix in
  // place's time): `revert` takes the last update's changes back when its save is refused.
  const numbers = new Set<string>();
  const changes: { e164: string; added: boolean }[] = [];
  // Off while the list is first read: there is nothing to take back then.
  let logging = false;
  const counts = {
    total: 0,
    valid: 0,
    errors: 0,
    notRead: 0,
    duplicates: 0,
    warnings: 0,
    us: 0,
    canada: 0,
    tollFree: 0,
  };
  const groupCounts = new Map<string, number>();
  const groupKey = (o: Own) => `${o.country}|${o.kind}`;

  /** What the numbers `national` holds add to the counts (sign -1 takes it back). */
  const judge = (national: string, sign: 1 | -1) => {
    const at = places.get(national);
    if (!at || at.length === 0) return;
    let first = at[0]!;
    for (const p of at) if (before(p, first)) first = p;
    const own = first.line.own[first.k]!;
    counts.duplicates += sign * (at.length - 1);
    if (context.elsewhere?.get(`+1${national}`) !== undefined) {
      counts.errors += sign;
      return;
    }
    counts.valid += sign;
    if (own.ext) counts.warnings += sign;
    if (own.kind === 'tollFree') counts.tollFree += sign;
    else if (own.country === 'US') counts.us += sign;
    else counts.canada += sign;
    const key = groupKey(own);
    groupCounts.set(key, (groupCounts.get(key) ?? 0) + sign);
  };
  const touched = new Set<string>();
  const addLine = (line: Line, sign: 1 | -1) => {
    counts.total += sign * line.own.length;
    counts.errors += sign * line.problems;
    counts.notRead += sign * line.problems;
    line.own.forEach((own, k) => {
      if (own.national === undefined) {
        counts.errors += sign;
        return;
      }
      const e164 = `+1${own.national}`;
      const n = (e164Count.get(e164) ?? 0) + sign;
      if (n === 0 || (sign === 1 && n === 1)) {
        if (n === 0) {
          e164Count.delete(e164);
          numbers.delete(e164);
        } else numbers.add(e164);
        if (logging) changes.push({ e164, added: n > 0 });
      }
      if (n > 0) e164Count.set(e164, n);
      if (!own.portable) {
        counts.errors += sign;
        return;
      }
      if (!touched.has(own.national)) {
        judge(own.national, -1);
        touched.add(own.national);
      }
      const at = places.get(own.national) ?? [];
      if (sign === 1) at.push({ line, k });
      else
        at.splice(
          at.findIndex((p) => p.line === line && p.k === k),
          1,
        );
      if (at.length === 0) places.delete(own.national);
      else places.set(own.national, at);
    });
  };
  const rejudge = () => {
    for (const national of touched) judge(national, 1);
    touched.clear();
  };

  /** Each line's numbers as they are on their own (checked with no other line and no other order). */
  const readLines = (text: string, from: number): { lines: Line[]; capped: boolean } => {
    const read = readList(text);
    const checked = checkNumbers(read, {
      classify: context.classify,
      foreign: context.foreign,
      tollFreeCountry: context.tollFreeCountry,
    });
    const texts = splitLines(text);
    const result: Line[] = texts.map((t, i) => ({
      index: from + i,
      text: t,
      own: [],
      problems: 0,
    }));
    checked.rows.forEach((row, i) => {
      // A repeat or a number of another order still has its country: only its own errors lack one.
      result[row.line - 1]!.own.push({
        national: row.e164?.slice(2),
        portable: row.country !== undefined,
        country: row.country,
        kind: row.kind,
        ext: Boolean(read.entries[i]!.ext),
      });
    });
    for (const problem of read.lineProblems) result[problem.line - 1]!.problems++;
    return { lines: result, capped: read.lineProblems.some((p) => p.message === tooMany) };
  };

  const first = readLines(source, 0);
  // A list at the most it holds is checked whole each time: the check decides what was not read.
  const capped = first.capped;
  lines = first.lines;
  for (const line of lines) addLine(line, 1);
  rejudge();
  logging = true;

  return {
    figures() {
      return { counts: { ...counts }, groups: groupsInOrder(), numbers };
    },
    update(next) {
      changes.length = 0;
      if (capped) return false;
      const texts = splitLines(next);
      let start = 0;
      const shortest = Math.min(texts.length, lines.length);
      while (start < shortest && texts[start] === lines[start]!.text) start++;
      let end = 0;
      while (
        end < shortest - start &&
        texts[texts.length - 1 - end] === lines[lines.length - 1 - end]!.text
      )
        end++;
      const gone = lines.slice(start, lines.length - end);
      const added = texts.slice(start, texts.length - end);
      if (gone.length > largestEdit || added.length > largestEdit) return false;
      const read = added.length > 0 ? readLines(added.join('\n'), start) : undefined;
      if (read?.capped) return false;
      const fresh = read?.lines ?? [];
      const entries = fresh.reduce((n, l) => n + l.own.length, 0);
      const removed = gone.reduce((n, l) => n + l.own.length, 0);
      // Past the most a list holds, a whole check decides which numbers were not read.
      if (counts.total - removed + entries > maxNumbers) return false;
      for (const line of gone) addLine(line, -1);
      lines.splice(start, gone.length, ...fresh);
      if (fresh.length !== gone.length)
        for (let i = start + fresh.length; i < lines.length; i++) lines[i]!.index = i;
      for (const line of fresh) addLine(line, 1);
      rejudge();
      return true;
    },
    revert() {
      for (const { e164, added } of changes.reverse()) {
        if (added) numbers.delete(e164);
        else numbers.add(e164);
      }
      changes.length = 0;
    },
  };

  /** Usable numbers by country and kind, in the order the list first meets each (as a whole check gives them). */
  function groupsInOrder(): NumbersCheck['groups'] {
    const wanted = [...groupCounts].filter(([, n]) => n > 0);
    const found: NumbersCheck['groups'] = [];
    for (const line of lines) {
      if (found.length === wanted.length) break;
      line.own.forEach((own, k) => {
        if (!own.portable || own.national === undefined) return;
        const key = groupKey(own);
        if (found.some((g) => `${g.country}|${g.kind}` === key)) return;
        const at = places.get(own.national)!;
        if (at.some((p) => before(p, { line, k }))) return;
        if (context.elsewhere?.get(`+1${own.national}`) !== undefined) return;
        found.push({ country: own.country!, kind: own.kind!, count: groupCounts.get(key)! });
      });
    }
    return found;
  }
}
