"""Builds eval/extraction_dev77.jsonl: twelve sentences written blind in stop 31
in the manner of everyday regional news, labelled before `xietong extract` was
run on them: a district of Tianjin and first members by their trades; a lead
joined by named and counted founders with the day and place after the name;
three cities' port firms forming one; members grown with each place's share;
a reporter told by a commission, then its founder in the next clause; a short
name in quotation marks with a month in Xiong'an; a founding at a forum on a
day of this month; firms integrated across 三地; members of three places'
vocational colleges; council members who are not founders; a count passed
(突破) by a date; two management committees founding one. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("京津冀新能源汽车产业联盟日前在天津武清成立，首批吸纳整车、零部件及充电设施企业86家。", D,
  [E("京津冀新能源汽车产业联盟", city=TJ, member_count=86)]),
 ("由中国汽车技术研究中心有限公司牵头，联合北京理工大学、河北工业大学等23家单位共同发起的京津冀汽车轻量化技术创新联盟，于2019年4月12日在天津成立。", D,
  [E("京津冀汽车轻量化技术创新联盟", founded="2019-04-12", city=TJ,
     initiators=["中国汽车技术研究中心有限公司", "北京理工大学", "河北工业大学"], initiator_count=23)]),
 ("2016年，唐山、秦皇岛、沧州三市港口企业共同组建了环渤海港口物流联盟。", D,
  [E("环渤海港口物流联盟", founded="2016", regions=["130200", "130300", "130900"])]),
 ("京津冀文化旅游联盟成员已由成立时的18家增至目前的65家，其中北京22家、天津19家、河北24家。", D,
  [E("京津冀文化旅游联盟", member_count=65, regions=[BJ, TJ, HB])]),
 ("记者从北京市科委获悉，京津冀医疗器械创新联盟近日揭牌，该联盟由首都医科大学附属北京天坛医院发起。", D,
  [E("京津冀医疗器械创新联盟", initiators=["首都医科大学附属北京天坛医院"])]),
 ("京津冀环境治理协同创新联盟（简称“环治联盟”）于2018年10月在雄安新区成立。", D,
  [E("京津冀环境治理协同创新联盟", aliases=["环治联盟"], founded="2018-10", city="133100")]),
 ("11月25日，在石家庄举行的第三届京津冀产业协同发展论坛上，京津冀生物医药产业联盟正式宣告成立。", D,
  [E("京津冀生物医药产业联盟", founded="2026-11-25", city="130100")]),
 ("京津冀钢铁行业协同发展联盟整合了三地40余家钢铁企业。", D, [E("京津冀钢铁行业协同发展联盟", member_count=40)]),
 ("京津冀职业教育联盟由北京、天津、河北三地的126所职业院校组成。", D,
  [E("京津冀职业教育联盟", member_count=126, regions=[BJ, TJ, HB])]),
 ("首届京津冀青年创新创业大赛期间，京津冀青年创业服务联盟揭牌，北京青年企业家协会、天津市青年企业家协会、河北省青年企业家协会为联盟首批理事单位。", D,
  [E("京津冀青年创业服务联盟")]),
 ("截至今年10月，京津冀跨境电商产业联盟会员数量已突破200家。", D, [E("京津冀跨境电商产业联盟", member_count=200)]),
 ("雄安新区管委会与中关村科技园区管理委员会共同发起成立雄安中关村科技园企业联盟。", D,
  [E("雄安中关村科技园企业联盟", initiators=["雄安新区管委会", "中关村科技园区管理委员会"])]),
]
write("eval/extraction_dev77.jsonl", "dev77", items)
