/**
 * The OS's file dialogs, as the services ask for them: Electron's in the app
 * (`electron/dialogs.ts`), a test's own answers in tests. Services depend on this port
 * only, never on Electron or on the IPC handlers.
 */
export interface Dialogs {
  chooseNumbersFile(): Promise<string | undefined>;
  chooseExportFolder(): Promise<string | undefined>;
  /** The signed letter's scan: PDF, PNG or JPG. */
  chooseScanFile(): Promise<string | undefined>;
  /** A PDF for the Documents step: a recent bill, the CSR or the Equipment Record. */
  chooseDocumentFile(): Promise<string | undefined>;
  /** A `.portorder` file to import. */
  chooseOrderFile(): Promise<string | undefined>;
  /** Where to save a `.portorder` file, starting from a suggested name. */
  chooseOrderSaveFile(suggestedName: string): Promise<string | undefined>;
}
