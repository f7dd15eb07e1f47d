"""Builds eval/extraction_dev24.jsonl: 10 sentences written blind in stop 24,
after dev23's fixes, labelled before `xietong extract` was run on them: an
honour conferred, a lead body before a hospital alliance's unveiling, a name
after a dash that describes it first, a document's title naming alliances in
general, a council chair body organising, members of three provinces, a
founding in a district with its first chair, an alliance reorganised out of
another, a count of alliances in general, and a founding meeting with those
who joined. The alliances are fictional. Evaluated once, untuned, before any
fix; the figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-04-02"
items = [
 ("京津冀氢能产业联盟被授予“国家级示范联盟”称号。", D, [E("京津冀氢能产业联盟")]),
 ("经过半年筹备，由首都医科大学附属北京天坛医院牵头的京津冀神经疾病专科联盟于3月28日正式挂牌。", D,
  [E("京津冀神经疾病专科联盟", founded="2026-03-28", initiators=["首都医科大学附属北京天坛医院"])]),
 ("长三角地区首个跨省域知识产权联盟——长三角知识产权保护联盟在杭州成立。", D,
  [E("长三角知识产权保护联盟", city="330000")]),
 ("京津冀三地工信部门日前联合印发《关于推动京津冀产业联盟高质量发展的指导意见》。", D, []),
 ("作为联盟理事长单位，天津大学将牵头组织京津冀化工安全联盟的年度技术交流活动。", D, [E("京津冀化工安全联盟")]),
 ("京津冀中医药协同发展联盟成员单位已覆盖北京、天津、河北的50家中医医院和中医药院校。", D,
  [E("京津冀中医药协同发展联盟", member_count=50, regions=["110000", "120000", "130000"])]),
 ("2019年10月，京津冀冰雪产业联盟在张家口崇礼成立，首届理事长由北京体育大学校长担任。", D,
  [E("京津冀冰雪产业联盟", founded="2019-10", city="130700")]),
 ("该联盟是在原京津冀会计服务联盟基础上改组成立的，现名为京津冀财税服务联盟。", D,
  [E("京津冀会计服务联盟"), E("京津冀财税服务联盟")]),
 ("河北省与天津市已建立起12个跨省市产业联盟。", D, []),
 ("近日，京津冀职业教育集团联盟在石家庄召开成立大会，来自三地的126所职业院校和企业加入。", D,
  [E("京津冀职业教育集团联盟", city="130100", member_count=126)]),
]
write("eval/extraction_dev24.jsonl", "dev24", items)
