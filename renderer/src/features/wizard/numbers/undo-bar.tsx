import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';

/**
 * The last fix or removal, in words, with Undo. Focus moves to Undo when a change is made
 * (the removed row's own button is gone), and, when there is nothing left to undo, to
 * `returnFocusTo`: the keyboard is never left on the page's body.
 */
export function UndoBar(props: {
  label: string;
  disabled: boolean;
  onUndo: () => void;
  returnFocusTo: () => HTMLElement | null;
}): React.JSX.Element {
  const button = useRef<HTMLButtonElement>(null);
  const focused = useRef(false);
  const { returnFocusTo } = props;
  useEffect(() => {
    if (button.current && !button.current.contains(document.activeElement)) button.current.focus();
  }, [props.label]);
  // A focused element taken out of the page fires no blur: the flag still says it had focus.
  useEffect(
    () => () => {
      if (focused.current) returnFocusTo()?.focus();
    },
    [returnFocusTo],
  );
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>{props.label}.</MessageBarBody>
      <MessageBarActions>
        <Button
          ref={button}
          onFocus={() => (focused.current = true)}
          onBlur={() => (focused.current = false)}
          icon={<ArrowUndoRegular />}
          // Focusable while the list is checked: focus stays on Undo through an undo.
          disabledFocusable={props.disabled}
          onClick={props.onUndo}
        >
          Undo
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
