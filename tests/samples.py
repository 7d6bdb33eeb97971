"""Realistic card values for tests (real, published credit codes; the ID number from GB 11643), and the day
the tests run on (the archive's clock is moved to it for the whole run, see conftest)."""
from datetime import date

TEST_TODAY = date(2026, 11, 23)

HUAWEI_USCC = "914403001922038216"      # 华为技术有限公司
TENCENT_USCC = "9144030071526726XG"     # 深圳市腾讯计算机系统有限公司
ALIBABA_USCC = "91330100716105852F"     # 阿里巴巴（中国）有限公司
STANDARD_ID = "11010519491231002X"      # the example in GB 11643-1999


def enterprise(**overrides) -> dict:
    values = {
        "name": "华为技术有限公司", "uscc": HUAWEI_USCC, "address": "广东省深圳市龙岗区坂田华为基地",
        "phone": "0755-28780808", "contact_name": "张伟", "contact_title": "采购经理", "mobile": "13826541234",
        "founded_on": "1987-09-15", "trading_since": "2012-03-01", "tax_address": "深圳市龙岗区坂田华为基地",
        "tax_phone": "0755-28780808", "bank_name": "中国工商银行深圳布吉支行", "bank_account": "4000027309200123456",
        "industry": "电子信息", "ownership": "私营", "region": "广东省", "customer_type": "生产厂家",
        "roster": "交易伙伴", "grade": "A", "credit_rating": "优秀", "route_region": "深圳龙岗", "route_seq": "3",
        "importance": "重要", "direct_export": True, "state": "往来",
        "owner_name": "任正非", "employees": "207000", "annual_sales": "70420000",
        "relations_with_us": "合作多年，付款及时",
    }
    values.update(overrides)
    return values


def individual(**overrides) -> dict:
    values = {
        "name": "周晓梅", "id_number": STANDARD_ID, "gender": "女", "address": "北京市朝阳区建国路88号3幢1201室",
        "phone": "13901234567", "mobile": "13901234567", "trading_since": "2019-06-18", "roster": "个人顾客",
        "importance": "一般", "state": "往来", "income": "年收入约30万元",
    }
    values.update(overrides)
    return values
