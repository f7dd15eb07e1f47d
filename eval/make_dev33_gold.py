"""Builds eval/extraction_dev33.jsonl: 11 sentences written blind in stop 25,
after dev32's fixes, labelled before `xietong extract` was run on them, on the
shapes alliance names take: a park's name (中关村), a trade's name with a
guiding association, a quoted initiative (“一带一路”) with member cities, a new
area's alliance made up of counted units, two places joined by a dash, the
first of its kind before a dash, a cluster 及 its surroundings, five named
provinces' firms forming one, a regional alliance described as the first of its
theme, three cities' offices founding one with a short name, and a cluster in
brackets after 中国. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("中关村智能网联汽车产业联盟于2019年6月在北京海淀成立，首批成员单位52家。", D,
  [E("中关村智能网联汽车产业联盟", founded="2019-06", city="110000", member_count=52)]),
 ("由中国钢铁工业协会指导，河钢集团、首钢集团等共同发起的钢铁行业绿色低碳发展联盟近日成立。", D,
  [E("钢铁行业绿色低碳发展联盟", initiators=["河钢集团", "首钢集团"])]),
 ("“一带一路”港口城市合作联盟第二届年会在天津召开，联盟成员已增至56个港口城市。", D,
  [E("“一带一路”港口城市合作联盟", member_count=56)]),
 ("雄安新区数字经济创新发展联盟由中国电信雄安分公司、中国移动雄安产业研究院等18家单位组成。", D,
  [E("雄安新区数字经济创新发展联盟", member_count=18)]),
 ("天津滨海—中关村科技园产业联盟在天津滨海新区揭牌。", D,
  [E("天津滨海—中关村科技园产业联盟", city="120000")]),
 ("全国首个跨省域新能源汽车产业联盟——长三角新能源汽车产业链联盟于2020年11月成立。", D,
  [E("长三角新能源汽车产业链联盟", founded="2020-11")]),
 ("2017年，京津冀及周边地区大气污染防治联盟在京成立。", D,
  [E("京津冀及周边地区大气污染防治联盟", founded="2017", city="110000")]),
 ("首都经济圈产业协同联盟由北京、天津、河北、山西、内蒙古五省区市的120家企业共同组建。", D,
  [E("首都经济圈产业协同联盟", member_count=120, regions=["110000", "120000", "130000", "140000", "150000"])]),
 ("据悉，环渤海地区海洋经济发展联盟是国内首个以海洋经济为主题的区域性联盟，成立于2016年。", D,
  [E("环渤海地区海洋经济发展联盟", founded="2016")]),
 ("冀中南智能制造产业联盟（以下简称“冀中南联盟”）由石家庄、邢台、邯郸三市工信部门联合发起。", D,
  [E("冀中南智能制造产业联盟", aliases=["冀中南联盟"], initiator_count=3, regions=["130100", "130400", "130500"])]),
 ("中国（京津冀）人工智能创新联盟日前在北京成立。", D,
  [E("中国（京津冀）人工智能创新联盟", city="110000")]),
]
write("eval/extraction_dev33.jsonl", "dev33", items)
