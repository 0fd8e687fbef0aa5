import type { ConsentCategory } from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import * as reads from './caseload-store.js';
import { knownCategories } from './context.js';

/** What the caseload and the practice outcomes share: the couples' partners and their consent. */

export type Member = reads.CaseloadMemberRow & { readonly shares: ReadonlySet<ConsentCategory> };

export function pairsOf(members: readonly Member[], category: ConsentCategory): reads.OwnerPairs {
  const chosen = members.filter((member) => member.shares.has(category));
  return {
    coupleIds: chosen.map((member) => member.coupleId),
    userIds: chosen.map((member) => member.userId),
  };
}

export const key = (coupleId: string, userId: string) => `${coupleId}:${userId}`;

export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** Every partner of every couple on the caseload, with what each shares now. */
export async function membersOnCaseload(deps: AppDeps, therapistUserId: string): Promise<Member[]> {
  return (await reads.caseloadMembers(deps.db, therapistUserId)).map((row) => ({
    ...row,
    shares: new Set(knownCategories(row.categories ?? [])),
  }));
}
