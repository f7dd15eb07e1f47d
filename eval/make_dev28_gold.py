"""Builds eval/extraction_dev28.jsonl: 9 sentences written blind in stop 24,
after dev27's fixes, labelled before `xietong extract` was run on them, from
provinces the other sets name little (Hainan, Guangxi, Xinjiang, Guizhou,
Yunnan) and with names that join two places by a dash (广西—东盟): a founding
day with its first members counted and broken down, a founder with members
from two countries, members joining from cities named, guiding and founding
bodies, a count said with 逾, alliances in general counted, an English name
before the members of three provinces, an unveiling in a development zone,
and three bar associations founding. The alliances are fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-30"
items = [
 ("海南自贸港数字经济联盟于2023年4月13日在海口揭牌成立，首批成员单位33家，其中企业28家、高校5所。", D,
  [E("海南自贸港数字经济联盟", founded="2023-04-13", city="460000", member_count=33)]),
 ("广西—东盟跨境物流联盟由广西北部湾国际港务集团发起，吸纳中国和东盟国家物流企业60余家。", D,
  [E("广西—东盟跨境物流联盟", initiators=["广西北部湾国际港务集团"], member_count=60)]),
 ("新疆丝绸之路经济带核心区物流联盟日前成立，乌鲁木齐、喀什、霍尔果斯等地的物流企业加入。", D,
  [E("新疆丝绸之路经济带核心区物流联盟")]),
 ("贵州大数据产业联盟由贵阳市人民政府指导，贵州大学、中国电信贵州公司等单位发起。", D,
  [E("贵州大数据产业联盟", initiators=["贵州大学", "中国电信贵州公司"])]),
 ("云南省普洱茶产业联盟成立于2018年11月，现有会员企业逾200家。", D,
  [E("云南省普洱茶产业联盟", founded="2018-11", member_count=200)]),
 ("2022年以来，京津冀三地已累计组建各类产业联盟15个。", D, []),
 ("京津冀康养旅游联盟（Jing-Jin-Ji Wellness Tourism Alliance）首批成员包括北京、天津、河北的42家景区和康养机构。", D,
  [E("京津冀康养旅游联盟", member_count=42, regions=["110000", "120000", "130000"])]),
 ("京津冀新能源汽车动力电池回收利用联盟在天津子牙经济技术开发区揭牌。", D,
  [E("京津冀新能源汽车动力电池回收利用联盟", city="120000")]),
 ("粤港澳大湾区律师协会联盟2019年在深圳成立，由广东省律师协会、香港律师会和澳门律师公会共同发起。", D,
  [E("粤港澳大湾区律师协会联盟", founded="2019", city="440000",
     initiators=["广东省律师协会", "香港律师会", "澳门律师公会"])]),
]
write("eval/extraction_dev28.jsonl", "dev28", items)
