import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { ImportOrderFileResult } from '@shared/schemas/documents';

type Imported = Extract<ImportOrderFileResult, { cancelled: false }>;
type Ask = NonNullable<Extract<ImportOrderFileResult, { cancelled: true }>['alreadyHere']>;

/**
 * What an import needs to say before the order opens: the order is here already (update it,
 * or import a copy), a copy and why its numbers are flagged, and the sender's organization,
 * offered to add.
 */
export function ImportDialog(
  props:
    | { ask: Ask; onChoose: (choice: 'update' | 'copy') => void; onCancel: () => void }
    | {
        imported: Imported;
        onAddOrganization: () => void;
        organizationAdded: boolean;
        onOpen: () => void;
      },
): React.JSX.Element {
  if ('ask' in props) {
    const { ask } = props;
    return (
      <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onCancel()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>“{ask.name}” is already on this computer</DialogTitle>
            <DialogContent>
              <Text>
                {ask.fileName} holds a newer version of it, and the order here is still only on this
                computer. Update it to the file&apos;s version (answers, numbers, documents, signed
                scan, carrier&apos;s record, status and history; what it replaces stays in the
                order&apos;s folder), or import the file as a separate copy.
              </Text>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => props.onChoose('update')}>
                Update the existing order
              </Button>
              <Button onClick={() => props.onChoose('copy')}>Import a copy</Button>
              <Button onClick={props.onCancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    );
  }
  const { imported } = props;
  const org = imported.organization;
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onOpen()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            Imported “{imported.order.answers.details.orderName.trim() || 'Untitled order'}”
          </DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            {imported.explanation ? <Text>{imported.explanation}</Text> : null}
            {org ? (
              <Text>
                {props.organizationAdded
                  ? `Added the organization “${org.name}”: it is now the active one.`
                  : `It was sent from the organization “${org.name}” (${org.city || org.country}), which is not on this computer. Add it to start its next orders from its details (it becomes the active organization).`}
              </Text>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onOpen}>
              Open the order
            </Button>
            {org && !props.organizationAdded ? (
              <Button onClick={props.onAddOrganization}>Add “{org.name}”</Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
