"""Builds eval/extraction_dev8.jsonl: 6 news items written blind by a reader
trying `xietong extract` (stop 19, after dev7's fixes): a report in traditional
characters with full-width digits, founders joined by 及, an alliance whose
founding a government only promoted (推动成立: no founders named), a count
written in words (上千家: not a number), an alliance yet to be founded (将于下月
在唐山成立: neither when nor where), and founders listed beside a group of
firms from two places (联合北京、河北两地港口物流企业). Evaluated once, untuned,
before any fix; the figure is in eval/README.md. The alliances are fictional.
Run from the repo root."""
from gold import E, write

items = [
 ("２０２４年３月，京津冀醫療器械產業聯盟在天津武清成立，首批成員單位３０余家。", "2026-06-10",
  [E("京津冀医疗器械产业联盟", founded="2024-03", city="120000", member_count=30)]),
 ("6月5日，京津冀低空经济产业联盟在河北廊坊举行揭牌仪式。该联盟由北京航空航天大学、中国民航大学及河北省低空经济协会共同发起，"
  "目前已吸纳会员单位68家。", "2026-06-10",
  [E("京津冀低空经济产业联盟", founded="2026-06-05", city="131000",
     initiators=["北京航空航天大学", "中国民航大学", "河北省低空经济协会"], member_count=68)]),
 ("雄安新区与北京中关村共同推动成立的京津冀数字经济创新联盟（以下简称“数字经济联盟”）日前正式运行。", "2026-06-10",
  [E("京津冀数字经济创新联盟", aliases=["数字经济联盟"])]),
 ("长三角G60科创走廊产业联盟于2016年在上海松江启动，如今成员已扩展到九个城市的上千家企业。", "2026-06-10",
  [E("长三角G60科创走廊产业联盟", founded="2016", city="310000")]),
 ("记者获悉，京津冀绿色建材产业联盟将于下月在唐山成立。", "2026-06-10",
  [E("京津冀绿色建材产业联盟")]),
 ("2019年11月，由天津港集团牵头，联合北京、河北两地港口物流企业组建的京津冀港口物流联盟在天津成立，成员单位共计45家。", "2026-06-10",
  [E("京津冀港口物流联盟", founded="2019-11", city="120000", initiators=["天津港集团"], member_count=45)]),
]
write("eval/extraction_dev8.jsonl", "dev8", items)
