"""Builds eval/extraction_dev27.jsonl: 8 sentences written blind in stop 24,
after dev26, labelled before `xietong extract` was run on them, on founders
with the long names bodies register under: companies with their legal forms, a
founder with its short name in brackets, a count of founders after two named,
a foreign company's research institute, a founder whose registered name holds
a bracket, two local governments, founders listed after a colon, and an
institute leading without 由. The alliances are fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-11-30"
items = [
 ("京津冀新能源汽车联盟由北京汽车集团有限公司、天津一汽丰田汽车有限公司、长城汽车股份有限公司联合发起。", D,
  [E("京津冀新能源汽车联盟", initiators=["北京汽车集团有限公司", "天津一汽丰田汽车有限公司", "长城汽车股份有限公司"])]),
 ("由中国铁建股份有限公司（简称中国铁建）牵头的京津冀智能建造联盟日前成立。", D,
  [E("京津冀智能建造联盟", initiators=["中国铁建股份有限公司"])]),
 ("京津冀工业互联网联盟由航天云网科技发展有限责任公司、用友网络科技股份有限公司等22家单位共同发起。", D,
  [E("京津冀工业互联网联盟", initiators=["航天云网科技发展有限责任公司", "用友网络科技股份有限公司"], initiator_count=22)]),
 ("由英特尔中国研究院、联想集团和北京大学共同发起的京津冀边缘计算联盟在北京揭牌。", D,
  [E("京津冀边缘计算联盟", city="110000", initiators=["英特尔中国研究院", "联想集团", "北京大学"])]),
 ("京津冀康复医疗联盟由中国康复研究中心（北京博爱医院）发起成立。", D,
  [E("京津冀康复医疗联盟", initiators=["中国康复研究中心（北京博爱医院）"])]),
 ("天津市滨海新区人民政府、河北省沧州市人民政府共同发起成立了渤海新区港产城联盟。", D,
  [E("渤海新区港产城联盟", initiators=["天津市滨海新区人民政府", "河北省沧州市人民政府"])]),
 ("京津冀医药健康联盟的发起单位包括：北京同仁堂股份有限公司、天津天士力医药集团股份有限公司、石家庄以岭药业股份有限公司。", D,
  [E("京津冀医药健康联盟", initiators=["北京同仁堂股份有限公司", "天津天士力医药集团股份有限公司", "石家庄以岭药业股份有限公司"])]),
 ("中国电子科技集团公司第五十四研究所牵头组建了京津冀卫星导航联盟。", D,
  [E("京津冀卫星导航联盟", initiators=["中国电子科技集团公司第五十四研究所"])]),
]
write("eval/extraction_dev27.jsonl", "dev27", items)
