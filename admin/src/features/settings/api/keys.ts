export const settingKeys = {
  all: ['settings'] as const,
  clocks: () => [...settingKeys.all, 'clocks'] as const,
};
