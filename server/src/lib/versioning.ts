import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** The version a write was based on, from `If-Match: "<version>"`; writes without one are refused. */
export function ifMatchVersion(req: FastifyRequest): number {
  const header = req.headers['if-match'];
  if (!header) throw new AppError('precondition_required', { detail: 'send If-Match with the ETag you read' });
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new AppError('version_conflict', { detail: `If-Match ${header} is not a version of this record` });
  return Number(match[1]);
}

export function expectVersion(current: number, expected: number): void {
  if (current !== expected) throw new AppError('version_conflict', { detail: `the record is at version ${current}, not ${expected}` });
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('ETag', `"${version}"`);
}
