import type { FieldProblem } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import {
  type AccountKindSetup,
  type PublicUser,
  type SignedUpAccount,
  type SignUpInput,
  signUp,
  signUpAndSignIn,
} from '../accounts/service.js';
import { therapistOrNotFound } from './context.js';
import * as store from './store.js';

export interface TherapistProfileInput {
  readonly profession: string;
  readonly licenceNumber: string;
  readonly practiceName: string;
}

export interface TherapistProfileView extends TherapistProfileInput {
  readonly displayName: string;
  readonly timeZone: string;
}

const PROFILE_LIMITS = {
  profession: { max: 120, message: 'Enter your profession, e.g. couples therapist.' },
  licenceNumber: { max: 80, message: 'Enter your licence or registration number.' },
  practiceName: { max: 120, message: 'Enter the name of your practice.' },
} as const;

function cleanProfile(input: TherapistProfileInput): {
  profile: TherapistProfileInput;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const profile = {
    profession: input.profession.trim(),
    licenceNumber: input.licenceNumber.trim(),
    practiceName: input.practiceName.trim(),
  };
  for (const field of Object.keys(PROFILE_LIMITS) as (keyof TherapistProfileInput)[]) {
    const value = profile[field];
    if (value.length === 0 || value.length > PROFILE_LIMITS[field].max) {
      problems.push({ field, message: PROFILE_LIMITS[field].message });
    }
  }
  return { profile, problems };
}

/**
 * A therapist account: the same sign-in as anyone's, a different kind, and a professional
 * profile stored in the same transaction, so there is never a therapist without one.
 */
export async function signUpTherapist(
  deps: AppDeps,
  input: SignUpInput & TherapistProfileInput,
  origin: RequestOrigin,
): Promise<PublicUser> {
  return signUp(deps, personalDetails(input), origin, therapistSetup(input));
}

/** The same from a browser, signed in on it in that transaction too (see signUpAndSignIn). */
export async function signUpTherapistAndSignIn(
  deps: AppDeps,
  input: SignUpInput & TherapistProfileInput,
  origin: RequestOrigin,
): Promise<SignedUpAccount> {
  return signUpAndSignIn(deps, personalDetails(input), origin, therapistSetup(input));
}

function personalDetails(input: SignUpInput): SignUpInput {
  return {
    email: input.email,
    password: input.password,
    displayName: input.displayName,
    timeZone: input.timeZone,
  };
}

function therapistSetup(input: TherapistProfileInput): AccountKindSetup {
  const { profile, problems } = cleanProfile(input);
  return {
    kind: 'therapist',
    problems,
    store: (trx, userId, at) => store.insertProfile(trx, { userId, ...profile }, at),
  };
}

export async function therapistProfile(
  deps: AppDeps,
  userId: string,
): Promise<TherapistProfileView> {
  const profile = await therapistOrNotFound(deps, userId);
  return {
    displayName: profile.displayName,
    timeZone: profile.timeZone,
    profession: profile.profession,
    licenceNumber: profile.licenceNumber,
    practiceName: profile.practiceName,
  };
}
