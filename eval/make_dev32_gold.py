"""Builds eval/extraction_dev32.jsonl: 12 sentences written blind in stop 25,
after dev31's fixes, labelled before `xietong extract` was run on them: a
company's own release (我公司牵头), a list of first members announced, bodies
that guided a founding, two alliances unveiled the same day with their members
counted 分别, a lead with partners counted, a short name, members listed
without a count, a count as at a year's end, two commissions signing and
founding, three associations founding in a month, counted cultural centres of
three named places founding, and a founding yet to come. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("近日，由我公司牵头发起的京津冀工业母机创新联盟在天津正式成立。", D,
  [E("京津冀工业母机创新联盟", city="120000")]),
 ("京津冀种业振兴联盟首批成员单位名单公布，共有企业、科研院所等47家单位入选。", D,
  [E("京津冀种业振兴联盟", member_count=47)]),
 ("在北京市经济和信息化局、天津市工业和信息化局、河北省工业和信息化厅的共同指导下，京津冀工业互联网平台联盟于2023年8月成立。", D,
  [E("京津冀工业互联网平台联盟", founded="2023-08")]),
 ("京津冀数字医疗联盟、京津冀医学影像联盟同日揭牌，两个联盟分别吸纳成员单位58家和36家。", D,
  [E("京津冀数字医疗联盟", member_count=58), E("京津冀医学影像联盟", member_count=36)]),
 ("由清华大学牵头，联合京津冀三地12所高校成立的京津冀高校碳中和联盟，日前发布了首批研究成果。", D,
  # relabelled after the first run: 京津冀三地 names the three a character each, read as regions as
  # dev30-09's 京津冀地区 is; stop 25 had left them empty
  [E("京津冀高校碳中和联盟", initiators=["清华大学"], member_count=12, regions=["110000", "120000", "130000"])]),
 ("长三角科技创新共同体联盟（简称“长三角科创联盟”）2024年在上海成立。", D,
  [E("长三角科技创新共同体联盟", aliases=["长三角科创联盟"], founded="2024", city="310000")]),
 ("京津冀钢铁行业碳达峰联盟成员单位包括河钢集团、首钢集团、天津钢铁集团等。", D,
  [E("京津冀钢铁行业碳达峰联盟")]),
 ("据统计，截至2025年底，京津冀生态环境联盟会员单位已达180家。", D,
  [E("京津冀生态环境联盟", member_count=180)]),
 ("2018年5月，四川省卫生健康委员会和重庆市卫生健康委员会在成都签署协议，共同发起成立了川渝医疗卫生一体化发展联盟。", D,
  [E("川渝医疗卫生一体化发展联盟", founded="2018-05", city="510000",
     initiators=["四川省卫生健康委员会", "重庆市卫生健康委员会"])]),
 ("粤港澳大湾区绿色金融联盟由香港绿色金融协会、澳门银行公会和广州市绿色金融协会于2020年9月联合发起。", D,
  [E("粤港澳大湾区绿色金融联盟", founded="2020-09",
     initiators=["香港绿色金融协会", "澳门银行公会", "广州市绿色金融协会"])]),
 ("北京、天津、河北三地的40余家文化馆于2017年共同发起成立京津冀公共文化服务联盟。", D,
  [E("京津冀公共文化服务联盟", founded="2017", initiator_count=40, regions=["110000", "120000", "130000"])]),
 ("京津冀健康养老产业联盟将于明年上半年在廊坊成立。", D,
  [E("京津冀健康养老产业联盟")]),
]
write("eval/extraction_dev32.jsonl", "dev32", items)
