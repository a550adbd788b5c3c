import { List, ListItem, makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    paddingLeft: tokens.spacingHorizontalL,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** A plain list of sentences (checklists, rules), spaced for reading. */
export function TextList({ items }: { items: readonly string[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <List className={styles.list}>
      {items.map((item, index) => (
        // Items may repeat (two changes in the same minute), so the position is part of the key.
        <ListItem key={`${index}:${item}`}>
          <Text>{item}</Text>
        </ListItem>
      ))}
    </List>
  );
}
