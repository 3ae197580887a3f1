/** The audit log: who did what to which node, when. Written after the action succeeds. */
import type { Executor } from "../db/executor.js";
import { auditLog, type AuditRecord, insertAuditEntries } from "./audit.queries.js";

export interface AuditEntryRecord extends AuditRecord {
  id: string;
  at: Date;
}

export class AuditService {
  constructor(private readonly executor: Executor) {}

  async record(entries: AuditRecord[]): Promise<void> {
    if (entries.length) await this.executor.write(insertAuditEntries(entries));
  }

  async list(filter: {
    skip: number;
    take: number;
    actorId?: string | null;
    targetId?: string | null;
    action?: string | null;
  }): Promise<AuditEntryRecord[]> {
    const rows = await this.executor.read(
      auditLog(
        filter.skip,
        filter.take,
        filter.actorId ?? null,
        filter.targetId ?? null,
        filter.action ?? null,
      ),
    );
    return rows.map((row) => row.entry as AuditEntryRecord);
  }
}
