/**
 * Rows go into PostgreSQL through COPY (text format), generated as they stream: each table has
 * its own connection and sink, and the generator waits whenever a sink's stream is full.
 */
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';

type Value = string | number | boolean | null | undefined;

/** COPY text format: tab-separated, `\N` for null, backslash escapes. */
const field = (v: Value): string => {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
};

/** A PostgreSQL array literal of plain words or uuids. */
export const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;

export class CopySink {
  private buffer = '';
  private stream = new PassThrough({ highWaterMark: 1 << 20 });
  private done: Promise<void>;
  rows = 0;

  constructor(client: pg.PoolClient, table: string, columns: string[]) {
    const copy = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    this.done = pipeline(this.stream, copy);
    // a failing COPY must not go unnoticed while the generator keeps writing
    this.done.catch(() => undefined);
  }

  /** Adds a row; resolves at once unless the stream is full. */
  add(values: Value[]): Promise<void> | undefined {
    this.buffer += values.map(field).join('\t') + '\n';
    this.rows++;
    if (this.buffer.length < 1 << 16) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    const chunk = this.buffer;
    this.buffer = '';
    if (this.stream.write(chunk)) return undefined;
    return new Promise((resolve) => this.stream.once('drain', resolve));
  }

  async end(): Promise<void> {
    if (this.buffer) await this.flush();
    this.stream.end();
    await this.done;
  }
}
