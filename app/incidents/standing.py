"""Where a notice's copies stand, said one way wherever the kit says it (the incident page,
its plan, the Calendar, the top bar, the incidents list's timer, the command line).

Only `queued` and `sending` copies move by themselves. The others wait for the officer: a
copy `uncertain` (the connection broke after the server had the content: it may have it)
is settled in the Outbox (Mark sent or Send again), one `handed-off` as .eml is confirmed
there (Mark sent), one refused (`failed`, a 550) reaches its partner only another way
(Told another way…), and `held` copies are re-issued. Saying any of these as "queued" or
"sends by itself" leaves the officer waiting for something that never comes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.i18n import Msg
from app.incidents.told import OFFICER_STATES as OFFICER_STATES  # (standing → its state)
from app.incidents.told import SUPERSEDED, NoticeDelivery

# copies the officer still owes a decision once the incident is closed (closing holds the
# queued and failed ones; a held copy never goes out, so nothing is owed for it)
OWED_AFTER_CLOSING = ("uncertain", "handed-off", "refused")


def owed(
    states: Mapping[str, int], words: tuple[str, ...] = tuple(OFFICER_STATES)
) -> dict[str, int]:
    """Every standing among `words` that some of `states` (copies by outbox state) are in,
    most pressing first, with how many copies: not only the first, as `standing` says."""
    found = {word: int(states.get(OFFICER_STATES[word], 0)) for word in words}
    return {word: n for word, n in found.items() if n}


def what_to_do(word: str, count: int, *, window: bool = False) -> str:
    """What the officer does for `count` copies standing `word` (a key of OFFICER_STATES),
    in one sentence: closing refused, `incident close`, the window after closing. The
    window names its buttons (`window`), the command line its commands."""
    if window:
        return _in_window(word, count)
    if word == "held":
        return Msg.tr(
            "%n copy(-ies) held (a promise lapsed): re-issue them ('outage-kit incident reissue').",
            "",
            count,
        )
    if word == "uncertain":
        return Msg.tr(
            "%n copy(-ies) uncertain: the server may or may not have it: ask the partner, "
            "then 'outage-kit outbox settle ID --as sent' if it arrived, else '--as resend'.",
            "",
            count,
        )
    if word == "handed-off":
        return Msg.tr(
            "%n copy(-ies) handed off as webmail or .eml: once sent, confirm it ('outage-kit "
            "outbox settle ID --as sent').",
            "",
            count,
        )
    return Msg.tr(
        "%n copy(-ies) refused by the server, and sending it again will not help: tell "
        "that partner another way, then record it ('outage-kit incident told').",
        "",
        count,
    )


def _in_window(word: str, count: int) -> str:
    """`what_to_do` in the window's words: its buttons, no commands."""
    if word == "held":
        return Msg.tr("%n copy(-ies) held (a promise lapsed): re-issue them (Re-issue).", "", count)
    if word == "uncertain":
        return Msg.tr(
            "%n copy(-ies) uncertain: the server may or may not have it: ask the partner, "
            "then in the Outbox choose Mark sent if it arrived, else Send again.",
            "",
            count,
        )
    if word == "handed-off":
        return Msg.tr(
            "%n copy(-ies) handed off as webmail or .eml: once sent, confirm it in the Outbox "
            "(Mark sent).",
            "",
            count,
        )
    return Msg.tr(
        "%n copy(-ies) refused by the server, and sending it again will not help: tell "
        "that partner another way, then record it with Told another way.",
        "",
        count,
    )


def owed_text(copies: Mapping[str, Sequence[str]], *, window: bool = False) -> str:
    """The copies a closed incident still owes the officer (`IncidentService.
    owed_after_closing`): how many, then per standing what to do (`window`: in the window's
    words) and which copies; "" when none."""
    total = sum(len(names) for names in copies.values())
    if not total:
        return ""
    said = [Msg.tr("%n message(s) still wait for you:", "", total)]
    for word, names in copies.items():
        said.append("  - " + what_to_do(word, len(names), window=window))
        said += [f"      {name}" for name in names]
    return "\n".join(said)


