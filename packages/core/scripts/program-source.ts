import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml } from 'yaml';
import type {
  Block,
  ExerciseContent,
  ExerciseField,
  Inline,
  LearnArticle,
  NoteKey,
  ProgramContent,
  RichText,
  StageContent,
} from '../src/program/types.js';

/**
 * Turns the program's Markdown files (front matter + body) into the typed content structure.
 * Pure: it takes file texts and gives content or problems; generate-program.ts does the I/O.
 * Only a small subset of Markdown is accepted — paragraphs, headings, lists, emphasis and links
 * inside Amend — so raw HTML or images in content fail the build instead of reaching a page.
 */

export class ContentError extends Error {}

type Data = Record<string, unknown>;

function fail(file: string, message: string): never {
  throw new ContentError(`${file}: ${message}`);
}

export function splitFrontMatter(file: string, text: string): { data: Data; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) fail(file, 'must begin with front matter between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    fail(file, `the front matter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail(file, 'the front matter must be a YAML mapping');
  return { data: data as Data, body: match[2] ?? '' };
}

function inlines(file: string, nodes: readonly PhrasingContent[]): Inline[] {
  return nodes.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { type: 'text', text: node.value.replace(/\s*\n\s*/g, ' ') };
      case 'break':
        return { type: 'text', text: ' ' };
      case 'emphasis':
      case 'strong':
        return { type: node.type, children: inlines(file, node.children) };
      case 'link':
        return { type: 'link', href: node.url, children: inlines(file, node.children) };
      default:
        return fail(file, `"${node.type}" is not allowed in program content`);
    }
  });
}

export function markdownBlocks(file: string, markdown: string): RichText {
  const tree = fromMarkdown(markdown);
  return tree.children.map((node: RootContent): Block => {
    switch (node.type) {
      case 'paragraph':
        return { type: 'paragraph', children: inlines(file, node.children) };
      case 'heading':
        return { type: 'heading', children: inlines(file, node.children) };
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          items: node.children.map((item) => {
            const [only, ...rest] = item.children;
            if (only?.type !== 'paragraph' || rest.length > 0)
              fail(file, 'each list item must be a single paragraph');
            return inlines(file, only.children);
          }),
        };
      default:
        return fail(file, `"${node.type}" is not allowed in program content`);
    }
  });
}

function text(file: string, data: Data, key: string): string {
  const value = data[key];
  if (typeof value !== 'string' || value.trim() === '') fail(file, `"${key}" must be some text`);
  return value.trim();
}

function optionalText(file: string, data: Data, key: string): string | null {
  return data[key] === undefined || data[key] === null ? null : text(file, data, key);
}

function whole(file: string, data: Data, key: string, fallback: number): number {
  const value = data[key] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    fail(file, `"${key}" must be a whole number, 0 or more`);
  return value;
}

