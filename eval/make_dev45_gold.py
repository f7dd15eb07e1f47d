"""Builds eval/extraction_dev45.jsonl: 5 paragraphs written blind in stop 26
in the seed's manner, labelled before `xietong extract` was run on them:
founders listed with a count in words before a name, a short name (会展业联盟)
gathering firms of the three places, alliances founded one after another (继…
之后，又相继成立了…) naming nothing else, three universities forming one, a
founding at a symposium with research institutes and firms integrated, and
firms of a kind founding one whose members cover five provinces. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2016-04-25"
items = [
 ("在现代服务领域，由北京物流与采购联合会、天津市物流协会、河北省物流产业协会等五家单位联合发起的京津冀物流业协同发展联盟，"
  "搭建了三地物流信息共享平台。会展业联盟则聚合了三地40余家会展企业，推动了区域会展资源的整合。", D,
  [E("京津冀物流业协同发展联盟", initiators=["北京物流与采购联合会", "天津市物流协会", "河北省物流产业协会"], initiator_count=5),
   E("会展业联盟", member_count=40)]),
 ("在生态环保领域，继京津冀水环境治理联盟之后，又相继成立了大气污染防治产业联盟、固体废物资源化利用联盟等，"
  "它们围绕区域环境联防联控开展了联合行动。", D,
  [E("京津冀水环境治理联盟"), E("大气污染防治产业联盟"), E("固体废物资源化利用联盟")]),
 ("由首都医科大学、天津医科大学、河北医科大学联合成立的京津冀医学教育联盟，通过师资共享、学分互认，增强了三地医学人才培养能力。", D,
  [E("京津冀医学教育联盟", initiators=["首都医科大学", "天津医科大学", "河北医科大学"])]),
 ("2015年11月，在天津召开的京津冀农业协同发展座谈会上，京津冀农业科技协同创新联盟宣告成立，该联盟整合了三地80余家农业科研院所和龙头企业。", D,
  [E("京津冀农业科技协同创新联盟", founded="2015-11", city="120000", member_count=80)]),
 ("京津冀及周边地区的汽车零部件企业发起成立了环渤海汽车零部件产业联盟，首批会员企业120家，覆盖北京、天津、河北、山东、辽宁五省市。", D,
  [E("环渤海汽车零部件产业联盟", member_count=120, regions=["110000", "120000", "130000", "370000", "210000"])]),
]
write("eval/extraction_dev45.jsonl", "dev45", items)
