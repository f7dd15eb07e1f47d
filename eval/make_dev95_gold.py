"""Builds eval/extraction_dev95.jsonl: nine texts written blind in stop 38,
labelled before `xietong extract` read the council's lower tiers, naming the
bodies elected to them: standing council members (常务理事单位), council
members (理事单位) and supervisors (监事单位, 监事长单位), beside the chair and
vice chairs. Some name only counts of them, or persons (常务理事, 监事长: a
person's posts), or another body's council right after the alliance. Every
field is labelled, the council's tiers too. Fictional. Evaluated once before
the tiers were read; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年11月18日，京津冀城乡供水一体化联盟成立大会在石家庄举行。大会选举产生了联盟第一届理事会：河北建投水务投资有限公司"
  "当选理事长单位，北京首创生态环保集团股份有限公司、天津创业环保集团股份有限公司当选副理事长单位，河北省水利水电勘测设计研究院"
  "集团有限公司、天津大学等9家单位当选常务理事单位，另有32家单位当选理事单位。联盟秘书处设在河北省城镇供排水协会。", D,
  [E("京津冀城乡供水一体化联盟", founded="2025-11-18", city="130100", secretariat="河北省城镇供排水协会",
     chair="河北建投水务投资有限公司", vice_chairs=["北京首创生态环保集团股份有限公司", "天津创业环保集团股份有限公司"],
     standing_council_members=["河北省水利水电勘测设计研究院集团有限公司", "天津大学"], council_members=[], supervisors=[])]),
 ("关于公布长三角低空物流产业联盟第一届理事会组成单位的通知\n经联盟成立大会选举，第一届理事会组成如下：\n"
  "理事长单位：上海峰飞航空科技有限公司\n副理事长单位：顺丰科技有限公司、杭州迅蚁网络科技有限公司\n"
  "常务理事单位：南京航空航天大学、合肥工业大学、浙江省民航产业发展有限公司\n监事单位：上海市航空学会", D,
  [E("长三角低空物流产业联盟", secretariat=None, chair="上海峰飞航空科技有限公司",
     vice_chairs=["顺丰科技有限公司", "杭州迅蚁网络科技有限公司"],
     standing_council_members=["南京航空航天大学", "合肥工业大学", "浙江省民航产业发展有限公司"], council_members=[],
     supervisors=["上海市航空学会"])]),
 ("12月3日，粤港澳大湾区口岸通关服务联盟召开2025年度会员大会，会议审议通过了增补理事单位的议案，广州市跨境电子商务行业协会、"
  "深圳市报关协会增补为常务理事单位，珠海横琴口岸通科技有限公司等6家企业增补为理事单位。", D,
  [E("粤港澳大湾区口岸通关服务联盟", secretariat=None, chair=None,
     standing_council_members=["广州市跨境电子商务行业协会", "深圳市报关协会"],
     council_members=["珠海横琴口岸通科技有限公司"], supervisors=[])]),
 ("京津冀古树名木保护联盟在承德成立。会上，承德医学院院长李明当选联盟理事长，张华、王强等5人当选常务理事，刘洋当选监事长。", D,
  [E("京津冀古树名木保护联盟", city="130800", secretariat=None, chair=None,
     standing_council_members=[], council_members=[], supervisors=[])]),
 ("成渝地区双城经济圈新能源汽车后市场联盟日前在成都成立，首批成员单位86家，其中常务理事单位18家、理事单位40家，覆盖重庆、四川两地。", D,
  [E("成渝地区双城经济圈新能源汽车后市场联盟", city="510000", member_count=86, regions=["500000", "510000"],
     secretariat=None, chair=None, standing_council_members=[], council_members=[], supervisors=[])]),
 ("2025年6月，京津冀建筑光伏幕墙产业联盟在廊坊揭牌成立。联盟由河北省建筑材料工业协会牵头，联合北京、天津两地建材企业共同发起。"
  "联盟首届理事长单位由冀东水泥集团有限责任公司担任，监事长单位由天津市建筑材料科学研究院有限公司担任，秘书处设在河北省建筑材料工业协会。", D,
  [E("京津冀建筑光伏幕墙产业联盟", founded="2025-06", city="131000", initiators=["河北省建筑材料工业协会"],
     secretariat="河北省建筑材料工业协会", chair="冀东水泥集团有限责任公司",
     standing_council_members=[], council_members=[], supervisors=["天津市建筑材料科学研究院有限公司"])]),
 ("京津冀展馆运营协作联盟2023年在北京成立。日前，天津市会展行业协会召开第五届会员大会，选举天津国展中心运营有限公司为会长单位，"
  "天津梅江会展中心有限公司等7家单位为常务理事单位。", D,
  [E("京津冀展馆运营协作联盟", founded="2023", city="110000", secretariat=None, chair=None,
     standing_council_members=[], council_members=[], supervisors=[])]),
 ("京津冀零碳货运走廊联盟成立，北京亿华通科技股份有限公司、河北旭阳能源有限公司、天津港集团有限公司分别当选理事长单位、"
  "副理事长单位和监事单位。", D,
  [E("京津冀零碳货运走廊联盟", secretariat=None, chair="北京亿华通科技股份有限公司", vice_chairs=["河北旭阳能源有限公司"],
     standing_council_members=[], council_members=[], supervisors=["天津港集团有限公司"])]),
 ("近日，京津冀职业教育数字化联盟在天津成立。会上还选举产生了常务理事单位，包括北京理工大学、天津职业大学和河北工程大学。", D,
  [E("京津冀职业教育数字化联盟", city="120000", secretariat=None, chair=None,
     standing_council_members=["北京理工大学", "天津职业大学", "河北工程大学"], council_members=[], supervisors=[])]),
]
write("eval/extraction_dev95.jsonl", "dev95", items)
