/** Small readers for untrusted JSON. Each returns undefined rather than guessing. */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function readNumber(record: JsonRecord, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readArray(record: JsonRecord, key: string): readonly unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

/** The extensions of an element, keeping only well-formed ones (an object with a url). */
export function readExtensions(record: JsonRecord): JsonRecord[] {
  return readArray(record, 'extension').filter(
    (extension): extension is JsonRecord =>
      isRecord(extension) && readString(extension, 'url') !== undefined,
  );
}

/** The numeric value (valueDecimal or valueInteger) of the first extension with one of `urls`. */
export function extensionNumber(record: JsonRecord, urls: readonly string[]): number | undefined {
  for (const extension of readExtensions(record)) {
    if (!urls.includes(extension.url as string)) continue;
    const value = readNumber(extension, 'valueDecimal') ?? readNumber(extension, 'valueInteger');
    if (value !== undefined) return value;
  }
  return undefined;
}
