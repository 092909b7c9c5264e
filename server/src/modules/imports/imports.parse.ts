import { pipeline, Readable } from 'node:stream';
import { parse as csvParse } from 'csv-parse';
import iconv from 'iconv-lite';
import { importColumnFor, importRowBody, type ImportColumn, type ImportResource, type RuleName } from '@union/shared';
import { AppError, type FieldProblem } from '../../lib/errors.js';

/** One record of the file: its body for the single create, or why it could not be read. */
export type ImportRecord = { row: number; body: Record<string, unknown>; problem?: undefined } | { row: number; body?: undefined; problem: FieldProblem };

export const importMediaTypes = ['text/csv', 'application/x-ndjson', 'application/json'] as const;

/** Enough bytes to tell UTF-8 from GB18030 before decoding the rest as a stream. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The body as text, decoded as it arrives: the declared charset, else UTF-8 (a BOM dropped) when
 * the first bytes are valid UTF-8, else GB18030 (which covers GBK and GB2312, what Excel in China writes).
 */
async function* decoded(stream: AsyncIterable<Buffer>, declared: string | null): AsyncGenerator<string> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = Buffer.concat(head);
  const decoder = iconv.getDecoder(declared ?? sniff(sample, ended));
  yield decoder.write(sample);
  while (!ended) {
    const next = await it.next();
    if (next.done) break;
    yield decoder.write(next.value);
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

function sniff(sample: Buffer, complete: boolean): string {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  try {
    // streaming: a character cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** The charset a Content-Type declares, when iconv knows it. */
function declaredCharset(contentType: string): string | null {
  const m = /;\s*charset="?([\w-]+)"?/i.exec(contentType);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (name === 'gbk' || name === 'gb2312') return 'gb18030';
  return iconv.encodingExists(name) ? name : null;
}

const fileError = (rule: RuleName, params: Record<string, unknown>, path = '(body)') => new AppError('validation_failed', { errors: [{ path, rule, params }] });

/** The records of an import body, read as a stream: CSV (by header), NDJSON or a JSON array. */
export function readRecords(resource: ImportResource, body: Readable, contentType: string): AsyncGenerator<ImportRecord> {
  const text = decoded(body, declaredCharset(contentType));
  const media = contentType.split(';')[0].trim().toLowerCase();
  if (media === 'text/csv') return csvRecords(resource, text);
  if (media === 'application/x-ndjson') return ndjsonRecords(text);
  return jsonArrayRecords(text);
}

async function* csvRecords(resource: ImportResource, text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  const parser = csvParse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  // pipeline, not pipe: a body cut off half-way must fail the parser (and so the import), not leave it waiting
  pipeline(Readable.from(text), parser, () => undefined);
  let columns: (ImportColumn | null)[] | null = null;
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!columns) {
        columns = cells.map((h) => importColumnFor(resource, h));
        const unknown = cells.filter((h, i) => !columns![i] && h.trim());
        if (unknown.length) throw new AppError('validation_failed', { errors: unknown.map((column) => ({ path: column, rule: 'import.unknown_column', params: { column } })) });
        continue;
      }
      row++;
      const pairs = cells.flatMap((cell, i) => (columns![i] ? [[columns![i]!, cell] as const] : []));
      yield { row, body: importRowBody(pairs) };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fileError('import.bad_csv', { problem: (err as Error).message });
  }
}

async function* lines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of text) {
    rest += chunk;
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
    }
  }
  if (rest) yield rest;
}

function recordOf(row: number, json: string): ImportRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { row, problem: { path: '(row)', rule: 'import.bad_json', params: { problem: (err as Error).message } } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { row, problem: { path: '(row)', rule: 'import.not_object' } };
  return { row, body: value as Record<string, unknown> };
}

async function* ndjsonRecords(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let row = 0;
  for await (const line of lines(text)) {
    const json = line.replace(/^\uFEFF/, '').trim();
    if (json) yield recordOf(++row, json);
  }
}

/**
 * The elements of a top-level JSON array, one at a time: a small scanner follows strings and
 * nesting so that only one element is held, then hands each element's text to JSON.parse.
 */
async function* jsonArrayRecords(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let started = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = '';
  let row = 0;
  for await (const chunk of text) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (!started) {
        if (c === '[') {
          started = true;
          from = i + 1;
        } else if (!/[\s\uFEFF]/.test(c)) throw fileError('import.not_array', {});
        continue;
      }
      if (closed) {
        if (!/\s/.test(c)) throw fileError('import.not_array', {});
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) {
          // the closing bracket of the array
          element += chunk.slice(from, i);
          if (element.trim()) yield recordOf(++row, element);
          element = '';
          closed = true;
          continue;
        }
        depth--;
      } else if (c === ',' && depth === 0) {
        element += chunk.slice(from, i);
        yield recordOf(++row, element);
        element = '';
        from = i + 1;
      }
    }
    if (started && !closed) element += chunk.slice(from);
  }
  if (!closed) throw fileError('import.not_array', {});
}
