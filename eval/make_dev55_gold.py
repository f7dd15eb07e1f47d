"""Builds eval/extraction_dev55.jsonl: 10 sentences written blind in stop 27,
labelled before `xietong extract` was run on them: three named universities
counted as founders with the count right after them, members grown over
years, the first of its kind said after the name, a name holding a city in
brackets (京津冀（沧州）…), places and a count before founders, members counted
in all with the fields they cover, a founding at a fair's opening, a
secretariat and a chair that are no founders, a guide and a lead, members
as of a date grown since the founding. Fictional. Evaluated once, untuned,
before any fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("京津冀中医药健康旅游联盟由北京中医药大学、天津中医药大学、河北中医药大学3所高校联合发起，2024年10月在石家庄成立。", D,
  [E("京津冀中医药健康旅游联盟", founded="2024-10", city="130100",
     initiators=["北京中医药大学", "天津中医药大学", "河北中医药大学"], initiator_count=3)]),
 ("5年来，京津冀海河流域生态联盟成员已从12家发展到47家。", D,
  [E("京津冀海河流域生态联盟", member_count=47)]),
 ("京津冀预制菜产业联盟是全国首个跨省域的预制菜产业联盟，于2025年3月在廊坊成立。", D,
  [E("京津冀预制菜产业联盟", founded="2025-03", city="131000")]),
 ("京津冀（沧州）生物医药产业联盟在沧州渤海新区揭牌。", D,
  [E("京津冀（沧州）生物医药产业联盟", city="130900")]),
 ("由京津冀三地30余家律师事务所共同发起的京津冀律师服务联盟，日前在北京成立。", D,
  [E("京津冀律师服务联盟", city="110000", initiator_count=30, regions=["110000", "120000", "130000"])]),
 ("京津冀智能网联汽车产业联盟成员单位共计58家，涵盖整车、零部件、通信、互联网等领域。", D,
  [E("京津冀智能网联汽车产业联盟", member_count=58)]),
 ("2020年11月20日，首届京津冀康养产业博览会在秦皇岛开幕，会上京津冀康养产业联盟宣告成立。", D,
  [E("京津冀康养产业联盟", founded="2020-11-20", city="130300")]),
 ("京津冀农机装备产业联盟的秘书处单位为河北农业大学，理事长单位为中国一拖集团。", D,
  [E("京津冀农机装备产业联盟")]),
 ("雄安新区管委会指导、中国雄安集团牵头组建的雄安新区数字经济产业联盟正式揭牌。", D,
  [E("雄安新区数字经济产业联盟", initiators=["中国雄安集团"])]),
 ("截至2026年6月，京津冀跨境电商产业联盟已吸纳会员企业312家，较成立之初增长近3倍。", D,
  [E("京津冀跨境电商产业联盟", member_count=312)]),
]
write("eval/extraction_dev55.jsonl", "dev55", items)
