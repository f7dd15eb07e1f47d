"""Builds eval/extraction_dev25.jsonl: 10 sentences written blind in stop 24,
after dev24's fixes, labelled before `xietong extract` was run on them, from
the west, the northeast and the middle reaches of the Yangtze: a launch (启航)
with members said as 逾百家, an unveiling (揭幕) with four provinces' members,
about two hundred joining by signing, universities of four provinces forming
one, two alliances founded one after the other at a conference, a charter's
classes of members (no count), a founding day at a conference with its first
members, a corridor's members of thirteen provinces of which four are named,
members to be added (not how many it has), and branches set up after a
founding. The alliances are fictional. Evaluated once, untuned, before any
fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-10-12"
items = [
 ("10月9日，成渝地区双城经济圈数字文创产业联盟在成都启航，首批会员单位逾百家。", D,
  [E("成渝地区双城经济圈数字文创产业联盟", founded="2026-10-09", city="510000", member_count=100)]),
 ("东北三省一区汽车产业联盟日前揭幕，联盟涵盖辽宁、吉林、黑龙江和内蒙古的260余家整车及零部件企业。", D,
  [E("东北三省一区汽车产业联盟", member_count=260, regions=["210000", "220000", "230000", "150000"])]),
 ("近两百家企业签约加入长江中游城市群光电子产业联盟。", D,
  [E("长江中游城市群光电子产业联盟", member_count=200)]),
 ("陕西、甘肃、宁夏、青海四省区的32所高校共同组建了西北地区高校科技成果转化联盟。", D,
  [E("西北地区高校科技成果转化联盟", member_count=32, regions=["610000", "620000", "640000", "630000"])]),
 ("为期两天的京津冀产业链供应链对接大会上，京津冀汽车产业链联盟、京津冀生物医药产业链联盟相继成立。", D,
  [E("京津冀汽车产业链联盟"), E("京津冀生物医药产业链联盟")]),
 ("联盟章程规定，京津冀检验检测认证联盟的会员分为理事单位和普通会员单位两类。", D,
  [E("京津冀检验检测认证联盟")]),
 ("2024年8月8日，在第二届京津冀体育产业大会上，京津冀体育用品产业联盟宣告成立，30家体育用品企业成为首届会员。", D,
  [E("京津冀体育用品产业联盟", founded="2024-08-08", member_count=30)]),
 ("西部陆海新通道物流产业联盟由重庆、广西、贵州、甘肃等13个省区市的物流企业组成，成员超过300家。", D,
  [E("西部陆海新通道物流产业联盟", member_count=300, regions=["500000", "450000", "520000", "620000"])]),
 ("据介绍，京津冀智慧农业联盟今年将新增会员单位20家。", D,
  [E("京津冀智慧农业联盟")]),
 ("京津冀园区联盟2016年在北京成立，此后又在天津、石家庄设立了两个分中心。", D,
  [E("京津冀园区联盟", founded="2016", city="110000")]),
]
write("eval/extraction_dev25.jsonl", "dev25", items)
