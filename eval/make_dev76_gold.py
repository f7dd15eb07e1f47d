"""Builds eval/extraction_dev76.jsonl: eleven texts written blind in stop 31 in
genres earlier sets had not used, labelled before `xietong extract` was run on
them: a listed company's announcement (stock code line, board's assurance, then
the founding), a company's annual report joining an alliance, a paper's
abstract, an interview's question and answer (联盟 in the answer standing for
the alliance asked about), a chronicle of founding dates one to a line, members
grown from a count in Chinese numerals, a meeting's agenda, three districts'
departments signing, an annual report naming counted founders with the company
among them, a general statement naming none, an English name in brackets.
Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("证券代码：688123　证券简称：华信智联　公告编号：2026-045\n北京华信智联科技股份有限公司关于参与发起设立京津冀工业互联网产业联盟的公告\n"
  "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
  "2026年11月20日，北京华信智联科技股份有限公司与天津滨海云图信息技术有限公司、河北冀通数字科技有限公司在天津共同发起设立京津冀工业互联网产业联盟。", D,
  [E("京津冀工业互联网产业联盟", founded="2026-11-20", city=TJ,
     initiators=["北京华信智联科技股份有限公司", "天津滨海云图信息技术有限公司", "河北冀通数字科技有限公司"])]),
 ("报告期内，公司加入了长三角集成电路产业联盟，并当选为副理事长单位。", D, [E("长三角集成电路产业联盟")]),
 ("摘要：本文以2015年成立的京津冀协同创新联盟为例，基于社会网络分析方法，考察了联盟87家成员单位之间的合作关系，发现北京高校处于网络核心位置。", D,
  [E("京津冀协同创新联盟", founded="2015", member_count=87)]),
 ("记者：京津冀钢铁行业节能减排联盟目前有多少成员？\n秘书长：联盟现有会员企业42家，其中北京8家、天津11家、河北23家。", D,
  [E("京津冀钢铁行业节能减排联盟", member_count=42, regions=[BJ, TJ, HB])]),
 ("联盟大事记\n2014年12月　京津冀旅游协同发展联盟成立\n2015年4月　京津冀物流产业联盟成立\n2015年7月　京津冀大数据产业联盟在张家口成立", D,
  [E("京津冀旅游协同发展联盟", founded="2014-12"), E("京津冀物流产业联盟", founded="2015-04"),
   E("京津冀大数据产业联盟", founded="2015-07", city="130700")]),
 ("京津冀科技金融服务联盟成员由成立之初的二十余家发展到目前的一百三十家。", D, [E("京津冀科技金融服务联盟", member_count=130)]),
 ("会议议程：一、京津冀中医药产业联盟揭牌；二、联盟理事长单位代表致辞；三、签署合作协议。", D, [E("京津冀中医药产业联盟")]),
 ("2023年9月8日，北京市朝阳区、天津市河西区、河北省廊坊市三地商务部门共同签署合作协议，宣告京津冀商圈协同发展联盟正式成立。", D,
  [E("京津冀商圈协同发展联盟", founded="2023-09-08", initiator_count=3, regions=[BJ, TJ, HB])]),
 ("2025年3月，清华大学、天津大学、河北工业大学等12家单位共同发起成立了京津冀氢能装备创新联盟，本公司为发起单位之一。", D,
  [E("京津冀氢能装备创新联盟", founded="2025-03", initiators=["清华大学", "天津大学", "河北工业大学"], initiator_count=12)]),
 ("京津冀协同发展背景下，区域产业联盟的数量快速增长，仅2014至2015年间就成立了40余家。", D, []),
 ("京津冀人工智能产业联盟（Beijing-Tianjin-Hebei AI Industry Alliance）11月18日在雄安新区成立。", D,
  [E("京津冀人工智能产业联盟", founded="2026-11-18", city="133100")]),
]
write("eval/extraction_dev76.jsonl", "dev76", items)
