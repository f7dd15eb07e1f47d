"""Builds eval/extraction_dev92.jsonl: twelve texts written blind in stop 36,
labelled before `xietong extract` was run on them, each saying (or not) where
an alliance's secretariat is: 秘书处设在 a body, 挂靠 one, 常设于 one, a body
作为 or 为 its secretariat unit, 担任 the chair's and the secretariat's units,
a rotating secretariat's first year, 秘书处由…承担, a secretariat set in a
place (no body), and texts naming none. Every field is labelled, the
secretariat too (None where no body is named). Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年5月20日，京津冀城市供水安全联盟在天津成立，秘书处设在天津市水务科学研究院。", D,
  [E("京津冀城市供水安全联盟", founded="2025-05-20", city="120000", secretariat="天津市水务科学研究院")]),
 ("京津冀碳纤维复合材料联盟日前在廊坊揭牌。联盟由中航复材（北京）科技有限公司牵头组建，秘书处挂靠廊坊市新材料产业促进会。", D,
  [E("京津冀碳纤维复合材料联盟", city="131000", initiators=["中航复材（北京）科技有限公司"],
     secretariat="廊坊市新材料产业促进会")]),
 ("2024年10月，京津冀儿童康复联盟成立大会在北京召开。联盟共有成员单位86家，由首都医科大学附属北京康复医院担任理事长单位和秘书处单位。", D,
  [E("京津冀儿童康复联盟", founded="2024-10", city="110000", member_count=86,
     secretariat="首都医科大学附属北京康复医院")]),
 ("京津冀长城文化带旅游联盟于2023年8月在承德成立，秘书处设在北京。", D,
  [E("京津冀长城文化带旅游联盟", founded="2023-08", city="130800", secretariat=None)]),
 ("长三角测绘地理信息产业联盟于2022年在杭州成立，联盟秘书处常设于浙江省测绘科学技术研究院，现有会员单位130余家。", D,
  [E("长三角测绘地理信息产业联盟", founded="2022", city="330000", member_count=130,
     secretariat="浙江省测绘科学技术研究院")]),
 ("粤港澳大湾区海外仓服务联盟近日在深圳成立。该联盟由深圳市跨境电子商务协会发起，秘书处落户前海。", D,
  [E("粤港澳大湾区海外仓服务联盟", city="440000", initiators=["深圳市跨境电子商务协会"], secretariat=None)]),
 ("成渝地区双城经济圈地方文献联盟于2021年11月成立，四川省图书馆为联盟秘书处单位。", D,
  [E("成渝地区双城经济圈地方文献联盟", founded="2021-11", secretariat="四川省图书馆")]),
 ("京津冀氢能重卡示范联盟由北京市氢能产业协会、天津市氢能协会和河北省氢能产业协会共同发起，轮值秘书处首年设在北京市氢能产业协会。", D,
  [E("京津冀氢能重卡示范联盟", initiators=["北京市氢能产业协会", "天津市氢能协会", "河北省氢能产业协会"],
     secretariat="北京市氢能产业协会")]),
 ("2023年6月，京津冀职业教育装备产业联盟在保定成立，首批成员单位58家。", D,
  [E("京津冀职业教育装备产业联盟", founded="2023-06", city="130600", member_count=58, secretariat=None)]),
 ("京津冀应急物资储备联盟在雄安新区成立，联盟秘书处设在雄安新区管理委员会应急管理局。", D,
  [E("京津冀应急物资储备联盟", city="133100", secretariat="雄安新区管理委员会应急管理局")]),
 ("京津冀络病研究联盟2024年3月在石家庄成立，石家庄以岭药业股份有限公司作为联盟秘书处单位，负责联盟日常工作。", D,
  [E("京津冀络病研究联盟", founded="2024-03", city="130100", secretariat="石家庄以岭药业股份有限公司")]),
 ("京津冀车路协同验证联盟于2025年在天津西青区成立，秘书处由中汽研（天津）汽车工程研究院有限公司承担。", D,
  [E("京津冀车路协同验证联盟", founded="2025", city="120000", secretariat="中汽研（天津）汽车工程研究院有限公司")]),
]
write("eval/extraction_dev92.jsonl", "dev92", items)
