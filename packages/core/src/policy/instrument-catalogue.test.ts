import { describe, expect, it } from 'vitest';
import { mayManageInstrumentCatalogue } from './instrument-catalogue.js';

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
