"""Builds eval/extraction_dev11.jsonl: 7 news items written blind in stop 22,
labelled before `xietong extract` was run on them: a full founding day with
founders and their count in a second sentence whose subject is a bare 联盟,
traditional characters with a member count written 逾百家, two alliances
founded in one sentence on a day of the article's month, founders counted in
Chinese numerals with the secretariat's seat (not a founding place), a
founding year with members "more than" a number and regions that include Hong
Kong and Macau, a meeting of an alliance (a meeting place, not a founding
place), and a founding month in Chinese numerals with three provinces named of
"nine" (only those named are its regions). The alliances are fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

items = [
 ("2026年10月18日，京津冀新材料中试验证平台联盟在河北廊坊成立。联盟由北京化工大学、天津大学、河北工业大学三所高校联合发起，首批吸纳成员单位58家。",
  "2026-11-27",
  [E("京津冀新材料中试验证平台联盟", founded="2026-10-18", city="131000",
     initiators=["北京化工大学", "天津大学", "河北工业大学"], initiator_count=3, member_count=58)]),
 ("長三角綠色低碳產業聯盟於2025年6月在上海成立，首批成員逾百家。", "2026-11-27",
  [E("长三角绿色低碳产业联盟", founded="2025-06", city="310000", member_count=100)]),
 ("26日，京津冀中医药健康服务联盟和京津冀康养旅游联盟同时在河北承德揭牌成立。", "2026-11-27",
  [E("京津冀中医药健康服务联盟", founded="2026-11-26", city="130800"),
   E("京津冀康养旅游联盟", founded="2026-11-26", city="130800")]),
 ("京津冀低空经济产业联盟由北京航空航天大学、中国民航大学、河北航空投资集团等十五家单位发起成立，秘书处设在天津。", "2026-11-27",
  [E("京津冀低空经济产业联盟", initiators=["北京航空航天大学", "中国民航大学", "河北航空投资集团"], initiator_count=15)]),
 ("粤港澳大湾区集成电路联盟成立于2019年，现有成员超过200家，覆盖广东、香港、澳门。", "2026-11-27",
  [E("粤港澳大湾区集成电路联盟", founded="2019", member_count=200, regions=["440000", "810000", "820000"])]),
 ("近日，京津冀物流产业联盟在北京召开第三届理事会。", "2026-11-27",
  [E("京津冀物流产业联盟")]),
 ("二〇二四年五月，黄河流域生态保护产业联盟在郑州揭牌，河南、山东、陕西等九省区的86家企业和科研院所加入。", "2026-11-27",
  [E("黄河流域生态保护产业联盟", founded="2024-05", city="410000", member_count=86,
     regions=["410000", "370000", "610000"])]),
]
write("eval/extraction_dev11.jsonl", "dev11", items)
