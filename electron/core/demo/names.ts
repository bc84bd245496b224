import type { Random } from './random';

/**
 * Surnames with rough weights (per-mille shares of the population, rounded), so
 * a village list looks like a real one: many 王, 李, 张, few 覃 or 龚.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 72],
  ['张', 68],
  ['刘', 54],
  ['陈', 45],
  ['杨', 33],
  ['黄', 23],
  ['赵', 22],
  ['吴', 20],
  ['周', 19],
  ['徐', 14],
  ['孙', 13],
  ['马', 12],
  ['朱', 12],
  ['胡', 11],
  ['郭', 11],
  ['何', 10],
  ['高', 9],
  ['林', 9],
  ['罗', 9],
  ['郑', 8],
  ['梁', 8],
  ['谢', 7],
  ['宋', 6],
  ['唐', 6],
  ['许', 5],
  ['韩', 5],
  ['冯', 5],
  ['邓', 5],
  ['曹', 5],
  ['彭', 5],
  ['曾', 5],
  ['肖', 4],
  ['田', 4],
  ['董', 4],
  ['袁', 4],
  ['潘', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['余', 4],
  ['杜', 3],
  ['叶', 3],
  ['程', 3],
  ['魏', 3],
  ['吕', 3],
  ['丁', 3],
  ['任', 3],
  ['姚', 3],
  ['卢', 3],
  ['谭', 3],
  ['廖', 3],
  ['邹', 2],
  ['熊', 2],
  ['龚', 2],
  ['贺', 2],
  ['覃', 1],
];

/** Given names typical of people born 1925-1965 in the countryside. */
const ELDER_MALE = [
  '建国',
  '国华',
  '德明',
  '志强',
  '福生',
  '永昌',
  '长春',
  '桂生',
  '春生',
  '根生',
  '有才',
  '金山',
  '水生',
  '光明',
  '文华',
  '振华',
  '明德',
  '树林',
  '忠诚',
  '满仓',
  '庆丰',
  '家旺',
  '宝山',
  '德福',
  '正清',
  '海林',
  '秋生',
  '新民',
  '炳南',
  '茂林',
  '玉书',
  '良才',
  '友谊',
  '红旗',
  '国庆',
  '和平',
];
const ELDER_FEMALE = [
  '秀英',
  '桂英',
  '秀兰',
  '玉兰',
  '桂兰',
  '玉珍',
  '凤英',
  '淑珍',
  '兰英',
  '秀珍',
  '翠兰',
  '春花',
  '金凤',
  '菊香',
  '冬梅',
  '腊梅',
  '桂花',
  '素芳',
  '月娥',
  '翠英',
  '秀云',
  '玉梅',
  '银花',
  '美英',
  '满秀',
  '友兰',
  '菊英',
  '凤兰',
  '金莲',
  '荷花',
  '巧云',
  '爱华',
];
/** Given names for staff, born 1965-2000. */
const STAFF_MALE = ['伟', '磊', '军', '勇', '杰', '涛', '斌', '超', '海波', '志刚', '建军', '小龙', '鹏'];
const STAFF_FEMALE = ['芳', '丽', '静', '敏', '燕', '艳', '娟', '霞', '红梅', '小琴', '晓燕', '丽华', '婷'];

export type Sex = 'male' | 'female';

export function surname(random: Random): string {
  return random.weighted(SURNAMES);
}

export function elderName(random: Random, sex: Sex): string {
  return surname(random) + random.pick(sex === 'male' ? ELDER_MALE : ELDER_FEMALE);
}

export function staffName(random: Random, sex: Sex): string {
  return surname(random) + random.pick(sex === 'male' ? STAFF_MALE : STAFF_FEMALE);
}

/** A child's name for an emergency contact: shares the elder's surname when it is a son. */
export function childName(random: Random, familyName: string, sex: Sex): string {
  return (
    (sex === 'male' ? familyName : surname(random)) + random.pick(sex === 'male' ? STAFF_MALE : STAFF_FEMALE)
  );
}

/** Mobile numbers with real prefixes; the rest is random and fictional. */
export function mobile(random: Random): string {
  const prefix = random.pick([
    '130',
    '131',
    '133',
    '135',
    '136',
    '138',
    '139',
    '151',
    '158',
    '177',
    '180',
    '187',
    '189',
  ]);
  return prefix + String(random.int(0, 99_999_999)).padStart(8, '0');
}
