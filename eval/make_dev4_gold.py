"""Builds eval/extraction_dev4.jsonl: 8 short news items (some of two
sentences) written as a holdout by a reader trying `xietong extract` on
everyday founding news: a count after 成员包括 or 共计, a list led by
"甲牵头，联合乙、丙", 昨天 against the article's date, a city cluster's
generically named alliance (粤港澳大湾区科技创新联盟) followed by "联盟由…",
provinces listed after the name (沪苏浙皖四省市). Evaluated once, untuned,
before any fix; the figure is in eval/README.md. The alliances are fictional.
Run from the repo root."""
from gold import E, write

items = [
 ("2017年3月15日，京津冀新能源汽车产业技术创新联盟在天津市武清区成立。该联盟由北京汽车集团有限公司、天津大学和河北工业大学"
  "共同发起，首批成员包括30余家企业、高校和科研院所。", None,
  [E("京津冀新能源汽车产业技术创新联盟", founded="2017-03-15", city="120000",
     initiators=["北京汽车集团有限公司", "天津大学", "河北工业大学"], member_count=30)]),
 ("2016年9月，京津冀物流产业联盟在石家庄宣告成立，联盟吸纳了来自三地的120多家物流企业。", None,
  [E("京津冀物流产业联盟", founded="2016-09", city="130100", member_count=120)]),
 ("昨天，由首都医科大学牵头，联合天津医科大学、河北医科大学等8家单位组建的京津冀医学教育协同发展联盟在北京揭牌。", "2020-01-01",
  [E("京津冀医学教育协同发展联盟", founded="2019-12-31", city="110000",
     initiators=["首都医科大学", "天津医科大学", "河北医科大学"], initiator_count=8, member_count=8)]),
 ("记者从河北省工信厅获悉，京津冀机器人产业联盟日前在廊坊正式成立，首批会员单位共计56家。", None,
  [E("京津冀机器人产业联盟", city="131000", member_count=56)]),
 ("2019年11月，长三角人工智能产业联盟在上海成立，成员单位涵盖沪苏浙皖四省市的两百余家企业和机构。", None,
  [E("长三角人工智能产业联盟", founded="2019-11", city="310000", member_count=200,
     regions=["310000", "320000", "330000", "340000"])]),
 ("京津冀旅游协同发展联盟于2015年5月在承德成立，现有成员单位四十余个。", None,
  [E("京津冀旅游协同发展联盟", founded="2015-05", city="130800", member_count=40)]),
 ("粤港澳大湾区科技创新联盟日前在深圳成立。联盟由深圳大学、香港科技大学和澳门大学共同发起，目前已吸引超过80家机构加入。", None,
  [E("粤港澳大湾区科技创新联盟", city="440000", initiators=["深圳大学", "香港科技大学", "澳门大学"], member_count=80)]),
 ("2018年6月，京津冀钢结构产业联盟在唐山成立，联盟成员由60家钢结构企业及上下游配套企业组成。", None,
  [E("京津冀钢结构产业联盟", founded="2018-06", city="130200", member_count=60)]),
]
write("eval/extraction_dev4.jsonl", "dev4", items)