def standing(found: NoticeDelivery | None) -> str:
    """'delivered'; 'queued' while a copy of a partner not told yet still moves by itself
    (or nothing is known of it yet); else what the officer must do for the untold partners:
    'held', 'uncertain', 'handed-off' or 'refused', the most pressing; or 'superseded' when
    nothing: a later notice reached them. Partners told by another path count as told: their
    leftover copies (an SMS after the e-mail) say nothing."""
    if found is None:
        return "queued"
    if found.delivered:
        return "delivered"
    return next(iter(found.standings()), "queued")


def still_moving(found: NoticeDelivery | None) -> bool:
    """The copies of partners not told yet all move by themselves ('queued'), none of them
    refused: a refused copy waits for the officer, and a heading of 'queued' hid it."""
    return standing(found) == "queued" and not (found is not None and found.owed("failed"))


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
            "{told} of {all} told, %n uncertain: settle in the Outbox",
            "",
            found.partners_in("uncertain"),
        ).format(told=told, all=everyone)
    if word == "handed-off":
        return Msg.tr("handed off, {told} of {all} told: Mark sent in the Outbox").format(
            told=told, all=everyone
        )
    if word == "refused":
        return Msg.tr(
            "{told} of {all} told, %n refused: Told another way", "", found.partners_in("refused")
        ).format(told=told, all=everyone)
    if word == "superseded":
        return Msg.tr(
            "{told} of {all} told, the others had a later notice (%n older copy(-ies) not sent)",
            "",
            found.owed(SUPERSEDED),  # the others' copies (a held one a later notice passed)
        ).format(told=told, all=everyone)
    if told:
        return Msg.tr("queued, {told} of {all} told").format(told=told, all=everyone)
    return Msg.tr("queued")


def standing_short(found: NoticeDelivery | None, stage: str) -> str:
    """The top bar's and the incidents list's few words for a notice not delivered
    (`stage` in the kit's language, lower case), or "" when it moves by itself. The
    officer's part comes first even while other partners' copies still move: e-mails
    handed off as .eml are not masked by SMS queued for other partners."""
    word = standing(found)
    if found is not None and word == "queued":
        word = next((w for w in found.standings() if w != "queued"), word)
    if found is None or word in ("queued", "delivered", SUPERSEDED):
        return ""
    if word == "held":
        return Msg.tr("{stage} held (its promise lapsed): re-issue it").format(stage=stage)
    if word == "uncertain":
        return Msg.tr(
            "{stage}: %n copy(-ies) uncertain, maybe not received: settle in the Outbox",
            "",
            found.owed("uncertain"),
        ).format(stage=stage)
    if word == "handed-off":
        return Msg.tr("{stage} handed off as .eml, not confirmed sent").format(stage=stage)
    # partners not told: every one the notice still owes, as the list, the page's counts and
    # the top bar say it (a partner whose copy is only queued is not told either)
    refused = found.partners_in("refused")
    if refused == found.owing:
        return Msg.tr(
            "{stage}: %n partner(s) not told, copy refused: phone them, then Told another way",
            "",
            refused,
        ).format(stage=stage)
    return Msg.tr(
        "{stage}: %n partner(s) not told, {refused} of them refused: phone those, then Told "
        "another way",
        "",
        found.owing,
    ).format(stage=stage, refused=refused)


def next_steps(found: NoticeDelivery | None, refused: Sequence[str] = ()) -> str:
    """What the officer does for the partners not told yet, per standing that waits for
    them ('refused: phone Beta Telecom, then Told another way': `refused` names whom, the
    partners' organisations, never their addresses), "" when the kit moves it by itself or
    it is delivered: `incident show`'s line under each notice."""
    if found is None or found.delivered:
        return ""
    steps = {
        "held": Msg.tr("held: re-issue once the path works"),
        "uncertain": Msg.tr("uncertain: ask the partner, then Mark sent or Send again (Outbox)"),
        "handed-off": Msg.tr("handed off: Mark sent in the Outbox once it left"),
        "refused": Msg.tr("refused: phone {partners}, then Told another way").format(
            partners=", ".join(refused)
        )
        if refused
        else Msg.tr("refused: phone them, then Told another way"),
    }
    return "; ".join(steps[word] for word in found.standings() if word in steps)
