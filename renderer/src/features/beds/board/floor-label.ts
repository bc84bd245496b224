import type { TFunction } from 'i18next';

/** "3 层" / "Floor 3"; below ground "地下 1 层" / "Basement 1". */
export function floorLabel(t: TFunction<'beds'>, floor: number): string {
  return floor < 0 ? t('board.basement', { floor: -floor }) : t('board.floor', { floor });
}
