"""Regions: every name form resolves to its GB/T 2260 code; unknowns are refused."""

import pytest

from xietong import regions


@pytest.mark.parametrize(
    "text, code",
    [("北京", "110000"), ("京", "110000"), ("Beijing", "110000"), ("天津市", "120000"), ("津", "120000"),
     ("冀", "130000"), ("晋", "140000"), ("蒙", "150000"), ("内蒙古", "150000"), ("石家庄", "130100"),
     ("廊坊市", "131000"), ("雄安新区", "133100"), ("张家口(崇礼)", "130700"), ("天津（北辰区）", "120000"),
     ("粤", "440000"), ("上海", "310000"), ("110000", "110000")],
)
def test_names_and_short_forms_resolve(text: str, code: str) -> None:
    assert regions.resolve(text).code == code


@pytest.mark.parametrize("text, code", [
    ("海淀区", "110000"), ("延庆区", "110000"), ("南开区", "120000"), ("河北区", "120000"),  # a district of Tianjin
    ("北京市朝阳区", "110000"), ("天津市和平区", "120000"), ("石家庄市长安区", "130100"),  # a place and its district
    ("河北省石家庄市", "130100"), ("河北唐山", "130200"), ("河北省雄安新区", "133100"),  # the more precise of the two
    ("江苏省苏州市", "320000"),  # a province kept at province level: the province
])
def test_places_written_with_their_districts(text: str, code: str) -> None:
    assert regions.resolve(text).code == code


@pytest.mark.parametrize("text", ["朝阳区", "和平区", "通州区", "北京大学", "河北工业", "北京朝阳"])
def test_names_shared_with_other_places_or_not_places_are_refused(text: str) -> None:
    """朝阳区, 和平区 and 通州区 are districts of other cities too; 北京大学 names no place."""
    with pytest.raises(regions.UnknownRegion):
        regions.resolve(text)


@pytest.mark.parametrize("text, code", [
    ("绍兴", "330000"), ("宜昌市", "420000"), ("遵义", "520000"), ("赣州", "360000"), ("柳州市", "450000"),
    ("大庆", "230000"), ("鞍山", "210000"), ("恩施州", "420000"), ("兴安盟", "150000"), ("喀什", "650000"),
    ("台州", "330000"), ("泰州", "320000"), ("湖北省宜昌市", "420000"),
])
def test_every_province_s_cities_resolve_to_it(text: str, code: str) -> None:
    """A province kept at province level is still named by any of its prefecture-level cities (a
    founding in 绍兴 is one in Zhejiang), not only by its capital and best-known cities."""
    assert regions.resolve(text).code == code


@pytest.mark.parametrize("text, code", [
    ("正定", "130100"), ("河北正定", "130100"), ("三河", "131000"), ("河北三河燕郊", "131000"), ("安国", "130600"),
    ("黄骅", "130900"), ("定州", "130600"), ("雄县", "133100"),
])
def test_hebei_s_county_level_places_resolve_to_their_prefecture(text: str, code: str) -> None:
    """Hebei goes down to its prefectures: a founding in 正定 or 三河燕郊 is one in Shijiazhuang or
    Langfang, not only in Hebei; 雄县, 容城 and 安新 are Xiong'an's."""
    assert regions.resolve(text).code == code


@pytest.mark.parametrize("text, code", [
    ("前海", "440000"), ("顺德", "440000"), ("横琴", "440000"), ("青浦", "310000"), ("张江", "310000"),
    ("两江新区", "500000"), ("天府新区", "510000"), ("光谷", "420000"), ("大兴", "110000"), ("静海", "120000"),
])
def test_districts_and_new_areas_news_names_on_their_own_resolve(text: str, code: str) -> None:
    """A founding 在前海 or 在两江新区 is one in Guangdong or Chongqing; Beijing's and Tianjin's districts
    by their short names too. Not 临港, which is Shanghai's and Tianjin's."""
    assert regions.resolve(text).code == code
    assert regions.try_resolve("临港") is None


def test_cities_with_namesakes_are_left_out() -> None:
    """朝阳 is Liaoning's city and Beijing's district; 海南 Qinghai's prefecture and the province; 沙河
    a town of Beijing's too, and 大厂 a big factory."""
    assert regions.try_resolve("朝阳") is None and regions.resolve("海南").code == "460000"
    assert regions.try_resolve("沙河") is None and regions.try_resolve("大厂") is None


def test_hebei_has_eleven_prefecture_cities_and_xiongan() -> None:
    hebei = [r for r in regions.regions().values() if r.parent == "130000"]
    assert len(hebei) == 12
    assert {r.name for r in hebei} >= {"石家庄市", "唐山市", "廊坊市", "雄安新区"}


def test_every_province_level_division_is_present() -> None:
    assert len([r for r in regions.regions().values() if r.level == "province"]) == 34


def test_prefecture_belongs_to_its_province() -> None:
    assert regions.resolve("保定").province == "130000"


def test_unknown_region_is_refused() -> None:
    with pytest.raises(regions.UnknownRegion):
        regions.resolve("火星")


def test_clusters_are_not_only_jingjinji() -> None:
    assert regions.resolve_cluster("长三角").id == "yangtze_delta"
    assert regions.resolve_cluster("粤港澳大湾区").id == "greater_bay"
    assert set(regions.clusters()["jingjinji"].provinces) == {"110000", "120000", "130000"}


def test_province_from_name_only_when_safe() -> None:
    assert regions.province_from_name("天津工业大学").code == "120000"
    assert regions.province_from_name("京东方科技集团") is None  # a one-character short form is no prefix
    assert regions.province_from_name("长三角一体化联盟") is None


def test_a_name_is_read_for_the_longest_place_name_it_starts_with() -> None:
    """Every place name of two characters or more, and a name led by it, reads
    as the place that name stands for — the longest that fits, the first
    region listed where two share a name — as a scan of every name gives it."""
    listed = [(n, r.code) for r in regions.regions().values() for n in (r.name, *r.aliases) if len(n) >= 2 and not n.isascii()]
    longest_first = sorted(listed, key=lambda p: -len(p[0]))

    def scanned(text: str) -> str | None:
        return next((code for name, code in longest_first if text.startswith(name)), None)

    texts = [t for name, _ in listed for t in (name, f"{name}工业大学", f"{name}市科学技术委员会")]
    assert len(texts) > 100
    for text in texts:
        region = regions.province_from_name(text)
        assert (region.code if region else None) == scanned(text), text
    assert regions.code_of("河北省石家庄市") == "130100" and regions.code_of("火星") is None
