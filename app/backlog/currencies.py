"""The currencies in use: ISO 4217 List One (current currency and funds codes).

Source: Debian 12's iso-codes 4.15.0 (/usr/share/iso-codes/json/iso_4217.json, taken from
the ISO 4217 maintenance agency's list) with the changes published since, as of December
2026: HRK withdrawn (Croatia adopted the euro on 1 January 2023), ZWL replaced by ZWG
(Zimbabwe Gold, June 2024), ANG replaced by XCG (Caribbean guilder, 31 March 2025), BGN
withdrawn (Bulgaria adopted the euro on 1 January 2026). Kept as data here: the kit runs
offline. Update it from the agency's list when it changes."""

from __future__ import annotations

#: every code of List One (179), in alphabetical order
_LIST_ONE = """
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN
    BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD
    EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD
    IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL
    MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
    PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP
    STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED
    VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX
    YER ZAR ZMW ZWG
"""
ACTIVE = frozenset(_LIST_ONE.split())
#: codes withdrawn recently that an older export may still carry → the code that replaced them
WITHDRAWN = {"HRK": "EUR", "BGN": "EUR", "ZWL": "ZWG", "ANG": "XCG"}
