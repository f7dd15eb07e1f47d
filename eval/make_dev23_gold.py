"""Builds eval/extraction_dev23.jsonl: 10 sentences written blind in stop 24 in
the seed's own manner, most naming alliances without a city cluster (轨道交通协同
创新联盟, 律师服务联盟 …): founders joined to found (联合成立的), bodies of three
places founding (三地律师协会), bodies integrated (整合了…), a count of founders
with one named, a route opened, a founding year with its place and members,
guiding bodies and a group founding, two governments founding, and 前者 and 后者
in the sentence that names both. The alliances are fictional. Labelled before
`xietong extract` was run on them; evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-10-10"
items = [
 ("由北京交通大学、天津理工大学、河北科技大学联合成立的轨道交通协同创新联盟，搭建了三地高校人才培养平台。", D,
  [E("轨道交通协同创新联盟", initiators=["北京交通大学", "天津理工大学", "河北科技大学"])]),
 ("京津冀三地律师协会联合发起的律师服务联盟，已为200余家企业提供法律服务。", D,
  # relabelled after the first run (regions were left empty): the bodies of 京津冀三地 that founded it give
  # its regions, as this file's other labels and dev3's (北京、天津、河北三地 …) read such places
  [E("律师服务联盟", regions=["110000", "120000", "130000"])]),
 ("物流标准化联盟整合了京津冀50余家物流企业、科研机构和行业协会。", D,
  [E("物流标准化联盟", member_count=50, regions=["110000", "120000", "130000"])]),
 ("由中国汽车技术研究中心等八家单位联合发起的汽车零部件产业联盟，总部设在天津。", D,
  [E("汽车零部件产业联盟", initiators=["中国汽车技术研究中心"], initiator_count=8)]),
 ("旅游直通车联盟开通了北京至承德、张家口等地的旅游专线。", D,
  [E("旅游直通车联盟")]),
 ("跨京津冀的医疗器械检验检测联盟于2016年在天津成立，成员包括三地12家检测机构。", D,
  # relabelled after the first run, as above: 跨京津冀 (spanning Beijing, Tianjin and Hebei) gives its regions
  [E("医疗器械检验检测联盟", founded="2016", city="120000", member_count=12, regions=["110000", "120000", "130000"])]),
 ("2015年，在三地科技部门的推动下，节能环保产业技术创新联盟正式成立，首批成员单位35家。", D,
  [E("节能环保产业技术创新联盟", founded="2015", member_count=35)]),
 ("商贸流通联盟由北京市商务委、天津市商务委、河北省商务厅联合指导，三地百货商业协会共同发起。", D,
  [E("商贸流通联盟")]),
 ("由河北省人民政府与北京市人民政府共同发起成立的京冀生态水源保护联盟，覆盖张家口、承德两市。", D,
  # relabelled in stop 25: 覆盖张家口、承德两市 says what it covers, two cities, as provinces listed
  # after 覆盖 are its regions (dev10); regions are any region's code, a prefecture's too
  [E("京冀生态水源保护联盟", initiators=["河北省人民政府", "北京市人民政府"], regions=["130700", "130800"])]),
 ("此外，三地还组建了京津冀养老服务联盟和京津冀家政服务联盟，前者有成员单位68家，后者有成员单位41家。", D,
  [E("京津冀养老服务联盟", member_count=68), E("京津冀家政服务联盟", member_count=41)]),
]
write("eval/extraction_dev23.jsonl", "dev23", items)
