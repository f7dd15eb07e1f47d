"""Builds eval/extraction_dev85.jsonl: eight texts written blind in stop 32 as
alliances describe themselves and as press conferences are transcribed,
labelled before `xietong extract` was run on them: a website's 联盟简介 and 关于我们
(founded, where, by whom, members now, its secretariat's seat); a profile that
opens on the alliance's short name; a press conference's transcript with a host,
an official announcing a founding and a reporter's question; a profile in
English-style order (the name, then a colon, then facts); a membership
application's notice (申请加入须知) that founds nothing. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
items = [
 ("联盟简介\n京津冀新型储能应用联盟成立于2022年8月，由国网冀北电力有限公司、天津大学、北京理工大学等23家单位共同发起，"
  "现有成员单位118家。联盟秘书处设在北京。", D,
  [E("京津冀新型储能应用联盟", founded="2022-08", initiators=["国网冀北电力有限公司", "天津大学", "北京理工大学"],
     initiator_count=23, member_count=118)]),
 ("关于我们\n京津冀中医经典传承联盟（简称“京津冀中医传承联盟”）是在三地中医药管理部门指导下，于2021年11月在石家庄成立的非营利性合作组织。"
  "联盟目前拥有会员单位57家，覆盖北京、天津、河北三地。", D,
  [E("京津冀中医经典传承联盟", aliases=["京津冀中医传承联盟"], founded="2021-11", city="130100", member_count=57,
     regions=[BJ, TJ, HB])]),
 ("京津冀水处理联盟（以下简称“联盟”），2016年由北京、天津、河北三地的水务企业发起成立，总部位于天津。联盟现有会员企业43家。", D,
  [E("京津冀水处理联盟", founded="2016", member_count=43, regions=[BJ, TJ, HB])]),
 ("主持人：下面请市发展改革委副主任李明介绍有关情况。\n李明：各位记者朋友，大家上午好。今天上午，京津冀算力服务联盟在廊坊正式揭牌成立，"
  "首批成员单位共32家。\n记者：请问联盟下一步有哪些工作安排？", D,
  [E("京津冀算力服务联盟", founded="2026-11-28", city="131000", member_count=32)]),
 ("京津冀职教集团协作联盟：成立时间2018年5月；成立地点保定；牵头单位保定职业技术学院；成员单位96家。", D,
  [E("京津冀职教集团协作联盟", founded="2018-05", city="130600", initiators=["保定职业技术学院"], member_count=96)]),
 ("京津冀智能农机装备联盟申请加入须知\n一、凡在京津冀地区注册、从事农机装备研发生产的企业，均可申请加入联盟。\n二、申请单位须填写入盟申请表，经秘书处审核后报理事会批准。", D,
  [E("京津冀智能农机装备联盟")]),
 ("京津冀文创设计服务联盟简介：联盟由北京文化产权交易中心发起，2015年10月在北京成立，现有理事单位25家、会员单位180余家。", D,
  [E("京津冀文创设计服务联盟", founded="2015-10", city=BJ, initiators=["北京文化产权交易中心"], member_count=180)]),
 ("京津冀临空物流协作联盟是由首都机场集团、天津滨海国际机场和石家庄正定国际机场联合发起的，2019年3月在北京大兴国际机场签约成立。", D,
  [E("京津冀临空物流协作联盟", founded="2019-03", city=BJ,
     initiators=["首都机场集团", "天津滨海国际机场", "石家庄正定国际机场"])]),
]
write("eval/extraction_dev85.jsonl", "dev85", items)
