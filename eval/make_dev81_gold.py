"""Builds eval/extraction_dev81.jsonl: seven texts written blind in stop 31 as
text comes out of PDF files, labelled before `xietong extract` was run on
them: lines wrapped at a fixed width inside names, a number and a date; a
page number between two halves of a sentence; words parted by spaces, as a
justified line is extracted; a running header repeated inside a paragraph; a
table's rows parted by spaces under a line of column names. Fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("2015年4月，北京建筑大学、天津城建大\n学、河北建筑工程学院在天津联合发起成立京\n津冀高校土木工程学院联盟。", D,
  [E("京津冀高校土木工程学院联盟", founded="2015-04", city="120000",
     initiators=["北京建筑大学", "天津城建大学", "河北建筑工程学院"])]),
 ("京津冀康复医疗联盟由首都医科大学宣武医院牵头，\n— 12 —\n联合天津市人民医院、河北医科大学第三医院等26家医疗机构共同发起。", D,
  [E("京津冀康复医疗联盟", initiators=["首都医科大学宣武医院", "天津市人民医院", "河北医科大学第三医院"], initiator_count=26)]),
 ("截至2025年底，京津冀智能网联汽车产业联盟成员单位达到1\n28家。", D, [E("京津冀智能网联汽车产业联盟", member_count=128)]),
 ("京津冀数字文旅联盟于2024年11\n月20日在石家庄成立。", D, [E("京津冀数字文旅联盟", founded="2024-11-20", city="130100")]),
 ("京津冀 绿色 建材 产业 联盟 于 2023 年 6 月 在 唐山 成立 。", D, [E("京津冀绿色建材产业联盟", founded="2023-06", city="130200")]),
 ("京津冀协同发展报告（2025）\n京津冀冷链物流联盟成立于2019年，\n京津冀协同发展报告（2025）\n现有会员企业76家。", D,
  [E("京津冀冷链物流联盟", founded="2019", member_count=76)]),
 ("序号 联盟名称 牵头单位 成立时间\n1 京津冀检验检测联盟 中国计量科学研究院 2016年8月\n2 京津冀标准化协作联盟 天津市标准化研究院 2017年3月", D,
  [E("京津冀检验检测联盟", founded="2016-08", initiators=["中国计量科学研究院"]),
   E("京津冀标准化协作联盟", founded="2017-03", initiators=["天津市标准化研究院"])]),
]
write("eval/extraction_dev81.jsonl", "dev81", items)
