"""Builds eval/extraction_dev53.jsonl: 10 sentences written blind in stop 27,
labelled before `xietong extract` was run on them: a lead with participants
counted in a region, a founding at a park with first members of three kinds
counted together, two alliances named among ten founded in turn, a full name
given in quotes after 该联盟全称为, members counted in all and place by place,
a university that took part in forming one as one of its founders, a county
of Hebei named alone (迁安), founders joined by 携手, a founding day written
with 日 after the month of the sentence before, and members counted in 个
(cities). Fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("日前，由中国汽车技术研究中心有限公司牵头，京津冀地区40余家汽车零部件企业参与的京津冀汽车零部件产业联盟在天津东丽区成立。", D,
  [E("京津冀汽车零部件产业联盟", city="120000", initiators=["中国汽车技术研究中心有限公司"], member_count=40,
     regions=["110000", "120000", "130000"])]),
 ("京津冀智慧医疗产业联盟于2021年9月15日在北京中关村正式揭牌，首批成员包括医疗机构、高校、企业共60家。", D,
  [E("京津冀智慧医疗产业联盟", founded="2021-09-15", city="110000", member_count=60)]),
 ("近年来，京津冀大数据产业联盟、京津冀生态环境联盟等10余个跨区域产业联盟先后成立。", D,
  [E("京津冀大数据产业联盟"), E("京津冀生态环境联盟")]),
 ("该联盟全称为“京津冀新型储能产业创新联盟”，于2023年4月在保定成立。", D,
  [E("京津冀新型储能产业创新联盟", founded="2023-04", city="130600")]),
 ("京津冀检验检测认证联盟现有成员单位89家，其中北京32家、天津25家、河北32家。", D,
  [E("京津冀检验检测认证联盟", member_count=89, regions=["110000", "120000", "130000"])]),
 ("作为发起单位之一，天津大学参与组建了京津冀化工新材料产业联盟。", D,
  [E("京津冀化工新材料产业联盟", initiators=["天津大学"])]),
 ("2022年8月，京津冀精品钢材产业联盟在河北迁安成立。", D,
  [E("京津冀精品钢材产业联盟", founded="2022-08", city="130200")]),
 ("北京理工大学、天津理工大学携手河北工业大学，共同发起成立京津冀理工类高校创新联盟。", D,
  [E("京津冀理工类高校创新联盟", initiators=["北京理工大学", "天津理工大学", "河北工业大学"])]),
 ("2025年5月，三地商务部门召开联席会议。18日，京津冀跨境电商服务联盟在廊坊宣告成立。", D,
  [E("京津冀跨境电商服务联盟", founded="2025-05-18", city="131000")]),
 ("京津冀县域特色产业联盟覆盖三地28个县（市），吸纳企业和合作社300余家。", D,
  [E("京津冀县域特色产业联盟", member_count=300)]),
]
write("eval/extraction_dev53.jsonl", "dev53", items)
