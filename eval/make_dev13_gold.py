"""Builds eval/extraction_dev13.jsonl: 9 news items written blind in stop 23,
labelled before `xietong extract` was run on them: founders joined by 和 after
a founding place inside a free-trade zone (天津港保税区) and a member count
reached by 吸引; a 以下简称 alias in curly quotes with 川渝两地 as its regions;
a quoted name founded 昨日; organisations joining an alliance (多家: no
count); a money figure after 成立五年来 (no count, no date); a lead body with
a descriptive group of four provinces (四省区: the regions, not founders) and
the first members' count; two alliances compared as 前者 and 后者 in the
sentence after them; founders joined by 及 before a month; three provinces
named a character each (湘鄂赣三省). The alliances are fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

items = [
 ("记者从天津市科技局获悉，京津冀氢能产业协同创新联盟近日在天津港保税区成立。该联盟由天津港集团、北京亿华通科技股份有限公司和河北建投集团联合倡议发起，"
  "目前已吸引成员单位37家。", "2026-12-01",
  [E("京津冀氢能产业协同创新联盟", city="120000",
     initiators=["天津港集团", "北京亿华通科技股份有限公司", "河北建投集团"], member_count=37)]),
 ("成渝地区双城经济圈数字文创产业联盟（以下简称“双城文创联盟”）于2024年3月28日在重庆成立，联盟汇聚川渝两地文创企业、高校等160余家单位。", "2026-12-01",
  [E("成渝地区双城经济圈数字文创产业联盟", aliases=["双城文创联盟"], founded="2024-03-28", city="500000", member_count=160,
     regions=["510000", "500000"])]),
 ("昨日，“京津冀职业教育产教融合联盟”在保定揭牌成立。", "2026-12-01",
  [E("京津冀职业教育产教融合联盟", founded="2026-11-30", city="130600")]),
 ("北京市海淀区多家企业日前加入了京津冀人工智能产业联盟。", "2026-12-01",
  [E("京津冀人工智能产业联盟")]),
 ("京津冀科技成果转化联盟成立五年来，已促成技术交易额超过30亿元。", "2026-12-01",
  [E("京津冀科技成果转化联盟")]),
 ("由中国科学院沈阳分院牵头，联合辽宁、吉林、黑龙江和内蒙古四省区的科研院所和企业共同组建的东北振兴科技创新联盟于2025年11月在沈阳成立，首批成员单位52家。",
  "2026-12-01",
  [E("东北振兴科技创新联盟", founded="2025-11", city="210000", initiators=["中国科学院沈阳分院"], member_count=52,
     regions=["210000", "220000", "230000", "150000"])]),
 ("会上，长三角生物医药产业联盟与粤港澳大湾区生物医药创新联盟签署战略合作协议。前者成立于2021年，拥有成员单位200多家；后者于2022年8月在深圳成立。",
  "2026-12-01",
  [E("长三角生物医药产业联盟", founded="2021", member_count=200),
   E("粤港澳大湾区生物医药创新联盟", founded="2022-08", city="440000")]),
 ("粤港澳大湾区青年创新创业联盟由香港科技大学、澳门大学及中山大学于2023年11月共同发起成立。", "2026-12-01",
  [E("粤港澳大湾区青年创新创业联盟", founded="2023-11", initiators=["香港科技大学", "澳门大学", "中山大学"])]),
 ("长江中游城市群文化旅游联盟日前在武汉成立，湘鄂赣三省60家文旅企业和景区首批加入。", "2026-12-01",
  [E("长江中游城市群文化旅游联盟", city="420000", member_count=60, regions=["430000", "420000", "360000"])]),
]
write("eval/extraction_dev13.jsonl", "dev13", items)
