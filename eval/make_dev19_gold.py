"""Builds eval/extraction_dev19.jsonl: 11 sentences written blind in stop 24,
after dev18's fixes, in the style of the seed and of regional policy briefs
rather than news: alliances founded one after another (先后成立了…等), founders
counted as parties (三方), provinces a character each with their members, a
count in Chinese numerals with the two places it covers (川渝两地九十余家), a
lead body with participating universities, nine provinces listed in full, a
remark on alliances in general, a short name without quotation marks
(以下简称…), two administrative committees founding together, members made up
of a kind of body, and members grown from the founding year's number to this
year's. The alliances are fictional. Labelled before `xietong extract` was
run on them; evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-25"
items = [
 ("2015年以来，长三角地区先后成立了长三角文化产业联盟、长三角会展产业联盟和长三角旅游集散联盟等跨区域组织。", D,
  [E("长三角文化产业联盟"), E("长三角会展产业联盟"), E("长三角旅游集散联盟")]),
 ("粤港澳高校图书馆联盟由中山大学图书馆、香港大学图书馆和澳门大学图书馆三方共同发起，现有成员馆68个。", D,
  [E("粤港澳高校图书馆联盟", initiators=["中山大学图书馆", "香港大学图书馆", "澳门大学图书馆"], initiator_count=3,
     member_count=68)]),
 ("在东北振兴战略推动下，辽吉黑蒙四省区的装备制造企业于2016年8月联合组建了东北装备制造业协同发展联盟，首批成员单位达到112家。", D,
  [E("东北装备制造业协同发展联盟", founded="2016-08", member_count=112,
     regions=["210000", "220000", "230000", "150000"])]),
 ("成渝中医药产业联盟整合了川渝两地九十余家中医药企业、医院和科研院所。", D,
  [E("成渝中医药产业联盟", member_count=90, regions=["510000", "500000"])]),
 ("2019年11月8日，由上海交通大学牵头，长三角地区26所高校参与的长三角高校智能制造协同创新联盟在上海正式成立。", D,
  [E("长三角高校智能制造协同创新联盟", founded="2019-11-08", city="310000", initiators=["上海交通大学"],
     member_count=26)]),
 ("黄河流域生态保护联盟成立于2020年，秘书处设在郑州，成员覆盖青海、四川、甘肃、宁夏、内蒙古、山西、陕西、河南、山东九省区。", D,
  [E("黄河流域生态保护联盟", founded="2020",
     regions=["630000", "510000", "620000", "640000", "150000", "140000", "610000", "410000", "370000"])]),
 ("京津冀协同发展背景下，联盟数量快速增加，但部分联盟存在“重形式、轻实效”的问题。", D, []),
 ("京津冀大数据产业联盟（以下简称大数据联盟）吸纳会员单位近200家。", D,
  [E("京津冀大数据产业联盟", aliases=["大数据联盟"], member_count=200)]),
 ("雄安新区管理委员会与中关村科技园区管理委员会联合成立了雄安中关村科技创新联盟，首批入盟企业37家。", D,
  [E("雄安中关村科技创新联盟", initiators=["雄安新区管理委员会", "中关村科技园区管理委员会"], member_count=37)]),
 ("2023年，山东半岛城市群海洋经济联盟在青岛成立，联盟由沿海城市的120余家涉海企业组成。", D,
  [E("山东半岛城市群海洋经济联盟", founded="2023", city="370000", member_count=120)]),
 ("京津冀钢结构建筑产业联盟的成员已从2017年成立时的30家发展到今年的96家。", D,
  [E("京津冀钢结构建筑产业联盟", founded="2017", member_count=96)]),
]
write("eval/extraction_dev19.jsonl", "dev19", items)
