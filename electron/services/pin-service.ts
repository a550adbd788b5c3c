import { type HandlersOf } from '@shared/contract/channel';
import type { pinChannels } from '@shared/contract/pin';
import { UserFacingError } from '@shared/ipc-error';
import { pinHistoryEntrySchema, pinSchema, type PinStatus } from '@shared/schemas/pin';
import { z } from 'zod';

import type { DocumentStore } from '../storage/document-store';
import type { SecretBox } from '../storage/secret-box';
import type { OrganizationsService } from './organizations-service';

/** On disk, per organization: the PIN sealed by the SecretBox (base64), and when it was set or changed. */
export const pinsDocSchema = z.object({
  byOrganization: z.record(
    z.string(),
    z.object({ sealed: z.string(), history: z.array(pinHistoryEntrySchema) }),
  ),
});
export type PinsDoc = z.infer<typeof pinsDocSchema>;
export const defaultPins: PinsDoc = { byOrganization: {} };

/** The OS clipboard. Electron 45's reads and writes are asynchronous; a write can fail. */
export interface Clipboard {
  writeText(text: string): void | Promise<void>;
  readText(): string | Promise<string>;
}

export interface PinServiceDeps {
  doc: DocumentStore<PinsDoc>;
  organizations: OrganizationsService;
  box: SecretBox;
  now: () => Date;
  clipboard: Clipboard;
  /** Runs `task` after `ms`; a timer in the app, a controllable one in tests. */
  later: (task: () => void, ms: number) => void;
}

export const clipboardClearSeconds = 60;

/** The port-out PIN of the active organization, as main keeps it. */
export interface PinService {
  status(): PinStatus;
  /** Seals and stores a new PIN, with every admin-center rule checked here. */
  set(pin: string): PinStatus;
  /** Puts the PIN on the clipboard, and takes it off after a minute unless the admin copied something else. */
  copyToClipboard(): Promise<{ clearsAfterSeconds: number }>;
}

/**
 * The port-out PIN of the active organization. Every admin-center rule is enforced
 * here, whatever the renderer sends; the PIN is sealed before it reaches the store
 * and never leaves main except onto the clipboard, on request.
 */
export function createPinService(deps: PinServiceDeps): PinService {
  const { doc, organizations, box, now } = deps;

  const status = (): PinStatus => {
    const org = organizations.active();
    const base = { encryptionAvailable: box.isAvailable(), isSet: false, history: [] };
    if (!org) return { ...base, notApplicable: 'no-organization' };
    if (org.country !== 'US')
      return { ...base, organizationName: org.name, notApplicable: 'not-us' };
    const record = doc.get().byOrganization[org.id];
    return {
      ...base,
      organizationName: org.name,
      isSet: record !== undefined,
      lastChangedAt: record?.history.at(-1)?.at,
      history: record?.history ?? [],
    };
  };

  const usOrganization = () => {
    const org = organizations.active();
    if (!org) throw new UserFacingError('not-allowed', 'Add your organization in Settings first.');
    if (org.country !== 'US') {
      throw new UserFacingError(
        'not-allowed',
        'A port-out PIN is only used for organizations in the United States.',
      );
    }
    return org;
  };

  return {
    status,
    set(pin: string): PinStatus {
      const org = usOrganization();
      // Re-checked here so no caller can store a PIN the rules refuse (a blank one above all).
      const parsed = pinSchema.safeParse(pin);
      if (!parsed.success)
        throw new UserFacingError('invalid-input', parsed.error.issues[0]!.message, 'pin');
      if (!box.isAvailable()) {
        throw new UserFacingError(
          'not-allowed',
          'This computer offers no secure storage (on Linux, a keyring such as GNOME Keyring or KWallet), so PortDesk will not store the PIN.',
        );
      }
      const sealed = box.encrypt(pin).toString('base64');
      doc.update((pins) => {
        const previous = pins.byOrganization[org.id];
        const entry = {
          at: now().toISOString(),
          kind: previous ? ('changed' as const) : ('set' as const),
        };
        return {
          byOrganization: {
            ...pins.byOrganization,
            [org.id]: { sealed, history: [...(previous?.history ?? []), entry] },
          },
        };
      });
      return status();
    },
    /** Puts the PIN on the clipboard, and takes it off after a minute unless the admin copied something else. */
    async copyToClipboard(): Promise<{ clearsAfterSeconds: number }> {
      const org = usOrganization();
      const record = doc.get().byOrganization[org.id];
      if (!record) throw new UserFacingError('not-found', 'No PIN is set yet.');
      const pin = box.decrypt(Buffer.from(record.sealed, 'base64'));
      try {
        await deps.clipboard.writeText(pin);
      } catch {
        throw new UserFacingError(
          'internal',
          'PortDesk could not put the PIN on the clipboard (another program may be holding it). Nothing was copied: try again.',
        );
      }
      deps.later(() => {
        // Clearing is best effort: if the OS refuses, nothing else can be done about it here.
        void Promise.resolve(deps.clipboard.readText())
          .then((text) => (text === pin ? deps.clipboard.writeText('') : undefined))
          .catch(() => {});
      }, clipboardClearSeconds * 1000);
      return { clearsAfterSeconds: clipboardClearSeconds };
    },
  };
}
/** The port-out PIN channels, answered by this service. */
export function pinHandlers(pin: PinService): HandlersOf<typeof pinChannels> {
  return {
    getPinStatus: () => pin.status(),
    setPin: ({ pin: value }) => pin.set(value),
    copyPinToClipboard: () => pin.copyToClipboard(),
  };
}
