"""Builds eval/extraction_dev73.jsonl: eight passages written blind in stop 30 in
the manner of government work reports and secretariats' annual reports,
labelled before `xietong extract` was run on them: a numbered item (一是…)
with a founding, its founders, place and first members; a second item with
members grown since a founding year; an annual report's members counted by
place with the total; a numbered heading with a lead joining two places'
counted bodies; members grown since a founding year, in 三地; a council's
chair and vice-chairs, who are not founders; a founding year and place said
before the name, with members joined; new members with the total reached.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("一是组建京津冀通用航空产业联盟。2022年4月，由中国航空工业集团、天津航空机电有限公司、河北通用航空产业园共同发起，"
  "在石家庄成立京津冀通用航空产业联盟，首批成员单位35家。", D,
  [E("京津冀通用航空产业联盟", founded="2022-04", city="130100",
     initiators=["中国航空工业集团", "天津航空机电有限公司", "河北通用航空产业园"], member_count=35)]),
 ("二是推动京津冀版权服务联盟扩容。联盟成员由2019年成立时的21家扩大到目前的64家。", D,
  [E("京津冀版权服务联盟", founded="2019", member_count=64)]),
 ("京津冀协同发展促进联盟秘书处2025年工作报告显示，截至2025年12月31日，联盟共有会员单位318家，其中北京126家、天津97家、河北95家。", D,
  [E("京津冀协同发展促进联盟", member_count=318, regions=["110000", "120000", "130000"])]),
 ("（三）京津冀智慧康养产业联盟。该联盟由北京康养集团牵头，联合天津、河北两地20余家养老机构于2023年9月共同组建。", D,
  [E("京津冀智慧康养产业联盟", founded="2023-09", initiators=["北京康养集团"], member_count=20)]),
 ("京津冀文化旅游推广联盟2016年成立时有成员单位40家，如今已发展至115家，覆盖三地主要景区。", D,
  [E("京津冀文化旅游推广联盟", founded="2016", member_count=115)]),
 ("京津冀工业互联网创新联盟的理事长单位为北京航天云网科技发展有限公司，副理事长单位包括天津港集团、河钢数字技术股份有限公司。", D,
  [E("京津冀工业互联网创新联盟")]),
 ("2020年，在北京成立的京津冀生态环境监测联盟，目前已有监测机构52家加入。", D,
  [E("京津冀生态环境监测联盟", founded="2020", city="110000", member_count=52)]),
 ("京津冀数字创意产业联盟日前发布消息称，联盟新增会员单位12家，会员总数达到87家。", D,
  [E("京津冀数字创意产业联盟", member_count=87)]),
]
write("eval/extraction_dev73.jsonl", "dev73", items)
