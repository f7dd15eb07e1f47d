"""Builds eval/extraction_dev42.jsonl: 12 sentences written blind in stop 26
after dev41's fixes, labelled before `xietong extract` was run on them: a
lead joined by the three places' firms only counted, a founding congress on
a day of this year in a prefecture, offices guiding a founding, the three
places' associations founding with a later member count, a Hong Kong and
Macao press report in traditional characters, a founding in Xiong'an, its
founders after 发起单位有：, a founding announced at a meeting with no date or
place, a founding at a congress held in a prefecture, members grown from a
first count, bodies from three places founding at a congress in a city, and
this year's month in 京 (Beijing). Fictional. Evaluated once, untuned,
before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("日前，由清华大学天津高端装备研究院牵头，联合京津冀30余家装备制造企业组建的京津冀高端装备制造产业联盟正式揭牌。", D,
  [E("京津冀高端装备制造产业联盟", initiators=["清华大学天津高端装备研究院"], member_count=30, regions=JJJ)]),
 ("京津冀民营经济发展联盟成立大会3月15日在廊坊举行。", D,
  [E("京津冀民营经济发展联盟", founded="2026-03-15", city="131000")]),
 ("2021年，北京市商务局、天津市商务局、河北省商务厅共同指导成立了京津冀商贸流通联盟。", D,
  [E("京津冀商贸流通联盟", founded="2021")]),
 ("京津冀医疗器械创新联盟由北京、天津、河北三地的医疗器械行业协会发起成立，目前有成员单位126家。", D,
  [E("京津冀医疗器械创新联盟", initiator_count=3, member_count=126, regions=JJJ)]),
 ("粵港澳大灣區金融科技聯盟於2020年11月在深圳成立，首批成員包括香港科技園、澳門大學等30家機構。", D,
  [E("粤港澳大湾区金融科技联盟", founded="2020-11", city="440000", member_count=30)]),
 ("雄安新区数字经济产业联盟在雄安新区成立，首批吸纳会员单位48家。", D,
  [E("雄安新区数字经济产业联盟", city="133100", member_count=48)]),
 ("京津冀汽车零部件产业联盟的发起单位有：北汽福田、长城汽车、天津一汽丰田。", D,
  [E("京津冀汽车零部件产业联盟", initiators=["北汽福田", "长城汽车", "天津一汽丰田"])]),
 ("京津冀旅游协同发展工作会议上，京津冀旅游景区联盟宣告成立。", D,
  [E("京津冀旅游景区联盟")]),
 ("2019年10月，在河北承德召开的京津冀生态旅游大会上，京津冀生态旅游联盟正式成立。", D,
  [E("京津冀生态旅游联盟", founded="2019-10", city="130800")]),
 ("京津冀知识产权保护联盟的成员单位已从成立时的18家发展到目前的95家。", D,
  [E("京津冀知识产权保护联盟", member_count=95)]),
 ("在天津召开的京津冀中医药协同发展大会上，来自三地的40余家医疗机构共同发起成立京津冀中医药专科联盟。", D,
  [E("京津冀中医药专科联盟", city="120000", initiator_count=40)]),
 ("京津冀青年创新创业联盟今年5月在京成立。", D,
  [E("京津冀青年创新创业联盟", founded="2026-05", city="110000")]),
]
write("eval/extraction_dev42.jsonl", "dev42", items)
