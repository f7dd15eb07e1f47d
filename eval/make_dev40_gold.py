"""Builds eval/extraction_dev40.jsonl: 10 sentences written blind at the end of
stop 25, after dev39's fixes, labelled before `xietong extract` was run on
them: a district of Beijing, a reporter's day that is not the founding, three
places of which one a city founding by offices, a day in a city of Anhui,
members listed with their kind before the count, two alliances founded
together and led apart (前者, 后者), alliances counted in general, a council's
first meeting held with the founding congress, two cities' hospitals forming
one, and three places' law firms founding. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀咖啡产业联盟日前在北京朝阳区成立，首批会员企业36家。", D,
  [E("京津冀咖啡产业联盟", city="110000", member_count=36)]),
 ("记者8日从天津市商务局获悉，津冀跨境物流联盟已于近期组建完成。", D,
  [E("津冀跨境物流联盟")]),
 ("京津冀人力资源服务产业园联盟由北京、天津、石家庄三地人社部门共同发起。", D,
  [E("京津冀人力资源服务产业园联盟", initiator_count=3, regions=["110000", "120000", "130100"])]),
 ("2025年9月18日，长三角低空飞行服务联盟在安徽芜湖成立。", D,
  [E("长三角低空飞行服务联盟", founded="2025-09-18", city="340000")]),
 ("京津冀绿色金融联盟成员包括工商银行、建设银行、兴业银行等金融机构35家。", D,
  [E("京津冀绿色金融联盟", member_count=35)]),
 ("京津冀氢能产业联盟和京津冀储能产业联盟同时成立，前者由中国石化牵头，后者由国家电网牵头。", D,
  [E("京津冀氢能产业联盟", initiators=["中国石化"]), E("京津冀储能产业联盟", initiators=["国家电网"])]),
 ("截至2025年底，长三角G60科创走廊产业联盟已达20个。", D, []),
 ("京津冀数字经济联盟第一届理事会第一次会议暨成立大会于2023年6月16日在北京召开。", D,
  [E("京津冀数字经济联盟", founded="2023-06-16", city="110000")]),
 ("成都、重庆两市的50家医院组建了成渝医院管理联盟。", D,
  [E("成渝医院管理联盟", member_count=50, regions=["500000", "510000"])]),
 ("广东、香港、澳门三地的120家律师事务所共同发起成立粤港澳大湾区律师联盟。", D,
  [E("粤港澳大湾区律师联盟", initiator_count=120, regions=["440000", "810000", "820000"])]),
]
write("eval/extraction_dev40.jsonl", "dev40", items)
