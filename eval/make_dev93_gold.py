"""Builds eval/extraction_dev93.jsonl: twelve texts written blind in stop 37,
labelled before `xietong extract` was run on them, each saying (or not) which
bodies hold an alliance's council offices: a chair elected (选举…为, 被推选为,
当选), a rotating chair's first holder, offices after colons, vice chairs
listed after 包括, a chair and a vice chair 分别, a council's first meeting
that is not the founding, bodies chairing in turn, a person elected chair,
and texts naming none. Every field is labelled, the chair (None where no one
body is named), the vice chairs and the secretariat too. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年9月16日，京津冀城轨车辆维保联盟成立大会在唐山召开。大会选举中车唐山机车车辆有限公司为联盟首届理事长单位，"
  "北京交通大学、天津中车四方所科技有限公司当选副理事长单位。", D,
  [E("京津冀城轨车辆维保联盟", founded="2025-09-16", city="130200", secretariat=None,
     chair="中车唐山机车车辆有限公司", vice_chairs=["北京交通大学", "天津中车四方所科技有限公司"])]),
 ("京津冀康养温泉旅游联盟日前在承德成立。联盟实行轮值主席制，首任轮值主席单位为承德市文化广电和旅游局。", D,
  [E("京津冀康养温泉旅游联盟", city="130800", secretariat=None, chair="承德市文化广电和旅游局")]),
 ("长三角新能源汽车检测认证联盟于2024年11月在上海嘉定成立，上海机动车检测认证技术研究中心有限公司当选理事长单位，"
  "副理事长单位包括中汽研新能源汽车检验中心（天津）有限公司、江苏省计量科学研究院和浙江方圆检测集团股份有限公司。", D,
  [E("长三角新能源汽车检测认证联盟", founded="2024-11", city="310000", secretariat=None,
     chair="上海机动车检测认证技术研究中心有限公司",
     vice_chairs=["中汽研新能源汽车检验中心（天津）有限公司", "江苏省计量科学研究院", "浙江方圆检测集团股份有限公司"])]),
 ("粤港澳大湾区无人机配送联盟近日在深圳成立，由顺丰控股股份有限公司等20家单位共同发起。会上，深圳市城市交通规划设计研究中心"
  "股份有限公司被推选为联盟理事长单位，联盟秘书处设在深圳市低空经济产业协会。", D,
  [E("粤港澳大湾区无人机配送联盟", city="440000", initiators=["顺丰控股股份有限公司"], initiator_count=20,
     secretariat="深圳市低空经济产业协会", chair="深圳市城市交通规划设计研究中心股份有限公司")]),
 ("京津冀电力装备产业联盟在保定成立。保定天威保变电气股份有限公司董事长王海当选联盟理事长，秘书处设在保定市电力装备行业协会。", D,
  [E("京津冀电力装备产业联盟", city="130600", secretariat="保定市电力装备行业协会", chair=None)]),
 ("成渝地区双城经济圈儿童眼健康联盟于2023年4月成立，四川大学华西医院、重庆医科大学附属第一医院分别当选理事长单位和副理事长单位，"
  "联盟成员单位共62家。", D,
  [E("成渝地区双城经济圈儿童眼健康联盟", founded="2023-04", member_count=62, secretariat=None,
     chair="四川大学华西医院", vice_chairs=["重庆医科大学附属第一医院"])]),
 ("2024年6月，京津冀工控系统安全防护联盟第一届理事会第一次会议在天津召开，会议选举国家工业信息安全发展研究中心担任理事长单位，"
  "天津市网络安全协会等6家单位担任副理事长单位。", D,
  [E("京津冀工控系统安全防护联盟", secretariat=None, chair="国家工业信息安全发展研究中心", vice_chairs=["天津市网络安全协会"])]),
 ("京津冀养老护理员培训联盟由北京市养老服务行业协会、天津市养老服务协会和河北省养老服务业协会共同发起成立，三家协会轮值担任联盟主席单位。", D,
  [E("京津冀养老护理员培训联盟", initiators=["北京市养老服务行业协会", "天津市养老服务协会", "河北省养老服务业协会"],
     secretariat=None, chair=None)]),
 ("京津冀数字农业创新联盟近日在石家庄揭牌，河北科技师范学院为理事长单位，中国农业大学、天津农学院为副理事长单位，秘书处挂靠河北省农林科学院。", D,
  [E("京津冀数字农业创新联盟", city="130100", secretariat="河北省农林科学院", chair="河北科技师范学院",
     vice_chairs=["中国农业大学", "天津农学院"])]),
 ("2025年3月18日，长三角展览工程联盟在南京成立。理事长单位：江苏省会展业协会；副理事长单位：上海市会展行业协会、浙江省会展行业协会、"
  "安徽省会展行业协会。", D,
  [E("长三角展览工程联盟", founded="2025-03-18", city="320000", secretariat=None, chair="江苏省会展业协会",
     vice_chairs=["上海市会展行业协会", "浙江省会展行业协会", "安徽省会展行业协会"])]),
 ("京津冀滑雪场运营联盟成立以来，成员单位已发展到120余家。", D,
  [E("京津冀滑雪场运营联盟", member_count=120, secretariat=None, chair=None)]),
 ("北京首钢国际工程技术有限公司当选京津冀装配式钢结构住宅联盟首届理事长单位，中冶建筑研究总院有限公司、天津大学、"
  "河北建工集团有限责任公司当选副理事长单位。", D,
  [E("京津冀装配式钢结构住宅联盟", secretariat=None, chair="北京首钢国际工程技术有限公司",
     vice_chairs=["中冶建筑研究总院有限公司", "天津大学", "河北建工集团有限责任公司"])]),
]
write("eval/extraction_dev93.jsonl", "dev93", items)
