"""Builds eval/extraction_dev75.jsonl: six official notices and decisions written
blind in stop 30 in the manner of government and association documents,
labelled before `xietong extract` was run on them: a notice's title and its
decision to found an alliance with its lead; a decision naming a secretariat
and a member list numbered 1. 2. 3.; founding members listed one to a line; a
notice of an inaugural meeting yet to be held; a reply approving an alliance
founded by three associations; a notice renaming an alliance. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("关于成立京津冀机器人产业协同创新联盟的通知\n各有关单位：\n为深入推进京津冀协同发展，经研究，决定由天津市机器人产业协会牵头，"
  "成立京津冀机器人产业协同创新联盟。特此通知。\n天津市工业和信息化局\n2025年3月12日", "2025-03-12",
  [E("京津冀机器人产业协同创新联盟", initiators=["天津市机器人产业协会"])]),
 ("京津冀绿色建筑产业联盟首批成员单位名单：1.中国建筑科学研究院有限公司 2.天津市建筑设计研究院有限公司 3.河北建工集团有限责任公司 4.北京城建集团有限责任公司", D,
  [E("京津冀绿色建筑产业联盟", member_count=4)]),
 ("京津冀种业创新联盟发起单位\n中国农业科学院作物科学研究所\n天津市农业科学院\n河北省农林科学院", D,
  [E("京津冀种业创新联盟", initiators=["中国农业科学院作物科学研究所", "天津市农业科学院", "河北省农林科学院"])]),
 ("关于召开京津冀康复医学联盟成立大会的通知\n定于2026年12月18日在北京召开京津冀康复医学联盟成立大会，请各成员单位派员参加。", D,
  [E("京津冀康复医学联盟")]),
 ("经研究，同意由北京市律师协会、天津市律师协会、河北省律师协会共同发起成立京津冀律师行业协同发展联盟。", D,
  [E("京津冀律师行业协同发展联盟", initiators=["北京市律师协会", "天津市律师协会", "河北省律师协会"])]),
 ("关于京津冀会展产业联盟更名为京津冀会展业协同发展联盟的通知\n经联盟理事会审议通过，自2026年1月1日起，京津冀会展产业联盟更名为京津冀会展业协同发展联盟。", D,
  [E("京津冀会展产业联盟"), E("京津冀会展业协同发展联盟")]),
]
write("eval/extraction_dev75.jsonl", "dev75", items)
