// Sizes as people read them.

export const MIB = 1048576;

/** "1.5 MiB"; `digits` after the point (default 1). */
export function mib(bytes: number, digits = 1): string {
  return `${(bytes / MIB).toFixed(digits)} MiB`;
}
