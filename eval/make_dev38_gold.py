"""Builds eval/extraction_dev38.jsonl: 10 sentences written blind in stop 25
in the manner of the seed's policy brief, labelled before `xietong extract`
was run on them: a government founding one that gathers counted firms, a
domain and its alliance's founding, three universities founding (三校), two
alliances founded in two months 分别, provinces a character each before the
firms that formed one, an alliance in name only, a lead with participants, a
founding supported by two bureaus and founded by counted firms, a count of
alliances in general, and members of two kinds counted apart with no total.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("例如，由天津市发起的京津冀港口群协同发展联盟，整合了三地20余家港口企业，推动了港口资源的优化配置。", D,
  [E("京津冀港口群协同发展联盟", initiators=["天津市"], member_count=20)]),
 ("在创新水平要求高的集成电路领域，京津冀集成电路产业联盟于2016年在北京成立，汇聚了设计、制造、封测等环节的企业80余家。", D,
  [E("京津冀集成电路产业联盟", founded="2016", city="110000", member_count=80)]),
 ("跨行跨业的产学研协作方面，由清华大学、南开大学、河北大学三校联合成立的京津冀高校创新联盟发挥了重要作用。", D,
  [E("京津冀高校创新联盟", initiators=["清华大学", "南开大学", "河北大学"], initiator_count=3)]),
 ("服务类联盟中，京津冀会展业联盟和京津冀广告业联盟分别于2015年3月和2015年8月成立。", D,
  [E("京津冀会展业联盟", founded="2015-03"), E("京津冀广告业联盟", founded="2015-08")]),
 ("京津冀晋蒙鲁六省区市的港口物流企业组建了环渤海港口物流联盟。", D,
  [E("环渤海港口物流联盟", regions=["110000", "120000", "130000", "140000", "150000", "370000"])]),
 ("值得注意的是，部分联盟如京津冀动漫产业联盟已名存实亡，长期未开展活动。", D,
  [E("京津冀动漫产业联盟")]),
 ("京津冀农业科技创新联盟由中国农业科学院牵头，三地农科院共同参与，2017年4月在北京宣布成立。", D,
  [E("京津冀农业科技创新联盟", founded="2017-04", city="110000", initiators=["中国农业科学院"])]),
 ("此外，由北京市商务局和天津市商务局支持、两地30余家商贸企业发起的京津商贸流通联盟也于2018年成立。", D,
  [E("京津商贸流通联盟", founded="2018", initiator_count=30)]),
 ("据统计，截至2015年底，三地共建立各类跨区域联盟40余个，涉及成员单位3000余家。", D, []),
 ("2015年4月成立的京津冀钢铁行业节能减排联盟，吸纳了河北省45家钢铁企业和北京、天津的12家科研院所。", D,
  [E("京津冀钢铁行业节能减排联盟", founded="2015-04", regions=["110000", "120000", "130000"])]),
]
write("eval/extraction_dev38.jsonl", "dev38", items)
