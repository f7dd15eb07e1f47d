"""Builds eval/extraction_dev31.jsonl: 4 whole documents written blind in stop
25, labelled before `xietong extract` was run on them: a government site's
report of a founding congress with its publication line (no date given: the
page's own), an interview whose answer says 联盟 for the alliance the question
named, a year's review listing alliances under numbered headings (its title
names alliances in general), and a WeChat post with emoji and an English name.
Nine alliances in all; fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

items = [
 ("京津冀智慧交通产业联盟成立大会召开\n"
  "发布时间：2026-04-22 10:15  来源：河北省交通运输厅\n"
  "4月21日，京津冀智慧交通产业联盟成立大会在石家庄召开。联盟由河北交通投资集团、北京交通大学、天津市交通科学研究院等15家单位共同发起，"
  "首批会员单位73家。\n"
  "会议审议通过了《京津冀智慧交通产业联盟章程》，选举产生了第一届理事会，河北交通投资集团当选理事长单位。\n"
  "下一步，联盟将围绕车路协同、智慧高速、综合交通大数据等领域开展联合攻关。", None,
  [E("京津冀智慧交通产业联盟", founded="2026-04-21", city="130100",
     initiators=["河北交通投资集团", "北京交通大学", "天津市交通科学研究院"], initiator_count=15, member_count=73)]),
 ("记者：长三角一体化示范区新型显示产业联盟是什么时候成立的？\n"
  "张主任：联盟是2022年9月在苏州吴江成立的，当时有28家企业加入。现在成员已经增加到64家，覆盖上海青浦、江苏吴江、浙江嘉善三地。\n"
  "记者：联盟下一步有什么打算？\n"
  "张主任：我们计划明年与粤港澳大湾区新型显示产业联盟签署合作协议。", "2026-11-28",
  [E("长三角一体化示范区新型显示产业联盟", founded="2022-09", city="320000", member_count=64,
     regions=["310000", "320000", "330000"]),
   E("粤港澳大湾区新型显示产业联盟")]),
 ("2025年京津冀协同发展产业联盟工作综述\n"
  "一年来，各联盟积极发挥桥梁纽带作用。\n"
  "一、京津冀新能源汽车产业联盟：2025年新增成员单位18家，成员总数达到156家。\n"
  "二、京津冀绿色建材产业联盟：于2025年3月在唐山成立，由冀东水泥、北京建材研究总院等9家单位发起。\n"
  "三、京津冀工业互联网协同发展联盟：成员单位覆盖北京、天津、河北三地，共计210家。", "2026-01-15",
  [E("京津冀新能源汽车产业联盟", member_count=156),
   E("京津冀绿色建材产业联盟", founded="2025-03", city="130200", initiators=["冀东水泥", "北京建材研究总院"],
     initiator_count=9),
   E("京津冀工业互联网协同发展联盟", member_count=210, regions=["110000", "120000", "130000"])]),
 ("🎉重磅！成渝氢能产业联盟（Chengdu-Chongqing Hydrogen Alliance）今天在成都正式揭牌！\n"
  "联盟由东方电气集团、重庆长安汽车股份有限公司、西南交通大学共同倡议发起，首批成员单位45家👏\n"
  "未来，联盟将推动川渝两地氢能全产业链协同发展。", "2026-11-28",
  [E("成渝氢能产业联盟", founded="2026-11-28", city="510000",
     initiators=["东方电气集团", "重庆长安汽车股份有限公司", "西南交通大学"], member_count=45)]),
]
write("eval/extraction_dev31.jsonl", "dev31", items)
