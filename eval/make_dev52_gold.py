"""Builds eval/extraction_dev52.jsonl: 3 documents written blind in stop 27,
labelled before `xietong extract` was run on them: a bureau's year-end work
summary (numbered sections, a founding this March pushed by three places'
departments, members grown since the founding, one still being prepared), a
news agency's dispatch (a dateline, founders with their count, a quoted
official), and a paragraph of a PDF's text wrapped inside names and a date
(a lead and counted firms forming one, members of another counted with 三地).
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("天津市工业和信息化局2026年工作总结（节选）\n一、深化京津冀产业协同\n"
  "（一）推动产业联盟建设。今年3月，在三地工信部门推动下，京津冀工业母机产业联盟在天津成立，联盟秘书处设在天津市机床行业协会，"
  "首批成员单位56家。该联盟已组织供需对接活动12场。\n"
  "（二）支持京津冀生物医药产业联盟扩容。截至11月底，该联盟成员单位已由成立之初的40家增加到73家。\n"
  "（三）筹建京津冀算力产业联盟，预计明年上半年正式成立。", "2026-12-20",
  [E("京津冀工业母机产业联盟", founded="2026-03", city="120000", member_count=56),
   E("京津冀生物医药产业联盟", member_count=73),
   E("京津冀算力产业联盟")]),
 ("新华社天津3月5日电（记者王某）京津冀新能源汽车动力电池回收利用产业联盟5日在天津宝坻成立。联盟由天津市新能源汽车产业协会、"
  "北京新能源汽车股份有限公司、河北长城汽车股份有限公司等28家单位共同发起，涵盖整车制造、电池生产、回收拆解等环节。\n"
  "“联盟将推动三地形成动力电池回收利用闭环。”天津市工信局有关负责人表示。", "2026-03-05",
  [E("京津冀新能源汽车动力电池回收利用产业联盟", founded="2026-03-05", city="120000",
     initiators=["天津市新能源汽车产业协会", "北京新能源汽车股份有限公司", "河北长城汽车股份有限公司"], initiator_count=28)]),
 ("京津冀协同发展背景下，产业联盟作用日益凸显。例如，京津冀钢结构\n"
  "建筑产业联盟于2019年11月在河北唐山成立，由河北省建筑科学研究院\n"
  "有限公司牵头，联合北京、天津的15家钢结构企业组建；京津冀职业\n"
  "教育旅游联盟则于2017年成立，成员包括三地32所职业院校。", "2026-06-01",
  [E("京津冀钢结构建筑产业联盟", founded="2019-11", city="130200", initiators=["河北省建筑科学研究院有限公司"],
     member_count=15),  # no regions: relabelled in stop 36, see eval/README.md
   E("京津冀职业教育旅游联盟", founded="2017", member_count=32)]),
]
write("eval/extraction_dev52.jsonl", "dev52", items)
