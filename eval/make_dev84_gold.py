"""Builds eval/extraction_dev84.jsonl: two long reports written blind in stop 32,
labelled before `xietong extract` was run on them, each several paragraphs as a
newspaper or a secretariat writes them: a wire story with a dateline, a founding
with its lead and those it joined, first members by place, an official's words, an
older alliance in its background with its year and members, a second alliance
signing an agreement with the first (founding nothing), and a branch set up by
it; a secretariat's year in review naming an alliance renamed (two records), a
new one founded at its annual meeting in another city, a growth of members, and
one still being prepared. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import E, write

D = "2026-11-28"
BJ, TJ, HB = "110000", "120000", "130000"
story = (
    "新华社天津11月26日电（记者 王晓明）11月25日，京津冀海洋装备产业联盟在天津滨海新区成立。联盟由中国船舶集团有限公司牵头，"
    "联合天津大学、河北工业大学、北京航空航天大学等36家单位共同发起，首批成员单位中，北京12家、天津15家、河北9家。\n"
    "“联盟将围绕海洋工程装备、船舶配套等领域，推动三地产业链上下游协同。”天津市工业和信息化局有关负责人表示。\n"
    "据了解，早在2017年，三地就成立了京津冀港口物流协作联盟，目前已有会员单位86家。成立大会上，京津冀海洋装备产业联盟与京津冀港口物流协作联盟签署了战略合作协议。\n"
    "会后，联盟还在河北唐山设立了曹妃甸分中心，负责对接河北沿海地区的配套企业。"
)
review = (
    "京津冀康养服务产业联盟秘书处2026年工作总结\n"
    "一、联盟建设情况\n"
    "今年3月，经理事会审议，京津冀养老服务业发展联盟正式更名为京津冀康养服务产业联盟。截至11月底，联盟成员单位由年初的64家增至92家。\n"
    "6月18日，联盟年会在河北承德召开。会上，由北京市老龄协会、天津市养老服务协会和河北省老年产业协会共同发起的京津冀智慧养老联盟宣告成立。\n"
    "二、明年工作打算\n"
    "积极推进京津冀适老化改造联盟的筹建工作，力争明年上半年完成组建。"
)
items = [
 (story, D,
  [E("京津冀海洋装备产业联盟", founded="2026-11-25", city=TJ,
     initiators=["中国船舶集团有限公司", "天津大学", "河北工业大学", "北京航空航天大学"], initiator_count=36,
     regions=[BJ, TJ, HB]),
   E("京津冀港口物流协作联盟", founded="2017", member_count=86)]),
 (review, D,
  [E("京津冀康养服务产业联盟", member_count=92),
   E("京津冀养老服务业发展联盟"),
   E("京津冀智慧养老联盟", founded="2026-06-18", city="130800",
     initiators=["北京市老龄协会", "天津市养老服务协会", "河北省老年产业协会"]),
   E("京津冀适老化改造联盟")]),
]
write("eval/extraction_dev84.jsonl", "dev84", items)
