"""Builds eval/extraction_dev74.jsonl: eight posts written blind in stop 30 in the
manner of WeChat accounts and social media, labelled before `xietong extract`
was run on them: a headline in 【】 with an emoji and a founding today; founders
listed with circled numbers after a colon; full-width digits; a hashtag name
with an anniversary; a short name and three founders with a month; a fact line
parted by vertical bars; an account's report naming a founding in a district
with a lead; a university congratulating itself on a council seat. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("【重磅】京津冀低空经济产业联盟今天成立！🎉 首批成员单位68家，涵盖整机制造、运营服务、空管保障等领域。", D,
  [E("京津冀低空经济产业联盟", founded="2026-11-28", member_count=68)]),
 ("京津冀无人机应用创新联盟日前在保定揭牌。联盟发起单位：①北京航空航天大学 ②天津大学 ③河北工业大学。", D,
  [E("京津冀无人机应用创新联盟", city="130600", initiators=["北京航空航天大学", "天津大学", "河北工业大学"])]),
 ("京津冀智慧农业联盟于２０２４年６月１８日在廊坊成立，首批会员１２０家。", D,
  [E("京津冀智慧农业联盟", founded="2024-06-18", city="131000", member_count=120)]),
 ("#京津冀文旅联盟# 成立三周年之际，联盟会员已达156家。", D,
  [E("京津冀文旅联盟", member_count=156)]),
 ("京津冀检验检测联盟（简称“检测联盟”）由中国检验认证集团、天津市计量监督检测科学研究院和河北省产品质量监督检验研究院于2021年3月共同发起。", D,
  [E("京津冀检验检测联盟", aliases=["检测联盟"], founded="2021-03",
     initiators=["中国检验认证集团", "天津市计量监督检测科学研究院", "河北省产品质量监督检验研究院"])]),
 ("京津冀氢能联盟 | 2023年11月成立 | 成员87家 | 秘书处：北京", D,
  [E("京津冀氢能联盟", founded="2023-11", member_count=87)]),
 ("据“京津冀协同发展”公众号消息，京津冀集成电路设计联盟近日在天津滨海新区成立，由天津市集成电路行业协会牵头。", D,
  [E("京津冀集成电路设计联盟", city="120000", initiators=["天津市集成电路行业协会"])]),
 ("恭喜！我校成为京津冀高校创新创业联盟理事单位。", D,
  [E("京津冀高校创新创业联盟")]),
]
write("eval/extraction_dev74.jsonl", "dev74", items)
