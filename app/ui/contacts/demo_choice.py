"""The first-run choice "Load demo data": a checkbox in the first-run dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QVBoxLayout

from app.contacts.demo import load_demo, load_demo_backlog
from app.kit import Kit
from app.store.store import Store

OBJECT_NAME = "load_demo"


def add_demo_choice(dialog: QDialog, extra: QVBoxLayout) -> QCheckBox:
    box = QCheckBox("&Load demo data (invented DEMO partners) to try every flow now")
    box.setToolTip(
        "Example.com partners in every group and language, and a DEMO backlog of quarantine "
        "records and balance snapshots. Importing a signed contact bundle replaces the partners."
    )
    box.setObjectName(OBJECT_NAME)
    extra.addWidget(box)
    return box


def demo_chosen(dialog: QDialog) -> bool:
    box = dialog.findChild(QCheckBox, OBJECT_NAME)
    return box is not None and box.isChecked()


def load_demo_into(store: Store) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    load_demo_backlog(kit)
