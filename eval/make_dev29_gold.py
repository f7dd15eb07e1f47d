"""Builds eval/extraction_dev29.jsonl: 12 sentences written blind in stop 25,
labelled before `xietong extract` was run on them, from cities of many
provinces (苏州, 重庆, 哈尔滨, 雄安, 承德, 武汉, 衢州, 郑州): a day of this month
after months of preparation, a twin-city circle's founders counted with its
members of two places, a headline with its first members, a year in Chinese
numerals, a founding conference in a new area, an annual meeting recalling
the founding year, three universities founding, provinces a character each
before a count of first members, four provinces' border cities' offices
founding, members of four provinces, a merger described by 后者, and
universities forming one at a signing ceremony. The alliances are fictional.
Evaluated once, untuned, before any fix; the figure is in eval/README.md. Run
from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("经过半年筹备，长三角生物医药产业创新联盟20日在苏州宣告成立。", D,
  [E("长三角生物医药产业创新联盟", founded="2026-11-20", city="320000")]),
 ("成渝地区双城经济圈汽车产业联盟由长安汽车、一汽丰田等12家单位联合发起，于2020年6月在重庆成立，覆盖川渝两地成员单位80余家。", D,
  [E("成渝地区双城经济圈汽车产业联盟", founded="2020-06", city="500000", initiators=["长安汽车", "一汽丰田"],
     initiator_count=12, member_count=80, regions=["500000", "510000"])]),
 ("【速递】京津冀氢能产业联盟成立 首批32家成员单位签约入盟", D,
  [E("京津冀氢能产业联盟", member_count=32)]),
 ("二〇二一年九月，龙江冰雪旅游联盟在哈尔滨成立。", D,
  [E("龙江冰雪旅游联盟", founded="2021-09", city="230000")]),
 ("3月5日，在雄安新区召开的成立大会上，京雄数字孪生城市联盟正式揭牌，中国雄安集团当选理事长单位。", D,
  [E("京雄数字孪生城市联盟", founded="2026-03-05", city="133100")]),
 ("京津冀文化旅游产业联盟2024年年会在承德召开。该联盟成立于2015年，目前有成员单位130家。", D,
  [E("京津冀文化旅游产业联盟", founded="2015", member_count=130)]),
 ("由天津大学、河北工业大学、北京理工大学三校联合发起的京津冀智能制造人才培养联盟，近日在天津成立。", D,
  [E("京津冀智能制造人才培养联盟", city="120000", initiators=["天津大学", "河北工业大学", "北京理工大学"],
     initiator_count=3)]),
 ("今年6月，长江中游城市群科技成果转化联盟在武汉成立，湘鄂赣三省的45家高校院所成为首批成员。", D,
  [E("长江中游城市群科技成果转化联盟", founded="2026-06", city="420000", member_count=45,
     regions=["360000", "420000", "430000"])]),
 ("浙皖闽赣四省边际文化旅游联盟在衢州签约成立，黄山、上饶、南平、衢州四市文旅部门共同发起。", D,
  [E("浙皖闽赣四省边际文化旅游联盟", city="330000", initiator_count=4,
     regions=["330000", "340000", "350000", "360000"])]),
 ("京津冀检验检测认证联盟（以下简称“联盟”）日前在北京经济技术开发区成立，首批成员来自北京、天津、河北及山东的68家检测机构。", D,
  [E("京津冀检验检测认证联盟", city="110000", member_count=68, regions=["110000", "120000", "130000", "370000"])]),
 ("2023年，原京津冀冷链物流联盟并入京津冀现代物流产业联盟，后者现有会员企业260家。", D,
  [E("京津冀冷链物流联盟"), E("京津冀现代物流产业联盟", member_count=260)]),
 ("在郑州举行的签约仪式上，河南、山西、陕西三省的20所高校共同组建了黄河流域高校文化遗产保护联盟。", D,
  [E("黄河流域高校文化遗产保护联盟", city="410000", member_count=20, regions=["140000", "410000", "610000"])]),
]
write("eval/extraction_dev29.jsonl", "dev29", items)
