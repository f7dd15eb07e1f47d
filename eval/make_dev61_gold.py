"""Builds eval/extraction_dev61.jsonl: 10 sentences written blind in stop 28,
labelled before `xietong extract` was run on them: a founding meeting held
with the council's first session, a profile's 联盟简介 label, alliances named
as examples of thirty, a county of Zhangjiakou and a district of it, guides
who are not founders, three firms founding and members grown, a county-level
city of Shijiazhuang, members joining at the unveiling, and provinces founding
one together. Fictional. Evaluated once, untuned, before any fix; the figure
is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀轨道交通产业联盟第一届理事会第一次会议暨成立大会于2025年12月9日在天津召开。", D,
  [E("京津冀轨道交通产业联盟", founded="2025-12-09", city="120000")]),
 ("联盟简介：京津冀智慧医疗联盟成立于2021年，由北京协和医院发起，现有成员单位80余家。", D,
  [E("京津冀智慧医疗联盟", founded="2021", initiators=["北京协和医院"], member_count=80)]),
 ("近年来，京津冀先后组建了京津冀汽车产业联盟、京津冀物联网产业联盟等30余个产业联盟。", D,
  [E("京津冀汽车产业联盟"), E("京津冀物联网产业联盟")]),
 ("在中关村管委会的推动下，京津冀大数据产业联盟于2016年8月在张北成立。", D,
  [E("京津冀大数据产业联盟", founded="2016-08", city="130700")]),
 ("京津冀建筑垃圾资源化利用联盟由北京建工、天津城建和河北建设集团三家企业共同发起成立，成员单位已达45家。", D,
  [E("京津冀建筑垃圾资源化利用联盟", initiators=["北京建工", "天津城建", "河北建设集团"], initiator_count=3, member_count=45)]),
 ("2022年9月，由北京市园林绿化局、天津市规划和自然资源局、河北省林业和草原局共同指导的京津冀森林康养联盟在承德成立。", D,
  [E("京津冀森林康养联盟", founded="2022-09", city="130800")]),
 ("京津冀鲜食玉米产业联盟今天在河北张家口万全区成立。", D,
  [E("京津冀鲜食玉米产业联盟", founded="2026-11-28", city="130700")]),
 ("京津冀皮革产业联盟于2019年在辛集成立，会员企业120家。", D,
  [E("京津冀皮革产业联盟", founded="2019", city="130100", member_count=120)]),
 ("雄安新区中关村科技园产业联盟揭牌成立，首批30家企业入盟。", D,
  [E("雄安新区中关村科技园产业联盟", member_count=30)]),
 ("京津冀与山西、内蒙古共同成立了华北地区应急救援协作联盟。", D,
  [E("华北地区应急救援协作联盟", regions=["110000", "120000", "130000", "140000", "150000"])]),
]
write("eval/extraction_dev61.jsonl", "dev61", items)
