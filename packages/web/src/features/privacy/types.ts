/** One line of "who has seen your data", as GET /api/v1/me/access-log answers it. */
export interface AccessLogEntry {
  id: string;
  at: string;
  who: 'you' | 'person' | 'someone';
  displayName: string | null;
  action: string;
  recordKind: string | null;
  device: string | null;
}

export interface AccessLogPage {
  entries: AccessLogEntry[];
  nextCursor: string | null;
}

/** What someone leaving a space chooses for what they shared there. */
export type SharedRecordsChoice = 'keep' | 'withdraw';
