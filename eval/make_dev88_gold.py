"""Builds eval/extraction_dev88.jsonl: twelve texts written blind in stop 33
about alliances of other city clusters (the Yangtze delta, the Greater Bay
Area, Chengdu-Chongqing, the north-east, the Yellow River, Hainan), on kinds of
co-operation, labelled before `xietong extract` was run on them: a corridor's
alliance unveiled in a district with four provinces' members; founders of
three places; members grown, covering two places; departments that guided
(not members); last year's month; a reporter's source; a lead university and
counted founders; members broken down in part (其中); a remark; a founding to
come. Fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("近日，长三角G60科创走廊研发合作联盟在上海松江揭牌，首批吸纳沪苏浙皖四省市的89家高校、科研院所和企业。", D,
  [E("长三角G60科创走廊研发合作联盟", city="310000", member_count=89,
     regions=["310000", "320000", "330000", "340000"])]),
 ("粤港澳大湾区影视产业合作联盟由广东省电影家协会、香港电影发展局和澳门文化局共同发起，于2024年12月在珠海成立。", D,
  [E("粤港澳大湾区影视产业合作联盟", founded="2024-12", city="440000",
     initiators=["广东省电影家协会", "香港电影发展局", "澳门文化局"])]),
 ("成渝地区双城经济圈技术转移联盟成立已满两年，成员单位由最初的30家增至75家，覆盖川渝两地。", D,
  [E("成渝地区双城经济圈技术转移联盟", member_count=75, regions=["510000", "500000"])]),
 ("东北三省一区技术成果转化联盟2023年8月在沈阳成立，由辽宁、吉林、黑龙江三省和内蒙古自治区科技厅共同指导。", D,
  [E("东北三省一区技术成果转化联盟", founded="2023-08", city="210000")]),
 ("黄河流域盐碱地治理联盟于去年9月在郑州成立。", D,
  [E("黄河流域盐碱地治理联盟", founded="2025-09", city="410000")]),
 ("华中文旅营销联盟今天在武汉签约成立。", D,
  [E("华中文旅营销联盟", founded="2026-11-28", city="420000")]),
 ("海南自贸港跨境电商服务联盟由海南省商务厅指导成立，现有会员企业108家。", D,
  [E("海南自贸港跨境电商服务联盟", member_count=108)]),
 ("记者从江苏省科技厅获悉，长三角研发外包服务联盟日前在南京成立。", D,
  [E("长三角研发外包服务联盟", city="320000")]),
 ("2024年5月，由浙江大学牵头，联合上海交通大学、南京大学、中国科学技术大学等12所高校共同发起的长三角高校成果转化联盟在杭州成立。", D,
  [E("长三角高校成果转化联盟", founded="2024-05", city="330000",
     initiators=["浙江大学", "上海交通大学", "南京大学", "中国科学技术大学"], initiator_count=12)]),
 ("粤港澳大湾区低空经济产业联盟目前已有成员单位156家，其中香港23家、澳门8家。", D,
  [E("粤港澳大湾区低空经济产业联盟", member_count=156)]),
 ("这一联盟的成立，标志着长三角一体化进入新阶段。", D, []),
 ("据悉，成渝氢走廊产业联盟将于明年3月在重庆正式成立。", D,
  [E("成渝氢走廊产业联盟")]),
]
write("eval/extraction_dev88.jsonl", "dev88", items)
