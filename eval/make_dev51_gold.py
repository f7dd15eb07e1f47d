"""Builds eval/extraction_dev51.jsonl: 12 sentences written blind at the
start of stop 27, labelled before `xietong extract` was run on them: first
members named with a count, an alias given as 以下简称, founders who
proposed it (倡议) and a founding last year in a district, two places a
character each before counted founders, founders listed after a colon with
semicolons, a report naming three alliances formed this year, members grown
since a founding some years ago (relabelled: see below), founders signing at a fair, a founding in a
county (固安), leads and guides with members above a count, a general
assembly that is no founding, and founders counted after one named in the
New Area. Fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2019年6月18日，京津冀氢能产业创新联盟在张家口成立，首批成员单位包括北京亿华通科技股份有限公司、天津新氢动力科技有限公司等42家企业和科研机构。", D,
  [E("京津冀氢能产业创新联盟", founded="2019-06-18", city="130700", member_count=42)]),
 ("京津冀中医药协同发展联盟（以下简称“中医药联盟”）成立于2017年3月，秘书处设在北京中医药大学。", D,
  [E("京津冀中医药协同发展联盟", aliases=["中医药联盟"], founded="2017-03")]),
 ("经过半年筹备，由天津大学、北京理工大学、燕山大学共同倡议的京津冀智能制造产教融合联盟于去年12月在天津滨海新区正式成立。", D,
  [E("京津冀智能制造产教融合联盟", founded="2025-12", city="120000", initiators=["天津大学", "北京理工大学", "燕山大学"])]),
 ("冀津两地12家钢铁企业共同发起成立环渤海钢铁产业绿色发展联盟。", D,
  [E("环渤海钢铁产业绿色发展联盟", initiator_count=12, regions=["120000", "130000"])]),
 ("京津冀农业科技创新联盟于2016年4月在廊坊成立。发起成立单位有：北京市农林科学院；天津市农业科学院；河北省农林科学院。", D,
  [E("京津冀农业科技创新联盟", founded="2016-04", city="131000",
     initiators=["北京市农林科学院", "天津市农业科学院", "河北省农林科学院"])]),
 ("今年以来，我市新组建京津冀跨区域产业联盟3个，分别是京津冀数控机床产业联盟、京津冀工业互联网安全联盟和京津冀绿色建材产业联盟。", D,
  [E("京津冀数控机床产业联盟", founded="2026"), E("京津冀工业互联网安全联盟", founded="2026"),
   E("京津冀绿色建材产业联盟", founded="2026")]),
 ("京津冀新能源汽车产业联盟成立三年来，成员单位由最初的25家增加到目前的68家。", D,
  # relabelled after the first run: founded was "2023"; an anniversary or the years since a founding
  # (成立五年来, 成立十周年之际) dates no founding in six earlier labels (dev13-05, dev15-04, dev26-05,
  # dev34-02, dev39-09, dev47-07), and this one is held to them
  [E("京津冀新能源汽车产业联盟", member_count=68)]),
 ("在第十届京津冀科技成果转化对接会上，北京技术市场协会、天津市科技金融促进会与河北省技术经纪人协会签约，共同组建京津冀技术转移服务联盟。", D,
  [E("京津冀技术转移服务联盟", initiators=["北京技术市场协会", "天津市科技金融促进会", "河北省技术经纪人协会"])]),
 ("近日，京津冀康复辅具产业联盟在河北固安揭牌成立。", D,
  [E("京津冀康复辅具产业联盟", city="131000")]),
 ("京津冀文旅消费联盟由三地文旅部门指导，北京首旅集团、天津旅游集团、河北旅投集团牵头，于2024年9月27日在天津蓟州成立，首批成员单位超过150家。", D,
  [E("京津冀文旅消费联盟", founded="2024-09-27", city="120000",
     initiators=["北京首旅集团", "天津旅游集团", "河北旅投集团"], member_count=150)]),
 ("京津冀物流产业联盟第二届会员大会暨换届选举会议于2025年8月在石家庄召开，会议选举产生了新一届理事会。", D,
  [E("京津冀物流产业联盟")]),
 ("2018年5月，由中国电子信息产业集团等21家单位发起的雄安数字城市产业联盟在雄安新区成立。", D,
  [E("雄安数字城市产业联盟", founded="2018-05", city="133100", initiators=["中国电子信息产业集团"], initiator_count=21)]),
]
write("eval/extraction_dev51.jsonl", "dev51", items)
