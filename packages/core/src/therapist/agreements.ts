import type { HoldingMark } from '../agreements/holding.js';

export interface PartnerHoldingMark {
  readonly agreementId: string;
  readonly memberId: string;
  readonly weekStart: string;
  readonly mark: HoldingMark;
}

export interface AgreementHoldingWeek {
  readonly weekStart: string;
  /** Each sharing partner's own mark that week, in the order the partners were given. */
  readonly marks: { readonly memberId: string; readonly mark: HoldingMark | null }[];
}

export interface AgreementHoldingSummary {
  readonly weeks: AgreementHoldingWeek[];
  /** For each sharing partner: the weeks they marked, and how many of those they marked held. */
  readonly partners: {
    readonly memberId: string;
    readonly marked: number;
    readonly held: number;
  }[];
}

/**
 * Whether one agreement held, week by week, as each partner who shares it with the therapist
 * marked it: oldest week first, only weeks someone marked. Each partner's own view stays
 * theirs; a week one of them did not mark shows null for them, never a guess.
 */
export function agreementHoldingByWeek(
  agreementId: string,
  memberIds: readonly string[],
  marks: readonly PartnerHoldingMark[],
): AgreementHoldingSummary {
  const own = marks.filter(
    (mark) => mark.agreementId === agreementId && memberIds.includes(mark.memberId),
  );
  const weeks = [...new Set(own.map((mark) => mark.weekStart))].sort();
  const markOf = (memberId: string, weekStart: string) =>
    own.find((mark) => mark.memberId === memberId && mark.weekStart === weekStart)?.mark ?? null;
  return {
    weeks: weeks.map((weekStart) => ({
      weekStart,
      marks: memberIds.map((memberId) => ({ memberId, mark: markOf(memberId, weekStart) })),
    })),
    partners: memberIds.map((memberId) => {
      const theirs = own.filter((mark) => mark.memberId === memberId);
      return {
        memberId,
        marked: theirs.length,
        held: theirs.filter((mark) => mark.mark === 'held').length,
      };
    }),
  };
}
