"""Builds eval/extraction_dev96.jsonl: ten texts written blind in stop 38,
labelled before `xietong extract` was run on them, of everyday founding news in
several clusters: a lead joined by counted co-founders in a county, members
grown since the founding over four provinces, first members named in a
financial hub, an alliance renamed, three departments signing to found one,
first members listed after a colon with semicolons, a founder under a
ministry's guidance with its secretariat, two alliances founded the same day
under a headline (前者, 后者), one still being prepared, and one founded by five
provinces. Every field is labelled, the offices and the council's tiers too.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import F, write

D = "2026-11-29"


items = [
 ("10月16日，京津冀核桃产业协同发展联盟在河北承德兴隆县成立。联盟由河北省林业科学研究院牵头，联合北京市林业果树科学研究院、"
  "天津市农业科学院等17家单位共同发起。", D,
  [F("京津冀核桃产业协同发展联盟", founded="2026-10-16", city="130800",
     initiators=["河北省林业科学研究院", "北京市林业果树科学研究院", "天津市农业科学院"], initiator_count=17)]),
 ("成立五年来，长三角邮轮旅游产业联盟成员单位由成立之初的32家增加到目前的118家，覆盖上海、江苏、浙江、安徽四省市。", D,
  [F("长三角邮轮旅游产业联盟", member_count=118, regions=["310000", "320000", "330000", "340000"])]),
 ("据悉，粤港澳大湾区跨境再保险服务联盟于2025年9月在广州南沙成立，首批成员包括中国再保险（集团）股份有限公司、"
  "太平再保险有限公司和中国人寿再保险有限责任公司。", D,
  [F("粤港澳大湾区跨境再保险服务联盟", founded="2025-09", city="440000",
     members=["中国再保险（集团）股份有限公司", "太平再保险有限公司", "中国人寿再保险有限责任公司"])]),
 ("经联盟理事会审议通过，京津冀盾构装备产业联盟正式更名为京津冀隧道装备产业联盟。", D,
  [F("京津冀盾构装备产业联盟"), F("京津冀隧道装备产业联盟")]),
 ("11月20日，北京市经济和信息化局、天津市工业和信息化局、河北省工业和信息化厅在雄安新区签署合作协议，共同发起成立"
  "京津冀精密轴承产业联盟。", D,
  [F("京津冀精密轴承产业联盟", founded="2026-11-20", city="133100",
     initiators=["北京市经济和信息化局", "天津市工业和信息化局", "河北省工业和信息化厅"])]),
 ("京津冀酱卤食品产业联盟日前在河北邢台成立。首批成员单位：北京二商集团有限责任公司；天津食品集团有限公司；"
  "河北玉田县鸿源食品有限公司。", D,
  [F("京津冀酱卤食品产业联盟", city="130500",
     members=["北京二商集团有限责任公司", "天津食品集团有限公司", "河北玉田县鸿源食品有限公司"])]),
 ("在工业和信息化部指导下，由中国电子信息产业发展研究院发起的京津冀智算中心协同发展联盟2025年12月在天津成立，"
  "联盟秘书处设在天津市大数据协会。", D,
  [F("京津冀智算中心协同发展联盟", founded="2025-12", city="120000", initiators=["中国电子信息产业发展研究院"],
     secretariat="天津市大数据协会")]),
 ("京津冀两大养老服务联盟同日成立\n11月8日，京津冀社区助餐服务联盟和京津冀老年教育联盟在石家庄同日成立。前者由河北省养老服务"
  "协会发起，后者首批吸纳成员单位46家。", D,
  [F("京津冀社区助餐服务联盟", founded="2026-11-08", city="130100", initiators=["河北省养老服务协会"]),
   F("京津冀老年教育联盟", founded="2026-11-08", city="130100", member_count=46)]),
 ("记者获悉，京津冀氢能船舶产业联盟正在筹建中，预计明年上半年在天津挂牌。", D,
  [F("京津冀氢能船舶产业联盟")]),
 ("由山西、内蒙古、河北、北京、天津五省区市共同发起的黄河几字弯能源产业联盟2024年6月在呼和浩特成立。", D,
  [F("黄河几字弯能源产业联盟", founded="2024-06", city="150000",
     regions=["140000", "150000", "130000", "110000", "120000"])]),
]
write("eval/extraction_dev96.jsonl", "dev96", items)
