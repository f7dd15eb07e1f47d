"""Builds eval/extraction_dev79.jsonl: two documents written blind in stop 31,
labelled before `xietong extract` was run on them: an undated brief in the
seed's own manner (a numbered section on Beijing's leading role naming two
alliances, one founded by three named colleges, the next 同年6月 formed by
three places' counted firms under a committee's guidance; then a section on
chain integration with firms integrated across 三地); and a newspaper's
report of an alliance's second members' congress in Tianjin (not its
founding), its founding month, three founders (one with a bracket in its
name) and members counted in a paragraph of their own, then another alliance
yet to be founded. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("二、联盟发展的主要特点\n（一）北京发挥引领作用。在已成立的跨区域联盟中，由北京单位牵头或参与发起的占八成以上。"
  "如2015年3月，北京交通大学、天津交通职业学院、河北交通职业技术学院联合成立京津冀交通职业教育联盟；"
  "同年6月，在中关村管委会指导下，北京、天津、河北三地60余家企业共同组建京津冀新能源汽车产业创新联盟。\n"
  "（二）产业链整合特征明显。京津冀物流产业链联盟整合了三地100余家物流企业，推动形成统一的区域物流市场。", None,
  [E("京津冀交通职业教育联盟", founded="2015-03", initiators=["北京交通大学", "天津交通职业学院", "河北交通职业技术学院"]),
   E("京津冀新能源汽车产业创新联盟", founded="2015-06", member_count=60, regions=[BJ, TJ, HB]),
   E("京津冀物流产业链联盟", member_count=100)]),
 ("本报讯（记者 王磊）11月26日，京津冀氢能产业协同发展联盟第二次会员大会在天津召开。\n"
  "该联盟成立于2023年4月，由中国石化北京燕山分公司、天津港（集团）有限公司和河北建投新能源有限公司共同发起，目前已有会员单位72家。\n"
  "会上，联盟与雄安新区管委会签署了战略合作协议。另据了解，京津冀氢能装备检测联盟也将于明年上半年成立。", "2026-11-28",
  [E("京津冀氢能产业协同发展联盟", founded="2023-04",
     initiators=["中国石化北京燕山分公司", "天津港（集团）有限公司", "河北建投新能源有限公司"], member_count=72),
   E("京津冀氢能装备检测联盟")]),
]
write("eval/extraction_dev79.jsonl", "dev79", items)
