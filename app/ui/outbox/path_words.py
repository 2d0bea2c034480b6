"""A delivery path's kind and settings in the officer's words: delivery.toml's keys
("modem", "reply_to", security = "none") are the bundle's spelling, not the window's."""

from __future__ import annotations

from app.i18n import TrContext, tr_noop


class PathWords(TrContext):
    """The words of the paths page, the path dialog and the path lights."""


_KINDS = {
    "smtp": tr_noop("PathWords", "SMTP server"),
    "webmail": tr_noop("PathWords", "webmail"),
    "modem": tr_noop("PathWords", "GSM modem"),
    "eml": tr_noop("PathWords", ".eml files"),
}

# a profile's settings by their field names (ModemProfile's `port` is its serial port);
# the path dialog's own labels where they say the same
_FIELDS = {
    "host": ("ProfileDialog", "Host"),
    "port": ("ProfileDialog", "Port"),
    "security": ("ProfileDialog", "Security"),
    "sender": ("ProfileDialog", "From address"),
    "username": ("PathWords", tr_noop("PathWords", "User name")),
    "reply_to": ("PathWords", tr_noop("PathWords", "Reply-To")),
    "source_address": ("PathWords", tr_noop("PathWords", "Source IP")),
    "ca_file": ("PathWords", tr_noop("PathWords", "CA file")),
    "compose_url": ("ProfileDialog", "Compose URL"),
    "baud": ("ProfileDialog", "Baud"),
}

_SECURITY = {"none": tr_noop("PathWords", "none (no TLS)"), "starttls": "STARTTLS", "tls": "TLS"}


def kind_name(kind: str) -> str:
    """'GSM modem' for "modem", in the kit's language; a kind the kit lacks as it is."""
    word = _KINDS.get(kind)
    return PathWords.tr(word) if word else kind


def setting_name(kind: str, key: str) -> str:
    """The label of a profile's field `key` ('From address' for "sender")."""
    from app.i18n import translate

    if kind == "modem" and key == "port":
        return translate("ProfileDialog", "Serial port")
    context, source = _FIELDS.get(key, ("", key.replace("_", " ")))
    return translate(context, source) if context else source


def setting_value(key: str, value: object) -> str:
    """A field's value as shown: security = "none" says there is no TLS."""
    text = str(value)
    if key == "security" and text in _SECURITY:
        return PathWords.tr(_SECURITY[text])
    return text
