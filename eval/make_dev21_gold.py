"""Builds eval/extraction_dev21.jsonl: 4 whole news articles written blind in
stop 24 (a headline, a dateline, paragraphs, a quotation, background), eight
alliances in all: a founding with its founders in the next sentence, two older
alliances named as background and dated as 前者 and 后者, a yearly meeting
that adds members and a founding announced the same day (同日), the founding
of an alliance in another city cluster reported with a headline that counts
its members, and a report that names two of a region's many alliances
separated by a semicolon. Labelled before `xietong extract` was run on them;
the alliances are fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("京津冀生物医药产业联盟在津成立\n"
  "本报讯（记者 李明）6月10日，京津冀生物医药产业联盟在天津经济技术开发区成立。该联盟由天津医药集团、北京同仁堂集团和石药集团共同发起，"
  "首批成员单位86家，涵盖研发、生产、流通等环节。\n"
  "天津市副市长王某出席成立大会并致辞。他表示，联盟要发挥纽带作用，推动三地生物医药产业链深度融合。\n"
  "据了解，此前三地已先后成立京津冀医药流通协作联盟和京津冀中药材种植联盟。前者成立于2018年，后者于2020年在河北保定成立。", "2026-06-12",
  [E("京津冀生物医药产业联盟", founded="2026-06-10", city="120000",
     initiators=["天津医药集团", "北京同仁堂集团", "石药集团"], member_count=86),
   E("京津冀医药流通协作联盟", founded="2018"),
   E("京津冀中药材种植联盟", founded="2020", city="130600")]),
 ("长三角新能源汽车产业链联盟扩容\n"
  "3月18日，长三角新能源汽车产业链联盟2026年度工作会议在合肥召开。会上，22家企业新加入联盟，联盟成员总数达到218家。\n"
  "该联盟2020年由上海、江苏、浙江、安徽三省一市经信部门共同指导成立，秘书处设在上海。\n"
  "同日，长三角汽车芯片应用推广分联盟宣告成立，由蔚来汽车、比亚迪和地平线共同牵头。", "2026-03-20",
  [E("长三角新能源汽车产业链联盟", founded="2020", member_count=218,
     regions=["310000", "320000", "330000", "340000"]),
   E("长三角汽车芯片应用推广分联盟", founded="2026-03-18", initiators=["蔚来汽车", "比亚迪", "地平线"])]),
 ("粤港澳大湾区海洋经济联盟成立 首批吸纳成员80家\n"
  "9月3日上午，粤港澳大湾区海洋经济联盟成立仪式在深圳前海举行。联盟由中国海洋大学深圳研究院、香港科技大学和澳门科技大学联合发起，"
  "首批吸纳成员80家，覆盖广东、香港、澳门。\n"
  "联盟理事长单位为招商局集团。联盟将重点围绕海洋装备、海洋生物医药和海洋旅游开展合作。", "2026-09-05",
  [E("粤港澳大湾区海洋经济联盟", founded="2026-09-03", city="440000",
     initiators=["中国海洋大学深圳研究院", "香港科技大学", "澳门科技大学"], member_count=80,
     regions=["440000", "810000", "820000"])]),
 ("近年来，川渝两地已组建各类合作联盟60余个。其中，成渝地区双城经济圈电子信息产业联盟由四川省电子学会和重庆市电子学会于2021年共同发起，"
  "成员单位150余家；川渝文旅融合发展联盟2022年在重庆成立，汇聚两地景区、旅行社等会员单位300家。", "2026-11-02",
  [E("成渝地区双城经济圈电子信息产业联盟", founded="2021", initiators=["四川省电子学会", "重庆市电子学会"], member_count=150),
   E("川渝文旅融合发展联盟", founded="2022", city="500000", member_count=300)]),
]
write("eval/extraction_dev21.jsonl", "dev21", items)
