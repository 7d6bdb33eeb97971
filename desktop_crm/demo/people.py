"""Realistic sample customers for `desktop-crm demo`: Chinese names, addresses and valid codes.

Names are built from parts, and each card is returned with its name's parts so the loader can read
the pinyin of each part once (see ``domain.pinyin_keys.keys_of_parts``).
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from desktop_crm.domain.customer_card import INFO_SOURCES
from desktop_crm.domain.validators import id_check_char, uscc_check_char

# city → (province, division code, area code, districts)
CITIES = {
    "杭州": ("浙江省", "330106", "0571", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区")),
    "宁波": ("浙江省", "330203", "0574", ("海曙区", "江北区", "鄞州区", "北仑区")),
    "苏州": ("江苏省", "320505", "0512", ("姑苏区", "吴中区", "相城区", "工业园区")),
    "无锡": ("江苏省", "320214", "0510", ("梁溪区", "滨湖区", "新吴区")),
    "南京": ("江苏省", "320104", "025", ("玄武区", "秦淮区", "鼓楼区", "江宁区")),
    "上海": ("上海市", "310104", "021", ("徐汇区", "浦东新区", "闵行区", "嘉定区", "静安区")),
    "北京": ("北京市", "110108", "010", ("海淀区", "朝阳区", "丰台区", "大兴区")),
    "广州": ("广东省", "440106", "020", ("天河区", "越秀区", "番禺区", "白云区")),
    "深圳": ("广东省", "440305", "0755", ("南山区", "福田区", "宝安区", "龙岗区")),
    "东莞": ("广东省", "441900", "0769", ("长安镇", "虎门镇", "松山湖")),
    "成都": ("四川省", "510107", "028", ("武侯区", "锦江区", "高新区", "双流区")),
    "重庆": ("重庆市", "500112", "023", ("渝北区", "江北区", "九龙坡区")),
    "武汉": ("湖北省", "420106", "027", ("武昌区", "江汉区", "洪山区", "东西湖区")),
    "长沙": ("湖南省", "430104", "0731", ("岳麓区", "芙蓉区", "雨花区")),
    "郑州": ("河南省", "410105", "0371", ("金水区", "二七区", "中原区")),
    "西安": ("陕西省", "610113", "029", ("雁塔区", "碑林区", "未央区")),
    "青岛": ("山东省", "370212", "0532", ("崂山区", "市南区", "黄岛区")),
    "济南": ("山东省", "370102", "0531", ("历下区", "槐荫区", "天桥区")),
    "合肥": ("安徽省", "340104", "0551", ("蜀山区", "包河区", "庐阳区")),
    "福州": ("福建省", "350102", "0591", ("鼓楼区", "台江区", "仓山区")),
    "厦门": ("福建省", "350203", "0592", ("思明区", "湖里区", "集美区")),
    "天津": ("天津市", "120116", "022", ("滨海新区", "和平区", "南开区")),
    "沈阳": ("辽宁省", "210102", "024", ("和平区", "沈河区", "浑南区")),
    "昆明": ("云南省", "530102", "0871", ("五华区", "盘龙区", "官渡区")),
}
BRAND_CHARS = ("华", "鑫", "恒", "泰", "盛", "达", "宏", "远", "瑞", "丰", "金", "源", "信", "诚", "嘉",
               "博", "天", "海", "光", "明", "新", "宇", "正", "德", "利", "通", "安", "康", "永", "兴",
               "昌", "隆", "顺", "和", "发", "锦", "润", "联", "合", "创", "立", "凯", "卓", "汇", "佳")
# trade word → industry on the card
TRADES = {
    "精密机械": "通用设备制造", "机械制造": "通用设备制造", "电子科技": "电子信息", "纺织印染": "纺织业",
    "化工": "化学原料和化学制品", "食品": "食品制造", "建材": "建筑材料", "物流": "交通运输",
    "医疗器械": "医药制造", "五金制品": "金属制品", "塑料制品": "橡胶和塑料制品", "服饰": "纺织服装",
    "家具": "家具制造", "汽车配件": "汽车制造", "包装材料": "造纸和纸制品", "贸易": "批发和零售",
    "电气设备": "电气机械和器材", "新能源科技": "电力热力", "仪器仪表": "仪器仪表制造",
    "供应链管理": "租赁和商务服务", "建筑工程": "建筑业", "信息技术": "软件和信息技术服务",
}
LEGAL_FORMS = ("有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司")
ROADS = ("人民路", "解放路", "建设路", "中山路", "文化路", "长江路", "黄河路", "新华路", "科技路", "创业大道",
         "工业园路", "滨江大道", "朝阳路", "学院路", "东风路", "光明路")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
            "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹")
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "霞", "平", "刚", "桂英", "建国", "建华", "志强", "海燕", "晓东", "雪梅", "文博", "子涵")
TITLES = ("总经理", "采购经理", "财务主管", "办公室主任", "销售总监", "副总经理", "采购专员", "厂长")
BANKS = ("中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "浙商银行",
         "兴业银行")
EDUCATION = ("大专", "本科", "硕士", "高中", "MBA")
REMARKS_SALES = ("销售稳定，近三年年均增长约一成", "旺季集中在三、四季度", "近期订单减少，需关注",
                 "新开拓的华东市场增长较快")
REMARKS_RELATION = ("合作多年，配合度高", "付款及时，沟通顺畅", "对价格较敏感", "重视交期和质量")
ROSTER_WEIGHTS = (("普通公司", 70), ("交易伙伴", 15), ("特殊公司", 8), ("政府机构", 7))
GRADE_WEIGHTS = (("A", 10), ("B", 25), ("C", 40), ("D", 25))
CREDIT_WEIGHTS = (("优秀", 20), ("良好", 45), ("一般", 28), ("风险", 7))
IMPORTANCE_WEIGHTS = (("一般", 70), ("重要", 22), ("特殊", 8))
STATE_WEIGHTS = (("往来", 80), ("潜在", 14), ("不良", 4), ("已清除", 2))
OWNERSHIP_WEIGHTS = (("私营", 60), ("股份制", 15), ("国有", 8), ("外商投资", 7), ("集体", 4),
                     ("港澳台投资", 3), ("其他", 3))
TYPES = ("生产厂家", "批发商", "零售商", "代理商", "终端用户")
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: eight characters and its check character."""
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body8, ORG_CODE_WEIGHTS))
    check = 11 - total % 11
    return body8 + ("X" if check == 10 else "0" if check == 11 else str(check))


