import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { showOrder } from '@renderer/stores/open-order-store';
import { useEffect, useRef } from 'react';

/** What a split did: the group this order kept, and the new drafts. */
export interface SplitDone {
  kept: string;
  drafts: { id: string; name: string }[];
}

/**
 * After a split: what this order kept, and a link to each new draft. The first link takes
 * the focus, since the Split button went with the mixed list.
 */
export function SplitDrafts({ done }: { done: SplitDone }): React.JSX.Element {
  const first = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [done]);
  const count = done.drafts.length;
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        Split: this order keeps the {done.kept} numbers;{' '}
        {count === 1 ? 'a new draft holds' : `${count} new drafts hold`} the rest, with the same
        account details:{' '}
        {done.drafts.map((d, i) => (
          <span key={d.id}>
            {i > 0 ? ', ' : ''}
            <Link ref={i === 0 ? first : undefined} onClick={() => void showOrder(d.id)}>
              {d.name.trim() || 'Untitled order'}
            </Link>
          </span>
        ))}
        .
      </MessageBarBody>
    </MessageBar>
  );
}
