"""Builds eval/extraction_dev58.jsonl: 10 sentences written blind in stop 27
about other city clusters, labelled before `xietong extract` was run on them:
districts and new areas of Shanghai, Chongqing and Guangdong as founding
places, provinces a character each (沪苏浙皖, 川渝, 粤港澳) before counted
founders or members, a cross-strait alliance, the Yellow River basin's nine
provinces counted, and Northeast China's three provinces named (one label corrected, see below).
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("长三角集成电路设计产业联盟于2024年5月在上海张江成立，沪苏浙皖四地42家企业共同发起。", D,
  [E("长三角集成电路设计产业联盟", founded="2024-05", city="310000", initiator_count=42,
     regions=["310000", "320000", "330000", "340000"])]),
 ("成渝地区双城经济圈文旅联盟在重庆两江新区揭牌，川渝两地68家景区加入。", D,
  [E("成渝地区双城经济圈文旅联盟", city="500000", member_count=68, regions=["510000", "500000"])]),
 ("粤港澳大湾区科技金融联盟2022年7月在深圳前海成立，成员涵盖粤港澳三地120余家金融机构。", D,
  [E("粤港澳大湾区科技金融联盟", founded="2022-07", city="440000", member_count=120,
     regions=["440000", "810000", "820000"])]),
 ("黄河流域生态保护产业联盟由沿黄九省区的45家单位共同发起，2021年10月在郑州成立。", D,
  [E("黄河流域生态保护产业联盟", founded="2021-10", city="410000", initiator_count=45)]),
 ("东北三省装备制造产业联盟由辽宁、吉林、黑龙江三省的装备制造企业组建，秘书处设在沈阳。", D,
  [E("东北三省装备制造产业联盟", regions=["210000", "220000", "230000"])]),
 ("长三角G60科创走廊新材料产业联盟在上海松江揭牌。", D,
  [E("长三角G60科创走廊新材料产业联盟", city="310000")]),
 ("2023年3月，海峡两岸集成电路产业合作联盟在福建厦门成立。", D,
  [E("海峡两岸集成电路产业合作联盟", founded="2023-03", city="350000")]),
 ("粤港澳大湾区中医药产业联盟首批成员单位达80家，其中香港12家、澳门5家。", D,
  [E("粤港澳大湾区中医药产业联盟", member_count=80)]),
 ("长江中游城市群科技创新联盟由武汉、长沙、南昌、合肥四市科技部门共同发起。", D,
  # relabelled after the first run: regions were the four cities' own codes (420100 …); outside
  # Beijing–Tianjin–Hebei the registry's regions are provinces (issue 2), and every earlier label of a
  # place there is its province's (成都 510000, 深圳 440000), so these are too
  [E("长江中游城市群科技创新联盟", initiator_count=4, regions=["420000", "430000", "360000", "340000"])]),
 ("川渝汽车产业链供需对接联盟于2020年6月在成都成立。", D,
  [E("川渝汽车产业链供需对接联盟", founded="2020-06", city="510000")]),
]
write("eval/extraction_dev58.jsonl", "dev58", items)
