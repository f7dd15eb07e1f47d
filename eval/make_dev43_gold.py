"""Builds eval/extraction_dev43.jsonl: 4 whole documents written blind in stop
26, labelled before `xietong extract` was run on them: a brief in the seed's
manner naming three alliances (offices guiding one, 同年9月 for the next, a
count of firms integrated), a news report with its byline and the founders in
its second paragraph, a report of two founding a month apart (一个月后) in a
demonstration zone, and a charter's articles. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀协同发展战略实施以来，三地产业联盟蓬勃发展。2015年6月，由北京市经信委、天津市工信委和河北省工信厅共同指导，"
  "京津冀工业互联网产业联盟在北京成立，首批成员单位68家。同年9月，京津冀新材料产业联盟在天津宣告成立，该联盟由中国钢研科技集团、"
  "天津大学、河北工业大学等15家单位共同发起。此外，京津冀现代物流联盟整合了三地200余家物流企业，在推动区域物流一体化方面发挥了积极作用。", D,
  [E("京津冀工业互联网产业联盟", founded="2015-06", city="110000", member_count=68),
   E("京津冀新材料产业联盟", founded="2015-09", city="120000",
     initiators=["中国钢研科技集团", "天津大学", "河北工业大学"], initiator_count=15),
   E("京津冀现代物流联盟", member_count=200)]),
 ("本报讯（记者 王明）11月20日，京津冀人工智能产业联盟在河北廊坊正式成立。\n"
  "据介绍，该联盟由百度、科大讯飞、天津大学等32家企业和高校共同发起，旨在推动人工智能技术的应用落地。\n"
  "联盟秘书处设在廊坊市。", D,
  [E("京津冀人工智能产业联盟", founded="2026-11-20", city="131000",
     initiators=["百度", "科大讯飞", "天津大学"], initiator_count=32)]),
 ("长三角一体化示范区联盟建设提速\n"
  "2024年4月，长三角生态绿色一体化发展示范区新能源产业联盟在上海青浦成立，吸引了上海、江苏、浙江三地的45家企业加入。\n"
  "一个月后，示范区文旅联盟也在浙江嘉善揭牌，首批成员单位26家。", D,
  [E("长三角生态绿色一体化发展示范区新能源产业联盟", founded="2024-04", city="310000", member_count=45,
     regions=["310000", "320000", "330000"]),
   E("示范区文旅联盟", founded="2024-05", city="330000", member_count=26)]),
 ("第一条 本联盟名称为京津冀检验检测认证联盟（以下简称“联盟”）。\n"
  "第二条 本联盟由中国检验认证集团、天津海关技术中心、河北省产品质量监督检验研究院等单位自愿发起成立。\n"
  "第三条 联盟秘书处设在北京市。", D,
  [E("京津冀检验检测认证联盟", initiators=["中国检验认证集团", "天津海关技术中心", "河北省产品质量监督检验研究院"])]),
]
write("eval/extraction_dev43.jsonl", "dev43", items)
