"""Builds eval/extraction_dev65.jsonl: 11 sentences written blind in stop 29,
labelled before `xietong extract` was run on them: a founding in Xiong'an
with its day, full-width digits, a date in Chinese numerals, a name in
quotation marks unveiled 日前 (no date), a short name after 简称, two
alliances founded 分别 in two cities, a meeting that founds nothing, members
from three places counted after them, 上月, founders counted with 余 before
the name, and three parks' bodies founding one. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2022年3月28日，京津冀氢能产业创新联盟在河北雄安新区成立。", D,
  [E("京津冀氢能产业创新联盟", founded="2022-03-28", city="133100")]),
 ("京津冀现代物流联盟成立于２０１６年５月，秘书处设在天津。", D,
  [E("京津冀现代物流联盟", founded="2016-05")]),
 ("二〇一七年十月，京津冀工业设计创新联盟在河北唐山宣布成立。", D,
  [E("京津冀工业设计创新联盟", founded="2017-10", city="130200")]),
 ("“京津冀大数据产业联盟”日前在廊坊揭牌。", D,
  [E("京津冀大数据产业联盟", city="131000")]),
 ("京津冀智能网联汽车产业联盟（简称“智联盟”）于2019年8月在北京成立。", D,
  [E("京津冀智能网联汽车产业联盟", aliases=["智联盟"], founded="2019-08", city="110000")]),
 ("同日，京津冀职业教育联盟和京津冀医学教育联盟也分别在天津和石家庄成立。", D,
  [E("京津冀职业教育联盟", city="120000"), E("京津冀医学教育联盟", city="130100")]),
 ("京津冀钢铁行业节能减排产业技术创新联盟召开2026年度理事会。", D,
  [E("京津冀钢铁行业节能减排产业技术创新联盟")]),
 ("京津冀环保产业联盟成员来自北京、天津、河北三地，共85家单位。", D,
  [E("京津冀环保产业联盟", member_count=85, regions=["110000", "120000", "130000"])]),
 ("上月，京津冀会展产业联盟在北京挂牌成立。", D,
  [E("京津冀会展产业联盟", founded="2026-10", city="110000")]),
 ("由30余家企业共同发起的京津冀电子商务联盟于2016年12月在天津成立。", D,
  [E("京津冀电子商务联盟", founded="2016-12", city="120000", initiator_count=30)]),
 ("中关村科技园区管委会联合天津滨海高新区、河北保定高新区发起成立京津冀高新区协同创新联盟。", D,
  [E("京津冀高新区协同创新联盟", initiators=["中关村科技园区管委会", "天津滨海高新区", "河北保定高新区"])]),
]
write("eval/extraction_dev65.jsonl", "dev65", items)
