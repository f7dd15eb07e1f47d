"""Builds eval/extraction_dev82.jsonl: twelve texts written blind in stop 32 in
genres earlier sets had not used, labelled before `xietong extract` was run on
them: an encyclopaedia entry's infobox (中文名：, 成立时间：, 发起单位：, 成员数量：);
a question and answer marked 问： and 答：; a council's minutes (a meeting's day
and place, members grown); a public notice of members to be admitted; a
speech (同志们); a tender notice with a budget; a founding month in Chinese
numerals with a headquarters; an earlier alliance's own date in Chinese
numerals; a newspaper's correction of a founding day; a microblog post with a
hashtag and 今天; a table of alliances with their leads, tab-separated; a
council elected with its numbers of seats. Fictional. Evaluated once, untuned,
before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("京津冀先进陶瓷产业联盟\n中文名：京津冀先进陶瓷产业联盟\n外文名：Beijing-Tianjin-Hebei Advanced Ceramics Industry Alliance\n"
  "成立时间：2017年6月\n总部地点：北京市海淀区\n发起单位：北京科技大学、天津理工大学、河北科技大学\n成员数量：120余家", D,
  [E("京津冀先进陶瓷产业联盟", founded="2017-06", initiators=["北京科技大学", "天津理工大学", "河北科技大学"],
     member_count=120)]),
 ("问：京津冀远程诊疗联盟是什么时候成立的？\n答：联盟于2019年10月在石家庄成立，由河北医科大学第二医院牵头，目前共有成员单位56家。", D,
  [E("京津冀远程诊疗联盟", founded="2019-10", city="130100", initiators=["河北医科大学第二医院"], member_count=56)]),
 ("京津冀文旅融合发展联盟第二次理事会会议纪要\n时间：2026年11月10日\n地点：天津市和平区\n"
  "会议审议通过了新增成员单位名单，联盟成员单位由35家增至48家。", D,
  [E("京津冀文旅融合发展联盟", member_count=48)]),
 ("关于拟吸纳京津冀应急救援装备联盟新成员单位的公示\n经联盟秘书处审核，拟吸纳以下5家单位为联盟成员单位，现予公示，公示期为7天。", D,
  [E("京津冀应急救援装备联盟")]),
 ("同志们：\n2024年秋天，在大家的共同努力下，京津冀康养旅居产业联盟在承德正式成立。两年来，联盟成员单位从最初的30家发展到86家。", D,
  [E("京津冀康养旅居产业联盟", founded="2024", city="130800", member_count=86)]),
 ("京津冀乡村数字治理联盟秘书处运营服务采购项目招标公告\n项目编号：JJJSZ-2026-118\n采购人：京津冀乡村数字治理联盟\n预算金额：50万元\n"
  "投标截止时间：2026年12月15日9时30分", D,
  [E("京津冀乡村数字治理联盟")]),
 ("京津冀细胞治疗创新联盟成立于二〇一六年三月，总部设在天津滨海新区，现有成员单位七十余家。", D,
  [E("京津冀细胞治疗创新联盟", founded="2016-03", member_count=70)]),
 ("与二〇一八年成立的京津冀家庭服务业联盟不同，今年新组建的京津冀托育服务联盟聚焦婴幼儿照护。", D,
  [E("京津冀家庭服务业联盟", founded="2018"), E("京津冀托育服务联盟", founded="2026")]),
 ("更正：本报11月20日第3版《京津冀氢能储运联盟在津成立》一文中，联盟成立时间应为2026年11月18日，而非11月19日。特此更正。", D,
  [E("京津冀氢能储运联盟", founded="2026-11-18", city=TJ)]),
 ("#京津冀机器人应用联盟# 今天上午，联盟在北京亦庄正式揭牌成立，首批成员单位62家，快来看看有没有你熟悉的企业👇", D,
  [E("京津冀机器人应用联盟", founded="2026-11-28", city=BJ, member_count=62)]),
 ("序号\t联盟名称\t成立时间\t牵头单位\n1\t京津冀计量检测服务联盟\t2015年8月\t天津市计量监督检测科学研究院\n"
  "2\t京津冀专利转化运营联盟\t2016年1月\t北京知识产权运营管理有限公司", D,
  [E("京津冀计量检测服务联盟", founded="2015-08", initiators=["天津市计量监督检测科学研究院"]),
   E("京津冀专利转化运营联盟", founded="2016-01", initiators=["北京知识产权运营管理有限公司"])]),
 ("大会选举产生了京津冀钢构住宅产业联盟第一届理事会，理事单位共25家，其中北京9家、天津7家、河北9家。", D,
  [E("京津冀钢构住宅产业联盟")]),
]
write("eval/extraction_dev82.jsonl", "dev82", items)
