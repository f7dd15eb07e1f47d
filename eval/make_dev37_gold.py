"""Builds eval/extraction_dev37.jsonl: 11 sentences written blind in stop 25,
after dev36's fixes, labelled before `xietong extract` was run on them: an
alliance unveiled together with a centre (暨), a renaming, a dissolution, a
place with Latin letters joined to another by a dash (北京CBD—天津滨海…), an
acronym in a name, alliances listed with their years in brackets, members
spread over provinces a character each, a lead named after 的牵头单位是, two
governments founding, a hundred members said 逾百家, and routes counted beside
a founding. Fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀人工智能产业联盟暨京津冀AI创新中心揭牌仪式在天津举行。", D,
  [E("京津冀人工智能产业联盟", city="120000")]),
 ("2020年，京津冀物流信息联盟更名为京津冀智慧物流联盟。", D,
  [E("京津冀物流信息联盟"), E("京津冀智慧物流联盟")]),
 ("经会员大会表决，京津冀家电回收联盟于2024年12月正式解散。", D,
  [E("京津冀家电回收联盟")]),
 ("北京CBD—天津滨海金融合作联盟2016年在北京成立。", D,
  [E("北京CBD—天津滨海金融合作联盟", founded="2016", city="110000")]),
 ("京津冀IP运营服务联盟首批吸纳知识产权服务机构27家。", D,
  [E("京津冀IP运营服务联盟", member_count=27)]),
 ("一批联盟相继成立：京津冀卫星导航产业联盟（2016年）、京津冀通用航空产业联盟（2017年）。", D,
  [E("京津冀卫星导航产业联盟", founded="2016"), E("京津冀通用航空产业联盟", founded="2017")]),
 ("京津冀汽车零部件产业联盟由北汽集团发起，成员遍布京津冀晋鲁五省市。", D,
  [E("京津冀汽车零部件产业联盟", initiators=["北汽集团"],
     regions=["110000", "120000", "130000", "140000", "370000"])]),
 ("京津冀农业科技园区联盟的牵头单位是北京市农林科学院。", D,
  [E("京津冀农业科技园区联盟", initiators=["北京市农林科学院"])]),
 ("天津市与河北省沧州市共同发起成立津沧港口物流联盟。", D,
  [E("津沧港口物流联盟", initiators=["天津市", "河北省沧州市"])]),
 ("京津冀会展产业联盟目前已有来自三地的会展企业、场馆等成员单位逾百家。", D,
  [E("京津冀会展产业联盟", member_count=100)]),
 ("5月20日，京津冀中医药健康旅游联盟在承德成立，同时发布了10条精品线路。", D,
  [E("京津冀中医药健康旅游联盟", founded="2026-05-20", city="130800")]),
]
write("eval/extraction_dev37.jsonl", "dev37", items)
