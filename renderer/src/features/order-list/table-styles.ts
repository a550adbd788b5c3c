import { makeStyles, tokens } from '@fluentui/react-components';

/** A row's height when its name fits one line; the virtualizer places those without measuring them. */
export const rowHeight = 52;
/** Each further line of a long name adds this much (the name's line height). */
export const nameLineHeight = 20;
/** About how many characters of a name fit one line of its column at its narrowest. */
const nameLineChars = 26;

/** How many lines an order's name takes, about: a row with more than one is measured on screen. */
export function nameLines(name: string): number {
  return Math.max(1, Math.ceil(name.length / nameLineChars));
}

// name, carrier, country, number type, numbers, status, transfer date, last change, actions: fits a 1,000 px page.
const columns = 'minmax(150px, 2.4fr) minmax(96px, 1.4fr) 64px 92px 60px 144px 118px 104px 60px';

/** The grid the header and the rows share, so the columns line up. */
export const useTableStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    whiteSpace: 'nowrap',
    minHeight: `${rowHeight}px`,
    paddingBlock: tokens.spacingVerticalXS,
    boxSizing: 'border-box',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { minWidth: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  number: { alignItems: 'flex-end', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  clip: { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // Plain buttons styled with the theme's tokens: a fast scroll mounts rows every frame, and Fluent's Button and Link cost more each.
  link: {
    maxWidth: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    textAlign: 'start',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    // The whole name, wrapped: similar orders differ at their end ("… (toll-free)").
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    lineHeight: `${nameLineHeight}px`,
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecoration: 'underline' },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  actions: { flexDirection: 'row', gap: tokens.spacingHorizontalXS },
  action: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '28px',
    height: '28px',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontSize: '18px',
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});
