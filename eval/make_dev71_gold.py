"""Builds eval/extraction_dev71.jsonl: three news items of several paragraphs and
five sentences written blind in stop 30, labelled before `xietong extract` was
run on them: a wire story with its dateline, founders, first members, an
official's remarks and another alliance in its background; a founding guided by
three places' departments and unveiled by three universities; a policy
paragraph giving two alliances' years, places and members; founders listed
after a colon; members grown since a founding year said in passing; a founding
ceremony with first members counted; members grown to a count, in three
places; a hospital leading a founding with members counted in 三地. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("新华社天津11月26日电（记者王磊）京津冀氢能产业协同创新联盟26日在天津港保税区成立。联盟由天津港保税区管委会、"
  "北京低碳清洁能源研究院和河北建投新能源有限公司共同发起，首批吸纳成员单位62家，涵盖制氢、储运、加注和燃料电池应用等环节。\n"
  "天津港保税区管委会主任李强介绍，联盟将搭建产业资源对接服务平台，推动北京研发、津冀转化。\n"
  "据了解，2019年成立的京津冀燃料电池汽车产业联盟目前已有成员单位110家。", "2026-11-27",
  [E("京津冀氢能产业协同创新联盟", founded="2026-11-26", city="120000",
     initiators=["天津港保税区管委会", "北京低碳清洁能源研究院", "河北建投新能源有限公司"], member_count=62),
   E("京津冀燃料电池汽车产业联盟", founded="2019", member_count=110)]),
 ("本报讯 11月18日，由河北省教育厅、北京市教委、天津市教委共同指导，河北师范大学、首都师范大学和天津师范大学联合发起的"
  "京津冀基础教育协同发展联盟在石家庄揭牌。三校校长共同为联盟揭牌。联盟秘书处设在河北师范大学。", "2026-11-20",
  [E("京津冀基础教育协同发展联盟", founded="2026-11-18", city="130100",
     initiators=["河北师范大学", "首都师范大学", "天津师范大学"])]),
 ("近年来，京津冀三地围绕重点产业链组建了一批跨区域产业联盟。其中，京津冀生物医药产业联盟成立于2017年，现有会员单位150余家；"
  "京津冀新材料产业联盟2018年在廊坊成立，汇聚三地企业和科研机构90余家。", "2026-11-25",
  [E("京津冀生物医药产业联盟", founded="2017", member_count=150),
   E("京津冀新材料产业联盟", founded="2018", city="131000", member_count=90)]),
 ("京津冀智能网联汽车产业联盟的发起单位包括：北京汽车集团有限公司、长城汽车股份有限公司、天津一汽丰田汽车有限公司。", D,
  [E("京津冀智能网联汽车产业联盟", initiators=["北京汽车集团有限公司", "长城汽车股份有限公司", "天津一汽丰田汽车有限公司"])]),
 ("截至2025年底，京津冀文旅产业联盟成员单位已发展至230家，较成立之初的2016年增长了近4倍。", D,
  [E("京津冀文旅产业联盟", founded="2016", member_count=230)]),
 ("京津冀人工智能创新联盟于今年3月15日在北京中关村举行成立仪式，百度、京东等40余家企业成为首批会员。", D,
  [E("京津冀人工智能创新联盟", founded="2026-03-15", city="110000", member_count=40)]),
 ("京津冀家政服务联盟成员单位由成立时的18家增至目前的75家，覆盖北京、天津、河北三地。", D,
  [E("京津冀家政服务联盟", member_count=75, regions=JJJ)]),
 ("2021年7月，首都医科大学附属北京儿童医院牵头成立京津冀儿童医疗联盟，成员医院覆盖三地46家医疗机构。", D,
  [E("京津冀儿童医疗联盟", founded="2021-07", initiators=["首都医科大学附属北京儿童医院"], member_count=46)]),
]
write("eval/extraction_dev71.jsonl", "dev71", items)
