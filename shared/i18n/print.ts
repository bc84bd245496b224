import type { Catalogue } from './types';

const catalogue: Catalogue = {
  'zh-CN': {},
  en: {},
};
export default catalogue;
