"""Marks domain texts for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name, so labels
defined here land in the .ts files; the UI then shows them through ``QCoreApplication.translate``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
