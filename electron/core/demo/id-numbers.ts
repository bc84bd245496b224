import { idCheckChar } from '../../../shared/domain/id-number';
import type { Random } from './random';
import type { Sex } from './names';
import { HOME_ADDRESS_CODE, NEIGHBOUR_ADDRESS_CODES } from './places';

/**
 * A resident identity number that passes every check: address code of the
 * home county (sometimes a neighbouring one), the real birth date, a sequence
 * whose last digit carries the sex (odd = male), and the MOD 11-2 check character.
 * `taken` keeps numbers unique across the whole demo.
 */
export function makeIdNumber(random: Random, birthDate: string, sex: Sex, taken: Set<string>): string {
  for (;;) {
    const address = random.chance(0.9) ? HOME_ADDRESS_CODE : random.pick(NEIGHBOUR_ADDRESS_CODES);
    const sequence = random.int(0, 49) * 2 + (sex === 'male' ? 1 : 0);
    const first17 = `${address}${birthDate.replaceAll('-', '')}${String(random.int(0, 9))}${String(sequence).padStart(2, '0')}`;
    const id = first17 + idCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
