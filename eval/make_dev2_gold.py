"""Builds eval/extraction_dev2.jsonl: 16 sentences first written as a holdout
(evaluated once, untuned: F1 0.86), then folded into development to fix the
general gaps they showed (place enumerations sharing one tail, counts after
long fillers, 增至, 以下简称 asides). The alliances are fictional. Run from the
repo root."""
from gold import E, write

items = [
 ("3月26日上午，京津冀新材料产业协同创新联盟在天津宝坻揭牌。", "2024-04-02",
  [E("京津冀新材料产业协同创新联盟", founded="2024-03-26", city="120000")]),
 ("该联盟由北京化工大学牵头，联合天津、河北两地的25家化工企业共同组建，旨在打通上下游产业链。", None, []),
 ("长三角G60科创走廊机器人产业联盟成立于2021年，目前成员已超过300家。", None,
  [E("长三角G60科创走廊机器人产业联盟", founded="2021", member_count=300)]),
 ("在昨天举行的签约仪式上，京津冀冷链物流联盟宣告成立，首批吸纳会员企业58家。", "2023-11-16",
  [E("京津冀冷链物流联盟", founded="2023-11-15", member_count=58)]),  # 昨天, against the article's date
 ("由中国医学科学院、南开大学和河北大学等7家单位倡议成立的京津冀罕见病诊疗联盟日前在石家庄召开首次理事会。", None,
  [E("京津冀罕见病诊疗联盟", initiators=["中国医学科学院", "南开大学", "河北大学"], initiator_count=7)]),
 ("2019年12月，粤港澳大湾区金融科技联盟在深圳前海正式成立。", None,
  [E("粤港澳大湾区金融科技联盟", founded="2019-12", city="440000")]),
 ("京津冀乡村旅游发展联盟于去年8月在承德成立，吸引了三地200多家民宿和景区加入。", "2022-03-01",
  [E("京津冀乡村旅游发展联盟", founded="2021-08", city="130800", member_count=200)]),
 ("天津市与河北省沧州市共同发起的渤海新区港产城融合联盟签约仪式在黄骅举行。", None,
  # relabelled in stop 25: its signing ceremony founded it in 黄骅 (Cangzhou), as dev17's ceremonies
  # found theirs where held; stop 18 had left the place empty, 黄骅 being unknown to it
  [E("渤海新区港产城融合联盟", city="130900", initiators=["天津市", "河北省沧州市"])]),
 ("京津冀动漫游戏产业联盟、京津冀电竞产业联盟等一批新型联盟相继成立。", None,
  [E("京津冀动漫游戏产业联盟"), E("京津冀电竞产业联盟")]),
 ("川渝两地的12所高校共同组建了成渝地区双城经济圈高校联盟。", None,
  # 川渝两地, as 北京、天津、河北三地 in dev3; relabelled in stop 24: the 12 universities that formed it
  # are its members, as "由N家…组建的X" has always been read (dev20-05 too)
  [E("成渝地区双城经济圈高校联盟", member_count=12, regions=["500000", "510000"])]),
 ("京津冀氢燃料电池汽车产业联盟2020年9月10日在北京大兴成立，吸纳了涵盖制氢、加氢、整车等环节的70余家单位。", None,
  [E("京津冀氢燃料电池汽车产业联盟", founded="2020-09-10", city="110000", member_count=70)]),
 ("推动产业联盟健康发展需要政府、企业和社会各方共同努力。", None, []),
 ("京津冀数据要素流通联盟（以下简称数据联盟）由北京国际大数据交易所发起成立。", None,
  [E("京津冀数据要素流通联盟", aliases=["数据联盟"], initiators=["北京国际大数据交易所"])]),
 ("在廊坊举行的京津冀家居产业联盟年会上，联盟会员单位已增至180家。", None,
  [E("京津冀家居产业联盟", member_count=180)]),
 ("2022年5月，由江苏省、浙江省、安徽省和上海市科技部门联合发起的长三角科技资源共享服务联盟在合肥成立。", None,
  [E("长三角科技资源共享服务联盟", founded="2022-05", city="340000",
     initiators=["江苏省、浙江省、安徽省和上海市科技部门"])]),
 ("京津冀晋四省市的煤电节能技术联盟近日发布了联合行动方案。", None,
  [E("煤电节能技术联盟", regions=["110000", "120000", "130000", "140000"])]),
]
write("eval/extraction_dev2.jsonl", "dev2", items)
