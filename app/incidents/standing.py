"""Where a notice's copies stand, said one way wherever the kit says it (the incident page,
its plan, the Calendar, the top bar, the incidents list's timer, the command line).

Only `queued` and `sending` copies move by themselves. The others wait for the officer: a
copy `uncertain` (the connection broke after the server had the content: it may have it)
is settled in the Outbox (Mark sent or Send again), one `handed-off` as .eml is confirmed
there (Mark sent), one refused (`failed`, a 550) reaches its partner only another way
(Told another way…), and `held` copies are re-issued. Saying any of these as "queued" or
"sends by itself" leaves the officer waiting for something that never comes."""

from __future__ import annotations

from app.i18n import Msg
from app.incidents.told import SUPERSEDED, NoticeDelivery

#: a stuck notice's standing → the outbox state that makes it so, most pressing first
OFFICER_STATES = {
    "held": "held",
    "uncertain": "uncertain",
    "handed-off": "handed-off",
    "refused": "failed",
}


def standing(found: NoticeDelivery | None) -> str:
    """'delivered'; 'queued' while any copy still moves by itself (or nothing is known of
    it yet); else what the officer must do for the rest: 'held', 'uncertain',
    'handed-off' or 'refused'; or 'superseded' when nothing: a later notice reached them."""
    if found is None:
        return "queued"
    if found.delivered:
        return "delivered"
    if not found.waiting:
        for word, state in OFFICER_STATES.items():
            if found.count(state):
                return word
        if found.count(SUPERSEDED):  # the rest had a later notice: nothing left to do
            return "superseded"
    return "queued"


def standing_words(found: NoticeDelivery | None) -> str:
    """A notice's standing in a few words, with how many partners have it: the plan on the
    incident page, the Calendar, `incident schedule`."""
    word = standing(found)
    if found is None or word == "delivered":
        return Msg.tr("delivered") if word == "delivered" else Msg.tr("queued")
    told, everyone = found.told, found.recipients
    if word == "held":
        return Msg.tr(
            "{told} of {all} told, %n message(s) held: re-issue", "", found.count("held")
        ).format(told=told, all=everyone)
    if word == "uncertain":
        return Msg.tr(
            "{told} of {all} told, %n uncertain: settle in the Outbox", "", found.count("uncertain")
        ).format(told=told, all=everyone)
    if word == "handed-off":
        return Msg.tr("handed off, {told} of {all} told: Mark sent in the Outbox").format(
            told=told, all=everyone
        )
    if word == "refused":
        return Msg.tr(
            "{told} of {all} told, %n refused: Told another way", "", found.count("failed")
        ).format(told=told, all=everyone)
    if word == "superseded":
        return Msg.tr(
            "{told} of {all} told, the others had a later notice (%n older copy(-ies) not sent)",
            "",
            found.count(SUPERSEDED),
        ).format(told=told, all=everyone)
    if told:
        return Msg.tr("queued, {told} of {all} told").format(told=told, all=everyone)
    return Msg.tr("queued")


def standing_short(found: NoticeDelivery | None, stage: str) -> str:
    """The top bar's and the incidents list's few words for a notice not delivered
    (`stage` in the kit's language, lower case), or "" when it moves by itself."""
    word = standing(found)
    if found is None or word in ("queued", "delivered", "superseded"):
        return ""
    if word == "held":
        return Msg.tr("{stage} held (its promise lapsed): re-issue it").format(stage=stage)
    if word == "uncertain":
        return Msg.tr(
            "{stage}: %n copy(-ies) uncertain, maybe not received: settle in the Outbox",
            "",
            found.count("uncertain"),
        ).format(stage=stage)
    if word == "handed-off":
        return Msg.tr("{stage} handed off as .eml, not confirmed sent").format(stage=stage)
    return Msg.tr(
        "{stage}: %n partner(s) not told, copy refused: phone them, then Told another way",
        "",
        found.untold,
    ).format(stage=stage)
