"""Builds eval/extraction_dev5.jsonl: 7 short news items written by a reader
trying `xietong extract` on everyday founding news (stop 19): founders listed
with 等单位, a bare 联盟 after a comma in the naming sentence, a count said to
be passed (超过200家), a day of the month alone (12日), a body that guides
(由…指导) beside the founders, another city cluster's alliance, and an item
that states nothing but the name. The reader saw what `extract` made of the
first two before writing them; the other five were written blind. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. The alliances
are fictional. Run from the repo root."""
from gold import E, write

items = [
 ("2026年3月12日，京津冀氢能产业协同发展联盟在北京成立。该联盟由北京理工大学、天津大学、河北工业大学等单位共同发起，"
  "首批成员包括40余家企业和科研院所。", "2026-03-15",
  [E("京津冀氢能产业协同发展联盟", founded="2026-03-12", city="110000",
     initiators=["北京理工大学", "天津大学", "河北工业大学"], member_count=40)]),
 ("据悉，京津冀医疗器械创新联盟日前在天津揭牌，联盟由天津市医疗器械行业协会牵头，联合北京、河北相关企业组建。", "2026-03-15",
  [E("京津冀医疗器械创新联盟", city="120000", initiators=["天津市医疗器械行业协会"])]),
 ("11月20日，由中国汽车技术研究中心、北汽集团和长城汽车联合发起的京津冀新能源汽车产业联盟在天津正式成立，联盟首批吸纳成员单位56家。",
  "2026-11-25",
  [E("京津冀新能源汽车产业联盟", founded="2026-11-20", city="120000",
     initiators=["中国汽车技术研究中心", "北汽集团", "长城汽车"], member_count=56)]),
 ("河北省工业和信息化厅介绍，京津冀工业互联网协同发展联盟于去年6月在石家庄揭牌，目前已有成员单位超过200家，覆盖京津冀三地。",
  "2026-11-25",
  [E("京津冀工业互联网协同发展联盟", founded="2025-06", city="130100", member_count=200,
     regions=["110000", "120000", "130000"])]),
 ("记者从北京市经信局获悉，京津冀集成电路产业联盟近日成立，秘书处设在北京集成电路产业发展股权投资基金。", "2026-11-25",
  [E("京津冀集成电路产业联盟")]),
 ("成渝地区双城经济圈汽车产业协同发展联盟12日在重庆成立，成员包括长安汽车、赛力斯等70余家企业。", "2026-11-25",
  [E("成渝地区双城经济圈汽车产业协同发展联盟", founded="2026-11-12", city="500000", member_count=70)]),
 ("京津冀文旅产业联盟（简称“文旅联盟”）由三地文旅部门指导，北京旅游协会、天津市旅游协会、河北省旅游协会共同发起。", "2026-11-25",
  [E("京津冀文旅产业联盟", aliases=["文旅联盟"], initiators=["北京旅游协会", "天津市旅游协会", "河北省旅游协会"])]),
]
write("eval/extraction_dev5.jsonl", "dev5", items)
