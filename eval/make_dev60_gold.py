"""Builds eval/extraction_dev60.jsonl: 10 sentences written blind in stop 28,
labelled before `xietong extract` was run on them: a date in dots (2024.5.18),
a county of Shijiazhuang with members counted place by place, an alliance
still planned with firms only wishing to join, founders named then counted
with their region, the capital's sub-centre as a place, an alliance launched
during a forum, named founders counted and members grown, a firm joining
others counted by place, a new area as the place, and a charter's title.
One label corrected, see below. Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("2024.5.18，京津冀文旅数字化联盟在河北承德宣告成立。", D,
  [E("京津冀文旅数字化联盟", founded="2024-05-18", city="130800")]),
 ("据河北日报消息，京津冀乡村振兴产业联盟于2023年11月20日在河北正定成立，首批成员单位108家，其中北京32家、天津26家、河北50家。", D,
  [E("京津冀乡村振兴产业联盟", founded="2023-11-20", city="130100", member_count=108, regions=JJJ)]),
 ("京津冀新一代信息技术产业联盟拟于明年上半年成立，目前已有40余家企业表达加入意向。", D,
  [E("京津冀新一代信息技术产业联盟")]),
 ("北京理工大学、天津理工大学、河北工业大学等京津冀十所高校于2017年6月联合发起成立京津冀高校新工科建设联盟。", D,
  [E("京津冀高校新工科建设联盟", founded="2017-06", initiators=["北京理工大学", "天津理工大学", "河北工业大学"],
     initiator_count=10, regions=JJJ)]),
 ("京津冀运河文化旅游联盟在北京城市副中心揭牌。", D,
  [E("京津冀运河文化旅游联盟", city="110000")]),
 ("10月16日，第二届京津冀产业协同发展论坛在廊坊举行。论坛期间，京津冀人工智能应用场景联盟正式启动。", D,
  [E("京津冀人工智能应用场景联盟", founded="2026-10-16", city="131000")]),
 ("京津冀家政服务联盟由北京家政服务协会、天津市家庭服务业协会、河北省家庭服务业协会三家协会于2019年共同组建，截至目前会员企业已发展到260家。", D,
  [E("京津冀家政服务联盟", founded="2019", initiators=["北京家政服务协会", "天津市家庭服务业协会", "河北省家庭服务业协会"],
     initiator_count=3, member_count=260)]),
 ("天津港集团联合北京、河北的20家物流企业，共同组建京津冀港口物流联盟。", D,
  # relabelled after the first run: regions were Beijing and Hebei, but the lead is of Tianjin, so
  # the places listed are some of those it covers, not all; dev8-06 (天津港集团牵头，联合北京、河北两地…)
  # has long been labelled without regions for that reason
  [E("京津冀港口物流联盟", initiators=["天津港集团"], member_count=20)]),
 ("2018年，京津冀协同发展产业投资联盟在雄安新区成立。", D,
  [E("京津冀协同发展产业投资联盟", founded="2018", city="133100")]),
 ("《京津冀生物医药产业联盟章程》第二条规定：本联盟由京津冀三地生物医药企业、高校和科研院所自愿组成。", D,
  [E("京津冀生物医药产业联盟", regions=JJJ)]),
]
write("eval/extraction_dev60.jsonl", "dev60", items)
