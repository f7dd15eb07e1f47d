"""Matchmaking: ranked results with separate score components, reasons that
are true of the data they name, and clear messages for bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xietong.evaluation.match import evaluate_queries
from xietong.match import text as textmod
from xietong.match.engine import Matcher, MatchError, match
from xietong.store import Store

EVAL = Path(__file__).resolve().parents[2] / "eval"


@pytest.fixture
def matcher(bundled: Store) -> Matcher:
    return Matcher.build(bundled)


def test_hits_at_3_on_the_query_set(matcher: Matcher) -> None:
    report = evaluate_queries(matcher, str(EVAL / "match_queries.tsv"))
    assert report.total >= 30
    assert report.at(3) >= 0.9, report.misses


@pytest.mark.parametrize("name", ["match_queries_holdout.tsv", "match_queries_holdout2.tsv", "match_queries_holdout3.tsv",
                                  "match_queries_holdout4.tsv", "match_queries_holdout5.tsv", "match_queries_holdout6.tsv",
                                  "match_queries_holdout7.tsv", "match_queries_holdout8.tsv",
                                  "match_queries_holdout9.tsv", "match_queries_holdout10.tsv",
                                  "match_queries_holdout11.tsv", "match_queries_holdout12.tsv",
                                  "match_queries_holdout13.tsv", "match_queries_holdout14.tsv",
                                  "match_queries_holdout15.tsv", "match_queries_holdout16.tsv",
                                  "match_queries_holdout17.tsv", "match_queries_holdout18.tsv",
                                  "match_queries_holdout19.tsv", "match_queries_holdout20.tsv",
                                  "match_queries_holdout21.tsv", "match_queries_holdout22.tsv",
                                  "match_queries_holdout23.tsv", "match_queries_holdout24.tsv",
                                  "match_queries_holdout25.tsv", "match_queries_holdout26.tsv",
                                  "match_queries_holdout27.tsv", "match_queries_holdout28.tsv",
                                  "match_queries_holdout29.tsv", "match_queries_holdout30.tsv",
                                  "match_queries_holdout31.tsv", "match_queries_holdout32.tsv",
                                  "match_queries_holdout33.tsv", "match_queries_holdout34.tsv",
                                  "match_queries_holdout35.tsv", "match_queries_holdout36.tsv",
                                  "match_queries_holdout37.tsv", "match_queries_holdout38.tsv",
                                  "match_queries_holdout39.tsv", "match_queries_holdout40.tsv",
                                  "match_queries_holdout41.tsv", "match_queries_holdout42.tsv",
                                  "match_queries_holdout43.tsv", "match_queries_holdout44.tsv",
                                  "match_queries_holdout45.tsv", "match_queries_holdout46.tsv",
                                  "match_queries_holdout47.tsv", "match_queries_holdout48.tsv",
                                  "match_queries_holdout49.tsv", "match_queries_holdout50.tsv",
                                  "match_queries_holdout51.tsv"])
def test_the_needs_written_blind_stay_found(matcher: Matcher, name: str) -> None:
    """Each set of needs written blind (eval/README.md gives each first run): what the matcher has
    learned since keeps at least 4 in 5 of them in the top three."""
    report = evaluate_queries(matcher, str(EVAL / name))
    assert report.at(3) >= 0.8, report.misses


@pytest.mark.parametrize("need, expected, refused", [
    ("我们不是找旅游合作，而是想找做工业气体的供应商", "气体", "旅游"),
    ("我们公司不做钢铁，主要做石墨烯导热膜，想找合作伙伴", "石墨烯", "钢铁"),
    ("不需要设计服务，想找苗木和绿化养护的合作方", "园林", "设计"),
    ("We don't need tourism promotion, but a supplier of industrial gases", "气体", "旅游"),
    ("Not media coverage: we want experts on growing medicinal herbs.", "中医药", "媒体"),
])
def test_what_a_need_turns_away_is_not_what_it_seeks(matcher: Matcher, need: str, expected: str, refused: str) -> None:
    """eval/match_queries_holdout36: a need that first says what it does not want (不是…而是, 不做,
    不需要, don't need) finds what it does want, and the alliance it turns away is not first."""
    [top] = match(matcher, need, kind="alliance", top=1)
    assert expected in top.name and refused not in top.name


def test_an_organisation_sharing_only_part_of_a_field_s_name_is_not_offered(matcher: Matcher) -> None:
    """A need for 工业气体 shares 工业 with every 工业大学; an organisation whose short profile shares
    nothing else is not put beside the gas alliance (with every kind asked for at once, its cosine
    over so few words outranked it). Organisations that share a field's word are still offered."""
    found = match(matcher, "我们想找工业气体供应商", top=10)
    assert found[0].name == "气体行业协同发展联盟"
    assert not [r.name for r in found if r.kind == "org"]
    assert len(match(matcher, "想找新材料领域的合作高校", kind="org", top=3)) == 3


def test_short_english_terms_are_read_as_whole_words(matcher: Matcher) -> None:
    """eval/match_queries_holdout37: terms of three letters (TCM, bus, car) stand for their fields
    when said as words of their own, with no more than a plural's ending: "tax" is not in "taxi"
    nor "taxed", "car" not in "carer", "bus" not in "business"."""
    [top] = match(matcher, "Is there a network that could send senior TCM doctors to our clinic?", kind="alliance", top=1)
    assert "中医药" in top.name
    from xietong.match.text import said_in
    assert [said_in("tax", t) for t in ("tax advisers", "taxes", "a taxi firm", "taxed goods")] == [True, True, False, False]
    assert not said_in("bus", "a business partner") and not said_in("car", "a carer")


def test_a_pinyin_input_method_s_slips_are_read_as_the_words_they_sound_as(matcher: Matcher) -> None:
    """eval/match_queries_holdout38: 石墨稀 sounds as 石墨烯 and differs from it in one character; a need
    typed so finds what the word it sounds as would, and says what it read it as. Words jieba knows
    are taken as written (实力), unless a hundred times rarer than the word they sound as (专力 for
    专利), and no slip is read across a word held whole (绿化公司 holds no 化工)."""
    [top] = match(matcher, "我们公司做石墨稀散热膜，想找下游客户", kind="alliance", top=1)
    assert "石墨烯" in top.name and any("「石墨稀」→「石墨烯」" in x for x in top.reasons)
    [top] = match(matcher, "县里的开发去想招商引资", kind="alliance", top=1)
    assert "开发区" in top.name
    from xietong.match.text import misspelt
    assert misspelt("我们有实力承接绿化公司的项目") == []
    assert [(e.written, e.means) for e in misspelt("高校专力想卖给企业转化")] == [("专力", "专利")]


def test_a_grade_of_firm_says_who_asks_not_what_is_wanted(matcher: Matcher) -> None:
    """eval/match_queries_holdout39: a 专精特新 firm (a grade firms of any industry may have) hiring
    talent for intelligent manufacturing is sent to the talent alliance, not to the chambers'
    alliance whose profile lists 专精特新."""
    [top] = match(matcher, "专精特新企业想招聘智能制造方面的高端人才", kind="alliance", top=1)
    assert "人才" in top.name


def test_the_alliance_speaking_of_everything_asked_comes_before_one_speaking_of_part(matcher: Matcher) -> None:
    """eval/match_queries_holdout36: a materials student wanting to study at a Tianjin university asks
    for two things, materials and a university; the materials schools' alliance speaks of both, the
    universities' think tank of one, and TF-IDF's cosine had put the shorter profile a hair first."""
    [top] = match(matcher, "材料专业的研究生想去天津的高校交流学习，有没有渠道？", kind="alliance", top=1)
    assert "材料学院" in top.name


def test_a_need_naming_one_thing_is_scored_as_before(matcher: Matcher) -> None:
    """What is asked is counted only when there are two things or more: a need for one is met
    alike by every profile speaking of it, and its scores are the text's cosine alone."""
    scored = {r.name: r for r in match(matcher, "石墨烯", kind="alliance", top=3)}
    raw = matcher.alliances.scores(textmod.expand(textmod.reading("石墨烯"))[0])
    top = scored["中关村华清石墨烯产业技术联盟"]
    assert top.components["text"] == pytest.approx(float(raw.max()))


@pytest.mark.parametrize("need, expected", [
    ("天津一家汽车零部件企业想找北京的研发合作", "协同创新"),  # 研发合作 as 合作研发 was
    ("合作社的地越种越薄，想请专家测土配方", "土肥水"),
    ("动漫公司想把原创形象授权出去做衍生品", "文化"),
    ("电池厂想试用新型导电添加剂提高快充性能", "石墨烯"),
    ("做服装的小厂想把货卖到东南亚的网上商城", "跨境电商"),
    ("想开一条从北京南站直达白洋淀景区的旅游班车", "直通车"),
    ("An engineering graduate wants to start a business in high-end equipment", "人才"),
    ("影视公司想找投资方拍一部京津冀题材的电视剧", "文化产业"),  # holdout41: film and television are culture too
    ("想开通北京到蓟州的周末观光专车", "直通车"),
    ("留学回国的博士想来天津创业", "人才"),
    ("半导体厂需要高纯电子特气", "气体"),
    ("想请专家给市里的产业布局出个主意", "智库"),
    ("Our auto parts firm in Tianjin is looking for joint R&D with Beijing", "协同创新"),  # holdout42: in English
    ("Our county chamber wants to connect with chambers in Beijing and Tianjin", "商会"),
    ("An evening paper wants to co-produce features with papers in nearby cities", "媒体"),
    ("A battery maker wants a new conductive additive for fast charging", "石墨烯"),
    ("A garment workshop wants to sell on online marketplaces in Southeast Asia", "跨境电商"),
    ("旅游景区想和客运公司合作开通接驳车", "直通车"),  # holdout43: a shuttle from a station to a scenic spot
    ("持有闲置土地的国有公司想公开招租", "产权市场"),  # leasing assets out openly, as exchanges do
    ("想在網路商店把產品賣到東南亞", "跨境电商"),  # holdout44: Taiwan's words, read as the mainland's
    ("想包遊覽車從北京到承德避暑山莊", "直通车"),
    ("動畫公司想把角色授權做周邊商品", "文化产业"),
    ("研究中心想和大學合作做京津冀政策評估", "智库"),
    ("Our startup wants a university lab to co-develop a prototype with us", "协同创新"),  # holdout47
    ("A trade association in Hebei wants to link up with business groups in Beijing", "商会"),
    ("A scenic spot wants a regular coach route from central Beijing", "直通车"),
    ("A city wants help with tree planting and park maintenance", "园林"),
    ("A chip fab needs a reliable supply of high-purity specialty gases", "气体"),
    ("企业想引进一批有经验的焊工和电工", "人才"),  # holdout48: welders and electricians to hire
])
def test_words_for_kinds_of_co_operation_find_their_alliance(matcher: Matcher, need: str, expected: str) -> None:
    """eval/match_queries_holdout40, 41 and 26: R&D co-operation, soil testing, a character's licence,
    a conductive additive, an online mall, a tour's shuttle, high-end equipment in English, a TV
    series, a returning scholar's start-up, electronic special gases, advice on an industry's layout."""
    [top] = match(matcher, need, kind="alliance", top=1)
    assert expected in top.name


def test_research_and_development_asked_of_universities_is_industry_university_research(matcher: Matcher) -> None:
    """eval/match_queries_holdout46: a firm wanting universities to do R&D with it (找高校一起做研发, or R&D
    in English) is sent to the 产学研 alliance, not to a universities' think tank that shares only 高校;
    a university asking names no university it wants, so its own R&D is read as before."""
    for need in ("想找高校一起做R&D，最好是工科院校", "企业想和大学一起搞研发"):
        [top] = match(matcher, need, kind="alliance", top=1)
        assert top.name == "协同创新联盟", need
    _, said = textmod.expand(textmod.reading(textmod.without_asker_kind("北京一所高校想找企业转化研发成果")))
    assert "产学研" not in [e.means for e in said]


def test_research_results_to_be_turned_into_products_mean_technology_transfer(matcher: Matcher) -> None:
    """科研成果 … 转化 is how users write a technology-transfer need."""
    [top] = match(matcher, "高校的科研成果想找企业转化", kind="alliance", top=1)
    assert "技术转移" in top.name


def test_to_develop_a_product_is_not_a_development_zone(matcher: Matcher) -> None:
    """开发 the verb (eval/match_queries_holdout5, stop 22: 开发文创产品) says nothing of a field;
    开发区, the seed's field for parks, still does."""
    names = [r.name for r in match(matcher, "我们想和高校联合开发新型节能产品", kind="alliance", top=3)]
    assert "开发区创新发展联盟" not in names
    [top] = match(matcher, "天津的一个开发区想承接北京转移的项目", kind="alliance", top=1)
    assert top.name == "开发区创新发展联盟"


@pytest.mark.parametrize("need, expected", [
    ("我们做直播带货，想把土特产卖到海外", "跨境电商"),
    ("工厂需要稳定的氧气和氮气供应", "气体"),
    ("一家报社想和周边城市一起做协同发展主题报道", "媒体"),
    ("研究所的一批成果想找企业落地", "技术转移"),  # holdout11: results (成果) to be put to use
    ("我们厂做外贸，想在亚马逊上开网店", "跨境电商"),  # holdout15: foreign trade and Amazon
    ("公司想转让一块闲置的土地使用权", "产权"),  # holdout15: land-use rights to sell
    ("我们想参与一家国有企业的股权并购", "产权"),  # holdout16: equity and mergers
    ("我们镇想吸引外地企业来投资办厂", "开发区"),  # holdout17: firms to come and build factories
    ("一家企业想和大学联合攻关关键材料", "协同创新"),  # joint research (攻关) with a university
    ("一家气体公司想向医院供应医用氧", "气体"),  # holdout18: medical oxygen
    ("一家国企想推进混合所有制改革", "产权"),  # a state firm's mixed-ownership reform
    ("旅游部门想组织一场城市旅游推介会", "营销"),  # holdout34: a promotion event (推介会) is marketing
])
def test_everyday_words_for_a_field(matcher: Matcher, need: str, expected: str) -> None:
    """eval/match_queries_holdout10 and 11 (stop 25): selling abroad by live streams is cross-border
    e-commerce, oxygen and nitrogen are industrial gases, a newspaper asking is of the media, and
    results (成果) to be put to use are technology transfer; holdout15 and 16 (stop 27): foreign trade
    and Amazon are cross-border e-commerce, land-use rights and equity are property rights."""
    [top] = match(matcher, need, kind="alliance", top=1)
    assert expected in top.name


@pytest.mark.parametrize("need, expected", [
    ("Our village cooperative wants to restore its saline-alkali farmland", "土肥水"),
    ("We build waste heat recovery systems for factories", "节能"),
    ("一个县想治理大片盐碱地", "土肥水"),
    ("We want to license our patent to a manufacturer", "技术转移"),  # holdout13: patent → 专利 → 技术转移
    ("工厂想做余热回收利用", "节能"),  # holdout13: recovering waste heat saves energy
    ("降低钢铁生产能耗", "钢铁"),
    ("A symphony orchestra from Tianjin wants to play in Beijing", "交响乐"),  # holdout14
    ("We run a science park and want tenants from Beijing", "开发区"),
    ("Our factory wants to export its products to overseas markets", "跨境电商"),
    ("A county wants firms to open plants in its industrial zone", "开发区"),  # holdout15
    ("Scholars want to do policy research on coordinated development", "智库"),
    ("A television station wants to share news footage", "媒体"),  # holdout16
    ("We sell handicrafts abroad on an online platform", "跨境电商"),
    ("A clinic wants to offer acupuncture", "中医药"),  # holdout17
    ("A nursery wants buyers for its shrubs", "园林"),  # holdout18
    ("We hold cycling races every spring", "体育"),
    ("A blast furnace operator wants to use less coke", "钢铁"),  # holdout19
    ("We supply nitrogen and argon to factories", "气体"),
    ("We want to sell state-owned shares on an exchange", "产权"),
    ("A landscape design firm wants park projects", "园林"),  # not 设计: "design" is inside the longer term
    ("A travel agency runs coach tours to Chengde", "直通车"),  # holdout20
    ("Our sinter plant wants to cut its energy use", "钢铁"),  # the asker's plant is of the steel industry
    ("旅行社想开通到承德的旅游专线", "直通车"),  # holdout21
    ("我们要建液氮储罐", "气体"),
    ("研究所想做碳纳米管导电材料", "石墨烯"),  # holdout22: carbon nanomaterials, graphene among them
    ("一家炼焦企业想减少焦炉煤气放散", "钢铁"),  # holdout23: coking is the steel industry's
    ("村里想把集体林地的经营权流转出去", "产权"),
    ("A power station wants heat recovery from its flue gas", "节能"),
    ("A fashion label wants cross-border sales", "跨境电商"),
    ("选矿厂想处理尾矿", "节能"),  # holdout24: tailings are solid waste, recycled
    ("国企想公开挂牌出售一处厂房", "产权"),
    ("A rolling mill wants to cut the energy it uses per tonne", "钢铁"),  # "per" is no word of a field
    ("饮料厂想采购二氧化碳", "气体"),  # holdout25
    ("化工厂想做污水深度处理", "节能"),  # what it wants, not the asker's industry (石化)
    ("想通过海外仓卖到中东", "跨境电商"),
    ("A clinic wants to offer cupping", "中医药"),
    ("A car parts factory wants to install industrial robots", "智能制造"),  # holdout26: English as users write it
    ("A community clinic wants doctors trained in Chinese herbs", "中医药"),
    ("A chemical plant must treat its wastewater", "节能"),
    ("轧钢车间的加热炉想改用蓄热燃烧", "钢铁"),  # holdout27
    ("药企想把经典名方开发成中成药", "中医药"),
    ("想包一辆大巴去承德旅游", "直通车"),
    ("两所兄弟院校想共享科研仪器", "协同创新"),
    ("我们厂的连铸坯想降低氧化烧损", "钢铁"),  # holdout28
    ("印染厂想做中水回用改造", "节能"),
    ("想在TikTok上开海外小店卖家居用品", "跨境电商"),
    ("海归博士想在天津创办智能装备企业", "人才"),
    ("街道想把闲置空地改造成社区绿地", "园林"),  # holdout29
    ("工廠想導入雷射切割設備", "智能制造"),  # Taiwan's 雷射 is the mainland's 激光, as classification reads it
    ("想申請天津的人才補助在當地創業", "人才"),  # holdout30: Tianjin is where it wants to go, not where it is
    ("企業想和大學共同研發新產品", "协同创新"),
    ("想在蝦皮上開店賣到東南亞", "跨境电商"),
    ("A returning overseas scientist wants talent subsidies to start a company in Tianjin", "人才"),  # holdout31
    ("A company and a university want to apply jointly for a research grant", "协同创新"),
    ("A travel agency wants a daily shuttle bus from Beijing to the Great Wall", "直通车"),
])
def test_a_word_standing_for_another_stands_for_what_that_one_means(matcher: Matcher, need: str, expected: str) -> None:
    """eval/match_queries_holdout12 (stop 26): an English term stands for its Chinese word, and so for
    what that word means (farmland → 农田 → 农业); waste heat is energy saving, saline-alkali land a
    soil's problem. A Chinese word stands for what it is listed for alone: 降低钢铁生产能耗 is the steel
    industry's energy saving, not the wider 节能环保 that 节能减排 names."""
    [top] = match(matcher, need, kind="alliance", top=1)
    assert expected in top.name


def test_a_university_asking_is_matched_on_what_it_wants_not_on_what_it_is(matcher: Matcher) -> None:
    """eval/match_queries_holdout12 (stop 26): 北京一家高校研究所想…共建联合实验室 wants research joined
    with industry; that a university's institute asks does not put the universities' think tank first.
    A university wanted (想找高校…) is still what the need is about."""
    [top] = match(matcher, "北京一家高校研究所想和河北企业共建联合实验室", kind="alliance", top=1)
    assert "协同创新" in top.name
    [top] = match(matcher, "想找高校研究团队一起做京津冀协同发展的政策研究", kind="alliance", top=1)
    assert "高校智库" in top.name


def test_a_listing_for_transfer_means_a_property_rights_exchange(matcher: Matcher) -> None:
    """挂牌转让 (eval/match_queries_holdout4, stop 21) is what an exchange does, however the need is worded."""
    [top] = match(matcher, "我们打算挂牌转让一家子公司", kind="alliance", top=1)
    assert "产权" in top.name


def test_components_are_reported_separately(matcher: Matcher) -> None:
    [top] = match(matcher, "钢厂想降低能耗", kind="alliance", top=1)
    assert top.name == "钢铁行业节能减排产业技术创新联盟"
    assert set(top.components) == {"text", "province", "chain", "network", "activity", "industry"}
    weights = {"text": 0.6, "province": 0.15, "chain": 0.1, "network": 0.1, "activity": 0.05, "industry": 0.15}
    assert top.score == pytest.approx(sum(weights[k] * v for k, v in top.components.items()))


def test_an_alliance_of_the_asker_s_own_industry_comes_first_and_says_so(matcher: Matcher) -> None:
    """Who asks, named before what is wanted (一家钢厂想…, eval/match_queries_holdout6), is the asker's
    industry: the steel alliance leads, though another matches the energy words as well."""
    found = match(matcher, "我们是一家钢铁企业，想减少污染和能耗", kind="alliance", top=3)
    assert found[0].name == "钢铁行业节能减排产业技术创新联盟" and found[0].components["industry"] == 1.0
    assert "与您同属钢铁行业" in found[0].reasons
    assert all(r.components["industry"] == 0.0 for r in found[1:])
    [en] = match(matcher, "我们是一家钢铁企业，想减少污染和能耗", kind="alliance", top=1, lang="en")
    assert "of your own industry (steel)" in en.reasons


def test_the_words_a_reason_quotes_are_quoted_as_the_reader_s_language_quotes(matcher: Matcher) -> None:
    """「能耗」→「节能」 in Chinese; “能耗”→“节能” in English, whose reader does not quote with corner brackets."""
    [zh] = match(matcher, "河北钢铁企业想降低能耗", kind="alliance", top=1)
    [en] = match(matcher, "河北钢铁企业想降低能耗", kind="alliance", top=1, lang="en")
    assert "「能耗」→「节能」" in zh.reasons[0]
    assert "“能耗”→“节能”" in en.reasons[0] and "「" not in en.reasons[0]


def test_who_asks_in_english_is_the_asker_s_industry_too(matcher: Matcher) -> None:
    """In English, who asks is "our …", "we are a …" or the need's subject, wherever it stands: waste
    heat from our steel plant puts the steel alliance first; a steel company wanted is no asker."""
    [top] = match(matcher, "We want to recycle waste heat from our steel plant", kind="alliance", top=1, lang="en")
    assert top.name == "钢铁行业节能减排产业技术创新联盟" and "of your own industry (steel)" in top.reasons
    found = match(matcher, "We want to license our patent to a steel company", kind="alliance", top=5)
    assert all(r.components["industry"] == 0.0 for r in found)


def test_a_university_asking_names_no_industry_of_its_own(matcher: Matcher) -> None:
    """高校 and 科研院所 work for every industry: their kind says nothing of which alliance is theirs."""
    found = match(matcher, "一所高校想找企业转化科研成果", kind="alliance", top=5)
    assert all(r.components["industry"] == 0.0 for r in found)
    assert "技术转移" in found[0].name


def test_reasons_are_true_of_the_data(matcher: Matcher) -> None:
    s = matcher.snap
    hebei_uni = "河北工业大学"
    results = match(matcher, "高校之间共享师资，和企业开展产学研合作", org=hebei_uni, top=10)
    assert results
    for r in results:
        if r.kind != "alliance":
            continue
        i = s.alliance_ids.index(r.id)
        profile = matcher.alliance_text[i]
        member_orgs = {s.org_names[o] for a, o in zip(*s.pairs, strict=True) if a == i}
        for reason in r.reasons:
            # 「A」→「B」: the need said A, which stands for B; the profile must hold B (or A itself)
            for written, meant in re.findall(r"「([^」]+)」(?:→「([^」]+)」)?", reason):
                assert (meant or written) in profile, (reason, meant or written)
            m = re.search(r"有北京成员(\d+)家", reason)
            if m:
                beijing = [o for o in member_orgs if "110000" in s.org_provinces(s.org_names.index(o))]
                assert int(m.group(1)) == len(beijing), reason
            m = re.search(r"您的合作伙伴(.+)已在该联盟", reason)
            if m:
                for name in m.group(1).split("、"):
                    assert name in member_orgs, reason
        assert hebei_uni not in member_orgs  # alliances it is already in are not proposed to join


def test_province_complementarity(matcher: Matcher) -> None:
    [r] = match(matcher, "钢铁企业节能减排", org="河北工业大学", kind="alliance", top=1)
    assert r.components["province"] > 0 and any("北京研发、津冀转化" in x for x in r.reasons)


def test_the_place_complement_counts_in_proportion_to_how_well_the_alliance_matches(matcher: Matcher) -> None:
    """eval/match_queries_holdout33: a Tianjin firm buying industrial gases is not sent first to an
    alliance that shares only the word 工业 with its need because it has a Beijing member; that
    complement counts in proportion to the alliance's text score against the best one. A region the
    user asks for counts whole, as asked."""
    results = match(matcher, "天津企业采购工业氧气、氮气", kind="alliance", top=3)
    assert "气体" in results[0].name
    best = max(r.components["text"] for r in results)
    for r in results:
        assert r.components["province"] <= r.components["text"] / best + 1e-9
    asked = match(matcher, "高校产学研合作", org="天津工业大学", region="北京", kind="alliance", top=20)
    assert {r.components["province"] for r in asked} <= {0.0, 1.0}


def test_provinces_written_a_character_each_are_places_not_a_topic(matcher: Matcher) -> None:
    """eval/match_queries_holdout32: 京津两地的高校 names two places; its 京津 is said in every
    京津冀 alliance's name, and would rank them by it."""
    results = match(matcher, "想与京津两地的高校和电池企业合作开发石墨烯导热膜", kind="alliance", top=10)
    assert results and not any("「京津」" in x for r in results for x in r.reasons)


def test_english_reasons(matcher: Matcher) -> None:
    [r] = match(matcher, "想把产品通过网购出口卖到国外", kind="alliance", top=1, lang="en")
    assert r.reasons and r.reasons[0].startswith("its profile")


@pytest.mark.parametrize("need, expected", [
    ("A steel mill wants to cut energy use and emissions", "钢铁行业节能减排"),
    ("find graphene research partners", "石墨烯"),
    ("cross-border e-commerce", "跨境电商"),
    ("we want partners in landscaping and gardens", "园林"),
    ("A chamber of commerce wants to meet business associations in Hebei", "商会"),  # one, where sectors.yaml says chambers
    ("We run coach tours around Hebei", "旅游"),
])
def test_a_need_written_in_english_finds_by_its_sectors_english_names(matcher: Matcher, need: str, expected: str) -> None:
    """An English reader may write a need in English: a sector's English name, or an English term
    sectors.yaml gives, stands for its Chinese words; the words every need has are left out, and
    pairs of Latin letters are no evidence."""
    [top] = match(matcher, need, kind="alliance", top=1)
    assert expected in top.name


def test_a_need_in_english_says_where_the_asker_is_in_english() -> None:
    from xietong.match.text import split_places

    assert split_places("tourism across Beijing and HEBEI") == ("tourism across  and ", ["Beijing", "HEBEI"])


@pytest.mark.parametrize("need, kw, message", [
    ("", {}, "empty"),
    ("很" * 10_000, {}, "10000 characters"),
    ("钢铁", {"org": "不存在的单位"}, "unknown organisation"),
    ("钢铁", {"region": "火星"}, "unknown region"),
    ("钢铁", {"kind": "planet"}, "^kind: expected alliance, org or listing"),
    ("不需要旅游合作", {}, "only what is not wanted"),
    ("We don't need tourism", {}, "only what is not wanted"),
])
def test_bad_input_gets_a_clear_message(matcher: Matcher, need: str, kw: dict, message: str) -> None:
    with pytest.raises(MatchError, match=message):
        match(matcher, need, **kw)


def test_link_prediction_beats_both_baselines_on_a_synthetic_registry(store: Store) -> None:
    from xietong.evaluation.match import link_prediction
    from xietong.synth import generate

    generate(store, alliances=200, organisations=3000, memberships=12000, seed=4)
    report = link_prediction(store, holdout=0.2, seed=1)
    ours, text, pop = (report.methods[m] for m in ("xietong", "text only", "popularity"))
    assert report.hidden > 500
    assert ours["recall@10"] > text["recall@10"] and ours["recall@10"] > pop["recall@10"], report.methods
    assert ours["mrr"] > text["mrr"] and ours["mrr"] > pop["mrr"], report.methods


def test_link_prediction_refuses_a_bad_holdout(bundled: Store) -> None:
    from xietong.evaluation.match import GoldError, link_prediction

    with pytest.raises(GoldError, match="between 0 and 1"):
        link_prediction(bundled, holdout=1.5)


def test_the_same_province_counts_only_when_asked(matcher: Matcher) -> None:
    unasked = match(matcher, "高校产学研合作", org="天津工业大学", kind="alliance", top=20)
    assert all(0.0 <= r.components["province"] <= 1.0 for r in unasked)
    asked = match(matcher, "高校产学研合作", org="天津工业大学", region="天津", kind="alliance", top=20)
    assert any(r.components["province"] == 1.0 and any("在天津市有成员" in x for x in r.reasons) for r in asked)


def test_match_for_an_organisations_profile(matcher: Matcher) -> None:
    results = match(matcher, "", org="北京市科委", kind="alliance", top=5)
    assert results  # its alliances' sectors speak for it; the alliances it is in are not proposed
    assert all(r.name not in ("技术转移协同创新联盟", "钢铁行业节能减排产业技术创新联盟") for r in results)


@pytest.mark.parametrize("need, expected", [
    ("汽车零部件厂想上马数字化车间改造", "智能制造"),
    ("Our ceramics factory wants to cut energy use in its kilns", "节能低碳"),
])
def test_a_digital_workshop_and_energy_use_are_understood(matcher: Matcher, need: str, expected: str) -> None:
    """eval/match_queries_holdout50: a digital workshop (数字化车间) is smart manufacturing; cutting energy use, in
    English, is energy saving (节能), first whatever the trade (ceramics, not steel)."""
    [first, *_] = match(matcher, need, kind="alliance", top=3)
    assert expected in matcher.snap.alliances[first.id].name


@pytest.mark.parametrize("need, expected", [
    ("农业农村局的高标准农田建设想请专家出方案", "土肥水"),  # 高标准农田: its 标准 is no standard-setting
    ("研究所想把一项发明授权给企业生产", "技术转移"),
    ("想通过竞价方式卖掉一家国有酒店", "产权"),
    ("在北京打拼的山东老乡想找个同乡组织", "商会"),
])
def test_farmland_inventions_bidding_and_fellow_provincials_are_understood(matcher: Matcher, need: str,
                                                                           expected: str) -> None:
    """eval/match_queries_holdout51: high-standard farmland (高标准农田) and its soil are 土肥水's, not standard-setting
    talent's; an invention (发明) to sell is technology transfer; bidding (竞价) for state assets is the property
    rights market's; fellow provincials (同乡, 老乡) meet in chambers of commerce."""
    [first, *_] = match(matcher, need, kind="alliance", top=3)
    assert expected in matcher.snap.alliances[first.id].name


@pytest.mark.parametrize("need", ["一家跨境电商公司想给仓库采购制冷用的液氮", "一家体育用品电商想找气体供应商给球类充气"])
def test_a_buyer_is_matched_to_what_it_buys_not_to_its_own_trade(matcher: Matcher, need: str) -> None:
    """eval/match_queries_holdout51: a firm that wants to buy (采购, 供应商) is after its suppliers' field, gases
    here; its own trade (an e-commerce firm, a sports-goods seller) is who asks, not what it wants, and is
    neither matched by its words nor reckoned as its industry. A firm that wants to do something in its own
    trade is still matched to it (一家钢厂想降低吨钢能耗: steel, above)."""
    results = match(matcher, need, kind="alliance", top=3)
    assert "气体" in matcher.snap.alliances[results[0].id].name
    assert not any("与您同属" in reason for r in results for reason in r.reasons)