def make_uscc(rng: random.Random, division: str) -> str:
    body = org_code("".join(rng.choice(ORG_CODE_CHARS[:10] if i < 2 else ORG_CODE_CHARS) for i in range(8)))
    first17 = "91" + division + body
    return first17 + uscc_check_char(first17)


def make_id_number(rng: random.Random, division: str, born: date, male: bool) -> str:
    sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)   # odd for men, even for women
    first17 = f"{division}{born:%Y%m%d}{sequence:03d}"
    return first17 + id_check_char(first17)


def _phone(rng: random.Random, area: str) -> str:
    digits = 8 if len(area) == 3 else rng.choice((7, 8))
    return f"{area}-{rng.randrange(2, 9)}{rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10 ** 9):09d}"


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def enterprise(rng: random.Random, today: date) -> tuple[tuple[str, ...], dict]:
    city = rng.choice(tuple(CITIES))
    province, division, area, districts = CITIES[city]
    trade = rng.choice(tuple(TRADES))
    parts = (city, rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS), trade, rng.choice(LEGAL_FORMS))
    district = rng.choice(districts)
    address = f"{'' if province.startswith(city) else province}{city}市{district}{rng.choice(ROADS)}{rng.randrange(1, 999)}号"
    founded = _day(rng, date(1990, 1, 1), today - timedelta(days=400))
    since = _day(rng, founded, today)
    phone = _phone(rng, area)
    contact = _person(rng)
    values = {
        "name": "".join(parts), "uscc": make_uscc(rng, division), "address": address, "phone": phone,
        "contact_name": contact, "contact_title": rng.choice(TITLES), "mobile": _mobile(rng),
        "founded_on": founded, "trading_since": since, "tax_address": address, "tax_phone": phone,
        "bank_name": f"{rng.choice(BANKS)}{city}{district.rstrip('区镇')}支行",
        "bank_account": f"{rng.randrange(10 ** 18, 10 ** 19)}",
        "industry": TRADES[trade], "ownership": _weighted(rng, OWNERSHIP_WEIGHTS), "region": province,
        "customer_type": rng.choice(TYPES), "roster": _weighted(rng, ROSTER_WEIGHTS),
        "grade": _weighted(rng, GRADE_WEIGHTS), "credit_rating": _weighted(rng, CREDIT_WEIGHTS),
        "route_region": f"{city}{district}", "route_seq": rng.randrange(1, 60),
        "importance": _weighted(rng, IMPORTANCE_WEIGHTS), "direct_export": rng.random() < 0.12,
        "state": _weighted(rng, STATE_WEIGHTS),
        # long-form sections
        "owner_name": _person(rng), "owner_education": rng.choice(EDUCATION), "owner_age": rng.randrange(32, 66),
        "legal_rep_name": _person(rng), "manager_name": contact,
        "employees": rng.choice((12, 35, 80, 150, 320, 800, 2400)),
        "annual_sales": f"{rng.randrange(200, 90000)}.00",
        "sales_now": rng.choice(REMARKS_SALES), "relations_with_us": rng.choice(REMARKS_RELATION),
    }
    values.update(_keeping(values, today))
    return parts, values


