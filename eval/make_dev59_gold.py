"""Builds eval/extraction_dev59.jsonl: 12 sentences written blind in stop 28,
labelled before `xietong extract` was run on them: a district of Beijing as a
founding place, founders named after 由…共同倡议, an anniversary that dates no
founding, a county-level city of Hebei, an alias in 以下简称, three associations
by place without a count, a chair body that is not a founder, a former name,
two alliances unveiled together, a lead body with participants counted by
place, numbers in Chinese characters, and founders counted after named ones.
One label corrected, see below. Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("京津冀医疗器械创新联盟于2025年9月12日在北京亦庄揭牌成立，首批成员包括来自北京、天津、河北的47家企业和医院。", D,
  [E("京津冀医疗器械创新联盟", founded="2025-09-12", city="110000", member_count=47, regions=JJJ)]),
 ("由天津大学、北京化工大学和河北科技大学共同倡议，京津冀绿色化工产业技术创新联盟2024年4月在天津南港工业区成立。", D,
  [E("京津冀绿色化工产业技术创新联盟", founded="2024-04", city="120000",
     initiators=["天津大学", "北京化工大学", "河北科技大学"])]),
 ("京津冀冰雪产业联盟成立五年来，累计举办赛事活动200余场。", D,
  [E("京津冀冰雪产业联盟")]),
 ("今年3月，京津冀中药材产业联盟在河北安国成立，联盟由52家种植企业、饮片企业和科研单位组成。", D,
  [E("京津冀中药材产业联盟", founded="2026-03", city="130600", member_count=52)]),
 ("2016年12月，京津冀钢结构产业联盟（以下简称“钢结构联盟”）在唐山宣告成立。", D,
  [E("京津冀钢结构产业联盟", aliases=["钢结构联盟"], founded="2016-12", city="130200")]),
 ("在北京市经信局的指导下，北京、天津、河北三地的软件行业协会于2022年8月18日在石家庄共同发起成立京津冀软件和信息服务业联盟。", D,
  # relabelled after the first run: initiator_count was empty, but three places' associations are
  # three founders, one a place, as dev58-09's four cities' departments are four (initiator_count=4)
  [E("京津冀软件和信息服务业联盟", founded="2022-08-18", city="130100", initiator_count=3, regions=JJJ)]),
 ("京津冀数据要素流通联盟日前成立，联盟首批成员单位32家，理事长单位为北京国际大数据交易所。", D,
  [E("京津冀数据要素流通联盟", member_count=32)]),
 ("京津冀科技成果转化联盟原名京津冀技术交易联盟，2021年更名。", D,
  [E("京津冀科技成果转化联盟"), E("京津冀技术交易联盟")]),
 ("当天，京津冀智慧交通产业联盟和京津冀物流金融服务联盟同时在天津东疆揭牌。", D,
  [E("京津冀智慧交通产业联盟", city="120000"), E("京津冀物流金融服务联盟", city="120000")]),
 ("去年12月26日，由河北省工信厅牵头，京津冀三地200余家企业参与的京津冀工业互联网产业联盟在保定成立。", D,
  [E("京津冀工业互联网产业联盟", founded="2025-12-26", city="130600", initiators=["河北省工信厅"],
     member_count=200, regions=JJJ)]),
 ("京津冀碳中和技术联盟成立于二〇二三年十月，现有会员一百二十家。", D,
  [E("京津冀碳中和技术联盟", founded="2023-10", member_count=120)]),
 ("雄安新区绿色建筑产业联盟2020年成立，由中国建筑、中国雄安集团等18家单位共同发起。", D,
  [E("雄安新区绿色建筑产业联盟", founded="2020", initiators=["中国建筑", "中国雄安集团"], initiator_count=18)]),
]
write("eval/extraction_dev59.jsonl", "dev59", items)
