"""Builds eval/extraction_dev87.jsonl: twelve texts written blind in stop 33
after dev86's fixes, labelled before `xietong extract` was run on them: a city
named by its one-character short form (在沪, 在穗, 在蓉, 在汉, 在冀); an
approval that founds nothing yet; a council's first meeting; a lead body's
alliance counting its members; a founding by online signing (云签约); a
founding at a conference; an alliance a year old that has grown; a short name
given without quotation marks; offices proposing a founding (倡议发起).
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("长三角数字文旅联盟昨日在沪成立，首批成员单位52家。", D,
  [E("长三角数字文旅联盟", founded="2026-11-27", city="310000", member_count=52)]),
 ("粤港澳大湾区低空物流联盟11月20日在穗揭牌。", D,
  [E("粤港澳大湾区低空物流联盟", founded="2026-11-20", city="440000")]),
 ("2025年9月，成渝地区双城经济圈氢能装备联盟在蓉成立，川渝两地46家企业和高校成为首批成员。", D,
  [E("成渝地区双城经济圈氢能装备联盟", founded="2025-09", city="510000", member_count=46,
     regions=["510000", "500000"])]),
 ("长江中游城市群会展业联盟8月18日在汉启动，湘鄂赣三省30余家会展企业参与。", D,
  [E("长江中游城市群会展业联盟", founded="2026-08-18", city="420000", member_count=30,
     regions=["430000", "420000", "360000"])]),
 ("京津冀技工院校产教协作联盟日前在冀召开成立大会。", D,
  [E("京津冀技工院校产教协作联盟", city=HB)]),
 ("经研究，同意成立京津冀互联网诊疗协作联盟，由河北医科大学第二医院牵头。", D,
  [E("京津冀互联网诊疗协作联盟", initiators=["河北医科大学第二医院"])]),
 ("京津冀森林康养基地联盟首届理事会第一次会议在承德召开，会议选举产生了联盟第一届理事长单位。", D,
  [E("京津冀森林康养基地联盟")]),
 ("记者从市商务局获悉，由天津港集团牵头组建的京津冀港口物流服务联盟已吸纳成员单位73家。", D,
  [E("京津冀港口物流服务联盟", initiators=["天津港集团"], member_count=73)]),
 ("京津冀跨境电商产业带联盟以“云签约”方式成立，北京、天津、河北三地的48家企业在线上签约入盟。", D,
  [E("京津冀跨境电商产业带联盟", member_count=48, regions=[BJ, TJ, HB])]),
 ("2025年7月，在第四届京津冀产业链供应链大会上，京津冀机器人产业链联盟正式成立。", D,
  [E("京津冀机器人产业链联盟", founded="2025-07")]),
 ("成立仅一年的京津冀银发经济联盟，会员已从30家增加到110家。", D,
  [E("京津冀银发经济联盟", member_count=110)]),
 ("京津冀文物保护利用联盟（以下简称文保联盟）由北京市文物局、天津市文物局和河北省文物局共同倡议发起。", D,
  [E("京津冀文物保护利用联盟", aliases=["文保联盟"], initiators=["北京市文物局", "天津市文物局", "河北省文物局"])]),
]
write("eval/extraction_dev87.jsonl", "dev87", items)
