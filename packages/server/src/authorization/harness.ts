import type { AmendDb } from '../db/database.js';
import type { TestClient, TestResponse } from '../test-support/client.js';
import type { SignedUpPerson } from '../test-support/factories.js';

/**
 * The authorization matrix: every route, asked by every kind of person. Each feature keeps its
 * rows in `routes/<feature>.ts` (a `matrix` export) and seeds the target space with its own
 * records there, so features can be added side by side without touching one shared list.
 */
export const ACTORS = ['signedOut', 'stranger', 'otherSpaceMember', 'partner', 'member'] as const;
export type MemberActorKind = (typeof ACTORS)[number];

/**
 * Therapists: linked to the target space with the member's consent to everything, to metrics
 * only, or with consent revoked; and a therapist of another couple. A therapist is never a
 * member, so every couple route must refuse them: the consented one walks every route (answered
 * like the stranger unless the row says otherwise); the other three walk the rows that name them.
 */
export const THERAPIST_ACTORS = [
  'consentedTherapist',
  'partlyConsentedTherapist',
  'revokedTherapist',
  'otherTherapist',
] as const;
export type TherapistActorKind = (typeof THERAPIST_ACTORS)[number];

/**
 * An instance administrator (named in AMEND_ADMIN_EMAILS), with no space of their own. They walk
 * only the rows that name them, like the therapists other than the consented one.
 */
export const ADMINISTRATOR = 'administrator' as const;
export type AdministratorActorKind = typeof ADMINISTRATOR;

/** The actors a row may name beyond the five member actors; unnamed, they answer like the stranger. */
export type OptionalActorKind = TherapistActorKind | AdministratorActorKind;
export type ActorKind = MemberActorKind | OptionalActorKind;

export interface Scenario {
  readonly spaceId: string;
  readonly invitation: { id: string; code: string; token: string };
  /** The target member's couple_members id. */
  readonly memberId: string;
  /** Ids of the records the features' seeds created in the target space, by name. */
  readonly records: Readonly<Record<string, string>>;
  readonly clients: Record<ActorKind, TestClient>;
}

/** What a feature's seed gets: the target space, its member, and the partner when there is one. */
export interface SeedContext {
  readonly member: SignedUpPerson;
  /** Present only in the partner's cells, where the partner has joined the space. */
  readonly partner: SignedUpPerson | null;
  readonly spaceId: string;
  readonly memberId: string;
  readonly db: AmendDb;
  /** A new signed-out client, for seeds that need another account (a therapist). */
  readonly newClient: () => TestClient;
}

export interface SeededRecords {
  readonly records: Record<string, string>;
  /** Text that the partner must never be shown by any GET (the member's private things). */
  readonly hiddenFromPartner?: readonly string[];
  /** Text that nobody outside the space may be shown by any GET. */
  readonly hiddenFromOutsiders?: readonly string[];
}

export interface RouteCase {
  readonly method: string;
  /** The route as registered, with its :parameters. */
  readonly url: string;
  readonly send: (client: TestClient, scenario: Scenario) => Promise<TestResponse>;
  readonly expected: Record<MemberActorKind, number> & Partial<Record<OptionalActorKind, number>>;
  /** Actors entitled to change the target space here (its members, or the invitee). */
  readonly mayChange?: readonly ActorKind[];
  /**
   * Sends a wrong password, which counts toward the account's growing waits: such cells get a
   * scenario of their own, or the sixth of them would meet a wait instead of its answer.
   */
  readonly spendsPasswordTries?: boolean;
}

export interface MatrixModule {
  readonly routes: readonly RouteCase[];
  /** Creates this feature's records in the target space before each cell. */
  readonly seed?: (context: SeedContext) => Promise<SeededRecords>;
}

export const everyone = (status: number): Record<MemberActorKind, number> => ({
  signedOut: status,
  stranger: status,
  otherSpaceMember: status,
  partner: status,
  member: status,
});

/** The partner is answered like the member unless the row says otherwise. */
export const signedIn = (
  signedOut: number,
  rest: Omit<Record<MemberActorKind, number>, 'signedOut' | 'partner'> & {
    partner?: number;
  } & Partial<Record<OptionalActorKind, number>>,
): RouteCase['expected'] => ({ signedOut, ...rest, partner: rest.partner ?? rest.member });

/**
 * The status a row expects of an actor: a therapist or administrator not named is answered like
 * the stranger.
 */
export function expectedStatus(route: RouteCase, actor: ActorKind): number {
  if ((ACTORS as readonly string[]).includes(actor)) {
    return route.expected[actor as MemberActorKind];
  }
  return route.expected[actor as OptionalActorKind] ?? route.expected.stranger;
}

/**
 * The actors a row is asked by: everyone, the consented therapist, and the other therapists and
 * the administrator when it names them.
 */
export function actorsOf(route: RouteCase): ActorKind[] {
  return [
    ...ACTORS,
    ...THERAPIST_ACTORS.filter(
      (actor) => actor === 'consentedTherapist' || route.expected[actor] !== undefined,
    ),
    ...(route.expected[ADMINISTRATOR] === undefined ? [] : [ADMINISTRATOR as ActorKind]),
  ];
}

/** Therapists linked to the target space: they may be shown its partners' names. */
export const LINKED_THERAPISTS: readonly ActorKind[] = [
  'consentedTherapist',
  'partlyConsentedTherapist',
  'revokedTherapist',
];

/** A record id of the scenario, failing loudly when no seed created it. */
export function recordId(scenario: Scenario, name: string): string {
  const id = scenario.records[name];
  if (!id) throw new Error(`No seed created the record "${name}"`);
  return id;
}
