import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/** Asks before a draft is deleted; the list then offers Undo, and the file is kept aside either way. */
export function DeleteOrderDialog({
  name,
  onConfirm,
  onCancel,
}: {
  name: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  return (
    <Dialog
      open={name !== undefined}
      onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete the draft “{name}”?</DialogTitle>
          <DialogContent>
            The draft leaves the list. You can undo this until you close PortDesk.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Delete draft
            </Button>
            <Button onClick={onCancel}>Keep it</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