# The demo's managers (demo_archive.USERS); chosen from values already drawn, so adding these columns did
# not change any other value of a demo archive.
_MANAGERS = ("yewujingli", "yewujingli", "jingli", "")


def _keeping(values: dict, today: date) -> dict:
    """Who manages the customer, and where and when its information was collected."""
    seq = values["route_seq"]
    return {"account_manager": _MANAGERS[seq % len(_MANAGERS)], "info_source": INFO_SOURCES[seq % 3],
            "info_collected_on": min(today, values["trading_since"] + timedelta(days=seq))}


def individual(rng: random.Random, today: date) -> tuple[tuple[str, ...], dict]:
    city = rng.choice(tuple(CITIES))
    province, division, area, districts = CITIES[city]
    surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
    male = rng.random() < 0.55
    born = _day(rng, date(1955, 1, 1), date(2000, 12, 31))
    address = f"{'' if province.startswith(city) else province}{city}市{rng.choice(districts)}{rng.choice(ROADS)}" \
              f"{rng.randrange(1, 300)}号{rng.randrange(1, 30)}幢{rng.randrange(101, 2802)}室"
    mobile = _mobile(rng)
    values = {
        "name": surname + given, "id_number": make_id_number(rng, division, born, male),
        "gender": "男" if male else "女", "address": address, "phone": mobile, "mobile": mobile,
        "contact_name": surname + given, "trading_since": _day(rng, date(2012, 1, 1), today),
        "industry": "个人", "region": province, "customer_type": "终端用户", "roster": "个人顾客",
        "grade": _weighted(rng, GRADE_WEIGHTS), "credit_rating": _weighted(rng, CREDIT_WEIGHTS),
        "route_region": city, "route_seq": rng.randrange(1, 60),
        "importance": _weighted(rng, IMPORTANCE_WEIGHTS), "state": _weighted(rng, STATE_WEIGHTS),
        "income": rng.choice(("年收入约15万元", "年收入约30万元", "年收入约8万元")),
        "assets": rng.choice(("自有住房一套", "自有住房及车辆", "租房居住")),
        "debts": rng.choice(("无", "房贷约60万元", "经营贷约20万元")),
    }
    values.update(_keeping(values, today))
    return (surname, given), values
