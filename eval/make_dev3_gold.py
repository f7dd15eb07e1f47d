"""Builds eval/extraction_dev3.jsonl: 16 sentences written as a holdout after
a reader of `xietong extract` found an everyday phrasing it missed (A、B和C联合
发起成立X联盟 with no 了 or 的). Evaluated once, untuned, before any fix; the
figure is in eval/README.md. The alliances are fictional. Run from the repo
root."""
import json


def E(name, **kw):
    return {"alliance": name, "aliases": kw.get("aliases", []), "founded": kw.get("founded"), "city": kw.get("city"),
            "initiators": kw.get("initiators", []), "initiator_count": kw.get("initiator_count"),
            "member_count": kw.get("member_count"), "regions": kw.get("regions", [])}


items = [
 ("2015年4月，北京工业大学、天津工业大学和河北工业大学联合发起成立京津冀高校创新创业联盟。", None,
  [E("京津冀高校创新创业联盟", founded="2015-04", initiators=["北京工业大学", "天津工业大学", "河北工业大学"])]),
 ("北京交通大学、天津大学和河北工业大学在天津联合发起成立了京津冀交通运输协同创新联盟，首批成员30余家。", None,
  [E("京津冀交通运输协同创新联盟", city="120000", initiators=["北京交通大学", "天津大学", "河北工业大学"],
     member_count=30)]),
 ("京津冀医疗器械产业联盟成员单位80余家，覆盖研发、生产和流通各环节。", None,
  [E("京津冀医疗器械产业联盟", member_count=80)]),
 ("11月8日，京津冀神经疾病专科联盟在北京成立，首都医科大学附属北京天坛医院等20家医院共同发起。", "2025-11-12",
  [E("京津冀神经疾病专科联盟", founded="2025-11-08", city="110000", initiators=["首都医科大学附属北京天坛医院"],
     initiator_count=20)]),
 ("京津冀绿色建材产业联盟日前在河北唐山揭牌成立，联盟现有会员单位126家。", None,
  [E("京津冀绿色建材产业联盟", city="130200", member_count=126)]),
 ("2018年，京津冀林业有害生物防控联盟成立，三地林业部门共同签署了联防联治协议。", None,
  [E("京津冀林业有害生物防控联盟", founded="2018")]),
 ("据悉，京津冀钢铁行业节能减排联盟汇聚了区域内70余家钢铁企业。", None,
  [E("京津冀钢铁行业节能减排联盟", member_count=70)]),
 ("京津冀中医药协同发展联盟（以下简称“中医药联盟”）于2017年6月在北京成立。", None,
  [E("京津冀中医药协同发展联盟", aliases=["中医药联盟"], founded="2017-06", city="110000")]),
 ("天津市科学技术协会、北京市科学技术协会与河北省科学技术协会共同发起成立京津冀科技社团联盟。", None,
  [E("京津冀科技社团联盟", initiators=["天津市科学技术协会", "北京市科学技术协会", "河北省科学技术协会"])]),
 ("该市还将推动成立京津冀数字医疗创新联盟，目前筹备工作正在进行。", None,
  [E("京津冀数字医疗创新联盟")]),
 ("2016年9月，长三角生物医药产业联盟在苏州成立，联盟由上海、江苏、浙江、安徽四省市的42家企业和研究机构组成。", None,
  [E("长三角生物医药产业联盟", founded="2016-09", city="320000", member_count=42,
     regions=["310000", "320000", "330000", "340000"])]),
 ("京津冀大数据产业联盟的成员已由成立之初的20家增至65家。", None,
  [E("京津冀大数据产业联盟", member_count=65)]),
 ("今年5月，成渝地区双城经济圈汽车产业联盟在重庆成立。", "2024-07-01",
  [E("成渝地区双城经济圈汽车产业联盟", founded="2024-05", city="500000")]),
 ("京津冀协同发展产业联盟秘书处设在北京市海淀区。", None,
  [E("京津冀协同发展产业联盟")]),
 ("联盟成立以来，已组织三地企业对接活动40余场。", None, []),
 ("京津冀文创产业联盟由北京、天津、河北三地的文化企业自发组建，成员已超过200家。", None,
  [E("京津冀文创产业联盟", member_count=200, regions=["110000", "120000", "130000"])]),
]
with open("eval/extraction_dev3.jsonl", "w", encoding="utf-8") as fh:
    for i, (text, date, alliances) in enumerate(items, 1):
        fh.write(json.dumps({"id": f"dev3-{i:02d}", "text": text, "date": date, "alliances": alliances},
                            ensure_ascii=False) + "\n")
print(len(items), "sentences")
