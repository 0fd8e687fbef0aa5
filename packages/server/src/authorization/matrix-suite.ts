import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../test-support/context.js';
import {
  type ActorKind,
  actorsOf,
  expectedStatus,
  LINKED_THERAPISTS,
  type MatrixModule,
  THERAPIST_ACTORS,
} from './harness.js';
import { type BuiltScenario, buildScenario, fingerprint } from './scenario.js';

/**
 * Every route, asked by every kind of person: signed out, a stranger with no space, a member of a
 * different space, the partner, and a member of the target space. For everyone not entitled to
 * change it, the target space must be exactly as it was afterwards; the partner never sees the
 * member's private things; nobody outside sees anything of the space. Therapists walk every route
 * too (see THERAPIST_ACTORS): a therapist is never a member, and sees only what consent allows.
 * Each feature's rows live in `routes/<feature>.ts`; a route added without a row fails the
 * coverage test.
 *
 * The rows are split into MATRIX_PARTS test files (authorization-matrix-<n>.test.ts), features
 * balanced by their number of routes, so the test runner's workers share the matrix. Every part
 * still seeds every feature's records, so a route that leaks another feature's private things is
 * caught wherever it runs.
 */
export const MATRIX_PARTS = 3;

async function loadModules(): Promise<{ file: string; matrix: MatrixModule }[]> {
  const files = readdirSync(new URL('./routes/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const loaded: { matrix?: MatrixModule } = await import(`./routes/${file}`);
      if (!loaded.matrix) throw new Error(`routes/${file} must export "matrix"`);
      return { file, matrix: loaded.matrix };
    }),
  );
}

/** The features of one part: largest first, each to the part with the fewest routes so far. */
function featuresOfPart(
  modules: readonly { file: string; matrix: MatrixModule }[],
  part: number,
): MatrixModule[] {
  const load = new Array<number>(MATRIX_PARTS).fill(0);
  const chosen: MatrixModule[] = [];
  const bySize = [...modules].sort(
    (a, b) => b.matrix.routes.length - a.matrix.routes.length || a.file.localeCompare(b.file),
  );
  for (const module of bySize) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest] = (load[lightest] ?? 0) + module.matrix.routes.length;
    if (lightest === part) chosen.push(module.matrix);
  }
  return chosen;
}

/** Declares part `part` (0-based) of the matrix; part 0 also checks that every route has a row. */
export async function describeMatrixPart(part: number): Promise<void> {
  const ctx = useTestContext();

  const loaded = await loadModules();
  const MODULES = loaded.map((module) => module.matrix);
  const ALL_ROUTES = MODULES.flatMap((module) => module.routes);
  const ROUTES = featuresOfPart(loaded, part).flatMap((module) => module.routes);

  /**
   * Building a scenario (five or six accounts and every feature's records) is most of a cell's
   * cost. A cell that only reads, or that must be refused, leaves the target space as it found it —
   * the fingerprint check below proves that for every such cell — so those cells share one scenario
   * per actor. A cell expected to change something gets a fresh one. A shared scenario is thrown
   * away after any failing cell, so one broken route cannot skew the cells after it.
   */
  const sharedScenarios = new Map<ActorKind, Promise<BuiltScenario>>();

  function scenarioFor(actor: ActorKind, reusable: boolean): Promise<BuiltScenario> {
    if (!reusable) return buildScenario(ctx, MODULES, actor);
    let scenario = sharedScenarios.get(actor);
    if (!scenario) {
      scenario = buildScenario(ctx, MODULES, actor);
      sharedScenarios.set(actor, scenario);
    }
    return scenario;
  }

  describe(`authorization matrix, part ${part + 1} of ${MATRIX_PARTS}`, () => {
    for (const route of ROUTES) {
      for (const actor of actorsOf(route)) {
        const cell = `${actor} ${route.method} ${route.url}`;
        const status = expectedStatus(route, actor);
        const reusable = !route.spendsPasswordTries && (route.method === 'GET' || status >= 400);
        it(`${cell} → ${status}`, async ({ onTestFailed }) => {
          onTestFailed(() => {
            if (reusable) sharedScenarios.delete(actor);
          });
          const scenario = await scenarioFor(actor, reusable);
          const before = await fingerprint(ctx, scenario.spaceId);
          const response = await route.send(scenario.clients[actor], scenario);
          expect(response.status, JSON.stringify(response.body)).toBe(status);
          if (response.status >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
          if (!route.mayChange?.includes(actor))
            expect(await fingerprint(ctx, scenario.spaceId)).toBe(before);
          if (route.method !== 'GET') return;
          const text = JSON.stringify(response.body);
          // The partner and any therapist see what is shared, never what the member kept private.
          if (actor === 'partner' || (THERAPIST_ACTORS as readonly string[]).includes(actor)) {
            for (const hidden of scenario.hiddenFromPartner) expect(text).not.toContain(hidden);
          }
          // Whatever someone outside the space is shown, none of it is the target space's.
          // A therapist the space works with may see its partners' names on the therapist routes.
          const linked =
            LINKED_THERAPISTS.includes(actor) && route.url.startsWith('/api/v1/therapist/');
          if (!['member', 'partner'].includes(actor) && !linked && response.status === 200) {
            for (const hidden of scenario.hiddenFromOutsiders) expect(text).not.toContain(hidden);
          }
        });
      }
    }

    if (part !== 0) return;
    it('covers every route the app serves, once', () => {
      const covered = ALL_ROUTES.map((route) => `${route.method} ${route.url}`);
      expect(covered.filter((route, index) => covered.indexOf(route) !== index)).toEqual([]);
      const served = ctx.app.registeredRoutes.filter(
        (route) =>
          / \/api\/v1\//.test(route) || route.endsWith(' /healthz') || route.endsWith(' /readyz'),
      );
      expect(served.filter((route) => !covered.includes(route))).toEqual([]);
      expect(covered.filter((route) => !served.includes(route))).toEqual([]);
      const parts = readdirSync(new URL('./', import.meta.url)).filter((file) =>
        /^authorization-matrix-\d+\.test\.ts$/.test(file),
      );
      expect(parts.sort()).toEqual(
        Array.from({ length: MATRIX_PARTS }, (_, n) => `authorization-matrix-${n + 1}.test.ts`),
      );
    });
  });
}
