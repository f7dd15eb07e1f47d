"""Builds eval/extraction_dev54.jsonl: 2 documents written blind in stop 27,
labelled before `xietong extract` was run on them: a government's policy
document (numbered tasks that support forming alliances yet to be, one
formed already and dated, its lead named, another to be upgraded) and an
alliance's own annual report (its founding recalled, members at the year's
end, a council meeting that founds nothing, a second alliance it signed an
agreement with). Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("河北省人民政府办公厅关于推进京津冀产业协同发展的实施意见\n"
  "三、重点任务\n（一）支持组建京津冀氢能装备产业联盟，推动三地氢能企业协同攻关。\n"
  "（二）用好京津冀钢铁产业绿色转型联盟。该联盟由河钢集团牵头，于2023年6月在唐山成立，要进一步发挥其作用。\n"
  "（三）推动京津冀机器人产业联盟升级为全国性联盟。\n（四）到2027年，培育10个以上跨区域产业联盟。", "2026-03-15",
  [E("京津冀氢能装备产业联盟"),
   E("京津冀钢铁产业绿色转型联盟", founded="2023-06", city="130200", initiators=["河钢集团"]),
   E("京津冀机器人产业联盟")]),
 ("京津冀冷链物流产业联盟2025年度工作报告\n"
  "联盟自2021年4月在天津成立以来，始终坚持服务会员、服务行业。截至2025年12月31日，联盟共有会员单位126家。\n"
  "2025年8月，联盟第二届理事会第三次会议在北京召开。同年10月，联盟与京津冀农产品流通联盟签署战略合作协议。", "2026-01-20",
  [E("京津冀冷链物流产业联盟", founded="2021-04", city="120000", member_count=126),
   E("京津冀农产品流通联盟")]),
]
write("eval/extraction_dev54.jsonl", "dev54", items)
