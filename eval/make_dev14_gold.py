"""Builds eval/extraction_dev14.jsonl: 7 documents written blind in stop 23,
in the forms secretariats and offices publish rather than news: a charter's
opening articles (第一条 本联盟的名称为…, 第二条 本联盟由…共同发起), a notice that
decides to found one (经…研究，决定成立: those who decide are not said to found
it; the notice's date is no founding date), a fact sheet of labelled lines
(成立时间：…), a headline over a news body, a deregistration (注销: no
founding), a question-and-answer interview (12家发起单位: a count of
initiators), and a table of alliances pasted as text (each row's 牵头单位 is an
initiator). Labelled before `xietong extract` was run on them; the alliances
are fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("京津冀智慧物流产业联盟章程\n第一章 总则\n第一条 本联盟的名称为京津冀智慧物流产业联盟（以下简称“本联盟”）。\n"
  "第二条 本联盟由北京物资学院、天津港（集团）有限公司、河北省物流产业集团有限公司等单位共同发起成立，是非营利性的合作组织。\n"
  "第三条 本联盟秘书处设在天津市。", "2026-12-01",
  [E("京津冀智慧物流产业联盟", initiators=["北京物资学院", "天津港（集团）有限公司", "河北省物流产业集团有限公司"])]),
 ("关于成立京津冀生态环境监测联盟的通知\n各有关单位：\n为推动三地生态环境监测数据共享，经北京市生态环境局、天津市生态环境局、河北省生态环境厅研究，"
  "决定成立京津冀生态环境监测联盟。联盟首批成员单位共28家，名单见附件。\n特此通知。\n2025年3月15日", "2025-03-20",
  [E("京津冀生态环境监测联盟", member_count=28)]),
 ("京津冀工业互联网协同创新联盟基本情况\n成立时间：2022年6月\n成立地点：河北廊坊\n发起单位：北京航空航天大学、天津大学、河北工业大学\n成员数量：65家",
  "2026-12-01",
  [E("京津冀工业互联网协同创新联盟", founded="2022-06", city="131000",
     initiators=["北京航空航天大学", "天津大学", "河北工业大学"], member_count=65)]),
 ("长三角人工智能产业联盟在杭州成立\n本报讯 11月20日，长三角人工智能产业联盟在杭州正式成立。联盟由浙江大学、上海交通大学、南京大学和中国科学技术大学联合发起，"
  "首批吸纳企业和科研机构120余家。", "2026-11-22",
  [E("长三角人工智能产业联盟", founded="2026-11-20", city="330000",
     initiators=["浙江大学", "上海交通大学", "南京大学", "中国科学技术大学"], member_count=120)]),
 ("因长期未开展活动，京津冀家居产业联盟已于2024年注销。", "2026-12-01",
  [E("京津冀家居产业联盟")]),
 ("记者：联盟是什么时候成立的？\n王秘书长：京津冀会展产业联盟是2019年5月在北京成立的，当时只有12家发起单位，现在成员已经发展到90多家。", "2026-12-01",
  [E("京津冀会展产业联盟", founded="2019-05", city="110000", initiator_count=12, member_count=90)]),
 ("序号 联盟名称 成立时间 牵头单位\n1 京津冀新能源汽车产业联盟 2017年3月 北京汽车集团有限公司\n2 京津冀集成电路产业联盟 2018年9月 天津中环电子信息集团有限公司",
  "2026-12-01",
  [E("京津冀新能源汽车产业联盟", founded="2017-03", initiators=["北京汽车集团有限公司"]),
   E("京津冀集成电路产业联盟", founded="2018-09", initiators=["天津中环电子信息集团有限公司"])]),
]
write("eval/extraction_dev14.jsonl", "dev14", items)
