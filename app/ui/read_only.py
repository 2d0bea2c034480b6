"""The window on a store it cannot write (its disk full, a read-only disk): a banner that
says so, what still works and what to free where; the sections that need writing show why
instead of failing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DiskFull, UserError
from app.kit import Kit
from app.paths import KitPaths
from app.store.room import ROOM_NEEDED, Room
from app.ui.section import Section

#: what works on a store that cannot be written: reading, and a notice handed out by hand
READ_ONLY_SECTIONS = frozenset(
    {"Incidents", "Calendar", "Contacts", "Templates", "Runbooks", "Reports", "Audit log"}
)
#: how often the window looks whether there is room again
CHECK_EVERY_MS = 30_000
BANNER_STYLE = "QFrame#readOnlyBanner { background: #fff3cd; border: 2px solid #b26a00; }"


def still_works() -> str:
    return QCoreApplication.translate(
        "ReadOnlyBanner",
        "Still working: incidents, contacts, runbooks, templates, the audit log, and writing "
        "a notice to copy into webmail or save as .eml files on another disk (a USB stick). "
        "Needs room, so switched off: sending, queueing, imports, backups, settings and every "
        "other change.",
    )


def headline(why: UserError, paths: KitPaths) -> str:
    if isinstance(why, DiskFull):
        return QCoreApplication.translate(
            "ReadOnlyBanner", "The disk holding {home} is full: the kit is open read-only."
        ).format(home=paths.home)
    return QCoreApplication.translate(
        "ReadOnlyBanner",
        "The kit's data folder {home} cannot be written: the kit is open read-only.",
    ).format(home=paths.home)


def what_to_free(why: UserError, room: Room) -> str:
    if not isinstance(why, DiskFull):
        return QCoreApplication.translate(
            "ReadOnlyBanner",
            "Make the folder writable again (a read-only disk or its permissions: {why}), then "
            "press Check again.",
        ).format(why=why)
    if room.free + room.backups_size >= ROOM_NEEDED:  # moving the backups would be enough
        text = QCoreApplication.translate(
            "ReadOnlyBanner",
            "Free at least {needed} on the disk at {disk} ({free} free now), for example by "
            "moving older backups from {backups} ({size}) or other large files to another "
            "disk.",
        )
    else:  # the backups are too small to help: name only what does
        text = QCoreApplication.translate(
            "ReadOnlyBanner",
            "Free at least {needed} on the disk at {disk} ({free} free now): move large files "
            "you do not need there (downloads, exports, copies of other data) to another disk, "
            "or delete them.",
        )
    said = text.format(
        needed=room.needed_text,
        disk=room.disk,
        free=room.free_text,
        backups=room.backups,
        size=room.backups_text,
    )
    return (
        said
        + " "
        + QCoreApplication.translate(
            "ReadOnlyBanner",
            "The kit looks again every 30 seconds, or press Check again; it returns to normal "
            "by itself.",
        )
    )


class ReadOnlyBanner(QFrame):
    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt; color: #7a4100;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QPushButton(QCoreApplication.translate("ReadOnlyBanner", "Check &again"))
        self.check.clicked.connect(self.check_requested.emit)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_for(self, why: UserError, paths: KitPaths, room: Room, note: str = "") -> None:
        self.title.setText(headline(why, paths))
        parts = [still_works(), what_to_free(why, room)]
        if note:
            parts.append(note)
        self.text.setText("\n".join(parts))
        self.show()


class NeedsRoomSection(Section):
    """A section that cannot work without writing, while the store is read-only."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        why = kit.read_only
        label = QLabel(
            QCoreApplication.translate(
                "ReadOnlyBanner",
                "This part of the kit needs to write to the store, and it cannot now:\n\n{why}"
                "\n\nThe banner at the top says what to free. Meanwhile a notice can still be "
                "written (New disaster notice) and handed out by webmail or as .eml files.",
            ).format(why=why)
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 12pt; color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
