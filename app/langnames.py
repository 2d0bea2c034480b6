"""A partner language's name as the kit's language says it: "Czech" in the English kit,
"czeski" in the Polish one (issue 15: the officer reads names, not codes like "cs").

A bundle may use any language, the kit's own or not ("sv", "pt-BR"): the names of the
common ones are here (marked for translation, so Polish has its own), a region in brackets
("Portuguese (Brazil)"). A code the table does not know stays a code: the window may name
it through Qt's locale data instead (app/ui/language.py `language_label`). The core never
imports Qt, so the command line can say the same names."""

from __future__ import annotations

from app.i18n import TrContext, tr_noop


class Languages(TrContext):
    """Names of languages and regions (the context a translator sees)."""


#: ISO 639-1 code → the language's English name
NAMES: dict[str, str] = {
    "ar": tr_noop("Languages", "Arabic"),
    "be": tr_noop("Languages", "Belarusian"),
    "bg": tr_noop("Languages", "Bulgarian"),
    "bs": tr_noop("Languages", "Bosnian"),
    "ca": tr_noop("Languages", "Catalan"),
    "cs": tr_noop("Languages", "Czech"),
    "da": tr_noop("Languages", "Danish"),
    "de": tr_noop("Languages", "German"),
    "el": tr_noop("Languages", "Greek"),
    "en": tr_noop("Languages", "English"),
    "es": tr_noop("Languages", "Spanish"),
    "et": tr_noop("Languages", "Estonian"),
    "fi": tr_noop("Languages", "Finnish"),
    "fr": tr_noop("Languages", "French"),
    "ga": tr_noop("Languages", "Irish"),
    "he": tr_noop("Languages", "Hebrew"),
    "hi": tr_noop("Languages", "Hindi"),
    "hr": tr_noop("Languages", "Croatian"),
    "hu": tr_noop("Languages", "Hungarian"),
    "id": tr_noop("Languages", "Indonesian"),
    "is": tr_noop("Languages", "Icelandic"),
    "it": tr_noop("Languages", "Italian"),
    "ja": tr_noop("Languages", "Japanese"),
    "ko": tr_noop("Languages", "Korean"),
    "lt": tr_noop("Languages", "Lithuanian"),
    "lv": tr_noop("Languages", "Latvian"),
    "mk": tr_noop("Languages", "Macedonian"),
    "nb": tr_noop("Languages", "Norwegian Bokmål"),
    "nl": tr_noop("Languages", "Dutch"),
    "nn": tr_noop("Languages", "Norwegian Nynorsk"),
    "no": tr_noop("Languages", "Norwegian"),
    "pl": tr_noop("Languages", "Polish"),
    "pt": tr_noop("Languages", "Portuguese"),
    "ro": tr_noop("Languages", "Romanian"),
    "ru": tr_noop("Languages", "Russian"),
    "sk": tr_noop("Languages", "Slovak"),
    "sl": tr_noop("Languages", "Slovenian"),
    "sq": tr_noop("Languages", "Albanian"),
    "sr": tr_noop("Languages", "Serbian"),
    "sv": tr_noop("Languages", "Swedish"),
    "th": tr_noop("Languages", "Thai"),
    "tr": tr_noop("Languages", "Turkish"),
    "uk": tr_noop("Languages", "Ukrainian"),
    "vi": tr_noop("Languages", "Vietnamese"),
    "zh": tr_noop("Languages", "Chinese"),
}

#: ISO 3166 region code → its English name (the regions bundles give languages with)
REGIONS: dict[str, str] = {
    "AR": tr_noop("Languages", "Argentina"),
    "AT": tr_noop("Languages", "Austria"),
    "AU": tr_noop("Languages", "Australia"),
    "BE": tr_noop("Languages", "Belgium"),
    "BR": tr_noop("Languages", "Brazil"),
    "CA": tr_noop("Languages", "Canada"),
    "CH": tr_noop("Languages", "Switzerland"),
    "CN": tr_noop("Languages", "China"),
    "DE": tr_noop("Languages", "Germany"),
    "ES": tr_noop("Languages", "Spain"),
    "FI": tr_noop("Languages", "Finland"),
    "FR": tr_noop("Languages", "France"),
    "GB": tr_noop("Languages", "United Kingdom"),
    "HK": tr_noop("Languages", "Hong Kong"),
    "IE": tr_noop("Languages", "Ireland"),
    "IN": tr_noop("Languages", "India"),
    "MX": tr_noop("Languages", "Mexico"),
    "NL": tr_noop("Languages", "Netherlands"),
    "NZ": tr_noop("Languages", "New Zealand"),
    "PE": tr_noop("Languages", "Peru"),
    "PT": tr_noop("Languages", "Portugal"),
    "SE": tr_noop("Languages", "Sweden"),
    "TW": tr_noop("Languages", "Taiwan"),
    "US": tr_noop("Languages", "United States"),
}


def split_code(code: str) -> tuple[str, str]:
    """ "pt-BR", "pt_br" → ("pt", "BR"); "sv" → ("sv", ""); "sr-Latn-RS" → ("sr", "RS")."""
    language, *rest = code.replace("_", "-").split("-")
    # a script ("sr-Latn-RS": four letters) is not a region
    regions = [part for part in rest if len(part) != 4]
    return language.lower(), regions[0].upper() if regions else ""


def known_name(code: str) -> str | None:
    """The language's name in the kit's language ("Portuguese (Brazil)", "portugalski
    (Brazylia)"), or None for a language the table does not name."""
    language, region = split_code(code)
    name = NAMES.get(language)
    if name is None:
        return None
    said = Languages.tr(name)
    if not region:
        return said
    place = Languages.tr(REGIONS[region]) if region in REGIONS else region
    return Languages.tr("{language} ({region})").format(language=said, region=place)


def language_name(code: str) -> str:
    """The language's name in the kit's language; a language the table does not name is
    its code, as the bundle wrote it."""
    return known_name(code) or code
