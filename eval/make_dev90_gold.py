"""Builds eval/extraction_dev90.jsonl: twelve texts written blind in stop 35
about rolls of members set apart from the founding sentence, labelled (members
too) before `xietong extract` was run on them: a numbered roll one item a line
in the next sentence; a roll without numbers, one name a line; a table of
members with a kind column; a roll on one line after 名单：; a roll after a
sentence about something else; a roll of experts, who are no members; a list
of award winners; a table of members with a place column; a roll of the
second of two alliances; a roll of bullets under 首批成员：; a roll in
traditional characters; a roll promised, not given. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年6月，京津冀智慧水务产业联盟在石家庄成立。首批成员单位名单如下：\n1.北京首创智水科技有限公司\n2.天津创业水务集团有限公司\n3.河北建投水务投资有限公司", D,
  [E("京津冀智慧水务产业联盟", founded="2025-06", city="130100", member_count=3,
     members=["北京首创智水科技有限公司", "天津创业水务集团有限公司", "河北建投水务投资有限公司"])]),
 ("京津冀数字出版协作联盟日前成立。联盟成员单位名单：\n中国数字出版传媒有限公司\n天津出版传媒集团有限公司\n河北出版传媒集团有限责任公司\n北京印刷学院出版研究所", D,
  [E("京津冀数字出版协作联盟", member_count=4,
     members=["中国数字出版传媒有限公司", "天津出版传媒集团有限公司", "河北出版传媒集团有限责任公司", "北京印刷学院出版研究所"])]),
 ("京津冀体外诊断试剂质控联盟于2024年11月在天津成立。首批成员单位如下表：\n序号\t单位名称\t单位类型\n1\t北京市医疗器械检验研究所\t检验机构\n2\t天津市医疗器械质量监督检验中心\t检验机构\n3\t河北省药械检验研究院\t检验机构\n4\t天津医学高等专科学校\t高校", D,
  [E("京津冀体外诊断试剂质控联盟", founded="2024-11", city="120000", member_count=4,
     members=["北京市医疗器械检验研究所", "天津市医疗器械质量监督检验中心", "河北省药械检验研究院", "天津医学高等专科学校"])]),
 ("京津冀青少年航天科普联盟近日在北京成立，首批成员单位名单：北京市第八十中学、天津市耀华中学、河北正定中学。", D,
  [E("京津冀青少年航天科普联盟", city="110000", member_count=3,
     members=["北京市第八十中学", "天津市耀华中学", "河北正定中学"])]),
 ("2025年3月18日，京津冀无人机城际配送联盟在廊坊揭牌成立。联盟将围绕无人机配送开展标准制定和航线共建。首批成员单位名单：1.北京京东乾石科技有限公司 2.天津航天中为数据系统科技有限公司 3.河北翼达通用航空有限公司 4.河北航空职业技术学院", D,
  [E("京津冀无人机城际配送联盟", founded="2025-03-18", city="131000", member_count=4,
     members=["北京京东乾石科技有限公司", "天津航天中为数据系统科技有限公司", "河北翼达通用航空有限公司", "河北航空职业技术学院"])]),
 ("京津冀听力康复协作联盟成立大会在天津召开。联盟专家委员会名单：1.李明远 2.王芳华 3.张卫东", D,
  [E("京津冀听力康复协作联盟", city="120000", members=[])]),
 ("京津冀家居设计师联盟年会公布了2025年度优秀设计奖获奖名单：1.北京小米科技有限责任公司 2.天津海鸥表业集团有限公司 3.保定长城汽车设计中心", D,
  [E("京津冀家居设计师联盟", members=[])]),
 ("京津冀新能源汽车检测联盟成员单位一览\n序号\t成员单位\t所在地\n1\t中汽检测技术（天津）有限公司\t天津\n2\t北京汽车研究总院有限公司\t北京\n3\t保定长安客车制造有限公司\t保定", D,
  [E("京津冀新能源汽车检测联盟", member_count=3, regions=["120000", "110000", "130600"],
     members=["中汽检测技术（天津）有限公司", "北京汽车研究总院有限公司", "保定长安客车制造有限公司"])]),
 ("2024年，京津冀储氢材料联盟和京津冀氢燃料重卡示范联盟先后成立。其中，京津冀氢燃料重卡示范联盟首批成员单位名单如下：\n1.北京海珀尔氢能科技有限公司\n2.天津港集团有限公司\n3.河北氢途能源科技有限公司", D,
  [E("京津冀储氢材料联盟", founded="2024"),
   E("京津冀氢燃料重卡示范联盟", founded="2024", member_count=3,
     members=["北京海珀尔氢能科技有限公司", "天津港集团有限公司", "河北氢途能源科技有限公司"])]),
 ("京津冀红色文旅数字展陈联盟在承德成立。首批成员：\n· 北京文化旅游发展集团有限公司\n· 天津旅游集团有限公司\n· 河北旅游投资集团股份有限公司", D,
  [E("京津冀红色文旅数字展陈联盟", city="130800", member_count=3,
     members=["北京文化旅游发展集团有限公司", "天津旅游集团有限公司", "河北旅游投资集团股份有限公司"])]),
 ("粵港澳大灣區裝配式建築聯盟首批成員單位名單：\n1.香港建築師學會\n2.澳門土木工程實驗室\n3.廣州市建築集團有限公司", D,
  [E("粤港澳大湾区装配式建筑联盟", member_count=3,
     members=["香港建筑师学会", "澳门土木工程实验室", "广州市建筑集团有限公司"])]),
 ("京津冀净菜加工产业联盟在保定成立，首批成员单位名单将于下月公布。", D,
  [E("京津冀净菜加工产业联盟", city="130600", members=[])]),
]
write("eval/extraction_dev90.jsonl", "dev90", items)
