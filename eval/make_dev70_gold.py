"""Builds eval/extraction_dev70.jsonl: eleven sentences written blind in
stop 30, labelled before `xietong extract` was run on them: a founding in a
development zone with named and counted founders and first members; a
year's end with two places' firms forming one; a secretariat's seat and
近百 members; two alliances founded one after the other in a district; a
chair's quotation with members grown since a founding; a founding day with
a short name and a headquarters; founders with 与 before a founding
meeting; a second members' congress to come; members of kinds in three
provinces and a city; a founding in a Hebei county-level city; counted
financial institutions of four places founding one. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from
the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("11月20日，京津冀集成电路产业创新联盟在北京亦庄揭牌成立。该联盟由北方华创、中芯国际等12家单位共同发起，首批成员单位56家。", D,
  [E("京津冀集成电路产业创新联盟", founded="2026-11-20", city="110000", initiators=["北方华创", "中芯国际"],
     initiator_count=12, member_count=56)]),
 ("2017年岁末，津冀两地30余家港口航运企业在天津滨海新区组建了津冀港口航运协同发展联盟。", D,
  [E("津冀港口航运协同发展联盟", founded="2017", city="120000", member_count=30, regions=["120000", "130000"])]),
 ("京津冀医疗器械产业联盟秘书处设在北京经济技术开发区，联盟现有会员单位近百家。", D,
  [E("京津冀医疗器械产业联盟", member_count=100)]),
 ("2018年，京津冀大数据应用联盟和京津冀人工智能应用联盟先后在天津武清成立。", D,
  [E("京津冀大数据应用联盟", founded="2018", city="120000"), E("京津冀人工智能应用联盟", founded="2018", city="120000")]),
 ("“联盟成立三年来，成员从最初的26家增加到现在的81家。”京津冀中药材产业联盟理事长张明说。", D,
  [E("京津冀中药材产业联盟", member_count=81)]),
 ("京津冀文化创意产业联盟（以下简称“文创联盟”）成立于2016年9月28日，总部位于北京朝阳区。", D,
  [E("京津冀文化创意产业联盟", aliases=["文创联盟"], founded="2016-09-28")]),
 ("由北京交通大学与河北省交通运输厅联合发起的京津冀智慧交通产业联盟，2020年6月在石家庄召开成立大会。", D,
  [E("京津冀智慧交通产业联盟", founded="2020-06", city="130100", initiators=["北京交通大学", "河北省交通运输厅"])]),
 ("京津冀物流产业联盟将于明年初召开第二届会员大会，届时将增补理事单位15家。", D,
  [E("京津冀物流产业联盟")]),
 ("目前，长三角生物医药产业联盟已集聚企业、高校、科研院所等成员单位210家，覆盖上海、江苏、浙江、安徽三省一市。", D,
  [E("长三角生物医药产业联盟", member_count=210, regions=["310000", "320000", "330000", "340000"])]),
 ("2023年5月，京津冀食用菌产业联盟在河北平泉市正式成立，首批入盟企业和合作社45家。", D,
  [E("京津冀食用菌产业联盟", founded="2023-05", city="130800", member_count=45)]),
 ("粤港澳大湾区科技金融联盟由香港、澳门和广州、深圳的20家金融机构于2019年在深圳联合发起成立。", D,
  [E("粤港澳大湾区科技金融联盟", founded="2019", city="440000", initiator_count=20,
     regions=["440000", "810000", "820000"])]),
]
write("eval/extraction_dev70.jsonl", "dev70", items)
