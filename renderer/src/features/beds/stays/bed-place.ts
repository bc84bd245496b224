import type { TFunction } from 'i18next';
import type { BedPlace } from '../../../../../shared/ipc/beds';

/** "1号楼 101 101-1床": where a bed is, as staff say it. */
export function bedPlaceText(t: TFunction<'beds'>, place: BedPlace | null | undefined): string {
  if (!place) return '';
  return t('stays.common.bedPlace', {
    building: place.buildingName,
    room: place.roomName,
    bed: place.bedLabel,
  });
}
