"""Builds eval/extraction_dev36.jsonl: 10 sentences written blind in stop 25,
after dev35's fixes, labelled before `xietong extract` was run on them, as the
press of Hong Kong, Macao and the Pearl River Delta writes (most in traditional
characters): yesterday in Hong Kong, a founding ceremony (成立典禮), members
counted in 間, a chamber leading, members listed and counted in 個, a
headquarters' seat, a delta cluster xietong does not list, a founding guided
only, six cities' firms, and a founding a government office supported.
Fictional. Labels are in simplified characters (the evaluation compares names
as simplified). Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("粵港澳大灣區青年創新創業聯盟昨日在香港成立，首批會員機構逾五十家。", D,
  [E("粤港澳大湾区青年创新创业联盟", founded="2026-11-27", city="810000", member_count=50)]),
 ("由澳門科技大學、香港理工大學及中山大學聯合發起的大灣區高校科研聯盟，於2023年6月在澳門舉行成立典禮。", D,
  [E("大湾区高校科研联盟", founded="2023-06", city="820000", initiators=["澳门科技大学", "香港理工大学", "中山大学"])]),
 ("港澳物流業界聯盟宣佈，聯盟成員已增至120間企業。", D,
  [E("港澳物流业界联盟", member_count=120)]),
 ("香港中華總商會牽頭組建的粵港澳商會聯盟，今年9月於廣州正式成立。", D,
  [E("粤港澳商会联盟", founded="2026-09", city="440000", initiators=["香港中华总商会"])]),
 ("大灣區中醫藥創新聯盟成員包括香港浸會大學、廣州中醫藥大學及澳門大學等30個機構。", D,
  [E("大湾区中医药创新联盟", member_count=30)]),
 ("粵港澳大灣區金融科技聯盟成立於2019年，總部設於深圳前海。", D,
  [E("粤港澳大湾区金融科技联盟", founded="2019")]),
 ("珠三角城市群智能制造联盟于2018年12月在佛山揭牌。", D,
  [E("珠三角城市群智能制造联盟", founded="2018-12", city="440000")]),
 ("深港科技创新合作联盟由深圳市科技创新委员会和香港创新科技署共同指导成立。", D,
  [E("深港科技创新合作联盟")]),
 ("广佛肇清云韶经济圈文旅联盟日前成立，成员涵盖六市的旅游企业80余家。", D,
  [E("广佛肇清云韶经济圈文旅联盟", member_count=80)]),
 ("澳門特區政府經濟及科技發展局支持成立的澳門會展聯盟，會員單位共有45個。", D,
  [E("澳门会展联盟", member_count=45)]),
]
write("eval/extraction_dev36.jsonl", "dev36", items)
