/**
 * The fictional township the demo describes. The county address code is a real
 * county-level code shape (province 43, prefecture 06) so ID numbers look right,
 * but the names are invented.
 */
export const DEMO_PROVINCE = '湖南省';
export const DEMO_CITY = '岳州市';
export const DEMO_COUNTY = '青溪县';
export const DEMO_TOWNSHIP = '青山镇';
/** Address code of the home county; a few residents were born in neighbouring counties. */
export const HOME_ADDRESS_CODE = '430626';
export const NEIGHBOUR_ADDRESS_CODES = ['430621', '430624', '430681'] as const;

export const VILLAGES = [
  '青山村',
  '石门村',
  '柳塘村',
  '枫树村',
  '双河村',
  '白沙村',
  '大坪村',
  '新塘村',
  '桃源村',
  '竹山村',
  '龙井村',
  '荷花村',
  '杨柳村',
] as const;

export const GROUPS_PER_VILLAGE = 9;

export const CENTER_NAME = `${DEMO_COUNTY}${DEMO_TOWNSHIP}区域养老服务中心`;
export const CENTER_ADDRESS = `${DEMO_PROVINCE}${DEMO_CITY}${DEMO_COUNTY}${DEMO_TOWNSHIP}青山村一组88号`;

export const PARTNERS = {
  county: `${DEMO_COUNTY}特困人员供养服务中心`,
  townshipHospital: `${DEMO_TOWNSHIP}卫生院`,
  countyHospital: `${DEMO_COUNTY}人民医院`,
  tcmHospital: `${DEMO_COUNTY}中医医院`,
} as const;

export function villageAddress(village: string, group: number, house: number): string {
  return `${DEMO_COUNTY}${DEMO_TOWNSHIP}${village}${group}组${house}号`;
}
