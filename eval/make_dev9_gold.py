"""Builds eval/extraction_dev9.jsonl: 6 news items written blind by a reader
trying `xietong extract` (stop 19, after dev8's fixes): 成立于 with founders
after it, a founding meeting with participants (not members), 年底 (first
left unread, a year-end taken for a target; relabelled in stop 24: a past
year-end is the year), an English name in brackets between the name
and what is said of it, guiding bodies before the name, and founders of a
research alliance joined by 和. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. The alliances are fictional. Run from the repo root."""
from gold import E, write

items = [
 ("京津冀5G应用产业联盟成立于2021年10月，由中国移动北京公司、中国联通天津分公司和中国电信河北分公司联合发起，成员单位已超过150家。",
  "2026-11-25",
  [E("京津冀5G应用产业联盟", founded="2021-10",
     initiators=["中国移动北京公司", "中国联通天津分公司", "中国电信河北分公司"], member_count=150)]),
 ("上周，京津冀物业管理行业联盟在北京召开成立大会，来自三地的80余家物业企业参加。", "2026-11-25",
  [E("京津冀物业管理行业联盟", city="110000")]),
 ("2022年底，京津冀健康养老产业联盟在河北三河燕郊揭牌，首批成员涵盖养老机构、医院和保险公司等40家单位。", "2026-11-25",
  # relabelled in stop 24: 2022年底 is the year it was unveiled, at a year's precision, as the import
  # reads 2016年底 (stop 19 had left year-ends unread, taking them for targets; a target, 力争2027年底前,
  # is not a founding either way)
  # relabelled in stop 25: 三河燕郊 is in Langfang, read as its prefecture now that regions.yaml lists
  # Hebei's county-level places (stop 19 had Hebei, all it could read)
  [E("京津冀健康养老产业联盟", founded="2022", city="131000", member_count=40)]),
 ("京津冀农产品流通联盟（Beijing-Tianjin-Hebei Agricultural Products Circulation Alliance）于2018年在天津西青成立。",
  "2026-11-25",
  [E("京津冀农产品流通联盟", founded="2018", city="120000")]),
 ("北京市科委、天津市科技局、河北省科技厅三方共同指导，京津冀科技企业孵化器联盟于日前在天津正式成立。", "2026-11-25",
  [E("京津冀科技企业孵化器联盟", city="120000")]),
 ("据介绍，京津冀创新药物研发联盟由北京大学医学部、南开大学药学院和河北医科大学药学院共同组建，联盟将重点开展新药临床前研究合作。",
  "2026-11-25",
  [E("京津冀创新药物研发联盟", initiators=["北京大学医学部", "南开大学药学院", "河北医科大学药学院"])]),
]
write("eval/extraction_dev9.jsonl", "dev9", items)
