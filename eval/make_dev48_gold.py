"""Builds eval/extraction_dev48.jsonl: 10 sentences written blind in stop 26,
labelled before `xietong extract` was run on them, that name alliances
without founding them, or speak of alliances in general: a report published,
alliances to be formed, firms joining one among others, an annual meeting in
a city, a founding still to come, an official at a council, alliances
counted, a chair's seat, two alliances signing with each other, and some of
the members at a fair. Each tests that nothing is read that the sentence does
not state. Fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀钢铁产业联盟近日发布了《2025年度行业发展报告》。", D, [E("京津冀钢铁产业联盟")]),
 ("三地将加快组建一批跨区域产业联盟，推动产业链协同。", D, []),
 ("我市企业积极加入京津冀物流产业联盟等组织。", D, [E("京津冀物流产业联盟")]),
 ("京津冀旅游联盟第五届年会在承德召开，会议总结了联盟成立以来的工作。", D, [E("京津冀旅游联盟")]),
 ("据了解，京津冀中医药产业联盟将于明年3月在石家庄成立。", D, [E("京津冀中医药产业联盟")]),
 ("天津市副市长出席京津冀新材料产业联盟理事会并讲话。", D, [E("京津冀新材料产业联盟")]),
 ("京津冀协同发展战略实施十年来，区域内产业联盟数量已超过百个。", D, []),
 ("河北钢铁集团是京津冀钢铁产业联盟的理事长单位。", D, [E("京津冀钢铁产业联盟")]),
 ("京津冀工业设计联盟与长三角工业设计联盟签署战略合作协议。", D,
  [E("京津冀工业设计联盟"), E("长三角工业设计联盟")]),
 ("京津冀新能源汽车产业联盟成员单位中的32家企业参加了本次展会。", D, [E("京津冀新能源汽车产业联盟")]),
]
write("eval/extraction_dev48.jsonl", "dev48", items)
