import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClockRuleName, ClockUnit } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import type { ClockSetting } from './get-clock-settings';
import { settingKeys } from './keys';

export interface UpdateClockSettingInput {
  rule: ClockRuleName;
  /** The version seen; none while the city still runs the default (sent as If-Match "0"). */
  version: number | null;
  length: number;
  unit: ClockUnit;
}

/** Sets the city's own length for a rule that local rules set differently (perCity). */
export const updateClockSetting = ({ rule, version, length, unit }: UpdateClockSettingInput) =>
  request<ClockSetting>(`/settings/clocks/${rule}`, { method: 'PUT', body: { length, unit }, ifMatch: version ?? 0 });

export function useUpdateClockSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClockSetting,
    onSettled: (_, error) => {
      if (!error || isApiError(error, 'version_conflict')) void queryClient.invalidateQueries({ queryKey: settingKeys.clocks() });
    },
  });
}
