"""Builds eval/extraction_dev94.jsonl: five texts written blind in stop 37,
labelled before `xietong extract` was run on them, in which the bodies holding
an alliance's offices are named amid other alliances: a founding congress's
elections after a sentence naming another alliance in passing, a council
re-elected at an annual meeting (not the founding), two alliances unveiled
together each with its own chair, a person elected chair with bodies as vice
chairs, and a notice founding two alliances with each chair in brackets after
its name. Every field is labelled, the chair, the vice chairs and the
secretariat too. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年10月28日，京津冀工商业储能应用联盟成立大会在天津滨海新区召开。联盟由天津市储能行业协会、北京市新能源产业协会和"
  "河北省电池行业协会共同发起，首批成员单位76家。据介绍，京津冀三地此前已组建京津冀光伏建筑一体化联盟等多个新能源领域联盟。"
  "大会审议通过了联盟章程，选举天津蓝天储能科技有限公司为第一届理事长单位，北京海博思创科技股份有限公司、河北银隆新能源有限公司"
  "等12家单位为副理事长单位，联盟秘书处设在天津市储能行业协会。", D,
  [E("京津冀工商业储能应用联盟", founded="2025-10-28", city="120000",
     initiators=["天津市储能行业协会", "北京市新能源产业协会", "河北省电池行业协会"], member_count=76,
     secretariat="天津市储能行业协会", chair="天津蓝天储能科技有限公司",
     vice_chairs=["北京海博思创科技股份有限公司", "河北银隆新能源有限公司"]),
   E("京津冀光伏建筑一体化联盟", secretariat=None, chair=None)]),
 ("11月5日，长三角生物医药产业园区联盟2025年年会暨第二届理事会换届大会在苏州召开。会议选举苏州工业园区生物产业发展有限公司"
  "为新一届理事长单位，上海张江（集团）有限公司、杭州医药港投资有限公司、合肥高新区生物医药产业促进中心当选副理事长单位。"
  "该联盟成立于2019年，现有成员单位210家。", D,
  [E("长三角生物医药产业园区联盟", founded="2019", member_count=210, secretariat=None,
     chair="苏州工业园区生物产业发展有限公司",
     vice_chairs=["上海张江（集团）有限公司", "杭州医药港投资有限公司", "合肥高新区生物医药产业促进中心"])]),
 ("2025年12月2日，成渝地区双城经济圈沉浸式文旅联盟和成渝地区双城经济圈智慧康养联盟在重庆同时揭牌。沉浸式文旅联盟由重庆文化"
  "旅游集团有限公司担任理事长单位，智慧康养联盟理事长单位为四川省康养产业投资集团有限公司。", D,
  [E("成渝地区双城经济圈沉浸式文旅联盟", founded="2025-12-02", city="500000", secretariat=None,
     chair="重庆文化旅游集团有限公司"),
   E("成渝地区双城经济圈智慧康养联盟", founded="2025-12-02", city="500000", secretariat=None,
     chair="四川省康养产业投资集团有限公司")]),
 ("京津冀工业软件适配联盟近日在北京成立，会议选举清华大学软件学院教授王磊为联盟理事长，北京华大九天科技股份有限公司、"
  "广州中望龙腾软件股份有限公司为副理事长单位。", D,
  [E("京津冀工业软件适配联盟", city="110000", secretariat=None, chair=None,
     vice_chairs=["北京华大九天科技股份有限公司", "广州中望龙腾软件股份有限公司"])]),
 ("经研究，同意成立京津冀职业院校产教融合联盟（理事长单位：天津职业技术师范大学）和京津冀智能网联测试场联盟（理事长单位："
  "北京智能车联产业创新中心有限公司）。", D,
  [E("京津冀职业院校产教融合联盟", secretariat=None, chair="天津职业技术师范大学"),
   E("京津冀智能网联测试场联盟", secretariat=None, chair="北京智能车联产业创新中心有限公司")]),
]
write("eval/extraction_dev94.jsonl", "dev94", items)
