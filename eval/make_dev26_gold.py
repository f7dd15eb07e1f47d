"""Builds eval/extraction_dev26.jsonl: 11 sentences written blind in stop 24,
after dev25's fixes, labelled before `xietong extract` was run on them, each
on how a date or a count is written: a year and month in Chinese numerals, 上百家
after a bare 联盟, 近三百家, 一百二十余家, members grown from 十几家 to 八十余家, a
year's end, a year's first half, a founding yet to come, 前年 with a month, a
year's first quarter, and founders counted as 十余家. The alliances are
fictional. Evaluated once, untuned, before any fix; the figure is in
eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-30"
items = [
 ("京津冀新材料产业联盟成立于二〇一七年三月。", D, [E("京津冀新材料产业联盟", founded="2017-03")]),
 ("京津冀石化产业联盟近日召开年会。该联盟由上百家企业组成。", D, [E("京津冀石化产业联盟", member_count=100)]),
 ("长三角汽车零部件联盟成员近三百家，覆盖整车配套的主要环节。", D, [E("长三角汽车零部件联盟", member_count=300)]),
 ("京津冀现代农业联盟拥有会员单位一百二十余家。", D, [E("京津冀现代农业联盟", member_count=120)]),
 ("成立五年来，京津冀动漫产业联盟会员从最初的十几家发展到八十余家。", D, [E("京津冀动漫产业联盟", member_count=80)]),
 ("2021年底，京津冀数字出版联盟正式成立。", D, [E("京津冀数字出版联盟", founded="2021")]),
 ("京津冀智慧物流联盟于2020年上半年成立。", D, [E("京津冀智慧物流联盟", founded="2020")]),
 ("京津冀数字医疗联盟将于今年10月成立。", D, [E("京津冀数字医疗联盟")]),
 ("京津冀文旅融合联盟于前年9月在承德成立。", D, [E("京津冀文旅融合联盟", founded="2024-09", city="130800")]),
 ("据悉，京津冀科技金融联盟成立于2019年的第一季度。", D, [E("京津冀科技金融联盟", founded="2019")]),
 ("京津冀医疗器械联盟由十余家龙头企业发起。", D, [E("京津冀医疗器械联盟", initiator_count=10)]),
]
write("eval/extraction_dev26.jsonl", "dev26", items)
