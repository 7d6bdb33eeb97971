import importlib
import pkgutil

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings
from PySide6.QtTest import QAbstractItemModelTester

import desktop_crm.ui
from desktop_crm.ui.app import make_application


def _desk_models() -> list[type]:
    """Every item model the desk defines (each module of ui/ imported once)."""
    for info in pkgutil.walk_packages(desktop_crm.ui.__path__, "desktop_crm.ui."):
        importlib.import_module(info.name)
    found, todo = [], list(QAbstractItemModel.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("desktop_crm.ui."):
            found.append(cls)
    return found


DESK_MODELS = _desk_models()


@pytest.fixture(autouse=True)
def every_model_is_tested(monkeypatch):
    """Each item model made during a UI test lives under QAbstractItemModelTester, which fails the test
    on the first broken rule of Qt's model contract (rows inserted without begin/end, bad indexes …)."""
    testers = []
    for cls in DESK_MODELS:
        original = cls.__init__

        def init(self, *args, _original=original, **kwargs):
            _original(self, *args, **kwargs)
            testers.append(QAbstractItemModelTester(self, QAbstractItemModelTester.FailureReportingMode.Fatal))
        monkeypatch.setattr(cls, "__init__", init)
    yield testers


@pytest.fixture
def desk_app(qapp, tmp_path):
    """The Qt application as the desk sets it up (bundled font, Chinese UI), with settings in tmp."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return make_application("zh_CN")
