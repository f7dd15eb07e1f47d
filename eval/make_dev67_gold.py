"""Builds eval/extraction_dev67.jsonl: 10 sentences written blind in stop 29,
labelled before `xietong extract` was run on them: three places' departments
signing to found one (counted as three founders, as dev59-06 is labelled),
members as at a year's end, members taken in after a founding with a city,
a secretary-general telling when and by whom, a chairing body that is no
founder, a month and day at a market, two alliances signing an agreement,
a lead with its short name in brackets, guides and parks counted with 余,
and first members counted after the fields they cover. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("2016年4月28日，北京、天津、河北三地文化部门在天津签署协议，共同成立京津冀演艺联盟。", D,
  [E("京津冀演艺联盟", founded="2016-04-28", city="120000", initiator_count=3, regions=JJJ)]),
 ("截至2025年底，京津冀钢铁产业链联盟共有会员企业126家，覆盖钢铁生产、装备制造、物流运输等领域。", D,
  [E("京津冀钢铁产业链联盟", member_count=126)]),
 ("京津冀新能源汽车产业联盟2017年在保定成立后，陆续吸收了长城汽车、北汽新能源等47家成员单位。", D,
  [E("京津冀新能源汽车产业联盟", founded="2017", city="130600", member_count=47)]),
 ("京津冀协同创新联盟秘书长王某介绍，该联盟于2015年6月由北京工业大学、天津工业大学、河北工业大学发起成立。", D,
  [E("京津冀协同创新联盟", founded="2015-06", initiators=["北京工业大学", "天津工业大学", "河北工业大学"])]),
 ("2019年12月，京津冀能源协同发展联盟在河北省张家口市成立，国家电网冀北电力公司任理事长单位。", D,
  [E("京津冀能源协同发展联盟", founded="2019-12", city="130700")]),
 ("11月3日，京津冀农产品流通联盟在北京新发地市场揭牌。", D,
  [E("京津冀农产品流通联盟", founded="2026-11-03", city="110000")]),
 ("京津冀智慧物流联盟与长三角物流联盟签署战略合作协议。", D,
  [E("京津冀智慧物流联盟"), E("长三角物流联盟")]),
 ("由中国铁建股份有限公司（简称中国铁建）牵头的京津冀轨道交通产业联盟，于2018年在天津成立。", D,
  [E("京津冀轨道交通产业联盟", founded="2018", city="120000", initiators=["中国铁建股份有限公司"])]),
 ("京津冀产业转移对接联盟由三地发改委联合指导，20余家产业园区共同发起。", D,
  [E("京津冀产业转移对接联盟", initiator_count=20)]),
 ("2024年，京津冀低空经济产业联盟在天津滨海新区正式成立，首批成员单位涵盖整机制造、核心零部件、运营服务等领域的企业共62家。", D,
  [E("京津冀低空经济产业联盟", founded="2024", city="120000", member_count=62)]),
]
write("eval/extraction_dev67.jsonl", "dev67", items)
