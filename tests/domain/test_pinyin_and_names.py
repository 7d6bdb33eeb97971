from desktop_crm.domain.name_matching import name_core, names_look_alike
from desktop_crm.domain.pinyin_keys import initials, keys_of_parts, sort_key


def test_names_sort_in_pinyin_order_not_code_point_order():
    names = ["上海华联超市有限公司", "北京燕京啤酒有限公司", "长沙中联重科有限公司", "阿里巴巴（中国）有限公司"]
    assert sorted(names) != sorted(names, key=sort_key)   # code points would put 上 before 北
    assert [n[:2] for n in sorted(names, key=sort_key)] == ["阿里", "北京", "长沙", "上海"]


def test_initials_for_search():
    assert initials("华为技术有限公司") == "hwjsyxgs"
    assert initials("TCL科技") == "tclkj"


def test_parts_give_the_same_keys_as_the_whole_name():
    parts = ("杭州", "恒达", "精密机械", "有限公司")
    assert keys_of_parts(parts) == (sort_key("".join(parts)), initials("".join(parts)))


def test_near_identical_names():
    assert name_core("杭州西湖精密机械有限公司") == "杭州西湖精密机械"
    assert names_look_alike("杭州西湖精密机械有限公司", "杭州西湖精密机械股份有限公司")
    assert names_look_alike("阿里巴巴（中国）有限公司", "阿里巴巴(中国)有限公司")
    assert not names_look_alike("杭州西湖精密机械有限公司", "宁波北仑港口物流有限公司")
