"""UI language. Source strings are Chinese (the product's language); English comes from a .qm file."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_crm.resource_files import TRANSLATIONS

_installed: list[QTranslator] = []
_current = ["zh_CN"]


def current_language() -> str:
    """The language the window shows now: zh_CN or en."""
    return _current[0]


def install_language(lang: str) -> bool:
    """Install the translation for ``lang`` ('zh_CN' needs none). True when the UI will show it."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == "zh_CN":
        _current[0] = lang
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        # Qt's own texts (Cancel, Yes, No in standard buttons and dialogs) from the translations Qt ships
        qt_texts = QTranslator()
        if qt_texts.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_texts)
            _installed.append(qt_texts)
        return True
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"archive_desk_{lang}.qm")):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _current[0] = lang
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return True


def tr_domain(context: str, text: str) -> str:
    """Translate a label defined in ``domain/`` (marked there with QT_TRANSLATE_NOOP); a marked text
    carries its own context, a stored value (such as a state read from the archive) uses ``context``."""
    from desktop_crm.domain.translatable import Text
    from desktop_crm.ui.common.messages import translated

    if isinstance(text, Text):
        return translated(text)
    return QCoreApplication.translate(context, text) if text else ""
