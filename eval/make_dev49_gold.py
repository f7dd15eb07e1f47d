"""Builds eval/extraction_dev49.jsonl: 2 documents written blind in stop 26,
labelled before `xietong extract` was run on them: an office's notice
publishing a list of alliances, each with its lead in brackets, under a title
naming the list, and an annex listing one alliance's member units in a table
with no alliance column. Fictional. Evaluated once, untuned, before any fix;
the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("关于公布首批京津冀产业协同创新联盟名单的通知\n各有关单位：\n经评审，现将首批京津冀产业协同创新联盟名单公布如下：\n"
  "1. 京津冀智能网联汽车产业协同创新联盟（牵头单位：北京汽车集团有限公司）\n"
  "2. 京津冀生物医药产业协同创新联盟（牵头单位：天津药业集团有限公司）\n"
  "3. 京津冀新材料产业协同创新联盟（牵头单位：河北钢铁集团有限公司）", D,
  [E("京津冀智能网联汽车产业协同创新联盟", initiators=["北京汽车集团有限公司"]),
   E("京津冀生物医药产业协同创新联盟", initiators=["天津药业集团有限公司"]),
   E("京津冀新材料产业协同创新联盟", initiators=["河北钢铁集团有限公司"])]),
 ("附件：京津冀职业教育联盟成员单位名单\n序号\t单位名称\t所在地\n1\t北京电子科技职业学院\t北京\n2\t天津职业大学\t天津\n"
  "3\t河北工业职业技术大学\t石家庄", D,
  # relabelled in stop 35 (see eval/README.md): a whole roll counts its members (dev89 on), and the places
  # a table says its members are in are the alliance's regions (dev38, dev90)
  [E("京津冀职业教育联盟", member_count=3, regions=["110000", "120000", "130100"])]),
]
write("eval/extraction_dev49.jsonl", "dev49", items)
