"""Builds eval/extraction_dev83.jsonl: twelve sentences written blind in stop 32
about names written in forms earlier sets had seldom used, labelled before
`xietong extract` was run on them: a middle dot between two places (京津冀·雄安);
a city in brackets inside the name (京津冀（廊坊）); a quoted phrase inside the
name (“专精特新”); a plus sign (5G+, AI+); Latin letters and digits (IPv6, 5A级);
a preparatory mark after the name (（筹）) with a meeting, not a founding; 以下简称
“联盟”, which gives no alias; an aside between dashes holding the members; a
name in quotes founded 在京; a name in book-title marks. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("11月18日，京津冀·雄安数字经济联盟在雄安新区揭牌成立，首批成员单位45家。", D,
  [E("京津冀·雄安数字经济联盟", founded="2026-11-18", city="133100", member_count=45)]),
 ("京津冀（廊坊）人工智能产业联盟由廊坊市工业和信息化局指导，于2025年4月在廊坊成立。", D,
  [E("京津冀（廊坊）人工智能产业联盟", founded="2025-04", city="131000")]),
 ("2024年9月，京津冀“专精特新”企业发展联盟在天津成立，北京、天津、河北三地的120家专精特新企业成为首批会员。", D,
  [E("京津冀“专精特新”企业发展联盟", founded="2024-09", city=TJ, member_count=120, regions=[BJ, TJ, HB])]),
 ("由北京协和医院、天津医科大学总医院和河北医科大学第二医院共同发起的京津冀5G+智慧医疗创新联盟昨天在北京成立。", D,
  [E("京津冀5G+智慧医疗创新联盟", founded="2026-11-27", city=BJ,
     initiators=["北京协和医院", "天津医科大学总医院", "河北医科大学第二医院"])]),
 ("京津冀IPv6产业联盟现有成员单位83家，秘书处设在北京。", D,
  [E("京津冀IPv6产业联盟", member_count=83)]),
 ("2019年，三地36家5A级和4A级景区共同组建了京津冀5A级景区联盟。", D,
  [E("京津冀5A级景区联盟", founded="2019", member_count=36)]),
 ("京津冀通用航空运营联盟（筹）日前在石家庄召开第一次筹备工作会议，联盟计划于明年上半年正式成立。", D,
  [E("京津冀通用航空运营联盟")]),
 ("京津冀新能源汽车产业链联盟（以下简称“联盟”）于2024年5月在天津成立，联盟现有会员企业156家。", D,
  [E("京津冀新能源汽车产业链联盟", founded="2024-05", city=TJ, member_count=156)]),
 ("京津冀自动驾驶测试示范联盟——一个由三地42家单位组成的合作组织——于2023年3月在北京亦庄成立。", D,
  [E("京津冀自动驾驶测试示范联盟", founded="2023-03", city=BJ, member_count=42)]),
 ("“京津冀文化遗产数字化联盟”昨日在京揭牌，首都博物馆、天津博物馆、河北博物院为联盟发起单位。", D,
  [E("京津冀文化遗产数字化联盟", founded="2026-11-27", city=BJ, initiators=["首都博物馆", "天津博物馆", "河北博物院"])]),
 ("京津冀AI+教育联盟由北京师范大学牵头，联合天津师范大学、河北师范大学等18所高校于2025年12月共同发起成立。", D,
  [E("京津冀AI+教育联盟", founded="2025-12", initiators=["北京师范大学", "天津师范大学", "河北师范大学"],
     initiator_count=18)]),
 ("据《京津冀绿色供应链联盟年度报告（2025）》显示，该联盟成员单位已从成立之初的30家增至97家。", D,
  [E("京津冀绿色供应链联盟", member_count=97)]),
]
write("eval/extraction_dev83.jsonl", "dev83", items)
