"""argparse's own texts (用法, 选项, the refusals of a bad command line) in Chinese, like the rest of the
command line; English under ``--lang en``. argparse looks its texts up through the module-level ``_`` it
imports from gettext; giving it our table is the one place it can be told another language."""
from __future__ import annotations

import argparse
import gettext
from collections.abc import Sequence

CHINESE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "须给出参数 %s 之一",
    "ignored explicit argument %r": "多余的值 %r 被忽略",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可用：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def language_of(argv: Sequence[str]) -> str:
    """The --lang given on the command line (before argparse has read it), else Chinese."""
    items = list(argv)
    for index, item in enumerate(items):
        if item == "--lang" and index + 1 < len(items):
            return items[index + 1]
        if item.startswith("--lang="):
            return item.split("=", 1)[1]
    return "zh_CN"


def use(lang: str) -> None:
    if lang == "en":
        argparse._ = gettext.gettext            # type: ignore[attr-defined]
    else:
        argparse._ = lambda text: CHINESE.get(text, gettext.gettext(text))   # type: ignore[attr-defined]


def own_text(text: str) -> str:
    """One of argparse's own texts in the language in use (for the few it does not look up itself, such as
    the --version help)."""
    return argparse._(text)                      # type: ignore[attr-defined]
