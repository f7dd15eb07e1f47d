"""Builds eval/extraction_dev72.jsonl: eight sentences written blind in stop 30
in traditional characters, as Hong Kong, Macau and Taiwan media write (逾, 及,
於, 間, 聯同, 典禮), labelled before `xietong extract` was run on them: three
bodies of three places founding one with more than a hundred first members;
a founding ceremony yesterday with members of three places counted in 間; two
associations signing and founding one, one of them with 與 in its name; members
grown as at last year's end; three universities forming one unveiled in a
month; members joined since a founding year; a founding yet to come; three
tourism offices founding one. Names are labelled in simplified characters, as
`extract` gives them. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
items = [
 ("粵港澳大灣區創科聯盟於2023年5月在香港成立，由香港科技園公司、深圳市科技創新委員會及澳門科學技術發展基金共同發起，首批成員逾百家。", D,
  [E("粤港澳大湾区创科联盟", founded="2023-05", city="810000",
     initiators=["香港科技园公司", "深圳市科技创新委员会", "澳门科学技术发展基金"], member_count=100)]),
 ("大灣區中醫藥聯盟昨日在澳門舉行成立典禮，聯盟成員涵蓋廣東、香港、澳門三地共56間醫療及科研機構。", D,
  [E("大湾区中医药联盟", founded="2026-11-27", city="820000", member_count=56, regions=["440000", "810000", "820000"])]),
 ("香港物流協會與深圳市物流與供應鏈管理協會日前簽署協議，共同成立深港跨境物流聯盟。", D,
  [E("深港跨境物流联盟", initiators=["香港物流协会", "深圳市物流与供应链管理协会"])]),
 ("截至去年底，粵港澳大灣區青年創業聯盟的會員企業已增至320家。", D,
  [E("粤港澳大湾区青年创业联盟", member_count=320)]),
 ("由澳門大學、中山大學和香港大學聯合組建的粵港澳高校科研協作聯盟，2019年11月於珠海揭牌。", D,
  [E("粤港澳高校科研协作联盟", founded="2019-11", city="440000", initiators=["澳门大学", "中山大学", "香港大学"])]),
 ("臺灣海峽兩岸經貿交流協會表示，海峽兩岸電子商務聯盟自2016年成立以來，已有逾200家企業加入。", D,
  [E("海峡两岸电子商务联盟", founded="2016", member_count=200)]),
 ("粵港澳大灣區金融科技服務聯盟將於明年第一季度正式成立。", D,
  [E("粤港澳大湾区金融科技服务联盟")]),
 ("港珠澳旅遊推廣聯盟由香港旅遊發展局、珠海市文化廣電旅遊局和澳門特別行政區政府旅遊局於2018年10月共同發起成立。", D,
  [E("港珠澳旅游推广联盟", founded="2018-10",
     initiators=["香港旅游发展局", "珠海市文化广电旅游局", "澳门特别行政区政府旅游局"])]),
]
write("eval/extraction_dev72.jsonl", "dev72", items)
