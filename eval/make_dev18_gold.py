"""Builds eval/extraction_dev18.jsonl: 11 news items written blind in stop 24,
after dev17's fixes, labelled before `xietong extract` was run on them: a
founding conference (成立大会…召开) with its first members, founders in the
sentence after the founding (据悉，该联盟由…三家医院共同倡议成立), a name in
quotation marks, a remark about alliances in general (no alliance), two
alliances founded years apart in one sentence (继…之后，…又于…组建了), bodies
that guide and bodies that found (由…指导，…等40余家企业共同发起), members grown
from one number to another (由成立之初的26家增至目前的103家), the end of a year
(2024年底), a short name in brackets (简称“…”), and a lead body with its first
members. The alliances are fictional. Evaluated once, untuned, before any fix;
the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-20"
items = [
 ("11月18日，京津冀氢能装备产业联盟成立大会在河北张家口召开，来自三地的68家企业、高校和科研院所成为联盟首批成员。", D,
  [E("京津冀氢能装备产业联盟", founded="2026-11-18", city="130700", member_count=68)]),
 ("京津冀罕见病诊疗协作联盟于2023年5月在北京成立。据悉，该联盟由北京协和医院、天津医科大学总医院、河北医科大学第二医院三家医院共同倡议成立。", D,
  [E("京津冀罕见病诊疗协作联盟", founded="2023-05", city="110000",
     initiators=["北京协和医院", "天津医科大学总医院", "河北医科大学第二医院"], initiator_count=3)]),
 ("长三角生态绿色一体化发展示范区水环境治理联盟日前在上海青浦揭牌，联盟成员涵盖沪苏浙两省一市的23家治水单位。", D,
  [E("长三角生态绿色一体化发展示范区水环境治理联盟", city="310000", member_count=23,
     regions=["310000", "320000", "330000"])]),
 ("由河北省钢铁行业协会发起的“钢铁绿色低碳发展联盟”2021年在石家庄成立，目前已吸纳会员单位86家。", D,
  [E("钢铁绿色低碳发展联盟", founded="2021", city="130100", initiators=["河北省钢铁行业协会"], member_count=86)]),
 ("业内人士表示，产业联盟应避免“挂牌热、运行冷”，真正成为企业合作的纽带。", D, []),
 ("继2019年成立京津冀职业教育协同发展联盟之后，三地又于2022年组建了京津冀职业院校技能大赛联盟。", D,
  [E("京津冀职业教育协同发展联盟", founded="2019"), E("京津冀职业院校技能大赛联盟", founded="2022")]),
 ("成渝地区双城经济圈汽车产业链供需对接联盟由重庆市经信委和四川省经信厅指导，长安汽车、赛力斯、一汽-大众成都分公司等40余家企业共同发起。", D,
  [E("成渝地区双城经济圈汽车产业链供需对接联盟", initiators=["长安汽车", "赛力斯", "一汽-大众成都分公司"],
     initiator_count=40)]),
 ("粤港澳大湾区跨境物流联盟会员单位由成立之初的26家增至目前的103家。", D,
  [E("粤港澳大湾区跨境物流联盟", member_count=103)]),
 ("京津冀低空经济产业联盟于2024年底在天津成立，由中国民航大学等单位发起。", D,
  [E("京津冀低空经济产业联盟", founded="2024", city="120000", initiators=["中国民航大学"])]),
 ("京津冀新能源汽车充换电产业联盟（简称“京津冀充换电联盟”）成立于2023年9月，秘书处设在北京。", D,
  [E("京津冀新能源汽车充换电产业联盟", aliases=["京津冀充换电联盟"], founded="2023-09")]),
 ("冀南钢铁装备产业链联盟今年6月在邯郸正式成立，由邯郸钢铁集团牵头组建，首批成员单位23家。", D,
  [E("冀南钢铁装备产业链联盟", founded="2026-06", city="130400", initiators=["邯郸钢铁集团"], member_count=23)]),
]
write("eval/extraction_dev18.jsonl", "dev18", items)
