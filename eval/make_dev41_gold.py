"""Builds eval/extraction_dev41.jsonl: 12 sentences written blind at the start
of stop 26, labelled before `xietong extract` was run on them: initiators
listed with their count before a founding place, a plaque unveiled in a
prefecture with the three places' colleges as members, last year's month in
a provincial capital with members counted from a river's provinces, a
university joining two others to found one, a short name in brackets, two
ports leading, universities named as first members, a founding day and a
guiding office beside the first members, four cities' offices founding, a
year before a later count, a secretariat's seat that is no founding place,
and a founding two years ago. Fictional. Evaluated once, untuned, before
any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2024年3月，由中国汽车技术研究中心、北汽集团、长城汽车等12家单位发起的京津冀智能网联汽车产业联盟在天津成立。", D,
  [E("京津冀智能网联汽车产业联盟", founded="2024-03", city="120000",
     initiators=["中国汽车技术研究中心", "北汽集团", "长城汽车"], initiator_count=12)]),
 ("京津冀职业教育集团联盟于2023年11月在保定揭牌，吸纳京津冀三地职业院校86所。", D,
  [E("京津冀职业教育集团联盟", founded="2023-11", city="130600", member_count=86,
     regions=["110000", "120000", "130000"])]),
 ("去年8月，黄河流域生态保护产业联盟在郑州成立，沿黄九省区的60余家单位加入。", D,
  [E("黄河流域生态保护产业联盟", founded="2025-08", city="410000", member_count=60)]),
 ("为推动冰雪运动发展，北京体育大学联合河北体育学院、首都体育学院共同发起成立京张冰雪运动教育联盟。", D,
  [E("京张冰雪运动教育联盟", initiators=["北京体育大学", "河北体育学院", "首都体育学院"])]),
 ("京津冀文化旅游产业联盟（简称“京津冀文旅联盟”）成立于2019年。", D,
  [E("京津冀文化旅游产业联盟", aliases=["京津冀文旅联盟"], founded="2019")]),
 ("近日，天津港集团、河北港口集团牵头组建的津冀港口联盟正式运营。", D,
  [E("津冀港口联盟", initiators=["天津港集团", "河北港口集团"])]),
 ("粤港澳大湾区高校创新创业联盟日前在广州成立，香港大学、澳门大学、中山大学等28所高校成为首批成员。", D,
  [E("粤港澳大湾区高校创新创业联盟", city="440000", member_count=28)]),
 ("2022年12月26日，京津冀康养产业联盟在石家庄正式成立。该联盟由河北省卫健委指导，首批成员单位52家。", D,
  [E("京津冀康养产业联盟", founded="2022-12-26", city="130100", member_count=52)]),
 ("长江中游城市群旅游联盟由武汉、长沙、南昌、合肥四市旅游部门共同发起。", D,
  [E("长江中游城市群旅游联盟", initiator_count=4, regions=["420000", "430000", "360000", "340000"])]),
 ("成立于2016年的京津冀钢铁产业技术创新联盟，目前已发展成员单位超过100家。", D,
  [E("京津冀钢铁产业技术创新联盟", founded="2016", member_count=100)]),
 ("京津冀新能源汽车产业联盟秘书处设在北京经济技术开发区。", D,
  [E("京津冀新能源汽车产业联盟")]),
 ("两年前成立的京津冀会展产业联盟，已吸纳会员单位200余家。", D,
  [E("京津冀会展产业联盟", founded="2024", member_count=200)]),
]
write("eval/extraction_dev41.jsonl", "dev41", items)
