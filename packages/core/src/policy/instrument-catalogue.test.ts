import { describe, expect, it } from 'vitest';
import {
  type InstrumentOwnership,
  isInstrumentOfferedToPartner,
  isInstrumentVisibleToTherapist,
  mayAddVersion,
  mayImportOwnInstrument,
  mayManageInstrumentCatalogue,
  mayReadAnswersTo,
  mayTherapistAssignInstrument,
  mayTherapistRetireInstrument,
  SHARED_CATALOGUE,
} from './instrument-catalogue.js';

const ALEX = 'therapist-alex';
const BLAKE = 'therapist-blake';
const alexs: InstrumentOwnership = { kind: 'therapist', therapistUserId: ALEX };
const SHARING = { linkedToTherapist: true, sharesQuestionnaires: true };

describe('instrument catalogue policy', () => {
  it('lets a named administrator manage the catalogue, whatever the case of their address', () => {
    expect(
      mayManageInstrumentCatalogue({ email: 'Admin@Example.org' }, ['admin@example.org']),
    ).toBe(true);
  });

  it('denies everyone else, the signed-out, and everyone when no administrator is named', () => {
    expect(mayManageInstrumentCatalogue({ email: 'sam@example.org' }, ['admin@example.org'])).toBe(
      false,
    );
    expect(mayManageInstrumentCatalogue(null, ['admin@example.org'])).toBe(false);
    expect(mayManageInstrumentCatalogue({ email: 'admin@example.org' }, [])).toBe(false);
  });
});

describe("a therapist's own instruments", () => {
  it('only therapist accounts import instruments of their own', () => {
    expect(mayImportOwnInstrument({ kind: 'therapist' })).toBe(true);
    expect(mayImportOwnInstrument({ kind: 'person' })).toBe(false);
    expect(mayImportOwnInstrument(null)).toBe(false);
  });

  it('the owner sees theirs and the shared catalogue; another therapist sees only the shared one', () => {
    expect(isInstrumentVisibleToTherapist(alexs, ALEX)).toBe(true);
    expect(isInstrumentVisibleToTherapist(alexs, BLAKE)).toBe(false);
    expect(isInstrumentVisibleToTherapist(SHARED_CATALOGUE, ALEX)).toBe(true);
    expect(isInstrumentVisibleToTherapist(SHARED_CATALOGUE, BLAKE)).toBe(true);
  });

  it('a therapist retires only their own, never the shared catalogue or a colleague’s', () => {
    expect(mayTherapistRetireInstrument(alexs, ALEX)).toBe(true);
    expect(mayTherapistRetireInstrument(alexs, BLAKE)).toBe(false);
    expect(mayTherapistRetireInstrument(SHARED_CATALOGUE, ALEX)).toBe(false);
  });

  it('a new version stays with the owner of the instrument it replaces', () => {
    expect(mayAddVersion(alexs, alexs)).toBe(true);
    expect(mayAddVersion(SHARED_CATALOGUE, SHARED_CATALOGUE)).toBe(true);
    expect(mayAddVersion(alexs, { kind: 'therapist', therapistUserId: BLAKE })).toBe(false);
    expect(mayAddVersion(alexs, SHARED_CATALOGUE)).toBe(false);
    expect(mayAddVersion(SHARED_CATALOGUE, alexs)).toBe(false);
  });

  it('is assigned by its owner only, to a linked partner who shares questionnaires', () => {
    expect(mayTherapistAssignInstrument(alexs, ALEX, SHARING)).toBe(true);
    expect(mayTherapistAssignInstrument(alexs, BLAKE, SHARING)).toBe(false);
    expect(mayTherapistAssignInstrument(SHARED_CATALOGUE, BLAKE, SHARING)).toBe(true);
    expect(
      mayTherapistAssignInstrument(alexs, ALEX, { ...SHARING, sharesQuestionnaires: false }),
    ).toBe(false);
    expect(
      mayTherapistAssignInstrument(alexs, ALEX, { ...SHARING, linkedToTherapist: false }),
    ).toBe(false);
  });

  it('is offered to a partner only while its owner asks them; the shared catalogue always', () => {
    expect(isInstrumentOfferedToPartner(alexs, [ALEX])).toBe(true);
    expect(isInstrumentOfferedToPartner(alexs, [BLAKE, ALEX])).toBe(true);
    expect(isInstrumentOfferedToPartner(alexs, [])).toBe(false);
    // An assignment by someone else (which the assign rule never allows) offers nothing.
    expect(isInstrumentOfferedToPartner(alexs, [BLAKE])).toBe(false);
    expect(isInstrumentOfferedToPartner(SHARED_CATALOGUE, [])).toBe(true);
  });

  it('answers already given stay readable to the respondent and the owner, never to another therapist', () => {
    expect(mayReadAnswersTo(alexs, { kind: 'respondent' })).toBe(true);
    expect(mayReadAnswersTo(alexs, { kind: 'therapist', therapistUserId: ALEX })).toBe(true);
    expect(mayReadAnswersTo(alexs, { kind: 'therapist', therapistUserId: BLAKE })).toBe(false);
    expect(mayReadAnswersTo(SHARED_CATALOGUE, { kind: 'therapist', therapistUserId: BLAKE })).toBe(
      true,
    );
  });
});
