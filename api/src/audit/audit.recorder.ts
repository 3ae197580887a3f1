/**
 * Per request: reads of contact fields are collected and written as one batch (a DataLoader per
 * request), so a list of 200 people costs one statement, not 200. Each person is audited once per
 * request, whichever of email and phone was read.
 */
import DataLoader from "dataloader";

import type { AuditService } from "./audit.service.js";

export class AuditRecorder {
  private readonly contactReads: DataLoader<string, true>;

  constructor(service: AuditService, actor: () => string, requestId: string) {
    this.contactReads = new DataLoader<string, true>(async (personIds) => {
      await service.record(
        personIds.map((targetId) => ({
          actorId: actor(),
          action: "readContactDetails",
          targetId,
          targetKind: "Person",
          requestId,
        })),
      );
      return personIds.map(() => true as const);
    });
  }

  /** Resolves once the read is recorded; a failure to record fails the read. */
  async contactRead(personId: string): Promise<void> {
    await this.contactReads.load(personId);
  }
}
