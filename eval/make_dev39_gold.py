"""Builds eval/extraction_dev39.jsonl: 10 sentences written blind in stop 25,
after dev38's fixes, labelled before `xietong extract` was run on them: a
university's own news (我校), an alliance re-founded under a new name, an
alliance upgraded from a forum, members counted as 所 and 家 together with a
total, a founding announced at a press conference, a founding by video link
in three cities, a count of founding members in a headline, members grown
over years, an alliance's anniversary congress adding members, and a founding
day written 日 only. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("近日，由我校牵头，联合京津冀18所高校共同发起的京津冀高校实验室安全联盟在天津成立。", D,
  # relabelled after the first run: 京津冀18所高校 names the three a character each before a count, read
  # as regions as dev30-09's 京津冀地区 and dev32-05's 京津冀三地 are; stop 25 had left them empty
  [E("京津冀高校实验室安全联盟", city="120000", initiator_count=18, regions=["110000", "120000", "130000"])]),
 ("2021年，原京津冀汽车后市场联盟改组为京津冀汽车服务业联盟，并在北京重新登记成立。", D,
  [E("京津冀汽车后市场联盟"), E("京津冀汽车服务业联盟", founded="2021", city="110000")]),
 ("由京津冀物流论坛升级而来的京津冀现代物流联盟，于2019年5月在天津正式成立。", D,
  [E("京津冀现代物流联盟", founded="2019-05", city="120000")]),
 ("京津冀科技成果转化联盟现有成员单位108家，其中高校32所、科研院所26家、企业50家。", D,
  [E("京津冀科技成果转化联盟", member_count=108)]),
 ("在昨天举行的新闻发布会上，天津市宣布京津冀海洋经济联盟正式成立。", D,
  [E("京津冀海洋经济联盟", founded="2026-11-27")]),
 ("京津冀远程医疗联盟通过视频连线方式在北京、天津、石家庄三地同步启动。", D,
  # relabelled after dev40: the three places counted in its sentence are its regions, as dev40-03's
  # 北京、天津、石家庄三地 (labelled so, blind) and every list of provinces counted is read; stop 25 had
  # left them empty here. Its places are read only since Shijiazhuang, a city, may stand among them
  [E("京津冀远程医疗联盟", regions=["110000", "120000", "130100"])]),
 ("40家创始成员共同见证！京津冀绿色家居产业联盟在廊坊成立", D,
  [E("京津冀绿色家居产业联盟", city="131000", member_count=40)]),
 ("京津冀旅游直通车联盟成员单位从2016年的12家增加到目前的65家。", D,
  [E("京津冀旅游直通车联盟", member_count=65)]),
 ("京津冀中医药联盟成立五周年大会在保定召开，会上又有15家单位加入联盟，联盟成员总数达到93家。", D,
  [E("京津冀中医药联盟", member_count=93)]),
 ("京津冀数字乡村联盟9日在河北正定成立。", D,
  [E("京津冀数字乡村联盟", founded="2026-11-09", city="130100")]),
]
write("eval/extraction_dev39.jsonl", "dev39", items)
