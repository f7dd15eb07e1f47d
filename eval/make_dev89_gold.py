"""Builds eval/extraction_dev89.jsonl: twelve texts written blind in stop 34
about the members a text names, labelled (members too: the field is scored
only where a gold record gives it) before `xietong extract` was run on them:
first members named then counted; those named becoming first members; a roll
one item a line; kinds of members, named by no name; founders named again
among members; a second sentence naming first members; brands named without
a legal form; a part of the members named after 其中包括; a roll on one line;
guests at a meeting, who are no members; bodies newly joined; a list in
traditional characters. Fictional. Evaluated once, untuned, before any fix;
the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2025年10月，京津冀用户侧储能联盟在廊坊成立，首批成员单位包括国网冀北电力有限公司、天津力神电池股份有限公司、北京理工大学和河北工业大学等48家单位。", D,
  [E("京津冀用户侧储能联盟", founded="2025-10", city="131000", member_count=48,
     members=["国网冀北电力有限公司", "天津力神电池股份有限公司", "北京理工大学", "河北工业大学"])]),
 ("首都医科大学附属北京儿童医院、天津市儿童医院、河北省儿童医院等20家医院成为京津冀儿童罕见病协作联盟首批成员。", D,
  [E("京津冀儿童罕见病协作联盟", member_count=20,
     members=["首都医科大学附属北京儿童医院", "天津市儿童医院", "河北省儿童医院"])]),
 ("京津冀有声读物出版联盟首批成员单位名单如下：\n1.人民出版社\n2.天津人民出版社\n3.河北教育出版社\n4.北京印刷学院", D,
  [E("京津冀有声读物出版联盟", member_count=4,
     members=["人民出版社", "天津人民出版社", "河北教育出版社", "北京印刷学院"])]),
 ("京津冀森林康养旅游联盟日前在承德成立，成员涵盖旅行社、酒店、景区和康养机构等60余家。", D,
  [E("京津冀森林康养旅游联盟", city="130800", member_count=60, members=[])]),
 ("京津冀工控安全协同联盟由中国信息通信研究院、天津大学共同发起，成员包括中国信息通信研究院、国家计算机网络应急技术处理协调中心和河北省网络安全协会等15家单位。", D,
  [E("京津冀工控安全协同联盟", initiators=["中国信息通信研究院", "天津大学"], member_count=15,
     members=["国家计算机网络应急技术处理协调中心", "河北省网络安全协会"])]),
 ("长三角集成电路装备联盟2024年3月在上海临港成立。联盟首批成员单位包括上海微电子装备（集团）股份有限公司、中微半导体设备（上海）股份有限公司等32家企业和高校。", D,
  [E("长三角集成电路装备联盟", founded="2024-03", city="310000", member_count=32,
     members=["上海微电子装备（集团）股份有限公司", "中微半导体设备（上海）股份有限公司"])]),
 ("粤港澳大湾区智能网联汽车联盟成立，首批成员包括比亚迪、广汽埃安、小鹏汽车等40家企业。", D,
  [E("粤港澳大湾区智能网联汽车联盟", member_count=40, members=["比亚迪", "广汽埃安", "小鹏汽车"])]),
 ("京津冀物流标准化联盟吸纳了北京、天津、河北的35家物流企业，其中包括北京顺丰速运有限公司和天津港物流发展有限公司。", D,
  [E("京津冀物流标准化联盟", member_count=35, regions=["110000", "120000", "130000"],
     members=["北京顺丰速运有限公司", "天津港物流发展有限公司"])]),
 ("京津冀青少年冰雪运动推广联盟首批成员单位名单：1.北京体育大学 2.天津体育学院 3.河北体育学院 4.崇礼滑雪场", D,
  [E("京津冀青少年冰雪运动推广联盟", member_count=4,
     members=["北京体育大学", "天津体育学院", "河北体育学院", "崇礼滑雪场"])]),
 ("参加京津冀非遗文创联盟年会的有北京演艺集团、天津歌舞剧院等单位。", D,
  [E("京津冀非遗文创联盟", members=[])]),
 ("今年，河北钢铁集团、首钢集团新加入京津冀钢铁行业碳中和联盟，成员总数达到56家。", D,
  [E("京津冀钢铁行业碳中和联盟", member_count=56, members=["河北钢铁集团", "首钢集团"])]),
 ("粵港澳大灣區智慧醫療聯盟首批成員包括香港大學深圳醫院、澳門鏡湖醫院和廣東省人民醫院等26家機構。", D,
  [E("粤港澳大湾区智慧医疗联盟", member_count=26,
     members=["香港大学深圳医院", "澳门镜湖医院", "广东省人民医院"])]),
]
write("eval/extraction_dev89.jsonl", "dev89", items)
