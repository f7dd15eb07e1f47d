"""Builds eval/extraction_dev35.jsonl: 12 sentences written blind in stop 25,
after dev34's fixes, labelled before `xietong extract` was run on them: a
plan's alliances to be formed, names with 5G+ and G60, a year's new alliances
counted beside one alliance's members, an alliance named inside talk of a
community, a fact sheet on one line with semicolons, a preparatory alliance
(筹), a proposer and counted firms founding, an unveiling ceremony held
yesterday, members counted per province without a total, new members of a
year, and members developed so far. Fictional. Evaluated once, untuned,
before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("支持组建京津冀氢能产业联盟，推动成立京津冀储能产业联盟。", D,
  [E("京津冀氢能产业联盟"), E("京津冀储能产业联盟")]),
 ("京津冀5G+工业互联网产业联盟于2021年4月在石家庄成立。", D,
  [E("京津冀5G+工业互联网产业联盟", founded="2021-04", city="130100")]),
 ("长三角G60科创走廊人工智能产业联盟成立于2019年。", D,
  [E("长三角G60科创走廊人工智能产业联盟", founded="2019")]),
 ("2024年，京津冀新增产业联盟8个，其中京津冀生物制造产业联盟成员单位达到120家。", D,
  [E("京津冀生物制造产业联盟", member_count=120)]),
 ("在京津冀协同创新共同体建设中，京津冀技术转移联盟发挥了重要作用，该联盟现有成员单位230家。", D,
  [E("京津冀技术转移联盟", member_count=230)]),
 ("联盟名称：京津冀智慧农业产业联盟；成立时间：2022年9月；发起单位：中国农业大学、河北农业大学。", D,
  [E("京津冀智慧农业产业联盟", founded="2022-09", initiators=["中国农业大学", "河北农业大学"])]),
 ("京津冀绿色建筑产业联盟（筹）于上月召开筹备会。", D,
  [E("京津冀绿色建筑产业联盟")]),
 ("由国家电网冀北电力有限公司倡议，京津冀三地28家能源企业共同成立了京津冀绿色电力联盟。", D,
  [E("京津冀绿色电力联盟", initiators=["国家电网冀北电力有限公司"], initiator_count=28,
     regions=["110000", "120000", "130000"])]),
 ("粤港澳大湾区科技金融联盟揭牌仪式昨日在深圳举行。", D,
  [E("粤港澳大湾区科技金融联盟", founded="2026-11-27", city="440000")]),
 ("京津冀职业教育联盟的成员单位中，北京有45家，天津有38家，河北有62家。", D,
  [E("京津冀职业教育联盟", regions=["110000", "120000", "130000"])]),
 ("京津冀中小企业合作联盟今年吸纳新会员56家。", D,
  [E("京津冀中小企业合作联盟")]),
 ("截至目前，京津冀医疗器械产业联盟已发展会员单位168家。", D,
  [E("京津冀医疗器械产业联盟", member_count=168)]),
]
write("eval/extraction_dev35.jsonl", "dev35", items)
