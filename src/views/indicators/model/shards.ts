// Which province shards of the build-time catalogue the view loads. Pure.
import type { TargetsIndex } from '../../../shared/schema';

/** Up to this many targets in all, every province's shard is loaded (the whole catalogue at once). */
export const TARGET_BUDGET = 3000;

/** Which province shards to load: all within the budget, else the filtered (or the first) province. */
export function shardsToLoad(index: TargetsIndex, province: string | null, docProvinceCode: string | null): { codes: string[]; scoped: boolean } {
  const total = index.shards.reduce((n, s) => n + s.count, 0);
  if (total <= TARGET_BUDGET) return { codes: index.shards.map((s) => s.provinceCode), scoped: false };
  const chosen = index.shards.find((s) => (province !== null ? s.province === province : s.provinceCode === docProvinceCode)) ?? index.shards.find((s) => s.count > 0);
  return { codes: chosen ? [chosen.provinceCode] : [], scoped: true };
}

