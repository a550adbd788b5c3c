import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';

import type { AddedInfo, SetAsideColumn } from './numbers-job';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/** How many lines not read are named one by one; the rest are counted. */
const problemsShown = 20;

/** One column's set-aside numbers: each of the first by line, the rest counted with the lines they are on. */
function setAsideWords(c: SetAsideColumn): string {
  const named = c.first.map((s) => `${s.text} (line ${s.line})`).join(', ');
  const rest = c.count - c.first.length;
  const more =
    rest > 0
      ? `, and ${count(rest, 'more', 'more')} down to line ${c.lastLine.toLocaleString('en-US')}`
      : '';
  return `${count(c.count, 'number', 'numbers')} in the column “${c.column}”, lines ${c.firstLine.toLocaleString('en-US')} to ${c.lastLine.toLocaleString('en-US')}: ${named}${more}.`;
}

/**
 * What the text just added held, and what became of every part of it: numbers added,
 * entries added to fix, numbers set aside (each named) and lines not read, adding up
 * to the whole, so no number is ever lost without a word.
 */
export function ReadSummary({
  added,
  onReadAll,
}: {
  added: AddedInfo;
  onReadAll: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const setAside = added.setAside.reduce((n, c) => n + c.count, 0);
  const notRead = added.lineProblems.length;
  const total = added.numbers + added.toFix + setAside + notRead;
  const parts = [
    `${count(added.numbers, 'number', 'numbers')} added`,
    ...(added.toFix > 0 ? [`${count(added.toFix, 'entry', 'entries')} to fix`] : []),
    ...(setAside > 0 ? [`${setAside.toLocaleString('en-US')} set aside`] : []),
    ...(notRead > 0 ? [`${count(notRead, 'line', 'lines')} not read`] : []),
  ];
  return (
    <MessageBar intent={setAside + notRead > 0 ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Read {count(total, 'entry', 'entries')} from {added.fileName ?? 'the text'}:
        </MessageBarTitle>{' '}
        {parts.join(' + ')}
        {parts.length > 1 ? ` = ${total.toLocaleString('en-US')}` : ''}.
        <ul className={styles.list}>
          {added.header ? <li>Header row, not numbers: “{added.header}”.</li> : null}
          {added.toFix > 0 ? (
            <li>
              {count(added.toFix, 'entry is', 'entries are')} not a number PortDesk can port: in the
              list below, marked Error, to fix or remove.
            </li>
          ) : null}
          {added.setAside.map((c) => (
            <li key={c.column}>Set aside: {setAsideWords(c)}</li>
          ))}
          {added.lineProblems.slice(0, problemsShown).map((p) => (
            <li key={`${p.line}-${p.message}`}>Not read: {p.message}</li>
          ))}
          {notRead > problemsShown ? (
            <li>
              Not read: {count(notRead - problemsShown, 'more line', 'more lines')}, down to line{' '}
              {added.lineProblems.at(-1)!.line.toLocaleString('en-US')}.
            </li>
          ) : null}
        </ul>
      </MessageBarBody>
      {setAside > 0 ? (
        <MessageBarActions>
          <Button onClick={onReadAll}>Read numbers from every column</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
