"""Builds eval/extraction_dev80.jsonl: nine sentences written blind in stop 31,
near misses for precision, labelled before `xietong extract` was run on them: a
preparatory group founded, not the alliance; a founding put off; a founder
denied and the bodies that formed it counted; a dissolution's year; a council
re-elected at a meeting in Tangshan; an alliance founded in 2018 beside one
newly founded with no day; a founding congress set for next year; the number
of alliances in a region beside one alliance's members; some members from one
zone, not all. Fictional. Evaluated once, untuned, before any fix; the figure
is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀康复辅具产业联盟筹备组近日成立，联盟预计明年一季度正式挂牌。", D, [E("京津冀康复辅具产业联盟")]),
 ("记者了解到，原计划于今年6月成立的京津冀低碳建筑联盟因故推迟。", D, [E("京津冀低碳建筑联盟")]),
 ("京津冀动漫产业联盟并非由政府部门发起，而是由12家动漫企业自发组建。", D, [E("京津冀动漫产业联盟", member_count=12)]),
 ("2020年，京津冀果蔬产业联盟因成员单位长期不活跃宣布解散。", D, [E("京津冀果蔬产业联盟")]),
 ("京津冀安全应急产业联盟第三届理事会换届大会于2025年12月5日在唐山召开。", D, [E("京津冀安全应急产业联盟")]),
 ("与2018年成立的京津冀养老服务联盟相比，新成立的京津冀康养旅游联盟更侧重文旅融合。", D,
  [E("京津冀养老服务联盟", founded="2018"), E("京津冀康养旅游联盟")]),
 ("京津冀冰雪产业联盟成立大会暨首届冰雪产业论坛定于明年1月在张家口举行。", D, [E("京津冀冰雪产业联盟")]),
 ("截至目前，京津冀已累计成立各类产业联盟40余个，其中京津冀钢结构产业联盟会员最多，达到210家。", D,
  [E("京津冀钢结构产业联盟", member_count=210)]),
 ("京津冀跨境物流联盟成员单位中，有15家来自天津港保税区。", D, [E("京津冀跨境物流联盟")]),
]
write("eval/extraction_dev80.jsonl", "dev80", items)
