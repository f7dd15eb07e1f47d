"""Builds eval/extraction_dev6.jsonl: 5 news items written blind by a reader
trying `xietong extract` (stop 19, after dev5's fixes): a founding place longer
than eight characters (北京经济技术开发区), founders counted without 等
(甲、乙、丙三家单位共同倡议发起) in a sentence after the naming one, a
member count after 会员企业, a body that guides, and founders described as a
counted group across 三省一市. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. The alliances are fictional. Run from the repo root."""
from gold import E, write

items = [
 ("为推动区域协同创新，京津冀生物医药产业创新联盟于2023年9月15日在北京经济技术开发区正式揭牌成立。"
  "联盟首批成员单位共有86家，涵盖企业、高校、科研院所和金融机构。", "2026-03-02",
  [E("京津冀生物医药产业创新联盟", founded="2023-09-15", city="110000", member_count=86)]),
 ("2月28日上午，京津冀新材料产业技术创新战略联盟成立大会在天津滨海新区召开，会上审议通过了联盟章程，选举产生了第一届理事会。"
  "据了解，该联盟由中国钢研科技集团有限公司、天津大学、河北省科学院三家单位共同倡议发起。", "2026-03-02",
  [E("京津冀新材料产业技术创新战略联盟", founded="2026-02-28", city="120000",
     initiators=["中国钢研科技集团有限公司", "天津大学", "河北省科学院"], initiator_count=3)]),
 ("近日，由北京市商务局、天津市商务局、河北省商务厅共同指导的京津冀跨境电商协同发展联盟在雄安新区成立，首批会员企业50余家。",
  "2026-03-02",
  [E("京津冀跨境电商协同发展联盟", city="133100", member_count=50)]),
 ("京津冀养老服务业联盟日前在石家庄组建，联盟将推动三地养老机构资源共享、标准互认。", "2026-03-02",
  [E("京津冀养老服务业联盟", city="130100")]),
 ("江苏、浙江、安徽、上海三省一市的40多家博物馆共同发起成立了长三角博物馆教育联盟。", "2026-03-02",
  # relabelled in stop 22: the text states how many initiated it (40多家), a count the brief says to
  # record as a count, though none of them is named (stop 19 had labelled no count)
  [E("长三角博物馆教育联盟", initiator_count=40, regions=["320000", "330000", "340000", "310000"])]),
]
write("eval/extraction_dev6.jsonl", "dev6", items)
