"""Builds eval/extraction_dev69.jsonl: three short news items and five
sentences written blind in stop 29, labelled before `xietong extract` was
run on them: a founding with guidance, first members by place and a chairing
firm; a renamed alliance's two names; an anniversary that founds nothing but
says when; a place of signing and a founding a month later; founders thanked
who are not founders; a 副理事长单位 that is no founder; a member count with
以上; and members from outside the region. Fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-11-28"
JJJ = ["110000", "120000", "130000"]
items = [
 ("2月26日，由天津市工信局指导的京津冀信创产业联盟在天津成立。联盟首批成员单位共有83家，其中北京28家、天津35家、河北20家。"
  "联盟理事长单位为麒麟软件有限公司。", D,
  [E("京津冀信创产业联盟", founded="2026-02-26", city="120000", member_count=83, regions=JJJ)]),
 ("京津冀钢铁行业协同发展联盟原名京津冀钢铁联盟，2016年3月在唐山成立。2020年更名后，联盟成员扩展至96家。", D,
  [E("京津冀钢铁行业协同发展联盟", founded="2016-03", city="130200", member_count=96),
   E("京津冀钢铁联盟", founded="2016-03", city="130200")]),
 ("今年是京津冀动漫产业联盟成立五周年。五年来，联盟累计举办对接活动120余场。", D,
  [E("京津冀动漫产业联盟")]),
 ("2019年8月，北京、天津、河北三地商务部门在廊坊签署合作框架协议。一个月后，京津冀会展业联盟在廊坊正式成立。", D,
  [E("京津冀会展业联盟", founded="2019-09", city="131000")]),
 ("京津冀康养旅游联盟在成立大会上感谢了长期支持联盟筹建的河北省文旅厅和北京市文旅局。", D,
  [E("京津冀康养旅游联盟")]),
 ("中国移动河北公司当选京津冀工业互联网联盟副理事长单位。", D,
  [E("京津冀工业互联网联盟")]),
 ("截至目前，京津冀新能源汽车充电服务联盟已有会员单位200家以上。", D,
  [E("京津冀新能源汽车充电服务联盟", member_count=200)]),
 ("京津冀冷链物流联盟的成员不仅来自京津冀，还包括山东、辽宁的20家企业。", D,
  [E("京津冀冷链物流联盟")]),
]
write("eval/extraction_dev69.jsonl", "dev69", items)
