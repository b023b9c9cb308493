// Hand-maintained names for the parts of China outside the jurisdiction (the `china`
// object of data/geo.topo.json). Mainland provinces come from Natural Earth admin-1
// (keyed by `adm1_code`); Hong Kong and Macao are not in that file and come from the
// world-atlas countries (keyed by ISO 3166-1 numeric id). A source feature without an
// entry here stops the build.

/** @typedef {'municipality' | 'province' | 'autonomous-region' | 'special-administrative-region' | 'islands'} ChinaKind */

const P = 'province';
const M = 'municipality';
const AR = 'autonomous-region';

/** Natural Earth admin-1 `adm1_code` → entry. */
export const CHINA_ADMIN1_TABLE = {
  'CHN-1151': {
    id: 'qinghai',
    kind: P,
    names: { 'zh-Hant': '青海', 'zh-Hans': '青海', en: 'Qinghai' },
  },
  'CHN-1152': {
    id: 'guangxi',
    kind: AR,
    names: { 'zh-Hant': '廣西', 'zh-Hans': '广西', en: 'Guangxi' },
  },
  'CHN-1153': {
    id: 'guizhou',
    kind: P,
    names: { 'zh-Hant': '貴州', 'zh-Hans': '贵州', en: 'Guizhou' },
  },
  'CHN-1154': {
    id: 'chongqing',
    kind: M,
    names: { 'zh-Hant': '重慶', 'zh-Hans': '重庆', en: 'Chongqing' },
  },
  'CHN-1178': {
    id: 'fujian',
    kind: P,
    names: { 'zh-Hant': '福建', 'zh-Hans': '福建', en: 'Fujian' },
  },
  'CHN-1179': {
    id: 'anhui',
    kind: P,
    names: { 'zh-Hant': '安徽', 'zh-Hans': '安徽', en: 'Anhui' },
  },
  'CHN-1180': {
    id: 'guangdong',
    kind: P,
    names: { 'zh-Hant': '廣東', 'zh-Hans': '广东', en: 'Guangdong' },
  },
  'CHN-1662': {
    id: 'xizang',
    kind: AR,
    names: { 'zh-Hant': '西藏', 'zh-Hans': '西藏', en: 'Xizang' },
  },
  'CHN-1775': {
    id: 'hainan',
    kind: P,
    names: { 'zh-Hant': '海南', 'zh-Hans': '海南', en: 'Hainan' },
  },
  'CHN-1804': {
    id: 'shaanxi',
    kind: P,
    names: { 'zh-Hant': '陝西', 'zh-Hans': '陕西', en: 'Shaanxi' },
  },
  'CHN-1805': {
    id: 'shanxi',
    kind: P,
    names: { 'zh-Hant': '山西', 'zh-Hans': '山西', en: 'Shanxi' },
  },
  'CHN-1807': {
    id: 'hubei',
    kind: P,
    names: { 'zh-Hant': '湖北', 'zh-Hans': '湖北', en: 'Hubei' },
  },
  'CHN-1808': {
    id: 'hunan',
    kind: P,
    names: { 'zh-Hant': '湖南', 'zh-Hans': '湖南', en: 'Hunan' },
  },
  'CHN-1809': {
    id: 'sichuan',
    kind: P,
    names: { 'zh-Hant': '四川', 'zh-Hans': '四川', en: 'Sichuan' },
  },
  'CHN-1810': {
    id: 'yunnan',
    kind: P,
    names: { 'zh-Hant': '雲南', 'zh-Hans': '云南', en: 'Yunnan' },
  },
  'CHN-1812': {
    id: 'henan',
    kind: P,
    names: { 'zh-Hant': '河南', 'zh-Hans': '河南', en: 'Henan' },
  },
  'CHN-1814': {
    id: 'shandong',
    kind: P,
    names: { 'zh-Hant': '山東', 'zh-Hans': '山东', en: 'Shandong' },
  },
  'CHN-1817': {
    id: 'jiangxi',
    kind: P,
    names: { 'zh-Hant': '江西', 'zh-Hans': '江西', en: 'Jiangxi' },
  },
  'CHN-1818': {
    id: 'jiangsu',
    kind: P,
    names: { 'zh-Hant': '江蘇', 'zh-Hans': '江苏', en: 'Jiangsu' },
  },
  'CHN-1819': {
    id: 'shanghai',
    kind: M,
    names: { 'zh-Hant': '上海', 'zh-Hans': '上海', en: 'Shanghai' },
  },
  'CHN-1820': {
    id: 'zhejiang',
    kind: P,
    names: { 'zh-Hant': '浙江', 'zh-Hans': '浙江', en: 'Zhejiang' },
  },
  'PFA+00?': {
    id: 'paracel-islands',
    kind: 'islands',
    names: { 'zh-Hant': '西沙群島', 'zh-Hans': '西沙群岛', en: 'Paracel Islands' },
  },
};

/** world-atlas (Natural Earth admin-0) ISO 3166-1 numeric id → entry. */
export const CHINA_SAR_TABLE = {
  344: {
    id: 'hong-kong',
    kind: 'special-administrative-region',
    names: { 'zh-Hant': '香港', 'zh-Hans': '香港', en: 'Hong Kong' },
  },
  446: {
    id: 'macao',
    kind: 'special-administrative-region',
    names: { 'zh-Hant': '澳門', 'zh-Hans': '澳门', en: 'Macao' },
  },
};
