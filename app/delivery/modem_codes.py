"""What a modem's or the network's refusal codes mean, in words a duty officer acts on
(kept apart from the modem's own module: the outbox shows stored refusals without loading
pyserial)."""

from __future__ import annotations

from app.i18n import tr_noop

#: +CME ERROR codes a duty officer can act on (27.007 §9.2)
CME_TEXT = {
    "10": tr_noop("Msg", "no SIM card in the modem: insert one"),
    "11": tr_noop("Msg", "the SIM needs its PIN: unlock it once in the modem's own tool"),
    "12": tr_noop("Msg", "the SIM needs its PUK: it is blocked"),
    "16": tr_noop("Msg", "wrong PIN"),
    "13": tr_noop("Msg", "the SIM card failed"),
    "14": tr_noop("Msg", "the SIM is busy: try again in a moment"),
    "30": tr_noop("Msg", "no network service"),
}
#: +CMS ERROR codes that mean "the network, not this message" (27.005 §3.2.5)
CMS_NETWORK = {"330", "331", "332"}
CMS_TEXT = {
    "38": tr_noop("Msg", "network out of order"),
    "304": tr_noop("Msg", "the modem refused the text (invalid parameter)"),
    "305": tr_noop("Msg", "the modem refused the text (invalid text mode parameter)"),
    "310": tr_noop("Msg", "no SIM card"),
    "311": tr_noop("Msg", "the SIM needs its PIN"),
    "330": tr_noop("Msg", "the SMS centre address is unknown"),
    "331": tr_noop("Msg", "no network service"),
    "332": tr_noop("Msg", "network timeout"),
    "500": tr_noop("Msg", "unknown error in the modem or network"),
}
MODEM_REFUSED = tr_noop("Msg", "the modem refused")
NETWORK_REFUSED = tr_noop("Msg", "the network refused the SMS")


def explained(reply: str) -> str:
    """A +CME / +CMS refusal with its meaning, in English as the outbox stores it (shown
    translated by `app.delivery.replies.shown_reply`)."""
    code = reply.split(":", 1)[1].strip() if ":" in reply else ""
    if reply.startswith("+CME"):
        meaning = CME_TEXT.get(code, MODEM_REFUSED)
    elif reply.startswith("+CMS"):
        meaning = CMS_TEXT.get(code, NETWORK_REFUSED)
    else:
        return reply
    return f"{reply} — {meaning}"
