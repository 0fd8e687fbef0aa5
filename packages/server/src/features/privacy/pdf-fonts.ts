import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Noto Sans, from the @fontsource package, for the PDF summary. Fontsource splits the font by
 * script (Latin, extended Latin, Cyrillic, Greek, Vietnamese); text is written in runs, each in
 * the piece that has its letters, so a name like "Zoë", "Łukasz" or "Алёна" prints as typed.
 * Letters no piece covers fall back to the Latin one.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
type Subset = (typeof SUBSETS)[number];
export type Weight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@fontsource/noto-sans/package.json'));
const unicodeRanges = JSON.parse(
  readFileSync(path.join(packageDir, 'unicode.json'), 'utf8'),
) as Record<string, string>;

/** "U+0100-02BA,U+0304" → [[0x100, 0x2ba], [0x304, 0x304]] */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '0', to] = part.replace(/^U\+/, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

const RANGES: readonly [Subset, [number, number][]][] = SUBSETS.map((subset) => [
  subset,
  parseRanges(unicodeRanges[subset] ?? ''),
]);

function subsetOf(codePoint: number): Subset {
  for (const [subset, ranges] of RANGES) {
    if (ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return subset;
  }
  return 'latin';
}

export function fontName(subset: Subset, weight: Weight): string {
  return `noto-${subset}-${weight}`;
}

let loaded: { name: string; data: Buffer }[] | null = null;

/** Every piece in both weights, read once per process, as pdfkit's registerFont takes them. */
export function fontFiles(): { name: string; data: Buffer }[] {
  loaded ??= SUBSETS.flatMap((subset) =>
    (['regular', 'bold'] as const).map((weight) => ({
      name: fontName(subset, weight),
      data: readFileSync(
        path.join(
          packageDir,
          'files',
          `noto-sans-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`,
        ),
      ),
    })),
  );
  return loaded;
}

/** The text cut where the covering piece changes: [font name, text] pairs in order. */
export function fontRuns(text: string, weight: Weight): [string, string][] {
  const runs: [string, string][] = [];
  let current: Subset | null = null;
  let run = '';
  for (const character of text) {
    // Each piece holds only its own letters (spaces and digits are in the Latin one).
    const subset = subsetOf(character.codePointAt(0) ?? 0);
    if (subset !== current && run) {
      runs.push([fontName(current ?? 'latin', weight), run]);
      run = '';
    }
    current = subset;
    run += character;
  }
  if (run) runs.push([fontName(current ?? 'latin', weight), run]);
  return runs;
}
