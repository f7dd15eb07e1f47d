"""Builds eval/extraction_dev97.jsonl: nine texts written blind in stop 38,
labelled before `xietong extract` was run on them, in the shapes documents
take: a department's approval (批复) addressed to the body that asked, which
will hold the secretariat (你单位); a WeChat post with an emoji headline; a Hong
Kong report in traditional characters; a table pasted as text; a dissolution;
a count as at a year's end grown since the founding; two port groups signing
to form one; five places founding one for the Great Wall; a secretary-general
quoted on the members' growth. Every field labelled, the offices and the
council's tiers too. Fictional. Evaluated once, untuned, before any fix; the
figure is in eval/README.md. Run from the repo root."""
from gold import F, write

D = "2026-11-29"


items = [
 ("关于同意成立京津冀整体卫浴产业联盟的批复\n河北省建筑业协会：\n你单位《关于成立京津冀整体卫浴产业联盟的请示》收悉。经研究，"
  "同意成立京津冀整体卫浴产业联盟，联盟秘书处设在你单位。\n河北省住房和城乡建设厅\n2025年8月12日", D,
  [F("京津冀整体卫浴产业联盟", secretariat="河北省建筑业协会")]),
 ("🎉重磅｜京津冀宠物用品产业联盟正式成立！\n6月18日，由天津市宠物行业协会、河北省饲料工业协会共同发起的京津冀宠物用品"
  "产业联盟在天津静海揭牌，首批32家企业入盟。", D,
  [F("京津冀宠物用品产业联盟", founded="2026-06-18", city="120000",
     initiators=["天津市宠物行业协会", "河北省饲料工业协会"], member_count=32)]),
 ("粵港澳大灣區中藥材質量溯源聯盟於2024年11月在香港成立，由香港檢測和認證局牽頭。", D,
  [F("粤港澳大湾区中药材质量溯源联盟", founded="2024-11", city="810000", initiators=["香港检测和认证局"])]),
 ("联盟名称\t成立时间\t牵头单位\n京津冀耐火材料产业联盟\t2019年5月\t河北省耐火材料行业协会\n京津冀精密铸件产业联盟\t2020年9月\t"
  "天津市铸造协会", D,
  [F("京津冀耐火材料产业联盟", founded="2019-05", initiators=["河北省耐火材料行业协会"]),
   F("京津冀精密铸件产业联盟", founded="2020-09", initiators=["天津市铸造协会"])]),
 ("因长期未开展活动，京津冀商业航天配套联盟已于2024年注销。", D,
  [F("京津冀商业航天配套联盟")]),
 ("截至2025年底，京津冀跨境数据合规服务联盟成员单位已达到87家，较成立时增加了41家。", D,
  [F("京津冀跨境数据合规服务联盟", member_count=87)]),
 ("天津港集团与河北港口集团近日签署协议，共同组建津冀港口绿色航运联盟。", D,
  [F("津冀港口绿色航运联盟", initiators=["天津港集团", "河北港口集团"])]),
 ("京津冀蒙晋五省区市长城保护联盟2025年10月在大同成立。", D,
  [F("京津冀蒙晋五省区市长城保护联盟", founded="2025-10", city="140000",
     regions=["110000", "120000", "130000", "150000", "140000"])]),
 ("“联盟成立一年来，成员单位从18家增长到53家。”京津冀城市信息模型联盟秘书长王芳说。", D,
  [F("京津冀城市信息模型联盟", member_count=53)]),
]
write("eval/extraction_dev97.jsonl", "dev97", items)
