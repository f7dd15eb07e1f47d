"""Builds eval/extraction_dev62.jsonl: two documents written blind in stop 28,
labelled before `xietong extract` was run on them: a newspaper's report of a
founding meeting (a byline before the date, three founders named without a
count, members counted, a second alliance met at the meeting and described
after it) and a year's work review (bodies counted in a clause after a lead's
组建, alliances guided and supported, a branch set up by one, which founds
nothing). Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("本报讯（记者 王明）11月25日，京津冀数字文旅产业联盟成立大会在河北秦皇岛举行。该联盟由北京文化投资发展集团、天津旅游集团和河北旅游投资集团共同发起，"
  "首批成员单位68家，涵盖景区、酒店、旅行社和数字技术企业。会上，联盟还与京津冀智慧旅游服务联盟签署了战略合作协议。"
  "据介绍，京津冀智慧旅游服务联盟成立于2020年，现有会员120余家。", D,
  [E("京津冀数字文旅产业联盟", founded="2026-11-25", city="130300",
     initiators=["北京文化投资发展集团", "天津旅游集团", "河北旅游投资集团"], member_count=68),
   E("京津冀智慧旅游服务联盟", founded="2020", member_count=120)]),
 ("2025年工作回顾\n一是推动产业协同。牵头组建京津冀新能源装备产业联盟，吸纳三地企业和科研院所95家；指导成立京津冀工业设计协同创新联盟。\n"
  "二是深化平台建设。支持京津冀技术转移联盟在雄安新区设立分中心。", D,
  [E("京津冀新能源装备产业联盟", member_count=95), E("京津冀工业设计协同创新联盟"), E("京津冀技术转移联盟")]),
]
write("eval/extraction_dev62.jsonl", "dev62", items)
