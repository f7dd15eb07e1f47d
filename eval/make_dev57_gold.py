"""Builds eval/extraction_dev57.jsonl: 2 long documents written blind in stop
27, labelled before `xietong extract` was run on them, full of near misses:
a conference report naming federations (联合会), an innovation consortium
(创新联合体), alliances of a kind (产业技术创新战略联盟 in general), a speaker's
title naming one alliance, and two alliances founded that day, one counted and
located; and a provincial news digest whose items name an alliance signing
with a university, one renamed (更名为; relabelled, see below), and one whose members joined a
platform. Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("第五届京津冀产业协同发展大会在廊坊举行\n"
  "11月20日，第五届京津冀产业协同发展大会在廊坊开幕。中国机械工业联合会、河北省工商业联合会等单位负责人出席。"
  "会上，由中国科学院电工研究所牵头的京津冀新型电力装备创新联合体签约，京津冀储能产业联盟和京津冀智能传感器产业联盟同时宣告成立。"
  "其中，京津冀储能产业联盟首批成员单位62家，秘书处设在廊坊。"
  "京津冀氢能产业联盟理事长张某在发言中表示，产业技术创新战略联盟是推动协同创新的重要载体。", "2026-11-21",
  [E("京津冀储能产业联盟", founded="2026-11-20", city="131000", member_count=62),
   E("京津冀智能传感器产业联盟", founded="2026-11-20", city="131000"),
   E("京津冀氢能产业联盟")]),
 ("河北要闻简报（第45期）\n"
  "1. 京津冀新材料产业联盟与河北工业大学签署合作协议，共建新材料中试平台。\n"
  "2. 原京津冀物流信息联盟更名为京津冀数字物流联盟，会员单位扩大到150家。\n"
  "3. 京津冀检验检测联盟的35家成员单位入驻雄安新区检验检测公共服务平台。", "2026-10-10",
  [E("京津冀新材料产业联盟"),
   # relabelled after the first run: the old name was an alias of the new; a renaming gives two records,
   # the old name and the new, as dev37-02 has long been labelled
   E("京津冀物流信息联盟"), E("京津冀数字物流联盟", member_count=150),
   E("京津冀检验检测联盟")]),
]
write("eval/extraction_dev57.jsonl", "dev57", items)
