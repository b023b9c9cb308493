// Hand-maintained names for the neighbouring countries and territories drawn as context
// (the `countries` object of data/geo.topo.json), keyed by Natural Earth's English
// `name` as world-atlas carries it. Chinese names follow Hong Kong government usage
// (zh-Hant) and mainland usage (zh-Hans). A drawn feature without an entry stops the
// build. Natural Earth draws de facto boundaries; Taiwan is a separate feature there.

export const COUNTRY_TABLE = {
  Afghanistan: { 'zh-Hant': '阿富汗', 'zh-Hans': '阿富汗' },
  Baikonur: { 'zh-Hant': '拜科努爾', 'zh-Hans': '拜科努尔' },
  Bangladesh: { 'zh-Hant': '孟加拉', 'zh-Hans': '孟加拉' },
  Bhutan: { 'zh-Hant': '不丹', 'zh-Hans': '不丹' },
  Cambodia: { 'zh-Hant': '柬埔寨', 'zh-Hans': '柬埔寨' },
  Guam: { 'zh-Hant': '關島', 'zh-Hans': '关岛' },
  India: { 'zh-Hant': '印度', 'zh-Hans': '印度' },
  Iran: { 'zh-Hant': '伊朗', 'zh-Hans': '伊朗' },
  Japan: { 'zh-Hant': '日本', 'zh-Hans': '日本' },
  Kazakhstan: { 'zh-Hant': '哈薩克斯坦', 'zh-Hans': '哈萨克斯坦' },
  Kyrgyzstan: { 'zh-Hant': '吉爾吉斯斯坦', 'zh-Hans': '吉尔吉斯斯坦' },
  Laos: { 'zh-Hant': '老撾', 'zh-Hans': '老挝' },
  Micronesia: { 'zh-Hant': '密克羅尼西亞聯邦', 'zh-Hans': '密克罗尼西亚联邦' },
  Mongolia: { 'zh-Hant': '蒙古國', 'zh-Hans': '蒙古国' },
  Myanmar: { 'zh-Hant': '緬甸', 'zh-Hans': '缅甸' },
  'N. Mariana Is.': { 'zh-Hant': '北馬里亞納群島', 'zh-Hans': '北马里亚纳群岛' },
  Nepal: { 'zh-Hant': '尼泊爾', 'zh-Hans': '尼泊尔' },
  'North Korea': { 'zh-Hant': '朝鮮', 'zh-Hans': '朝鲜' },
  Oman: { 'zh-Hant': '阿曼', 'zh-Hans': '阿曼' },
  Pakistan: { 'zh-Hant': '巴基斯坦', 'zh-Hans': '巴基斯坦' },
  Philippines: { 'zh-Hant': '菲律賓', 'zh-Hans': '菲律宾' },
  Russia: { 'zh-Hant': '俄羅斯', 'zh-Hans': '俄罗斯' },
  'Saudi Arabia': { 'zh-Hant': '沙特阿拉伯', 'zh-Hans': '沙特阿拉伯' },
  'Siachen Glacier': { 'zh-Hant': '錫亞琴冰川', 'zh-Hans': '锡亚琴冰川' },
  'South Korea': { 'zh-Hant': '韓國', 'zh-Hans': '韩国' },
  'Sri Lanka': { 'zh-Hant': '斯里蘭卡', 'zh-Hans': '斯里兰卡' },
  Taiwan: { 'zh-Hant': '台灣', 'zh-Hans': '台湾' },
  Tajikistan: { 'zh-Hant': '塔吉克斯坦', 'zh-Hans': '塔吉克斯坦' },
  Thailand: { 'zh-Hant': '泰國', 'zh-Hans': '泰国' },
  Turkmenistan: { 'zh-Hant': '土庫曼斯坦', 'zh-Hans': '土库曼斯坦' },
  'United Arab Emirates': { 'zh-Hant': '阿拉伯聯合酋長國', 'zh-Hans': '阿拉伯联合酋长国' },
  Uzbekistan: { 'zh-Hant': '烏茲別克斯坦', 'zh-Hans': '乌兹别克斯坦' },
  Vietnam: { 'zh-Hant': '越南', 'zh-Hans': '越南' },
};
