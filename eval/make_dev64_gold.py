"""Builds eval/extraction_dev64.jsonl: 10 sentences written blind in stop 28,
labelled before `xietong extract` was run on them: a county-level city of
Baoding, approving departments that are not founders, a guiding office and a
launch, universities named then counted forming one (组建, founders and
members alike, as dev4-03 is labelled), an economic-technological zone of
Beijing, a district and a city founding one together, members grown with
what they grew by, new members who are not the total, guides and a lead, and
a headquarters that is not the founding place. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀中医药传承创新联盟于2019年10月22日在河北安国揭牌，首批成员包括三地38家中医医院。", D,
  [E("京津冀中医药传承创新联盟", founded="2019-10-22", city="130600", member_count=38)]),
 ("经京津冀三地商务部门批准，京津冀老字号企业联盟近日成立。", D,
  [E("京津冀老字号企业联盟")]),
 ("由河北省委网信办指导，京津冀网络安全产业联盟在石家庄正式启动。", D,
  [E("京津冀网络安全产业联盟", city="130100")]),
 ("北京理工大学等7所高校组建了京津冀新能源汽车产教融合联盟。", D,
  [E("京津冀新能源汽车产教融合联盟", initiators=["北京理工大学"], initiator_count=7, member_count=7)]),
 ("2018年6月，京津冀康复辅具产业联盟在北京亦庄经济技术开发区宣告成立。", D,
  [E("京津冀康复辅具产业联盟", founded="2018-06", city="110000")]),
 ("天津市滨海新区与河北省沧州市共同发起的渤海新区港产城联盟于2017年成立。", D,
  [E("渤海新区港产城联盟", founded="2017", initiators=["天津市滨海新区", "河北省沧州市"])]),
 ("京津冀通用航空产业联盟成员已发展到110家，较成立之初增加了60家。", D,
  [E("京津冀通用航空产业联盟", member_count=110)]),
 ("去年9月成立的京津冀生态环境监测联盟，今年又新吸纳12家会员。", D,
  [E("京津冀生态环境监测联盟", founded="2025-09")]),
 ("京津冀冰雪产业联盟由北京市体育局、天津市体育局、河北省体育局指导，中国冰雪产业集团牵头成立。", D,
  [E("京津冀冰雪产业联盟", initiators=["中国冰雪产业集团"])]),
 ("成立于2016年4月的京津冀设计产业联盟总部设在北京。", D,
  [E("京津冀设计产业联盟", founded="2016-04")]),
]
write("eval/extraction_dev64.jsonl", "dev64", items)
