"""Builds eval/extraction_dev44.jsonl: 12 sentences written blind in stop 26
after dev43's fixes, labelled before `xietong extract` was run on them: a
founding congress on a morning in Tianjin, a lead joined by others under a
ministry's guidance (是…由…发起成立的), members spread over cities counted
only, three groups founding in a prefecture with a month, hospitals as first
members, the first of its kind before a dash, a forum's year with no place
written, three academies forming one, two places a character each (川渝两地),
a count as of now, members covering the three places (涵盖京津冀三地), and a
proposer in this year's month. Fictional. Evaluated once, untuned, before any
fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("11月18日上午，京津冀新能源汽车动力电池回收利用产业联盟成立大会在天津召开，大会审议通过了联盟章程，选举产生了第一届理事会。", D,
  [E("京津冀新能源汽车动力电池回收利用产业联盟", founded="2026-11-18", city="120000")]),
 ("京津冀智慧教育联盟近日成立。该联盟是在教育部指导下，由北京师范大学牵头，联合天津师范大学、河北师范大学等16家单位共同发起成立的。", D,
  [E("京津冀智慧教育联盟", initiators=["北京师范大学", "天津师范大学", "河北师范大学"], initiator_count=16)]),
 ("京津冀协同发展文化旅游联盟成员已覆盖三地13个城市的86家景区。", D,
  [E("京津冀协同发展文化旅游联盟", member_count=86)]),
 ("据悉，京津冀钢铁行业绿色发展联盟由河钢集团、首钢集团和天津荣程集团于2021年5月在唐山联合发起成立。", D,
  [E("京津冀钢铁行业绿色发展联盟", founded="2021-05", city="130200", initiators=["河钢集团", "首钢集团", "天津荣程集团"])]),
 ("日前，粤港澳大湾区医疗健康联盟宣告成立，联盟首批成员包括广东省人民医院、香港大学深圳医院、澳门镜湖医院等41家医疗机构。", D,
  [E("粤港澳大湾区医疗健康联盟", member_count=41)]),
 ("京津冀地区首个康复医学联盟——京津冀康复医学联盟在北京成立。", D,
  [E("京津冀康复医学联盟", city="110000")]),
 ("在2023年举办的中关村论坛上，京津冀科技成果转化联盟正式揭牌。", D,
  [E("京津冀科技成果转化联盟", founded="2023")]),
 ("2017年，为落实京津冀协同发展战略，北京市农林科学院、天津市农业科学院、河北省农林科学院共同组建了京津冀农业科技创新联盟。", D,
  [E("京津冀农业科技创新联盟", founded="2017", initiators=["北京市农林科学院", "天津市农业科学院", "河北省农林科学院"])]),
 ("成渝地区双城经济圈文化旅游联盟在重庆成立，川渝两地60余家文旅企业加入。", D,
  [E("成渝地区双城经济圈文化旅游联盟", city="500000", member_count=60, regions=["510000", "500000"])]),
 ("截至目前，京津冀大数据产业联盟已吸引成员单位150家。", D,
  [E("京津冀大数据产业联盟", member_count=150)]),
 ("2025年7月，京津冀低空经济产业联盟在河北沧州黄骅成立，首批吸纳会员单位31家，涵盖京津冀三地。", D,
  [E("京津冀低空经济产业联盟", founded="2025-07", city="130900", member_count=31, regions=JJJ)]),
 ("今年6月，由中国民航大学倡议，京津冀民航协同发展联盟在天津成立。", D,
  [E("京津冀民航协同发展联盟", founded="2026-06", city="120000", initiators=["中国民航大学"])]),
]
write("eval/extraction_dev44.jsonl", "dev44", items)
