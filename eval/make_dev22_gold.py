"""Builds eval/extraction_dev22.jsonl: 10 sentences written blind in stop 24,
after dev21's fixes, labelled before `xietong extract` was run on them: a work
report's numbered points (一是…；二是…), a founding month with what it is and
its members, a founding at a yearly fair, a name and a founder each holding 与,
those attracted to join (已吸引76家企业加入), a university alliance with its
English name and a count of universities, a proposer before the founding, and
parks of three provinces joining. The alliances are fictional. Evaluated once,
untuned, before any fix; the figure is in eval/README.md. Run from the repo
root."""
from gold import E, write

D = "2026-08-01"
items = [
 ("一是组建京津冀机器人产业联盟，吸纳成员单位45家；二是成立京津冀工业设计联盟，由北京工业设计促进中心牵头。", D,
  [E("京津冀机器人产业联盟", member_count=45), E("京津冀工业设计联盟", initiators=["北京工业设计促进中心"])]),
 ("京津冀文化旅游联盟成立于2015年4月，是三地旅游部门推动成立的区域合作组织，目前拥有会员单位230家。", D,
  [E("京津冀文化旅游联盟", founded="2015-04", member_count=230)]),
 ("在2023年中国国际服务贸易交易会上，京津冀服务贸易联盟正式揭牌。", D,
  [E("京津冀服务贸易联盟", founded="2023")]),
 ("京津冀物流与供应链联盟由中国物流与采购联合会、天津港集团和河北省物流产业协会共同发起。", D,
  [E("京津冀物流与供应链联盟", initiators=["中国物流与采购联合会", "天津港集团", "河北省物流产业协会"])]),
 ("截至目前，京津冀钢铁行业协同发展联盟已吸引76家企业加入。", D,
  [E("京津冀钢铁行业协同发展联盟", member_count=76)]),
 ("粤港澳大湾区高校联盟（GBA University Alliance）由中山大学、香港中文大学、澳门大学等12所高校于2016年11月在广州发起成立。", D,
  [E("粤港澳大湾区高校联盟", founded="2016-11", city="440000", initiators=["中山大学", "香港中文大学", "澳门大学"],
     initiator_count=12)]),
 ("去年12月，由国家电网冀北电力公司倡议，京津冀绿色电力交易联盟在张家口成立。", D,
  [E("京津冀绿色电力交易联盟", founded="2025-12", city="130700", initiators=["国家电网冀北电力公司"])]),
 ("记者了解到，已有来自北京、天津、河北的58家园区加入京津冀产业园区合作联盟。", D,
  [E("京津冀产业园区合作联盟", member_count=58, regions=["110000", "120000", "130000"])]),
 ("京津冀数字经济联盟依托中关村软件园运营，首批吸纳会员单位62家，其中企业48家、高校和科研院所14家。", D,
  [E("京津冀数字经济联盟", member_count=62)]),
 ("2024年6月，雄安新区与北京市海淀区签署合作协议，共建京雄科技创新联盟。", D,
  [E("京雄科技创新联盟", founded="2024-06")]),
]
write("eval/extraction_dev22.jsonl", "dev22", items)