function strings(file: string, data: Data, key: string): string[] {
  const value = data[key] ?? [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    fail(file, `"${key}" must be a list of names`);
  return value as string[];
}

function known(file: string, data: Data, keys: readonly string[]): void {
  for (const key of Object.keys(data)) {
    if (!keys.includes(key)) fail(file, `"${key}" is not a known front-matter key`);
  }
}

export function parseStage(file: string, source: string): StageContent {
  const { data, body } = splitFrontMatter(file, source);
  known(file, data, [
    'id',
    'number',
    'title',
    'purpose',
    'minimumDays',
    'pacingReason',
    'learn',
    'notes',
  ]);
  const notesData = data.notes ?? {};
  if (typeof notesData !== 'object' || notesData === null || Array.isArray(notesData))
    fail(file, '"notes" must map a role or relationship type to Markdown');
  const notes: Partial<Record<NoteKey, RichText>> = {};
  for (const [key, markdown] of Object.entries(notesData)) {
    if (typeof markdown !== 'string') fail(file, `the note "${key}" must be Markdown text`);
    notes[key as NoteKey] = markdownBlocks(`${file} (note ${key})`, markdown);
  }
  return {
    id: text(file, data, 'id'),
    number: whole(file, data, 'number', 0),
    title: text(file, data, 'title'),
    purpose: text(file, data, 'purpose'),
    minimumDays: whole(file, data, 'minimumDays', 0),
    pacingReason: optionalText(file, data, 'pacingReason'),
    learn: strings(file, data, 'learn'),
    reading: markdownBlocks(file, body),
    notes,
  };
}

function parseField(file: string, raw: unknown): ExerciseField {
  if (typeof raw !== 'object' || raw === null) fail(file, 'each field must be a mapping');
  const data = raw as Data;
  known(file, data, [
    'id',
    'kind',
    'label',
    'hint',
    'optional',
    'showIf',
    'maxLength',
    'maxItems',
    'options',
  ]);
  const id = text(file, data, 'id');
  const at = `${file}, field ${id}`;
  const showIf = data.showIf as Data | undefined;
  const base = {
    id,
    label: text(at, data, 'label'),
    hint: optionalText(at, data, 'hint'),
    optional: data.optional === true,
    showIf: showIf
      ? { field: text(at, showIf, 'field'), equals: text(at, showIf, 'equals') }
      : null,
  };
  switch (data.kind) {
    case 'text':
      return { ...base, kind: 'text', maxLength: whole(at, data, 'maxLength', 4000) };
    case 'list':
      return {
        ...base,
        kind: 'list',
        maxItems: whole(at, data, 'maxItems', 10),
        itemMaxLength: 300,
      };
    case 'choice': {
      const options = data.options;
      if (typeof options !== 'object' || options === null || Array.isArray(options))
        fail(at, '"options" must map each option id to its label');
      return {
        ...base,
        kind: 'choice',
        options: Object.entries(options).map(([optionId, label]) => {
          if (typeof label !== 'string') fail(at, `the option "${optionId}" needs a label`);
          return { id: optionId, label };
        }),
      };
    }
    default:
      return fail(at, '"kind" must be text, list or choice');
  }
}

export function parseExercise(file: string, source: string): ExerciseContent {
  const { data, body } = splitFrontMatter(file, source);
  known(file, data, [
    'id',
    'stage',
    'title',
    'summary',
    'for',
    'relationshipTypes',
    'visibility',
    'respondsTo',
    'fields',
  ]);
  if (!Array.isArray(data.fields)) fail(file, '"fields" must be a list');
  return {
    id: text(file, data, 'id'),
    stage: text(file, data, 'stage'),
    title: text(file, data, 'title'),
    summary: text(file, data, 'summary'),
    audience: text(file, data, 'for') as ExerciseContent['audience'],
    relationshipTypes: strings(
      file,
      data,
      'relationshipTypes',
    ) as ExerciseContent['relationshipTypes'],
    defaultVisibility: text(file, data, 'visibility') as ExerciseContent['defaultVisibility'],
    respondsTo: optionalText(file, data, 'respondsTo'),
    fields: data.fields.map((field) => parseField(file, field)),
    instructions: markdownBlocks(file, body),
  };
}

export function parseArticle(file: string, source: string): LearnArticle {
  const { data, body } = splitFrontMatter(file, source);
  known(file, data, ['slug', 'title', 'summary']);
  return {
    slug: text(file, data, 'slug'),
    title: text(file, data, 'title'),
    summary: text(file, data, 'summary'),
    body: markdownBlocks(file, body),
  };
}

/** One locale's files, by path relative to its folder (`stages/…`, `exercises/…`, `learn/…`). */
export function buildProgramContent(
  locale: string,
  files: ReadonlyMap<string, string>,
): ProgramContent {
  const sorted = [...files.entries()].sort(([a], [b]) => a.localeCompare(b));
  const of = (folder: string) => sorted.filter(([path]) => path.startsWith(`${folder}/`));
  return {
    locale,
    stages: of('stages')
      .map(([path, source]) => parseStage(`${locale}/${path}`, source))
      .sort((a, b) => a.number - b.number),
    exercises: of('exercises').map(([path, source]) => parseExercise(`${locale}/${path}`, source)),
    articles: of('learn').map(([path, source]) => parseArticle(`${locale}/${path}`, source)),
  };
}
