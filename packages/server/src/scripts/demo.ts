import { DEMO_THERAPIST } from '../demo/demo-practice.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../demo/seed-demo.js';
import { exitWithStartupError, runAmend } from '../main.js';
import { loadConfig } from '../platform/config.js';

/** `npm run demo`: starts Amend on ./data-demo with the demo space, and says how to sign in. */
try {
  const config = loadConfig({ AMEND_DATA_DIR: './data-demo', ...process.env });
  await runAmend(config, {
    async prepare(deps) {
      const created = await seedDemo(deps);
      console.error(
        [
          '',
          created
            ? '  A demo space with nine months of history was created.'
            : '  Using the demo space created earlier.',
          `  Open ${config.publicUrl.toString()} and sign in as either partner:`,
          `    ${DEMO_PEOPLE.hurt.displayName} (was hurt):       ${DEMO_PEOPLE.hurt.email}`,
          `    ${DEMO_PEOPLE.involved.displayName} (was unfaithful): ${DEMO_PEOPLE.involved.email}`,
          `  Their therapist, with a caseload of four couples:`,
          `    ${DEMO_THERAPIST.displayName}: ${DEMO_THERAPIST.email}`,
          `  Password for all three: ${DEMO_PASSWORD}`,
          `  The demo lives in ${config.dataDir}; delete that folder to start over.`,
          '',
        ].join('\n'),
      );
    },
  });
} catch (error) {
  exitWithStartupError(error);
}
