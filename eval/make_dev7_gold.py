"""Builds eval/extraction_dev7.jsonl: 6 news items written blind by a reader
trying `xietong extract` (stop 19, after dev6's fixes), from four city clusters:
a count of those who joined given after them (首批加盟高校达到42所), founders in
a clause of their own before the name (由甲发起，乙联盟于…成立), a place below
the registry's regions (河北安国: Hebei), 今年 and 去年 against the article's date,
a counted group of founders, and council members (理事单位) who are neither
founders nor a member count. Evaluated once, untuned, before any fix; the figure
is in eval/README.md. The alliances are fictional. Run from the repo root."""
from gold import E, write

items = [
 ("日前，粤港澳大湾区人工智能产业联盟在广州南沙揭牌，华为、腾讯、香港科技大学等15家单位成为首批理事单位。", "2026-09-01",
  [E("粤港澳大湾区人工智能产业联盟", city="440000")]),
 ("成渝地区双城经济圈高校联盟近日在成都宣告成立，首批加盟高校达到42所。", "2026-09-01",
  [E("成渝地区双城经济圈高校联盟", city="510000", member_count=42)]),
 ("经过半年筹备，京津冀中药材产业联盟于今年1月在河北安国正式启动，由河北中医学院牵头组建。", "2026-09-01",
  # relabelled in stop 25: 安国 is a county-level city of Baoding, read as its prefecture now that
  # regions.yaml lists Hebei's county-level places (stop 19 had Hebei, all it could read)
  [E("京津冀中药材产业联盟", founded="2026-01", city="130600", initiators=["河北中医学院"])]),
 ("去年12月，京津冀冰雪运动产业联盟在张家口崇礼成立。该联盟目前拥有会员单位100余家，覆盖京津冀三地及内蒙古。", "2026-09-01",
  [E("京津冀冰雪运动产业联盟", founded="2025-12", city="130700", member_count=100)]),
 ("北京、天津、河北三地的20家三甲医院联合组建了京津冀儿科医疗联盟，联盟秘书处设在首都医科大学附属北京儿童医院。", "2026-09-01",
  # relabelled in stop 24: the 20 hospitals that formed it are its members, as "由N家…组建的X" has always
  # been read (dev20-05 too)
  [E("京津冀儿科医疗联盟", member_count=20, regions=["110000", "120000", "130000"])]),
 ("由中国科学院天津工业生物技术研究所发起，京津冀合成生物产业联盟于8月18日成立，成员包括科研院所、企业和投资机构共计60家。",
  "2026-09-01",
  [E("京津冀合成生物产业联盟", founded="2026-08-18", initiators=["中国科学院天津工业生物技术研究所"], member_count=60)]),
]
write("eval/extraction_dev7.jsonl", "dev7", items)
