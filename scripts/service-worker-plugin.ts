import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Writes sw.js into the web build: packages/web/pwa/service-worker.js with this build's app shell (every emitted
 * file except source maps) and a version made from their names, so a new build replaces the old
 * cache. A few lines instead of Workbox, whose build tooling brings Babel and Rollup plugins for
 * what is a list of file names here.
 */
export function serviceWorkerPlugin(): Plugin {
  const source = new URL('../packages/web/pwa/service-worker.js', import.meta.url);
  return {
    name: 'amend-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map') && file !== 'index.html')
        .map((file) => `/${file}`)
        .sort();
      const publicFiles = [
        '/manifest.webmanifest',
        '/manifest-discreet.webmanifest',
        '/icons/amend-192.png',
        '/icons/notes-192.png',
      ];
      const files = [...shell, ...publicFiles];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const code = readFileSync(source, 'utf8')
        .replace("const SHELL_VERSION = 'development';", `const SHELL_VERSION = '${version}';`)
        .replace('const SHELL_FILES = [];', `const SHELL_FILES = ${JSON.stringify(files)};`);
      if (!code.includes(version)) throw new Error('service-worker.js placeholders not found');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
