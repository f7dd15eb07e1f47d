"""Builds eval/extraction_dev12.jsonl: 4 texts written blind in stop 22,
labelled before `xietong extract` was run on them: a news article of five
sentences naming three alliances (founded at a 成立大会 held in a district,
founders with their count in a sentence whose subject is 该联盟, the regions
its members cover; a second alliance met in passing and then said to have
been founded in a year with a member count; a third yet to be founded), a
lead body under a government's guidance (指导下: the guide is no founder),
traditional characters with full-width digits, and a founding month given
relative to the article's date (去年10月). The alliances are fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md.
Run from the repo root."""
from gold import E, write

items = [
 ("本报讯（记者 张明）11月25日，京津冀智能网联新能源汽车产业联盟成立大会在北京亦庄举行。该联盟由北京汽车集团、天津一汽丰田、长城汽车等18家企业和高校共同发起，"
  "首批成员单位共56家，覆盖北京、天津、河北三地。会上，京津冀汽车零部件配套协作联盟与该联盟签署了合作协议。据了解，京津冀汽车零部件配套协作联盟成立于2019年，"
  "目前已有成员单位130余家。此外，京津冀车联网安全测试联盟也将于明年在雄安新区成立。", "2026-11-26",
  [E("京津冀智能网联新能源汽车产业联盟", founded="2026-11-25", city="110000",
     initiators=["北京汽车集团", "天津一汽丰田", "长城汽车"], initiator_count=18, member_count=56,
     regions=["110000", "120000", "130000"]),
   E("京津冀汽车零部件配套协作联盟", founded="2019", member_count=130),
   E("京津冀车联网安全测试联盟")]),
 ("2026年9月，在河北省工业和信息化厅指导下，由河北工业大学牵头组建的京津冀先进制造技术创新联盟在石家庄揭牌。", "2026-11-26",
  [E("京津冀先进制造技术创新联盟", founded="2026-09", city="130100", initiators=["河北工业大学"])]),
 ("京津冀數字經濟聯盟於２０２５年１２月在天津成立，成員涵蓋京津冀三地８０余家企業。", "2026-11-26",
  [E("京津冀数字经济联盟", founded="2025-12", city="120000", member_count=80, regions=["110000", "120000", "130000"])]),
 ("京津冀康复医疗联盟去年10月在廊坊成立以来，已吸纳成员医院42家。", "2026-11-26",
  [E("京津冀康复医疗联盟", founded="2025-10", city="131000", member_count=42)]),
]
write("eval/extraction_dev12.jsonl", "dev12", items)
