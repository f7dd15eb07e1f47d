"""Builds eval/extraction_dev68.jsonl: 10 sentences written blind in stop 29,
labelled before `xietong extract` was run on them: a half-year, members in
万, a preparatory group and a founding expected next year, members grown
from a first count in a second sentence, founders listed with 以及, a
founding in Zhongguancun, one in a county of Xiong'an, three founders named
and counted, a council's third term, and a first-half founding with a
district. Fictional. Evaluated once, untuned, before any fix; the figure is
in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2015年下半年，京津冀物流信息联盟在天津挂牌。", D,
  [E("京津冀物流信息联盟", founded="2015", city="120000")]),
 ("京津冀个体工商户联盟目前拥有会员1.2万家。", D,
  [E("京津冀个体工商户联盟", member_count=12000)]),
 ("京津冀生物医药创新联盟筹备组今天召开会议，联盟预计明年上半年成立。", D,
  [E("京津冀生物医药创新联盟")]),
 ("京津冀检验检测联盟成立于2017年。该联盟成员单位从成立之初的36家增加到现在的102家。", D,
  [E("京津冀检验检测联盟", founded="2017", member_count=102)]),
 ("京津冀家政服务联盟由北京市家政服务协会、天津市家庭服务业协会以及河北省家庭服务业协会联合发起。", D,
  [E("京津冀家政服务联盟", initiators=["北京市家政服务协会", "天津市家庭服务业协会", "河北省家庭服务业协会"])]),
 ("京津冀科技金融服务联盟日前在北京中关村成立。", D,
  [E("京津冀科技金融服务联盟", city="110000")]),
 ("京津冀数字城市联盟在容城县揭牌成立。", D,
  [E("京津冀数字城市联盟", city="133100")]),
 ("北京交通大学、天津大学和河北工业大学三家单位发起成立了京津冀交通教育联盟。", D,
  [E("京津冀交通教育联盟", initiators=["北京交通大学", "天津大学", "河北工业大学"], initiator_count=3)]),
 ("京津冀旅游行业协会联盟第三届理事会选举产生了新一届理事长。", D,
  [E("京津冀旅游行业协会联盟")]),
 ("今年上半年，京津冀氢能交通联盟在天津滨海新区成立，首批吸纳成员单位22家。", D,
  [E("京津冀氢能交通联盟", founded="2026", city="120000", member_count=22)]),
]
write("eval/extraction_dev68.jsonl", "dev68", items)
