import { queryOptions, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { ClockSetting as ClockSettingSchema } from '@union/shared';
import { request } from '@/lib/api';
import { settingKeys } from './keys';

export type ClockSetting = Type.Static<typeof ClockSettingSchema>;

/** Every clock rule as the caller's city runs it: its length and unit now, and the default. */
export const getClockSettings = (signal?: AbortSignal) =>
  request<{ items: ClockSetting[] }>('/settings/clocks', { signal }).then((body) => body.items);

export const clockSettingsQueryOptions = () =>
  queryOptions({ queryKey: settingKeys.clocks(), queryFn: ({ signal }) => getClockSettings(signal), staleTime: 0 });

export const useClockSettings = () => useQuery(clockSettingsQueryOptions());
