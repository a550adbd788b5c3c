import { fold } from './fold';
import type { FeatureId } from './types';

/**
 * The words that name a feature next to a number, English and French, matched on the
 * folded line. Codes: RCF is the name carriers' ordering guides (ASOG) give remote call
 * forwarding; hunting types are written as ASOG's hunting-type words (series, circular,
 * preferential, regular hunt, uniform call distribution / UCD) or MLH (multi-line hunt).
 * Other USOCs differ from carrier to carrier and are not guessed: a record that shows only
 * an unknown code shows no feature, and the admin still sees the line.
 */
const featureWords: Record<FeatureId, RegExp> = {
  huntGroup:
    /\b(?:hunt(?:ing)?(?:\s+(?:group|grp|seq(?:uence)?|member|pilot))?|(?:series|circular|preferential|regular)\s+hunt|uniform\s+call\s+distribution|ucd|mlh|multi-?line\s+hunt|roll-?over|rotary(?!\s+dial)|groupe\s+de\s+recherche|recherche\s+de\s+lignes?|lignes?\s+en\s+serie)\b/,
  distinctiveRing:
    /\b(?:distinctive\s+ring(?:ing)?|distinct\s+ring|ident-?a-?call|ring\s?mate|smart\s?ring|teen\s+line|sonnerie\s+(?:distincte|distinctive|personnalisee))\b/,
  dsl: /\b(?:a|v|s|h)?dsl\b/,
  alarm:
    /\b(?:alarm(?:e)?(?:\s+(?:line|circuit|panel))?|burglar\s+alarm|fire\s+alarm|systeme\s+d'alarme)\b/,
  fax: /\b(?:fax(?:\s+line)?|facsimile|telecopieur|telecopie)\b(?!\s+us\b)/,
  remoteCallForwarding:
    /\b(?:remote\s+call\s+forward(?:ing)?|remote\s+call\s+fwd|rcf|renvoi\s+(?:d['’]\s?appels?\s+)?a\s+distance)\b/,
};

/** The features a piece of a line names, with the words as written. */
export function featuresIn(line: string, from = 0, to = line.length) {
  const folded = fold(line).slice(from, to);
  const found: { feature: FeatureId; text: string }[] = [];
  for (const [feature, pattern] of Object.entries(featureWords) as [FeatureId, RegExp][]) {
    const m = pattern.exec(folded);
    if (m) found.push({ feature, text: line.slice(from + m.index, from + m.index + m[0].length) });
  }
  return found;
}

/** Features that stop a port until the carrier removes them. */
export const blockingFeatures: ReadonlySet<FeatureId> = new Set(['huntGroup', 'distinctiveRing']);

export const featureNames: Record<FeatureId, string> = {
  huntGroup: 'hunt group',
  distinctiveRing: 'distinctive ring',
  dsl: 'DSL',
  alarm: 'alarm line',
  fax: 'fax line',
  remoteCallForwarding: 'remote call forwarding',
};
