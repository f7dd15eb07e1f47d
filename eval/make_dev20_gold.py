"""Builds eval/extraction_dev20.jsonl: 10 news items written blind in stop 24,
after dev19's fixes, labelled before `xietong extract` was run on them: a date
written with hyphens, a founding conference combined with the first members'
meeting (成立大会暨第一次会员大会) and council members beside members, a name
holding a place in brackets (中国（天津）自由贸易试验区…), a count of members
said before the name, hospitals of three places forming one (组建的), two
groups founding together, projects counted (not members), members grown from
the founding year's number, bodies that guide only, and a count of alliances
in general. The alliances are fictional. Evaluated once, untuned, before any
fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-04-20"
items = [
 ("2024-05-18，京津冀智慧康养产业联盟在河北省石家庄市成立。", D,
  [E("京津冀智慧康养产业联盟", founded="2024-05-18", city="130100")]),
 ("记者从天津市商务局获悉，京津冀会展业联盟成立大会暨第一次会员大会于4月16日在天津召开，联盟现有理事单位15家、会员单位120余家。", D,
  [E("京津冀会展业联盟", founded="2026-04-16", city="120000", member_count=120)]),
 ("中国（天津）自由贸易试验区跨境金融服务联盟日前成立，由天津自贸试验区管委会指导，中国银行天津市分行、渤海银行等12家金融机构共同发起。", D,
  [E("中国（天津）自由贸易试验区跨境金融服务联盟", initiators=["中国银行天津市分行", "渤海银行"], initiator_count=12)]),
 ("成员单位由最初的18家发展为目前的76家，京津冀家居产业联盟已成为区域家居行业的重要平台。", D,
  [E("京津冀家居产业联盟", member_count=76)]),
 ("京津冀三地40家三甲医院共同组建的京津冀儿童医疗联盟，近日在北京儿童医院揭牌。", D,
  [E("京津冀儿童医疗联盟", city="110000", member_count=40, regions=["110000", "120000", "130000"])]),
 ("河北省港口集团与天津港集团于2023年9月联合成立了津冀港口协同发展联盟。", D,
  [E("津冀港口协同发展联盟", founded="2023-09", initiators=["河北省港口集团", "天津港集团"])]),
 ("“十四五”以来，长三角新材料产业联盟累计推动成员间合作项目300余个。", D,
  [E("长三角新材料产业联盟")]),
 ("京津冀低碳建筑联盟2022年成立时仅有会员单位23家，如今已发展到160家。", D,
  [E("京津冀低碳建筑联盟", founded="2022", member_count=160)]),
 ("12月1日，由北京市经济和信息化局、天津市工业和信息化局、河北省工业和信息化厅共同指导的京津冀工业软件产业联盟在京成立。", "2025-12-03",
  [E("京津冀工业软件产业联盟", founded="2025-12-01", city="110000")]),
 ("据统计，截至2025年底，京津冀地区共有跨区域产业联盟60余个。", D, []),
]
write("eval/extraction_dev20.jsonl", "dev20", items)
