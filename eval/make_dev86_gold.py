"""Builds eval/extraction_dev86.jsonl: twelve texts written blind in stop 33 on
the kinds of co-operation that match holdouts 40 to 42 asked for, in forms the
earlier sets used little, labelled before `xietong extract` was run on them: a
table pasted from a spreadsheet with tabs; an R&D agreement signed inside an
existing alliance (which founds nothing); dates written with slashes; a film
and television alliance founded by named bodies and a count; a transfer
alliance unveiled at a fair; an alliance named for a corridor of three cities;
a renaming; two alliances founded in one sentence (分别); a WeChat post with
brackets and an emoji; an anniversary; a founding recalled in a later year's
news; a sentence about alliances in general. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("序号\t联盟名称\t成立时间\t牵头单位\t成员单位数\n1\t京津冀影视协同发展联盟\t2024年6月\t北京电影学院\t45\n"
  "2\t京津冀技术成果转化服务联盟\t2023年9月\t天津大学\t120", D,
  [E("京津冀影视协同发展联盟", founded="2024-06", initiators=["北京电影学院"], member_count=45),
   E("京津冀技术成果转化服务联盟", founded="2023-09", initiators=["天津大学"], member_count=120)]),
 ("在京津冀车路协同产业联盟的推动下，北汽集团与天津大学昨天签署研发合作协议，双方将共建联合实验室。", D,
  [E("京津冀车路协同产业联盟")]),
 ("2025/6/18，京津冀测土配方施肥技术协作联盟在保定成立，首批成员单位28家。", D,
  [E("京津冀测土配方施肥技术协作联盟", founded="2025-06-18", city="130600", member_count=28)]),
 ("由中国电影集团公司、天津北方电影集团和河北广播电视台等12家影视机构共同发起的京津冀影视外景基地联盟，11月20日在天津正式成立。", D,
  [E("京津冀影视外景基地联盟", founded="2026-11-20", city=TJ,
     initiators=["中国电影集团公司", "天津北方电影集团", "河北广播电视台"], initiator_count=12)]),
 ("在第十届京津冀技术交易大会上，京津冀专利许可运营联盟正式揭牌，首批吸纳成员单位60余家。", D,
  [E("京津冀专利许可运营联盟", member_count=60)]),
 ("京保石发展轴产业协作联盟于2022年3月在石家庄成立，沿线北京、保定、石家庄三市的86家企业和园区加入联盟。", D,
  [E("京保石发展轴产业协作联盟", founded="2022-03", city="130100", member_count=86, regions=[BJ, "130600", "130100"])]),
 ("经理事会审议通过，京津冀留学人员创业联盟自2026年1月起更名为京津冀海归人才创新创业联盟。", D,
  [E("京津冀留学人员创业联盟"), E("京津冀海归人才创新创业联盟")]),
 ("2021年，廊坊和承德分别成立了京津冀观光农业联盟和京津冀避暑旅游联盟。", D,
  [E("京津冀观光农业联盟", founded="2021", city="131000"), E("京津冀避暑旅游联盟", founded="2021", city="130800")]),
 ("【重磅】🎉京津冀电子特气产业链联盟今天在天津滨海新区成立啦！首批成员单位共有37家。", D,
  [E("京津冀电子特气产业链联盟", founded="2026-11-28", city=TJ, member_count=37)]),
 ("2023年11月在北京成立的京津冀屋顶绿化产业联盟，近日迎来成立三周年，联盟成员已由最初的15家发展到64家。", D,
  [E("京津冀屋顶绿化产业联盟", founded="2023-11", city=BJ, member_count=64)]),
 ("回顾2019年，京津冀研发合作促进联盟由清华大学、南开大学和河北工业大学联合发起成立，当时就吸引了三地40家企业参与。", D,
  [E("京津冀研发合作促进联盟", founded="2019", initiators=["清华大学", "南开大学", "河北工业大学"], member_count=40)]),
 ("近年来，京津冀各类产业联盟在促进研发合作、成果转化和人才交流方面发挥了重要作用。", D, []),
]
write("eval/extraction_dev86.jsonl", "dev86", items)
