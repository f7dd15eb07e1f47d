"""Builds eval/extraction_dev91.jsonl: twelve texts written blind in stop 35 as
people type on a keyboard set to English punctuation, labelled before
`xietong extract` was run on them: ASCII commas, full stops, colons,
semicolons, brackets and quotes in Chinese text; a short name given in ASCII
quotes; brands counted after 等; an English name in brackets after the
Chinese; a month and day said without a year; a count grown from one number
to another; a name with ASCII digits and a plus; founders after a colon parted
by ASCII semicolons; a name in ASCII double quotes; a name wrapped across two
lines. Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-29"
items = [
 ("2025年4月,京津冀智能仓储联盟在天津成立,由北京交通运输职业学院、天津港物流发展集团和河北交投物流有限公司共同发起.", D,
  [E("京津冀智能仓储联盟", founded="2025-04", city="120000",
     initiators=["北京交通运输职业学院", "天津港物流发展集团", "河北交投物流有限公司"])]),
 ("京津冀药品冷链配送联盟(以下简称'冷链配送联盟')于2024年9月在廊坊揭牌;首批成员单位达42家.", D,
  [E("京津冀药品冷链配送联盟", aliases=["冷链配送联盟"], founded="2024-09", city="131000", member_count=42)]),
 ("京津冀老字号传承联盟日前成立:成员包括北京稻香村、天津桂发祥、河北刘伶醉等36家企业.", D,
  [E("京津冀老字号传承联盟", member_count=36, members=["北京稻香村", "天津桂发祥", "河北刘伶醉"])]),
 ("京津冀数字版权保护联盟(Beijing-Tianjin-Hebei Digital Copyright Protection Alliance)2023年12月在北京成立.", D,
  [E("京津冀数字版权保护联盟", founded="2023-12", city="110000")]),
 ("11月18日,京津冀中小企业数字化服务联盟在石家庄宣告成立.联盟由河北省中小企业发展促进中心牵头,联合北京、天津相关服务机构共同组建,首批吸纳服务商58家.", D,
  [E("京津冀中小企业数字化服务联盟", founded="2026-11-18", city="130100",
     initiators=["河北省中小企业发展促进中心"], member_count=58)]),
 ("京津冀会展搭建服务联盟成员单位从成立时的23家增长到目前的107家.", D,
  [E("京津冀会展搭建服务联盟", member_count=107)]),
 ("京津冀5G+智慧港口产业联盟于2021年成立,现有会员单位200余家.", D,
  [E("京津冀5G+智慧港口产业联盟", founded="2021", member_count=200)]),
 ("京津冀设施蔬菜产业联盟在保定成立.发起单位:北京农学院;天津市设施农业研究所;河北省蔬菜产业技术研究院.", D,
  [E("京津冀设施蔬菜产业联盟", city="130600", initiators=["北京农学院", "天津市设施农业研究所", "河北省蔬菜产业技术研究院"])]),
 ("\"京津冀非遗美食联盟\"在天津成立,首批吸纳成员单位30家.", D,
  [E("京津冀非遗美食联盟", city="120000", member_count=30)]),
 ("2025年8月8日,由唐山市交通运输局牵头组建的京津冀新能源重卡换电\n联盟在唐山成立,首批成员单位15家.", D,
  [E("京津冀新能源重卡换电联盟", founded="2025-08-08", city="130200", initiators=["唐山市交通运输局"], member_count=15)]),
 ("据悉,京津冀康养旅居联盟(筹)将于明年上半年正式成立.", D,
  [E("京津冀康养旅居联盟")]),
 ("近日,京津冀青年创业导师联盟在雄安新区启动,首批聘任创业导师120名;联盟秘书处设在河北雄安新区创新服务中心.", D,
  [E("京津冀青年创业导师联盟", city="133100")]),
]
write("eval/extraction_dev91.jsonl", "dev91", items)
