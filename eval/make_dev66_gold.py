"""Builds eval/extraction_dev66.jsonl: two short news items and eight
sentences written blind in stop 29, labelled before `xietong extract` was
run on them: a founding congress with its founders and first members after,
a proposal and universities counted forming one with members grown since, a
joint venture that is no alliance, a short name then founders counted after
the name, members with 余 and a bare 三地, two provinces founding one, a
future size, a city in Chinese of the Greater Bay Area with three places,
and a lead joined by universities of two other places. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("本报讯（记者 张明）11月25日，京津冀智慧康养产业联盟成立大会在河北省廊坊市召开。该联盟由北京康养集团、天津市养老服务协会和"
  "河北燕达医院共同发起，首批成员单位56家，涵盖养老机构、医疗机构、科研院所和金融机构。联盟秘书处设在北京。会上，三地民政部门"
  "负责人共同为联盟揭牌。", D,
  [E("京津冀智慧康养产业联盟", founded="2026-11-25", city="131000",
     initiators=["北京康养集团", "天津市养老服务协会", "河北燕达医院"], member_count=56)]),
 ("近年来，京津冀三地高校合作日益密切。2015年11月，由北京航空航天大学倡议，京津冀三地21所高校共同组建了京津冀高校航空航天"
  "创新联盟。目前，联盟成员已增至35家。", D,
  [E("京津冀高校航空航天创新联盟", founded="2015-11", initiators=["北京航空航天大学"], member_count=35,
     regions=["110000", "120000", "130000"])]),
 ("天津港集团与河北港口集团于2014年8月签署协议，合资组建渤海津冀港口投资发展有限公司。", D, []),
 ("京津冀协同发展科技创新联盟（以下简称“科创联盟”）2016年在天津成立，由清华大学、南开大学、河北工业大学等12家单位发起。", D,
  [E("京津冀协同发展科技创新联盟", aliases=["科创联盟"], founded="2016", city="120000",
     initiators=["清华大学", "南开大学", "河北工业大学"], initiator_count=12)]),
 ("截至目前，京津冀旅游协同发展联盟已吸纳三地景区、旅行社等会员单位300余家。", D,
  [E("京津冀旅游协同发展联盟", member_count=300)]),
 ("京冀两地共同成立了京冀生态水源保护林建设合作联盟。", D,
  [E("京冀生态水源保护林建设合作联盟", regions=["110000", "130000"])]),
 ("河北省教育厅负责人在京津冀教育协同发展联盟年会上表示，联盟将扩大至50所学校。", D,
  [E("京津冀教育协同发展联盟")]),
 ("2017年4月1日，雄安新区设立。同年7月，京津冀雄安创新发展联盟在雄安揭牌成立。", D,
  [E("京津冀雄安创新发展联盟", founded="2017-07", city="133100")]),
 ("粤港澳大湾区科技创新联盟于2019年在深圳成立，成员来自广东、香港、澳门三地。", D,
  [E("粤港澳大湾区科技创新联盟", founded="2019", city="440000", regions=["440000", "810000", "820000"])]),
 ("由天津大学牵头，联合北京、河北两地12所高校成立的京津冀化工教育联盟，日前召开第二次理事会。", D,
  [E("京津冀化工教育联盟", initiators=["天津大学"], member_count=12)]),
]
write("eval/extraction_dev66.jsonl", "dev66", items)
