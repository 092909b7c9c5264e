import { describe, expect, it } from 'vitest';
import { permissions, permissionsOf } from '../users/roles.js';
import { apiClientPermissionProblems, webhookEventLabels, webhookEventTypes, webhookMaxAttempts, webhookRetryDelaySeconds } from './integrations.js';

describe('API key permissions', () => {
  it('allows any subset of what the creator holds', () => {
    const staff = permissionsOf(['staff']);
    expect(apiClientPermissionProblems(['cases:read', 'cases:write'], staff)).toEqual([]);
    expect(apiClientPermissionProblems([...staff], staff)).toEqual([]);
  });

  it('names each permission the creator does not hold', () => {
    expect(apiClientPermissionProblems(['cases:read', 'users:write', 'settings:write'], permissionsOf(['staff']))).toEqual(['users:write', 'settings:write']);
  });

  it('never lets a key manage keys, even when its creator may', () => {
    const all = permissionsOf(['admin']);
    expect(apiClientPermissionProblems([...permissions], all)).toEqual(['api_clients:write']);
  });
});

describe('webhook retries', () => {
  it('doubles the wait from 30 seconds and caps it at six hours', () => {
    expect([1, 2, 3, 4].map(webhookRetryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(webhookRetryDelaySeconds(20)).toBe(6 * 3600);
  });

  it('gives up after a bounded number of tries spanning at least an hour', () => {
    let total = 0;
    for (let attempt = 1; attempt < webhookMaxAttempts; attempt++) total += webhookRetryDelaySeconds(attempt);
    expect(total).toBeGreaterThanOrEqual(3600);
  });

  it('labels every event type in both languages', () => {
    for (const type of webhookEventTypes) expect(webhookEventLabels[type].zh && webhookEventLabels[type].en).toBeTruthy();
  });
});
