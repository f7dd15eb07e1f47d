"""Builds eval/extraction_dev50.jsonl: 2 documents written blind in stop 26,
labelled before `xietong extract` was run on them: a WeChat account's
article (a headline with 重磅！, its account and publishing time, the day
before in the text, founders with their count, a numbered heading) and an
interview whose answers give the founding, the members and, to a second
question, the founders. Undated: each is read against the day it prints.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("重磅！京津冀低空经济联盟正式成立\n原创 河北发布 2026-05-20 09:31\n"
  "5月19日，京津冀低空经济联盟在石家庄正式成立。联盟由中国航天科工三院、天津航空机电、河北航空投资集团等45家单位共同发起。\n"
  "01 联盟定位\n联盟将聚焦低空飞行器研发制造、低空运营服务等领域。", None,
  [E("京津冀低空经济联盟", founded="2026-05-19", city="130100",
     initiators=["中国航天科工三院", "天津航空机电", "河北航空投资集团"], initiator_count=45)]),
 ("发布时间：2026-09-02\n记者：京津冀文化遗产保护联盟是什么时候成立的？\n李秘书长：联盟是2021年10月在天津成立的，目前有成员单位48家。\n"
  "记者：联盟的发起单位有哪些？\n李秘书长：主要是故宫博物院、天津博物馆和河北博物院。", None,
  [E("京津冀文化遗产保护联盟", founded="2021-10", city="120000", member_count=48,
     initiators=["故宫博物院", "天津博物馆", "河北博物院"])]),
]
write("eval/extraction_dev50.jsonl", "dev50", items)
