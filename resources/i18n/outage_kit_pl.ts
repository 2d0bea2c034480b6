<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AlertPresenter</name>
    <message>
        <source>Outage Kit</source>
        <translation>Outage Kit</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Search who / details</source>
        <translation>Szukaj: kto / szczegóły</translation>
    </message>
    <message>
        <source>Action starts with, e.g. store.</source>
        <translation>Akcja zaczyna się od, np. store.</translation>
    </message>
    <message>
        <source>Since, e.g. 2026-11-22T00:00</source>
        <translation>Od, np. 2026-11-22T00:00</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtruj</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Sprawdź łańcuch</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>✔ Audit chain intact.</source>
        <translation>✔ Łańcuch audytu nienaruszony.</translation>
    </message>
    <message>
        <source>✖ Audit chain broken: </source>
        <translation>✖ Łańcuch audytu przerwany: </translation>
    </message>
    <message>
        <source>entry {entry}: {reason}</source>
        <translation>wpis {entry}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>reference</source>
        <extracomment>stored key → its English name (translated where shown); keys not here show as stored</extracomment>
        <translation>sygnatura</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>ścieżki</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>wiadomości</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partnerzy</translation>
    </message>
    <message>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>odpowiedź</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>powiadomienie</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowa wartość</translation>
    </message>
    <message>
        <source>old</source>
        <translation>poprzednia wartość</translation>
    </message>
    <message>
        <source>was</source>
        <translation>poprzedni stan</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>zastąpiono</translation>
    </message>
    <message>
        <source>the replaced log&apos;s newest hash</source>
        <translation>najnowszy skrót zastąpionego dziennika</translation>
    </message>
    <message>
        <source>the replaced log&apos;s newest entry</source>
        <translation>najnowszy wpis zastąpionego dziennika</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ustawienie</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>identyfikator klucza</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>odcisk klucza</translation>
    </message>
    <message>
        <source>at</source>
        <translation>czas</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupy</translation>
    </message>
    <message>
        <source>services</source>
        <translation>usługi</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>języki</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>odbiorcy</translation>
    </message>
    <message>
        <source>records</source>
        <translation>rekordy</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócono</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>sygnatariusz</translation>
    </message>
    <message>
        <source>version</source>
        <translation>wersja</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incydent</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>about</source>
        <translation>dotyczy</translation>
    </message>
    <message>
        <source>action</source>
        <translation>akcja</translation>
    </message>
    <message>
        <source>announced days ahead</source>
        <translation>zapowiedź (dni wcześniej)</translation>
    </message>
    <message>
        <source>balance snapshots</source>
        <translation>migawki sald</translation>
    </message>
    <message>
        <source>buckets</source>
        <translation>kubełki</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>zmiany</translation>
    </message>
    <message>
        <source>check</source>
        <translation>sprawdzenie</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <source>local edits discarded</source>
        <translation>odrzucone zmiany lokalne</translation>
    </message>
    <message>
        <source>messages discarded</source>
        <translation>odrzucone wiadomości</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domena</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wygasł</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>wygasa</translation>
    </message>
    <message>
        <source>export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>from action</source>
        <translation>od akcji</translation>
    </message>
    <message>
        <source>statuses before</source>
        <translation>statusy przedtem</translation>
    </message>
    <message>
        <source>held</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>how</source>
        <translation>sposób</translation>
    </message>
    <message>
        <source>record ids</source>
        <translation>identyfikatory rekordów</translation>
    </message>
    <message>
        <source>closed records included</source>
        <translation>z zamkniętymi rekordami</translation>
    </message>
    <message>
        <source>new records</source>
        <translation>nowe rekordy</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>wydany</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>zachowane</translation>
    </message>
    <message>
        <source>kept in</source>
        <translation>przechowywane w</translation>
    </message>
    <message>
        <source>local contacts kept</source>
        <translation>zachowane kontakty lokalne</translation>
    </message>
    <message>
        <source>local templates kept</source>
        <translation>zachowane szablony lokalne</translation>
    </message>
    <message>
        <source>late</source>
        <translation>spóźnione</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>manifest SHA-256</source>
        <translation>SHA-256 manifestu</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>pasujące</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>new end</source>
        <translation>nowy koniec</translation>
    </message>
    <message>
        <source>old end</source>
        <translation>poprzedni koniec</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>order</source>
        <translation>kolejność</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>pochodzenie</translation>
    </message>
    <message>
        <source>copied to</source>
        <translation>skopiowano do</translation>
    </message>
    <message>
        <source>planned notice</source>
        <translation>zaplanowane powiadomienie</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>poprzednia wersja</translation>
    </message>
    <message>
        <source>Quarantine IDs</source>
        <translation>ID kwarantanny</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>powody</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>przypomnienia</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>zastępuje</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>odpowiedzi</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>wznowiony</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>search</source>
        <translation>wyszukiwanie</translation>
    </message>
    <message>
        <source>signer&apos;s role</source>
        <translation>rola sygnatariusza</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>migawka</translation>
    </message>
    <message>
        <source>staging file</source>
        <translation>plik pośredni</translation>
    </message>
    <message>
        <source>start notice</source>
        <translation>powiadomienie o rozpoczęciu</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>zapisano</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>szablony</translation>
    </message>
    <message>
        <source>through action</source>
        <translation>do akcji</translation>
    </message>
    <message>
        <source>new status</source>
        <translation>nowy status</translation>
    </message>
    <message>
        <source>undone action</source>
        <translation>cofnięta akcja</translation>
    </message>
    <message>
        <source>undone from</source>
        <translation>cofnięta z</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowane</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>keys whose values are the procedure&apos;s stored words (&quot;disaster&quot;, &quot;queued&quot;, …)</extracomment>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>BacklogSection</name>
    <message>
        <source>Backlog</source>
        <translation>Zaległości</translation>
    </message>
    <message>
        <source>Quarantine records</source>
        <translation>Rekordy w kwarantannie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Negative balances</source>
        <translation>Ujemne salda</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Made (local time)</source>
        <translation>Utworzona (czas lokalny)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Przywróć zaznaczoną…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Przywróć z pliku…</translation>
    </message>
    <message>
        <source>A backup copied to a USB stick or another folder. It is checked completely (key, every page, audit chain) before anything changes.</source>
        <translation>Kopia zapasowa skopiowana na pendrive albo do innego folderu. Zanim cokolwiek się zmieni, jest sprawdzana w całości (klucz, każda strona, łańcuch audytu).</translation>
    </message>
    <message>
        <source>Backups are encrypted with the store key, in {backups}</source>
        <translation>Kopie zapasowe są szyfrowane kluczem bazy, w folderze {backups}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Select the backup to restore first.</source>
        <translation>Najpierw zaznacz kopię do przywrócenia.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Przywracanie z pliku</translation>
    </message>
    <message>
        <source>Outage Kit backups (*{suffix});;All files (*)</source>
        <translation>Kopie zapasowe Outage Kit (*{suffix});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Replace the store with the backup {file}?

It is checked completely first (key, every page, audit chain); a file that does not pass changes nothing. The current state is kept as a backup first, so this can be undone.</source>
        <translation>Zastąpić bazę kopią zapasową {file}?

Najpierw jest sprawdzana w całości (klucz, każda strona, łańcuch audytu); plik, który nie przejdzie sprawdzenia, niczego nie zmienia. Obecny stan zostanie najpierw zapisany jako kopia zapasowa, więc można to cofnąć.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Replace the store with the backup made {time}?

Everything changed since then is replaced. The current state is kept as a backup first, so this can be undone.</source>
        <translation>Zastąpić bazę kopią zapasową z {time}?

Wszystko, co zmieniono od tego czasu, zostanie zastąpione. Obecny stan zostanie najpierw zapisany jako kopia zapasowa, więc można to cofnąć.</translation>
    </message>
</context>
<context>
    <name>BalancesPanel</name>
    <message>
        <source>A provisioning charge can drive the first-expiring bucket of a balance type below zero and move its expiry (Oracle NCC note 1308880.1). Import a balance-bucket snapshot (Account/MSISDN, Balance Type, Bucket, Value, Expiry); each import is compared with the one before.</source>
        <translation>Opłata za aktywację może zepchnąć poniżej zera najwcześniej wygasający kubełek danego typu salda i przesunąć jego ważność (nota Oracle NCC 1308880.1). Zaimportuj migawkę kubełków sald (Account/MSISDN, Balance Type, Bucket, Value, Expiry); każdy import jest porównywany z poprzednim.</translation>
    </message>
    <message>
        <source>Import snapshot…</source>
        <translation>Importuj migawkę…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>Eksportuj wyniki…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Balance type</source>
        <translation>Typ salda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Kubełek</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Expiry before</source>
        <translation>Ważność przed</translation>
    </message>
    <message>
        <source>Expiry after</source>
        <translation>Ważność po</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accounts whose total per balance type is negative&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konta z ujemną sumą w danym typie salda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets that went negative or had their expiry moved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kubełki, które zeszły poniżej zera lub miały przesuniętą ważność&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No snapshot imported yet.</source>
        <translation>Nie zaimportowano jeszcze migawki.</translation>
    </message>
    <message>
        <source>snapshot {name}</source>
        <translation>migawką {name}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niczym</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} compared with {compared}: {totals} negative total(s), {buckets} bucket finding(s).</source>
        <translation>Migawka {snapshot} porównana z {compared}: ujemne sumy: {totals}, wyniki dla kubełków: {buckets}.</translation>
    </message>
    <message>
        <source>Balance-bucket snapshot</source>
        <translation>Migawka kubełków sald</translation>
    </message>
    <message>
        <source>Snapshots (*.csv *.xlsx);;All files (*)</source>
        <translation>Migawki (*.csv *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{problem_count} row(s) of {name} were rejected: </source>
        <translation>Odrzucone wiersze z {name}: {problem_count}: </translation>
    </message>
    <message>
        <source>Negative balances</source>
        <translation>Ujemne salda</translation>
    </message>
    <message>
        <source>negative-balances.csv</source>
        <translation>ujemne-salda.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Findings written to {name}.</source>
        <translation>Wyniki zapisano do {name}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Na razie nie ma czego pokazać na wykresie.</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <source>&amp;Import contact bundle…</source>
        <translation>&amp;Importuj pakiet kontaktów…</translation>
    </message>
    <message>
        <source>Contact &amp;bundle and signers…</source>
        <translation>&amp;Pakiet kontaktów i sygnatariusze…</translation>
    </message>
    <message>
        <source>Import contact bundle</source>
        <translation>Import pakietu kontaktów</translation>
    </message>
    <message>
        <source>Signed bundles (*.zip *.minisig)</source>
        <translation>Podpisane pakiety (*.zip *.minisig)</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Przypisanie grup</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Procedury</translation>
    </message>
    <message>
        <source>Delivery paths</source>
        <translation>Ścieżki wysyłki</translation>
    </message>
    <message>
        <source>Import contact bundle — {name}</source>
        <translation>Import pakietu kontaktów — {name}</translation>
    </message>
    <message>
        <source>Verifying the signature…</source>
        <translation>Sprawdzanie podpisu…</translation>
    </message>
    <message>
        <source>Replace the contacts and templates edited on this workstation with the bundle&apos;s</source>
        <translation>Zastąp kontakty i szablony zmienione na tym stanowisku wersjami z pakietu</translation>
    </message>
    <message>
        <source>Apply bundle</source>
        <translation>Zastosuj pakiet</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>✖ Refused — this bundle was not applied</source>
        <translation>✖ Odmowa — ten pakiet nie został zastosowany</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>✔ Signature verified: signed by the trusted {role} key {key_id}</source>
        <translation>✔ Podpis zweryfikowany: podpisano zaufanym kluczem ({role}) {key_id}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; version &lt;b&gt;{version}&lt;/b&gt; (this kit has {value})&lt;br&gt;Issued {issued} · expires {expires}&lt;br&gt;Signer fingerprint {fingerprint}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; wersja &lt;b&gt;{version}&lt;/b&gt; (ten zestaw ma: {value})&lt;br&gt;Wydany {issued} · wygasa {expires}&lt;br&gt;Odcisk klucza podpisującego {fingerprint}</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>wersja {version}</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>brak pakietu</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;This bundle is already applied.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Ten pakiet jest już zastosowany.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Local edits on this workstation (kept unless you tick below)</source>
        <translation>Zmiany lokalne na tym stanowisku (zachowane, chyba że zaznaczysz poniżej)</translation>
    </message>
    <message>
        <source>tick “{box}” below before Apply</source>
        <translation>zaznacz „{box}” poniżej przed Zastosuj</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Stosowanie…</translation>
    </message>
    <message>
        <source>✖ Not applied — the previous bundle is unchanged</source>
        <translation>✖ Nie zastosowano — poprzedni pakiet pozostaje bez zmian</translation>
    </message>
</context>
<context>
    <name>BundleSettingsDialog</name>
    <message>
        <source>Contact bundle and signers</source>
        <translation>Pakiet kontaktów i sygnatariusze</translation>
    </message>
    <message>
        <source>Trusted signers (only bundles signed by these keys are applied)</source>
        <translation>Zaufani sygnatariusze (stosowane są tylko pakiety podpisane tymi kluczami)</translation>
    </message>
    <message>
        <source>Trust a {role} key file…</source>
        <translation>Zaufaj plikowi klucza ({role})…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Watched folder (e.g. a USB stick): new bundles there open by themselves</source>
        <translation>Obserwowany folder (np. pendrive): nowe pakiety otwierają się z niego same</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Przestań obserwować</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wydany</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zastosowany</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Sygnatariusz</translation>
    </message>
    <message>
        <source>Expired then</source>
        <translation>Wtedy już wygasły</translation>
    </message>
    <message>
        <source>Import contact bundle…</source>
        <translation>Importuj pakiet kontaktów…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles applied on this kit&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Pakiety zastosowane w tym zestawie&lt;/b&gt; (najnowsze najpierw)</translation>
    </message>
    <message>
        <source>key {key_id} · fingerprint {fingerprint}</source>
        <translation>klucz {key_id} · odcisk {fingerprint}</translation>
    </message>
    <message>
        <source>none pinned</source>
        <translation>brak zaufanego klucza</translation>
    </message>
    <message>
        <source>not watching any folder</source>
        <translation>żaden folder nie jest obserwowany</translation>
    </message>
    <message>
        <source>IT&apos;s {role} public key</source>
        <translation>Klucz publiczny działu IT ({role})</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Klucze publiczne minisign (*.pub)</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Zaufać temu sygnatariuszowi?</translation>
    </message>
    <message>
        <source>Key id {key_id_text}
Fingerprint {fingerprint}

Compare the fingerprint with IT (by phone, not by e-mail) before you trust it as the {role} signer. Trust it?</source>
        <translation>Identyfikator klucza {key_id_text}
Odcisk {fingerprint}

Porównaj odcisk z działem IT (telefonicznie, nie e-mailem), zanim zaufasz mu jako sygnatariuszowi ({role}). Zaufać?</translation>
    </message>
    <message>
        <source>Folder to watch for bundles</source>
        <translation>Folder obserwowany w poszukiwaniu pakietów</translation>
    </message>
</context>
<context>
    <name>BundleStatusLabel</name>
    <message>
        <source>no bundle</source>
        <translation>brak pakietu</translation>
    </message>
    <message>
        <source>No contact bundle applied yet: Kit ▸ Import contact bundle…</source>
        <translation>Nie zastosowano jeszcze pakietu kontaktów: Zestaw ▸ Importuj pakiet kontaktów…</translation>
    </message>
    <message numerus="yes">
        <source>bundle v{version} (%n day(s))</source>
        <translation>
            <numerusform>pakiet v{version} (%n dzień)</numerusform>
            <numerusform>pakiet v{version} (%n dni)</numerusform>
            <numerusform>pakiet v{version} (%n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} version {version}, issued {issued}, signed by the {role} key {key_id}</source>
        <translation>{name} wersja {version}, wydany {issued}, podpisany kluczem ({role}) {key_id}</translation>
    </message>
    <message>
        <source> · expired</source>
        <translation> · wygasł</translation>
    </message>
    <message>
        <source>. It has expired: ask IT for a fresh bundle.</source>
        <translation>. Wygasł: poproś dział IT o nowy pakiet.</translation>
    </message>
    <message>
        <source> · old</source>
        <translation> · stary</translation>
    </message>
    <message numerus="yes">
        <source>. Older than %n day(s): ask IT whether a newer one exists.</source>
        <translation>
            <numerusform>. Starszy niż %n dzień: zapytaj dział IT, czy jest nowszy.</numerusform>
            <numerusform>. Starszy niż %n dni: zapytaj dział IT, czy jest nowszy.</numerusform>
            <numerusform>. Starszy niż %n dni: zapytaj dział IT, czy jest nowszy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzedni</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następny ▶</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Wt</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Śr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Cz</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pt</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Nd</translation>
    </message>
    <message>
        <source>No planned work in these days. &apos;New planned work&apos; plans some.</source>
        <translation>Brak prac planowanych w tych dniach. „Nowe prace planowane” je planuje.</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>zapowiedziane</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>overran</source>
        <translation>przekroczone</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>announcement not delivered</source>
        <translation>zapowiedź niedoręczona</translation>
    </message>
    <message>
        <source>completion not delivered</source>
        <translation>zakończenie niedoręczone</translation>
    </message>
    <message>
        <source>cancellation not delivered</source>
        <translation>odwołanie niedoręczone</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>a planned notice (✓ delivered) · the reference&apos;s number</source>
        <translation>zaplanowane powiadomienie (✓ dostarczone) · numer sygnatury</translation>
    </message>
    <message>
        <source>announcement queued</source>
        <translation>zapowiedź w kolejce</translation>
    </message>
    <message>
        <source>announcement held</source>
        <translation>zapowiedź wstrzymana</translation>
    </message>
    <message>
        <source>completion queued</source>
        <translation>zakończenie w kolejce</translation>
    </message>
    <message>
        <source>cancellation queued</source>
        <translation>odwołanie w kolejce</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Failed:</source>
        <translation>Nieudane:</translation>
    </message>
    <message>
        <source>exit codes:
  0    done
  1    done, but the answer is no (check: not sound; outbox send: not all sent; …)
  2    not done: bad input, refused, locked, not found, busy, disk full, …
       (with --json, stdout holds {&quot;error&quot;: KIND, &quot;message&quot;: …, &quot;details&quot;: …})
  70   internal error: a bug (details in the log file)
  130  interrupted (Ctrl+C)
a reader that stops early (outage-kit … | head) ends the command quietly, exit 0.</source>
        <extracomment>global options that take a value (a separate word)</extracomment>
        <translation>kody wyjścia:
  0    wykonano
  1    wykonano, ale odpowiedź brzmi „nie” (check: baza niesprawna; outbox send: nie wszystko wysłano; …)
  2    nie wykonano: błędne dane, odmowa, blokada, nie znaleziono, zajęte, pełny dysk, …
       (z --json na stdout jest {&quot;error&quot;: RODZAJ, &quot;message&quot;: …, &quot;details&quot;: …})
  70   błąd wewnętrzny: usterka programu (szczegóły w pliku dziennika)
  130  przerwano (Ctrl+C)
czytelnik, który kończy wcześniej (outage-kit … | head), kończy polecenie po cichu, kod 0.</translation>
    </message>
    <message>
        <source>language:
  the command line (this help too) speaks the language chosen in Settings for the data
  folder (settings set language en|pl|system; &quot;system&quot;: the system&apos;s locale, LANG);
  OUTAGE_KIT_LANG=en (or pl) overrides it for one run; --json output (keys, values,
  error kinds) is the same in every language.</source>
        <translation>język:
  wiersz poleceń (także ta pomoc) mówi w języku wybranym w Ustawieniach dla folderu
  danych (settings set language en|pl|system; „system”: język systemu, LANG);
  OUTAGE_KIT_LANG=en (lub pl) zmienia go na jedno uruchomienie; wynik --json (klucze,
  wartości, rodzaje błędów) jest taki sam w każdym języku.</translation>
    </message>
    <message>
        <source>{message}. See &apos;{prog} --help&apos;.</source>
        <translation>{message}. Zobacz &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>Outage Kit: partner notices when billing or messaging fails.</source>
        <translation>Outage Kit: powiadomienia dla partnerów, gdy zawodzi billing lub przesyłanie wiadomości.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>pokaż wersję i zakończ</translation>
    </message>
    <message>
        <source>check this installation on a temporary store (exit 0 if every part works)</source>
        <translation>sprawdź tę instalację na tymczasowej bazie (kod 0, jeśli wszystko działa)</translation>
    </message>
    <message>
        <source>with --selftest: leave out the checks that need Qt (e.g. under Wine, where Qt cannot start); they are listed as skipped</source>
        <translation>z --selftest: pomiń testy wymagające Qt (np. w Wine, gdzie Qt nie startuje); są wymienione jako pominięte</translation>
    </message>
    <message>
        <source>waiting for another Outage Kit window or command that is writing to the store (a large import?), up to {seconds} s…</source>
        <translation>czekam na inne okno lub polecenie Outage Kit, które zapisuje do bazy (duży import?), najwyżej {seconds} s…</translation>
    </message>
    <message>
        <source>outage-kit: {message}</source>
        <translation>outage-kit: {message}</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>dziennik audytu</translation>
    </message>
    <message>
        <source>entries, newest first</source>
        <translation>wpisy, od najnowszych</translation>
    </message>
    <message>
        <source>ISO 8601 time (local when no zone)</source>
        <translation>czas w ISO 8601 (lokalny, gdy bez strefy)</translation>
    </message>
    <message>
        <source>only actions starting with this, e.g. store.</source>
        <translation>tylko akcje zaczynające się od tego, np. store.</translation>
    </message>
    <message>
        <source>at most this many entries (default 200)</source>
        <translation>najwyżej tyle wpisów (domyślnie 200)</translation>
    </message>
    <message>
        <source>check the hash chain (exit 0 if intact)</source>
        <translation>sprawdź łańcuch skrótów (kod 0, jeśli nienaruszony)</translation>
    </message>
    <message>
        <source>a head printed earlier (&apos;audit head&apos;, a report, a backup&apos;s .json): also prove the chain still holds it unchanged</source>
        <translation>wcześniej wypisana głowa łańcucha (&apos;audit head&apos;, raport, plik .json kopii): wykaż też, że łańcuch nadal zawiera ją bez zmian</translation>
    </message>
    <message>
        <source>the chain&apos;s newest hash: write it down or print it</source>
        <translation>najnowszy skrót łańcucha: zapisz go lub wydrukuj</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <source>{anchor} is not an anchor: give the hash &apos;outage-kit audit head&apos;, a report&apos;s footer or a backup&apos;s .json printed (its first 16 or more hex digits will do, or the whole line as printed).</source>
        <translation>{anchor} nie jest kotwicą: podaj skrót wypisany przez &apos;outage-kit audit head&apos;, stopkę raportu lub plik .json kopii zapasowej (wystarczy jego pierwsze 16 lub więcej cyfr szesnastkowych albo cała linia, tak jak ją wydrukowano).</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %n entries.</source>
        <translation>
            <numerusform>Łańcuch audytu nienaruszony: %n wpis.</numerusform>
            <numerusform>Łańcuch audytu nienaruszony: %n wpisy.</numerusform>
            <numerusform>Łańcuch audytu nienaruszony: %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source> It holds the anchor unchanged: entry {id} of {time}.</source>
        <translation> Zawiera punkt kontrolny bez zmian: wpis {id} z {time}.</translation>
    </message>
    <message>
        <source>Audit chain BROKEN:</source>
        <translation>Łańcuch audytu PRZERWANY:</translation>
    </message>
    <message>
        <source>entry {entry}: {reason}</source>
        <translation>wpis {entry}: {reason}</translation>
    </message>
    <message>
        <source>
The anchor (entry {anchor} of {anchor_time}) was taken after the backup restored on {restored} (store.restored, entry {entry}): entries after that backup are not in this store. The chain itself is sound; the replaced entries, with the anchor unchanged, are kept in {kept}.</source>
        <translation>
Kotwica (wpis {anchor} z {anchor_time}) powstała po utworzeniu kopii przywróconej {restored} (store.restored, wpis {entry}): wpisów sprzed przywrócenia, dodanych po tej kopii, nie ma w tej bazie. Sam łańcuch jest nienaruszony; zastąpione wpisy, z niezmienioną kotwicą, są zachowane w {kept}.</translation>
    </message>
    <message>
        <source>{text}
(written {at}; later check it with &apos;outage-kit audit verify --anchor {hash}&apos;)</source>
        <translation>{text}
(zapisano {at}; później sprawdź go poleceniem &apos;outage-kit audit verify --anchor {hash}&apos;)</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Dziennik audytu jest pusty.</translation>
    </message>
    <message>
        <source>signed contact bundles</source>
        <translation>podpisane pakiety kontaktów</translation>
    </message>
    <message>
        <source>make a minisign-format Ed25519 signing key pair</source>
        <translation>utwórz parę kluczy podpisujących Ed25519 w formacie minisign</translation>
    </message>
    <message>
        <source>writes PREFIX.key (keep it secret) and PREFIX.pub (for the kits)</source>
        <translation>zapisuje PREFIX.key (trzymaj go w tajemnicy) i PREFIX.pub (dla zestawów)</translation>
    </message>
    <message>
        <source>validate a source folder, pack and sign it</source>
        <translation>sprawdź folder źródłowy, spakuj go i podpisz</translation>
    </message>
    <message>
        <source>the folder of contacts and templates</source>
        <translation>folder z kontaktami i szablonami</translation>
    </message>
    <message>
        <source>the signing key (from &apos;bundle keygen&apos;)</source>
        <translation>klucz do podpisu (z &apos;bundle keygen&apos;)</translation>
    </message>
    <message>
        <source>the bundle&apos;s version number, higher than the last one&apos;s: kits refuse an older one</source>
        <translation>numer wersji pakietu, wyższy niż poprzedniego: zestawy odrzucają starszy</translation>
    </message>
    <message>
        <source>the bundle expires D days after it is built: kits then warn and ask for a fresh one (1 to 3650, default {days}; 0: it never expires)</source>
        <translation>pakiet wygasa D dni po zbudowaniu: zestawy ostrzegają wtedy i proszą o nowy (od 1 do 3650, domyślnie {days}; 0: nigdy nie wygasa)</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>plik pakietu do zapisania</translation>
    </message>
    <message>
        <source>check a bundle&apos;s signature and contents</source>
        <translation>sprawdź podpis i zawartość pakietu</translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation>plik pakietu</translation>
    </message>
    <message>
        <source>the public key it should be signed with</source>
        <translation>klucz publiczny, którym powinien być podpisany</translation>
    </message>
    <message>
        <source>pin a signer key (prints its fingerprint)</source>
        <translation>zaufaj kluczowi sygnatariusza (wypisuje jego odcisk)</translation>
    </message>
    <message>
        <source>the signer&apos;s public key file</source>
        <translation>plik klucza publicznego podpisującego</translation>
    </message>
    <message>
        <source>default: primary, then backup</source>
        <translation>domyślnie: primary, potem backup</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nie pytaj o potwierdzenie</translation>
    </message>
    <message>
        <source>remove a pinned signer key (a lost or retired key)</source>
        <translation>usuń zaufany klucz sygnatariusza (utracony lub wycofany)</translation>
    </message>
    <message>
        <source>which pinned key to remove</source>
        <translation>który przypięty klucz usunąć</translation>
    </message>
    <message>
        <source>verify, show the diff, apply all-or-nothing</source>
        <translation>zweryfikuj, pokaż różnice, zastosuj w całości albo wcale</translation>
    </message>
    <message>
        <source>the bundle file IT sent</source>
        <translation>plik pakietu przysłany przez IT</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>zastosuj bez pytania</translation>
    </message>
    <message>
        <source>replace contacts and templates edited on this workstation with the bundle&apos;s</source>
        <translation>zastąp kontakty i szablony zmienione na tym stanowisku wersjami z pakietu</translation>
    </message>
    <message>
        <source>version, signer and age of the applied bundle</source>
        <translation>wersja, sygnatariusz i wiek zastosowanego pakietu</translation>
    </message>
    <message>
        <source>the signing key&apos;s passphrase (env {KEY_PASSPHRASE_ENV}); else a prompt</source>
        <translation>hasło klucza podpisującego (zmienna {KEY_PASSPHRASE_ENV}); w przeciwnym razie pytanie</translation>
    </message>
    <message>
        <source>Passphrase for the new signing key</source>
        <translation>Hasło nowego klucza podpisującego</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Powtórz je</translation>
    </message>
    <message>
        <source>The two passphrases differ. No key was made; try again.</source>
        <translation>Podane hasła się różnią. Nie utworzono klucza; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The signing key&apos;s passphrase must be at least 12 characters long.</source>
        <translation>Hasło klucza podpisującego musi mieć co najmniej 12 znaków.</translation>
    </message>
    <message>
        <source>Public key:  {pub}
Secret key:  {secret} (keep it, and its passphrase, safe)
Key id:      {key_id_text}
Fingerprint: {fingerprint}
Pin it on each kit: outage-kit bundle trust {argument}</source>
        <translation>Klucz publiczny:  {pub}
Klucz prywatny:   {secret} (przechowuj go wraz z hasłem w bezpiecznym miejscu)
Id klucza:        {key_id_text}
Odcisk:           {fingerprint}
Dodaj go jako zaufany w każdym zestawie: outage-kit bundle trust {argument}</translation>
    </message>
    <message>
        <source>Passphrase of {name}</source>
        <translation>Hasło do {name}</translation>
    </message>
    <message>
        <source>Built {out} and {name}: {name2} version {version}, {files} files, signed by key {key_id_text}, expires {value}.</source>
        <translation>Zbudowano {out} i {name}: {name2} wersja {version}, plików: {files}, podpisano kluczem {key_id_text}, wygasa: {value}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>There is no signature {sig_path} next to the bundle.</source>
        <translation>Obok pakietu nie ma podpisu {sig_path}.</translation>
    </message>
    <message>
        <source>There is no bundle file {bundle_path}.</source>
        <translation>Nie ma pliku pakietu {bundle_path}.</translation>
    </message>
    <message>
        <source>Valid: {name} version {version}, issued {issued}, signed by key {key_id_text}; {files} files, {contacts} contacts.</source>
        <translation>Poprawny: {name} wersja {version}, wydany {issued}, podpisany kluczem {key_id_text}; plików: {files}, kontaktów: {contacts}.</translation>
    </message>
    <message>
        <source>Key id:      {key_id_text}
Fingerprint: {fingerprint}</source>
        <translation>Id klucza:   {key_id_text}
Odcisk:      {fingerprint}</translation>
    </message>
    <message>
        <source>Does IT confirm this fingerprint? Pin it as the {role} signer</source>
        <translation>Czy dział IT potwierdza ten odcisk? Dodać go jako zaufanego sygnatariusza ({role})</translation>
    </message>
    <message>
        <source>Not pinned; nothing was changed.</source>
        <translation>Nie dodano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Pinned as the {role} signer: key {key_id}
Fingerprint: {fingerprint}</source>
        <translation>Dodano jako zaufanego sygnatariusza ({role}): klucz {key_id}
Odcisk: {fingerprint}</translation>
    </message>
    <message>
        <source>No {role} signer is pinned; nothing was changed. &apos;outage-kit bundle status&apos; lists the trusted signers.</source>
        <translation>Brak zaufanego sygnatariusza ({role}); nic nie zostało zmienione. &apos;outage-kit bundle status&apos; wypisuje zaufanych sygnatariuszy.</translation>
    </message>
    <message>
        <source>Key id:      {key_id}
Fingerprint: {fingerprint}</source>
        <translation>Id klucza:   {key_id}
Odcisk:      {fingerprint}</translation>
    </message>
    <message>
        <source>Stop trusting bundles signed by this {role} key</source>
        <translation>Przestać ufać pakietom podpisanym tym kluczem ({role})</translation>
    </message>
    <message>
        <source>Not removed; nothing was changed.</source>
        <translation>Nie usunięto; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source> Bundles signed by the {role} key {key_id} are still accepted.</source>
        <translation> Pakiety podpisane kluczem ({role}) {key_id} są nadal przyjmowane.</translation>
    </message>
    <message>
        <source> No signer is trusted now: no bundle can be imported until IT&apos;s key is pinned again (&apos;outage-kit bundle trust PREFIX.pub&apos;).</source>
        <translation> Teraz żaden sygnatariusz nie jest zaufany: nie da się zaimportować pakietu, dopóki klucz działu IT nie zostanie ponownie dodany (&apos;outage-kit bundle trust PREFIX.pub&apos;).</translation>
    </message>
    <message>
        <source>Removed the {role} signer (key {key_id}).{note}</source>
        <translation>Usunięto sygnatariusza ({role}) (klucz {key_id}).{note}</translation>
    </message>
    <message>
        <source>run the import again with --discard-local-edits</source>
        <translation>uruchom import ponownie z --discard-local-edits</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>wersja {version}</translation>
    </message>
    <message>
        <source>negative balance detection</source>
        <translation>wykrywanie ujemnych sald</translation>
    </message>
    <message>
        <source>import a balance-bucket snapshot (CSV or XLSX)</source>
        <translation>importuj migawkę stanów kubełków sald (CSV lub XLSX)</translation>
    </message>
    <message>
        <source>the snapshot from billing: CSV (UTF-8) or XLSX</source>
        <translation>zrzut z billingu: CSV (UTF-8) albo XLSX</translation>
    </message>
    <message>
        <source>negative totals and buckets (vs. previous snapshot)</source>
        <translation>ujemne sumy i kubełki (w porównaniu z poprzednią migawką)</translation>
    </message>
    <message>
        <source>also write the findings to this CSV</source>
        <translation>zapisz też wyniki do tego pliku CSV</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot {snapshot}: %n bucket(s), {problem_count} rejected.</source>
        <translation>
            <numerusform>Migawka {snapshot}: %n kubełek, odrzucono: {problem_count}.</numerusform>
            <numerusform>Migawka {snapshot}: %n kubełki, odrzucono: {problem_count}.</numerusform>
            <numerusform>Migawka {snapshot}: %n kubełków, odrzucono: {problem_count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the quarantine / write-off backlog</source>
        <translation>zaległości: kwarantanna / odpisy</translation>
    </message>
    <message>
        <source>import a quarantine export (CSV or XLSX)</source>
        <translation>importuj eksport kwarantanny (CSV lub XLSX)</translation>
    </message>
    <message>
        <source>the export from billing: CSV (UTF-8) or XLSX</source>
        <translation>eksport z billingu: CSV (UTF-8) albo XLSX</translation>
    </message>
    <message>
        <source>which quarantine (guessed from the file name)</source>
        <translation>która kwarantanna (odgadywana z nazwy pliku)</translation>
    </message>
    <message>
        <source>JSON {&quot;their column&quot;: &quot;field&quot;} for other exports</source>
        <translation>JSON {&quot;ich kolumna&quot;: &quot;pole&quot;} dla innych eksportów</translation>
    </message>
    <message>
        <source>search records (newest call date first)</source>
        <translation>szukaj rekordów (od najnowszej daty połączenia)</translation>
    </message>
    <message>
        <source>the order: newest call date first, or by Quarantine ID or service</source>
        <translation>kolejność: od najnowszej daty połączenia albo według ID kwarantanny lub usługi</translation>
    </message>
    <message>
        <source>oldest or lowest first</source>
        <translation>od najstarszych lub najniższych</translation>
    </message>
    <message>
        <source>show at most this many records (50 unless given); the total is said</source>
        <translation>pokaż najwyżej tyle rekordów (domyślnie 50); łączna liczba jest podawana</translation>
    </message>
    <message>
        <source>decide records: by a file of IDs or a search</source>
        <translation>rozstrzygnij rekordy: według pliku z ID lub wyszukiwania</translation>
    </message>
    <message>
        <source>file of Quarantine IDs, one per line</source>
        <translation>plik z ID kwarantanny, po jednym w wierszu</translation>
    </message>
    <message>
        <source>every record (when no filter is given)</source>
        <translation>każdy rekord (gdy nie podano filtra)</translation>
    </message>
    <message>
        <source>the status to set</source>
        <translation>status do ustawienia</translation>
    </message>
    <message>
        <source>why (required for write-off)</source>
        <translation>dlaczego (wymagane przy odpisie)</translation>
    </message>
    <message>
        <source>also change records billing has already closed (Completed, Withdrawn); left out by default</source>
        <translation>zmień także rekordy już zamknięte przez billing (Zakończony, Wycofany); domyślnie są pomijane</translation>
    </message>
    <message>
        <source>say the decision&apos;s progress on stderr even when it is not a terminal</source>
        <translation>podawaj postęp decyzji na stderr nawet wtedy, gdy nie jest to terminal</translation>
    </message>
    <message>
        <source>undo the last status change</source>
        <translation>cofnij ostatnią zmianę statusu</translation>
    </message>
    <message>
        <source>undo only if the last action is this one (its number, from set-status)</source>
        <translation>cofnij tylko, jeśli ostatnią akcją jest ta (jej numer podany przez set-status)</translation>
    </message>
    <message>
        <source>say the undo&apos;s progress on stderr even when it is not a terminal</source>
        <translation>podawaj postęp cofania na stderr nawet wtedy, gdy nie jest to terminal</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>raporty</translation>
    </message>
    <message>
        <source>totals by reason, carrier, month; then records</source>
        <translation>sumy według powodu, przewoźnika, miesiąca; potem rekordy</translation>
    </message>
    <message>
        <source>the report&apos;s file type</source>
        <translation>typ pliku raportu</translation>
    </message>
    <message>
        <source>the report file to write</source>
        <translation>plik raportu do zapisania</translation>
    </message>
    <message>
        <source>status changes since the last export (CSV)</source>
        <translation>zmiany statusu od ostatniego eksportu (CSV)</translation>
    </message>
    <message>
        <source>the CSV file to write, for billing to apply the decisions</source>
        <translation>plik CSV do zapisania, z którego billing wprowadzi decyzje</translation>
    </message>
    <message>
        <source>the quarantine reasons of the guide</source>
        <translation>powody kwarantanny z przewodnika</translation>
    </message>
    <message>
        <source>{value} is not a number of records; give 1 or more, e.g. --limit 50.</source>
        <translation>{value} nie jest liczbą rekordów; podaj 1 lub więcej, np. --limit 50.</translation>
    </message>
    <message>
        <source>a status, e.g. quarantined, pending, write-off, cleansed</source>
        <translation>status, np. quarantined, pending, write-off, cleansed</translation>
    </message>
    <message>
        <source>a quarantine reason, whole (any case)</source>
        <translation>powód kwarantanny, w całości (wielkość liter dowolna)</translation>
    </message>
    <message>
        <source>which quarantine</source>
        <translation>która kwarantanna</translation>
    </message>
    <message>
        <source>service identifier prefix</source>
        <translation>początek identyfikatora usługi</translation>
    </message>
    <message>
        <source>carrier name (any case)</source>
        <translation>nazwa przewoźnika (dowolna wielkość liter)</translation>
    </message>
    <message>
        <source>the guide&apos;s Carrier File Type, e.g. CDR</source>
        <translation>Carrier File Type z przewodnika, np. CDR</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>numer partii</translation>
    </message>
    <message>
        <source>batch file name prefix</source>
        <translation>początek nazwy pliku partii</translation>
    </message>
    <message>
        <source>tariff key (any case)</source>
        <translation>klucz taryfy (wielkość liter dowolna)</translation>
    </message>
    <message>
        <source>one Quarantine ID</source>
        <translation>jedno ID kwarantanny</translation>
    </message>
    <message>
        <source>Quarantine ID, or start of service identifier / batch file</source>
        <translation>ID kwarantanny albo początek identyfikatora usługi / pliku partii</translation>
    </message>
    <message>
        <source>only reasons not in the guide</source>
        <translation>tylko powody spoza przewodnika</translation>
    </message>
    <message>
        <source>  rejected: {text}</source>
        <translation>  odrzucono: {text}</translation>
    </message>
    <message>
        <source>  … and {value} more.</source>
        <translation>  … i jeszcze {value}.</translation>
    </message>
    <message>
        <source>reason not in the guide</source>
        <translation>powodu nie ma w przewodniku</translation>
    </message>
    <message numerus="yes">
        <source>{records} of %n matching record(s) shown.</source>
        <translation>
            <numerusform>Pokazano {records} z %n pasującego rekordu.</numerusform>
            <numerusform>Pokazano {records} z %n pasujących rekordów.</numerusform>
            <numerusform>Pokazano {records} z %n pasujących rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID file {path} cannot be read ({err}).</source>
        <translation>Nie można odczytać pliku z ID {path} ({err}).</translation>
    </message>
    <message>
        <source>The ID file {path} is not UTF-8 text (byte {offset} is not). Save it as UTF-8 text or CSV UTF-8, one Quarantine ID per line, and run the command again.</source>
        <translation>Plik z ID {path} nie jest tekstem UTF-8 (bajt {offset} nie pasuje). Zapisz go jako tekst UTF-8 albo CSV UTF-8, jeden Quarantine ID w wierszu, i uruchom polecenie ponownie.</translation>
    </message>
    <message>
        <source>{path} holds no Quarantine ID (one per line).</source>
        <translation>{path} nie zawiera żadnego ID kwarantanny (po jednym w wierszu).</translation>
    </message>
    <message>
        <source>Setting records to {status}: {percent}%</source>
        <translation>Ustawianie rekordów na {status}: {percent}%</translation>
    </message>
    <message>
        <source>Give either --ids FILE or search filters, not both.</source>
        <translation>Podaj albo --ids PLIK, albo filtry wyszukiwania, nie oba naraz.</translation>
    </message>
    <message>
        <source>No filter given: that would change every record. Add filters, --ids FILE, or --all if you really mean every record.</source>
        <translation>Nie podano filtra: zmieniłoby to każdy rekord. Dodaj filtry, --ids PLIK albo --all, jeśli naprawdę chodzi o wszystkie rekordy.</translation>
    </message>
    <message>
        <source>{summary} (action {action_id}; undo: backlog undo)</source>
        <translation>{summary} (akcja {action_id}; cofnięcie: backlog undo)</translation>
    </message>
    <message>
        <source>{summary} Nothing changed (action {action_id}).</source>
        <translation>{summary} Nic się nie zmieniło (akcja {action_id}).</translation>
    </message>
    <message>
        <source> backlog undo still undoes {action}.</source>
        <translation> backlog undo nadal cofnie {action}.</translation>
    </message>
    <message>
        <source> To change the closed records too, add --include-closed.</source>
        <translation> Aby zmienić także rekordy zamknięte, dodaj --include-closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n Quarantine ID(s) in {name}. </source>
        <translation>
            <numerusform>%n ID kwarantanny w {name}. </numerusform>
            <numerusform>%n ID kwarantanny w {name}. </numerusform>
            <numerusform>%n ID kwarantanny w {name}. </numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing: {percent}%</source>
        <translation>Cofanie: {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to {path}.</source>
        <translation>
            <numerusform>%n decyzję zapisano do {path}.</numerusform>
            <numerusform>%n decyzje zapisano do {path}.</numerusform>
            <numerusform>%n decyzji zapisano do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>; {value} changed since by an import were kept</source>
        <translation>; zachowano zmienione od tego czasu przez import: {value}</translation>
    </message>
    <message>
        <source>call date from (a day, e.g. 2026-11-01 or 1.11.2026; local)</source>
        <translation>data połączenia od (dzień, np. 1.11.2026 lub 2026-11-01; czas lokalny)</translation>
    </message>
    <message>
        <source>call date up to (the whole day; e.g. 2026-11-30 or 30.11.2026)</source>
        <translation>data połączenia do (cały dzień; np. 30.11.2026 lub 2026-11-30)</translation>
    </message>
    <message>
        <source>the guide&apos;s Date Updated from (a day, e.g. 2026-11-01 or 1.11.2026)</source>
        <translation>Date Updated z przewodnika od (dzień, np. 1.11.2026 lub 2026-11-01)</translation>
    </message>
    <message>
        <source>Date Updated up to (the whole day; e.g. 30.11.2026)</source>
        <translation>Date Updated do (cały dzień; np. 30.11.2026)</translation>
    </message>
    <message>
        <source>the guide&apos;s Date Released from (a day, e.g. 2026-11-01 or 1.11.2026)</source>
        <translation>Date Released z przewodnika od (dzień, np. 1.11.2026 lub 2026-11-01)</translation>
    </message>
    <message>
        <source>Date Released up to (the whole day; e.g. 30.11.2026)</source>
        <translation>Date Released do (cały dzień; np. 30.11.2026)</translation>
    </message>
    <message numerus="yes">
        <source>Undone {action}: %n record(s) put back</source>
        <translation>
            <numerusform>Cofnięto {action}: przywrócono %n rekord</numerusform>
            <numerusform>Cofnięto {action}: przywrócono %n rekordy</numerusform>
            <numerusform>Cofnięto {action}: przywrócono %n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Write-off report written to {out}.</source>
        <translation>Raport odpisów zapisano do {out}.</translation>
    </message>
    <message>
        <source>No decision since the last export; {path} holds only the header.</source>
        <translation>Brak decyzji od ostatniego eksportu; {path} zawiera tylko nagłówek.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} (compared with {value}).</source>
        <translation>Migawka {snapshot} (porównana z {value}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>NEGATIVE TOTAL  {account}  {type}: {amount}</source>
        <translation>UJEMNA SUMA  {account}  {type}: {amount}</translation>
    </message>
    <message>
        <source>No account has a negative total.</source>
        <translation>Żadne konto nie ma ujemnej sumy.</translation>
    </message>
    <message>
        <source>{account}  {type} bucket {bucket}: {before} → {after}, expiry {was} → {now}</source>
        <translation>{account}  {type} kubełek {bucket}: {before} → {after}, ważność {was} → {now}</translation>
    </message>
    <message>
        <source>Written to {out}.</source>
        <translation>Zapisano do {out}.</translation>
    </message>
    <message>
        <source>Bundle {name} version {version} (applied now: {previous})</source>
        <translation>Pakiet {name} wersja {version} (obecnie zastosowany: {previous})</translation>
    </message>
    <message>
        <source>Signed by the {role} key {key_id} — signature OK</source>
        <translation>Podpisany kluczem ({role}) {key_id} — podpis poprawny</translation>
    </message>
    <message>
        <source>Issued {issued}, expires {value}</source>
        <translation>Wydany {issued}, wygasa: {value}</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Zmiany:</translation>
    </message>
    <message>
        <source>
This bundle is already applied.</source>
        <translation>
Ten pakiet jest już zastosowany.</translation>
    </message>
    <message>
        <source>Not applied: confirm with --yes (there is no terminal to ask on).</source>
        <translation>Nie zastosowano: potwierdź opcją --yes (nie ma terminala, na którym można zapytać).</translation>
    </message>
    <message>
        <source>Local edits are kept (use --discard-local-edits to take the bundle&apos;s).</source>
        <translation>Zmiany lokalne zostają zachowane (użyj --discard-local-edits, aby przyjąć wersje z pakietu).</translation>
    </message>
    <message>
        <source>Apply this bundle</source>
        <translation>Zastosować ten pakiet</translation>
    </message>
    <message>
        <source>Not applied; nothing was changed.</source>
        <translation>Nie zastosowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Applied {name} version {version}.</source>
        <translation>Zastosowano {name} w wersji {version}.</translation>
    </message>
    <message>
        <source>No bundle applied yet.</source>
        <translation>Nie zastosowano jeszcze żadnego pakietu.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle {name} version {version}, issued {issued} (%n day(s) ago)</source>
        <translation>
            <numerusform>Pakiet {name} wersja {version}, wydany {issued} (%n dzień temu)</numerusform>
            <numerusform>Pakiet {name} wersja {version}, wydany {issued} (%n dni temu)</numerusform>
            <numerusform>Pakiet {name} wersja {version}, wydany {issued} (%n dni temu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOTE: older than %n day(s) (Settings): ask IT whether a newer one exists.</source>
        <translation>
            <numerusform>UWAGA: starszy niż %n dzień (Ustawienia): zapytaj dział IT, czy jest nowszy.</numerusform>
            <numerusform>UWAGA: starszy niż %n dni (Ustawienia): zapytaj dział IT, czy jest nowszy.</numerusform>
            <numerusform>UWAGA: starszy niż %n dni (Ustawienia): zapytaj dział IT, czy jest nowszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted {role} signer: key {key_id}, fingerprint {fingerprint}</source>
        <translation>Zaufany sygnatariusz ({role}): klucz {key_id}, odcisk {fingerprint}</translation>
    </message>
    <message>
        <source>Signed by the {signer_role} key {signer_key_id}</source>
        <translation>Podpisany kluczem ({signer_role}) {signer_key_id}</translation>
    </message>
    <message>
        <source>Applied {applied_at}</source>
        <translation>Zastosowany {applied_at}</translation>
    </message>
    <message>
        <source>Expires {expires}</source>
        <translation>Wygasa {expires}</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Nie wygasa</translation>
    </message>
    <message>
        <source>WARNING: this bundle has expired; ask IT for a fresh one.</source>
        <translation>OSTRZEŻENIE: ten pakiet wygasł; poproś dział IT o nowy.</translation>
    </message>
    <message>
        <source>No signer trusted yet: outage-kit bundle trust PREFIX.pub</source>
        <translation>Brak zaufanego sygnatariusza: outage-kit bundle trust PREFIX.pub</translation>
    </message>
    <message>
        <source>the partner directory</source>
        <translation>książka kontaktów partnerów</translation>
    </message>
    <message>
        <source>contacts, by organisation</source>
        <translation>kontakty, według organizacji</translation>
    </message>
    <message>
        <source>only this group (an id from &apos;contacts groups&apos;)</source>
        <translation>tylko ta grupa (identyfikator z &apos;contacts groups&apos;)</translation>
    </message>
    <message>
        <source>only contacts whose organisation/name/address has this</source>
        <translation>tylko kontakty, których organizacja/nazwisko/adres zawiera ten tekst</translation>
    </message>
    <message>
        <source>groups, their size and the services routed to them</source>
        <translation>grupy, ich liczebność i przypisane do nich usługi</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>na razie brak</translation>
    </message>
    <message>
        <source>There is no group {group!r}. Groups: {known}.</source>
        <translation>Nie ma grupy {group!r}. Grupy: {known}.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n kontakt.</numerusform>
            <numerusform>%n kontakty.</numerusform>
            <numerusform>%n kontaktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)   services: {services}</source>
        <translation>
            <numerusform>%n kontakt    usługi: {services}</numerusform>
            <numerusform>%n kontakty   usługi: {services}</numerusform>
            <numerusform>%n kontaktów  usługi: {services}</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: import a contact bundle (or init --demo).</source>
        <translation>Brak grup: zaimportuj pakiet kontaktów (albo init --demo).</translation>
    </message>
    <message>
        <source>{label} is needed, but there is no terminal to ask on. Give it with {flag}.</source>
        <translation>{label}: wartość jest potrzebna, ale nie ma terminala, na którym można zapytać. Podaj ją opcją {flag}.</translation>
    </message>
    <message>
        <source>Not done: confirm with {flag} (there is no terminal to ask on).</source>
        <translation>Nie wykonano: potwierdź opcją {flag} (nie ma terminala, na którym można zapytać).</translation>
    </message>
    <message>
        <source>Not done; nothing was changed.</source>
        <translation>Nie wykonano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>New recovery passphrase</source>
        <translation>Nowe hasło odzyskiwania</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created; try again.</source>
        <translation>Podane hasła się różnią. Niczego nie utworzono; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The recovery passphrase is too weak: </source>
        <translation>Hasło odzyskiwania jest za słabe: </translation>
    </message>
    <message>
        <source>the incident&apos;s reference, as &apos;incident list&apos; shows it (e.g. OK-2026-0001)</source>
        <translation>sygnatura incydentu, jak pokazuje ją &apos;incident list&apos; (np. OK-2026-0001)</translation>
    </message>
    <message>
        <source>If that disk cannot be freed, move the data folder and use --home DIR.</source>
        <translation>Jeśli tego dysku nie da się zwolnić, przenieś folder danych i użyj --home KATALOG.</translation>
    </message>
    <message>
        <source>internal error in &apos;{command}&apos;. This is a bug; details are in {log_file}. Nothing stored before was changed.</source>
        <translation>błąd wewnętrzny w &apos;{command}&apos;. To usterka programu; szczegóły są w {log_file}. Nic z wcześniej zapisanych danych nie zostało zmienione.</translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <translation>przerwano; nic niedokończonego nie zostało zachowane.</translation>
    </message>
    <message>
        <source>The disk is full{where}. Free some space and run the command again; what was stored before is unchanged.</source>
        <translation>Dysk jest pełny{where}. Zwolnij miejsce i uruchom polecenie ponownie; wcześniej zapisane dane są bez zmian.</translation>
    </message>
    <message>
        <source>There is no file or folder {value}.</source>
        <translation>Nie ma pliku ani folderu {value}.</translation>
    </message>
    <message>
        <source>Permission denied{where}: choose a file or folder this account may use.</source>
        <translation>Brak uprawnień{where}: wybierz plik lub folder, z którego to konto może korzystać.</translation>
    </message>
    <message>
        <source>{name} is a folder; give a file name.</source>
        <translation>{name} jest folderem; podaj nazwę pliku.</translation>
    </message>
    <message>
        <source>Could not read or write{where}: {value}. Check the disk or the file and try again.</source>
        <translation>Nie udało się odczytać ani zapisać{where}: {value}. Sprawdź dysk lub plik i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk holding the store is full. Free some space and run the command again; the last change was not stored, everything before it is unchanged.</source>
        <translation>Dysk z bazą jest pełny. Zwolnij miejsce i uruchom polecenie ponownie; ostatnia zmiana nie została zapisana, wszystko sprzed niej jest bez zmian.</translation>
    </message>
    <message>
        <source>The store is busy: another Outage Kit window or command is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Baza jest zajęta: inne okno lub polecenie Outage Kit właśnie do niej zapisuje. Spróbuj ponownie za chwilę; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The store cannot be read: it is damaged. Run &apos;outage-kit check&apos;, then restore the newest good backup (&apos;outage-kit restore FILE&apos;).</source>
        <translation>Nie można odczytać bazy: jest uszkodzona. Uruchom &apos;outage-kit check&apos;, a potem przywróć najnowszą dobrą kopię zapasową (&apos;outage-kit restore PLIK&apos;).</translation>
    </message>
    <message>
        <source>the messages waiting, sent, or to decide</source>
        <translation>wiadomości oczekujące, wysłane lub do rozstrzygnięcia</translation>
    </message>
    <message>
        <source>messages, oldest first</source>
        <translation>wiadomości, od najstarszych</translation>
    </message>
    <message>
        <source>only messages in this state</source>
        <translation>tylko wiadomości w tym stanie</translation>
    </message>
    <message>
        <source>only this incident&apos;s messages (reference)</source>
        <translation>tylko wiadomości tego incydentu (sygnatura)</translation>
    </message>
    <message>
        <source>at most this many messages, the oldest first (default 1000)</source>
        <translation>najwyżej tyle wiadomości, od najstarszych (domyślnie 1000)</translation>
    </message>
    <message>
        <source>send what is queued, failing over in priority order</source>
        <translation>wyślij kolejkę, przełączając ścieżki według priorytetu</translation>
    </message>
    <message>
        <source>only this path (see &apos;paths probe&apos;)</source>
        <translation>tylko ta ścieżka (zob. &apos;paths probe&apos;)</translation>
    </message>
    <message>
        <source>write queued e-mails as .eml files (handed off)</source>
        <translation>zapisz e-maile z kolejki jako pliki .eml (przekazane)</translation>
    </message>
    <message>
        <source>where to write the .eml files</source>
        <translation>gdzie zapisać pliki .eml</translation>
    </message>
    <message>
        <source>say the export&apos;s progress on stderr even when it is not a terminal</source>
        <translation>podawaj postęp eksportu na stderr nawet wtedy, gdy nie jest to terminal</translation>
    </message>
    <message>
        <source>hand queued e-mail to a webmail compose page</source>
        <translation>przekaż e-maile z kolejki na stronę tworzenia wiadomości poczty WWW</translation>
    </message>
    <message>
        <source>webmail path (default: the first one on)</source>
        <translation>ścieżka poczty WWW (domyślnie: pierwsza włączona)</translation>
    </message>
    <message>
        <source>open the next batch in the browser (it is marked handed-off)</source>
        <translation>otwórz następną partię w przeglądarce (zostanie oznaczona jako przekazana)</translation>
    </message>
    <message>
        <source>decide uncertain or handed-off messages</source>
        <translation>rozstrzygnij wiadomości niepewne lub przekazane</translation>
    </message>
    <message>
        <source>sent: it did go out; resend: queue it again; superseded: no longer needed, a later notice of its incident reached the partner</source>
        <translation>sent: wyszła; resend: wstaw ją ponownie do kolejki; superseded: już niepotrzebna, partner dostał późniejsze powiadomienie jej incydentu</translation>
    </message>
    <message>
        <source>message numbers, as &apos;outbox list&apos; shows them (all or none: one that cannot be changed so leaves every one as it was)</source>
        <translation>numery wiadomości, jak pokazuje je &apos;outbox list&apos; (wszystkie albo żadna: jedna, której nie można tak zmienić, zostawia wszystkie bez zmian)</translation>
    </message>
    <message>
        <source>refused by the server ({reply}); the partner was told another way</source>
        <translation>odrzucona przez serwer ({reply}); partnera powiadomiono inaczej</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>pusta</translation>
    </message>
    <message>
        <source>Outbox of {reference}: {summary}.</source>
        <translation>Skrzynka nadawcza incydentu {reference}: {summary}.</translation>
    </message>
    <message>
        <source>Outbox: {summary}.</source>
        <translation>Skrzynka nadawcza: {summary}.</translation>
    </message>
    <message>
        <source>Shown: the oldest {shown} of {matching}; --limit N shows more (the counts above are of all of them).</source>
        <translation>Pokazano najstarsze {shown} z {matching}; --limit N pokazuje więcej (liczby powyżej dotyczą wszystkich).</translation>
    </message>
    <message>
        <source>Nothing is queued.</source>
        <translation>Kolejka jest pusta.</translation>
    </message>
    <message>
        <source>Writing .eml files: {percent}%</source>
        <translation>Zapisywanie plików .eml: {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}. They are marked handed-off: once sent from another mail client, settle them with &apos;outage-kit outbox settle ID --as sent&apos;.</source>
        <translation>
            <numerusform>Zapisano %n plik .eml w {folder}. Jest oznaczony jako przekazany: po wysłaniu z innego programu pocztowego rozstrzygnij go poleceniem &apos;outage-kit outbox settle ID --as sent&apos;.</numerusform>
            <numerusform>Zapisano %n pliki .eml w {folder}. Są oznaczone jako przekazane: po wysłaniu z innego programu pocztowego rozstrzygnij je poleceniem &apos;outage-kit outbox settle ID --as sent&apos;.</numerusform>
            <numerusform>Zapisano %n plików .eml w {folder}. Są oznaczone jako przekazane: po wysłaniu z innego programu pocztowego rozstrzygnij je poleceniem &apos;outage-kit outbox settle ID --as sent&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch {number}: {label} (messages {ids})</source>
        <translation>Partia {number}: {label} (wiadomości {ids})</translation>
    </message>
    <message numerus="yes">
        <source>%n more batch(es) queued for webmail.</source>
        <translation>
            <numerusform>Jeszcze %n partia czeka na pocztę WWW.</numerusform>
            <numerusform>Jeszcze %n partie czekają na pocztę WWW.</numerusform>
            <numerusform>Jeszcze %n partii czeka na pocztę WWW.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} marked sent.</source>
        <translation>
            <numerusform>Wiadomość {ids} oznaczona jako wysłana.</numerusform>
            <numerusform>Wiadomości {ids} oznaczone jako wysłane.</numerusform>
            <numerusform>Wiadomości {ids} oznaczone jako wysłane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} queued to be sent again.</source>
        <translation>
            <numerusform>Wiadomość {ids} wstawiona ponownie do kolejki.</numerusform>
            <numerusform>Wiadomości {ids} wstawione ponownie do kolejki.</numerusform>
            <numerusform>Wiadomości {ids} wstawione ponownie do kolejki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} queued again.</source>
        <translation>
            <numerusform>Wiadomość {ids} ponownie w kolejce.</numerusform>
            <numerusform>Wiadomości {ids} ponownie w kolejce.</numerusform>
            <numerusform>Wiadomości {ids} ponownie w kolejce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) uncertain: their sending was cut short (the connection was lost while they went out, or the kit was stopped), so they may or may not have reached the partner. Nothing re-sends them by itself: see `outbox list --state uncertain`, then `outbox settle ID --as sent` or `--as resend` (or `--as superseded` once a later notice of the incident reached that partner).</source>
        <translation>
            <numerusform>%n wiadomość niepewna: jej wysyłanie zostało przerwane (połączenie zerwało się w trakcie albo zestaw został zatrzymany), więc mogła dotrzeć do partnera albo nie. Nic nie wyśle jej ponownie samo: zobacz `outbox list --state uncertain`, potem `outbox settle ID --as sent` lub `--as resend` (albo `--as superseded`, gdy do partnera dotarło już późniejsze powiadomienie incydentu).</numerusform>
            <numerusform>%n wiadomości niepewne: ich wysyłanie zostało przerwane (połączenie zerwało się w trakcie albo zestaw został zatrzymany), więc mogły dotrzeć do partnera albo nie. Nic nie wyśle ich ponownie samo: zobacz `outbox list --state uncertain`, potem `outbox settle ID --as sent` lub `--as resend` (albo `--as superseded`, gdy do partnera dotarło już późniejsze powiadomienie incydentu).</numerusform>
            <numerusform>%n wiadomości niepewnych: ich wysyłanie zostało przerwane (połączenie zerwało się w trakcie albo zestaw został zatrzymany), więc mogły dotrzeć do partnera albo nie. Nic nie wyśle ich ponownie samo: zobacz `outbox list --state uncertain`, potem `outbox settle ID --as sent` lub `--as resend` (albo `--as superseded`, gdy do partnera dotarło już późniejsze powiadomienie incydentu).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outage-kit outbox webmail --open&apos; opens the first one in the browser.</source>
        <translation>&apos;outage-kit outbox webmail --open&apos; otwiera pierwszą z nich w przeglądarce.</translation>
    </message>
    <message>
        <source>queue failed messages again</source>
        <translation>wstaw nieudane wiadomości ponownie do kolejki</translation>
    </message>
    <message>
        <source>No queued e-mail to hand off.</source>
        <translation>Brak e-maili w kolejce do przekazania.</translation>
    </message>
    <message>
        <source>No queued e-mail to hand off; nothing was opened.</source>
        <translation>Brak e-maili w kolejce do przekazania; niczego nie otwarto.</translation>
    </message>
    <message>
        <source>Opened the {path} compose page: {label}. Recipients are in Bcc.</source>
        <translation>Otwarto stronę tworzenia wiadomości {path}: {label}. Odbiorcy są w polu UDW.</translation>
    </message>
    <message>
        <source>No web browser opened. Open this {path} compose link in a browser by hand ({label}; recipients are in Bcc):</source>
        <translation>Nie otworzyła się żadna przeglądarka. Otwórz ręcznie w przeglądarce ten link do tworzenia wiadomości {path} ({label}; odbiorcy są w polu UDW):</translation>
    </message>
    <message>
        <source>The text is too long for the link; paste it as the message body:</source>
        <translation>Tekst jest za długi na link; wklej go jako treść wiadomości:</translation>
    </message>
    <message>
        <source>Once it is sent there: outage-kit outbox settle {batch} --as sent</source>
        <translation>Gdy zostanie tam wysłana: outage-kit outbox settle {batch} --as sent</translation>
    </message>
    <message>
        <source>If it was not: outage-kit outbox settle {batch} --as resend</source>
        <translation>Jeśli nie: outage-kit outbox settle {batch} --as resend</translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} held as no longer needed: a later notice reached the partner; they are not sent.</source>
        <translation>
            <numerusform>Wiadomość {ids} wstrzymana jako już niepotrzebna: partner dostał późniejsze powiadomienie; nie zostanie wysłana.</numerusform>
            <numerusform>Wiadomości {ids} wstrzymane jako już niepotrzebne: partnerzy dostali późniejsze powiadomienie; nie zostaną wysłane.</numerusform>
            <numerusform>Wiadomości {ids} wstrzymane jako już niepotrzebne: partnerzy dostali późniejsze powiadomienie; nie zostaną wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery paths: probe, passwords, order</source>
        <translation>ścieżki wysyłki: sprawdzanie, hasła, kolejność</translation>
    </message>
    <message>
        <source>which delivery paths work now (exit 0 if any does)</source>
        <translation>które ścieżki wysyłki działają teraz (kod 0, jeśli choć jedna)</translation>
    </message>
    <message>
        <source>seconds per path (default 10)</source>
        <translation>sekund na ścieżkę (domyślnie 10)</translation>
    </message>
    <message>
        <source>store an SMTP password or a modem&apos;s SIM PIN (keyring / encrypted store)</source>
        <translation>zapisz hasło SMTP lub PIN karty SIM modemu (pęk kluczy / zaszyfrowana baza)</translation>
    </message>
    <message>
        <source>the path&apos;s name, as &apos;paths list&apos; shows it</source>
        <translation>nazwa ścieżki, jak pokazuje ją &apos;paths list&apos;</translation>
    </message>
    <message>
        <source>read it from standard input instead of a prompt</source>
        <translation>czytaj ze standardowego wejścia zamiast pytać</translation>
    </message>
    <message>
        <source>the paths in the order they are tried</source>
        <translation>ścieżki w kolejności, w jakiej są próbowane</translation>
    </message>
    <message>
        <source>try the paths in this order</source>
        <translation>próbuj ścieżek w tej kolejności</translation>
    </message>
    <message>
        <source>every path&apos;s name, first tried first</source>
        <translation>nazwy wszystkich ścieżek, od próbowanej najpierw</translation>
    </message>
    <message>
        <source>switch a path on</source>
        <translation>włącz ścieżkę</translation>
    </message>
    <message>
        <source>switch a path off</source>
        <translation>wyłącz ścieżkę</translation>
    </message>
    <message>
        <source>works</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>NIE DZIAŁA</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>The two entries differ; nothing was stored.</source>
        <translation>Podane wartości się różnią; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>the OS keyring</source>
        <translation>systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>the encrypted store</source>
        <translation>zaszyfrowanej bazie</translation>
    </message>
    <message>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <source>from {origin}</source>
        <translation>źródło: {origin}</translation>
    </message>
    <message>
        <source> (edited here)</source>
        <translation> (zmieniona tutaj)</translation>
    </message>
    <message>
        <source>No delivery paths yet: import a bundle with delivery.toml.</source>
        <translation>Brak ścieżek wysyłki: zaimportuj pakiet z plikiem delivery.toml.</translation>
    </message>
    <message>
        <source>delivery.toml of the bundle has problems: </source>
        <translation>plik delivery.toml z pakietu zawiera błędy: </translation>
    </message>
    <message>
        <source>{profile!r} is a {kind} path; only SMTP profiles log in (and a modem keeps its SIM PIN).</source>
        <translation>{profile!r} jest ścieżką typu {kind}; logują się tylko profile SMTP (a modem przechowuje PIN karty SIM).</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>PIN karty SIM</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>{what} for {profile}</source>
        <translation>{what} dla {profile}</translation>
    </message>
    <message>
        <source>Password kept in {place}.</source>
        <translation>Hasło przechowywane w {place}.</translation>
    </message>
    <message>
        <source>a new local path (checked like delivery.toml)</source>
        <translation>nowa ścieżka lokalna (sprawdzana jak delivery.toml)</translation>
    </message>
    <message>
        <source>how it sends</source>
        <translation>jak wysyła</translation>
    </message>
    <message>
        <source>up to 40 letters (any language), digits, spaces and punctuation</source>
        <translation>do 40 liter (w dowolnym języku), cyfr, spacji i znaków interpunkcyjnych</translation>
    </message>
    <message>
        <source>change a path&apos;s settings (a bundle path: a local edit)</source>
        <translation>zmień ustawienia ścieżki (ścieżka z pakietu: zmiana lokalna)</translation>
    </message>
    <message>
        <source>drop the local edit of a bundle path</source>
        <translation>porzuć lokalną zmianę ścieżki z pakietu</translation>
    </message>
    <message>
        <source>remove a local path (a bundle path: disable it)</source>
        <translation>usuń ścieżkę lokalną (ścieżkę z pakietu: wyłącz)</translation>
    </message>
    <message>
        <source>remove without asking</source>
        <translation>usuń bez pytania</translation>
    </message>
    <message>
        <source>{pair!r} is not KEY=VALUE (e.g. host=smtp.example.com or port=587).</source>
        <translation>{pair!r} nie ma postaci KLUCZ=WARTOŚĆ (np. host=smtp.example.com lub port=587).</translation>
    </message>
    <message>
        <source>{key} is given twice; give each setting once.</source>
        <translation>{key} podano dwa razy; podaj każde ustawienie raz.</translation>
    </message>
    <message>
        <source>Give the name once, before the settings: paths add KIND NAME KEY=VALUE…</source>
        <translation>Podaj nazwę raz, przed ustawieniami: paths add RODZAJ NAZWA KLUCZ=WARTOŚĆ…</translation>
    </message>
    <message>
        <source>{EML_PATH!r} is the built-in .eml export; choose another name.</source>
        <translation>{EML_PATH!r} to wbudowany eksport .eml; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>There is already a path called {name!r}; change it with &apos;outage-kit paths edit {name} KEY=VALUE…&apos;.</source>
        <translation>Ścieżka o nazwie {name!r} już istnieje; zmień ją poleceniem &apos;outage-kit paths edit {name} KLUCZ=WARTOŚĆ…&apos;.</translation>
    </message>
    <message>
        <source>A path cannot be renamed: add one under the new name and remove (or disable) the old one.</source>
        <translation>Nie można zmienić nazwy ścieżki: dodaj ścieżkę pod nową nazwą i usuń (lub wyłącz) starą.</translation>
    </message>
    <message>
        <source>{name!r} has no local edit; it uses the bundle&apos;s settings already.</source>
        <translation>{name!r} nie ma zmian lokalnych; już używa ustawień z pakietu.</translation>
    </message>
    <message>
        <source>Remove the local path {name}</source>
        <translation>Usunąć lokalną ścieżkę {name}</translation>
    </message>
    <message>
        <source>the recovery passphrase (change it)</source>
        <translation>hasło odzyskiwania (zmiana)</translation>
    </message>
    <message>
        <source>wrap the store key with a new recovery passphrase (the current one from --passphrase-file or a prompt)</source>
        <translation>zabezpiecz klucz bazy nowym hasłem odzyskiwania (obecne z --passphrase-file lub z pytania)</translation>
    </message>
    <message>
        <source>file holding the new passphrase (else asked twice at the terminal)</source>
        <translation>plik z nowym hasłem (w przeciwnym razie pytanie dwukrotnie w terminalu)</translation>
    </message>
    <message>
        <source>rotate the store key: re-encrypt the store and every backup with a new random key</source>
        <translation>wymień klucz bazy: zaszyfruj ponownie bazę i każdą kopię zapasową nowym losowym kluczem</translation>
    </message>
    <message>
        <source>do it without asking</source>
        <translation>wykonaj bez pytania</translation>
    </message>
    <message>
        <source>Current recovery passphrase</source>
        <translation>Obecne hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Recovery passphrase changed. Keep the new one safe: without the keyring it is the only way in.</source>
        <translation>Hasło odzyskiwania zmienione. Przechowuj nowe w bezpiecznym miejscu: bez pęku kluczy to jedyny sposób dostępu.</translation>
    </message>
    <message>
        <source>{passphrase_file} still holds the old passphrase: put the new one in it, or it will not open the store any more.</source>
        <translation>{passphrase_file} nadal zawiera stare hasło: wpisz do niego nowe, inaczej nie otworzy już bazy.</translation>
    </message>
    <message>
        <source>Re-encrypt the store and every backup in {backups} with a new random key? The recovery passphrase stays the same.
Copies kept outside the data folder (made with &apos;backup --out&apos;, or copied to a USB stick) keep the OLD key and will no longer restore: make a new off-site copy right after (&apos;outage-kit backup --out FILE&apos;).</source>
        <translation>Zaszyfrować ponownie bazę i każdą kopię zapasową w {backups} nowym losowym kluczem? Hasło odzyskiwania pozostaje bez zmian.
Kopie trzymane poza folderem danych (zrobione przez „backup --out” albo skopiowane na pendrive) zachowują STARY klucz i nie dadzą się już przywrócić: zaraz potem zrób nową kopię poza komputerem („outage-kit backup --out PLIK”).</translation>
    </message>
    <message>
        <source>Rotate the key</source>
        <translation>Wymienić klucz</translation>
    </message>
    <message numerus="yes">
        <source>The store key was rotated; the store and its %n backup(s) in the data folder use the new key. The recovery passphrase is unchanged.</source>
        <translation>
            <numerusform>Klucz bazy został wymieniony; baza i jej %n kopia zapasowa w folderze danych używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
            <numerusform>Klucz bazy został wymieniony; baza i jej %n kopie zapasowe w folderze danych używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
            <numerusform>Klucz bazy został wymieniony; baza i jej %n kopii zapasowych w folderze danych używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies kept elsewhere (made with &apos;backup --out&apos;, or copied by hand to a USB stick) still have the OLD key and no longer restore. Make a new off-site copy now: outage-kit backup --out FILE</source>
        <translation>Kopie trzymane gdzie indziej (zrobione przez „backup --out” albo ręcznie skopiowane na pendrive) mają nadal STARY klucz i nie dadzą się już przywrócić. Zrób teraz nową kopię poza komputerem: outage-kit backup --out PLIK</translation>
    </message>
    <message>
        <source>Off-site copies this kit made (they keep the old key):</source>
        <translation>Kopie poza komputerem zrobione przez ten zestaw (mają stary klucz):</translation>
    </message>
    <message>
        <source>reports for managers (PDF, HTML, CSV)</source>
        <translation>raporty dla kierownictwa (PDF, HTML, CSV)</translation>
    </message>
    <message>
        <source>one incident: timeline, who was told what and when, delays</source>
        <translation>jeden incydent: przebieg, kto, co i kiedy usłyszał, opóźnienia</translation>
    </message>
    <message>
        <source>every incident in a date range, totals and trends</source>
        <translation>wszystkie incydenty w przedziale dat, sumy i trendy</translation>
    </message>
    <message>
        <source>first day (e.g. 2026-11-01, 1.11.2026 or today)</source>
        <translation>pierwszy dzień (np. 2026-11-01, 1.11.2026 albo dzisiaj)</translation>
    </message>
    <message>
        <source>last day, included (e.g. 2026-11-30, 30.11.2026 or today)</source>
        <translation>ostatni dzień, włącznie (np. 2026-11-30, 30.11.2026 albo dzisiaj)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>plik do zapisania</translation>
    </message>
    <message>
        <source>{option} takes a day without a time of day, like 1.12.2026.</source>
        <translation>{option} przyjmuje dzień bez godziny, np. 1.12.2026.</translation>
    </message>
    <message>
        <source>Reading incidents: {done}/{total}</source>
        <translation>Odczyt incydentów: {done}/{total}</translation>
    </message>
    <message>
        <source>{title} written to {out}.</source>
        <translation>{title}: zapisano do {out}.</translation>
    </message>
    <message>
        <source>procedures from the bundle</source>
        <translation>procedury z pakietu</translation>
    </message>
    <message>
        <source>every runbook, by title</source>
        <translation>wszystkie procedury, według tytułu</translation>
    </message>
    <message>
        <source>only runbooks whose name, title or text has TEXT (Polish letters or not, any case; when none has it, those with a similar word)</source>
        <translation>tylko instrukcje, których nazwa, tytuł lub treść zawiera TEKST (z polskimi literami lub bez, dowolna wielkość liter; gdy żadna go nie zawiera, te z podobnym słowem)</translation>
    </message>
    <message>
        <source>a runbook&apos;s text (Markdown)</source>
        <translation>treść procedury (Markdown)</translation>
    </message>
    <message>
        <source>as &apos;runbooks list&apos; shows it</source>
        <translation>tak, jak pokazuje ją &apos;runbooks list&apos;</translation>
    </message>
    <message>
        <source>No runbook has {text!r}; these have a similar word:</source>
        <translation>Żadna instrukcja nie zawiera {text!r}; te mają podobne słowo:</translation>
    </message>
    <message>
        <source>No runbook mentions {text!r}.</source>
        <translation>Żadna instrukcja nie wspomina {text!r}.</translation>
    </message>
    <message>
        <source>There is no runbook {name!r} (there is: {known}).</source>
        <translation>Nie ma procedury {name!r} (są: {known}).</translation>
    </message>
    <message>
        <source>needs the store, which failed above</source>
        <translation>wymaga bazy, której sprawdzenie wyżej się nie powiodło</translation>
    </message>
    <message>
        <source>skipped (--no-qt)</source>
        <translation>pominięto (--no-qt)</translation>
    </message>
    <message>
        <source>FAIL: {detail}</source>
        <translation>BŁĄD: {detail}</translation>
    </message>
    <message>
        <source>ok ({detail})</source>
        <translation>ok ({detail})</translation>
    </message>
    <message>
        <source>{folder} is missing</source>
        <translation>brak {folder}</translation>
    </message>
    <message>
        <source>{resources} resources, {templates} templates in {root}</source>
        <translation>zasoby: {resources}, szablony: {templates} w {root}</translation>
    </message>
    <message>
        <source>schema {found}, expected {expected}</source>
        <translation>schemat {found}, oczekiwano {expected}</translation>
    </message>
    <message>
        <source>SQLCipher, schema {version}</source>
        <translation>SQLCipher, schemat {version}</translation>
    </message>
    <message>
        <source>the passphrase opened a store without its data</source>
        <translation>hasło otworzyło bazę bez jej danych</translation>
    </message>
    <message>
        <source>recovery passphrase unlocks</source>
        <translation>hasło odzyskiwania otwiera bazę</translation>
    </message>
    <message>
        <source>the new backup is unsound: {problem}</source>
        <translation>nowa kopia zapasowa jest wadliwa: {problem}</translation>
    </message>
    <message>
        <source>the restored store lacks what was backed up</source>
        <translation>w przywróconej bazie brakuje tego, co trafiło do kopii</translation>
    </message>
    <message>
        <source>backup, verify, restore</source>
        <translation>kopia, weryfikacja, przywrócenie</translation>
    </message>
    <message>
        <source>chain broken: {reason}</source>
        <translation>łańcuch przerwany: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>chain intact, %n entries</source>
        <translation>
            <numerusform>łańcuch nienaruszony, %n wpis</numerusform>
            <numerusform>łańcuch nienaruszony, %n wpisy</numerusform>
            <numerusform>łańcuch nienaruszony, %n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>no known keyring on {platform}: the passphrase unlocks</source>
        <translation>brak znanego magazynu kluczy na {platform}: bazę otwiera hasło</translation>
    </message>
    <message>
        <source>{module} is not in this build ({err})</source>
        <translation>{module} nie ma w tej kompilacji ({err})</translation>
    </message>
    <message>
        <source>{module} has no {name}</source>
        <translation>{module} nie ma {name}</translation>
    </message>
    <message>
        <source>{backend} backend present and in use</source>
        <translation>moduł {backend} jest obecny i używany</translation>
    </message>
    <message>
        <source>{backend} backend present (no keyring service here: the passphrase unlocks)</source>
        <translation>moduł {backend} jest obecny (brak tu usługi magazynu kluczy: bazę otwiera hasło)</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificates</source>
        <translation>
            <numerusform>%n certyfikat CA</numerusform>
            <numerusform>%n certyfikaty CA</numerusform>
            <numerusform>%n certyfikatów CA</numerusform>
        </translation>
    </message>
    <message>
        <source>CA certificates in {folder}</source>
        <translation>certyfikaty CA w {folder}</translation>
    </message>
    <message>
        <source>no CA certificates: TLS to an SMTP relay could not be verified</source>
        <translation>brak certyfikatów CA: nie da się zweryfikować TLS do serwera SMTP</translation>
    </message>
    <message>
        <source>no notice templates under {folder}</source>
        <translation>brak szablonów powiadomień w {folder}</translation>
    </message>
    <message>
        <source>{name}: rendered an empty notice</source>
        <translation>{name}: powstało puste powiadomienie</translation>
    </message>
    <message numerus="yes">
        <source>%n templates lint and render</source>
        <translation>
            <numerusform>%n szablon przechodzi kontrolę i się renderuje</numerusform>
            <numerusform>%n szablony przechodzą kontrolę i się renderują</numerusform>
            <numerusform>%n szablonów przechodzi kontrolę i się renderuje</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo bundle source {folder} is missing</source>
        <translation>brak źródła pakietu demonstracyjnego {folder}</translation>
    </message>
    <message>
        <source>the applied bundle left no contacts</source>
        <translation>po zastosowaniu pakietu nie ma żadnych kontaktów</translation>
    </message>
    <message numerus="yes">
        <source>built, signed, verified, applied (%n contacts)</source>
        <translation>
            <numerusform>zbudowany, podpisany, zweryfikowany, zastosowany (%n kontakt)</numerusform>
            <numerusform>zbudowany, podpisany, zweryfikowany, zastosowany (%n kontakty)</numerusform>
            <numerusform>zbudowany, podpisany, zweryfikowany, zastosowany (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message>
        <source>needs the demo directory, which the bundle check applies</source>
        <translation>wymaga katalogu demonstracyjnego, który wgrywa sprawdzenie pakietu</translation>
    </message>
    <message>
        <source>{name} is not a complete PDF</source>
        <translation>{name} nie jest kompletnym plikiem PDF</translation>
    </message>
    <message>
        <source>incident report, {size} KiB PDF</source>
        <translation>raport incydentu, PDF {size} KiB</translation>
    </message>
    <message>
        <source>loopback SMTP relay: {summary}</source>
        <translation>lokalny serwer SMTP: {summary}</translation>
    </message>
    <message>
        <source>SMTP probe over loopback: {steps}</source>
        <translation>próba SMTP przez pętlę zwrotną: {steps}</translation>
    </message>
    <message>
        <source>shipped files</source>
        <translation>pliki programu</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>plik klucza</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>kopia zapasowa</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>magazyn kluczy</translation>
    </message>
    <message>
        <source>tls roots</source>
        <translation>certyfikaty TLS</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>szablony</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>tłumaczenia</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>qt</source>
        <translation>qt</translation>
    </message>
    <message>
        <source>report pdf</source>
        <translation>raport pdf</translation>
    </message>
    <message>
        <source>path probe</source>
        <translation>próba ścieżki</translation>
    </message>
    <message>
        <source>Outage Kit {version__} selftest</source>
        <translation>Autotest Outage Kit {version__}</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Wszystkie testy zaliczone.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) FAILED.</source>
        <translation>
            <numerusform>%n test NIEZALICZONY.</numerusform>
            <numerusform>%n testy NIEZALICZONE.</numerusform>
            <numerusform>%n testów NIEZALICZONYCH.</numerusform>
        </translation>
    </message>
    <message>
        <source> Not run (--no-qt): {names}.</source>
        <translation> Pominięte (--no-qt): {names}.</translation>
    </message>
    <message>
        <source>timers and limits (the window&apos;s Settings section)</source>
        <translation>czasy i limity (sekcja Ustawienia w oknie)</translation>
    </message>
    <message>
        <source>every setting, its value, default and range</source>
        <translation>wszystkie ustawienia, ich wartości, wartości domyślne i zakresy</translation>
    </message>
    <message>
        <source>one setting&apos;s value</source>
        <translation>wartość jednego ustawienia</translation>
    </message>
    <message>
        <source>a setting&apos;s name, as &apos;settings list&apos; shows it</source>
        <translation>nazwa ustawienia, jak pokazuje ją &apos;settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (audited; refused outside its range)</source>
        <translation>zmień ustawienie (zapisywane w audycie; odrzucane poza zakresem)</translation>
    </message>
    <message>
        <source>its new value, in the range &apos;settings list&apos; shows</source>
        <translation>nowa wartość, w zakresie, który pokazuje &apos;settings list&apos;</translation>
    </message>
    <message>
        <source>the language of the window and the command line on this workstation</source>
        <translation>język okna i wiersza poleceń na tym stanowisku</translation>
    </message>
    <message>
        <source>omit to show</source>
        <translation>pomiń, aby wyświetlić</translation>
    </message>
    <message>
        <source>(default {default})</source>
        <translation>(domyślnie {default})</translation>
    </message>
    <message>
        <source>{value} (now: {name})</source>
        <translation>{value} (teraz: {name})</translation>
    </message>
    <message>
        <source>{label} is already {value} {unit}; nothing changed.</source>
        <translation>{label}: już {value} {unit}; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language the kit has; use one of: {choices}.</source>
        <translation>„{value}” to nie język, który zna program; użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Język: {name}</translation>
    </message>
    <message>
        <source>(the system&apos;s)</source>
        <translation>(jak w systemie)</translation>
    </message>
    <message>
        <source>create the encrypted store</source>
        <translation>utwórz zaszyfrowaną bazę</translation>
    </message>
    <message>
        <source>the duty officer&apos;s name (for the audit log)</source>
        <translation>nazwa dyżurnego (do dziennika audytu)</translation>
    </message>
    <message>
        <source>fill in the invented DEMO partners to try every flow</source>
        <translation>wczytaj zmyślonych partnerów DEMO, aby wypróbować wszystkie funkcje</translation>
    </message>
    <message>
        <source>check store, key file and audit chain (exit 0 if sound)</source>
        <translation>sprawdź bazę, plik klucza i łańcuch audytu (kod 0, jeśli wszystko sprawne)</translation>
    </message>
    <message>
        <source>make an encrypted backup now</source>
        <translation>utwórz teraz zaszyfrowaną kopię zapasową</translation>
    </message>
    <message>
        <source>also copy the backup to FILE (e.g. a USB stick)</source>
        <translation>skopiuj też kopię zapasową do FILE (np. na pendrive)</translation>
    </message>
    <message>
        <source>replace the store with a backup (current state kept)</source>
        <translation>zastąp bazę kopią zapasową (obecny stan zostaje zachowany)</translation>
    </message>
    <message>
        <source>Say who operates this kit: outage-kit init --operator NAME.</source>
        <translation>Podaj, kto obsługuje ten zestaw: outage-kit init --operator NAZWA.</translation>
    </message>
    <message>
        <source>{home} already holds a store; nothing was changed.</source>
        <translation>W {home} już jest baza; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Created the encrypted store in {home}.
Keep the recovery passphrase somewhere safe: without the keyring it is the only way in.</source>
        <translation>Utworzono zaszyfrowaną bazę w {home}.
Przechowuj hasło odzyskiwania w bezpiecznym miejscu: bez pęku kluczy to jedyny sposób dostępu.</translation>
    </message>
    <message>
        <source>key_file</source>
        <extracomment>the parts `check` judges: JSON keys, translated where the text output names them</extracomment>
        <translation>plik klucza</translation>
    </message>
    <message>
        <source>store</source>
        <translation>baza</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schemat</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audyt</translation>
    </message>
    <message>
        <source>not checked: it cannot be unlocked without the key file</source>
        <translation>niesprawdzona: bez pliku klucza nie da się jej odblokować</translation>
    </message>
    <message>
        <source>Not sound: the key file is damaged or missing; the store itself was not touched. Put back store.key from your backup medium into {home}; the database does not need restoring.</source>
        <translation>Stan niesprawny: plik klucza jest uszkodzony lub go brak; samej bazy nie ruszano. Przywróć store.key z nośnika z kopią zapasową do {home}; bazy nie trzeba przywracać.</translation>
    </message>
    <message>
        <source>{error}: it is damaged</source>
        <translation>{error}: jest uszkodzona</translation>
    </message>
    <message>
        <source>Not sound: {problem}</source>
        <translation>Stan niesprawny: {problem}</translation>
    </message>
    <message>
        <source>damaged: {problems}</source>
        <translation>uszkodzona: {problems}</translation>
    </message>
    <message>
        <source>schema {version} is newer than this Outage Kit ({latest}); install the newer Outage Kit that wrote it</source>
        <translation>schemat {version} jest nowszy niż ten Outage Kit ({latest}); zainstaluj nowszy Outage Kit, który go zapisał</translation>
    </message>
    <message>
        <source>broken: {breaks}</source>
        <translation>przerwany: {breaks}</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>nie da się odczytać: {error}</translation>
    </message>
    <message>
        <source>Not sound: the store is damaged. Restore the newest good backup</source>
        <translation>Stan niesprawny: baza jest uszkodzona. Przywróć najnowszą dobrą kopię zapasową</translation>
    </message>
    <message>
        <source> (backups are in {folder}): outage-kit restore FILE</source>
        <translation> (kopie zapasowe są w {folder}): outage-kit restore PLIK</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Zapisano kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>
Copied to {copied}</source>
        <translation>
Skopiowano do {copied}</translation>
    </message>
    <message>
        <source>
Audit chain head: {audit_head}</source>
        <translation>
Głowa łańcucha audytu: {audit_head}</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Nie ma pliku {file}.</translation>
    </message>
    <message>
        <source>{file} is not a backup file.</source>
        <translation>{file} nie jest plikiem kopii zapasowej.</translation>
    </message>
    <message>
        <source>Restored the store from {file}.</source>
        <translation>Przywrócono bazę z {file}.</translation>
    </message>
    <message>
        <source>Not restored: it would take back what changed since the backup was made:</source>
        <translation>Nie przywrócono: cofnęłoby to zmiany wprowadzone od wykonania kopii:</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore with --yes to do it all the same.</source>
        <translation>Nic nie zmieniono. Aby mimo to przywrócić, dodaj --yes.</translation>
    </message>
    <message>
        <source>The backup is sound. Restoring it takes back what changed since:</source>
        <translation>Kopia jest poprawna. Przywrócenie jej cofnie zmiany wprowadzone od tamtej pory:</translation>
    </message>
    <message>
        <source>The store as it is now has been kept as a backup (before-restore).</source>
        <translation>Obecny stan bazy zachowano jako kopię (before-restore).</translation>
    </message>
    <message>
        <source>Restore {file} anyway</source>
        <translation>Przywrócić {file} mimo to</translation>
    </message>
    <message>
        <source>notice templates: list, show, lint, edit locally, reset</source>
        <translation>szablony powiadomień: lista, podgląd, sprawdzenie, edycja lokalna, przywrócenie</translation>
    </message>
    <message>
        <source>every template in use and where it comes from</source>
        <translation>wszystkie używane szablony i ich pochodzenie</translation>
    </message>
    <message>
        <source>only shipped, bundle or local ones</source>
        <translation>tylko wbudowane, z pakietu lub lokalne</translation>
    </message>
    <message>
        <source>a template&apos;s source, its fields and lint</source>
        <translation>źródło szablonu, jego pola i wynik sprawdzenia</translation>
    </message>
    <message>
        <source>e.g. disaster/initial.en or downtime/update.pl.sms</source>
        <translation>np. disaster/initial.en lub downtime/update.pl.sms</translation>
    </message>
    <message>
        <source>the notice it gives, with sample values</source>
        <translation>powiadomienie, jakie daje, z przykładowymi wartościami</translation>
    </message>
    <message>
        <source>check a template (or --file FILE written for it): exit 1 if it has problems</source>
        <translation>sprawdź szablon (lub napisany dla niego --file FILE): kod 1, jeśli ma błędy</translation>
    </message>
    <message>
        <source>a template&apos;s name, as &apos;templates list&apos; shows it</source>
        <translation>nazwa szablonu, jak pokazuje ją &apos;templates list&apos;</translation>
    </message>
    <message>
        <source>check this text instead (&apos;-&apos;: stdin)</source>
        <translation>sprawdź zamiast tego ten tekst (&apos;-&apos;: stdin)</translation>
    </message>
    <message>
        <source>replace a template by FILE&apos;s text as a local edit (refused with problems)</source>
        <translation>zastąp szablon tekstem z FILE jako zmianą lokalną (odrzucane, gdy są błędy)</translation>
    </message>
    <message>
        <source>the new source, UTF-8 (&apos;-&apos;: stdin)</source>
        <translation>nowe źródło, UTF-8 (&apos;-&apos;: stdin)</translation>
    </message>
    <message>
        <source>drop the local edit: the shipped template applies</source>
        <translation>porzuć zmianę lokalną: obowiązuje szablon wbudowany</translation>
    </message>
    <message>
        <source>{name!r} is not a template name: write KIND/STAGE.LANGUAGE, with .sms for the SMS form, e.g. disaster/initial.en or downtime/update.pl.sms.</source>
        <translation>{name!r} nie jest nazwą szablonu: pisz RODZAJ/ETAP.JĘZYK, z .sms dla wersji SMS, np. disaster/initial.en lub downtime/update.pl.sms.</translation>
    </message>
    <message>
        <source>There is no template {name!r} in this kit. &apos;outage-kit templates list&apos; shows them.</source>
        <translation>W tym zestawie nie ma szablonu {name!r}. &apos;outage-kit templates list&apos; je wypisuje.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Nie ma pliku {path}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} nie jest tekstem UTF-8; zapisz go w UTF-8 i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>Żaden szablon nie pasuje.</translation>
    </message>
    <message>
        <source>No preview: {problems}</source>
        <translation>Brak podglądu: {problems}</translation>
    </message>
    <message>
        <source>✔ No problems. Fields this template needs: {fields}</source>
        <translation>✔ Bez problemów. Pola wymagane przez ten szablon: {fields}</translation>
    </message>
    <message>
        <source>{template} was not saved:
</source>
        <translation>{template} nie został zapisany:
</translation>
    </message>
    <message>
        <source>{name} saved as a local edit; &apos;outage-kit templates reset {name}&apos; undoes it.</source>
        <translation>{name} zapisano jako zmianę lokalną; &apos;outage-kit templates reset {name}&apos; ją cofa.</translation>
    </message>
    <message>
        <source>{name} already has this text; nothing changed.</source>
        <translation>{name} ma już ten tekst; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>{name} has no local edit; it is the {origin} template already.</source>
        <translation>{name} nie ma zmian lokalnych; to już jest szablon ({origin}).</translation>
    </message>
    <message>
        <source>Dropped the local edit of {name}</source>
        <translation>Porzucono lokalną zmianę {name}</translation>
    </message>
    <message>
        <source>; the {origin} template applies again.</source>
        <translation>; znów obowiązuje szablon ({origin}).</translation>
    </message>
    <message>
        <source>the kit&apos;s data folder (env OUTAGE_KIT_HOME)</source>
        <translation>folder danych zestawu (zmienna OUTAGE_KIT_HOME)</translation>
    </message>
    <message>
        <source>file holding the recovery passphrase (env OUTAGE_KIT_PASSPHRASE_FILE)</source>
        <translation>plik z hasłem odzyskiwania (zmienna OUTAGE_KIT_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>wynik do odczytu maszynowego</translation>
    </message>
    <message>
        <source>outage-kit: {problem}</source>
        <translation>outage-kit: {problem}</translation>
    </message>
    <message>
        <source>incidents and their partner notices</source>
        <translation>incydenty i powiadomienia dla partnerów</translation>
    </message>
    <message>
        <source>open an incident (prints its reference)</source>
        <translation>otwórz incydent (wypisuje jego sygnaturę)</translation>
    </message>
    <message>
        <source>affected service ids, comma-separated</source>
        <translation>identyfikatory dotkniętych usług, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>groups to notify instead of the routing rule&apos;s</source>
        <translation>grupy do powiadomienia zamiast wynikających z reguły przypisania</translation>
    </message>
    <message>
        <source>open incidents with their timers</source>
        <translation>otwarte incydenty z ich licznikami czasu</translation>
    </message>
    <message>
        <source>closed ones too</source>
        <translation>również zamknięte</translation>
    </message>
    <message>
        <source>an incident, its timers and its notices</source>
        <translation>incydent, jego liczniki czasu i powiadomienia</translation>
    </message>
    <message>
        <source>render, lint and queue a notice</source>
        <translation>wygeneruj, sprawdź i wstaw powiadomienie do kolejki</translation>
    </message>
    <message>
        <source>a file holding a JSON object: field → text. &quot;&lt;field&gt;.&lt;lang&gt;&quot;: that language&apos;s text; &quot;title&quot;: the English title, for every language without its own; &quot;title.&lt;lang&gt;&quot;: a language&apos;s title (both kept for later notices). A key no template of the notice uses is refused</source>
        <translation>plik z obiektem JSON: pole → tekst. &quot;&lt;field&gt;.&lt;lang&gt;&quot;: tekst w tym języku; &quot;title&quot;: tytuł angielski, dla każdego języka bez własnego; &quot;title.&lt;lang&gt;&quot;: tytuł w danym języku (oba zostają dla kolejnych powiadomień). Klucz, którego nie używa żaden szablon powiadomienia, jest odrzucany</translation>
    </message>
    <message>
        <source>show the notices, queue nothing</source>
        <translation>pokaż powiadomienia, niczego nie wstawiaj do kolejki</translation>
    </message>
    <message>
        <source>drop a recipient</source>
        <translation>usuń odbiorcę</translation>
    </message>
    <message>
        <source>why --remove (required with it)</source>
        <translation>dlaczego --remove (wymagane razem z nim)</translation>
    </message>
    <message>
        <source>groups that hear about it from now on (comma-separated)</source>
        <translation>grupy, które od teraz dostają informacje (rozdzielone przecinkami)</translation>
    </message>
    <message>
        <source>close (once partners have its resolution/completion notice)</source>
        <translation>zamknij (gdy partnerzy dostali powiadomienie o usunięciu awarii / zakończeniu)</translation>
    </message>
    <message>
        <source>record that the partners the kit could not reach were told another way</source>
        <translation>odnotuj, że partnerzy, do których zestaw nie dotarł, zostali powiadomieni inaczej</translation>
    </message>
    <message>
        <source>e.g. &apos;phoned the NOC&apos;, &apos;SMS from my phone&apos;</source>
        <translation>np. &apos;telefon do NOC&apos;, &apos;SMS z mojego telefonu&apos;</translation>
    </message>
    <message>
        <source>which notice (default: the newest)</source>
        <translation>które powiadomienie (domyślnie: najnowsze)</translation>
    </message>
    <message>
        <source>only this partner&apos;s messages: words of its name, its address or its number as written (repeat for each partner told; default: every partner still waiting)</source>
        <translation>tylko wiadomości tego partnera: słowa jego nazwy, adres albo numer tak, jak zapisany (powtórz dla każdego powiadomionego partnera; domyślnie: każdy partner, który wciąż czeka)</translation>
    </message>
    <message>
        <source>discard an incident opened by mistake, before any notice went out</source>
        <translation>odrzuć incydent otwarty przez pomyłkę, zanim wyszło jakiekolwiek powiadomienie</translation>
    </message>
    <message>
        <source>why (kept and audited)</source>
        <translation>dlaczego (zapisywane i audytowane)</translation>
    </message>
    <message>
        <source>notices typed in the window and not queued (kept after a crash)</source>
        <translation>powiadomienia wpisane w oknie i niewstawione do kolejki (zachowane także po awarii)</translation>
    </message>
    <message>
        <source>throw one away, e.g. new:disaster</source>
        <translation>odrzuć jeden szkic, np. new:disaster</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> PO TERMINIE</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>Brak otwartych incydentów.</translation>
    </message>
    <message>
        <source>Not queued — drafts kept from the window (open them there, or discard):</source>
        <translation>Nie w kolejce — szkice zachowane z okna (otwórz je tam albo odrzuć):</translation>
    </message>
    <message>
        <source>There is no draft {scope!r}; the drafts: {listed}.</source>
        <translation>Nie ma szkicu {scope!r}; szkice: {listed}.</translation>
    </message>
    <message>
        <source>Discarded the draft {scope}.</source>
        <translation>Odrzucono szkic {scope}.</translation>
    </message>
    <message>
        <source>No draft is waiting.</source>
        <translation>Żaden szkic nie czeka.</translation>
    </message>
    <message>
        <source>  window {window_start} – {window_end}</source>
        <translation>  okno {window_start} – {window_end}</translation>
    </message>
    <message>
        <source>  detected {detected_at}</source>
        <translation>  wykryto {detected_at}</translation>
    </message>
    <message>
        <source>; services {services}</source>
        <translation>; usługi {services}</translation>
    </message>
    <message>
        <source>  groups {groups}</source>
        <translation>  grupy {groups}</translation>
    </message>
    <message>
        <source>  reach: {summary}</source>
        <translation>  zasięg: {summary}</translation>
    </message>
    <message>
        <source>  withdrawn: {reason}</source>
        <translation>  wycofany: {reason}</translation>
    </message>
    <message>
        <source>  timer: {timer}</source>
        <translation>  licznik: {timer}</translation>
    </message>
    <message>
        <source>  plan:</source>
        <translation>  plan:</translation>
    </message>
    <message>
        <source>, next update by {time}</source>
        <translation>, następna aktualizacja do {time}</translation>
    </message>
    <message>
        <source>  via {paths}</source>
        <translation>  przez {paths}</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no fields file {path}.</source>
        <translation>Nie ma pliku z polami {path}.</translation>
    </message>
    <message>
        <source>{path} is not JSON ({err}).</source>
        <translation>{path} nie jest plikiem JSON ({err}).</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object, like {{&quot;impact&quot;: &quot;…&quot;}}.</source>
        <translation>{path} musi zawierać jeden obiekt JSON, np. {{&quot;impact&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>--remove needs --removal-reason: say why they stop hearing about it.</source>
        <translation>--remove wymaga --removal-reason: podaj, dlaczego przestają dostawać informacje.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s)</source>
        <translation>
            <numerusform>Dodano do kolejki %n wiadomość</numerusform>
            <numerusform>Dodano do kolejki %n wiadomości</numerusform>
            <numerusform>Dodano do kolejki %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> to %n recipient(s) for {reference} ({stage}). Partners are told once it is sent: &apos;outage-kit outbox send&apos; sends it now.</source>
        <translation>
            <numerusform> do %n odbiorcy dla {reference} ({stage}). Partnerzy są powiadomieni dopiero po wysłaniu: &apos;outage-kit outbox send&apos; wysyła teraz.</numerusform>
            <numerusform> do %n odbiorców dla {reference} ({stage}). Partnerzy są powiadomieni dopiero po wysłaniu: &apos;outage-kit outbox send&apos; wysyła teraz.</numerusform>
            <numerusform> do %n odbiorców dla {reference} ({stage}). Partnerzy są powiadomieni dopiero po wysłaniu: &apos;outage-kit outbox send&apos; wysyła teraz.</numerusform>
        </translation>
    </message>
    <message>
        <source> (the {language} template)</source>
        <translation> (szablon: {language})</translation>
    </message>
    <message numerus="yes">
        <source>===== {language}, {channel}{fallback}, {zone}: for %n recipient(s)</source>
        <translation>
            <numerusform>===== {language}, {channel}{fallback}, {zone}: dla %n odbiorcy</numerusform>
            <numerusform>===== {language}, {channel}{fallback}, {zone}: dla %n odbiorców</numerusform>
            <numerusform>===== {language}, {channel}{fallback}, {zone}: dla %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>(no {language} text for: {fields}; the English text, marked {mark})</source>
        <translation>(język {language}: brak tekstu dla pól: {fields}; tekst angielski, oznaczony {mark})</translation>
    </message>
    <message>
        <source>===== lint</source>
        <translation>===== sprawdzenie</translation>
    </message>
    <message>
        <source>Closed {reference}.</source>
        <translation>Zamknięto {reference}.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n partner(s) of {reference} as told another way ({strip}).</source>
        <translation>
            <numerusform>{reference}: odnotowano %n partnera powiadomionego inaczej ({strip}).</numerusform>
            <numerusform>{reference}: odnotowano %n partnerów powiadomionych inaczej ({strip}).</numerusform>
            <numerusform>{reference}: odnotowano %n partnerów powiadomionych inaczej ({strip}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every partner of that notice has it already (by e-mail, SMS or told another way); nothing was recorded.</source>
        <translation>Każdy partner ma już to powiadomienie (e-mailem, SMS-em albo przekazane inaczej); nic nie odnotowano.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>planned work: START/END, e.g. 1.12.2026 01:00/03:00 or 01:00/03:00</source>
        <translation>prace planowane: POCZĄTEK/KONIEC, np. 1.12.2026 01:00/03:00 albo 01:00/03:00</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Wykryto</translation>
    </message>
    <message>
        <source>; languages </source>
        <translation>; języki </translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <source>ok: nothing missing, ready to queue.</source>
        <translation>ok: niczego nie brakuje, gotowe do kolejki.</translation>
    </message>
    <message>
        <source>Withdrew {reference}: {withdrawn_reason}. It is left out of the reports&apos; figures.</source>
        <translation>Wycofano {reference}: {withdrawn_reason}. Nie jest uwzględniany w danych raportów.</translation>
    </message>
    <message numerus="yes">
        <source>The network reported on %n sent SMS (delivered or failed).</source>
        <translation>
            <numerusform>Sieć przekazała raport o %n wysłanym SMS-ie (doręczony lub nieudany).</numerusform>
            <numerusform>Sieć przekazała raporty o %n wysłanych SMS-ach (doręczone lub nieudane).</numerusform>
            <numerusform>Sieć przekazała raporty o %n wysłanych SMS-ach (doręczone lub nieudane).</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: {w}</source>
        <translation>OSTRZEŻENIE: {w}</translation>
    </message>
    <message>
        <source>Writing a backup and checking every page ({size})</source>
        <translation>Zapisywanie kopii zapasowej i sprawdzanie każdej strony ({size})</translation>
    </message>
    <message>
        <source>Copying it to {out} and reading it back</source>
        <translation>Kopiowanie do {out} i odczyt kontrolny</translation>
    </message>
    <message>
        <source>Checking every page of the store ({size}): this can take a few minutes</source>
        <translation>Sprawdzanie każdej strony bazy ({size}): to może potrwać kilka minut</translation>
    </message>
    <message>
        <source>a backup of this kit (from &apos;backup&apos; or the backups folder)</source>
        <translation>kopia zapasowa tego zestawu (z &apos;backup&apos; albo folderu kopii)</translation>
    </message>
    <message>
        <source>restore even if it takes back incidents opened, updated or closed since</source>
        <translation>przywróć, nawet jeśli cofnie to incydenty otwarte, zaktualizowane lub zamknięte od tamtej pory</translation>
    </message>
    <message>
        <source>no loadable translation for {languages} (the kit speaks English instead): run `make translations` (a checkout) or reinstall the kit</source>
        <translation>brak tłumaczenia, które da się wczytać, dla {languages} (program mówi zamiast tego po angielsku): uruchom `make translations` (kopia z repozytorium) lub zainstaluj program ponownie</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Sprawdzanie łańcucha audytu</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji programu i zakończ</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są argumenty: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone razem z argumentem %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawnie podany argument %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nieznane polecenie %(parser_name)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <source>held copies of a notice (their promise passed while they waited, e.g. no SMS modem): the same notice written now, to exactly those partners and channels</source>
        <translation>wstrzymane kopie powiadomienia (ich obietnica minęła, gdy czekały, np. bez modemu SMS): to samo powiadomienie napisane teraz, dokładnie do tych partnerów i tymi kanałami</translation>
    </message>
    <message>
        <source>which notice (default: the oldest held)</source>
        <translation>które powiadomienie (domyślnie: najstarsze wstrzymane)</translation>
    </message>
    <message>
        <source>an outage: the new promised update time (planned work: the plan&apos;s)</source>
        <translation>awaria: nowy obiecany czas kolejnej informacji (prace planowane: z planu)</translation>
    </message>
    <message numerus="yes">
        <source>Announced now: %n message(s) queued (&apos;outage-kit outbox send&apos; sends them). Plan:</source>
        <translation>
            <numerusform>Zapowiedziano teraz: %n wiadomość w kolejce (wyśle ją &apos;outage-kit outbox send&apos;). Plan:</numerusform>
            <numerusform>Zapowiedziano teraz: %n wiadomości w kolejce (wyśle je &apos;outage-kit outbox send&apos;). Plan:</numerusform>
            <numerusform>Zapowiedziano teraz: %n wiadomości w kolejce (wyśle je &apos;outage-kit outbox send&apos;). Plan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued planned notice {id} now (%n message(s)); &apos;outage-kit outbox send&apos; sends it.</source>
        <translation>
            <numerusform>Zaplanowane powiadomienie {id} jest teraz w kolejce (%n wiadomość); wyśle je &apos;outage-kit outbox send&apos;.</numerusform>
            <numerusform>Zaplanowane powiadomienie {id} jest teraz w kolejce (%n wiadomości); wyśle je &apos;outage-kit outbox send&apos;.</numerusform>
            <numerusform>Zaplanowane powiadomienie {id} jest teraz w kolejce (%n wiadomości); wyśle je &apos;outage-kit outbox send&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent at their time: the kit was closed or locked then, or the notice could not be queued (nothing was sent late by itself):</source>
        <translation>Niewysłane o czasie: zestaw był wtedy zamknięty lub zablokowany albo powiadomienia nie dało się dodać do kolejki (nic nie zostało wysłane z opóźnieniem samo):</translation>
    </message>
    <message numerus="yes">
        <source>Queued {reference} {what} (%n message(s)).</source>
        <translation>
            <numerusform>W kolejce: {reference} {what} (%n wiadomość).</numerusform>
            <numerusform>W kolejce: {reference} {what} (%n wiadomości).</numerusform>
            <numerusform>W kolejce: {reference} {what} (%n wiadomości).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: the window now ends {end}; the completion is due then. Queued %n message(s) telling partners; &apos;outage-kit outbox send&apos; sends them.</source>
        <translation>
            <numerusform>{reference}: okno kończy się teraz {end}; wtedy należy wysłać zakończenie. W kolejce %n wiadomość dla partnerów; wyśle ją &apos;outage-kit outbox send&apos;.</numerusform>
            <numerusform>{reference}: okno kończy się teraz {end}; wtedy należy wysłać zakończenie. W kolejce %n wiadomości dla partnerów; wyśle je &apos;outage-kit outbox send&apos;.</numerusform>
            <numerusform>{reference}: okno kończy się teraz {end}; wtedy należy wysłać zakończenie. W kolejce %n wiadomości dla partnerów; wyśle je &apos;outage-kit outbox send&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) telling partners the new window.</source>
        <translation>
            <numerusform>W kolejce %n wiadomość z nowym oknem dla partnerów.</numerusform>
            <numerusform>W kolejce %n wiadomości z nowym oknem dla partnerów.</numerusform>
            <numerusform>W kolejce %n wiadomości z nowym oknem dla partnerów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody had heard of it yet: the announcement will say the new window.</source>
        <translation>Nikt jeszcze o nich nie wiedział: zapowiedź poda nowe okno.</translation>
    </message>
    <message numerus="yes">
        <source>  HELD: {counts} of notice {id} ({stage}): their promised update time passed while they waited (SMS copies wait when no SMS modem works: &apos;outage-kit paths probe&apos;). %n partner(s) have it no other way. Once the path works: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</source>
        <translation>
            <numerusform>  WSTRZYMANE: {counts} z powiadomienia {id} ({stage}): obiecany czas kolejnej informacji minął, gdy czekały (kopie SMS czekają, gdy nie działa modem SMS: &apos;outage-kit paths probe&apos;). %n partner nie ma go inną drogą. Gdy ścieżka zadziała: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</numerusform>
            <numerusform>  WSTRZYMANE: {counts} z powiadomienia {id} ({stage}): obiecany czas kolejnej informacji minął, gdy czekały (kopie SMS czekają, gdy nie działa modem SMS: &apos;outage-kit paths probe&apos;). %n partnerzy nie mają go inną drogą. Gdy ścieżka zadziała: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</numerusform>
            <numerusform>  WSTRZYMANE: {counts} z powiadomienia {id} ({stage}): obiecany czas kolejnej informacji minął, gdy czekały (kopie SMS czekają, gdy nie działa modem SMS: &apos;outage-kit paths probe&apos;). %n partnerów nie ma go inną drogą. Gdy ścieżka zadziała: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: the held copies re-issued, written now: %n message(s) queued (&apos;outage-kit outbox send&apos; sends them).</source>
        <translation>
            <numerusform>{reference}: wstrzymane kopie wystawione ponownie, napisane teraz: %n wiadomość w kolejce (wyśle ją &apos;outage-kit outbox send&apos;).</numerusform>
            <numerusform>{reference}: wstrzymane kopie wystawione ponownie, napisane teraz: %n wiadomości w kolejce (wyśle je &apos;outage-kit outbox send&apos;).</numerusform>
            <numerusform>{reference}: wstrzymane kopie wystawione ponownie, napisane teraz: %n wiadomości w kolejce (wyśle je &apos;outage-kit outbox send&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>planned work: announce this many days before the window (default: the &apos;planned_announce_days&apos; setting; 0: at once). Needs --fields.</source>
        <extracomment>`incident schedule` without --from/--to: today and the four weeks after</extracomment>
        <translation>prace planowane: zapowiedz tyle dni przed oknem (domyślnie: ustawienie &apos;planned_announce_days&apos;; 0: od razu). Wymaga --fields.</translation>
    </message>
    <message>
        <source>planned work: the announcement&apos;s fields (work, impact, …); with it the kit announces by itself at its time. Without it you announce with &apos;incident notify&apos;.</source>
        <translation>prace planowane: pola zapowiedzi (prace, wpływ, …); z nimi zestaw sam zapowie prace w swoim czasie. Bez nich zapowiadasz poleceniem &apos;incident notify&apos;.</translation>
    </message>
    <message>
        <source>planned work: reminders before the start, e.g. &apos;24h,1h&apos; (default {default}), or &apos;none&apos;</source>
        <translation>prace planowane: przypomnienia przed rozpoczęciem, np. &apos;24h,1h&apos; (domyślnie {default}) albo &apos;none&apos;</translation>
    </message>
    <message>
        <source>planned work: a &apos;work started&apos; notice</source>
        <translation>prace planowane: powiadomienie o rozpoczęciu prac</translation>
    </message>
    <message>
        <source>planned work and its planned notices; missed ones: send now or skip</source>
        <translation>prace planowane i ich zaplanowane powiadomienia; pominięte: wyślij teraz albo pomiń</translation>
    </message>
    <message>
        <source>first day (default today)</source>
        <translation>pierwszy dzień (domyślnie dziś)</translation>
    </message>
    <message numerus="yes">
        <source>last day (default %n days on)</source>
        <translation>
            <numerusform>ostatni dzień (domyślnie %n dzień później)</numerusform>
            <numerusform>ostatni dzień (domyślnie %n dni później)</numerusform>
            <numerusform>ostatni dzień (domyślnie %n dni później)</numerusform>
        </translation>
    </message>
    <message>
        <source>list the missed planned notices</source>
        <translation>wypisz pominięte zaplanowane powiadomienia</translation>
    </message>
    <message>
        <source>queue the planned notices due now</source>
        <translation>wstaw do kolejki zaplanowane powiadomienia, których czas nadszedł</translation>
    </message>
    <message>
        <source>send a missed planned notice now</source>
        <translation>wyślij teraz pominięte zaplanowane powiadomienie</translation>
    </message>
    <message>
        <source>skip a missed planned notice</source>
        <translation>pomiń pominięte zaplanowane powiadomienie</translation>
    </message>
    <message>
        <source>why it is skipped (with --skip; audited)</source>
        <translation>dlaczego jest pomijane (z --skip; trafia do dziennika audytu)</translation>
    </message>
    <message>
        <source>planned work not started yet: change its reminders or &apos;work started&apos;</source>
        <translation>prace planowane jeszcze nierozpoczęte: zmień ich przypomnienia lub powiadomienie o rozpoczęciu</translation>
    </message>
    <message>
        <source>e.g. &apos;72h, 24h, 1h&apos;, or &apos;none&apos;</source>
        <translation>np. &apos;72h, 24h, 1h&apos; albo &apos;none&apos;</translation>
    </message>
    <message>
        <source>send a &apos;work started&apos; notice at the start</source>
        <translation>wyślij powiadomienie o rozpoczęciu prac w chwili rozpoczęcia</translation>
    </message>
    <message>
        <source>planned work running over: a new window end, told to partners</source>
        <translation>prace planowane trwają dłużej: nowy koniec okna, przekazany partnerom</translation>
    </message>
    <message>
        <source>a sentence for partners (optional; in English, every language&apos;s fallback)</source>
        <translation>zdanie dla partnerów (opcjonalne; po angielsku, dla każdego języka bez własnego)</translation>
    </message>
    <message>
        <source>the note in one language of the audience, e.g. sv=… (repeatable)</source>
        <translation>notatka w jednym z języków odbiorców, np. sv=… (można powtarzać)</translation>
    </message>
    <message>
        <source>why it moves (required once announced; in English, every language&apos;s fallback)</source>
        <translation>dlaczego prace są przenoszone (wymagane po zapowiedzi; po angielsku, dla każdego języka bez własnego)</translation>
    </message>
    <message>
        <source>the reason in one language of the audience, e.g. pl=… (repeatable)</source>
        <translation>powód w jednym z języków odbiorców, np. pl=… (można powtarzać)</translation>
    </message>
    <message>
        <source>planned work not started yet: a new window, told to partners</source>
        <translation>prace planowane jeszcze nierozpoczęte: nowe okno, przekazane partnerom</translation>
    </message>
    <message>
        <source>the new end: 04:30 or 1.12.2026 04:30</source>
        <translation>nowy koniec: 04:30 albo 1.12.2026 04:30</translation>
    </message>
    <message>
        <source>START/END, e.g. 3.12.2026 01:00/03:00</source>
        <translation>POCZĄTEK/KONIEC, np. 3.12.2026 01:00/03:00</translation>
    </message>
    <message>
        <source>--announce-days needs --fields FILE.json: the kit announces by itself only what you wrote for it (work, impact).</source>
        <translation>--announce-days wymaga --fields PLIK.json: zestaw sam zapowiada tylko to, co dla niego napisałeś (prace, wpływ).</translation>
    </message>
    <message>
        <source>--announce-days takes 0 to 60 days.</source>
        <translation>--announce-days przyjmuje od 0 do 60 dni.</translation>
    </message>
    <message>
        <source>The announcement could not be sent as planned:</source>
        <translation>Zapowiedzi nie da się wysłać zgodnie z planem:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Plan (announce it yourself: &apos;outage-kit incident notify REF --stage initial&apos;):</source>
        <translation>Plan (zapowiedz prace sam: &apos;outage-kit incident notify REF --stage initial&apos;):</translation>
    </message>
    <message>
        <source>Skipped planned notice {id}: {reason}.</source>
        <translation>Pominięto zaplanowane powiadomienie {id}: {reason}.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to jest wcześniej niż --from.</translation>
    </message>
    <message>
        <source>No planned work from {first} to {last}.</source>
        <translation>Brak prac planowanych od {first} do {last}.</translation>
    </message>
    <message>
        <source>No planned notice was missed.</source>
        <translation>Żadne zaplanowane powiadomienie nie zostało pominięte.</translation>
    </message>
    <message>
        <source>{label}, due {due}</source>
        <translation>{label}, termin {due}</translation>
    </message>
    <message>
        <source>Send one now (its times are written now): &apos;outage-kit incident schedule --send ID&apos;; or skip it: &apos;outage-kit incident schedule --skip ID --reason TEXT&apos;.</source>
        <translation>Wyślij je teraz (jego czasy zostaną napisane teraz): &apos;outage-kit incident schedule --send ID&apos;; albo pomiń: &apos;outage-kit incident schedule --skip ID --reason TEKST&apos;.</translation>
    </message>
    <message>
        <source>Could not queue {reference} {what}: {why}</source>
        <translation>Nie udało się wstawić do kolejki {reference} ({what}): {why}</translation>
    </message>
    <message>
        <source>No planned notice is due.</source>
        <translation>Żadne zaplanowane powiadomienie nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>{option} takes LANG=TEXT (e.g. {option} sv=Indexet byggs om), not &apos;{item}&apos;.</source>
        <translation>{option} przyjmuje JĘZYK=TEKST (np. {option} sv=Indexet byggs om), a nie „{item}”.</translation>
    </message>
    <message>
        <source>{option} {language}=…: English is the text every language falls back to; give it without the language.</source>
        <translation>{option} {language}=…: tekst angielski trafia do każdego języka bez własnego; podaj go bez kodu języka.</translation>
    </message>
    <message>
        <source>{option} {language}=…: nobody of {reference}&apos;s partners reads that language (they read: {languages}).</source>
        <translation>{option} {language}=…: żaden partner {reference} nie czyta w tym języku (czytają w: {languages}).</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>Nowy koniec</translation>
    </message>
    <message>
        <source>{reference} moved to {start} – {end}; its planned notices were planned again.</source>
        <translation>{reference} przeniesiono na {start} – {end}; zaplanowane powiadomienia zaplanowano od nowa.</translation>
    </message>
    <message>
        <source>{reference} has no plan (it is not planned work).</source>
        <translation>{reference} nie ma planu (to nie są prace planowane).</translation>
    </message>
    <message>
        <source>{reference}: the plan now is:</source>
        <translation>{reference}: plan wygląda teraz tak:</translation>
    </message>
    <message>
        <source>  held: {counts} of notice {id} ({stage}), their promise lapsed while they waited; every partner they were for has the notice by another path, so nothing is owed. To send them these copies too once the path works: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</source>
        <translation>  wstrzymane: {counts} powiadomienia {id} ({stage}), obiecany termin minął, gdy czekały; każdy partner, do którego były, ma powiadomienie inną drogą, więc nic nie trzeba robić. Aby wysłać mu także te kopie, gdy droga zadziała: „outage-kit incident reissue {reference} --notice {id}”.</translation>
    </message>
    <message>
        <source>Outage Kit is open in a window on the data folder {home} (process {pid}): &apos;{command}&apos; would replace the store under it, and everything done in that window afterwards would be lost. Close the window (Kit &gt; Quit) and run it again, or {advice}.</source>
        <translation>Outage Kit jest otwarty w oknie na folderze danych {home} (proces {pid}): &apos;{command}&apos; podmieniłoby pod nim bazę, a wszystko, co potem zrobiono by w tym oknie, zostałoby utracone. Zamknij okno (Zestaw &gt; Zakończ) i uruchom polecenie ponownie albo {advice}.</translation>
    </message>
    <message>
        <source>rotate the key from the window (Settings &gt; Rotate the store key)</source>
        <translation>wymień klucz z okna (Ustawienia &gt; Wymień klucz bazy)</translation>
    </message>
    <message>
        <source>restore from the window (Backups section: Restore selected…, or Restore from a file… for a copy on a USB stick)</source>
        <translation>przywróć z okna (sekcja Kopie zapasowe: Przywróć zaznaczoną… albo Przywróć z pliku… dla kopii na pendrive)</translation>
    </message>
    <message>
        <source>image formats missing: {formats}</source>
        <translation>brak formatów obrazów: {formats}</translation>
    </message>
    <message>
        <source>the kit&apos;s icon does not load</source>
        <translation>nie wczytuje się ikona programu</translation>
    </message>
    <message>
        <source>the {platform} platform plugin is missing</source>
        <translation>brak wtyczki platformy {platform}</translation>
    </message>
    <message>
        <source>no fonts found</source>
        <translation>nie znaleziono czcionek</translation>
    </message>
    <message>
        <source>text could not be drawn</source>
        <translation>nie udało się narysować tekstu</translation>
    </message>
    <message>
        <source>Qt {version} on {platform}; {plugin} plugin present; {families} font families ({shipped} shipped)</source>
        <translation>Qt {version} na {platform}; wtyczka {plugin} obecna; rodziny czcionek: {families} (dołączone: {shipped})</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Uwaga: {warning}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>uwaga: {warning}</translation>
    </message>
    <message>
        <source>{label}: {said} = {utc} (typed {typed!r}).</source>
        <translation>{label}: {said} = {utc} (wpisano {typed!r}).</translation>
    </message>
    <message>
        <source>{option} {text!r} must be START/END, e.g. 1.12.2026 01:00/03:00 or 2026-12-01T01:00/2026-12-01T03:00.</source>
        <translation>{option} {text!r} musi mieć postać POCZĄTEK/KONIEC, np. 1.12.2026 01:00/03:00 albo 2026-12-01T01:00/2026-12-01T03:00.</translation>
    </message>
    <message>
        <source>the window&apos;s start ({option})</source>
        <translation>początek okna ({option})</translation>
    </message>
    <message>
        <source>the window&apos;s end ({option})</source>
        <translation>koniec okna ({option})</translation>
    </message>
    <message>
        <source>{option} {text!r}: the end ({end}) is not after the start ({start}). Give the end&apos;s date too when the work ends another day.</source>
        <translation>{option} {text!r}: koniec ({end}) nie jest po początku ({start}). Gdy prace kończą się innego dnia, podaj też datę końca.</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Początek okna</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Koniec okna</translation>
    </message>
    <message>
        <source>; {language} partners now get {template}.</source>
        <translation>; partnerzy o języku {language} dostają teraz {template}.</translation>
    </message>
    <message>
        <source>disaster: an outage now; downtime: planned work (needs --window)</source>
        <translation>disaster: awaria teraz; downtime: prace planowane (wymagają --window)</translation>
    </message>
    <message>
        <source>a short title, in English: partners of a language without its own title get it, marked (in English); give theirs with title.&lt;lang&gt; in a notice&apos;s --fields</source>
        <translation>krótki tytuł po angielsku: dostają go partnerzy, których język nie ma własnego tytułu, z dopiskiem (po angielsku); ich tytuł podaj jako title.&lt;lang&gt; w --fields powiadomienia</translation>
    </message>
    <message>
        <source>the language --title is written in, when not English (e.g. pl): it becomes that language&apos;s title, and notices to other languages need the English title (&quot;title&quot; in --fields)</source>
        <translation>język, w którym napisano --title, jeśli nie angielski (np. pl): staje się tytułem w tym języku, a powiadomienia w innych językach wymagają tytułu angielskiego (&quot;title&quot; w --fields)</translation>
    </message>
    <message>
        <source>when it was detected: 05:30 (today; a time still ahead is yesterday&apos;s when that was at most 12 hours ago, else it is refused: write the date), 1.12.2026 05:30 or 2026-12-01 05:30 (default now)</source>
        <translation>kiedy go wykryto: 05:30 (dziś; godzina, która dziś jeszcze nie nadeszła, oznacza wczoraj, jeśli to było najwyżej 12 godzin temu, w przeciwnym razie jest odrzucana: podaj datę), 1.12.2026 05:30 lub 2026-12-01 05:30 (domyślnie teraz)</translation>
    </message>
    <message>
        <source>which notice: disaster initial, update, resolved; downtime initial, update, completed, cancelled</source>
        <translation>które powiadomienie: disaster initial, update, resolved; downtime initial, update, completed, cancelled</translation>
    </message>
    <message>
        <source>say the PDF&apos;s progress on stderr even when it is not a terminal</source>
        <translation>pokazuj postęp PDF na stderr także wtedy, gdy nie jest to terminal</translation>
    </message>
    <message>
        <source>Writing the PDF: {percent}%</source>
        <translation>Zapisywanie PDF: {percent}%</translation>
    </message>
    <message numerus="yes">
        <source> (%n for the first time)</source>
        <translation>
            <numerusform> (%n po raz pierwszy)</numerusform>
            <numerusform> (%n po raz pierwszy)</numerusform>
            <numerusform> (%n po raz pierwszy)</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} did not exist: it was created.</source>
        <translation>Folder {folder} nie istniał: został utworzony.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Search organisation, name, address or phone</source>
        <translation>Szukaj: organizacja, nazwisko, adres lub telefon</translation>
    </message>
    <message>
        <source>These are invented DEMO partners, for trying the kit. Import a signed contact bundle to notify real partners.</source>
        <translation>To są zmyśleni partnerzy DEMO do wypróbowania zestawu. Zaimportuj podpisany pakiet kontaktów, aby powiadamiać prawdziwych partnerów.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Hears about</source>
        <translation>Dostaje informacje o</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Wszystkie grupy</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedSection</name>
    <message>
        <source>This part of the kit cannot be read: the pages of the store behind it are damaged ({error}). Nothing was changed. Restore the newest good backup (the health check offers it; or Backups → Restore selected…); the other sections still work.</source>
        <translation>Tej części zestawu nie da się odczytać: strony bazy, na których się opiera, są uszkodzone ({error}). Nic nie zostało zmienione. Przywróć najnowszą dobrą kopię zapasową (proponuje ją sprawdzenie bazy; albo Kopie zapasowe → Przywróć zaznaczoną…); pozostałe sekcje działają.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>By status</source>
        <translation>Według statusu</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Według powodu</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Według przewoźnika</translation>
    </message>
    <message>
        <source>By age of call</source>
        <translation>Według wieku połączenia</translation>
    </message>
    <message>
        <source>Records</source>
        <extracomment>a row was opened: show its records</extracomment>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Only records awaiting a decision</source>
        <translation>Tylko rekordy czekające na decyzję</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>the amounts, each currency apart: a sum across currencies would mean nothing</extracomment>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Double-click a row to see its records</source>
        <translation>Kliknij dwukrotnie wiersz, aby zobaczyć jego rekordy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>The dashboard could not be counted.</source>
        <translation>Nie udało się policzyć pulpitu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) awaiting a decision</source>
        <translation>
            <numerusform>%Ln rekord czeka na decyzję</numerusform>
            <numerusform>%Ln rekordy czekają na decyzję</numerusform>
            <numerusform>%Ln rekordów czeka na decyzję</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the backlog</source>
        <translation>
            <numerusform>%Ln rekord w zaległościach</numerusform>
            <numerusform>%Ln rekordy w zaległościach</numerusform>
            <numerusform>%Ln rekordów w zaległościach</numerusform>
        </translation>
    </message>
    <message>
        <source> (summing the amounts…)</source>
        <translation> (sumowanie kwot…)</translation>
    </message>
    <message>
        <source>Amounts, each currency apart: {amounts}</source>
        <translation>Kwoty, każda waluta osobno: {amounts}</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Kwota w {currency}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Set to {label}</source>
        <translation>Ustaw: {label}</translation>
    </message>
    <message numerus="yes">
        <source>Billing has already closed %Ln of these ({detail}): they were billed or taken out, and a decision on them would hand billing a change back (Completed → Cleansed is billed again). They are left out.</source>
        <translation>
            <numerusform>Billing zamknął już %Ln z nich ({detail}): został rozliczony lub wycofany, a decyzja o nim przekazałaby billingowi zmianę (Zakończony → Oczyszczony zostanie rozliczony ponownie). Zostaje pominięty.</numerusform>
            <numerusform>Billing zamknął już %Ln z nich ({detail}): zostały rozliczone lub wycofane, a decyzja o nich przekazałaby billingowi zmianę (Zakończony → Oczyszczony zostanie rozliczony ponownie). Zostają pominięte.</numerusform>
            <numerusform>Billing zamknął już %Ln z nich ({detail}): zostały rozliczone lub wycofane, a decyzja o nich przekazałaby billingowi zmianę (Zakończony → Oczyszczony zostanie rozliczony ponownie). Zostają pominięte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the %Ln closed record(s) too</source>
        <translation>
            <numerusform>Zmień także %Ln zamknięty rekord</numerusform>
            <numerusform>Zmień także %Ln zamknięte rekordy</numerusform>
            <numerusform>Zmień także %Ln zamkniętych rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set &lt;b&gt;%Ln&lt;/b&gt; record(s) ({scope}) to &lt;b&gt;{label}&lt;/b&gt;?</source>
        <translation>
            <numerusform>Ustawić &lt;b&gt;%Ln&lt;/b&gt; rekord ({scope}) na &lt;b&gt;{label}&lt;/b&gt;?</numerusform>
            <numerusform>Ustawić &lt;b&gt;%Ln&lt;/b&gt; rekordy ({scope}) na &lt;b&gt;{label}&lt;/b&gt;?</numerusform>
            <numerusform>Ustawić &lt;b&gt;%Ln&lt;/b&gt; rekordów ({scope}) na &lt;b&gt;{label}&lt;/b&gt;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %Ln of those picked are {label} already and stay as they are.</source>
        <translation>
            <numerusform> %Ln z wybranych ma już status {label} i zostaje bez zmian.</numerusform>
            <numerusform> %Ln z wybranych mają już status {label} i zostają bez zmian.</numerusform>
            <numerusform> %Ln z wybranych ma już status {label} i zostaje bez zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source> You can undo this afterwards.</source>
        <translation> Można to później cofnąć.</translation>
    </message>
    <message>
        <source>Why (required for a write-off), e.g. claim raised with the supplier</source>
        <translation>Dlaczego (wymagane przy odpisie), np. reklamacja zgłoszona dostawcy</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln to {label}</source>
        <translation>
            <numerusform>Ustaw %Ln: {label}</numerusform>
            <numerusform>Ustaw %Ln: {label}</numerusform>
            <numerusform>Ustaw %Ln: {label}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Unfinished notice</source>
        <extracomment>False on a store that cannot be written: nothing is kept, leaving asks only whether to throw the notice away</extracomment>
        <translation>Niedokończone powiadomienie</translation>
    </message>
    <message>
        <source>This notice is not queued. Keep it as a draft to finish later, or discard it?</source>
        <translation>To powiadomienie nie jest w kolejce. Zachować je jako szkic do dokończenia później czy odrzucić?</translation>
    </message>
    <message>
        <source>&amp;Keep draft and close</source>
        <translation>&amp;Zachowaj szkic i zamknij</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Go on writing</source>
        <translation>&amp;Pisz dalej</translation>
    </message>
    <message>
        <source>The kit cannot keep drafts now (read-only). Discard this notice?</source>
        <translation>Zestaw nie może teraz przechować szkicu (tylko do odczytu). Odrzucić to powiadomienie?</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>&amp;Open the draft</source>
        <translation>&amp;Otwórz szkic</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more draft(s) after it.)</source>
        <translation>
            <numerusform>(po nim jeszcze %n szkic.)</numerusform>
            <numerusform>(po nim jeszcze %n szkice.)</numerusform>
            <numerusform>(po nim jeszcze %n szkiców.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmlExportTask</name>
    <message>
        <source>Writing .eml files to {folder}…</source>
        <translation>Zapisywanie plików .eml do {folder}…</translation>
    </message>
    <message>
        <source>Export as .eml files</source>
        <translation>Eksport jako pliki .eml</translation>
    </message>
    <message>
        <source>Cancelling: the files written are removed, the messages stay queued…</source>
        <translation>Anulowanie: zapisane pliki zostaną usunięte, wiadomości pozostaną w kolejce…</translation>
    </message>
</context>
<context>
    <name>ExtendWindowDialog</name>
    <message>
        <source>Extend the window — {0}</source>
        <translation>Przedłużenie okna — {0}</translation>
    </message>
    <message>
        <source>Optional: why, for partners (e.g. &apos;Index rebuild&apos;)</source>
        <translation>Opcjonalnie: dlaczego, dla partnerów (np. &apos;przebudowa indeksu&apos;)</translation>
    </message>
    <message>
        <source>The window ends {0}. Partners get an update with the new end; the completion is then due at the new end.</source>
        <translation>Okno kończy się {0}. Partnerzy dostaną aktualizację z nowym końcem; zakończenie będzie wtedy wymagane do nowego końca.</translation>
    </message>
    <message>
        <source>&amp;Extend and tell partners</source>
        <translation>&amp;Przedłuż i powiadom partnerów</translation>
    </message>
    <message>
        <source>New &amp;end (local time)</source>
        <translation>Nowy &amp;koniec (czas lokalny)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>English — all partners</source>
        <extracomment>narrower than this (px), labels go above their fields the lines kept under a time field: a refusal with the forms to write takes five in the resolution dialog at 1024 px (&quot;Understood: …&quot; one or two) per-language editors, by field key (&apos;impact.sv&apos;, &apos;title.sv&apos;)</extracomment>
        <translation>angielski — wszyscy partnerzy</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Text for the partners who read {0}. A field left empty gets the English text, and the notice tells them the details are in English.</source>
        <translation>Tekst dla partnerów, język: {0}. Puste pole dostaje tekst angielski, a powiadomienie informuje, że szczegóły są po angielsku.</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Tytuł incydentu</translation>
    </message>
    <message>
        <source>Understood: {time} — partners read it in their own time zone.</source>
        <translation>Odczytano: {time} — partnerzy zobaczą go w swojej strefie czasowej.</translation>
    </message>
    <message>
        <source>Incident title in English (for every language without its own)</source>
        <translation>Tytuł incydentu po angielsku (dla każdego języka bez własnego)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Outage Kit — first start</source>
        <translation>Outage Kit — pierwsze uruchomienie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create the encrypted store.&lt;/b&gt;&lt;br&gt;Everything the kit keeps — contacts, notices, backlog — is encrypted on this disk. The &lt;b&gt;recovery passphrase&lt;/b&gt; opens it where the system keyring cannot (a new profile, a headless machine). Write it down and keep it safe.</source>
        <translation>&lt;b&gt;Utwórz zaszyfrowaną bazę.&lt;/b&gt;&lt;br&gt;Wszystko, co przechowuje zestaw — kontakty, powiadomienia, zaległości — jest szyfrowane na tym dysku. &lt;b&gt;Hasło odzyskiwania&lt;/b&gt; otwiera bazę tam, gdzie systemowy pęk kluczy nie może (nowy profil, maszyna bez ekranu). Zapisz je i przechowuj w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>e.g. NOC duty officer</source>
        <translation>np. dyżurny NOC</translation>
    </message>
    <message>
        <source>12+ characters, mixed — or four or more words</source>
        <translation>12+ znaków, różnych — albo co najmniej cztery słowa</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nazwa operatora</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Utwórz bazę</translation>
    </message>
    <message>
        <source>Where should the kit keep its data?</source>
        <translation>Gdzie zestaw ma przechowywać dane?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; for {reference}, which was opened without one: no partner has been told yet. It goes to the incident&apos;s groups ticked below.</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; dla {reference}, otwartego bez powiadomienia: żaden partner nie został jeszcze powiadomiony. Trafi do grup incydentu zaznaczonych poniżej.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; for {reference}. It goes to everyone who heard about this planned work, with the earlier notices quoted below it.</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; dla {reference}. Trafia do wszystkich, którzy słyszeli o tych pracach planowanych, z cytatem wcześniejszych powiadomień poniżej.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; for {reference}. It goes to everyone who heard about this incident, with the earlier notices quoted below it.</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; dla {reference}. Trafia do wszystkich, którzy słyszeli o tym incydencie, z cytatem wcześniejszych powiadomień poniżej.</translation>
    </message>
    <message>
        <source> &lt;i&gt;Resumed the draft you had not queued yet.&lt;/i&gt;</source>
        <translation> &lt;i&gt;Wznowiono szkic, który nie trafił jeszcze do kolejki.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &lt;b&gt;It re-issues the held notice with a new promise; check the time.&lt;/b&gt;</source>
        <translation> &lt;b&gt;Wystawia ponownie wstrzymane powiadomienie z nowym terminem; sprawdź godzinę.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Groups: everyone who heard before hears this too; tick more groups to add them.</source>
        <translation>&amp;Grupy: wszyscy, którzy słyszeli wcześniej, dostaną i to; zaznacz kolejne grupy, aby je dodać.</translation>
    </message>
    <message>
        <source>&amp;Queue {lower}</source>
        <translation>&amp;Do kolejki: {lower}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>One of the incident&apos;s groups</source>
        <translation>Jedna z grup incydentu</translation>
    </message>
    <message>
        <source>Already hears about this incident</source>
        <translation>Już dostaje informacje o tym incydencie</translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand off to webmail</source>
        <translation>Przekaż do poczty przez WWW</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>It was &amp;sent</source>
        <translation>&amp;Wysłano</translation>
    </message>
    <message>
        <source>&amp;Not sent: back to the queue</source>
        <translation>&amp;Nie wysłano: z powrotem do kolejki</translation>
    </message>
    <message>
        <source>No web browser opened. Open this link in a browser by hand (it holds the recipients and the text), send it there, then confirm here:</source>
        <translation>Nie otworzyła się żadna przeglądarka. Otwórz ten link w przeglądarce ręcznie (zawiera odbiorców i treść), wyślij wiadomość tam, a potem potwierdź tutaj:</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiuj link</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Webmail:</source>
        <translation>Poczta WWW:</translation>
    </message>
    <message>
        <source>No webmail path is set up and switched on. Add one under Delivery paths (Gmail or Outlook), or export .eml files instead.</source>
        <translation>Nie skonfigurowano ani nie włączono ścieżki poczty WWW. Dodaj ją w Ścieżkach wysyłki (Gmail lub Outlook) albo wyeksportuj pliki .eml.</translation>
    </message>
    <message>
        <source>Batch {number}: {label}</source>
        <translation>Partia {number}: {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es). Open each, check the compose page (recipients are in Bcc), send it there, then confirm here.</source>
        <translation>
            <numerusform>%n partia. Otwórz ją, sprawdź stronę tworzenia wiadomości (odbiorcy są w polu UDW), wyślij tam, a potem potwierdź tutaj.</numerusform>
            <numerusform>%n partie. Otwórz każdą, sprawdź stronę tworzenia wiadomości (odbiorcy są w polu UDW), wyślij tam, a potem potwierdź tutaj.</numerusform>
            <numerusform>%n partii. Otwórz każdą, sprawdź stronę tworzenia wiadomości (odbiorcy są w polu UDW), wyślij tam, a potem potwierdź tutaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>No queued e-mail to hand off.</source>
        <translation>Brak e-maili w kolejce do przekazania.</translation>
    </message>
    <message>
        <source>opened in the browser, confirm it</source>
        <translation>otwarto w przeglądarce, potwierdź</translation>
    </message>
    <message>
        <source>no browser opened: open the link below by hand, then confirm it</source>
        <translation>przeglądarka się nie otworzyła: otwórz poniższy link ręcznie, potem potwierdź</translation>
    </message>
    <message>
        <source>Batch {number}: {label} — {state}</source>
        <translation>Partia {number}: {label} — {state}</translation>
    </message>
    <message>
        <source>sent ✔</source>
        <translation>wysłano ✔</translation>
    </message>
    <message>
        <source>back in the queue</source>
        <translation>z powrotem w kolejce</translation>
    </message>
    <message numerus="yes">
        <source>The body is on the clipboard: paste it into the compose page (cleared in %n s).</source>
        <translation>
            <numerusform>Treść jest w schowku: wklej ją na stronie tworzenia wiadomości (wyczyszczenie za %n s).</numerusform>
            <numerusform>Treść jest w schowku: wklej ją na stronie tworzenia wiadomości (wyczyszczenie za %n s).</numerusform>
            <numerusform>Treść jest w schowku: wklej ją na stronie tworzenia wiadomości (wyczyszczenie za %n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link is on the clipboard: paste it into a browser (cleared in %n s).</source>
        <translation>
            <numerusform>Link jest w schowku: wklej go do przeglądarki (wyczyszczenie za %n s).</numerusform>
            <numerusform>Link jest w schowku: wklej go do przeglądarki (wyczyszczenie za %n s).</numerusform>
            <numerusform>Link jest w schowku: wklej go do przeglądarki (wyczyszczenie za %n s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>&amp;Hand out by hand…</source>
        <extracomment>partner addresses stay on the clipboard this long, then it is cleared (if still ours)</extracomment>
        <translation>&amp;Przekaż ręcznie…</translation>
    </message>
    <message>
        <source>Hand out the notice by hand</source>
        <translation>Przekaż powiadomienie ręcznie</translation>
    </message>
    <message>
        <source>The kit cannot write now, so this notice is neither queued nor recorded: send it yourself. Put the recipients in Bcc (never To or Cc): partners must not see each other. Once there is room again, the incident&apos;s timeline will not show this notice.</source>
        <translation>Zestaw nie może teraz zapisywać, więc to powiadomienie nie trafi do kolejki ani do rejestru: wyślij je sam. Odbiorców wpisz w UDW (nigdy w Do ani DW): partnerzy nie mogą widzieć się nawzajem. Gdy znów będzie miejsce, oś czasu incydentu nie pokaże tego powiadomienia.</translation>
    </message>
    <message>
        <source>Copy &amp;subject</source>
        <translation>Kopiuj &amp;temat</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>Kopiuj t&amp;reść</translation>
    </message>
    <message>
        <source>Copy &amp;recipients</source>
        <translation>Kopiuj &amp;odbiorców</translation>
    </message>
    <message>
        <source>Open in &amp;webmail</source>
        <translation>Otwórz w &amp;poczcie WWW</translation>
    </message>
    <message>
        <source>Save as .&amp;eml files…</source>
        <translation>Zapisz jako pliki .&amp;eml…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>No webmail path is set up: copy the recipients, subject and text.</source>
        <translation>Nie skonfigurowano poczty WWW: skopiuj odbiorców, temat i treść.</translation>
    </message>
    <message>
        <source>This notice goes to nobody.</source>
        <translation>To powiadomienie nie trafia do nikogo.</translation>
    </message>
    <message numerus="yes">
        <source>SMS to %n number(s)</source>
        <translation>
            <numerusform>SMS na %n numer</numerusform>
            <numerusform>SMS na %n numery</numerusform>
            <numerusform>SMS na %n numerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n recipient(s)</source>
        <translation>
            <numerusform>E-mail do %n odbiorcy</numerusform>
            <numerusform>E-mail do %n odbiorców</numerusform>
            <numerusform>E-mail do %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>Bcc: {who}
Subject: {subject}</source>
        <translation>UDW: {who}
Temat: {subject}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>Do: {who}</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>Skopiowano. Schowek zostanie wyczyszczony za {seconds} s.</translation>
    </message>
    <message>
        <source>The text is too long for a link: paste it (it is copied).</source>
        <translation>Treść jest za długa na link: wklej ją (jest skopiowana).</translation>
    </message>
    <message>
        <source>No browser took the link: copy the recipients and text instead.</source>
        <translation>Żadna przeglądarka nie otworzyła linku: skopiuj zamiast tego odbiorców i treść.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n compose page(s): check and send each.</source>
        <translation>
            <numerusform>Otwarto %n stronę nowej wiadomości: sprawdź ją i wyślij.</numerusform>
            <numerusform>Otwarto %n strony nowych wiadomości: sprawdź i wyślij każdą.</numerusform>
            <numerusform>Otwarto %n stron nowych wiadomości: sprawdź i wyślij każdą.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the notice as .eml files (another disk)</source>
        <translation>Zapisz powiadomienie jako pliki .eml (na innym dysku)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n .eml draft(s) in {folder}: open each in a mail program and send it.</source>
        <translation>
            <numerusform>Zapisano %n szkic .eml w {folder}: otwórz go w programie pocztowym i wyślij.</numerusform>
            <numerusform>Zapisano %n szkice .eml w {folder}: otwórz każdy w programie pocztowym i wyślij.</numerusform>
            <numerusform>Zapisano %n szkiców .eml w {folder}: otwórz każdy w programie pocztowym i wyślij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a quarantine export</source>
        <translation>Import eksportu kwarantanny</translation>
    </message>
    <message>
        <source>CSV or XLSX exported from Billing &gt; Quarantine</source>
        <translation>CSV lub XLSX wyeksportowany z Billing &gt; Quarantine</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>optional: JSON mapping for an export with other columns</source>
        <translation>opcjonalnie: mapowanie JSON dla eksportu z innymi kolumnami</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapowanie</translation>
    </message>
    <message>
        <source>The name {name} does not say which quarantine the export is from: check Quarantine before importing.</source>
        <translation>Nazwa {name} nie mówi, z której kwarantanny pochodzi eksport: sprawdź pole Kwarantanna przed importem.</translation>
    </message>
    <message>
        <source>Quarantine export</source>
        <translation>Eksport kwarantanny</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Eksporty (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapowanie kolumn</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Najpierw wybierz plik do zaimportowania.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importowanie {name}…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this file will be kept.</source>
        <translation>Anulowanie… nic z tego pliku nie zostanie zachowane.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>reason not in the guide: {reason} ({count})</source>
        <translation>powodu nie ma w przewodniku: {reason} ({count})</translation>
    </message>
    <message>
        <source>The import failed; the backlog is as it was before.</source>
        <translation>Import się nie powiódł; zaległości są takie jak wcześniej.</translation>
    </message>
    <message>
        <source>The file is read and is being merged into the backlog: it can no longer be cancelled, and it will be kept whole.</source>
        <translation>Plik jest wczytany i trwa scalanie go z zaległościami: importu nie można już anulować, zostanie zachowany w całości.</translation>
    </message>
    <message>
        <source>The import can no longer be cancelled.</source>
        <translation>Importu nie można już anulować.</translation>
    </message>
    <message>
        <source>Too late to cancel: the import was already being merged. {summary}</source>
        <translation>Za późno na anulowanie: import był już scalany. {summary}</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Post &amp;update</source>
        <translation>Wyślij &amp;aktualizację</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Awaria usunięta</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the work</source>
        <translation>O&amp;dwołaj prace</translation>
    </message>
    <message>
        <source>C&amp;lose incident</source>
        <translation>Za&amp;mknij incydent</translation>
    </message>
    <message>
        <source>Repor&amp;t…</source>
        <translation>Rapor&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Wycofaj…</translation>
    </message>
    <message>
        <source>Opened by mistake: discard it with the reason</source>
        <translation>Otwarty przez pomyłkę: odrzuć go, podając powód</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Wyślij teraz</translation>
    </message>
    <message>
        <source>We&amp;bmail…</source>
        <translation>Poczta &amp;WWW…</translation>
    </message>
    <message>
        <source>.&amp;eml to USB…</source>
        <translation>.&amp;eml na USB…</translation>
    </message>
    <message>
        <source>Told &amp;another way…</source>
        <translation>Przekazano &amp;inaczej…</translation>
    </message>
    <message>
        <source>You phoned them, texted from your own phone, …</source>
        <translation>Zadzwoniłeś, wysłałeś SMS z własnego telefonu, …</translation>
    </message>
    <message>
        <source>Re-&amp;issue…</source>
        <translation>Wystaw &amp;ponownie…</translation>
    </message>
    <message>
        <source>The same notice again, with a new promised update time</source>
        <translation>To samo powiadomienie jeszcze raz, z nowym terminem aktualizacji</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>the send running now, (messages done, of them); None: none runs (the section follows the Outbox&apos;s sender) paths seen down, name → (why, when): from the last send and the last probe</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Do kogo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Select a notice to read it as partners got it.</source>
        <translation>Zaznacz powiadomienie, aby przeczytać je tak, jak dostali je partnerzy.</translation>
    </message>
    <message>
        <source>detected {time}</source>
        <translation>wykryto {time}</translation>
    </message>
    <message>
        <source>window {start} – {end}</source>
        <translation>okno {start} – {end}</translation>
    </message>
    <message>
        <source> · closed {time}</source>
        <translation> · zamknięto {time}</translation>
    </message>
    <message>
        <source> · withdrawn: {reason}</source>
        <translation> · wycofano: {reason}</translation>
    </message>
    <message>
        <source>{kind} · {status}{closed} · {when}&lt;br&gt;Services: {services} · Groups: {groups}</source>
        <translation>{kind} · incydent {status}{closed} · {when}&lt;br&gt;Usługi: {services} · Grupy: {groups}</translation>
    </message>
    <message>
        <source>held copies re-issued: {summary}</source>
        <translation>wstrzymane kopie wysłane ponownie: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies) wait(s) in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</source>
        <translation>
            <numerusform>%n kopia SMS czeka w skrzynce nadawczej: zestaw wyśle ją sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
            <numerusform>%n kopie SMS czekają w skrzynce nadawczej: zestaw wyśle je sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
            <numerusform>%n kopii SMS czeka w skrzynce nadawczej: zestaw wyśle je sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail copy(-ies) wait(s) in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</source>
        <translation>
            <numerusform>%n kopia e-mail czeka w skrzynce nadawczej: zestaw wyśle ją sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
            <numerusform>%n kopie e-mail czekają w skrzynce nadawczej: zestaw wyśle je sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
            <numerusform>%n kopii e-mail czeka w skrzynce nadawczej: zestaw wyśle je sam, gdy {paths} odpowie, albo Wyślij teraz spróbuje od razu.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>jeszcze nic nie wysłano</translation>
    </message>
    <message>
        <source>⚠ {label} queued — NOT DELIVERED YET: no partner has it ({summary}). The clock keeps running until it reaches them.</source>
        <translation>⚠ {label}: w kolejce — JESZCZE NIE DORĘCZONO, żaden partner tego nie dostał ({summary}). Czas biegnie, dopóki do nich nie dotrze.</translation>
    </message>
    <message>
        <source>⚠ {label} NOT DELIVERED YET: no partner has it ({summary}). The clock keeps running until it reaches them.</source>
        <translation>⚠ {label}: JESZCZE NIE DORĘCZONO, żaden partner tego nie dostał ({summary}). Czas biegnie, dopóki do nich nie dotrze.</translation>
    </message>
    <message>
        <source>⚠ {label} not delivered to every partner yet: {summary}.</source>
        <translation>⚠ {label}: jeszcze nie u wszystkich partnerów: {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) handed off as .eml: once sent from the other mail program, select them in the Outbox and choose Mark sent.</source>
        <translation>
            <numerusform>%n e-mail przekazany jako .eml: po wysłaniu z innego programu pocztowego zaznacz go w Skrzynce nadawczej i wybierz Oznacz jako wysłane.</numerusform>
            <numerusform>%n e-maile przekazane jako .eml: po wysłaniu z innego programu pocztowego zaznacz je w Skrzynce nadawczej i wybierz Oznacz jako wysłane.</numerusform>
            <numerusform>%n e-maili przekazanych jako .eml: po wysłaniu z innego programu pocztowego zaznacz je w Skrzynce nadawczej i wybierz Oznacz jako wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are SMS copies: webmail and .eml cannot carry them. Bring the modem back (Outbox → Delivery paths → Probe now), then Send now; or text them from another phone, then record it with Told another way.</source>
        <translation>To kopie SMS: poczta WWW i .eml ich nie przeniosą. Przywróć modem (Skrzynka nadawcza → Ścieżki wysyłki → Sprawdź teraz), potem Wyślij teraz; albo wyślij je SMS-em z innego telefonu i odnotuj to przyciskiem Przekazano inaczej.</translation>
    </message>
    <message numerus="yes">
        <source>%n more copy(-ies) wait(s) for partners who have it already by another path: they go out when their path works (closing the incident holds them); nothing for you to do.</source>
        <translation>
            <numerusform>Jeszcze %n kopia czeka dla partnera, który ma je już inną drogą: wyjdzie, gdy jej droga zadziała (zamknięcie incydentu ją wstrzyma); nic nie musisz robić.</numerusform>
            <numerusform>Jeszcze %n kopie czekają dla partnerów, którzy mają je już inną drogą: wyjdą, gdy ich droga zadziała (zamknięcie incydentu je wstrzyma); nic nie musisz robić.</numerusform>
            <numerusform>Jeszcze %n kopii czeka dla partnerów, którzy mają je już inną drogą: wyjdą, gdy ich droga zadziała (zamknięcie incydentu je wstrzyma); nic nie musisz robić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) UNCERTAIN ({replies}), but a later notice has reached those partners since: it is not sent again. In the Outbox select it and choose No longer needed (or Mark sent if you know it arrived).</source>
        <translation>
            <numerusform>%n kopia NIEPEWNA ({replies}), ale do tego partnera dotarło już późniejsze powiadomienie: nie zostanie wysłana ponownie. W Skrzynce nadawczej zaznacz ją i wybierz „Już niepotrzebna” (albo „Oznacz jako wysłane”, jeśli wiesz, że dotarła).</numerusform>
            <numerusform>%n kopie NIEPEWNE ({replies}), ale do tych partnerów dotarło już późniejsze powiadomienie: nie zostaną wysłane ponownie. W Skrzynce nadawczej zaznacz je i wybierz „Już niepotrzebna” (albo „Oznacz jako wysłane”, jeśli wiesz, że dotarły).</numerusform>
            <numerusform>%n kopii NIEPEWNYCH ({replies}), ale do tych partnerów dotarło już późniejsze powiadomienie: nie zostaną wysłane ponownie. W Skrzynce nadawczej zaznacz je i wybierz „Już niepotrzebna” (albo „Oznacz jako wysłane”, jeśli wiesz, że dotarły).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) UNCERTAIN ({replies}): the connection broke after the server had the message, so the partner may or may not have it, and nothing sends it again by itself. Ask the partner (or IT to check the server&apos;s log), then in the Outbox select it and choose Mark sent if it arrived, else Send again.</source>
        <translation>
            <numerusform>%n kopia NIEPEWNA ({replies}): połączenie zerwało się, gdy serwer miał już wiadomość, więc partner może ją mieć albo nie, a nic nie wyśle jej ponownie samo. Zapytaj partnera (albo poproś IT o sprawdzenie dziennika serwera), potem w Skrzynce nadawczej zaznacz ją i wybierz Oznacz jako wysłane, jeśli dotarła, a jeśli nie — Wyślij ponownie.</numerusform>
            <numerusform>%n kopie NIEPEWNE ({replies}): połączenie zerwało się, gdy serwer miał już wiadomości, więc partnerzy mogą je mieć albo nie, a nic nie wyśle ich ponownie samo. Zapytaj partnerów (albo poproś IT o sprawdzenie dziennika serwera), potem w Skrzynce nadawczej zaznacz je i wybierz Oznacz jako wysłane, jeśli dotarły, a jeśli nie — Wyślij ponownie.</numerusform>
            <numerusform>%n kopii NIEPEWNYCH ({replies}): połączenie zerwało się, gdy serwer miał już wiadomości, więc partnerzy mogą je mieć albo nie, a nic nie wyśle ich ponownie samo. Zapytaj partnerów (albo poproś IT o sprawdzenie dziennika serwera), potem w Skrzynce nadawczej zaznacz je i wybierz Oznacz jako wysłane, jeśli dotarły, a jeśli nie — Wyślij ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those partners have it by e-mail.</source>
        <translation>Ci partnerzy mają je e-mailem.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Zamknięty.</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Żaden licznik nie biegnie.</translation>
    </message>
    <message>
        <source>Send the &amp;announcement…</source>
        <translation>Wyślij &amp;zapowiedź…</translation>
    </message>
    <message>
        <source>No announcement yet: partners are not told. Send the announcement…, or withdraw it if it was opened by mistake.</source>
        <translation>Brak zapowiedzi: partnerzy nie zostali powiadomieni. Wyślij zapowiedź… albo wycofaj incydent, jeśli otwarto go przez pomyłkę.</translation>
    </message>
    <message>
        <source>No notice yet: partners are not told. Send the initial notice…, or withdraw it if it was opened by mistake.</source>
        <translation>Brak powiadomienia: partnerzy nie zostali powiadomieni. Wyślij powiadomienie wstępne… albo wycofaj incydent, jeśli otwarto go przez pomyłkę.</translation>
    </message>
    <message>
        <source> · next update by {time}</source>
        <translation> · następna aktualizacja do {time}</translation>
    </message>
    <message>
        <source>told {time}</source>
        <translation>powiadomiono {time}</translation>
    </message>
    <message numerus="yes">
        <source>{told} of %n told</source>
        <translation>
            <numerusform>powiadomiono {told} z %n</numerusform>
            <numerusform>powiadomiono {told} z %n</numerusform>
            <numerusform>powiadomiono {told} z %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <source>E&amp;xtend the window…</source>
        <translation>P&amp;rzedłuż okno…</translation>
    </message>
    <message>
        <source>Send the &amp;initial notice…</source>
        <extracomment>the most lines the delivery text takes before it scrolls (the buttons stay in sight) an action button was pressed: (incident reference, stage) or (reference, &quot;close&quot;) get a waiting notice to partners: (reference, &quot;send&quot; | &quot;webmail&quot; | &quot;eml&quot; | &quot;told&quot;) planned work: change its window — (reference, &quot;extend&quot; | &quot;move&quot;)</extracomment>
        <translation>Wyślij powiadomienie w&amp;stępne…</translation>
    </message>
    <message>
        <source>Opened without a notice (from the command line): partners are not told yet</source>
        <translation>Otwarty bez powiadomienia (z wiersza poleceń): partnerzy nie zostali jeszcze powiadomieni</translation>
    </message>
    <message>
        <source>Opened without an announcement (from the command line): partners are not told yet</source>
        <translation>Otwarty bez zapowiedzi (z wiersza poleceń): partnerzy nie zostali jeszcze powiadomieni</translation>
    </message>
    <message>
        <source>The work runs over: partners get the new end in one step</source>
        <translation>Prace się przedłużają: partnerzy dostaną nowy koniec w jednym kroku</translation>
    </message>
    <message>
        <source>&amp;Move the window…</source>
        <translation>P&amp;rzesuń okno…</translation>
    </message>
    <message>
        <source>Before the work starts: a new window, re-planned</source>
        <translation>Przed rozpoczęciem prac: nowe okno, zaplanowane od nowa</translation>
    </message>
    <message>
        <source>Edit the &amp;plan…</source>
        <translation>Edytuj &amp;plan…</translation>
    </message>
    <message>
        <source>Before the work starts: other reminders</source>
        <translation>Przed rozpoczęciem prac: inne przypomnienia</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niepotrzebne</translation>
    </message>
    <message>
        <source>MISSED — send now or skip</source>
        <translation>POMINIĘTE — wyślij teraz albo pomiń</translation>
    </message>
    <message>
        <source>due (you send it: Complete)</source>
        <translation>do wysłania (wysyłasz je: Zakończ)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies)</source>
        <translation>
            <numerusform>%n kopia SMS</numerusform>
            <numerusform>%n kopie SMS</numerusform>
            <numerusform>%n kopii SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail copy(-ies)</source>
        <translation>
            <numerusform>%n kopia e-mail</numerusform>
            <numerusform>%n kopie e-mail</numerusform>
            <numerusform>%n kopii e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies) refused by the network ({replies}): nothing sends them again by itself. Have IT check the numbers in the contact bundle; text those partners from another phone and record it with Told another way…</source>
        <translation>
            <numerusform>%n kopia SMS odrzucona przez sieć ({replies}): nic nie wyśle jej ponownie samo. Poproś IT o sprawdzenie numeru w pakiecie kontaktów; wyślij SMS temu partnerowi z innego telefonu i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopie SMS odrzucone przez sieć ({replies}): nic nie wyśle ich ponownie samo. Poproś IT o sprawdzenie numerów w pakiecie kontaktów; wyślij SMS tym partnerom z innego telefonu i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopii SMS odrzuconych przez sieć ({replies}): nic nie wyśle ich ponownie samo. Poproś IT o sprawdzenie numerów w pakiecie kontaktów; wyślij SMS tym partnerom z innego telefonu i zapisz to przyciskiem Przekazano inaczej…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the mail server ({replies}): nothing sends them again by itself. Ask IT to fix the address in the contact bundle; phone those partners and record it with Told another way…</source>
        <translation>
            <numerusform>%n kopia odrzucona przez serwer poczty ({replies}): nic nie wyśle jej ponownie samo. Poproś IT o poprawienie adresu w pakiecie kontaktów; zadzwoń do tego partnera i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopie odrzucone przez serwer poczty ({replies}): nic nie wyśle ich ponownie samo. Poproś IT o poprawienie adresów w pakiecie kontaktów; zadzwoń do tych partnerów i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopii odrzuconych przez serwer poczty ({replies}): nic nie wyśle ich ponownie samo. Poproś IT o poprawienie adresów w pakiecie kontaktów; zadzwoń do tych partnerów i zapisz to przyciskiem Przekazano inaczej…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the mail server for a fault or a rule of its own ({replies}), not for the address. Once IT has mended the server, select them in the Outbox and choose Retry; until then phone those partners and record it with Told another way…</source>
        <translation>
            <numerusform>%n kopia odrzucona przez serwer poczty z powodu jego usterki lub reguły ({replies}), nie adresu. Gdy IT naprawi serwer, zaznacz ją w Skrzynce nadawczej i wybierz Ponów; do tego czasu zadzwoń do tego partnera i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopie odrzucone przez serwer poczty z powodu jego usterki lub reguły ({replies}), nie adresów. Gdy IT naprawi serwer, zaznacz je w Skrzynce nadawczej i wybierz Ponów; do tego czasu zadzwoń do tych partnerów i zapisz to przyciskiem Przekazano inaczej…</numerusform>
            <numerusform>%n kopii odrzuconych przez serwer poczty z powodu jego usterki lub reguły ({replies}), nie adresów. Gdy IT naprawi serwer, zaznacz je w Skrzynce nadawczej i wybierz Ponów; do tego czasu zadzwoń do tych partnerów i zapisz to przyciskiem Przekazano inaczej…</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {copies} of the {label} held, NOT SENT: their promised update time passed while they waited in the outbox (SMS copies wait when no SMS modem works: Outbox → Delivery paths).</source>
        <translation>⚠ {copies} – {label}: wstrzymane, NIE WYSŁANE: obiecany czas kolejnej informacji minął, gdy czekały w skrzynce nadawczej (kopie SMS czekają, gdy nie działa modem SMS: Skrzynka nadawcza → Ścieżki wysyłki).</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) have not got it any other way.</source>
        <translation>
            <numerusform>%n partner nie dostał go inną drogą.</numerusform>
            <numerusform>%n partnerzy nie dostali go inną drogą.</numerusform>
            <numerusform>%n partnerów nie dostało go inną drogą.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once the path works, Re-issue… sends exactly these copies again, written then, with the plan&apos;s next notice as the promise.</source>
        <translation>Gdy ścieżka zadziała, „Wystaw ponownie…” wyśle dokładnie te kopie jeszcze raz, napisane wtedy, z następnym powiadomieniem z planu jako obietnicą.</translation>
    </message>
    <message>
        <source>Once the path works, Re-issue… sends exactly these copies again, written then, with a new promised update time.</source>
        <translation>Gdy ścieżka zadziała, „Wystaw ponownie…” wyśle dokładnie te kopie jeszcze raz, napisane wtedy, z nowym obiecanym czasem kolejnej informacji.</translation>
    </message>
    <message>
        <source>⚠ Re-issued copies of the {label} not delivered yet: {summary}.</source>
        <translation>⚠ Ponownie wystawione kopie ({label}) jeszcze nie doręczone: {summary}.</translation>
    </message>
    <message>
        <source>Use another way below: webmail, .eml on a USB stick, or tell partners yourself.</source>
        <translation>Użyj innego sposobu poniżej: poczta WWW, .eml na pendrive albo powiadom partnerów sam.</translation>
    </message>
    <message>
        <source>No delivery path took {copies}: {path} ({why}).</source>
        <translation>Żadna ścieżka dostarczania nie przyjęła: {copies}: {path} ({why}).</translation>
    </message>
    <message>
        <source>{path}: {why} at {time}</source>
        <translation>{path}: {why} o {time}</translation>
    </message>
    <message>
        <source>No delivery path took {copies}: {paths}.</source>
        <translation>Żadna ścieżka dostarczania nie przyjęła: {copies}: {paths}.</translation>
    </message>
    <message>
        <source>{label} being sent now: {summary}.</source>
        <translation>{label} — wysyłanie trwa: {summary}.</translation>
    </message>
    <message>
        <source>This send: {done} of {total} messages.</source>
        <translation>Ta wysyłka: {done} z {total} wiadomości.</translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <source>Incident report {reference}</source>
        <translation>Raport z incydentu {reference}</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Reference</source>
        <extracomment>the top bar&apos;s timer and the alert banner (points, lines): the first that holds the text whole, none taller than two lines of 12 pt (the timer: as tall as the big buttons)</extracomment>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Licznik</translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <source>New &amp;disaster notice</source>
        <translation>Nowe powiadomienie o &amp;awarii</translation>
    </message>
    <message>
        <source>New &amp;planned work</source>
        <translation>Nowe &amp;prace planowane</translation>
    </message>
    <message>
        <source>Something is down now (Ctrl+Shift+D)</source>
        <translation>Coś właśnie nie działa (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Announce planned maintenance (Ctrl+Shift+P)</source>
        <translation>Zapowiedz planowane prace serwisowe (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Show &amp;closed incidents</source>
        <translation>Pokaż &amp;zamknięte incydenty</translation>
    </message>
    <message>
        <source>No incident selected.

Something down? Press “New disaster notice” (Ctrl+Shift+D).
Planned work? Press “New planned work” (Ctrl+Shift+P).</source>
        <translation>Nie wybrano incydentu.

Coś nie działa? Naciśnij „Nowe powiadomienie o awarii” (Ctrl+Shift+D).
Prace planowane? Naciśnij „Nowe prace planowane” (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Odrzucenie szkicu</translation>
    </message>
    <message>
        <source>Discard this notice? What was typed in it is lost.</source>
        <translation>Odrzucić to powiadomienie? To, co w nim wpisano, przepadnie.</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Zachowaj</translation>
    </message>
    <message>
        <source>no timer running</source>
        <translation>żaden licznik nie biegnie</translation>
    </message>
    <message>
        <source>sending now — the incident page shows when partners have it</source>
        <translation>wysyłanie trwa — strona incydentu pokaże, kiedy partnerzy je dostaną</translation>
    </message>
    <message>
        <source>not sent yet: open the Outbox</source>
        <translation>jeszcze nie wysłano: otwórz Skrzynkę nadawczą</translation>
    </message>
    <message numerus="yes">
        <source>{reference}: %n partner(s) recorded as told another way ({how}).</source>
        <translation>
            <numerusform>{reference}: %n partner odnotowany jako powiadomiony inaczej ({how}).</numerusform>
            <numerusform>{reference}: %n partnerów odnotowanych jako powiadomieni inaczej ({how}).</numerusform>
            <numerusform>{reference}: %n partnerów odnotowanych jako powiadomieni inaczej ({how}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed {reference}.</source>
        <translation>Zamknięto {reference}.</translation>
    </message>
    <message numerus="yes">
        <source>{reference}: %n message(s) queued, {where}.</source>
        <translation>
            <numerusform>{reference}: %n wiadomość w kolejce, {where}.</numerusform>
            <numerusform>{reference}: %n wiadomości w kolejce, {where}.</numerusform>
            <numerusform>{reference}: %n wiadomości w kolejce, {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send finished: {summary}</source>
        <translation>Wysyłanie zakończone: {summary}</translation>
    </message>
    <message>
        <source>{reference}: nothing is queued, so nothing was sent. A copy the server refused is not sent again: have its address fixed, and record how you told the partner with Told another way…</source>
        <translation>{reference}: nic nie czeka w kolejce, więc nic nie wysłano. Kopia odrzucona przez serwer nie jest wysyłana ponownie: zleć poprawienie adresu i zapisz, jak powiadomiono partnera, przyciskiem Przekazano inaczej…</translation>
    </message>
    <message>
        <source>The Outbox is busy or not open yet; try again in a moment.</source>
        <translation>Skrzynka nadawcza jest zajęta lub jeszcze nie otwarta; spróbuj za chwilę.</translation>
    </message>
    <message>
        <source>Withdraw {reference}</source>
        <translation>Wycofanie {reference}</translation>
    </message>
    <message>
        <source>Withdraw {reference} as opened by mistake? Nothing of it has reached partners; it is closed, kept for the audit, and left out of the reports&apos; figures.

Why?</source>
        <translation>Wycofać {reference} jako otwarty przez pomyłkę? Nic z niego nie dotarło do partnerów; zostanie zamknięty, zachowany do audytu i pominięty w danych raportów.

Dlaczego?</translation>
    </message>
    <message>
        <source>{reference} withdrawn: {reason}.</source>
        <translation>Wycofano {reference}: {reason}.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Zamykanie incydentu</translation>
    </message>
    <message>
        <source>Close {reference}? No further notices can be sent in it.</source>
        <translation>Zamknąć {reference}? Nie będzie można wysłać w nim kolejnych powiadomień.</translation>
    </message>
    <message>
        <source>&amp;Missed planned notices…</source>
        <translation>&amp;Pominięte zaplanowane powiadomienia…</translation>
    </message>
    <message>
        <source>{0}: the planned {1} could not be queued: {2}</source>
        <translation>{0}: nie udało się wstawić do kolejki zaplanowanego powiadomienia ({1}): {2}</translation>
    </message>
    <message>
        <source>No planned notice was missed.</source>
        <translation>Żadne zaplanowane powiadomienie nie zostało pominięte.</translation>
    </message>
    <message>
        <source>{0}: planned; the announcement goes out {1}.</source>
        <translation>{0}: zaplanowano; zapowiedź wyjdzie {1}.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>wysyłanie trwa</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Initial notice</source>
        <translation>Powiadomienie wstępne</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Zapowiedź</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Usunięcie awarii</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Odwołanie</translation>
    </message>
    <message>
        <source>Disaster (unplanned)</source>
        <translation>Awaria (nieplanowana)</translation>
    </message>
    <message>
        <source>Downtime (planned work)</source>
        <translation>Przerwa (prace planowane)</translation>
    </message>
    <message>
        <source>Impact (what partners cannot do)</source>
        <translation>Wpływ (czego partnerzy nie mogą zrobić)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Czas rozpoczęcia</translation>
    </message>
    <message>
        <source>Actions so far</source>
        <translation>Dotychczasowe działania</translation>
    </message>
    <message>
        <source>Progress since the last notice</source>
        <translation>Postęp od ostatniego powiadomienia</translation>
    </message>
    <message>
        <source>Work being done</source>
        <translation>Wykonywane prace</translation>
    </message>
    <message>
        <source>Summary (cause and fix)</source>
        <translation>Podsumowanie (przyczyna i naprawa)</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Usunięto o</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Zakończono o</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Next update no later than</source>
        <translation>Następna aktualizacja nie później niż</translation>
    </message>
    <message>
        <source>Telephony BMS</source>
        <translation>BMS telefonii</translation>
    </message>
    <message>
        <source>Data BMS</source>
        <translation>BMS danych</translation>
    </message>
    <message>
        <source>Misc BMS</source>
        <translation>BMS inne</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Taryfikacja</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <source>Action pending</source>
        <translation>Oczekujący</translation>
    </message>
    <message>
        <source>Cleansed</source>
        <translation>Oczyszczony</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Do odpisania</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation>0–7 dni</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8–30 dni</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 dni</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 dni</translation>
    </message>
    <message>
        <source>over 180 days</source>
        <translation>ponad 180 dni</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Incident title</source>
        <extracomment>the incident&apos;s title, named where a note lists what partners read in English</extracomment>
        <translation>Tytuł incydentu</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default ({name})</source>
        <translation>Jak w systemie ({name})</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>ISO 639-1 code → the language&apos;s English name</extracomment>
        <translation>arabski</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>białoruski</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bułgarski</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>bośniacki</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>kataloński</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>duński</translation>
    </message>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grecki</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estoński</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>fiński</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>irlandzki</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebrajski</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>chorwacki</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>węgierski</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonezyjski</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islandzki</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japoński</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreański</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litewski</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>łotewski</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macedoński</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>norweski (bokmål)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>norweski (nynorsk)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norweski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugalski</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>słowacki</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>słoweński</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albański</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbski</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>szwedzki</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tajski</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>wietnamski</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chiński</translation>
    </message>
    <message>
        <source>Argentina</source>
        <extracomment>ISO 3166 region code → its English name (the regions bundles give languages with)</extracomment>
        <translation>Argentyna</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chiny</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Hiszpania</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indie</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksyk</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nowa Zelandia</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugalia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Szwecja</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Tajwan</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>{language} ({region})</source>
        <translation>{language} ({region})</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Outage Kit is locked</source>
        <translation>Outage Kit jest zablokowany</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase to unlock the encrypted store.</source>
        <translation>Wpisz hasło odzyskiwania, aby odblokować zaszyfrowaną bazę.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Restore the newest good backup…</source>
        <translation>Przywróć najnowszą dobrą kopię…</translation>
    </message>
    <message>
        <source>While the kit is locked, nothing is sent and planned notices do not fire: messages queued from the command line wait for the unlock, or for &apos;outage-kit outbox send&apos; (for example from a scheduled task).</source>
        <translation>Gdy zestaw jest zablokowany, nic nie jest wysyłane, a zaplanowane powiadomienia nie wychodzą: wiadomości dodane do kolejki z wiersza poleceń czekają na odblokowanie albo na &apos;outage-kit outbox send&apos; (np. z zaplanowanego zadania).</translation>
    </message>
    <message>
        <source>The passphrase is right, but the store file is damaged ({reason}). Restore the newest good backup below; the damaged file is kept aside, nothing is deleted.</source>
        <translation>Hasło jest poprawne, ale plik bazy jest uszkodzony ({reason}). Przywróć poniżej najnowszą dobrą kopię zapasową; uszkodzony plik zostanie odłożony na bok, nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>No sound backup was found in {folder}. Copy the data folder aside (nothing in it is deleted) and ask for help.</source>
        <translation>W folderze {folder} nie znaleziono nieuszkodzonej kopii zapasowej. Skopiuj folder danych w bezpieczne miejsce (nic z niego nie jest usuwane) i poproś o pomoc.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>The store file is damaged. Replace it with the newest good backup, made {time}? The damaged file is kept aside in {folder}.</source>
        <translation>Plik bazy jest uszkodzony. Zastąpić go najnowszą dobrą kopią zapasową z {time}? Uszkodzony plik zostanie odłożony do {folder}.</translation>
    </message>
    <message>
        <source>Wait {wait:.0f} s</source>
        <translation>Poczekaj {wait:.0f} s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outage Kit</source>
        <translation>Outage Kit</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>&amp;Zestaw</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Otwieranie bazy…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Odblokowany</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>ZABLOKOWANY</translation>
    </message>
    <message>
        <source>READ-ONLY: the store cannot be written</source>
        <translation>TYLKO DO ODCZYTU: nie można zapisywać w bazie</translation>
    </message>
    <message>
        <source>There is room again: close the open dialog and the kit returns to normal.</source>
        <translation>Znów jest miejsce: zamknij otwarte okno, a zestaw wróci do normalnej pracy.</translation>
    </message>
    <message>
        <source>There is room again: the kit is back to normal (sending and changes work).</source>
        <translation>Znów jest miejsce: zestaw działa normalnie (wysyłanie i zmiany działają).</translation>
    </message>
    <message>
        <source>store OK</source>
        <translation>baza OK</translation>
    </message>
    <message>
        <source>store OK — daily backup failed</source>
        <translation>baza OK — dzienna kopia zapasowa nie powiodła się</translation>
    </message>
    <message>
        <source>store DAMAGED</source>
        <translation>baza USZKODZONA</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Restored the store from {file}.</source>
        <translation>Przywrócono bazę z {file}.</translation>
    </message>
    <message>
        <source>checking every page of the store and making the daily backup ({size})…</source>
        <translation>sprawdzanie każdej strony bazy i dzienna kopia zapasowa ({size})…</translation>
    </message>
    <message>
        <source>checking every page of the store ({size})…</source>
        <translation>sprawdzanie każdej strony bazy ({size})…</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Updating the store</source>
        <translation>Aktualizacja bazy</translation>
    </message>
    <message>
        <source>Updating the store for this version of Outage Kit…</source>
        <translation>Aktualizacja bazy dla tej wersji Outage Kit…</translation>
    </message>
</context>
<context>
    <name>MissedDialog</name>
    <message>
        <source>Planned notices not sent at their time</source>
        <extracomment>(reference, messages queued) after &quot;Send now&quot;</extracomment>
        <translation>Zaplanowane powiadomienia niewysłane o czasie</translation>
    </message>
    <message>
        <source>These planned notices were not sent at their time: Outage Kit was closed or locked then, or the notice could not be queued (the incident page says why). Nothing was sent late by itself. Send each now (its times are written now), or skip it with a reason (kept in the audit log).</source>
        <translation>Tych zaplanowanych powiadomień nie wysłano o czasie: Outage Kit był wtedy zamknięty lub zablokowany albo powiadomienia nie dało się dodać do kolejki (strona incydentu mówi dlaczego). Nic nie zostało wysłane z opóźnieniem samo. Wyślij każde teraz (jego czasy zostaną wpisane teraz) albo pomiń je z podaniem powodu (zapisanego w dzienniku audytu).</translation>
    </message>
    <message>
        <source>Why skip it (e.g. &apos;partners were phoned&apos;)</source>
        <translation>Dlaczego pominąć (np. &apos;partnerzy dostali telefon&apos;)</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Wyślij teraz</translation>
    </message>
    <message>
        <source>S&amp;kip with this reason</source>
        <translation>Po&amp;miń z tym powodem</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Zdecyduj &amp;później</translation>
    </message>
    <message>
        <source>&amp;Reason to skip</source>
        <translation>&amp;Powód pominięcia</translation>
    </message>
    <message>
        <source>{0} · {1} — was due {2}</source>
        <translation>{0} · {1} — termin był {2}</translation>
    </message>
</context>
<context>
    <name>MoveWindowDialog</name>
    <message>
        <source>Move the window — {0}</source>
        <translation>Przesunięcie okna — {0}</translation>
    </message>
    <message>
        <source>Why it moves, for partners (e.g. &apos;vendor delay&apos;)</source>
        <translation>Dlaczego się przesuwa, dla partnerów (np. &apos;opóźnienie dostawcy&apos;)</translation>
    </message>
    <message>
        <source>Partners who heard of it get the new window and the reason; the reminders are planned again for it.</source>
        <translation>Partnerzy, którzy o nim słyszeli, dostaną nowe okno i powód; przypomnienia zostaną zaplanowane od nowa.</translation>
    </message>
    <message>
        <source>Not announced yet: the announcement will say the new window.</source>
        <translation>Jeszcze nie zapowiedziano: zapowiedź poda nowe okno.</translation>
    </message>
    <message>
        <source>&amp;Move the window</source>
        <translation>&amp;Przesuń okno</translation>
    </message>
    <message>
        <source>New &amp;start (local time)</source>
        <translation>Nowy &amp;początek (czas lokalny)</translation>
    </message>
    <message>
        <source>New &amp;end (local time)</source>
        <translation>Nowy &amp;koniec (czas lokalny)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message>
        <source>Lock after idle</source>
        <translation>Blokuj po bezczynności</translation>
    </message>
    <message>
        <source>Notify partners within (disaster)</source>
        <translation>Powiadom partnerów w ciągu (awaria)</translation>
    </message>
    <message>
        <source>Remind before a promised update</source>
        <translation>Przypomnij przed obiecaną aktualizacją</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Liczba przechowywanych kopii</translation>
    </message>
    <message>
        <source>Call a contact bundle old after</source>
        <translation>Uznaj pakiet kontaktów za nieaktualny po</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>min</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>kopii</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>There is no setting called {key!r}. Known settings: {known}.</source>
        <translation>Nie ma ustawienia o nazwie {key!r}. Znane ustawienia: {known}.</translation>
    </message>
    <message>
        <source>{label} takes a whole number of {unit} from {minimum} to {maximum}, not {text!r}.</source>
        <translation>{label}: podaj liczbę całkowitą ({unit}) od {minimum} do {maximum}, a nie {text!r}.</translation>
    </message>
    <message>
        <source>{label} must be between {minimum} and {maximum} {unit}; {value} is outside that range.</source>
        <translation>{label}: wartość musi mieścić się między {minimum} a {maximum} ({unit}); {value} jest poza tym zakresem.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full. Nothing was changed: the store is as it was before. Free some space on that disk and try again.</source>
        <translation>Dysk, na którym jest {where}, jest pełny. Nic nie zmieniono: baza jest taka jak przedtem. Zwolnij trochę miejsca na tym dysku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The store is open read-only: the disk holding it is full (or cannot be written), and this needs to write. Nothing was changed. Free some space on that disk (in the window, the banner at the top says where) and try again.</source>
        <translation>Baza jest otwarta tylko do odczytu: dysk, na którym leży, jest pełny (albo nie można na nim zapisywać), a to wymaga zapisu. Nic nie zmieniono. Zwolnij trochę miejsca na tym dysku (w oknie pasek u góry mówi, gdzie) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Another Outage Kit window or command (for example a large backlog import) is writing to the store and did not finish in time. Nothing was changed; wait for it to finish and try again.</source>
        <translation>Inne okno lub polecenie Outage Kit (na przykład duży import zaległości) zapisuje do bazy i nie skończyło na czas. Niczego nie zmieniono; poczekaj, aż skończy, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (a second Outage Kit, a backup tool or a virus scanner). Nothing was changed. Close that program or wait for it, then try again.</source>
        <translation>{path} jest używany przez inny program (drugi Outage Kit, program do kopii zapasowych albo antywirus). Nic nie zostało zmienione. Zamknij ten program albo poczekaj na niego i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This account may not use {path}. Nothing was changed. Choose a file or folder this account may use, or ask IT for access to it.</source>
        <translation>To konto nie ma dostępu do {path}. Nic nie zostało zmienione. Wybierz plik lub folder, z którego to konto może korzystać, albo poproś dział IT o dostęp.</translation>
    </message>
    <message>
        <source>The path {path} is too long for this system. Nothing was changed. Use a folder with a shorter path (nearer the top of the disk) and try again.</source>
        <translation>Ścieżka {path} jest za długa dla tego systemu. Niczego nie zmieniono. Użyj folderu o krótszej ścieżce (bliżej głównego katalogu dysku) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} is not an ISO 8601 time. Write it like 2026-11-22T03:15 (local time) or 2026-11-22T02:15Z.</source>
        <translation>{capitalize}: {text!r} nie jest czasem w ISO 8601. Zapisz go np. jako 2026-11-22T03:15 (czas lokalny) lub 2026-11-22T02:15Z.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} is not a date like 2026-11-22.</source>
        <translation>{capitalize}: {text!r} nie jest datą w postaci 2026-11-22.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: {typed} is summer time; on {day} {place} is on {name} ({offset}). Write {name}, or the offset.</source>
        <translation>{capitalize} {text!r}: {typed} to czas letni; {day} w strefie {place} obowiązuje {name} ({offset}). Wpisz {name} albo przesunięcie.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: {typed} is winter (standard) time; on {day} {place} is on {name} ({offset}). Write {name}, or the offset.</source>
        <translation>{capitalize} {text!r}: {typed} to czas zimowy (standardowy); {day} w strefie {place} obowiązuje {name} ({offset}). Wpisz {name} albo przesunięcie.</translation>
    </message>
    <message>
        <source>Give the {what}, e.g. 05:30 or 1.12.2026 05:30.</source>
        <translation>Podaj {what}, np. 05:30 albo 1.12.2026 05:30.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: tomorrow {clock} is still ahead (it is {now} now) and today {clock} is over 12 hours gone. Write the date too, e.g. {example}.</source>
        <translation>{capitalize} {text!r}: jutrzejsza {clock} jeszcze nie nadeszła (teraz jest {now}), a dzisiejsza {clock} minęła ponad 12 godzin temu. Wpisz też datę, np. {example}.</translation>
    </message>
    <message>
        <source>today</source>
        <comment>words typed for this day, comma-separated</comment>
        <translation>dziś,dzisiaj</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>words typed for this day, comma-separated</comment>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <comment>words typed for this day, comma-separated</comment>
        <translation>jutro</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: a date with slashes reads differently in different countries (1 December or 12 January?). Write 1.12.2026 or 2026-12-01.</source>
        <translation>{capitalize} {text!r}: data z ukośnikami czyta się różnie w różnych krajach (1 grudnia czy 12 stycznia?). Wpisz 1.12.2026 albo 2026-12-01.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: there is no such date or time.</source>
        <translation>{capitalize} {text!r}: nie ma takiej daty ani godziny.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: {zone} stands for more than one time zone ({choices}). Write the offset (e.g. +01:00) or the zone&apos;s name (e.g. Europe/Warsaw) instead.</source>
        <translation>{capitalize} {text!r}: {zone} oznacza więcej niż jedną strefę czasową ({choices}). Wpisz zamiast tego przesunięcie (np. +01:00) albo nazwę strefy (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: {zone} is not a time zone the kit knows. Write UTC, an offset (e.g. +01:00), an abbreviation such as CET or the zone&apos;s name (e.g. Europe/Warsaw).</source>
        <translation>{capitalize} {text!r}: zestaw nie zna strefy czasowej {zone}. Wpisz UTC, przesunięcie (np. +01:00), skrót taki jak CET albo nazwę strefy (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>Write it like 28.11.2026, 28.11. (the nearest), 2026-11-28, today or yesterday; a time may follow: 28.11.2026 13:45.</source>
        <translation>Wpisz np. 28.11.2026, 28.11. (najbliższy), 2026-11-28, dziś lub wczoraj; może po niej następować godzina: 28.11.2026 13:45.</translation>
    </message>
    <message>
        <source>Write it like 05:30 or 5.30 (today), yesterday 23:10, tomorrow 06:00, 1.12.2026 05:30 or 2026-12-01 05:30; add UTC or +01:00 for another zone.</source>
        <translation>Wpisz np. 05:30 albo 5.30 (dziś), wczoraj 23:10, jutro 06:00, 1.12.2026 05:30 lub 2026-12-01 05:30; dla innej strefy dopisz UTC albo +01:00.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} has no time of day: add it, e.g. {example}.</source>
        <translation>{capitalize} {text!r} nie ma godziny: dopisz ją, np. {example}.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name (it goes into the audit log).</source>
        <translation>Wpisz nazwę operatora (trafia do dziennika audytu).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>Choose where the data lives.</source>
        <translation>Wybierz, gdzie mają być przechowywane dane.</translation>
    </message>
    <message>
        <source>{home} already holds a store: choose an empty folder.</source>
        <translation>W {home} już jest baza: wybierz pusty folder.</translation>
    </message>
    <message>
        <source>{home} is a file, not a folder.</source>
        <translation>{home} jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Podane nowe hasła się różnią.</translation>
    </message>
    <message>
        <source>The recovery passphrase was not changed: </source>
        <translation>Hasło odzyskiwania nie zostało zmienione: </translation>
    </message>
    <message>
        <source>That recovery passphrase does not open this store. Check the keyboard layout and Caps Lock, and try again.</source>
        <extracomment>what a key file may ask for: the kit writes N = 2^15; anything outside these bounds is damage (or a trap costing minutes and gigabytes per unlock), never obeyed</extracomment>
        <translation>To hasło odzyskiwania nie otwiera tej bazy. Sprawdź układ klawiatury i Caps Lock, po czym spróbuj ponownie.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>nieznany format</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Restore it from your backup medium, or run &apos;outage-kit init&apos; to create a new store in an empty folder.</source>
        <translation>Brak pliku klucza {path}. Przywróć go z nośnika kopii zapasowej albo uruchom &apos;outage-kit init&apos;, aby utworzyć nową bazę w pustym folderze.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({err}). Put back store.key from your backup medium; the store itself does not need restoring.</source>
        <translation>Plik klucza {path} jest uszkodzony ({err}). Przywróć store.key z nośnika kopii zapasowej; samej bazy nie trzeba przywracać.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({strerror}).</source>
        <translation>Nie można odczytać pliku klucza {path} ({strerror}).</translation>
    </message>
    <message>
        <source>scrypt N={n} is outside {low}..{high}</source>
        <translation>scrypt N={n} wykracza poza zakres {low}..{high}</translation>
    </message>
    <message>
        <source>scrypt r={r}, p={p} are not the kit&apos;s {kit_r}, {kit_p}</source>
        <translation>scrypt r={r}, p={p} to nie wartości zestawu ({kit_r}, {kit_p})</translation>
    </message>
    <message>
        <source>salt, nonce or wrapped key has the wrong length</source>
        <translation>sól, nonce lub zaszyfrowany klucz mają złą długość</translation>
    </message>
    <message>
        <source>the store id has the wrong length</source>
        <translation>identyfikator bazy ma złą długość</translation>
    </message>
    <message numerus="yes">
        <source>It is shorter than %n characters.</source>
        <translation>
            <numerusform>Jest krótsze niż %n znak.</numerusform>
            <numerusform>Jest krótsze niż %n znaki.</numerusform>
            <numerusform>Jest krótsze niż %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mix at least three of: lower case, upper case, digits, symbols — or use four or more words, or 20+ characters.</source>
        <translation>Użyj co najmniej trzech rodzajów znaków: małe litery, wielkie litery, cyfry, symbole — albo co najmniej czterech słów, albo 20+ znaków.</translation>
    </message>
    <message>
        <source>It repeats too few different characters.</source>
        <translation>Zawiera zbyt mało różnych znaków.</translation>
    </message>
    <message>
        <source>It is a commonly used password.</source>
        <translation>To często używane hasło.</translation>
    </message>
    <message>
        <source>It contains the operator&apos;s name.</source>
        <translation>Zawiera nazwę operatora.</translation>
    </message>
    <message>
        <source>{source} is a folder; give the backup file itself.</source>
        <extracomment>more checks of a backup&apos;s content (the audit chain): problems found, empty when sound</extracomment>
        <translation>{source} jest folderem; podaj sam plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>There is no file {source}.</source>
        <translation>Nie ma pliku {source}.</translation>
    </message>
    <message>
        <source>{source} cannot be read: you have no permission to read it.</source>
        <translation>Nie można odczytać {source}: brak uprawnień do odczytu.</translation>
    </message>
    <message>
        <source>{source} cannot be read ({strerror}).</source>
        <translation>Nie można odczytać {source} ({strerror}).</translation>
    </message>
    <message>
        <source>{home} already holds a store. Open it, or choose an empty folder.</source>
        <extracomment>why the store is open read-only (None: it is writable) a restore not yet confirmed: the files its rotation must keep (the backup being restored, the current state kept before it), and the one No takes away again</extracomment>
        <translation>W {home} już jest baza. Otwórz ją albo wybierz pusty folder.</translation>
    </message>
    <message>
        <source>This store has schema version {current}, but this Outage Kit only knows up to {LATEST_VERSION}. Install the newer Outage Kit that wrote it.</source>
        <translation>Ta baza ma schemat w wersji {current}, a ten Outage Kit zna wersje tylko do {LATEST_VERSION}. Zainstaluj nowszy Outage Kit, który ją zapisał.</translation>
    </message>
    <message>
        <source>{backup} was not restored: {value}. Nothing was changed. Choose another backup (they are in {backups}).</source>
        <translation>Nie przywrócono {backup}: {value}. Nic nie zostało zmienione. Wybierz inną kopię zapasową (są w {backups}).</translation>
    </message>
    <message>
        <source>{backup} was not restored: the damaged store could not be copied aside first (is the disk full?). Nothing was changed; free some space in {backups} and try again.</source>
        <translation>Nie przywrócono {backup}: nie udało się najpierw odłożyć uszkodzonej bazy (czy dysk jest pełny?). Nic nie zostało zmienione; zwolnij miejsce w {backups} i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk holding {where} is too full to rotate the key: that writes the store and each backup again, about {needed}, and {free} is free. Nothing was changed. Free some space on that disk (old backups in {backups}, for one) and try again.</source>
        <translation>Dysk, na którym jest {where}, jest zbyt pełny, by wymienić klucz: wymiana zapisuje bazę i każdą kopię zapasową na nowo, około {needed}, a wolne jest {free}. Nic nie zmieniono. Zwolnij trochę miejsca na tym dysku (np. stare kopie zapasowe w {backups}) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>it was written by a newer Outage Kit (schema {version}; this one knows up to {latest}). Install that version to restore it</source>
        <translation>zapisała ją nowsza wersja Outage Kit (schemat {version}; ta zna schematy do {latest}). Zainstaluj tamtą wersję, aby ją przywrócić</translation>
    </message>
    <message>
        <source>it holds no Outage Kit store</source>
        <translation>nie zawiera bazy Outage Kit</translation>
    </message>
    <message>
        <source>it is a backup of another store</source>
        <translation>to kopia zapasowa innej bazy</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>nie da się jej odczytać ({error})</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {strerror}.</source>
        <translation>Nie można odczytać pliku z hasłem {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>Plik z hasłem {path} jest pusty.</translation>
    </message>
    <message>
        <source>There is no store in {home}. Run &apos;outage-kit init&apos; (or start the kit without arguments) to create one, or pass --home with the right folder.</source>
        <translation>W {home} nie ma bazy. Uruchom &apos;outage-kit init&apos; (albo zestaw bez argumentów), aby ją utworzyć, lub podaj --home z właściwym folderem.</translation>
    </message>
    <message>
        <source>The store is damaged and no keyring holds its key. Give the recovery passphrase with --passphrase-file FILE to restore a backup.</source>
        <translation>Baza jest uszkodzona, a żaden pęk kluczy nie ma jej klucza. Podaj hasło odzyskiwania opcją --passphrase-file PLIK, aby przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>The store is locked and no keyring holds its key. Give the recovery passphrase with --passphrase-file FILE (or OUTAGE_KIT_PASSPHRASE_FILE), or run from a terminal to be asked for it.</source>
        <translation>Baza jest zablokowana, a żaden pęk kluczy nie ma jej klucza. Podaj hasło odzyskiwania opcją --passphrase-file PLIK (lub zmienną OUTAGE_KIT_PASSPHRASE_FILE) albo uruchom polecenie w terminalu, aby o nie zapytało.</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… i {more} innych</translation>
    </message>
    <message numerus="yes">
        <source>The bundle source has %n problem(s):</source>
        <translation>
            <numerusform>Źródło pakietu ma %n problem:</numerusform>
            <numerusform>Źródło pakietu ma %n problemy:</numerusform>
            <numerusform>Źródło pakietu ma %n problemów:</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} nie jest folderem.</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text: it looks like UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; (or UTF-8 in your editor) and build again.</source>
        <translation>{name}: to nie jest tekst UTF-8: wygląda na UTF-16 („Tekst Unicode” z Excela). Zapisz go jako „CSV UTF-8” (lub UTF-8 w edytorze) i zbuduj ponownie.</translation>
    </message>
    <message>
        <source>{name}:{line}: not UTF-8 text (byte {start} is not): it looks like a Windows code page such as Windows-1250. Save it as &quot;CSV UTF-8&quot; (or UTF-8 in your editor) and build again.</source>
        <translation>{name}:{line}: to nie jest tekst UTF-8 (bajt {start} nie jest): wygląda na stronę kodową Windows, np. Windows-1250. Zapisz go jako „CSV UTF-8” (lub UTF-8 w edytorze) i zbuduj ponownie.</translation>
    </message>
    <message>
        <source>{name}: missing.</source>
        <translation>{name}: brak pliku.</translation>
    </message>
    <message>
        <source>{name}:1: missing column(s) {missing}; expected {expected}.</source>
        <translation>{name}:1: brak kolumn {missing}; oczekiwane: {expected}.</translation>
    </message>
    <message>
        <source>{name}:{line}: more fields than columns.</source>
        <translation>{name}:{line}: więcej pól niż kolumn.</translation>
    </message>
    <message>
        <source>routing.csv:{line}: unknown service {service}.</source>
        <translation>routing.csv:{line}: nieznana usługa {service}.</translation>
    </message>
    <message>
        <source>routing.csv:{line}: unknown group {group}.</source>
        <translation>routing.csv:{line}: nieznana grupa {group}.</translation>
    </message>
    <message>
        <source>{name}: {err}.</source>
        <translation>{name}: {err}.</translation>
    </message>
    <message>
        <source>{name}:{line}: id {ident} must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>{name}:{line}: id {ident} może zawierać tylko małe litery, cyfry, &apos;-&apos; lub &apos;_&apos;.</translation>
    </message>
    <message>
        <source>{name}:{line}: id {ident} appears twice.</source>
        <translation>{name}:{line}: id {ident} występuje dwa razy.</translation>
    </message>
    <message>
        <source>{name}:{line}: {ident} has no name.</source>
        <translation>{name}:{line}: {ident} nie ma nazwy.</translation>
    </message>
    <message>
        <source>{file}:1: column {column}: a translated name is name.&lt;language&gt;, like name.pl or name.pt-BR.</source>
        <translation>{file}:1: kolumna {column}: przetłumaczona nazwa to name.&lt;language&gt;, np. name.pl lub name.pt-BR.</translation>
    </message>
    <message>
        <source>{where}: organisation is empty.</source>
        <translation>{where}: organizacja jest pusta.</translation>
    </message>
    <message>
        <source>{where}: {email} is not an e-mail address.</source>
        <translation>{where}: {email} nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>{where}: phone {phone} must be international, like +46 70 000 00 00.</source>
        <translation>{where}: telefon {phone} musi być w formacie międzynarodowym, np. +46 70 000 00 00.</translation>
    </message>
    <message>
        <source>{where}: needs an e-mail address or a phone number.</source>
        <translation>{where}: potrzebny jest adres e-mail lub numer telefonu.</translation>
    </message>
    <message>
        <source>{where}: channel {channel} is not one of email, sms.</source>
        <translation>{where}: kanał {channel} nie jest jednym z: email, sms.</translation>
    </message>
    <message>
        <source>{where}: channel sms needs a phone number.</source>
        <translation>{where}: kanał sms wymaga numeru telefonu.</translation>
    </message>
    <message>
        <source>{where}: channel email needs an e-mail address.</source>
        <translation>{where}: kanał email wymaga adresu e-mail.</translation>
    </message>
    <message>
        <source>{where}: language {language} should look like en, pl or pt-BR.</source>
        <translation>{where}: język {language} powinien wyglądać jak en, pl lub pt-BR.</translation>
    </message>
    <message>
        <source>{where}: unknown time zone {timezone} (e.g. Europe/Warsaw).</source>
        <translation>{where}: nieznana strefa czasowa {timezone} (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>{where}: group {group} is not in groups.csv.</source>
        <translation>{where}: grupy {group} nie ma w groups.csv.</translation>
    </message>
    <message>
        <source>{where}: the same contact as line {first}.</source>
        <translation>{where}: ten sam kontakt co w wierszu {first}.</translation>
    </message>
    <message>
        <source>{name}: templates go in templates/&lt;kind&gt;/&lt;stage&gt;.&lt;language&gt;[.sms].j2 with kind one of {kinds} and stage one of {stages}.</source>
        <translation>{name}: szablony umieszcza się w templates/&lt;kind&gt;/&lt;stage&gt;.&lt;language&gt;[.sms].j2, gdzie kind to jedno z: {kinds}, a stage to jedno z: {stages}.</translation>
    </message>
    <message>
        <source>{name}:1: the first line must be &apos;Subject: …&apos;.</source>
        <translation>{name}:1: pierwszy wiersz musi mieć postać &apos;Subject: …&apos;.</translation>
    </message>
    <message>
        <source>{name}: runbooks are runbooks/&lt;name&gt;.md.</source>
        <translation>{name}: procedury to pliki runbooks/&lt;name&gt;.md.</translation>
    </message>
    <message>
        <source>Mon</source>
        <extracomment>the alert before the notify-by deadline lapses comes this long before it weekday abbreviations for a due time on another day (strftime&apos;s %a is English)</extracomment>
        <translation>pon.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>wt.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>śr.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>czw.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pt.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sob.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>niedz.</translation>
    </message>
    <message>
        <source>not told: copy refused</source>
        <extracomment>&apos;notify&apos; (first notice of a disaster), &apos;update&apos; (a promised update), &apos;window&apos; (planned work: starts, runs, and its completion is due at the window&apos;s end) or &apos;untold&apos; (the closing notice is out, but the server refused some partners&apos; copies: no clock runs, those partners are told another way; `due` is the notice&apos;s time) a notice that answers this deadline is queued but has not reached every partner yet planned work: its completion or cancellation is queued, not delivered yet `waiting` says the officer&apos;s own next step (re-issue, settle, phone them): no &quot;send it now&quot; beside it (a copy the server refused is never sent again)</extracomment>
        <translation>nie wie: kopia odrzucona</translation>
    </message>
    <message>
        <source>notify by {time}</source>
        <translation>powiadom do {time}</translation>
    </message>
    <message>
        <source>update by {time}</source>
        <translation>aktualizacja do {time}</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>niedostarczone</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) not told</source>
        <translation>
            <numerusform>%n niepowiadomiony</numerusform>
            <numerusform>%n niepowiadomieni</numerusform>
            <numerusform>%n niepowiadomionych</numerusform>
        </translation>
    </message>
    <message>
        <source>notify partners by {time}</source>
        <translation>powiadom partnerów do {time}</translation>
    </message>
    <message>
        <source>next update due {time}</source>
        <translation>kolejna aktualizacja do {time}</translation>
    </message>
    <message>
        <source>starts in {span}</source>
        <translation>początek za {span}</translation>
    </message>
    <message>
        <source>in progress, ends in {span}</source>
        <translation>w toku, koniec za {span}</translation>
    </message>
    <message>
        <source>OVERRAN by {span}</source>
        <translation>PRZEKROCZONO o {span}</translation>
    </message>
    <message>
        <source>window ended {when}</source>
        <translation>okno zakończyło się {when}</translation>
    </message>
    <message>
        <source>OVERRAN by {span} (ended {when}): complete or extend</source>
        <translation>PRZEKROCZONO o {span} (koniec {when}): zakończ albo przedłuż</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>po terminie {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>zostało {time}</translation>
    </message>
    <message>
        <source>Draft “{title}”</source>
        <translation>Szkic „{title}”</translation>
    </message>
    <message>
        <source>{stage} held (its promise lapsed): re-issue it</source>
        <translation>{stage}: wstrzymano (minął obiecany termin) — wystaw ponownie</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told yet</source>
        <translation>
            <numerusform>{stage}: %n partner jeszcze nie wie</numerusform>
            <numerusform>{stage}: %n partnerów jeszcze nie wie</numerusform>
            <numerusform>{stage}: %n partnerów jeszcze nie wie</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: notify partners by {when} — {waiting}.</source>
        <translation>{reference}: powiadom partnerów do {when} — {waiting}.</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) uncertain: the server may or may not have it: ask the partner, then in the Outbox choose Mark sent if it arrived, else Send again.</source>
        <translation>
            <numerusform>%n kopia niepewna: serwer mógł ją przyjąć albo nie: zapytaj partnera, potem w Skrzynce nadawczej wybierz Oznacz jako wysłane, jeśli dotarła, a jeśli nie — Wyślij ponownie.</numerusform>
            <numerusform>%n kopie niepewne: serwer mógł je przyjąć albo nie: zapytaj partnerów, potem w Skrzynce nadawczej wybierz Oznacz jako wysłane, jeśli dotarły, a jeśli nie — Wyślij ponownie.</numerusform>
            <numerusform>%n kopii niepewnych: serwer mógł je przyjąć albo nie: zapytaj partnerów, potem w Skrzynce nadawczej wybierz Oznacz jako wysłane, jeśli dotarły, a jeśli nie — Wyślij ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) handed off as webmail or .eml: once sent, confirm it in the Outbox (Mark sent).</source>
        <translation>
            <numerusform>%n kopia przekazana przez pocztę WWW lub jako .eml: gdy zostanie wysłana, potwierdź to w Skrzynce nadawczej (Oznacz jako wysłane).</numerusform>
            <numerusform>%n kopie przekazane przez pocztę WWW lub jako .eml: gdy zostaną wysłane, potwierdź to w Skrzynce nadawczej (Oznacz jako wysłane).</numerusform>
            <numerusform>%n kopii przekazanych przez pocztę WWW lub jako .eml: gdy zostaną wysłane, potwierdź to w Skrzynce nadawczej (Oznacz jako wysłane).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) held (a promise lapsed): re-issue them (&apos;outage-kit incident reissue&apos;).</source>
        <translation>
            <numerusform>%n kopia wstrzymana (minął obiecany termin): wystaw ją ponownie (&apos;outage-kit incident reissue&apos;).</numerusform>
            <numerusform>%n kopie wstrzymane (minął obiecany termin): wystaw je ponownie (&apos;outage-kit incident reissue&apos;).</numerusform>
            <numerusform>%n kopii wstrzymanych (minął obiecany termin): wystaw je ponownie (&apos;outage-kit incident reissue&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) uncertain: the server may or may not have it: ask the partner, then &apos;outage-kit outbox settle ID --as sent&apos; if it arrived, else &apos;--as resend&apos;.</source>
        <translation>
            <numerusform>%n kopia niepewna: serwer mógł ją przyjąć albo nie: zapytaj partnera, potem &apos;outage-kit outbox settle ID --as sent&apos;, jeśli dotarła, a jeśli nie — &apos;--as resend&apos;.</numerusform>
            <numerusform>%n kopie niepewne: serwer mógł je przyjąć albo nie: zapytaj partnerów, potem &apos;outage-kit outbox settle ID --as sent&apos;, jeśli dotarły, a jeśli nie — &apos;--as resend&apos;.</numerusform>
            <numerusform>%n kopii niepewnych: serwer mógł je przyjąć albo nie: zapytaj partnerów, potem &apos;outage-kit outbox settle ID --as sent&apos;, jeśli dotarły, a jeśli nie — &apos;--as resend&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) handed off as webmail or .eml: once sent, confirm it (&apos;outage-kit outbox settle ID --as sent&apos;).</source>
        <translation>
            <numerusform>%n kopia przekazana przez pocztę WWW lub jako .eml: gdy zostanie wysłana, potwierdź to (&apos;outage-kit outbox settle ID --as sent&apos;).</numerusform>
            <numerusform>%n kopie przekazane przez pocztę WWW lub jako .eml: gdy zostaną wysłane, potwierdź to (&apos;outage-kit outbox settle ID --as sent&apos;).</numerusform>
            <numerusform>%n kopii przekazanych przez pocztę WWW lub jako .eml: gdy zostaną wysłane, potwierdź to (&apos;outage-kit outbox settle ID --as sent&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the server, and sending it again will not help: tell that partner another way, then record it (&apos;outage-kit incident told&apos;).</source>
        <translation>
            <numerusform>%n kopia odrzucona przez serwer i ponowne wysłanie nic nie da: powiadom tego partnera inaczej, a potem to odnotuj (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>%n kopie odrzucone przez serwer i ponowne wysłanie nic nie da: powiadom tych partnerów inaczej, a potem to odnotuj (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>%n kopii odrzuconych przez serwer i ponowne wysłanie nic nie da: powiadom tych partnerów inaczej, a potem to odnotuj (&apos;outage-kit incident told&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) held (a promise lapsed): re-issue them (Re-issue).</source>
        <translation>
            <numerusform>%n kopia wstrzymana (minął obiecany termin): wystaw ją ponownie (Wystaw ponownie).</numerusform>
            <numerusform>%n kopie wstrzymane (minął obiecany termin): wystaw je ponownie (Wystaw ponownie).</numerusform>
            <numerusform>%n kopii wstrzymanych (minął obiecany termin): wystaw je ponownie (Wystaw ponownie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the server, and sending it again will not help: tell that partner another way, then record it with Told another way.</source>
        <translation>
            <numerusform>%n kopia odrzucona przez serwer i ponowne wysłanie nic nie da: powiadom tego partnera inaczej, a potem odnotuj to przyciskiem Przekazano inaczej.</numerusform>
            <numerusform>%n kopie odrzucone przez serwer i ponowne wysłanie nic nie da: powiadom tych partnerów inaczej, a potem odnotuj to przyciskiem Przekazano inaczej.</numerusform>
            <numerusform>%n kopii odrzuconych przez serwer i ponowne wysłanie nic nie da: powiadom tych partnerów inaczej, a potem odnotuj to przyciskiem Przekazano inaczej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait for you:</source>
        <translation>
            <numerusform>%n wiadomość nadal czeka na ciebie:</numerusform>
            <numerusform>%n wiadomości nadal czekają na ciebie:</numerusform>
            <numerusform>%n wiadomości nadal czeka na ciebie:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n message(s) held: re-issue</source>
        <translation>
            <numerusform>powiadomiono {told} z {all}, %n wiadomość wstrzymana: wystaw ponownie</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n wiadomości wstrzymane: wystaw ponownie</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n wiadomości wstrzymanych: wystaw ponownie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n uncertain: settle in the Outbox</source>
        <translation>
            <numerusform>powiadomiono {told} z {all}, %n niepewna: rozstrzygnij w Skrzynce nadawczej</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n niepewne: rozstrzygnij w Skrzynce nadawczej</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n niepewnych: rozstrzygnij w Skrzynce nadawczej</numerusform>
        </translation>
    </message>
    <message>
        <source>handed off, {told} of {all} told: Mark sent in the Outbox</source>
        <translation>przekazane, powiadomiono {told} z {all}: Oznacz jako wysłane w Skrzynce nadawczej</translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n refused: Told another way</source>
        <translation>
            <numerusform>powiadomiono {told} z {all}, %n odrzucona: Przekazano inaczej</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n odrzucone: Przekazano inaczej</numerusform>
            <numerusform>powiadomiono {told} z {all}, %n odrzuconych: Przekazano inaczej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, the others had a later notice (%n older copy(-ies) not sent)</source>
        <translation>
            <numerusform>powiadomiono {told} z {all}, pozostali dostali późniejsze powiadomienie (%n starsza kopia niewysłana)</numerusform>
            <numerusform>powiadomiono {told} z {all}, pozostali dostali późniejsze powiadomienie (%n starsze kopie niewysłane)</numerusform>
            <numerusform>powiadomiono {told} z {all}, pozostali dostali późniejsze powiadomienie (%n starszych kopii niewysłanych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n copy(-ies) uncertain, maybe not received: settle in the Outbox</source>
        <translation>
            <numerusform>{stage}: %n kopia niepewna, mogła nie dotrzeć: rozstrzygnij w Skrzynce nadawczej</numerusform>
            <numerusform>{stage}: %n kopie niepewne, mogły nie dotrzeć: rozstrzygnij w Skrzynce nadawczej</numerusform>
            <numerusform>{stage}: %n kopii niepewnych, mogły nie dotrzeć: rozstrzygnij w Skrzynce nadawczej</numerusform>
        </translation>
    </message>
    <message>
        <source>{stage} handed off as .eml, not confirmed sent</source>
        <translation>{stage}: przekazane jako .eml, wysłania nie potwierdzono</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told, copy refused: phone them, then Told another way</source>
        <translation>
            <numerusform>{stage}: %n partner nie wie, kopia odrzucona: zadzwoń do niego, potem Przekazano inaczej</numerusform>
            <numerusform>{stage}: %n partnerów nie wie, kopie odrzucone: zadzwoń do nich, potem Przekazano inaczej</numerusform>
            <numerusform>{stage}: %n partnerów nie wie, kopie odrzucone: zadzwoń do nich, potem Przekazano inaczej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told, {refused} of them refused: phone those, then Told another way</source>
        <translation>
            <numerusform>{stage}: %n partner nie wie, w tym odrzuconych: {refused}: zadzwoń do nich, potem Przekazano inaczej</numerusform>
            <numerusform>{stage}: %n partnerów nie wie, w tym odrzuconych: {refused}: zadzwoń do nich, potem Przekazano inaczej</numerusform>
            <numerusform>{stage}: %n partnerów nie wie, w tym odrzuconych: {refused}: zadzwoń do nich, potem Przekazano inaczej</numerusform>
        </translation>
    </message>
    <message>
        <source>held: re-issue once the path works</source>
        <translation>wstrzymane: wystaw ponownie, gdy droga zadziała</translation>
    </message>
    <message>
        <source>uncertain: ask the partner, then Mark sent or Send again (Outbox)</source>
        <translation>niepewne: zapytaj partnera, potem Oznacz jako wysłane albo Wyślij ponownie (Skrzynka nadawcza)</translation>
    </message>
    <message>
        <source>handed off: Mark sent in the Outbox once it left</source>
        <translation>przekazane: Oznacz jako wysłane w Skrzynce nadawczej, gdy wyjdzie</translation>
    </message>
    <message>
        <source>refused: phone {partners}, then Told another way</source>
        <translation>odrzucone: zadzwoń do: {partners}, potem Przekazano inaczej</translation>
    </message>
    <message>
        <source>refused: phone them, then Told another way</source>
        <translation>odrzucone: zadzwoń do nich, potem Przekazano inaczej</translation>
    </message>
    <message>
        <source>{stage} queued, not delivered yet</source>
        <translation>{stage}: w kolejce, jeszcze nie doręczono</translation>
    </message>
    <message>
        <source>{reference}: {waiting} (incident page).</source>
        <translation>{reference}: {waiting} (strona incydentu).</translation>
    </message>
    <message>
        <source>{reference}: {waiting} — partners do not have it. Send it now, or use another path: SMS, webmail or .eml (incident page).</source>
        <translation>{reference}: {waiting} — partnerzy go nie mają. Wyślij je teraz albo użyj innej ścieżki: SMS, poczta WWW lub .eml (strona incydentu).</translation>
    </message>
    <message>
        <source>{reference}: the planned work OVERRAN its window (it ended {when}) and partners have no completion. Send the completion, or extend the window (partners get the new end).</source>
        <translation>{reference}: prace planowane PRZEKROCZYŁY okno (skończyło się {when}), a partnerzy nie dostali powiadomienia o zakończeniu. Wyślij je albo przedłuż okno (partnerzy dostaną nowy termin końca).</translation>
    </message>
    <message>
        <source>{reference}: the planned work window ends at {when}. Send the completion when the work is done, or extend the window.</source>
        <translation>{reference}: okno prac planowych kończy się o {when}. Po zakończeniu prac wyślij powiadomienie o zakończeniu albo przedłuż okno.</translation>
    </message>
    <message>
        <source>{reference}: partners should have been notified by {when}. Send now.</source>
        <translation>{reference}: partnerzy powinni byli zostać powiadomieni do {when}. Wyślij teraz.</translation>
    </message>
    <message>
        <source>{reference}: notify partners by {when} — send the initial notice.</source>
        <translation>{reference}: powiadom partnerów do {when} — wyślij powiadomienie wstępne.</translation>
    </message>
    <message>
        <source>{reference}: the promised update ({when}) is overdue. Post an update now.</source>
        <translation>{reference}: obiecana aktualizacja ({when}) jest po terminie. Wyślij aktualizację teraz.</translation>
    </message>
    <message>
        <source>{reference}: an update is promised by {when}. Post it soon.</source>
        <translation>{reference}: aktualizacja jest obiecana do {when}. Wyślij ją wkrótce.</translation>
    </message>
    <message>
        <source>{reference}: notify partners by {when} (it was due) — {waiting}.</source>
        <translation>{reference}: powiadom partnerów do {when} (termin minął) — {waiting}.</translation>
    </message>
    <message>
        <source>{reference}: the promised update was due by {when} — {waiting}.</source>
        <translation>{reference}: obiecana aktualizacja miała być do {when} — {waiting}.</translation>
    </message>
    <message>
        <source>{reference}: the promised update is due by {when} — {waiting}.</source>
        <translation>{reference}: obiecana aktualizacja ma być do {when} — {waiting}.</translation>
    </message>
    <message>
        <source>Send it now, or use another path: SMS, webmail or .eml (incident page).</source>
        <translation>Wyślij je teraz albo użyj innej ścieżki: SMS, poczta WWW lub .eml (strona incydentu).</translation>
    </message>
    <message>
        <source>A {kind} incident has no &apos;{stage}&apos; notice; its stages are {allowed}.</source>
        <translation>Incydent typu „{kind}” nie ma powiadomienia &apos;{stage}&apos;; jego etapy to {allowed}.</translation>
    </message>
    <message>
        <source>{reference} is closed; open a new incident for a new problem.</source>
        <translation>{reference} jest zamknięty; dla nowego problemu otwórz nowy incydent.</translation>
    </message>
    <message>
        <source>{reference} already had its {lower} notice; close it, or open a new incident.</source>
        <translation>{reference} miał już powiadomienie: {lower}; zamknij go albo otwórz nowy incydent.</translation>
    </message>
    <message>
        <source>{reference} already had its announcement; post an update instead.</source>
        <translation>{reference} miał już zapowiedź; wyślij zamiast tego aktualizację.</translation>
    </message>
    <message>
        <source>{reference} already had its initial notice; post an update instead.</source>
        <translation>{reference} miał już powiadomienie wstępne; wyślij zamiast tego aktualizację.</translation>
    </message>
    <message>
        <source>{reference} has had no announcement yet; send that first.</source>
        <translation>{reference} nie miał jeszcze zapowiedzi; najpierw wyślij ją.</translation>
    </message>
    <message>
        <source>{reference} has had no initial notice yet; send that first.</source>
        <translation>{reference} nie miał jeszcze powiadomienia wstępnego; najpierw wyślij je.</translation>
    </message>
    <message>
        <source>The planned work of {reference} has not started yet (its window opens {opens}): it cannot be completed. Send a cancellation instead, or wait until the window opens.</source>
        <translation>Prace planowane {reference} jeszcze się nie zaczęły (okno otwiera się {opens}): nie można ich zakończyć. Wyślij zamiast tego odwołanie albo poczekaj na otwarcie okna.</translation>
    </message>
    <message>
        <source>{reference} is already closed.</source>
        <extracomment>outbox states in which a message may already have left the kit</extracomment>
        <translation>{reference} jest już zamknięty.</translation>
    </message>
    <message>
        <source>{reference} has had no notice: if it was opened by mistake, withdraw it (with the reason) instead of closing it.</source>
        <translation>{reference} nie miał żadnego powiadomienia: jeśli otwarto go przez pomyłkę, wycofaj go (z podaniem powodu) zamiast zamykać.</translation>
    </message>
    <message>
        <source>{reference} is planned work: partners must get a completion (or cancellation) notice before it can be closed.</source>
        <translation>{reference} to prace planowane: zanim będzie można je zamknąć, partnerzy muszą dostać powiadomienie o zakończeniu (lub odwołaniu).</translation>
    </message>
    <message>
        <source>{reference} cannot be closed before partners get the resolution notice.</source>
        <translation>Nie można zamknąć {reference}, zanim partnerzy dostaną powiadomienie o usunięciu awarii.</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>jeszcze nic nie wysłano</translation>
    </message>
    <message>
        <source>The {label} notice of {reference} has not reached every partner yet ({status}).</source>
        <translation>Powiadomienie ({label}) dla {reference} nie dotarło jeszcze do wszystkich partnerów ({status}).</translation>
    </message>
    <message>
        <source>Send it (Send now), hand it off by webmail or .eml and confirm it (Mark sent in the Outbox), or record that you told them another way (Told another way).</source>
        <translation>Wyślij je (Wyślij teraz), przekaż przez pocztę WWW lub .eml i potwierdź (Oznacz jako wysłane w Skrzynce nadawczej), albo odnotuj, że powiadomiłeś ich inaczej (Przekazano inaczej).</translation>
    </message>
    <message>
        <source>Send it (&apos;outage-kit outbox send&apos;), hand it off (&apos;outage-kit outbox webmail&apos; or &apos;export-eml&apos;) and confirm it (&apos;outage-kit outbox settle ID --as sent&apos;), or record that you told them another way (&apos;outage-kit incident told&apos;).</source>
        <translation>Wyślij je (&apos;outage-kit outbox send&apos;), przekaż (&apos;outage-kit outbox webmail&apos; albo &apos;export-eml&apos;) i potwierdź (&apos;outage-kit outbox settle ID --as sent&apos;), albo odnotuj, że powiadomiłeś ich inaczej (&apos;outage-kit incident told&apos;).</translation>
    </message>
    <message>
        <source>Then it can be closed.</source>
        <translation>Wtedy będzie można zamknąć incydent.</translation>
    </message>
    <message>
        <source>Say why the incident is withdrawn (e.g. &apos;false alarm: monitoring&apos;).</source>
        <translation>Podaj, dlaczego incydent jest wycofywany (np. &apos;fałszywy alarm: monitoring&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of {reference} have already gone out (or may have): partners heard about it, so it ends with a {final} notice, not a withdrawal.</source>
        <translation>
            <numerusform>%n wiadomość {reference} już wyszła (lub mogła wyjść): partnerzy o nim słyszeli, więc kończy się powiadomieniem ({final}), a nie wycofaniem.</numerusform>
            <numerusform>%n wiadomości {reference} już wyszły (lub mogły wyjść): partnerzy o nim słyszeli, więc kończy się powiadomieniem ({final}), a nie wycofaniem.</numerusform>
            <numerusform>%n wiadomości {reference} już wyszło (lub mogło wyjść): partnerzy o nim słyszeli, więc kończy się powiadomieniem ({final}), a nie wycofaniem.</numerusform>
        </translation>
    </message>
    <message>
        <source>the next update time</source>
        <translation>czas następnej aktualizacji</translation>
    </message>
    <message>
        <source>Say when the next update comes at the latest (next_update).</source>
        <translation>Podaj najpóźniejszy termin następnej aktualizacji (next_update).</translation>
    </message>
    <message>
        <source>The promised next update {time} is in the past; promise a later time.</source>
        <translation>Obiecana następna aktualizacja {time} jest w przeszłości; obiecaj późniejszy termin.</translation>
    </message>
    <message>
        <source>{key} is not in this incident&apos;s audience; nothing to remove.</source>
        <translation>{key} nie należy do odbiorców tego incydentu; nie ma czego usuwać.</translation>
    </message>
    <message>
        <source>Removing {label} from the audience needs a reason (partners who heard the first notice must hear the last).</source>
        <translation>Usunięcie {label} z odbiorców wymaga podania powodu (partnerzy, którzy usłyszeli pierwsze powiadomienie, muszą usłyszeć ostatnie).</translation>
    </message>
    <message>
        <source>No longer in the contact directory, still told about this incident (partners who heard the first notice hear the last): {names}. To stop, remove them with a reason.</source>
        <translation>Nie ma ich już w katalogu kontaktów, nadal dostają informacje o tym incydencie (partnerzy, którzy dostali pierwszy komunikat, dostają też ostatni): {names}. Aby to przerwać, usuń ich z audytorium, podając powód.</translation>
    </message>
    <message>
        <source>Announce planned work ahead</source>
        <translation>Zapowiadaj prace planowane z wyprzedzeniem</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set to {label}</source>
        <extracomment>Quarantine IDs asked for (a file of IDs) that no record has, in the file&apos;s order</extracomment>
        <translation>
            <numerusform>%n rekord ustawiono na {label}</numerusform>
            <numerusform>%n rekordy ustawiono na {label}</numerusform>
            <numerusform>%n rekordów ustawiono na {label}</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} already were)</source>
        <translation> ({count} już miało ten status)</translation>
    </message>
    <message numerus="yes">
        <source>. %n Quarantine ID(s) not found, nothing done for them: </source>
        <translation>
            <numerusform>. Nie znaleziono %n ID kwarantanny, nic z nim nie zrobiono: </numerusform>
            <numerusform>. Nie znaleziono %n ID kwarantanny, nic z nimi nie zrobiono: </numerusform>
            <numerusform>. Nie znaleziono %n ID kwarantanny, nic z nimi nie zrobiono: </numerusform>
        </translation>
    </message>
    <message>
        <source> … and {more} more</source>
        <translation> … i {more} innych</translation>
    </message>
    <message numerus="yes">
        <source>. Left out %n record(s) billing has already closed ({detail})</source>
        <translation>
            <numerusform>. Pominięto %n rekord już zamknięty przez billing ({detail})</numerusform>
            <numerusform>. Pominięto %n rekordy już zamknięte przez billing ({detail})</numerusform>
            <numerusform>. Pominięto %n rekordów już zamkniętych przez billing ({detail})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo of action {action}: %n record(s) restored</source>
        <extracomment>how many IDs not found a summary names</extracomment>
        <translation>
            <numerusform>cofnięcie akcji {action}: przywrócono %n rekord</numerusform>
            <numerusform>cofnięcie akcji {action}: przywrócono %n rekordy</numerusform>
            <numerusform>cofnięcie akcji {action}: przywrócono %n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) → {label}</source>
        <translation>
            <numerusform>%n rekord → {label}</numerusform>
            <numerusform>%n rekordy → {label}</numerusform>
            <numerusform>%n rekordów → {label}</numerusform>
        </translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>z wiersza poleceń</translation>
    </message>
    <message>
        <source>in this window</source>
        <translation>w tym oknie</translation>
    </message>
    <message>
        <source>in another window</source>
        <translation>w innym oknie</translation>
    </message>
    <message>
        <source>from an earlier version of the kit</source>
        <translation>we wcześniejszej wersji programu</translation>
    </message>
    <message>
        <source>action {action}: {what}, {at}, {where}, by {actor}</source>
        <translation>akcję {action}: {what}, {at}, {where}, wykonał(a) {actor}</translation>
    </message>
    <message>
        <source>A write-off needs a note saying why (e.g. the supplier claim).</source>
        <extracomment>a bulk change reads every page holding a match, then rewrites it: when the matches are spread over the whole table, a cache that holds it halves the time (3.5 → 1.7 s for a bare UPDATE of 100,000 of a million records). Only for the length of the change.</extracomment>
        <translation>Odpis wymaga notatki z uzasadnieniem (np. reklamacja u dostawcy).</translation>
    </message>
    <message>
        <source>Say which records: a search, or a list of IDs.</source>
        <translation>Wskaż rekordy: wyszukiwanie albo listę ID.</translation>
    </message>
    <message>
        <source>There is no action to undo (the last one was already undone).</source>
        <translation>Nie ma akcji do cofnięcia (ostatnia została już cofnięta).</translation>
    </message>
    <message>
        <source>Nothing undone: the last action is no longer action {expected} but {last}. Check it, then undo again if you mean it.</source>
        <translation>Niczego nie cofnięto: ostatnią akcją nie jest już akcja {expected}, lecz {last}. Sprawdź ją i cofnij ponownie, jeśli o to chodzi.</translation>
    </message>
    <message numerus="yes">
        <source>A decision on the backlog (action {action}, records to {label}) was cut short before it finished: it is rolled back, %n record(s) it had changed are as they were. Nothing of it stands; decide again if you mean it.</source>
        <translation>
            <numerusform>Decyzja w zaległościach (akcja {action}, rekordy na {label}) została przerwana przed końcem: jest wycofana, %n rekord, który zdążyła zmienić, jest jak był. Nic z niej nie obowiązuje; podejmij ją ponownie, jeśli o to chodzi.</numerusform>
            <numerusform>Decyzja w zaległościach (akcja {action}, rekordy na {label}) została przerwana przed końcem: jest wycofana, %n rekordy, które zdążyła zmienić, są jak były. Nic z niej nie obowiązuje; podejmij ją ponownie, jeśli o to chodzi.</numerusform>
            <numerusform>Decyzja w zaległościach (akcja {action}, rekordy na {label}) została przerwana przed końcem: jest wycofana, %n rekordów, które zdążyła zmienić, jest jak było. Nic z niej nie obowiązuje; podejmij ją ponownie, jeśli o to chodzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The undo of backlog action {action} was cut short; it is finished now: %n record(s) put back.</source>
        <translation>
            <numerusform>Cofanie akcji {action} w zaległościach zostało przerwane; teraz jest dokończone: przywrócono %n rekord.</numerusform>
            <numerusform>Cofanie akcji {action} w zaległościach zostało przerwane; teraz jest dokończone: przywrócono %n rekordy.</numerusform>
            <numerusform>Cofanie akcji {action} w zaległościach zostało przerwane; teraz jest dokończone: przywrócono %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back a decision on the backlog that was cut short (action {action}, %n record(s) to put back)</source>
        <translation>
            <numerusform>Wycofywanie decyzji w zaległościach, która została przerwana (akcja {action}, %n rekord do przywrócenia)</numerusform>
            <numerusform>Wycofywanie decyzji w zaległościach, która została przerwana (akcja {action}, %n rekordy do przywrócenia)</numerusform>
            <numerusform>Wycofywanie decyzji w zaległościach, która została przerwana (akcja {action}, %n rekordów do przywrócenia)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finishing the undo of backlog action {action}, cut short (%n record(s))</source>
        <translation>
            <numerusform>Kończenie przerwanego cofnięcia akcji {action} w zaległościach (%n rekord)</numerusform>
            <numerusform>Kończenie przerwanego cofnięcia akcji {action} w zaległościach (%n rekordy)</numerusform>
            <numerusform>Kończenie przerwanego cofnięcia akcji {action} w zaległościach (%n rekordów)</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}, {column}: {reason}</source>
        <extracomment>above this many estimated rows (and at least half the table), dropping the secondary indexes and building them again after the load is ~3× faster than updating them per row above this many estimated rows the import loads into a staging file and merges in short transactions, so a notice queued or sent meanwhile never waits on it every index but the Quarantine ID&apos;s: dropped for a bulk load and built after it billing&apos;s word wins over a local decision only when billing has finished with the record</extracomment>
        <translation>wiersz {line}, {column}: {reason}</translation>
    </message>
    <message>
        <source>{source} holds no records: there is nothing under its header row, so nothing was imported and the backlog is as it was. If the export should hold records, export it again from Billing &gt; Quarantine.</source>
        <translation>{source} nie zawiera żadnych rekordów: pod wierszem nagłówka nie ma nic, więc niczego nie zaimportowano i zaległości są takie jak wcześniej. Jeśli eksport powinien zawierać rekordy, wyeksportuj go ponownie z Billing &gt; Quarantine.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n row(s) read</source>
        <translation>
            <numerusform>{source}: wczytano %n wiersz</numerusform>
            <numerusform>{source}: wczytano %n wiersze</numerusform>
            <numerusform>{source}: wczytano %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>, {inserted} new, {updated} updated, {rejected} rejected.</source>
        <translation>, nowe: {inserted}, zaktualizowane: {updated}, odrzucone: {rejected}.</translation>
    </message>
    <message>
        <source> {count} with a reason not in the guide.</source>
        <translation> Z przyczyną spoza przewodnika: {count}.</translation>
    </message>
    <message>
        <source>Which quarantine is {name} from? Give --kind (one of {kinds}).</source>
        <translation>Z której kwarantanny pochodzi {name}? Podaj --kind (jedno z: {kinds}).</translation>
    </message>
    <message>
        <source>empty; every record needs its Quarantine ID</source>
        <translation>puste; każdy rekord musi mieć ID kwarantanny</translation>
    </message>
    <message>
        <source>{text} is not a status of the guide (Quarantine, Cleansed, Completed, Withdrawn, Write off, Pending)</source>
        <translation>{text} nie jest statusem z przewodnika (Quarantine, Cleansed, Completed, Withdrawn, Write off, Pending)</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2026-11-20 or 20/11/2026 13:45)</source>
        <translation>{value} nie jest datą (wpisz 2026-11-20 lub 20/11/2026 13:45)</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} nie jest poprawną datą</translation>
    </message>
    <message>
        <source>{value} writes its decimals after {mark}, but this file&apos;s amounts write them after {file_mark} (as {example} does): check the cell and write it as the rest of the file does</source>
        <translation>{value} ma część dziesiętną po {mark}, a kwoty tego pliku mają ją po {file_mark} (jak {example}): sprawdź komórkę i zapisz kwotę tak jak reszta pliku</translation>
    </message>
    <message>
        <source>{value} is not an amount: its thousands are not in groups of three (write {plain} or {grouped})</source>
        <translation>{value} nie jest kwotą: tysiące nie są w grupach po trzy cyfry (wpisz {plain} lub {grouped})</translation>
    </message>
    <message>
        <source>{value} is not an amount (write {example})</source>
        <translation>{value} nie jest kwotą (wpisz {example})</translation>
    </message>
    <message>
        <source>{value} could be {thousands} or {decimals}: no other amount in this file shows whether {mark} separates thousands or decimals; write {thousands} without the separator, or with its decimals ({example})</source>
        <translation>{value} może znaczyć {thousands} albo {decimals}: żadna inna kwota w tym pliku nie pokazuje, czy {mark} oddziela tysiące, czy część dziesiętną; wpisz {thousands} bez separatora albo z częścią dziesiętną ({example})</translation>
    </message>
    <message>
        <source>{value} holds the currency sign {sign}: write the number alone ({example}) and the currency&apos;s ISO code in the Currency column (EUR, USD, PLN)</source>
        <translation>{value} zawiera znak waluty {sign}: wpisz samą liczbę ({example}), a kod ISO waluty w kolumnie Currency (EUR, USD, PLN)</translation>
    </message>
    <message>
        <source>{value} is finer than a cent: the kit keeps amounts to the cent and will not round them unseen; check the cell, or round the export&apos;s amounts to two decimals and import again</source>
        <translation>{value} jest dokładniejsza niż grosz (cent): zestaw przechowuje kwoty z dokładnością do grosza i nie zaokrągla ich po cichu; sprawdź komórkę albo zaokrąglij kwoty w eksporcie do dwóch miejsc po przecinku i zaimportuj ponownie</translation>
    </message>
    <message>
        <source>{code} is a withdrawn currency: it was replaced by {now}; write the amount in {now} or ask billing which currency the record is in</source>
        <translation>{code} to wycofana waluta: zastąpiła ją {now}; wpisz kwotę w {now} albo zapytaj billing, w jakiej walucie jest rekord</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code in use (such as EUR, USD, PLN, SEK, NOK): check the Currency column for a typo</source>
        <translation>{code} nie jest używanym kodem waluty ISO 4217 (jak EUR, USD, PLN, SEK, NOK): sprawdź, czy w kolumnie Waluta nie ma literówki</translation>
    </message>
    <message>
        <source>{value} is not a duration (seconds, or h:mm:ss)</source>
        <translation>{value} nie jest czasem trwania (sekundy albo g:mm:ss)</translation>
    </message>
    <message>
        <source>The copy at {target} did not read back sound ({problem}): the medium may be failing. The backup in the kit&apos;s folder is unaffected.</source>
        <extracomment>what the sidecar of a backup carries: the audit chain&apos;s head at backup time</extracomment>
        <translation>Kopia w {target} nie odczytuje się poprawnie ({problem}): nośnik może być uszkodzony. Kopii zapasowej w folderze zestawu nic się nie stało.</translation>
    </message>
    <message>
        <source>Cannot write the copy to {target} ({strerror}): check that the folder exists and is writable (a write-protected stick cannot take it). The backup in the kit&apos;s folder is unaffected.</source>
        <translation>Nie można zapisać kopii do {target} ({strerror}): sprawdź, czy folder istnieje i da się do niego zapisywać (na pendrive&apos;ie z blokadą zapisu się nie da). Kopii zapasowej w folderze zestawu nic się nie stało.</translation>
    </message>
    <message>
        <source>The store is not sound ({problem}), so no backup joined the rotation</source>
        <translation>Baza jest niesprawna ({problem}), więc żadna kopia zapasowa nie weszła do rotacji</translation>
    </message>
    <message>
        <source>; a copy of it was kept aside as {kept}.</source>
        <translation>; jej kopię odłożono jako {kept}.</translation>
    </message>
    <message>
        <source> Restore the newest good backup: outage-kit restore {backup}</source>
        <translation> Przywróć najnowszą dobrą kopię zapasową: outage-kit restore {backup}</translation>
    </message>
    <message>
        <source> No sound backup was found; copy the data folder aside and ask for help.</source>
        <translation> Nie znaleziono sprawnej kopii zapasowej; skopiuj folder danych w bezpieczne miejsce i poproś o pomoc.</translation>
    </message>
    <message>
        <source>cannot be read: {strerror}</source>
        <translation>nie można odczytać: {strerror}</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>plik jest pusty (0 bajtów)</translation>
    </message>
    <message>
        <source>the file is cut short ({size} bytes is not a whole number of pages)</source>
        <translation>plik jest ucięty ({size} B to nie jest całkowita liczba stron)</translation>
    </message>
    <message>
        <source>it is damaged: it opens with this store&apos;s key, but its pages do not fit together (the file was cut short or partly overwritten)</source>
        <translation>plik jest uszkodzony: otwiera się kluczem tej bazy, ale jego strony do siebie nie pasują (plik jest ucięty albo częściowo nadpisany)</translation>
    </message>
    <message>
        <source>it does not open with this store&apos;s key: it is damaged, or it is a backup of another store</source>
        <translation>nie otwiera się kluczem tej bazy: jest uszkodzona albo to kopia zapasowa innej bazy</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłana</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — settle them</source>
        <translation>
            <numerusform>%n niepewna — rozstrzygnij ją</numerusform>
            <numerusform>%n niepewne — rozstrzygnij je</numerusform>
            <numerusform>%n niepewnych — rozstrzygnij je</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held: their promised update time passed — re-issue the notice</source>
        <translation>
            <numerusform>%n wstrzymana: minął obiecany termin aktualizacji — wydaj powiadomienie ponownie</numerusform>
            <numerusform>%n wstrzymane: minął obiecany termin aktualizacji — wydaj powiadomienie ponownie</numerusform>
            <numerusform>%n wstrzymanych: minął obiecany termin aktualizacji — wydaj powiadomienie ponownie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copy(-ies) not sent: a later notice already reached those partners</source>
        <translation>
            <numerusform>%n starsza kopia niewysłana: ten partner dostał już późniejsze powiadomienie</numerusform>
            <numerusform>%n starsze kopie niewysłane: ci partnerzy dostali już późniejsze powiadomienie</numerusform>
            <numerusform>%n starszych kopii niewysłanych: ci partnerzy dostali już późniejsze powiadomienie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued</source>
        <translation>
            <numerusform>%n nadal w kolejce</numerusform>
            <numerusform>%n nadal w kolejce</numerusform>
            <numerusform>%n nadal w kolejce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS reported delivered or failed by the network</source>
        <translation>
            <numerusform>sieć zgłosiła doręczenie lub niepowodzenie %n SMS-a</numerusform>
            <numerusform>sieć zgłosiła doręczenie lub niepowodzenie %n SMS-ów</numerusform>
            <numerusform>sieć zgłosiła doręczenie lub niepowodzenie %n SMS-ów</numerusform>
        </translation>
    </message>
    <message>
        <source> Paths down: </source>
        <translation> Niedostępne ścieżki: </translation>
    </message>
    <message>
        <source> Cancelled by the officer.</source>
        <translation> Przerwane przez dyżurnego.</translation>
    </message>
    <message>
        <source>the anchor {anchor}… is not in the chain: an entry up to it was changed or removed (or the anchor was mistyped)</source>
        <translation>kotwicy {anchor}… nie ma w łańcuchu: któryś wpis do niej włącznie został zmieniony lub usunięty (albo kotwica jest źle przepisana)</translation>
    </message>
    <message>
        <source>entries {first}–{last} are missing</source>
        <translation>brak wpisów {first}–{last}</translation>
    </message>
    <message>
        <source>does not follow the entry before it</source>
        <translation>nie wynika z poprzedniego wpisu</translation>
    </message>
    <message>
        <source>was changed after it was written</source>
        <translation>został zmieniony po zapisaniu</translation>
    </message>
    <message>
        <source>the newest entries were removed</source>
        <translation>najnowsze wpisy zostały usunięte</translation>
    </message>
    <message>
        <source>Audit chain head: entry {entry}, {hash}</source>
        <translation>Głowa łańcucha audytu: wpis {entry}, {hash}</translation>
    </message>
    <message>
        <source>entry {entry} {reason}</source>
        <translation>wpis {entry} {reason}</translation>
    </message>
    <message>
        <source>its audit chain is broken ({where})</source>
        <translation>jej łańcuch audytu jest przerwany ({where})</translation>
    </message>
    <message>
        <source>{path}: not part of a bundle source (expected {known}, templates/…, runbooks/…); move it out of the folder.</source>
        <translation>{path}: nie należy do źródła pakietu (oczekiwano {known}, templates/…, runbooks/…); przenieś go poza ten folder.</translation>
    </message>
    <message>
        <source>bundle.toml: needs [bundle] name = &quot;…&quot;.</source>
        <translation>bundle.toml: wymagane [bundle] name = &quot;…&quot;.</translation>
    </message>
    <message>
        <source>bundle.toml: the [bundle] name is empty.</source>
        <translation>bundle.toml: nazwa w [bundle] jest pusta.</translation>
    </message>
    <message>
        <source>bundle.toml: missing; it needs [bundle] name = &quot;…&quot;.</source>
        <translation>bundle.toml: brak pliku; wymagane jest [bundle] name = &quot;…&quot;.</translation>
    </message>
    <message>
        <source>The version must be a whole number from 1; {version} is not.</source>
        <translation>Wersja musi być liczbą całkowitą od 1; {version} nią nie jest.</translation>
    </message>
    <message>
        <source>--expires-days must be between 1 and 3650 (or 0: the bundle never expires).</source>
        <translation>--expires-days musi mieścić się między 1 a 3650 (albo 0: pakiet nigdy nie wygasa).</translation>
    </message>
    <message>
        <source>Nothing was built or signed: every kit would refuse this bundle as unsafe to unpack ({what}). Make the file smaller (split a long runbook into several files) and build again.</source>
        <translation>Nic nie zostało zbudowane ani podpisane: każdy zestaw odrzuciłby ten pakiet jako niebezpieczny do rozpakowania ({what}). Zmniejsz plik (podziel długą instrukcję na kilka plików) i zbuduj pakiet ponownie.</translation>
    </message>
    <message>
        <source>{out} is a folder; give the bundle&apos;s file name, e.g. {out}/contacts.zip.</source>
        <translation>{out} to folder; podaj nazwę pliku pakietu, np. {out}/contacts.zip.</translation>
    </message>
    <message>
        <source>contact</source>
        <extracomment>lists whose order means nothing: &quot;all;sms&quot; and &quot;sms;all&quot; are the same groups the areas of a diff line, said in the kit&apos;s language (`Change.text`)</extracomment>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>service</source>
        <translation>usługa</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>przypisanie</translation>
    </message>
    <message>
        <source>template</source>
        <translation>szablon</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>procedura</translation>
    </message>
    <message>
        <source>delivery path</source>
        <translation>ścieżka wysyłki</translation>
    </message>
    <message>
        <source>kept: contact {who} (added on this workstation)</source>
        <translation>zachowany: kontakt {who} (dodany na tym stanowisku)</translation>
    </message>
    <message>
        <source>the bundle changes it too</source>
        <translation>pakiet też go zmienia</translation>
    </message>
    <message>
        <source>the bundle no longer lists it</source>
        <translation>pakiet już go nie zawiera</translation>
    </message>
    <message>
        <source>the bundle has the original</source>
        <translation>pakiet ma wersję pierwotną</translation>
    </message>
    <message>
        <source>edited here: contact {who} — {fate}</source>
        <translation>zmieniony tutaj: kontakt {who} — {fate}</translation>
    </message>
    <message>
        <source>No changes to the directory apart from the local edits below.</source>
        <translation>Brak zmian w książce kontaktów poza zmianami lokalnymi poniżej.</translation>
    </message>
    <message>
        <source>the bundle now has its own text of it</source>
        <translation>pakiet ma teraz własny tekst tego szablonu</translation>
    </message>
    <message>
        <source>edited here: template {path} — {fate}. Your edit stays in force over the bundle&apos;s text, which applies once you remove the edit (Templates ▸ Remove local edit, &apos;outage-kit templates reset&apos;), unless you take the bundle&apos;s now: {take}</source>
        <translation>zmieniony tutaj: szablon {path} — {fate}. Twoja zmiana obowiązuje zamiast tekstu pakietu, który zacznie obowiązywać, gdy ją usuniesz (Szablony ▸ Usuń zmianę lokalną, &apos;outage-kit templates reset&apos;), chyba że przyjmiesz teraz wersję z pakietu: {take}</translation>
    </message>
    <message>
        <source>edited here: template {path} — the bundle no longer has it: your edit stays</source>
        <translation>zmieniony tutaj: szablon {path} — pakiet już go nie ma: twoja zmiana zostaje</translation>
    </message>
    <message>
        <source>kept: template {path} (edited on this workstation)</source>
        <translation>zachowany: szablon {path} (zmieniony na tym stanowisku)</translation>
    </message>
    <message>
        <source>No changes to the directory.</source>
        <translation>Brak zmian w książce kontaktów.</translation>
    </message>
    <message>
        <source>Local edits since the last bundle:</source>
        <translation>Zmiany lokalne od ostatniego pakietu:</translation>
    </message>
    <message>
        <source>The bundle&apos;s templates are refused; nothing was changed. Ask IT for a corrected bundle:</source>
        <translation>Szablony pakietu zostały odrzucone; nic nie zostało zmienione. Poproś dział IT o poprawiony pakiet:</translation>
    </message>
    <message>
        <source>The bundle&apos;s delivery.toml is refused; nothing was changed. Ask IT for a corrected bundle:</source>
        <translation>Plik delivery.toml z pakietu został odrzucony; nic nie zostało zmienione. Poproś dział IT o poprawiony pakiet:</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle: choose the .zip file IT sent (with its .minisig beside it).</source>
        <translation>{path} to folder, nie pakiet: wybierz plik .zip przysłany przez IT (z plikiem .minisig obok).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): the copy did not finish, or the stick was pulled out too early. Copy the bundle from IT again; nothing was changed.</source>
        <translation>Plik {name} jest pusty (0 bajtów): kopiowanie się nie skończyło albo pendrive wyjęto za wcześnie. Skopiuj pakiet od IT jeszcze raz; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; a bundle is at most {limit} MiB. Nothing was read.</source>
        <translation>{name} ma {size} MiB; pakiet może mieć najwyżej {limit} MiB. Niczego nie wczytano.</translation>
    </message>
    <message>
        <source>There is no bundle file {path}.</source>
        <translation>Nie ma pliku pakietu {path}.</translation>
    </message>
    <message>
        <source>Cannot read the bundle {path}: {error}.</source>
        <translation>Nie można odczytać pakietu {path}: {error}.</translation>
    </message>
    <message>
        <source>{bundle} has no signature ({signature} is not next to it). Unsigned bundles are never applied: copy both files from IT.</source>
        <translation>{bundle} nie ma podpisu (obok nie ma pliku {signature}). Niepodpisane pakiety nigdy nie są stosowane: skopiuj od IT oba pliki.</translation>
    </message>
    <message>
        <source>No bundle signer is trusted on this kit yet. Pin IT&apos;s public key first (outage-kit bundle trust FILE.pub, or Kit ▸ Contact bundle and signers…) after checking its fingerprint with IT.</source>
        <translation>Ten zestaw nie ufa jeszcze żadnemu sygnatariuszowi pakietów. Najpierw dodaj jako zaufany klucz publiczny IT (outage-kit bundle trust PLIK.pub albo Zestaw ▸ Pakiet kontaktów i sygnatariusze…), po sprawdzeniu jego odcisku z działem IT.</translation>
    </message>
    <message>
        <source>The bundle is signed by key {key}, which this kit does not trust (trusted: {pinned}). It was not applied. If IT changed keys, check the new key&apos;s fingerprint with IT and pin it (Kit ▸ Contact bundle and signers…, or outage-kit bundle trust FILE.pub).</source>
        <translation>Pakiet jest podpisany kluczem {key}, któremu ten zestaw nie ufa (zaufane: {pinned}). Nie został zastosowany. Jeśli IT zmieniło klucze, sprawdź z IT odcisk nowego klucza i dodaj go (Zestaw ▸ Pakiet kontaktów i sygnatariusze… albo outage-kit bundle trust PLIK.pub).</translation>
    </message>
    <message>
        <source>This bundle EXPIRED on {expires}. It can still be applied (it is newer than what the kit holds), but ask IT for a fresh one.</source>
        <translation>Ten pakiet WYGASŁ {expires}. Nadal można go zastosować (jest nowszy od tego, który ma zestaw), ale poproś IT o aktualny.</translation>
    </message>
    <message>
        <source>The bundle says it was issued in the future ({issued}): check this workstation&apos;s clock.</source>
        <translation>Według pakietu został on wydany w przyszłości ({issued}): sprawdź zegar tego stanowiska.</translation>
    </message>
    <message>
        <source>The bundle is called {name!r}, the one applied before {before!r}: make sure it is meant for this kit.</source>
        <translation>Pakiet nazywa się {name!r}, a poprzednio zastosowany {before!r}: upewnij się, że jest przeznaczony dla tego zestawu.</translation>
    </message>
    <message>
        <source>Version {version} is already applied; nothing to do.</source>
        <translation>Wersja {version} jest już zastosowana; nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>This bundle is version {version}, older than version {current} applied on {applied}. Bundles only move forward (rollback refused); get the newest bundle from IT.</source>
        <translation>Ten pakiet ma wersję {version}, starszą niż wersja {current} zastosowana {applied}. Pakiety mogą iść tylko naprzód (cofnięcie odrzucone); weź od IT najnowszy pakiet.</translation>
    </message>
    <message>
        <source>Version {version} is already applied, but this bundle holds different content under the same version number. Refused: IT must give every changed bundle a higher version.</source>
        <translation>Wersja {version} jest już zastosowana, ale ten pakiet ma inną zawartość pod tym samym numerem wersji. Odrzucono: IT musi nadawać każdemu zmienionemu pakietowi wyższą wersję.</translation>
    </message>
    <message numerus="yes">
        <source> %n message(s) were held: their promised update time passed. Re-issue the notice with a new promise.</source>
        <extracomment>messages read from the store at once while exporting (not all: 40,000 drafts in memory)</extracomment>
        <translation>
            <numerusform> %n wiadomość wstrzymano: minął obiecany termin aktualizacji. Wydaj powiadomienie ponownie z nowym terminem.</numerusform>
            <numerusform> %n wiadomości wstrzymano: minął obiecany termin aktualizacji. Wydaj powiadomienie ponownie z nowym terminem.</numerusform>
            <numerusform> %n wiadomości wstrzymano: minął obiecany termin aktualizacji. Wydaj powiadomienie ponownie z nowym terminem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No queued e-mail to export; nothing was written.</source>
        <translation>Brak e-maili w kolejce do eksportu; nic nie zapisano.</translation>
    </message>
    <message>
        <source>The .eml export was cancelled.</source>
        <translation>Eksport .eml został anulowany.</translation>
    </message>
    <message>
        <source>message {id}: {error}</source>
        <translation>wiadomość {id}: {error}</translation>
    </message>
    <message>
        <source>Some messages cannot be written as e-mail; nothing was exported:</source>
        <translation>Niektórych wiadomości nie da się zapisać jako e-mail; nic nie wyeksportowano:</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({error}); choose another.</source>
        <translation>Nie można utworzyć folderu {folder} ({error}); wybierz inny.</translation>
    </message>
    <message numerus="yes">
        <source>The disk holding {folder} is full (a USB stick?): the %n file(s) written were removed and the messages are back in the queue. Free some space there or choose another folder, then export again.</source>
        <translation>
            <numerusform>Dysk z folderem {folder} jest pełny (pendrive?): zapisany %n plik usunięto, a wiadomości wróciły do kolejki. Zwolnij tam miejsce albo wybierz inny folder i wyeksportuj ponownie.</numerusform>
            <numerusform>Dysk z folderem {folder} jest pełny (pendrive?): zapisane %n pliki usunięto, a wiadomości wróciły do kolejki. Zwolnij tam miejsce albo wybierz inny folder i wyeksportuj ponownie.</numerusform>
            <numerusform>Dysk z folderem {folder} jest pełny (pendrive?): zapisanych %n plików usunięto, a wiadomości wróciły do kolejki. Zwolnij tam miejsce albo wybierz inny folder i wyeksportuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to {folder} failed ({error}). The files written were removed and the messages are back in the queue; choose another folder.</source>
        <translation>Zapis do {folder} się nie powiódł ({error}). Zapisane pliki usunięto, a wiadomości wróciły do kolejki; wybierz inny folder.</translation>
    </message>
    <message numerus="yes">
        <source>An .eml export to {folder} was cut short: its files were removed and %n message(s) are back in the queue.</source>
        <translation>
            <numerusform>Eksport .eml do {folder} został przerwany: jego pliki usunięto, a %n wiadomość wróciła do kolejki.</numerusform>
            <numerusform>Eksport .eml do {folder} został przerwany: jego pliki usunięto, a %n wiadomości wróciły do kolejki.</numerusform>
            <numerusform>Eksport .eml do {folder} został przerwany: jego pliki usunięto, a %n wiadomości wróciło do kolejki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An .eml export to {folder} was cut short and that folder is gone (a removed USB stick?): %n message(s) stay handed off. Settle each as sent (if its file was sent) or to send again.</source>
        <translation>
            <numerusform>Eksport .eml do {folder} został przerwany, a folderu już nie ma (wyjęty pendrive?): %n wiadomość pozostaje przekazana. Rozstrzygnij ją jako wysłaną (jeśli jej plik wysłano) albo do ponownego wysłania.</numerusform>
            <numerusform>Eksport .eml do {folder} został przerwany, a folderu już nie ma (wyjęty pendrive?): %n wiadomości pozostają przekazane. Rozstrzygnij każdą jako wysłaną (jeśli jej plik wysłano) albo do ponownego wysłania.</numerusform>
            <numerusform>Eksport .eml do {folder} został przerwany, a folderu już nie ma (wyjęty pendrive?): %n wiadomości pozostaje przekazanych. Rozstrzygnij każdą jako wysłaną (jeśli jej plik wysłano) albo do ponownego wysłania.</numerusform>
        </translation>
    </message>
    <message>
        <source>the kit met an internal error probing this path (details in its log)</source>
        <translation>zestaw napotkał błąd wewnętrzny przy sprawdzaniu tej ścieżki (szczegóły w jego dzienniku)</translation>
    </message>
    <message>
        <source>switched off: not probed</source>
        <translation>wyłączona: nie sprawdzano</translation>
    </message>
    <message>
        <source>FAILED: {detail}</source>
        <translation>BŁĄD: {detail}</translation>
    </message>
    <message>
        <source>works</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>{host} resolved</source>
        <translation>{host} rozwiązany w DNS</translation>
    </message>
    <message>
        <source>{host}:{port} answers</source>
        <translation>{host}:{port} odpowiada</translation>
    </message>
    <message>
        <source>{step}: {host} unreachable</source>
        <translation>{step}: {host} nieosiągalny</translation>
    </message>
    <message>
        <source>{host} reachable (browser hand-off)</source>
        <translation>{host} osiągalny (przekazanie do przeglądarki)</translation>
    </message>
    <message>
        <source>always available: export .eml files for any mail client</source>
        <translation>zawsze dostępna: eksport plików .eml dla dowolnego programu pocztowego</translation>
    </message>
    <message>
        <source>any writable folder or USB stick</source>
        <translation>dowolny folder z prawem zapisu lub pendrive</translation>
    </message>
    <message>
        <source>the CA file {path} does not exist; fix ca_file</source>
        <extracomment>logins a server refused in this run of the kit: not tried again (relays lock accounts after repeated failures) until another password is stored</extracomment>
        <translation>plik CA {path} nie istnieje; popraw ca_file</translation>
    </message>
    <message>
        <source>the name {host} cannot be looked up now: no name server answers (is this computer on the network?)</source>
        <translation>nazwy {host} nie da się teraz sprawdzić: żaden serwer nazw nie odpowiada (czy ten komputer jest w sieci?)</translation>
    </message>
    <message>
        <source>the name {host} is not known: check the host name, or whether this network&apos;s name server knows it</source>
        <translation>nazwa {host} jest nieznana: sprawdź nazwę serwera albo czy serwer nazw tej sieci ją zna</translation>
    </message>
    <message>
        <source>the name {host} cannot be looked up (the detail is in the kit&apos;s log)</source>
        <translation>nazwy {host} nie da się sprawdzić (szczegóły w dzienniku zestawu)</translation>
    </message>
    <message>
        <source>nothing answers on {host}:{port}: the connection was refused (the relay is not running, or the port is wrong)</source>
        <translation>nic nie odpowiada na {host}:{port}: połączenie odrzucono (serwer pocztowy nie działa albo port jest zły)</translation>
    </message>
    <message numerus="yes">
        <source>{host}:{port} did not answer within %n second(s) (the relay is down, or a firewall holds the connection back)</source>
        <translation>
            <numerusform>{host}:{port} nie odpowiedział w ciągu %n sekundy (serwer pocztowy nie działa albo zapora wstrzymuje połączenie)</numerusform>
            <numerusform>{host}:{port} nie odpowiedział w ciągu %n sekund (serwer pocztowy nie działa albo zapora wstrzymuje połączenie)</numerusform>
            <numerusform>{host}:{port} nie odpowiedział w ciągu %n sekund (serwer pocztowy nie działa albo zapora wstrzymuje połączenie)</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} cannot be reached from this computer: there is no network route to it (is this computer on the network, or the modem connected?)</source>
        <translation>z tego komputera nie da się dotrzeć do {host}: nie ma do niego drogi w sieci (czy ten komputer jest w sieci albo modem podłączony?)</translation>
    </message>
    <message>
        <source>{host}:{port} closed the connection without an answer (is it a mail server, and the right port?)</source>
        <translation>{host}:{port} zamknął połączenie bez odpowiedzi (czy to serwer pocztowy i właściwy port?)</translation>
    </message>
    <message>
        <source>{host}:{port} cannot be reached (the detail is in the kit&apos;s log)</source>
        <translation>nie da się połączyć z {host}:{port} (szczegóły w dzienniku zestawu)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted ({why}); nothing was sent. If {host} uses a private CA, set ca_file</source>
        <translation>certyfikat serwera nie jest zaufany ({why}); nic nie wysłano. Jeśli {host} używa prywatnego CA, ustaw ca_file</translation>
    </message>
    <message>
        <source>{host}:{port} does not speak TLS at once: the security setting or the port is wrong (&apos;tls&apos; is usually port 465, &apos;starttls&apos; 587 or 25); nothing was sent</source>
        <translation>{host}:{port} nie zaczyna od TLS: ustawienie security albo port jest zły (&apos;tls&apos; to zwykle port 465, &apos;starttls&apos; 587 lub 25); nic nie wysłano</translation>
    </message>
    <message>
        <source>{host}:{port} and the kit have no TLS version or cipher in common (the server is too old or set up too strictly); nothing was sent</source>
        <translation>{host}:{port} i zestaw nie mają wspólnej wersji TLS ani szyfru (serwer jest za stary albo ustawiony zbyt rygorystycznie); nic nie wysłano</translation>
    </message>
    <message>
        <source>{host}:{port} broke off the encrypted connection (TLS) as it began; nothing was sent</source>
        <translation>{host}:{port} zerwał szyfrowane połączenie (TLS) na samym początku; nic nie wysłano</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) with {host}:{port} failed; nothing was sent (the detail is in the kit&apos;s log)</source>
        <translation>szyfrowane połączenie (TLS) z {host}:{port} nie powiodło się; nic nie wysłano (szczegóły w dzienniku zestawu)</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>wygasł</translation>
    </message>
    <message>
        <source>it is not valid yet: is this computer&apos;s clock right?</source>
        <translation>nie jest jeszcze ważny: czy zegar tego komputera jest dobrze ustawiony?</translation>
    </message>
    <message>
        <source>it is signed by an authority this computer does not trust</source>
        <translation>podpisany przez urząd certyfikacji, któremu ten komputer nie ufa</translation>
    </message>
    <message>
        <source>it is made out for another name than {host}</source>
        <translation>wystawiony na inną nazwę niż {host}</translation>
    </message>
    <message>
        <source>it could not be verified</source>
        <translation>nie udało się go zweryfikować</translation>
    </message>
    <message>
        <source>the CA file {path} holds no certificate the kit can read (a PEM file is needed); fix ca_file</source>
        <translation>plik CA {path} nie zawiera certyfikatu, który zestaw umie odczytać (potrzebny plik PEM); popraw ca_file</translation>
    </message>
    <message>
        <source>the server refused this login earlier in this run; it is not tried again (relays lock accounts after repeated failures). Store the right password with &apos;outage-kit paths password {name}&apos; (or under Delivery paths)</source>
        <translation>serwer odrzucił już to logowanie w tym przebiegu; nie jest ponawiane (serwery blokują konta po kolejnych nieudanych próbach). Zapisz poprawne hasło poleceniem &apos;outage-kit paths password {name}&apos; (lub w sekcji Ścieżki wysyłki)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>nazwa rozwiązana</translation>
    </message>
    <message>
        <source>the server will not go on: {reply}</source>
        <translation>serwer nie chce kontynuować: {reply}</translation>
    </message>
    <message>
        <source>connected to {host}:{port}</source>
        <translation>połączono z {host}:{port}</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS; nothing is sent unencrypted</source>
        <translation>serwer nie oferuje STARTTLS; nic nie jest wysyłane bez szyfrowania</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certyfikat zweryfikowany</translation>
    </message>
    <message>
        <source>no password stored: run &apos;outage-kit paths password {name}&apos;</source>
        <translation>brak zapisanego hasła: uruchom &apos;outage-kit paths password {name}&apos;</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>zalogowano</translation>
    </message>
    <message>
        <source>the server cannot check the login just now ({reply}); the kit tries again later</source>
        <translation>serwer nie może teraz sprawdzić logowania ({reply}); zestaw spróbuje ponownie później</translation>
    </message>
    <message>
        <source>the server refused the login ({code}): check the username and store the right password with &apos;outage-kit paths password {name}&apos;</source>
        <translation>serwer odrzucił logowanie ({code}): sprawdź nazwę użytkownika i zapisz poprawne hasło poleceniem &apos;outage-kit paths password {name}&apos;</translation>
    </message>
    <message>
        <source>the server offers no login ({error})</source>
        <translation>serwer nie oferuje logowania ({error})</translation>
    </message>
    <message>
        <source>it offers {offered}, the kit uses PLAIN or LOGIN</source>
        <translation>serwer oferuje {offered}, a zestaw używa PLAIN lub LOGIN</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>connection lost before the message went out ({error})</source>
        <translation>połączenie zerwane, zanim wiadomość wyszła ({error})</translation>
    </message>
    <message>
        <source>connection lost while the message went out ({error}): the server may have it</source>
        <translation>połączenie zerwane w trakcie wysyłania wiadomości ({error}): serwer mógł ją przyjąć</translation>
    </message>
    <message>
        <source>sender refused: {reply}</source>
        <translation>serwer odrzucił nadawcę: {reply}</translation>
    </message>
    <message>
        <source>held: a later notice of {reference} reached the partner; this older copy is not sent</source>
        <extracomment>an older copy a later notice of the incident made obsolete (app/incidents/superseded.py): held by the kit before it could leave, or by the officer (No longer needed)</extracomment>
        <translation>wstrzymana: partner dostał późniejsze powiadomienie {reference}; ta starsza kopia nie zostanie wysłana</translation>
    </message>
    <message>
        <source>the officer marked it no longer needed: a later notice of {reference} reached the partner</source>
        <translation>dyżurny oznaczył ją jako już niepotrzebną: partner dostał późniejsze powiadomienie {reference}</translation>
    </message>
    <message>
        <source>handed off</source>
        <extracomment>the stored replies of copies held as superseded (the incident page counts them apart)</extracomment>
        <translation>przekazana dalej</translation>
    </message>
    <message>
        <source>interrupted while sending (crash or power cut): it may have left; settle it</source>
        <translation>przerwana w trakcie wysyłania (awaria lub brak zasilania): mogła wyjść; rozstrzygnij ją</translation>
    </message>
    <message>
        <source>internal error: settle it</source>
        <translation>błąd wewnętrzny: rozstrzygnij ją</translation>
    </message>
    <message>
        <source>the officer marked it sent</source>
        <translation>dyżurny oznaczył ją jako wysłaną</translation>
    </message>
    <message>
        <source>the officer queued it to be sent again</source>
        <translation>dyżurny dodał ją ponownie do kolejki</translation>
    </message>
    <message>
        <source>the officer queued it again after it failed</source>
        <translation>dyżurny ponowił ją po nieudanej wysyłce</translation>
    </message>
    <message>
        <source>the officer confirmed webmail {path} sent it</source>
        <translation>dyżurny potwierdził, że webmail {path} ją wysłał</translation>
    </message>
    <message>
        <source>webmail {path} did not send it; queued again</source>
        <translation>webmail {path} jej nie wysłał; ponownie w kolejce</translation>
    </message>
    <message>
        <source>told another way: {how}</source>
        <translation>przekazano inną drogą: {how}</translation>
    </message>
    <message>
        <source>webmail {path}</source>
        <translation>webmail {path}</translation>
    </message>
    <message>
        <source>the .eml export failed ({error}); its file was removed</source>
        <translation>eksport .eml nie powiódł się ({error}); jej plik usunięto</translation>
    </message>
    <message>
        <source>the .eml export was cut short; its file was removed</source>
        <translation>eksport .eml został przerwany; jej plik usunięto</translation>
    </message>
    <message>
        <source>the network reports it delivered to the phone</source>
        <translation>sieć zgłasza doręczenie na telefon</translation>
    </message>
    <message>
        <source>the network could not deliver part(s) {parts}: {statuses}</source>
        <translation>sieć nie zdołała doręczyć części {parts}: {statuses}</translation>
    </message>
    <message>
        <source>{address} is not a usable e-mail address; correct the contact</source>
        <translation>{address} nie jest poprawnym adresem e-mail; popraw kontakt</translation>
    </message>
    <message>
        <source>recipient refused: {reply}</source>
        <translation>serwer odrzucił odbiorcę: {reply}</translation>
    </message>
    <message>
        <source>it refused every recipient ({reply})</source>
        <translation>odrzuciła każdego odbiorcę ({reply})</translation>
    </message>
    <message>
        <source>DATA refused: {reply}</source>
        <translation>serwer odrzucił polecenie DATA: {reply}</translation>
    </message>
    <message>
        <source>message refused: {reply}</source>
        <translation>serwer odrzucił wiadomość: {reply}</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>serwer zamknął połączenie</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>serwer przestał odpowiadać</translation>
    </message>
    <message>
        <source>the network connection was cut</source>
        <translation>połączenie sieciowe zostało przerwane</translation>
    </message>
    <message>
        <source>the detail is in the kit&apos;s log</source>
        <translation>szczegóły w dzienniku zestawu</translation>
    </message>
    <message>
        <source>{reply} — {meaning}</source>
        <translation>{reply} — {meaning}</translation>
    </message>
    <message>
        <source>part {index}/{count}: {why}</source>
        <translation>część {index}/{count}: {why}</translation>
    </message>
    <message>
        <source>{sent} of {count} parts sent (+CMGS: {refs}); {rest}</source>
        <translation>wysłano części: {sent} z {count} (+CMGS: {refs}); {rest}</translation>
    </message>
    <message>
        <source>no SMTP profile is set up and switched on</source>
        <translation>nie skonfigurowano ani nie włączono żadnego profilu SMTP</translation>
    </message>
    <message>
        <source>no modem is set up and switched on</source>
        <translation>nie skonfigurowano ani nie włączono żadnego modemu</translation>
    </message>
    <message>
        <source>no e-mail path</source>
        <translation>brak ścieżki e-mail</translation>
    </message>
    <message>
        <source>no SMS path</source>
        <translation>brak ścieżki SMS</translation>
    </message>
    <message>
        <source>settled by the officer</source>
        <translation>rozstrzygnięta przez dyżurnego</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adres]</translation>
    </message>
    <message>
        <source>[number]</source>
        <translation>[numer]</translation>
    </message>
    <message>
        <source> — body on the clipboard: paste it</source>
        <translation> — treść w schowku: wklej ją</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject alone makes the compose URL longer than {max_url} characters; shorten it or export .eml files instead.</source>
        <translation>Już sam temat sprawia, że adres URL nowej wiadomości ma ponad {max_url} znaków; skróć go albo wyeksportuj pliki .eml.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this batch were held, not handed off: their promised update time has passed. Nothing was opened; re-issue the notice with a new promise.</source>
        <translation>
            <numerusform>%n wiadomość z tej partii wstrzymano zamiast przekazać: minął obiecany termin aktualizacji. Nic nie otwarto; wydaj powiadomienie ponownie z nowym terminem.</numerusform>
            <numerusform>%n wiadomości z tej partii wstrzymano zamiast przekazać: minął obiecany termin aktualizacji. Nic nie otwarto; wydaj powiadomienie ponownie z nowym terminem.</numerusform>
            <numerusform>%n wiadomości z tej partii wstrzymano zamiast przekazać: minął obiecany termin aktualizacji. Nic nie otwarto; wydaj powiadomienie ponownie z nowym terminem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch is no longer queued (handed off or settled meanwhile); nothing was opened. Close this window and look at the outbox.</source>
        <translation>Tej partii nie ma już w kolejce (w międzyczasie przekazana lub rozstrzygnięta); nic nie otwarto. Zamknij to okno i zajrzyj do skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>refused: {reason}.</source>
        <translation>odrzucono: {reason}.</translation>
    </message>
    <message>
        <source>cannot be rendered: {reason}</source>
        <translation>nie da się wyrenderować: {reason}</translation>
    </message>
    <message>
        <source>Channel {channel} is not one of {channels}.</source>
        <translation>Kanał {channel} nie jest jednym z: {channels}.</translation>
    </message>
    <message>
        <source>line {line}: &apos;{mark}&apos; is not closed: &apos;{closing}&apos; is missing.</source>
        <translation>wiersz {line}: „{mark}” nie jest zamknięte: brakuje „{closing}”.</translation>
    </message>
    <message>
        <source>line {line}: does not compile: {message}.</source>
        <translation>wiersz {line}: nie kompiluje się: {message}.</translation>
    </message>
    <message>
        <source>line {line}: &apos;{tag}&apos; is not allowed: a notice template stands alone.</source>
        <translation>wiersz {line}: &apos;{tag}&apos; jest niedozwolone: szablon powiadomienia musi być samodzielny.</translation>
    </message>
    <message>
        <source>line {line}: names starting with &apos;_&apos; are not allowed.</source>
        <translation>wiersz {line}: nazwy zaczynające się od &apos;_&apos; są niedozwolone.</translation>
    </message>
    <message>
        <source>line 1: an SMS template has no &apos;Subject:&apos; line; write only the text.</source>
        <translation>wiersz 1: szablon SMS nie ma wiersza &apos;Subject:&apos;; wpisz tylko treść.</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Szablon jest pusty.</translation>
    </message>
    <message>
        <source>line 1: an e-mail template starts with &apos;Subject: …&apos;.</source>
        <translation>wiersz 1: szablon e-mail zaczyna się od &apos;Subject: …&apos;.</translation>
    </message>
    <message>
        <source>line 1: the subject is empty.</source>
        <translation>wiersz 1: temat jest pusty.</translation>
    </message>
    <message>
        <source>line 2: must be blank (it separates the subject from the body).</source>
        <translation>wiersz 2: musi być pusty (oddziela temat od treści).</translation>
    </message>
    <message>
        <source>The body (from line 3) is empty.</source>
        <translation>Treść (od wiersza 3) jest pusta.</translation>
    </message>
    <message>
        <source>line {line}: {{{{ {name} }}}} reads like a time ({said}) but is shown as typed: partners in other time zones would read the officer&apos;s clock as their own. Write {{{{ {name}|local }}}}: the kit then reads it as a time and shows each partner their local time with its zone ({{{{ {name}|with_utc }}}} adds UTC).</source>
        <translation>wiersz {line}: {{{{ {name} }}}} wygląda na czas ({said}), ale jest pokazywane tak, jak je wpisano: partnerzy w innych strefach czasowych odczytaliby godzinę dyżurnego jako swoją. Napisz {{{{ {name}|local }}}}: zestaw odczyta je wtedy jako czas i pokaże każdemu partnerowi jego czas lokalny z nazwą strefy ({{{{ {name}|with_utc }}}} dodaje UTC).</translation>
    </message>
    <message>
        <source>{what} asks for a huge width</source>
        <translation>{what} żąda ogromnej szerokości</translation>
    </message>
    <message>
        <source>{what} builds a value of more than {limit} characters</source>
        <extracomment>variables the kit provides itself; every other variable is a field of the notice a notice is a page of text, an SMS a few hundred characters: far above either rendering a notice takes milliseconds; a template still busy after this is looping the largest value one operation (`*`, `%`, a filter, a method) may build the largest number a template may hand to a filter or method (a width, a count)</extracomment>
        <translation>{what} tworzy wartość dłuższą niż {limit} znaków</translation>
    </message>
    <message>
        <source>{what} is given {value}; the most a template may ask is {limit}</source>
        <translation>{what} dostaje {value}; szablon może żądać najwyżej {limit}</translation>
    </message>
    <message>
        <source>{what} could build more than {limit} characters</source>
        <translation>{what} może utworzyć ponad {limit} znaków</translation>
    </message>
    <message>
        <source>the filter &apos;{name}&apos;</source>
        <translation>filtr &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{what} with an exponent of {right}</source>
        <translation>{what} z wykładnikiem {right}</translation>
    </message>
    <message>
        <source>the notice would be longer than {max_output} characters</source>
        <translation>powiadomienie miałoby ponad {max_output} znaków</translation>
    </message>
    <message>
        <source>rendering took longer than {seconds:g} s (a loop too large?)</source>
        <translation>generowanie trwało dłużej niż {seconds:g} s (za duża pętla?)</translation>
    </message>
    <message>
        <source>call date</source>
        <extracomment>the sort keys offered; each is backed by (filter…, call_date) indexes or its own index a page of rows, and the window&apos;s first: the rows of a full-height window and more (48 × ~26 px fills 1,080 px; Qt asks for the next page when a taller view is not yet full). From a cold disk cache (the kit&apos;s pages reclaimed while it sat idle) a page costs about a disk read a record, ~0.1-0.2 ms each: 200 rows made the Backlog&apos;s first page of a search 60-140 ms cold, 48 keep every guide filter under 40 ms (issue 18, point 3) the window counts a search&apos;s matches up to this, then says &quot;over 10,000&quot; matches above which a first page walks the sort index instead of sorting the matches: sorting costs ~12 µs a match (reading its row), walking ~3 µs a row passed over search fields with an index (column, call_date, status) that gives their matches in call-date order (migration 17); text is an OR of several, which SQLite plans itself prefix and date-range filters: their fields, and their (column, call_date, status) index reading a match&apos;s record costs about this many index entries read in order: ~30 in time from the system&apos;s cache, ~120 from a cold one (a record is a page read from the disk, 120 entries a page); between the two, so that neither way goes far wrong (at 30 a page of 48 by call date walked a day&apos;s 20,000 updated records&apos; call-date order, reading ~5,000 pages: 0.6 s cold) a range is counted (to choose) up to 1/_PROBE of `_scan_limit`: counting and reading it then cost no more than reading the widest range worth reading would</extracomment>
        <translation>data połączenia</translation>
    </message>
    <message>
        <source>date updated</source>
        <translation>data aktualizacji</translation>
    </message>
    <message>
        <source>date released</source>
        <translation>data zwolnienia</translation>
    </message>
    <message>
        <source>{status} is not a status; use one of {statuses}.</source>
        <extracomment>equality filters whose values repeat a lot (tens to hundreds of distinct values): matched whatever the case through the values actually stored (see `spellings`) range filters on the guide&apos;s dates: (column, from field, to field)</extracomment>
        <translation>{status} nie jest statusem; użyj jednego z: {statuses}.</translation>
    </message>
    <message>
        <source>{kind} is not a kind; use one of {kinds}.</source>
        <translation>{kind} nie jest rodzajem; użyj jednego z: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot sort by {sort}; use one of {sorts}.</source>
        <translation>Nie można sortować według {sort}; użyj jednego z: {sorts}.</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Nadaj wyszukiwaniu nazwę.</translation>
    </message>
    <message>
        <source>{name} has no Quarantine ID column, so it is not a quarantine export the kit knows (its columns: {shown}). Export again from Billing &gt; Quarantine, or give a mapping file that names the Quarantine ID column (--mapping).</source>
        <extracomment>the kit&apos;s field → the column names the guide (and billing&apos;s exports) use for it</extracomment>
        <translation>{name} nie ma kolumny ID kwarantanny, więc nie jest znanym zestawowi eksportem kwarantanny (jego kolumny: {shown}). Wyeksportuj ponownie z Billing &gt; Quarantine albo podaj plik mapowania wskazujący kolumnę ID kwarantanny (--mapping).</translation>
    </message>
    <message>
        <source>The mapping names {value}, which is not a backlog field. Fields: {fields}.</source>
        <translation>Mapowanie wskazuje {value}, które nie jest polem zaległości. Pola: {fields}.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read ({error}).</source>
        <translation>Nie można odczytać pliku mapowania {path} ({error}).</translation>
    </message>
    <message>
        <source>The mapping file {path} must be JSON like {example}.</source>
        <translation>Plik mapowania {path} musi być w formacie JSON, np. {example}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no header row and no record.</source>
        <translation>{name} jest pusty: nie ma wiersza nagłówka ani żadnego rekordu.</translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV ({error}).</source>
        <translation>Nie można odczytać {name} jako CSV ({error}).</translation>
    </message>
    <message>
        <source>{name} line {line}: {error}. Fix the file and import again; nothing was imported.</source>
        <translation>{name}, wiersz {line}: {error}. Popraw plik i zaimportuj ponownie; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name}: the file is {encoding}; save it as UTF-8 (&apos;CSV UTF-8&apos; in Excel: Save As &gt; CSV UTF-8) and import again; nothing was imported.</source>
        <translation>{name}: plik jest w kodowaniu {encoding}; zapisz go jako UTF-8 (&apos;CSV UTF-8&apos; w Excelu: Zapisz jako &gt; CSV UTF-8) i zaimportuj ponownie; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: byte 0x{byte} is not UTF-8 text. Save the file as &apos;CSV UTF-8&apos; (Excel: Save As &gt; CSV UTF-8) and import again; nothing was imported.</source>
        <translation>{name}, wiersz {line}, kolumna {column}: bajt 0x{byte} nie jest tekstem UTF-8. Zapisz plik jako &apos;CSV UTF-8&apos; (Excel: Zapisz jako &gt; CSV UTF-8) i zaimportuj ponownie; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: a NUL byte (0x00), which no export holds: the file is damaged or not text. Export it again from billing; nothing was imported.</source>
        <translation>{name}, wiersz {line}, kolumna {column}: bajt NUL (0x00), którego żaden eksport nie zawiera: plik jest uszkodzony albo nie jest tekstem. Wyeksportuj go ponownie z billingu; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook ({kind}: {error}). Save it again from Excel as .xlsx, or export CSV; nothing was imported.</source>
        <translation>Nie można odczytać {name} jako skoroszytu Excela ({kind}: {error}). Zapisz go ponownie w Excelu jako .xlsx albo wyeksportuj CSV; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} is empty: its first sheet has no header row.</source>
        <translation>{name} jest pusty: jego pierwszy arkusz nie ma wiersza nagłówka.</translation>
    </message>
    <message>
        <source>{name} is damaged near row {row} ({error}); nothing was imported.</source>
        <translation>{name} jest uszkodzony w okolicy wiersza {row} ({error}); nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Nie ma pliku {path}.</translation>
    </message>
    <message>
        <source>Another Outage Kit window or command is sending right now. Wait until it finishes (its messages are shown in the outbox), then try again.</source>
        <translation>Inne okno lub polecenie Outage Kit właśnie wysyła. Zaczekaj, aż skończy (jego wiadomości widać w skrzynce nadawczej), i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>held: its promised update time passed before it could leave; re-issue the notice</source>
        <translation>wstrzymana: obiecany termin aktualizacji minął, zanim mogła wyjść; wystaw powiadomienie ponownie</translation>
    </message>
    <message>
        <source>Messages changed while they were being sent (they were no longer sending); reload the outbox and look again.</source>
        <extracomment>where each state may go next; anything else is refused what the officer may decide of an uncertain or handed-off message (`Outbox.settle`)</extracomment>
        <translation>Wiadomości zmieniły się w trakcie wysyłania (nie były już w trakcie wysyłania); odśwież skrzynkę nadawczą i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>There is no outbox message {message}. See &apos;outage-kit outbox list&apos;.</source>
        <translation>W skrzynce nadawczej nie ma wiadomości {message}. Zobacz &apos;outage-kit outbox list&apos;.</translation>
    </message>
    <message>
        <source>Settle a message as &apos;sent&apos;, &apos;resend&apos; or &apos;superseded&apos;, not {choice}.</source>
        <translation>Rozstrzygnij wiadomość jako &apos;sent&apos;, &apos;resend&apos; lub &apos;superseded&apos;, a nie {choice}.</translation>
    </message>
    <message>
        <source>Message {message} is {state}; only uncertain or handed-off messages are settled.</source>
        <translation>Wiadomość {message} ma stan: {state}; rozstrzyga się tylko wiadomości niepewne lub przekazane.</translation>
    </message>
    <message>
        <source>Message {message} is {state}; only failed ones are retried.</source>
        <translation>Wiadomość {message} ma stan: {state}; ponawia się tylko nieudane.</translation>
    </message>
    <message>
        <source>Message {message} changed meanwhile (it is no longer {state}); reload the outbox and look again.</source>
        <translation>Wiadomość {message} w międzyczasie się zmieniła (nie ma już stanu: {state}); odśwież skrzynkę nadawczą i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>Hasło jest puste; nic nie zapisano.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break; nothing was stored.</source>
        <translation>Hasło nie może zawierać znaku nowego wiersza; nic nie zapisano.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze żadnej</translation>
    </message>
    <message>
        <source>There is no delivery path called {name} (known: {known}, and {eml} for .eml export).</source>
        <translation>Nie ma ścieżki wysyłki o nazwie {name} (znane: {known} oraz {eml} do eksportu .eml).</translation>
    </message>
    <message numerus="yes">
        <source>Unknown delivery path(s): {names}.</source>
        <translation>
            <numerusform>Nieznana ścieżka wysyłki: {names}.</numerusform>
            <numerusform>Nieznane ścieżki wysyłki: {names}.</numerusform>
            <numerusform>Nieznane ścieżki wysyłki: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already a {kind} path; choose another name.</source>
        <translation>{name} jest już ścieżką typu {kind}; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>{name} is a local path; remove it instead.</source>
        <translation>{name} to ścieżka lokalna; zamiast tego ją usuń.</translation>
    </message>
    <message>
        <source>{name} comes from the contact bundle; switch it off instead of removing it.</source>
        <translation>{name} pochodzi z pakietu kontaktów; wyłącz ją zamiast usuwać.</translation>
    </message>
    <message>
        <source>{name} is a webmail path: the officer hands messages to the browser batch by batch (Outbox section, &apos;Hand off to webmail&apos;, or &apos;outage-kit outbox webmail&apos;).</source>
        <extracomment>what the last recovery found of .eml exports a crash cut short, for the officer</extracomment>
        <translation>{name} to ścieżka poczty WWW: dyżurny przekazuje wiadomości do przeglądarki partiami (sekcja Skrzynka nadawcza, &apos;Przekaż do poczty przez WWW&apos; lub &apos;outage-kit outbox webmail&apos;).</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: it filled up while sending. Messages sent before it did are recorded as sent; look at the Outbox before you send any other way. Free some space and send again: nothing is sent twice.</source>
        <translation>Dysk, na którym jest {where}, jest pełny: zapełnił się w trakcie wysyłania. Wiadomości wysłane wcześniej są zapisane jako wysłane; zajrzyj do Skrzynki nadawczej, zanim wyślesz cokolwiek inną drogą. Zwolnij miejsce i wyślij ponownie: nic nie zostanie wysłane dwa razy.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: it filled up while sending. Before it did, {sent} message(s) were sent and recorded; {unsure} may have left (state &apos;uncertain&apos;: settle them in the Outbox); {queued} are still queued. Free some space and send again: what was sent is not sent twice.</source>
        <translation>Dysk, na którym jest {where}, jest pełny: zapełnił się w trakcie wysyłania. Zanim to się stało, wysłano i zapisano wiadomości: {sent}; być może wyszły: {unsure} (stan „niepewna”: rozstrzygnij je w Skrzynce nadawczej); w kolejce nadal: {queued}. Zwolnij miejsce i wyślij ponownie: to, co wysłano, nie zostanie wysłane drugi raz.</translation>
    </message>
    <message>
        <source>Use &apos;outbox export-eml DIR&apos; to hand messages out as .eml files.</source>
        <translation>Użyj &apos;outbox export-eml KATALOG&apos;, aby przekazać wiadomości jako pliki .eml.</translation>
    </message>
    <message>
        <source>No webmail path is set up and switched on. Add one (Gmail or Outlook) under Outbox ▸ Delivery paths or in the contact bundle, or use &apos;outbox export-eml DIR&apos;.</source>
        <translation>Żadna ścieżka poczty WWW nie jest skonfigurowana ani włączona. Dodaj ją (Gmail lub Outlook) w Skrzynka nadawcza ▸ Ścieżki wysyłki albo w pakiecie kontaktów, lub użyj &apos;outbox export-eml KATALOG&apos;.</translation>
    </message>
    <message>
        <source>There is no webmail path {name} switched on; there is: {names}.</source>
        <translation>Nie ma włączonej ścieżki poczty WWW {name}; są: {names}.</translation>
    </message>
    <message>
        <source>the bundle&apos;s</source>
        <translation>pakietu</translation>
    </message>
    <message>
        <source>the kit&apos;s own (the bundle has none)</source>
        <translation>własnych zestawu (pakiet nie ma żadnych)</translation>
    </message>
    <message numerus="yes">
        <source>%n by SMS</source>
        <translation>
            <numerusform>%n przez SMS</numerusform>
            <numerusform>%n przez SMS</numerusform>
            <numerusform>%n przez SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by e-mail</source>
        <translation>
            <numerusform>%n przez e-mail</numerusform>
            <numerusform>%n przez e-mail</numerusform>
            <numerusform>%n przez e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>, or for {language} alone [templates.fallback] {language} = &quot;en&quot;</source>
        <translation>, albo tylko dla {language}: [templates.fallback] {language} = &quot;en&quot;</translation>
    </message>
    <message>
        <source>{path}: missing — {language} contacts ({how}) get no {kind} {stage} notice from {whose} templates. Add it (an SMS short form is optional), or state a fallback in bundle.toml: {state}.</source>
        <translation>{path}: brak — kontakty w języku {language} ({how}) nie dostaną powiadomienia {kind} {stage} z szablonów {whose}. Dodaj go (krótka forma SMS jest opcjonalna) albo podaj zastępstwo w bundle.toml: {state}.</translation>
    </message>
    <message>
        <source>{path}: uses {fields}, which {email} does not ask for; the e-mail and SMS forms of one stage must agree on their fields.</source>
        <translation>{path}: używa {fields}, o które {email} nie pyta; forma e-mail i SMS jednego etapu muszą mieć te same pola.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>a withdrawn incident (opened by mistake): no notice was ever due out of the kit; &quot;delivered&quot;: an SMS the network reported on the phone</extracomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>templates/{kind}/{stage}.*.j2: the languages do not agree on their fields ({listed}). The officer fills in one form for every language: use the same field names in each.</source>
        <translation>templates/{kind}/{stage}.*.j2: języki różnią się polami ({listed}). Dyżurny wypełnia jeden formularz dla wszystkich języków: użyj w każdym tych samych nazw pól.</translation>
    </message>
    <message>
        <source>no SIM card in the modem: insert one</source>
        <translation>brak karty SIM w modemie: włóż kartę</translation>
    </message>
    <message>
        <source>the SIM needs its PIN: unlock it once in the modem&apos;s own tool</source>
        <translation>karta SIM wymaga kodu PIN: odblokuj ją raz w programie dołączonym do modemu</translation>
    </message>
    <message>
        <source>the SIM needs its PUK: it is blocked</source>
        <translation>karta SIM wymaga kodu PUK: jest zablokowana</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>błędny PIN</translation>
    </message>
    <message>
        <source>the SIM card failed</source>
        <translation>awaria karty SIM</translation>
    </message>
    <message>
        <source>the SIM is busy: try again in a moment</source>
        <translation>karta SIM jest zajęta: spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>no network service</source>
        <translation>brak usługi sieci</translation>
    </message>
    <message>
        <source>network out of order</source>
        <extracomment>+CMS ERROR codes that mean &quot;the network, not this message&quot; (27.005 §3.2.5)</extracomment>
        <translation>sieć nie działa</translation>
    </message>
    <message>
        <source>the modem refused the text (invalid parameter)</source>
        <translation>modem odrzucił tekst (nieprawidłowy parametr)</translation>
    </message>
    <message>
        <source>the modem refused the text (invalid text mode parameter)</source>
        <translation>modem odrzucił tekst (nieprawidłowy parametr trybu tekstowego)</translation>
    </message>
    <message>
        <source>no SIM card</source>
        <translation>brak karty SIM</translation>
    </message>
    <message>
        <source>the SIM needs its PIN</source>
        <translation>karta SIM wymaga kodu PIN</translation>
    </message>
    <message>
        <source>the SMS centre address is unknown</source>
        <translation>nieznany adres centrum SMS</translation>
    </message>
    <message>
        <source>network timeout</source>
        <translation>upłynął limit czasu sieci</translation>
    </message>
    <message>
        <source>unknown error in the modem or network</source>
        <translation>nieznany błąd modemu lub sieci</translation>
    </message>
    <message>
        <source>not registered, not searching</source>
        <translation>niezarejestrowany, nie szuka sieci</translation>
    </message>
    <message>
        <source>registered (home network)</source>
        <translation>zarejestrowany (sieć macierzysta)</translation>
    </message>
    <message>
        <source>searching for a network</source>
        <translation>szuka sieci</translation>
    </message>
    <message>
        <source>registration denied</source>
        <translation>odmowa rejestracji</translation>
    </message>
    <message>
        <source>registration state unknown</source>
        <translation>stan rejestracji nieznany</translation>
    </message>
    <message>
        <source>registered (roaming)</source>
        <translation>zarejestrowany (roaming)</translation>
    </message>
    <message>
        <source>No serial port is found on this computer.</source>
        <extracomment>how long opening the port waits for another window or command that holds it (a probe takes a few seconds) POSIX: an exclusive lock on the port (flock), so two processes never talk to the modem at once; Windows opens a COM port for one process only anyway</extracomment>
        <translation>Na tym komputerze nie znaleziono żadnego portu szeregowego.</translation>
    </message>
    <message>
        <source>Serial ports on this computer: {ports}.</source>
        <translation>Porty szeregowe na tym komputerze: {ports}.</translation>
    </message>
    <message>
        <source>the modem at {port} is not plugged in or not found. {ports}</source>
        <translation>modem na porcie {port} nie jest podłączony albo nie został znaleziony. {ports}</translation>
    </message>
    <message>
        <source>{port} is there, but this user may not open it (permission denied): ask IT to allow it. {ports}</source>
        <translation>{port} istnieje, ale ten użytkownik nie może go otworzyć (brak uprawnień): poproś dział IT o dostęp. {ports}</translation>
    </message>
    <message>
        <source>{port} is in use by another Outage Kit window or command (or another program): wait until it is done, then try again</source>
        <translation>{port} jest zajęty przez inne okno lub polecenie Outage Kit (albo inny program): zaczekaj, aż skończy, i spróbuj ponownie</translation>
    </message>
    <message>
        <source>cannot open {port} ({error}): is the modem plugged in? {ports}</source>
        <translation>nie można otworzyć {port} ({error}): czy modem jest podłączony? {ports}</translation>
    </message>
    <message>
        <source>the modem did not answer {command}</source>
        <translation>modem nie odpowiedział na {command}</translation>
    </message>
    <message>
        <source>the modem did not ask for the text</source>
        <translation>modem nie poprosił o tekst</translation>
    </message>
    <message>
        <source>the modem refused</source>
        <translation>modem odmówił</translation>
    </message>
    <message>
        <source>the network refused the SMS</source>
        <translation>sieć odrzuciła SMS</translation>
    </message>
    <message>
        <source>{port} stopped answering ({error})</source>
        <extracomment>SIM PINs the SIM refused in this run: never entered again (three wrong PINs block the SIM until its PUK is entered) until another PIN is stored</extracomment>
        <translation>{port} przestał odpowiadać ({error})</translation>
    </message>
    <message>
        <source>no modem answers on {port} ({error})</source>
        <translation>żaden modem nie odpowiada na {port} ({error})</translation>
    </message>
    <message>
        <source>modem answers</source>
        <translation>modem odpowiada</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>registration {stat}</source>
        <translation>stan rejestracji {stat}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>PDU mode</source>
        <translation>tryb PDU</translation>
    </message>
    <message>
        <source>the modem keeps no delivery reports</source>
        <translation>modem nie przechowuje raportów doręczenia</translation>
    </message>
    <message>
        <source>the SIM is locked ({state}): enter its PIN on the modem</source>
        <translation>karta SIM jest zablokowana ({state}): wprowadź jej PIN w modemie</translation>
    </message>
    <message>
        <source>, or store it with &apos;outage-kit paths password {name}&apos;</source>
        <translation> albo zapisz go poleceniem &apos;outage-kit paths password {name}&apos;</translation>
    </message>
    <message>
        <source>the SIM refused the stored PIN earlier in this run; it is not entered again (three wrong PINs block the SIM). Check it and store it again with &apos;outage-kit paths password {name}&apos;</source>
        <translation>karta SIM odrzuciła już zapisany PIN w tym przebiegu; nie jest wprowadzany ponownie (trzy błędne PIN-y blokują kartę). Sprawdź go i zapisz ponownie poleceniem &apos;outage-kit paths password {name}&apos;</translation>
    </message>
    <message>
        <source>the SIM refused the stored PIN ({reply}); not tried again</source>
        <translation>karta SIM odrzuciła zapisany PIN ({reply}); nie będzie ponawiany</translation>
    </message>
    <message>
        <source>unlocked with the stored PIN</source>
        <translation>odblokowana zapisanym PIN-em</translation>
    </message>
    <message>
        <source>unexpected answer {lines}</source>
        <translation>nieoczekiwana odpowiedź {lines}</translation>
    </message>
    <message>
        <source>{what} refused ({reply})</source>
        <translation>{what}: odmowa ({reply})</translation>
    </message>
    <message>
        <source>{number} is not a phone number like +46700000000</source>
        <translation>{number} nie jest numerem telefonu w postaci +46700000000</translation>
    </message>
    <message>
        <source>the text cannot be sent as SMS ({error})</source>
        <translation>tego tekstu nie da się wysłać jako SMS ({error})</translation>
    </message>
    <message>
        <source>no answer after sending ({error})</source>
        <translation>brak odpowiedzi po wysłaniu ({error})</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s) read</source>
        <translation>
            <numerusform>odczytano %n raport doręczenia</numerusform>
            <numerusform>odczytano %n raporty doręczenia</numerusform>
            <numerusform>odczytano %n raportów doręczenia</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery.toml has problems; nothing was changed:</source>
        <translation>delivery.toml zawiera błędy; nic nie zostało zmienione:</translation>
    </message>
    <message>
        <source>The path {name} was not saved:</source>
        <translation>Ścieżka {name} nie została zapisana:</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>niepoprawny TOML: {error}</translation>
    </message>
    <message numerus="yes">
        <source>unknown section(s) {sections}: use [[smtp]], [[webmail]], [modem]</source>
        <translation>
            <numerusform>nieznana sekcja {sections}: użyj [[smtp]], [[webmail]], [modem]</numerusform>
            <numerusform>nieznane sekcje {sections}: użyj [[smtp]], [[webmail]], [modem]</numerusform>
            <numerusform>nieznane sekcje {sections}: użyj [[smtp]], [[webmail]], [modem]</numerusform>
        </translation>
    </message>
    <message>
        <source>[modem] must be one table: [modem] port = &quot;…&quot;, baud = 115200</source>
        <translation>[modem] musi być jedną tabelą: [modem] port = &quot;…&quot;, baud = 115200</translation>
    </message>
    <message>
        <source>the name {name} is used twice: path names must be unique</source>
        <translation>nazwa {name} występuje dwa razy: nazwy ścieżek muszą być unikalne</translation>
    </message>
    <message>
        <source>{key} entries must be written [[{key}]] (an array of tables)</source>
        <translation>wpisy {key} zapisuje się jako [[{key}]] (tablica tabel)</translation>
    </message>
    <message>
        <source>unknown key {key} (known: {known})</source>
        <translation>nieznany klucz {key} (znane: {known})</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} musi być tekstem w cudzysłowie</translation>
    </message>
    <message>
        <source>{key} must be one line</source>
        <translation>{key} musi mieścić się w jednym wierszu</translation>
    </message>
    <message>
        <source>{key} is required</source>
        <translation>{key} jest wymagane</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}</source>
        <translation>{key} musi być liczbą całkowitą od {low} do {high}</translation>
    </message>
    <message>
        <source>name {name} has a control character or a special space ({code}): use letters, digits, ordinary spaces and punctuation</source>
        <translation>nazwa {name} zawiera znak sterujący albo nietypową spację ({code}): użyj liter, cyfr, zwykłych spacji i znaków interpunkcyjnych</translation>
    </message>
    <message numerus="yes">
        <source>name {name} is %n characters long: a path&apos;s name has at most {most}</source>
        <translation>
            <numerusform>nazwa {name} ma %n znak: nazwa ścieżki może mieć najwyżej {most}</numerusform>
            <numerusform>nazwa {name} ma %n znaki: nazwa ścieżki może mieć najwyżej {most}</numerusform>
            <numerusform>nazwa {name} ma %n znaków: nazwa ścieżki może mieć najwyżej {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>name {name} must start with a letter or a digit</source>
        <translation>nazwa {name} musi zaczynać się literą lub cyfrą</translation>
    </message>
    <message>
        <source>host {host} is not a host name or IP address</source>
        <translation>host {host} nie jest nazwą hosta ani adresem IP</translation>
    </message>
    <message>
        <source>security must be one of {choices}, not {security}</source>
        <translation>security musi być jednym z: {choices}, a nie {security}</translation>
    </message>
    <message>
        <source>{key} {address} is not an e-mail address like duty@example.com or Duty desk &lt;duty@example.com&gt;</source>
        <translation>{key} {address} nie jest adresem e-mail w rodzaju duty@example.com lub Duty desk &lt;duty@example.com&gt;</translation>
    </message>
    <message>
        <source>source_address {source} must be an IP address of this machine</source>
        <translation>source_address {source} musi być adresem IP tego komputera</translation>
    </message>
    <message>
        <source>{name}: a username with security = &quot;none&quot; would send the password in clear. Use security = &quot;starttls&quot; or &quot;tls&quot;, or remove the username (a relay without TLS must take mail without a login)</source>
        <translation>{name}: nazwa użytkownika przy security = &quot;none&quot; oznacza wysyłanie hasła otwartym tekstem. Użyj security = &quot;starttls&quot; lub &quot;tls&quot; albo usuń nazwę użytkownika (serwer przekazujący bez TLS musi przyjmować pocztę bez logowania)</translation>
    </message>
    <message>
        <source>{name} sends without TLS (security = &quot;none&quot;), so the kit never gives it a password: it would travel in clear. Nothing was stored. To log in, first set TLS and a username: outage-kit paths edit {name} security=starttls (or tls) username=…; then store the password.</source>
        <translation>{name} wysyła bez TLS (security = &quot;none&quot;), więc zestaw nigdy nie podaje mu hasła: szłoby otwartym tekstem. Niczego nie zapisano. Aby się logować, najpierw ustaw TLS i nazwę użytkownika: outage-kit paths edit {name} security=starttls (lub tls) username=…; potem zapisz hasło.</translation>
    </message>
    <message>
        <source>{name} has no username, so the kit never logs in and a password would never be used. Nothing was stored. First set one: outage-kit paths edit {name} username=…; then store the password.</source>
        <translation>{name} nie ma nazwy użytkownika, więc zestaw nigdy się nie loguje i hasło nigdy nie zostałoby użyte. Niczego nie zapisano. Najpierw ją ustaw: outage-kit paths edit {name} username=…; potem zapisz hasło.</translation>
    </message>
    <message>
        <source>A SIM PIN is 4 to 8 digits; nothing was stored.</source>
        <translation>PIN karty SIM ma od 4 do 8 cyfr; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>compose_url must be &apos;gmail&apos;, &apos;outlook&apos; or an https:// URL with {bcc}, {subject} and {body}</source>
        <translation>compose_url musi mieć wartość &apos;gmail&apos;, &apos;outlook&apos; albo adres https:// z {bcc}, {subject} i {body}</translation>
    </message>
    <message>
        <source>compose_url has an unknown placeholder ({err}); use {{to}}, {{bcc}}, {{subject}}, {{body}}</source>
        <translation>compose_url zawiera nieznane pole ({err}); użyj {{to}}, {{bcc}}, {{subject}}, {{body}}</translation>
    </message>
    <message>
        <source>compose_url needs {bcc} (or {to}) for the recipients</source>
        <translation>compose_url wymaga {bcc} (lub {to}) na odbiorców</translation>
    </message>
    <message>
        <source>on Windows COM1 to COM256 (Device Manager, &apos;Ports (COM &amp; LPT)&apos;), on Linux the device path, such as /dev/ttyUSB0</source>
        <extracomment>a Windows serial port: COM1 … COM256, also written \.COM12 (Device Manager&apos;s name)</extracomment>
        <translation>w Windows od COM1 do COM256 (Menedżer urządzeń, &apos;Porty (COM i LPT)&apos;), w Linuksie ścieżka urządzenia, np. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>port {port!r} is no serial port: {help}</source>
        <translation>port {port!r} nie jest portem szeregowym: {help}</translation>
    </message>
    <message>
        <source>There is no {channel} template for a {kind} {stage} notice (not even in English). Import a bundle that has templates/{kind}/{stage}.en.j2.</source>
        <translation>Nie ma szablonu {channel} dla powiadomienia {kind} {stage} (nawet po angielsku). Zaimportuj pakiet, który ma templates/{kind}/{stage}.en.j2.</translation>
    </message>
    <message>
        <source>The template was not saved:</source>
        <translation>Szablon nie został zapisany:</translation>
    </message>
    <message>
        <source>{kind}/{stage}/{channel} is not a template this kit uses: kinds {kinds}; stages {stages}; channels {channels}.</source>
        <translation>{kind}/{stage}/{channel} nie jest szablonem używanym przez zestaw: rodzaje {kinds}; etapy {stages}; kanały {channels}.</translation>
    </message>
    <message>
        <source>the template went past a limit: {error}</source>
        <translation>szablon przekroczył limit: {error}</translation>
    </message>
    <message>
        <source>the template tried something unsafe ({error})</source>
        <translation>szablon próbował zrobić coś niebezpiecznego ({error})</translation>
    </message>
    <message>
        <source>the template failed ({error})</source>
        <translation>szablon zawiódł ({error})</translation>
    </message>
    <message>
        <source>the rendered e-mail does not start with &apos;Subject: …&apos;</source>
        <translation>wygenerowany e-mail nie zaczyna się od &apos;Subject: …&apos;</translation>
    </message>
    <message>
        <source>There is no store at {path}. Run &apos;outage-kit init&apos; to create one.</source>
        <extracomment>how long a statement waits for another process&apos;s write lock before giving up a writer waits this long quietly, then calls `on_wait` (once) and waits on what a writer does when another process holds the store&apos;s write lock past QUIET_WAIT_SECONDS: the command line says that it waits (None: wait silently) SQLCipher 4&apos;s page size: every sound file is a whole number of these</extracomment>
        <translation>Nie ma bazy w {path}. Uruchom &apos;outage-kit init&apos;, aby ją utworzyć.</translation>
    </message>
    <message>
        <source>The store at {path} cannot be read ({err}): it is damaged or belongs to another key. Restore the newest good backup (Backups section, or &apos;outage-kit restore&apos;).</source>
        <translation>Nie można odczytać bazy {path} ({err}): jest uszkodzona albo należy do innego klucza. Przywróć najnowszą dobrą kopię zapasową (sekcja Kopie zapasowe albo &apos;outage-kit restore&apos;).</translation>
    </message>
    <message>
        <source>The store at {path} cannot be opened ({err}). Check that the data folder {folder} exists, is writable by you and is not on a read-only disk.</source>
        <translation>Nie można otworzyć bazy {path} ({err}). Sprawdź, czy folder danych {folder} istnieje, czy masz do niego prawo zapisu i czy nie leży na dysku tylko do odczytu.</translation>
    </message>
    <message>
        <source>page {page} is damaged (it does not match its checksum)</source>
        <translation>strona {page} jest uszkodzona (nie zgadza się z sumą kontrolną)</translation>
    </message>
    <message>
        <source>it is an unencrypted SQLite database</source>
        <extracomment>openings of files a backup is often confused with; a backup&apos;s first page is ciphertext</extracomment>
        <translation>to niezaszyfrowana baza SQLite</translation>
    </message>
    <message>
        <source>it is a ZIP archive, e.g. a Word or Excel file</source>
        <translation>to archiwum ZIP, np. plik Worda lub Excela</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>to dokument PDF</translation>
    </message>
    <message>
        <source>it is a gzip archive</source>
        <translation>to archiwum gzip</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>to obraz PNG</translation>
    </message>
    <message>
        <source>it is a JPEG image</source>
        <translation>to obraz JPEG</translation>
    </message>
    <message>
        <source>it is an RTF document</source>
        <translation>to dokument RTF</translation>
    </message>
    <message>
        <source>it is a contact bundle: import it with &apos;outage-kit bundle import FILE&apos; or Import contact bundle… in the window</source>
        <translation>to pakiet kontaktów: zaimportuj go poleceniem &apos;outage-kit bundle import PLIK&apos; albo przyciskiem Importuj pakiet kontaktów… w oknie</translation>
    </message>
    <message>
        <source>it is the signature of a contact bundle: import the bundle beside it with &apos;outage-kit bundle import FILE&apos; or Import contact bundle… in the window</source>
        <translation>to podpis pakietu kontaktów: zaimportuj pakiet, który leży obok, poleceniem &apos;outage-kit bundle import PLIK&apos; albo przyciskiem Importuj pakiet kontaktów… w oknie</translation>
    </message>
    <message>
        <source>it is a text file</source>
        <translation>to plik tekstowy</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>wygląda na plik tekstowy</translation>
    </message>
    <message>
        <source>this is not an Outage Kit backup ({kind})</source>
        <translation>to nie jest kopia zapasowa Outage Kit ({kind})</translation>
    </message>
    <message>
        <source>stopped</source>
        <extracomment>set by the command line for one command (text mode): long steps are announced on stderr</extracomment>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>Checking every page of {file} ({size}) and its audit chain</source>
        <translation>Sprawdzanie każdej strony pliku {file} ({size}) i jego łańcucha audytu</translation>
    </message>
    <message>
        <source>Backing up the current store first ({size})</source>
        <translation>Najpierw kopia zapasowa obecnej bazy ({size})</translation>
    </message>
    <message>
        <source>Copying the damaged store aside first</source>
        <translation>Najpierw odkładanie uszkodzonej bazy na bok</translation>
    </message>
    <message>
        <source>a closing notice ({stage}) promises no next update, yet it names {{{{ next_update }}}}: the kit fills in the time typed for it, else the window&apos;s end (planned work), else the notice&apos;s time. Remove it.</source>
        <extracomment>notices that close an incident: they promise no next update</extracomment>
        <translation>powiadomienie zamykające ({stage}) nie zapowiada kolejnej aktualizacji, a mimo to używa {{{{ next_update }}}}: zestaw wstawi czas wpisany dla tego pola, w przeciwnym razie koniec okna (prace planowane), a w ostateczności czas powiadomienia. Usuń je.</translation>
    </message>
    <message>
        <source>a planned-work update without {{ progress }}: the plan&apos;s reminders, the &apos;work started&apos; notice, a move&apos;s reason and an extension&apos;s note are written into it, so partners would not read them. Add {{ progress }}.</source>
        <translation>aktualizacja prac planowanych bez {{ progress }}: przypomnienia z planu, powiadomienie o rozpoczęciu prac, powód przesunięcia i uwaga do przedłużenia trafiają właśnie tam, więc partnerzy by ich nie przeczytali. Dodaj {{ progress }}.</translation>
    </message>
    <message>
        <source>Tick at least one affected service.</source>
        <extracomment>how far ahead the form proposes the next update (the officer can change it) fields that hold a paragraph rather than a line words that make a bundle&apos;s own field a paragraph too (&quot;customer_impact&quot;, &quot;resolution&quot;) &quot;Detected at&quot; as typed when the kit could not take it (&quot;&quot; once taken): the draft keeps this text, never the earlier time the field no longer shows planned work: announce this many days before the start (None: at once)</extracomment>
        <translation>Zaznacz co najmniej jedną usługę, której dotyczy problem.</translation>
    </message>
    <message>
        <source>Nobody is in the chosen groups: tick a group that has contacts.</source>
        <translation>W wybranych grupach nie ma nikogo: zaznacz grupę, która ma kontakty.</translation>
    </message>
    <message>
        <source>Planned work needs its window (start and end).</source>
        <translation>Prace planowe wymagają okna (początku i końca).</translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation>Okno kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>Announcement (at once)</source>
        <translation>Zapowiedź (od razu)</translation>
    </message>
    <message>
        <source>Announcement</source>
        <extracomment>reminders before the window opens, in minutes (24 h and 1 h), editable per incident the window&apos;s fields a planned-work announcement asks for once (templates may ask more) the stored purpose → its English label (kept so in JSON), translated where shown</extracomment>
        <translation>Zapowiedź</translation>
    </message>
    <message>
        <source>Work started notice</source>
        <translation>Powiadomienie o rozpoczęciu prac</translation>
    </message>
    <message>
        <source>Completion due</source>
        <translation>Termin zakończenia</translation>
    </message>
    <message>
        <source>Reminder {lead} before</source>
        <translation>Przypomnienie {lead} przed</translation>
    </message>
    <message>
        <source>Nothing was queued:</source>
        <translation>Niczego nie dodano do kolejki:</translation>
    </message>
    <message>
        <source>its time ({due}) comes before the announcement ({announce})</source>
        <translation>jego termin ({due}) wypada przed zapowiedzią ({announce})</translation>
    </message>
    <message>
        <source>its time ({due}) has already come: the window starts too soon</source>
        <translation>jego termin ({due}) już minął: okno zaczyna się zbyt wcześnie</translation>
    </message>
    <message>
        <source>{label} left out: {why}.</source>
        <translation>Pominięto: {label} – {why}.</translation>
    </message>
    <message>
        <source>Nothing was queued for {reference}:</source>
        <translation>Niczego nie dodano do kolejki dla {reference}:</translation>
    </message>
    <message>
        <source>The incident was not opened:</source>
        <translation>Nie otwarto incydentu:</translation>
    </message>
    <message>
        <source>Kind must be one of {kinds}, not {kind!r}.</source>
        <translation>Rodzaj musi być jednym z: {kinds}, a nie {kind!r}.</translation>
    </message>
    <message>
        <source>Give the incident a short title (e.g. &apos;SMS gateways down&apos;).</source>
        <translation>Nadaj incydentowi krótki tytuł (np. &apos;Bramki SMS nie działają&apos;).</translation>
    </message>
    <message>
        <source>Choose at least one affected service.</source>
        <translation>Wybierz co najmniej jedną usługę, której dotyczy problem.</translation>
    </message>
    <message>
        <source>none: load contacts first</source>
        <translation>brak: najpierw wczytaj kontakty</translation>
    </message>
    <message>
        <source>Unknown service {service!r}; known services: {listed}.</source>
        <translation>Nieznana usługa {service!r}; znane usługi: {listed}.</translation>
    </message>
    <message>
        <source>The detection time {detected} is in the future (it is {now} now): give when the problem was detected; for the evening before, write the date too.</source>
        <translation>Czas wykrycia {detected} jest w przyszłości (teraz jest {now}): podaj, kiedy wykryto problem; dla poprzedniego wieczoru wpisz też datę.</translation>
    </message>
    <message>
        <source>The window opened {ago} ago: partners hear of work already under way. If it is still to come, give its date, e.g. {example}.</source>
        <translation>Okno otworzyło się {ago} temu: partnerzy dowiedzą się o pracach, które już trwają. Jeśli mają się dopiero odbyć, podaj ich datę, np. {example}.</translation>
    </message>
    <message>
        <source>Planned work needs its window: --window START/END.</source>
        <translation>Prace planowe wymagają okna: --window START/KONIEC.</translation>
    </message>
    <message>
        <source>The window has already ended ({end}): planned work is announced before it happens. Give a window that ends in the future; work already done is not planned work.</source>
        <translation>Okno już się zakończyło ({end}): prace planowane zapowiada się, zanim się odbędą. Podaj okno, które kończy się w przyszłości; prace już wykonane nie są pracami planowanymi.</translation>
    </message>
    <message>
        <source>A disaster has no window: --window is for planned work (--kind downtime). Leave it out; give when the problem began with --detected.</source>
        <translation>Awaria nie ma okna: --window dotyczy prac planowanych (--kind downtime). Pomiń tę opcję; czas wystąpienia problemu podaj w --detected.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown group(s): {groups}.</source>
        <translation>
            <numerusform>Nieznana grupa: {groups}.</numerusform>
            <numerusform>Nieznane grupy: {groups}.</numerusform>
            <numerusform>Nieznane grupy: {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no incident {reference}. &apos;outage-kit incident list&apos; shows them.</source>
        <translation>Nie ma incydentu {reference}. &apos;outage-kit incident list&apos; wypisuje incydenty.</translation>
    </message>
    <message>
        <source>Notice {notice} reached partners already: post an update instead.</source>
        <translation>Powiadomienie {notice} dotarło już do partnerów: zamiast tego wyślij aktualizację.</translation>
    </message>
    <message>
        <source>There is no group {group!r}.</source>
        <translation>Nie ma grupy {group!r}.</translation>
    </message>
    <message>
        <source>The window has ended: extend the window (partners get the new end), or send the completion.</source>
        <translation>Okno już się skończyło: przedłuż je (partnerzy dostaną nowy termin końca) albo wyślij powiadomienie o zakończeniu.</translation>
    </message>
    <message>
        <source>{partner}: {notice}, {channel}</source>
        <translation>{partner}: {notice}, {channel}</translation>
    </message>
    <message>
        <source>held: {reference} was closed; partners have its end</source>
        <extracomment>messages of a closed incident still waiting: stored with the reference in English (the key), shown in the kit&apos;s language (`shown_reply`) whoever closed it in which language</extracomment>
        <translation>wstrzymano: {reference} został zamknięty; partnerzy wiedzą o jego zakończeniu</translation>
    </message>
    <message>
        <source>Say how they were told (e.g. &apos;phoned the NOC&apos;, &apos;SMS from my phone&apos;).</source>
        <translation>Podaj, jak zostali powiadomieni (np. &apos;telefon do NOC&apos;, &apos;SMS z mojego telefonu&apos;).</translation>
    </message>
    <message>
        <source>{reference} has no notice yet.</source>
        <translation>{reference} nie ma jeszcze żadnego powiadomienia.</translation>
    </message>
    <message>
        <source>{reference} was not withdrawn:</source>
        <translation>Nie wycofano {reference}:</translation>
    </message>
    <message>
        <source>Notice {notice} is not a notice of {reference}.</source>
        <translation>Powiadomienie {notice} nie należy do {reference}.</translation>
    </message>
    <message>
        <source>Partners reading {names} will not see your words: it has no {{{{ progress }}}}, where they go (the new times reach them only if it states them). Ask IT for a bundle whose planned-work update uses {{{{ progress }}}}.</source>
        <translation>Partnerzy czytający {names} nie zobaczą Twojego tekstu: szablon nie ma {{{{ progress }}}}, gdzie on trafia (nowe czasy dotrą do nich tylko wtedy, gdy szablon je podaje). Poproś dział IT o pakiet, którego aktualizacja prac planowanych używa {{{{ progress }}}}.</translation>
    </message>
    <message>
        <source>Accounts with a negative balance type</source>
        <translation>Konta z ujemnym typem salda</translation>
    </message>
    <message>
        <source>Buckets that went negative or had their expiry moved</source>
        <translation>Kubełki, które zeszły poniżej zera lub miały przesuniętą ważność</translation>
    </message>
    <message>
        <source>Negative balances</source>
        <translation>Ujemne salda</translation>
    </message>
    <message>
        <source>negative total</source>
        <translation>ujemna suma</translation>
    </message>
    <message>
        <source>{name} is not a balance-bucket snapshot: it has no {missing} column. Columns needed: Account (or MSISDN), Balance Type, Bucket, Value, and optionally Expiry and Currency.</source>
        <translation>{name} nie jest migawką kubełków sald: brak kolumny {missing}. Potrzebne kolumny: Account (lub MSISDN), Balance Type, Bucket, Value oraz opcjonalnie Expiry i Currency.</translation>
    </message>
    <message>
        <source>{name} holds no bucket that could be read.</source>
        <translation>{name} nie zawiera żadnego kubełka, który dałoby się odczytać.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>No balance snapshot has been imported yet. Run &apos;outage-kit balances import FILE&apos;.</source>
        <translation>Nie zaimportowano jeszcze żadnej migawki sald. Uruchom &apos;outage-kit balances import PLIK&apos;.</translation>
    </message>
    <message>
        <source>went negative</source>
        <translation>zejście poniżej zera</translation>
    </message>
    <message>
        <source>charged while negative</source>
        <translation>obciążenie przy ujemnym saldzie</translation>
    </message>
    <message>
        <source>expiry moved</source>
        <translation>przesunięta ważność</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Records written off</source>
        <translation>Odpisane rekordy</translation>
    </message>
    <message>
        <source>Amount written off ({currency})</source>
        <translation>Odpisana kwota ({currency})</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>bez waluty</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Według powodu</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Według operatora</translation>
    </message>
    <message>
        <source>By month of call</source>
        <translation>Według miesiąca połączenia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Written-off records</source>
        <translation>Odpisane rekordy</translation>
    </message>
    <message>
        <source>Write-off report</source>
        <translation>Raport odpisów</translation>
    </message>
    <message>
        <source>Quarantine records flagged Write off: not billed, ignored by the rating engine.</source>
        <translation>Rekordy kwarantanny oznaczone jako Do odpisania: niezafakturowane, pomijane przez system taryfikacji.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>format {found!r} is not {format}</source>
        <translation>format {found!r} to nie {format}</translation>
    </message>
    <message>
        <source>version must be a whole number from 1</source>
        <translation>wersja musi być liczbą całkowitą od 1</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest cannot be read ({err}). Ask IT to rebuild the bundle with &apos;outage-kit bundle build&apos;.</source>
        <translation>Nie można odczytać manifestu pakietu ({err}). Poproś IT o ponowne zbudowanie pakietu poleceniem &apos;outage-kit bundle build&apos;.</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>ścieżka jest za długa</translation>
    </message>
    <message>
        <source>the path holds &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>ścieżka zawiera &apos;\&apos;, &apos;:&apos; lub NUL</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>ścieżka jest bezwzględna</translation>
    </message>
    <message>
        <source>the path leaves its folder (&apos;..&apos;, &apos;.&apos; or &apos;//&apos;)</source>
        <translation>ścieżka wychodzi poza swój folder (&apos;..&apos;, &apos;.&apos; lub &apos;//&apos;)</translation>
    </message>
    <message>
        <source>the path holds unusual characters</source>
        <translation>ścieżka zawiera nietypowe znaki</translation>
    </message>
    <message>
        <source>it is larger than {limit} MiB</source>
        <translation>ma ponad {limit} MiB</translation>
    </message>
    <message>
        <source>The bundle is not a readable zip archive ({err}).</source>
        <translation>Pakiet nie jest czytelnym archiwum zip ({err}).</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it was not made by &apos;outage-kit bundle build&apos;.</source>
        <translation>Pakiet nie ma pliku manifest.json: nie został utworzony poleceniem &apos;outage-kit bundle build&apos;.</translation>
    </message>
    <message>
        <source>it holds {count} entries; at most {limit} are allowed</source>
        <translation>zawiera {count} pozycji; dozwolone jest najwyżej {limit}</translation>
    </message>
    <message>
        <source>{name!r} is a symbolic link</source>
        <translation>{name!r} jest dowiązaniem symbolicznym</translation>
    </message>
    <message>
        <source>{name!r} is encrypted</source>
        <translation>{name!r} jest zaszyfrowany</translation>
    </message>
    <message>
        <source>{name!r} appears twice</source>
        <translation>{name!r} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>{name!r} is larger than {limit} MiB</source>
        <translation>{name!r} ma ponad {limit} MiB</translation>
    </message>
    <message>
        <source>{name!r} is compressed {ratio}× — a zip bomb</source>
        <translation>{name!r} jest skompresowany {ratio}× — to bomba zip</translation>
    </message>
    <message>
        <source>The bundle&apos;s file {name!r} cannot be unpacked ({err}).</source>
        <translation>Nie można rozpakować pliku pakietu {name!r} ({err}).</translation>
    </message>
    <message>
        <source>{name!r} unpacks to more than its header says</source>
        <translation>{name!r} po rozpakowaniu jest większy, niż podaje jego nagłówek</translation>
    </message>
    <message>
        <source>{path} is in the archive but not in the manifest</source>
        <translation>{path} jest w archiwum, ale nie ma go w manifeście</translation>
    </message>
    <message>
        <source>{path} is in the manifest but missing from the archive</source>
        <translation>{path} jest w manifeście, ale brakuje go w archiwum</translation>
    </message>
    <message>
        <source>{path} does not match its size and SHA-256 in the manifest</source>
        <translation>{path} nie zgadza się z rozmiarem i skrótem SHA-256 z manifestu</translation>
    </message>
    <message>
        <source>The bundle was refused as unsafe to unpack: {what}. Nothing was unpacked or changed.</source>
        <translation>Pakiet odrzucono, bo jego rozpakowanie nie jest bezpieczne: {what}. Niczego nie rozpakowano ani nie zmieniono.</translation>
    </message>
    <message>
        <source>The bundle is inconsistent: {what}. Ask IT to rebuild it with &apos;outage-kit bundle build&apos;.</source>
        <translation>Pakiet jest niespójny: {what}. Poproś IT o ponowne zbudowanie go poleceniem &apos;outage-kit bundle build&apos;.</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MiB</source>
        <translation>po rozpakowaniu ma ponad {limit} MiB</translation>
    </message>
    <message>
        <source>public key</source>
        <extracomment>what a small file read here holds (its name in messages)</extracomment>
        <translation>klucz publiczny</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>klucz prywatny</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>podpis</translation>
    </message>
    <message>
        <source>This is not a minisign public key (expected one line starting with &apos;RW&apos; after the untrusted comment).</source>
        <translation>To nie jest klucz publiczny minisign (oczekiwano jednego wiersza zaczynającego się od &apos;RW&apos; po niezaufanym komentarzu).</translation>
    </message>
    <message>
        <source>This is not a minisign secret key file.</source>
        <translation>To nie jest plik klucza prywatnego minisign.</translation>
    </message>
    <message>
        <source>The secret key is encrypted: give its passphrase with --key-passphrase-file FILE (or env OUTAGE_KIT_KEY_PASSPHRASE_FILE).</source>
        <translation>Klucz prywatny jest zaszyfrowany: podaj jego hasło przez --key-passphrase-file PLIK (lub zmienną OUTAGE_KIT_KEY_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>The secret key uses an unknown key derivation; make it with minisign or &apos;outage-kit bundle keygen&apos;.</source>
        <translation>Klucz prywatny używa nieznanej metody wyprowadzania klucza; utwórz go programem minisign lub poleceniem &apos;outage-kit bundle keygen&apos;.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this secret key (or the key file is damaged).</source>
        <translation>Błędne hasło do tego klucza prywatnego (albo plik klucza jest uszkodzony).</translation>
    </message>
    <message>
        <source>The secret key file is damaged.</source>
        <translation>Plik klucza prywatnego jest uszkodzony.</translation>
    </message>
    <message>
        <source>The signature file is not a minisign signature (four lines: untrusted comment, signature, trusted comment, global signature). Get the .minisig again from IT.</source>
        <translation>Plik podpisu nie jest podpisem minisign (cztery wiersze: niezaufany komentarz, podpis, zaufany komentarz, podpis globalny). Pobierz plik .minisig od IT jeszcze raz.</translation>
    </message>
    <message>
        <source>The bundle was signed with key {signed}, not with key {key}.</source>
        <translation>Pakiet podpisano kluczem {signed}, a nie kluczem {key}.</translation>
    </message>
    <message>
        <source>The signature is not valid: it was not made by the trusted key {key}, or the signature file was altered. Do not use this bundle; ask IT for a freshly signed one.</source>
        <translation>Podpis jest nieprawidłowy: nie złożono go zaufanym kluczem {key} albo plik podpisu został zmieniony. Nie używaj tego pakietu; poproś IT o nowo podpisany.</translation>
    </message>
    <message>
        <source>The bundle file looks incomplete: it is {size} bytes, and {signed} were signed (a copy or a download that stopped early). Copy the bundle again from IT&apos;s original.</source>
        <translation>Plik pakietu wygląda na niekompletny: ma {size} bajtów, a podpisano {signed} (kopiowanie lub pobieranie przerwało się za wcześnie). Skopiuj pakiet ponownie z oryginału od działu IT.</translation>
    </message>
    <message>
        <source>The bundle file looks incomplete: the archive is cut off before its end (a copy or a download that stopped early). Copy the bundle again from IT&apos;s original.</source>
        <translation>Plik pakietu wygląda na niekompletny: archiwum urywa się przed końcem (kopiowanie lub pobieranie przerwało się za wcześnie). Skopiuj pakiet ponownie z oryginału od działu IT.</translation>
    </message>
    <message>
        <source>The bundle file was changed after it was signed (its signature no longer matches). Do not use it; copy the bundle again from IT&apos;s original.</source>
        <translation>Plik pakietu zmieniono po podpisaniu (podpis już do niego nie pasuje). Nie używaj go; skopiuj pakiet ponownie z oryginału od IT.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another prefix. Nothing was written.</source>
        <translation>{path} już istnieje; wybierz inny prefiks. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>The secret key asks for {asked} MiB to decrypt; refusing more than {limit} MiB.</source>
        <translation>Odszyfrowanie klucza prywatnego wymaga {asked} MiB; odmowa powyżej {limit} MiB.</translation>
    </message>
    <message>
        <source>The {what} is not valid base64.</source>
        <translation>To nie jest poprawny zapis base64 ({what}).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} file.</source>
        <translation>{path} to folder, a nie plik ({what}).</translation>
    </message>
    <message>
        <source>{path} is too large to be a {what}.</source>
        <translation>Plik {path} jest za duży, by mógł to być {what}.</translation>
    </message>
    <message>
        <source>There is no {what} file {path}.</source>
        <translation>Nie ma pliku {path} ({what}).</translation>
    </message>
    <message>
        <source>{path} is not a {what} file: it holds bytes that are not text (damaged, or another kind of file). Get it again from IT.</source>
        <translation>Plik {path} to nie jest {what}: zawiera bajty, które nie są tekstem (uszkodzony albo inny rodzaj pliku). Pobierz go jeszcze raz od IT.</translation>
    </message>
    <message>
        <source>Cannot read the {what} file {path}: {err}.</source>
        <translation>Nie można odczytać pliku {path} ({what}): {err}.</translation>
    </message>
    <message>
        <source>Cannot read the key passphrase file {path}: {err}.</source>
        <translation>Nie można odczytać pliku z hasłem klucza {path}: {err}.</translation>
    </message>
    <message>
        <source>The key passphrase file {path} is empty.</source>
        <translation>Plik z hasłem klucza {path} jest pusty.</translation>
    </message>
    <message>
        <source>A primary and a backup signer are already pinned. Say which one the new key replaces: --role primary or --role backup.</source>
        <translation>Zaufany jest już sygnatariusz główny i zapasowy. Wskaż, który z nich zastępuje nowy klucz: --role primary lub --role backup.</translation>
    </message>
    <message>
        <source>The role must be primary or backup, not {role!r}.</source>
        <translation>Rola musi mieć wartość primary lub backup, a nie {role!r}.</translation>
    </message>
    <message>
        <source>This key is already pinned as the {role} signer. Remove it there first or pin a different key.</source>
        <translation>Ten klucz jest już zaufany jako sygnatariusz ({role}). Najpierw go stamtąd usuń albo dodaj inny klucz.</translation>
    </message>
    <message>
        <source>The audience is empty: choose groups that have contacts (Contacts section).</source>
        <extracomment>the incident&apos;s title is the English one, marked (no title of the notice&apos;s language)</extracomment>
        <translation>Brak odbiorców: wybierz grupy, które mają kontakty (sekcja Kontakty).</translation>
    </message>
    <message>
        <source>[{name}: not filled in]</source>
        <translation>[{name}: nie wypełniono]</translation>
    </message>
    <message>
        <source>{template} cannot be rendered: {err}.</source>
        <translation>Nie można wygenerować {template}: {err}.</translation>
    </message>
    <message>
        <source>The {language} {channel} still has a {mark} blank on line {line}: fill in the field it marks.</source>
        <translation>Szablon ({language}, {channel}) wciąż ma puste pole {mark} w wierszu {line}: wypełnij pole, które oznacza.</translation>
    </message>
    <message>
        <source>There is no {channel} template for a {kind} {stage} notice (not even English).</source>
        <translation>Brak szablonu ({channel}) dla powiadomienia: {kind}, {stage} (nawet angielskiego).</translation>
    </message>
    <message>
        <source>the field &apos;{name}&apos;</source>
        <translation>pole &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{capitalize} says {time}, {ahead} from now: it cannot be in the future (partners would be told it has happened). Write when it happened; if it has not yet, send this notice once it has.</source>
        <translation>{capitalize}: {time}, czyli za {ahead} — to nie może być w przyszłości (partnerzy przeczytaliby, że to już się stało). Wpisz, kiedy to się stało; jeśli jeszcze nie nastąpiło, wyślij tę informację, gdy nastąpi.</translation>
    </message>
    <message>
        <source>The field &apos;{name}&apos; says it ended {end}, before the start partners were told ({began}): partners would be told it ended before it began.</source>
        <translation>Pole &apos;{name}&apos; mówi, że zakończyło się {end}, przed początkiem podanym partnerom ({began}): partnerzy dowiedzieliby się, że skończyło się, zanim się zaczęło.</translation>
    </message>
    <message>
        <source>The field &apos;{name}&apos; says it ended {end}, before the planned work&apos;s window starts ({began}): partners would be told it ended before it began.</source>
        <translation>Pole &apos;{name}&apos; mówi, że zakończyło się {end}, przed początkiem okna planowanych prac ({began}): partnerzy dowiedzieliby się, że skończyło się, zanim się zaczęło.</translation>
    </message>
    <message>
        <source>The field &apos;{name}&apos; says it ended {end}, before the incident was detected ({began}): partners would be told it ended before it began.</source>
        <translation>Pole &apos;{name}&apos; mówi, że zakończyło się {end}, zanim wykryto incydent ({began}): partnerzy dowiedzieliby się, że skończyło się, zanim się zaczęło.</translation>
    </message>
    <message>
        <source>Write when it really ended, at or after {began} (with its date if it was not today).</source>
        <translation>Wpisz, kiedy naprawdę się skończyło: nie wcześniej niż {began} (z datą, jeśli nie dziś).</translation>
    </message>
    <message>
        <source>{capitalize} holds a time ({value}), but the templates show it as typed: partners in other time zones would read {value} as their own clock. Write it in full with its zone, e.g. {example} (each partner then reads their own local time), and ask IT to show the field as a time in the bundle ({{{{ {name}|local }}}}).</source>
        <translation>{capitalize} zawiera godzinę ({value}), ale szablony pokazują to pole tak, jak je wpisano: partnerzy w innych strefach czasowych odczytaliby {value} jako swój czas. Wpisz pełną datę i godzinę ze strefą, np. {example} (każdy partner dostanie wtedy swój czas lokalny), i poproś IT, by pakiet pokazywał to pole jako czas ({{{{ {name}|local }}}}).</translation>
    </message>
    <message>
        <source>Fill in the field &apos;{name}&apos;.</source>
        <translation>Wypełnij pole &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Fill in the field &apos;{name}&apos; ({template} needs it).</source>
        <translation>Wypełnij pole &apos;{name}&apos; (wymaga go {template}).</translation>
    </message>
    <message numerus="yes">
        <source>Fill in the field &apos;{name}&apos; ({template} and %n other template(s) need it).</source>
        <translation>
            <numerusform>Wypełnij pole &apos;{name}&apos; (wymaga go {template} i %n inny szablon).</numerusform>
            <numerusform>Wypełnij pole &apos;{name}&apos; (wymaga go {template} i %n inne szablony).</numerusform>
            <numerusform>Wypełnij pole &apos;{name}&apos; (wymaga go {template} i %n innych szablonów).</numerusform>
        </translation>
    </message>
    <message>
        <source>no notice yet</source>
        <extracomment>writes `html` as a PDF at the path, titled; given by a front end (the PDF needs Qt) what the report is about, for the audit log: a reference or a period the audit chain&apos;s head when the report was made (`app.audit.anchor_line`): every format carries it, so a report that leaves the machine anchors the chain the same in English, for the CSV (the same header and words in every language) more tables (the period&apos;s planned work): CSV after the notices, XLSX a sheet each the workbook&apos;s Summary sheet: the figures of the PDF&apos;s summary as typed cells (counts as numbers, times as dates) and its tables (verdicts, write-offs, decisions)</extracomment>
        <translation>jeszcze bez powiadomienia</translation>
    </message>
    <message>
        <source>Reports are written as {formats}, not {fmt!r}.</source>
        <translation>Raporty zapisuje się jako {formats}, a nie {fmt!r}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name, e.g. {example}.</source>
        <translation>{out} jest folderem; podaj nazwę pliku, np. {example}.</translation>
    </message>
    <message>
        <source>This front end cannot write PDF; choose HTML or CSV.</source>
        <translation>Ten interfejs nie zapisuje PDF; wybierz HTML lub CSV.</translation>
    </message>
    <message>
        <source>Incident report {reference}</source>
        <translation>Raport incydentu {reference}</translation>
    </message>
    <message>
        <source>not yet ({told} of {contacts} told)</source>
        <translation>jeszcze nie (powiadomiono {told} z {contacts})</translation>
    </message>
    <message>
        <source>… and {count} more; the Outbox section lists every message.</source>
        <translation>… i jeszcze {count}; sekcja Skrzynka nadawcza pokazuje każdą wiadomość.</translation>
    </message>
    <message>
        <source>No backlog decision was taken between {start} and {end}.</source>
        <translation>Między {start} a {end} nie podjęto żadnej decyzji w zaległościach.</translation>
    </message>
    <message>
        <source>Notices of {reference}</source>
        <translation>Powiadomienia incydentu {reference}</translation>
    </message>
    <message>
        <source>made</source>
        <translation>sporządzono</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedura</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Przebieg w czasie</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>No notice has been queued for this incident.</source>
        <translation>Dla tego incydentu nie wstawiono do kolejki żadnego powiadomienia.</translation>
    </message>
    <message>
        <source>(not every partner told)</source>
        <translation>(nie wszyscy partnerzy powiadomieni)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce od</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>Pierwsza wysyłka</translation>
    </message>
    <message>
        <source>Every partner told</source>
        <translation>Wszyscy partnerzy powiadomieni</translation>
    </message>
    <message>
        <source>Next update promised by</source>
        <translation>Następna aktualizacja obiecana do</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>ścieżki</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Niedoręczone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Ostatnia odpowiedź</translation>
    </message>
    <message>
        <source>Backlog decisions during the incident</source>
        <translation>Decyzje w zaległościach w czasie incydentu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>The incident has not begun yet.</source>
        <translation>Incydent jeszcze się nie zaczął.</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>W TERMINIE</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>PO TERMINIE</translation>
    </message>
    <message>
        <source>NOT DUE YET</source>
        <translation>TERMIN NIE MINĄŁ</translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation>DOTRZYMANE</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>NIEDOTRZYMANE</translation>
    </message>
    <message>
        <source>no named service</source>
        <translation>żadna wskazana usługa</translation>
    </message>
    <message>
        <source>{title}: an unplanned outage affecting {services}.</source>
        <translation>{title}: nieplanowana awaria, której dotyczy: {services}.</translation>
    </message>
    <message>
        <source>{title}: planned work affecting {services}.</source>
        <translation>{title}: prace planowane, których dotyczy: {services}.</translation>
    </message>
    <message>
        <source>The {stage} notice went out at {at}.</source>
        <translation>Powiadomienie „{stage}” wysłano o {at}.</translation>
    </message>
    <message>
        <source>The {stage} notice was queued at {at} but has not gone out.</source>
        <translation>Powiadomienie „{stage}” wstawiono do kolejki o {at}, ale jeszcze nie wyszło.</translation>
    </message>
    <message>
        <source>No resolution notice yet: the incident cannot be closed without one.</source>
        <translation>Nie ma jeszcze powiadomienia o usunięciu awarii: bez niego incydentu nie można zamknąć.</translation>
    </message>
    <message>
        <source>No completion notice yet: the incident cannot be closed without one.</source>
        <translation>Nie ma jeszcze powiadomienia o zakończeniu: bez niego incydentu nie można zamknąć.</translation>
    </message>
    <message>
        <source>Withdrawn at {at}: {reason} — opened by mistake, nothing to notify.</source>
        <translation>Wycofano {at}: {reason} — otwarty przez pomyłkę, nie było o czym powiadamiać.</translation>
    </message>
    <message numerus="yes">
        <source>%n backlog decision(s) taken meanwhile</source>
        <translation>
            <numerusform>W tym czasie podjęto %n decyzję w zaległościach</numerusform>
            <numerusform>W tym czasie podjęto %n decyzje w zaległościach</numerusform>
            <numerusform>W tym czasie podjęto %n decyzji w zaległościach</numerusform>
        </translation>
    </message>
    <message>
        <source>The work was planned from {start} to {end}</source>
        <translation>Prace zaplanowano od {start} do {end}</translation>
    </message>
    <message>
        <source>; its end came at {at}.</source>
        <translation>; zakończyły się o {at}.</translation>
    </message>
    <message>
        <source>; its {stage} came at {at}.</source>
        <translation>; powiadomienie „{stage}” przyszło o {at}.</translation>
    </message>
    <message>
        <source>; it is not finished yet.</source>
        <translation>; jeszcze się nie zakończyły.</translation>
    </message>
    <message>
        <source>Detected at {at}</source>
        <translation>Awarię wykryto {at}</translation>
    </message>
    <message>
        <source>no partner has it yet</source>
        <translation>jeszcze nie dotarło do żadnego partnera</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>; it has not begun yet.</source>
        <translation>; jeszcze się nie rozpoczęły.</translation>
    </message>
    <message>
        <source>; over at {at}, after {span}.</source>
        <translation>; skończyła się o {at}, po {span}.</translation>
    </message>
    <message>
        <source>; still open at {at} ({span} so far).</source>
        <translation>; o {at} wciąż trwa (dotąd {span}).</translation>
    </message>
    <message>
        <source>The work began at {at} and partners have not been told: {late}.</source>
        <translation>Prace zaczęły się o {at}, a partnerów nie powiadomiono: {late}.</translation>
    </message>
    <message>
        <source>Partners have not been told about the work yet.</source>
        <translation>Partnerów jeszcze nie powiadomiono o pracach.</translation>
    </message>
    <message>
        <source>Partners were first told at {at}, {span} before the work began.</source>
        <translation>Partnerów po raz pierwszy powiadomiono o {at}, {span} przed rozpoczęciem prac.</translation>
    </message>
    <message>
        <source>Partners were first told at {at}, {span} before the work is due to begin.</source>
        <translation>Partnerów po raz pierwszy powiadomiono o {at}, {span} przed planowanym rozpoczęciem prac.</translation>
    </message>
    <message>
        <source>Partners were first told at {at}, {span} after the work began: {late}.</source>
        <translation>Partnerów po raz pierwszy powiadomiono o {at}, {span} po rozpoczęciu prac: {late}.</translation>
    </message>
    <message>
        <source>the rule is within {minutes} min of detection</source>
        <translation>zasada: w ciągu {minutes} min od wykrycia</translation>
    </message>
    <message>
        <source>Partners were first told at {at}, {span} after detection: {verdict} ({rule}).</source>
        <translation>Partnerów po raz pierwszy powiadomiono o {at}, {span} po wykryciu: {verdict} ({rule}).</translation>
    </message>
    <message>
        <source>No partner had been told by the deadline {at}: {late} ({rule}; {span} since detection).</source>
        <translation>Do terminu {at} nie powiadomiono żadnego partnera: {late} ({rule}; od wykrycia minęło {span}).</translation>
    </message>
    <message>
        <source>No update time was promised.</source>
        <translation>Nie obiecano terminu aktualizacji.</translation>
    </message>
    <message numerus="yes">
        <source>%n update time(s) promised</source>
        <translation>
            <numerusform>Obiecano %n termin aktualizacji</numerusform>
            <numerusform>Obiecano %n terminy aktualizacji</numerusform>
            <numerusform>Obiecano %n terminów aktualizacji</numerusform>
        </translation>
    </message>
    <message>
        <source>: {kept} {KEPT}, {missed} {MISSED}</source>
        <translation>: {KEPT}: {kept}, {MISSED}: {missed}</translation>
    </message>
    <message>
        <source>, {count} not due yet</source>
        <translation>, przed terminem: {count}</translation>
    </message>
    <message>
        <source>notice #{number} came at {at}, {span} after the promised {due}</source>
        <translation>powiadomienie nr {number} przyszło o {at}, {span} po obiecanym terminie {due}</translation>
    </message>
    <message>
        <source>nothing came by the promised {due}</source>
        <translation>do obiecanego terminu {due} nic nie przyszło</translation>
    </message>
    <message>
        <source>No message has been queued to partners.</source>
        <translation>Do partnerów nie wstawiono do kolejki żadnej wiadomości.</translation>
    </message>
    <message>
        <source>{count} delivered</source>
        <translation>doręczone: {count}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>nieudane: {count}</translation>
    </message>
    <message>
        <source>{count} uncertain (to be settled)</source>
        <translation>niepewne (do rozstrzygnięcia): {count}</translation>
    </message>
    <message>
        <source>{count} still queued</source>
        <translation>wciąż w kolejce: {count}</translation>
    </message>
    <message>
        <source>{count} being sent</source>
        <translation>w trakcie wysyłki: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to </source>
        <translation>
            <numerusform>%n wiadomość do </numerusform>
            <numerusform>%n wiadomości do </numerusform>
            <numerusform>%n wiadomości do </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n kontaktu: </numerusform>
            <numerusform>%n kontaktów: </numerusform>
            <numerusform>%n kontaktów: </numerusform>
        </translation>
    </message>
    <message>
        <source> Paths used: {paths}.</source>
        <translation> Użyte ścieżki: {paths}.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Partner groups</source>
        <translation>Grupy partnerów</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Wykryto</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>Zaplanowane okno</translation>
    </message>
    <message>
        <source>closed {at}</source>
        <translation>zamknięty {at}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <source>withdrawn {at}: {reason}</source>
        <translation>wycofany {at}: {reason}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>; over at {told} as partners were told, after {span}; the notice saying so went out at {at}.</source>
        <translation>; skończyła się o {told}, jak podano partnerom, po {span}; powiadomienie o tym wyszło o {at}.</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Raport sporządzono</translation>
    </message>
    <message>
        <source>{told}, as partners were told</source>
        <translation>{told}, jak podano partnerom</translation>
    </message>
    <message>
        <source>{stage} notice out</source>
        <translation>Powiadomienie „{stage}” wysłane</translation>
    </message>
    <message>
        <source>queued {at}, not gone out yet</source>
        <translation>w kolejce od {at}, jeszcze nie wysłane</translation>
    </message>
    <message>
        <source>not begun yet</source>
        <translation>jeszcze się nie zaczął</translation>
    </message>
    <message>
        <source>{span} so far</source>
        <translation>dotąd {span}</translation>
    </message>
    <message>
        <source>out at {at}, {span} after detection</source>
        <translation>wysłane o {at}, {span} po wykryciu</translation>
    </message>
    <message>
        <source>First notice within {minutes} min of detection</source>
        <translation>Pierwsze powiadomienie w ciągu {minutes} min od wykrycia</translation>
    </message>
    <message>
        <source>out at {at}</source>
        <translation>wysłane o {at}</translation>
    </message>
    <message>
        <source>not told yet</source>
        <translation>jeszcze nie powiadomiono</translation>
    </message>
    <message>
        <source>Partners told before the work began ({at})</source>
        <translation>Partnerzy powiadomieni przed rozpoczęciem prac ({at})</translation>
    </message>
    <message>
        <source>notice #{number} out at {at}</source>
        <translation>powiadomienie nr {number} wysłane o {at}</translation>
    </message>
    <message>
        <source> ({span} late)</source>
        <translation> ({span} po terminie)</translation>
    </message>
    <message>
        <source>no notice out yet</source>
        <translation>jeszcze nie wysłano powiadomienia</translation>
    </message>
    <message>
        <source>Notice #{number} promised an update by {due}</source>
        <translation>Powiadomienie nr {number} obiecało aktualizację do {due}</translation>
    </message>
    <message>
        <source>Resolution notice</source>
        <translation>Powiadomienie o usunięciu awarii</translation>
    </message>
    <message>
        <source>Completion (or cancellation) notice</source>
        <translation>Powiadomienie o zakończeniu (lub odwołaniu)</translation>
    </message>
    <message>
        <source>#{number} out at {at}</source>
        <translation>nr {number} wysłane o {at}</translation>
    </message>
    <message>
        <source>queued, not out</source>
        <translation>w kolejce, nie wysłane</translation>
    </message>
    <message>
        <source>PRESENT</source>
        <translation>JEST</translation>
    </message>
    <message>
        <source>not needed (withdrawn)</source>
        <translation>niepotrzebne (wycofany)</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>BRAK</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Awaria</translation>
    </message>
    <message>
        <source>Notify within {minutes} min</source>
        <translation>Powiadomienie w ciągu {minutes} min</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>awaria</translation>
    </message>
    <message>
        <source>time allowed for the first notice</source>
        <translation>czas na pierwsze powiadomienie</translation>
    </message>
    <message>
        <source>planned window</source>
        <translation>zaplanowane okno</translation>
    </message>
    <message>
        <source>notice on time</source>
        <translation>powiadomienie w terminie</translation>
    </message>
    <message>
        <source>notice late</source>
        <translation>powiadomienie po terminie</translation>
    </message>
    <message>
        <source>promised time to the next update</source>
        <translation>obiecany czas do następnej aktualizacji</translation>
    </message>
    <message>
        <source>undo of decision {number}</source>
        <translation>cofnięcie decyzji {number}</translation>
    </message>
    <message numerus="yes">
        <source>{told} of %n partner(s) told</source>
        <extracomment>outbox states in which the partner has the message states in which the kit is still working on a message by itself how a notice&apos;s counts name its copies held because a later notice reached the partner (app/incidents/superseded.py): not held copies to re-issue, nothing left to do</extracomment>
        <translation>
            <numerusform>powiadomiono {told} z %n partnera</numerusform>
            <numerusform>powiadomiono {told} z %n partnerów</numerusform>
            <numerusform>powiadomiono {told} z %n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucona</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <source> ({letters} outside the GSM alphabet)</source>
        <translation> ({letters} spoza alfabetu GSM)</translation>
    </message>
    <message>
        <source>{units} of {room} characters, {encoding}: 1 SMS</source>
        <translation>{units} z {room} znaków, {encoding}: 1 SMS</translation>
    </message>
    <message numerus="yes">
        <source>{units} characters, {encoding}: %n numbered SMS to each partner, joined on the phone into one message (one SMS holds {room})</source>
        <translation>
            <numerusform>znaków: {units}, {encoding}: %n numerowany SMS dla każdego partnera, łączony w telefonie w jedną wiadomość (jeden SMS mieści {room})</numerusform>
            <numerusform>znaków: {units}, {encoding}: %n numerowane SMS-y dla każdego partnera, łączone w telefonie w jedną wiadomość (jeden SMS mieści {room})</numerusform>
            <numerusform>znaków: {units}, {encoding}: %n numerowanych SMS-ów dla każdego partnera, łączonych w telefonie w jedną wiadomość (jeden SMS mieści {room})</numerusform>
        </translation>
    </message>
    <message>
        <source>{text!r} is not a decision. Use one of: {decisions}.</source>
        <extracomment>the decisions a person takes in the kit (the guide&apos;s &quot;Update To&quot; list) the statuses billing sets itself, never offered in &quot;Update To&quot;: the record was re-processed and billed (Completed) or taken out (Withdrawn). A decision on one would hand billing &quot;Completed → Cleansed&quot; (billed again), so bulk decisions leave them out unless asked.</extracomment>
        <translation>{text!r} nie jest decyzją. Użyj jednej z: {decisions}.</translation>
    </message>
    <message>
        <source>{contacts} contacts at {organisations} organisations (e-mail {email}, SMS {sms}; languages {languages})</source>
        <translation>kontakty: {contacts} w organizacjach: {organisations} (e-mail {email}, SMS {sms}; języki: {languages})</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>dodano: {count}</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>usunięto: {count}</translation>
    </message>
    <message>
        <source>; {changes} since the notice before</source>
        <translation>; od poprzedniego powiadomienia {changes}</translation>
    </message>
    <message>
        <source>no longer needed (a later notice reached the partner)</source>
        <translation>już niepotrzebna (partner dostał późniejsze powiadomienie)</translation>
    </message>
    <message>
        <source>no messages</source>
        <extracomment>the server refused it before the partner was told another way: listed with the copies not delivered, with that reply (a bad address IT must fix) when every partner of the notice had it (app/incidents/told.py); None while not a re-issue of held copies: the number of the notice it re-issued</extracomment>
        <translation>brak wiadomości</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>told another way</source>
        <extracomment>the path of a message the officer told another way (app/incidents/service.py) every message told another way, as one delivery path (the CSV&apos;s key)</extracomment>
        <translation>przekazano inną drogą</translation>
    </message>
    <message>
        <source>by hand: {how}</source>
        <translation>ręcznie: {how}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>{days} {hours} h {minutes} min</source>
        <translation>{days} {hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Backing up the store before updating it ({size})</source>
        <translation>Kopia zapasowa bazy przed aktualizacją ({size})</translation>
    </message>
    <message>
        <source>Nobody needs the held copies of {reference}: a later notice of it has reached those partners since, so they are past that stage; nothing to re-issue. The incident&apos;s page lists its notices and where each stands.</source>
        <translation>Nikt nie potrzebuje wstrzymanych kopii {reference}: od tamtej pory dotarło do tych partnerów późniejsze powiadomienie, więc są już dalej; nie ma czego wystawiać ponownie. Strona incydentu pokazuje jego powiadomienia i stan każdego z nich.</translation>
    </message>
    <message>
        <source>Nobody needs the held copies of {reference}: a later notice of it has reached those partners since, so they are past that stage; nothing to re-issue. &apos;outage-kit incident show {reference}&apos; lists its notices.</source>
        <translation>Nikt nie potrzebuje wstrzymanych kopii {reference}: od tamtej pory dotarło do tych partnerów późniejsze powiadomienie, więc są już dalej; nie ma czego wystawiać ponownie. &apos;outage-kit incident show {reference}&apos; pokazuje jego powiadomienia.</translation>
    </message>
    <message>
        <source>{reference} has no held copies to re-issue (none, or they were re-issued already); the incident&apos;s page lists its notices and where each stands.</source>
        <translation>{reference} nie ma wstrzymanych kopii do ponownego wystawienia (brak albo już je wystawiono); strona incydentu pokazuje jego powiadomienia i stan każdego z nich.</translation>
    </message>
    <message>
        <source>{reference} has no held copies to re-issue (none, or they were re-issued already); &apos;outage-kit incident show {reference}&apos; lists its notices.</source>
        <translation>{reference} nie ma wstrzymanych kopii do ponownego wystawienia (brak albo już je wystawiono); &apos;outage-kit incident show {reference}&apos; pokazuje jego powiadomienia.</translation>
    </message>
    <message numerus="yes">
        <source>No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would only be held again. Bring the modem back first (Outbox → Delivery paths: add it or switch it on, then Probe now), then re-issue; or text those partners from another phone and record it (Told another way).</source>
        <translation>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymana kopia SMS {reference} zostałaby tylko znowu wstrzymana. Najpierw przywróć modem (Skrzynka nadawcza → Ścieżki wysyłki: dodaj go albo włącz, potem Sprawdź teraz), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (Przekazano inaczej).</numerusform>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymane kopie SMS {reference} zostałyby tylko znowu wstrzymane. Najpierw przywróć modem (Skrzynka nadawcza → Ścieżki wysyłki: dodaj go albo włącz, potem Sprawdź teraz), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (Przekazano inaczej).</numerusform>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymanych kopii SMS {reference} zostałoby tylko znowu wstrzymanych. Najpierw przywróć modem (Skrzynka nadawcza → Ścieżki wysyłki: dodaj go albo włącz, potem Sprawdź teraz), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (Przekazano inaczej).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would only be held again. Bring the modem back first (&apos;outage-kit paths add modem&apos; or &apos;outage-kit paths enable&apos;, then &apos;outage-kit paths probe&apos;), then re-issue; or text those partners from another phone and record it (&apos;outage-kit incident told&apos;).</source>
        <translation>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymana kopia SMS {reference} zostałaby tylko znowu wstrzymana. Najpierw przywróć modem (&apos;outage-kit paths add modem&apos; albo &apos;outage-kit paths enable&apos;, potem &apos;outage-kit paths probe&apos;), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymane kopie SMS {reference} zostałyby tylko znowu wstrzymane. Najpierw przywróć modem (&apos;outage-kit paths add modem&apos; albo &apos;outage-kit paths enable&apos;, potem &apos;outage-kit paths probe&apos;), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>Nie skonfigurowano modemu SMS, więc %n wstrzymanych kopii SMS {reference} zostałoby tylko znowu wstrzymanych. Najpierw przywróć modem (&apos;outage-kit paths add modem&apos; albo &apos;outage-kit paths enable&apos;, potem &apos;outage-kit paths probe&apos;), a potem wystaw ponownie; albo wyślij SMS do tych partnerów z innego telefonu i odnotuj to (&apos;outage-kit incident told&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>brak planu</translation>
    </message>
    <message numerus="yes">
        <source>announced %n day(s) before</source>
        <translation>
            <numerusform>zapowiedź %n dzień wcześniej</numerusform>
            <numerusform>zapowiedź %n dni wcześniej</numerusform>
            <numerusform>zapowiedź %n dni wcześniej</numerusform>
        </translation>
    </message>
    <message>
        <source>announced at once</source>
        <translation>zapowiedź od razu</translation>
    </message>
    <message>
        <source>, a &apos;work started&apos; notice</source>
        <translation>, powiadomienie „prace rozpoczęte”</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <extracomment>a range longer than this is shown in months, shorter in weeks</extracomment>
        <translation>Raport anulowano; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The period ends ({last_day}) before it starts ({first_day}); swap --from and --to.</source>
        <extracomment>(reason, currency, records, amount in minor units) the audit chain&apos;s head when the figures were read (`app.audit.anchor_line`) planned work against its plan (announced on time, reminders, overran, completion)</extracomment>
        <translation>Okres kończy się ({last_day}) przed swoim początkiem ({first_day}); zamień --from i --to.</translation>
    </message>
    <message>
        <source>Incidents {period}</source>
        <translation>Incydenty {period}</translation>
    </message>
    <message>
        <source>Notices {period}</source>
        <translation>Powiadomienia {period}</translation>
    </message>
    <message>
        <source>Planned work</source>
        <translation>Prace planowane</translation>
    </message>
    <message>
        <source>Partner communication during incidents</source>
        <translation>Komunikacja z partnerami podczas incydentów</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <source>Kept: update promises kept, of those made. Closed: the resolution or completion notice, with its messages delivered of those queued; &quot;not sent&quot; while no partner has it. Sent: messages delivered, of those queued, over all notices.</source>
        <translation>Dotrzymane: dotrzymane obietnice aktualizacji spośród złożonych. Zamknięte: powiadomienie o usunięciu awarii lub zakończeniu prac, z liczbą doręczonych spośród wstawionych do kolejki wiadomości; „nie wysłano”, dopóki nie ma go żaden partner. Wysłane: doręczone wiadomości spośród wstawionych do kolejki, ze wszystkich powiadomień.</translation>
    </message>
    <message>
        <source>No incident began in the period.</source>
        <translation>W tym okresie nie rozpoczął się żaden incydent.</translation>
    </message>
    <message>
        <source>Planned work against its plan</source>
        <translation>Prace planowane a ich plan</translation>
    </message>
    <message>
        <source>Status: the window now (announcement queued or held until every partner has it). Announced: when partners had the announcement, against the days ahead the plan asked (the procedure sets no number of days: it asks that partners hear before the work begins). Told: partners who have the announcement, of those it was for. Window: as announced (moves change it, extensions do not). Extended: how often the window was extended, and by how much in all. Reminders: the plan&apos;s reminders and &quot;work started&quot; notice, sent of planned (skipped ones with the officer&apos;s reason in the audit log). Overran: the window extended, or the completion delivered after the announced end. Completion: delivered by the window&apos;s end (after any extension). Times count delivery, not queueing.</source>
        <translation>Status: okno w tej chwili (zapowiedź w kolejce lub wstrzymana, dopóki nie ma jej każdy partner). Zapowiedziano: kiedy partnerzy dostali zapowiedź, wobec liczby dni wyprzedzenia, jakiej wymagał plan (procedura nie określa liczby dni: wymaga, by partnerzy dowiedzieli się przed rozpoczęciem prac). Powiadomieni: partnerzy, którzy mają zapowiedź, spośród tych, do których była skierowana. Okno: takie, jak zapowiedziano (przesunięcia je zmieniają, przedłużenia nie). Przedłużono: ile razy przedłużono okno i o ile łącznie. Przypomnienia: przypomnienia z planu i powiadomienie o rozpoczęciu prac, wysłane spośród zaplanowanych (pominięte z powodem podanym przez dyżurnego w dzienniku audytu). Przekroczono: okno przedłużono albo powiadomienie o zakończeniu doręczono po zapowiedzianym końcu. Zakończenie: doręczone do końca okna (po ewentualnym przedłużeniu). Liczy się czas doręczenia, nie wstawienia do kolejki.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trendy</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Late first notices</source>
        <translation>Spóźnione pierwsze powiadomienia</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Niedotrzymane</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Write-offs by reason</source>
        <translation>Odpisy według przyczyny</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Nothing was written off in the period.</source>
        <translation>W tym okresie niczego nie odpisano.</translation>
    </message>
    <message>
        <source>Each incident</source>
        <translation>Poszczególne incydenty</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Brak danych.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incydent</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>To first notice</source>
        <translation>Zwłoka</translation>
    </message>
    <message>
        <source>First notice</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Planned work</source>
        <comment>a narrow table header</comment>
        <translation>Prace plano­wane</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Zapowiedziano</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Overran</source>
        <translation>Przekroczono</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Announced</source>
        <comment>a narrow table header</comment>
        <translation>Zapo­wie­dziano</translation>
    </message>
    <message>
        <source>Told</source>
        <comment>a narrow table header</comment>
        <translation>Po­wia­do­mie­ni</translation>
    </message>
    <message>
        <source>Reminders</source>
        <comment>a narrow table header</comment>
        <translation>Przy­po­mnie­nia</translation>
    </message>
    <message>
        <source>Extended</source>
        <comment>a narrow table header</comment>
        <translation>Prze­dłu­żo­no</translation>
    </message>
    <message>
        <source>Overran</source>
        <comment>a narrow table header</comment>
        <translation>Prze­kro­czo­no</translation>
    </message>
    <message>
        <source>Completion</source>
        <comment>a narrow table header</comment>
        <translation>Za­koń­cze­nie</translation>
    </message>
    <message>
        <source>No incident began between {first_day} and {last_day}.</source>
        <translation>Między {first_day} a {last_day} nie rozpoczął się żaden incydent.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) began in the period: </source>
        <translation>
            <numerusform>%n incydent rozpoczął się w tym okresie: </numerusform>
            <numerusform>%n incydenty rozpoczęły się w tym okresie: </numerusform>
            <numerusform>%n incydentów rozpoczęło się w tym okresie: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unplanned outage(s), </source>
        <translation>
            <numerusform>%n nieplanowana awaria, </numerusform>
            <numerusform>%n nieplanowane awarie, </numerusform>
            <numerusform>%n nieplanowanych awarii, </numerusform>
        </translation>
    </message>
    <message>
        <source>{count} planned work.</source>
        <translation>prace planowane: {count}.</translation>
    </message>
    <message>
        <source>The first notice was {late} in {count} of {outages} outages (the rule: partners told within the notify deadline after detection).</source>
        <translation>Pierwsze powiadomienie wyszło {late} w {count} z {outages} awarii (zasada: partnerzy powiadomieni w wyznaczonym czasie od wykrycia).</translation>
    </message>
    <message numerus="yes">
        <source>No first notice was late (%n unplanned outage(s); the rule: partners told within the notify deadline after detection).</source>
        <translation>
            <numerusform>Żadne pierwsze powiadomienie nie było spóźnione (%n nieplanowana awaria; zasada: partnerzy powiadomieni w terminie powiadomienia od wykrycia).</numerusform>
            <numerusform>Żadne pierwsze powiadomienie nie było spóźnione (%n nieplanowane awarie; zasada: partnerzy powiadomieni w terminie powiadomienia od wykrycia).</numerusform>
            <numerusform>Żadne pierwsze powiadomienie nie było spóźnione (%n nieplanowanych awarii; zasada: partnerzy powiadomieni w terminie powiadomienia od wykrycia).</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners were not told before the work began for {count} of {planned} planned works.</source>
        <translation>Partnerów nie powiadomiono przed rozpoczęciem prac w {count} z {planned} prac planowanych.</translation>
    </message>
    <message>
        <source>Planned work: announced as planned {announced} of {count}, overran {overran}, completion on time {completed}.</source>
        <translation>Prace planowane: zapowiedziane zgodnie z planem {announced} z {count}, z przekroczonym oknem {overran}, zakończenie w terminie {completed}.</translation>
    </message>
    <message numerus="yes">
        <source>%n update time(s) promised: </source>
        <translation>
            <numerusform>Obiecano %n termin aktualizacji: </numerusform>
            <numerusform>Obiecano %n terminy aktualizacji: </numerusform>
            <numerusform>Obiecano %n terminów aktualizacji: </numerusform>
        </translation>
    </message>
    <message>
        <source>{kept} {kept_word}, {missed} {missed_word}.</source>
        <translation>{kept_word}: {kept}, {missed_word}: {missed}.</translation>
    </message>
    <message>
        <source>No resolution or completion notice yet: {references}.</source>
        <translation>Nie ma jeszcze powiadomienia o usunięciu awarii lub zakończeniu prac: {references}.</translation>
    </message>
    <message>
        <source>Resolution or completion notice not delivered to anyone yet: {references}.</source>
        <translation>Powiadomienie o usunięciu awarii lub zakończeniu prac nie dotarło jeszcze do nikogo: {references}.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), </source>
        <translation>
            <numerusform>%n powiadomienie, </numerusform>
            <numerusform>%n powiadomienia, </numerusform>
            <numerusform>%n powiadomień, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to partners: </source>
        <translation>
            <numerusform>%n wiadomość do partnerów: </numerusform>
            <numerusform>%n wiadomości do partnerów: </numerusform>
            <numerusform>%n wiadomości do partnerów: </numerusform>
        </translation>
    </message>
    <message>
        <source>{delivered} delivered, {problems} failed or uncertain, {waiting} queued or handed off.</source>
        <translation>doręczone: {delivered}, nieudane lub niepewne: {problems}, w kolejce lub przekazane: {waiting}.</translation>
    </message>
    <message>
        <source>Written off in the period: {amounts}</source>
        <translation>Odpisano w tym okresie: {amounts}</translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s)).</source>
        <translation>
            <numerusform> (%n rekord).</numerusform>
            <numerusform> (%n rekordy).</numerusform>
            <numerusform> (%n rekordów).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned outages</source>
        <translation>Nieplanowane awarie</translation>
    </message>
    <message>
        <source>{count} of {outages} outages</source>
        <translation>{count} z {outages} awarii</translation>
    </message>
    <message>
        <source>Planned work not announced before it began</source>
        <translation>Prace planowane niezapowiedziane przed rozpoczęciem</translation>
    </message>
    <message>
        <source>{count} of {planned}</source>
        <translation>{count} z {planned}</translation>
    </message>
    <message>
        <source>Update times promised</source>
        <translation>Obiecane terminy aktualizacji</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Dotrzymane obietnice</translation>
    </message>
    <message>
        <source>Promises missed</source>
        <translation>Niedotrzymane obietnice</translation>
    </message>
    <message>
        <source>Messages {state}</source>
        <translation>Wiadomości w stanie „{state}”</translation>
    </message>
    <message>
        <source>Longest outage</source>
        <translation>Najdłuższa awaria</translation>
    </message>
    <message>
        <source>Average outage</source>
        <translation>Średni czas awarii</translation>
    </message>
    <message>
        <source>Messages out per delivery path</source>
        <translation>Wiadomości wysłane według ścieżki wysyłki</translation>
    </message>
    <message>
        <source>Missed update promises</source>
        <translation>Niedotrzymane obietnice aktualizacji</translation>
    </message>
    <message>
        <source>Written off by reason ({currency})</source>
        <translation>Odpisy według przyczyny ({currency})</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation> (prace planowane)</translation>
    </message>
    <message>
        <source>done before its window</source>
        <translation>wykonane przed swoim oknem</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NIE</translation>
    </message>
    <message>
        <source>not sent (0/{count})</source>
        <translation>nie wysłano (0/{count})</translation>
    </message>
    <message>
        <source>yes ({delivered}/{count})</source>
        <translation>tak ({delivered}/{count})</translation>
    </message>
    <message>
        <source>Updating the store ({size}): counting the backlog&apos;s records by status, reason and carrier</source>
        <translation>Aktualizacja bazy ({size}): liczenie rekordów zaległości według statusu, przyczyny i przewoźnika</translation>
    </message>
    <message numerus="yes">
        <source>{stage} re-issued, %n partner(s) not told yet</source>
        <translation>
            <numerusform>{stage}: wystawiono ponownie, %n partner jeszcze nie wie</numerusform>
            <numerusform>{stage}: wystawiono ponownie, %n partnerów jeszcze nie wie</numerusform>
            <numerusform>{stage}: wystawiono ponownie, %n partnerów jeszcze nie wie</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Rozpoczęcie prac</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłane</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięte</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>niepotrzebne</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dostarczone</translation>
    </message>
    <message>
        <source>the window moved</source>
        <extracomment>why the kit itself dropped a planned notice: stored as these English keys (scripts read them in JSON), shown in the kit&apos;s language (`PlannedNotice.reason_text`)</extracomment>
        <translation>okno zostało przesunięte</translation>
    </message>
    <message>
        <source>the plan changed</source>
        <translation>plan został zmieniony</translation>
    </message>
    <message>
        <source>the incident was closed</source>
        <translation>incydent zamknięto</translation>
    </message>
    <message>
        <source>the incident was withdrawn</source>
        <translation>incydent wycofano</translation>
    </message>
    <message>
        <source>the completion notice was queued</source>
        <translation>powiadomienie o zakończeniu jest już w kolejce</translation>
    </message>
    <message>
        <source>the cancellation notice was queued</source>
        <translation>powiadomienie o odwołaniu jest już w kolejce</translation>
    </message>
    <message>
        <source>the resolution notice was queued</source>
        <translation>powiadomienie o usunięciu awarii jest już w kolejce</translation>
    </message>
    <message>
        <source>queued, {told} of {all} told</source>
        <translation>w kolejce, powiadomiono {told} z {all}</translation>
    </message>
    <message>
        <source>Reminder {part!r} is not a time before the start. Write them like &apos;24h, 1h&apos; (also &apos;30m&apos;, &apos;2d&apos;), or &apos;none&apos;.</source>
        <translation>Przypomnienie {part!r} nie jest czasem przed rozpoczęciem. Pisz je jak &apos;24h, 1h&apos; (także &apos;30m&apos;, &apos;2d&apos;) albo &apos;none&apos;.</translation>
    </message>
    <message>
        <source>Reminder {part!r} must be between 1 minute and 60 days.</source>
        <translation>Przypomnienie {part!r} musi wynosić od 1 minuty do 60 dni.</translation>
    </message>
    <message>
        <source>{reference} is not planned work: it has no window.</source>
        <translation>{reference} to nie są prace planowane: nie ma okna.</translation>
    </message>
    <message>
        <source>{reference} has had its completion or cancellation (or is closed): its window can no longer change.</source>
        <translation>{reference} ma już powiadomienie o zakończeniu lub odwołaniu (albo jest zamknięty): jego okna nie można już zmienić.</translation>
    </message>
    <message>
        <source>The window of {reference} has not opened yet: move the window instead (partners get the new start and end).</source>
        <translation>Okno {reference} jeszcze się nie otworzyło: zamiast tego przenieś okno (partnerzy dostaną nowy początek i koniec).</translation>
    </message>
    <message>
        <source>The new end {end} is in the past; give a later time.</source>
        <translation>Nowy koniec {end} jest w przeszłości; podaj późniejszy czas.</translation>
    </message>
    <message>
        <source>The new end {end} must be after the current end {current}.</source>
        <translation>Nowy koniec {end} musi być późniejszy niż obecny koniec {current}.</translation>
    </message>
    <message>
        <source>{reference} was never announced: send the announcement first.</source>
        <translation>{reference} nie został zapowiedziany: najpierw wyślij zapowiedź.</translation>
    </message>
    <message>
        <source>The window of {reference} has opened already: extend it instead, or complete or cancel the work.</source>
        <translation>Okno {reference} już się otworzyło: zamiast tego je przedłuż albo zakończ lub odwołaj prace.</translation>
    </message>
    <message>
        <source>The new start {start} is in the past.</source>
        <translation>Nowy początek {start} jest w przeszłości.</translation>
    </message>
    <message>
        <source>The new window ends before it starts.</source>
        <translation>Nowe okno kończy się, zanim się zacznie.</translation>
    </message>
    <message>
        <source>Say why the work moves: partners who heard of it get the reason.</source>
        <translation>Napisz, dlaczego prace są przenoszone: partnerzy, którzy o nich słyszeli, dostaną powód.</translation>
    </message>
    <message>
        <source>Say why the work moves in English too: partners whose language has no reason of its own read the English one.</source>
        <translation>Podaj powód przeniesienia prac także po angielsku: partnerzy, których język nie ma własnego powodu, przeczytają angielski.</translation>
    </message>
    <message>
        <source>{reference} is not planned work: it has no plan.</source>
        <extracomment>a planned notice this late is missed (the kit was closed): the officer decides</extracomment>
        <translation>{reference} to nie są prace planowane: nie ma planu.</translation>
    </message>
    <message>
        <source>{reference} has no plan.</source>
        <translation>{reference} nie ma planu.</translation>
    </message>
    <message>
        <source>The window of {reference} has opened (or it is closed): its plan can no longer change.</source>
        <translation>Okno {reference} już się otworzyło (albo incydent jest zamknięty): jego planu nie można już zmienić.</translation>
    </message>
    <message>
        <source>Say why the planned notice is skipped (e.g. &apos;partners were phoned instead&apos;).</source>
        <translation>Napisz, dlaczego zaplanowane powiadomienie jest pomijane (np. &apos;partnerzy zostali powiadomieni telefonicznie&apos;).</translation>
    </message>
    <message>
        <source>There is no planned notice {id}; &apos;outage-kit incident schedule --missed&apos; lists the missed ones.</source>
        <translation>Nie ma zaplanowanego powiadomienia {id}; &apos;outage-kit incident schedule --missed&apos; wypisuje pominięte.</translation>
    </message>
    <message>
        <source>Planned notice {id} is {state} already.</source>
        <translation>Zaplanowane powiadomienie {id} jest już w stanie: {state}.</translation>
    </message>
    <message>
        <source>The completion of {reference} is the officer&apos;s notice: send it from the incident (Complete) once the work is done.</source>
        <translation>Zakończenie {reference} to powiadomienie dyżurnego: wyślij je z incydentu (Zakończ), gdy prace się skończą.</translation>
    </message>
    <message>
        <source>{reference} is closed.</source>
        <translation>{reference} jest zamknięty.</translation>
    </message>
    <message>
        <source>The window of {reference} opened at {start}: a reminder now would be wrong. Skip it.</source>
        <translation>Okno {reference} otworzyło się {start}: przypomnienie teraz byłoby błędne. Pomiń je.</translation>
    </message>
    <message>
        <source>The window of {reference} ended at {end}: skip the {what} and send the completion (or extend the window).</source>
        <translation>Okno {reference} zakończyło się {end}: pomiń powiadomienie ({what}) i wyślij zakończenie (albo przedłuż okno).</translation>
    </message>
    <message>
        <source>The {what} of {reference} was already sent or skipped (another window or command).</source>
        <translation>Powiadomienie ({what}) dla {reference} zostało już wysłane lub pominięte (inne okno lub polecenie).</translation>
    </message>
    <message>
        <source>{announce}; reminders {reminders} before the start</source>
        <translation>{announce}; przypomnienia na {reminders} przed początkiem</translation>
    </message>
    <message>
        <source>{announce}; no reminders</source>
        <translation>{announce}; bez przypomnień</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>a window&apos;s states (stored keys, in JSON as they are), translated where shown
----------
a planned notice&apos;s stored state → the word shown for it (`delivery_words`)</extracomment>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <source>announcement queued</source>
        <translation>zapowiedź w kolejce</translation>
    </message>
    <message>
        <source>announcement held</source>
        <translation>zapowiedź wstrzymana</translation>
    </message>
    <message>
        <source>announcement not delivered</source>
        <translation>zapowiedź niedoręczona</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>zapowiedziane</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>overran</source>
        <translation>przekroczone</translation>
    </message>
    <message>
        <source>completion queued</source>
        <translation>zakończenie w kolejce</translation>
    </message>
    <message>
        <source>completion held</source>
        <translation>zakończenie wstrzymane</translation>
    </message>
    <message>
        <source>completion not delivered</source>
        <translation>zakończenie niedoręczone</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>cancellation queued</source>
        <translation>odwołanie w kolejce</translation>
    </message>
    <message>
        <source>cancellation held</source>
        <translation>odwołanie wstrzymane</translation>
    </message>
    <message>
        <source>cancellation not delivered</source>
        <translation>odwołanie niedoręczone</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>(cannot render: {error})</source>
        <translation>(nie da się wyrenderować: {error})</translation>
    </message>
    <message>
        <source>NOT ANNOUNCED</source>
        <extracomment>a planned notice or completion delivered this late is still on time the columns holding counts (right-aligned, numbers in XLSX)</extracomment>
        <translation>NIE ZAPOWIEDZIANO</translation>
    </message>
    <message>
        <source>NOT DELIVERED</source>
        <translation>NIE DORĘCZONO</translation>
    </message>
    <message>
        <source>on time, {span} ahead</source>
        <translation>w terminie, {span} wcześniej</translation>
    </message>
    <message>
        <source>LATE: announced {span} after the work began (the procedure: before it begins)</source>
        <translation>PO TERMINIE: zapowiedziano {span} po rozpoczęciu prac (procedura: przed ich rozpoczęciem)</translation>
    </message>
    <message numerus="yes">
        <source>NOT EVERY PARTNER: {told} of %n partner(s)</source>
        <translation>
            <numerusform>NIE WSZYSCY PARTNERZY: {told} z %n partnera</numerusform>
            <numerusform>NIE WSZYSCY PARTNERZY: {told} z %n partnerów</numerusform>
            <numerusform>NIE WSZYSCY PARTNERZY: {told} z %n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused by the server</source>
        <translation>
            <numerusform>; %n odrzucona przez serwer</numerusform>
            <numerusform>; %n odrzucone przez serwer</numerusform>
            <numerusform>; %n odrzuconych przez serwer</numerusform>
        </translation>
    </message>
    <message>
        <source>LATER THAN PLANNED: announced {span} ahead, the plan said {days} (the procedure: before the work begins)</source>
        <translation>PÓŹNIEJ NIŻ W PLANIE: zapowiedziano {span} wcześniej, plan: {days} (procedura: przed rozpoczęciem prac)</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nie zaplanowano</translation>
    </message>
    <message>
        <source>{sent} of {planned} sent</source>
        <translation>wysłano {sent} z {planned}</translation>
    </message>
    <message>
        <source> ({count} late or undelivered)</source>
        <translation> (spóźnione lub niedoręczone: {count})</translation>
    </message>
    <message>
        <source>, {count} skipped</source>
        <translation>, pominięte: {count}</translation>
    </message>
    <message>
        <source>, {count} MISSED</source>
        <translation>, NIEWYSŁANE: {count}</translation>
    </message>
    <message>
        <source> (extended by {span})</source>
        <translation> (przedłużono o {span})</translation>
    </message>
    <message>
        <source>YES, by {span} so far</source>
        <translation>TAK, na razie o {span}</translation>
    </message>
    <message>
        <source>YES, by {span}</source>
        <translation>TAK, o {span}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>PO TERMINIE</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>termin jeszcze nie minął</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>w terminie</translation>
    </message>
    <message>
        <source>LATE by {span}</source>
        <translation>SPÓŹNIONE o {span}</translation>
    </message>
    <message>
        <source>Updating the store ({size}): indexing the backlog for fast first pages</source>
        <extracomment>kept from before: (status) finds a rare status; (call_date, status) is the call-date order every index of backlog_records but the Quarantine ID&apos;s, as they stand after this migration</extracomment>
        <translation>Aktualizacja bazy ({size}): indeksowanie zaległości, aby pierwsze strony wyników otwierały się szybko</translation>
    </message>
    <message>
        <source>no title yet</source>
        <translation>jeszcze bez tytułu</translation>
    </message>
    <message>
        <source>A disaster notice is not queued yet: “{title}”, its detection time “{typed}” not readable yet, last typed {saved}.</source>
        <translation>Powiadomienie o awarii nie jest jeszcze w kolejce: „{title}”, czasu wykrycia „{typed}” nie da się jeszcze odczytać, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>A disaster notice is not queued yet: “{title}”, detected {detected}, last typed {saved}.</source>
        <translation>Powiadomienie o awarii nie jest jeszcze w kolejce: „{title}”, wykryto {detected}, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>A planned-work notice is not queued yet: “{title}”, last typed {saved}.</source>
        <translation>Powiadomienie o pracach planowanych nie jest jeszcze w kolejce: „{title}”, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>A notice ({stage}) of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Powiadomienie ({stage}) dla {reference} nie jest jeszcze w kolejce, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>The initial notice of {reference} is not queued yet, last typed {saved}.</source>
        <extracomment>a follow-up draft, one whole sentence per stage: a language that inflects (Polish) says each in its own grammar (&quot;Aktualizacja … edytowana&quot;, &quot;Powiadomienie wstępne … edytowane&quot;) — never a stage word glued into a sentence written for another; keyed by the stage&apos;s name for the incident&apos;s kind (`stage_name`), so planned work&apos;s first notice is its announcement</extracomment>
        <translation>Powiadomienie wstępne dla {reference} nie jest jeszcze w kolejce, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>The announcement of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Zapowiedź dla {reference} nie jest jeszcze w kolejce, ostatnio edytowana {saved}.</translation>
    </message>
    <message>
        <source>An update of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Aktualizacja dla {reference} nie jest jeszcze w kolejce, ostatnio edytowana {saved}.</translation>
    </message>
    <message>
        <source>The resolution notice of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Powiadomienie o usunięciu awarii {reference} nie jest jeszcze w kolejce, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>The completion notice of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Powiadomienie o zakończeniu prac {reference} nie jest jeszcze w kolejce, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>The cancellation notice of {reference} is not queued yet, last typed {saved}.</source>
        <translation>Powiadomienie o odwołaniu prac {reference} nie jest jeszcze w kolejce, ostatnio edytowane {saved}.</translation>
    </message>
    <message>
        <source>Updating the store ({size}): narrowing the backlog&apos;s indexes</source>
        <translation>Aktualizacja bazy ({size}): zawężanie indeksów zaległości</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: today {clock} is still ahead (it is {now} now) and yesterday {clock} is over 12 hours gone. Write the date too, e.g. {example}.</source>
        <translation>{capitalize} {text!r}: dzisiejsza {clock} jeszcze nie nadeszła (teraz jest {now}), a wczorajsza {clock} minęła ponad 12 godzin temu. Wpisz też datę, np. {example}.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: there is no {clock} on {day} in {zone}: the clocks went forward; write {later} or the UTC time.</source>
        <translation>{capitalize} {text!r}: {day} w strefie {zone} nie ma godziny {clock}: zegary przesunięto do przodu; wpisz {later} albo czas UTC.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r}: {clock} happens twice on the night of {day} in {zone} (the clocks went back): write {first} or {second} after it, or the UTC time.</source>
        <translation>{capitalize} {text!r}: w nocy {day} w strefie {zone} godzina {clock} jest dwa razy (zegary cofnięto): dopisz po niej {first} albo {second} lub wpisz czas UTC.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} reads as a date, {day}, with no time of day. For a time write {clock}; for that day add the time, e.g. {example}.</source>
        <translation>{capitalize} {text!r} czyta się jako data, {day}, bez godziny. Godzinę wpisz jako {clock}; dla tego dnia dopisz godzinę, np. {example}.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} is not a date the kit can read.</source>
        <translation>{capitalize} {text!r} nie jest datą, którą zestaw umie odczytać.</translation>
    </message>
    <message>
        <source>{capitalize} {text!r} is not a time the kit can read.</source>
        <translation>{capitalize} {text!r} nie jest godziną, którą zestaw umie odczytać.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>That is {ago} ago — is the date right?</source>
        <translation>To było {ago} temu — czy data jest dobra?</translation>
    </message>
    <message>
        <source>The field &apos;{key}&apos; is written in {language}: nobody of {reference}&apos;s partners reads that language (they read: {languages}). Write it for one of those, or leave it out.</source>
        <translation>Pole &apos;{key}&apos; jest napisane w języku {language}: żaden z partnerów {reference} nie czyta tego języka (czytają: {languages}). Napisz je w jednym z nich albo je pomiń.</translation>
    </message>
    <message numerus="yes">
        <source>No SMS path is set up: %n SMS will stay queued until a modem is added (Outbox ▸ Delivery paths).</source>
        <translation>
            <numerusform>Nie ustawiono ścieżki SMS: %n SMS zostanie w kolejce, dopóki nie dodasz modemu (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
            <numerusform>Nie ustawiono ścieżki SMS: %n SMS-y zostaną w kolejce, dopóki nie dodasz modemu (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
            <numerusform>Nie ustawiono ścieżki SMS: %n SMS-ów zostanie w kolejce, dopóki nie dodasz modemu (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No e-mail path is set up: %n e-mail(s) will stay queued until an SMTP, webmail or .eml folder path is added (Outbox ▸ Delivery paths).</source>
        <translation>
            <numerusform>Nie ustawiono ścieżki e-mail: %n e-mail zostanie w kolejce, dopóki nie dodasz ścieżki SMTP, poczty webowej albo folderu .eml (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
            <numerusform>Nie ustawiono ścieżki e-mail: %n e-maile zostaną w kolejce, dopóki nie dodasz ścieżki SMTP, poczty webowej albo folderu .eml (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
            <numerusform>Nie ustawiono ścieżki e-mail: %n e-maili zostanie w kolejce, dopóki nie dodasz ścieżki SMTP, poczty webowej albo folderu .eml (Skrzynka nadawcza ▸ Ścieżki wysyłki).</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder {home} is too deep for Windows: its path is {length} characters long, and the kit&apos;s files inside it (backups, their journals) would pass Windows&apos; limit of 260 characters for a path. Nothing was created or changed there. Choose a folder whose path has at most {most} characters (for example {example}), or move this data folder to one and pass --home with it.</source>
        <translation>Folder danych {home} leży zbyt głęboko dla Windows: jego ścieżka ma {length} znaków, a pliki zestawu w nim (kopie zapasowe, ich dzienniki) przekroczyłyby limit Windows wynoszący 260 znaków na ścieżkę. Niczego tam nie utworzono ani nie zmieniono. Wybierz folder, którego ścieżka ma najwyżej {most} znaków (na przykład {example}), albo przenieś ten folder danych do takiego i podaj go w --home.</translation>
    </message>
    <message>
        <source>Version {version} is already applied, but this kit lacks part of it (the changes listed). Applying it again puts them back.</source>
        <translation>Wersja {version} jest już zastosowana, ale w zestawie brakuje jej części (wymienione zmiany). Ponowne zastosowanie przywraca je.</translation>
    </message>
    <message>
        <source>The bundle&apos;s own text of {path} is not on this kit: an older version of the kit replaced it with the local edit. {language} partners now get {now}. If the bundle has this template, import the same bundle again (outage-kit bundle import FILE, or Kit ▸ Contact bundle and signers…): the kit puts back what it lacks.</source>
        <translation>Własnego tekstu pakietu dla {path} nie ma w zestawie: starsza wersja zestawu zastąpiła go lokalną zmianą. Partnerzy o języku {language} dostają teraz {now}. Jeśli pakiet ma ten szablon, zaimportuj ten sam pakiet ponownie (outage-kit bundle import PLIK albo Zestaw ▸ Pakiet kontaktów i sygnatariusze…): zestaw przywróci to, czego mu brakuje.</translation>
    </message>
    <message>
        <source>no notice</source>
        <translation>żadnego komunikatu</translation>
    </message>
    <message>
        <source>Updating the store: noting the locally edited templates</source>
        <translation>Aktualizacja bazy: zapisywanie lokalnie zmienionych szablonów</translation>
    </message>
    <message>
        <source>Updating the store ({size}): counting the backlog&apos;s records by date and service prefix</source>
        <translation>Aktualizacja bazy ({size}): liczenie rekordów zaległości według dat i prefiksu usługi</translation>
    </message>
    <message>
        <source>Texts as sent: </source>
        <translation>Treści w wysłanej postaci: </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s), </source>
        <translation>
            <numerusform>%n język, </numerusform>
            <numerusform>%n języki, </numerusform>
            <numerusform>%n języków, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n wersja</numerusform>
            <numerusform>%n wersje</numerusform>
            <numerusform>%n wersji</numerusform>
        </translation>
    </message>
    <message>
        <source> (one per language and partners&apos; time zone; times in the text are theirs)</source>
        <translation> (po jednej na język i strefę czasową partnerów; godziny w treści są w ich czasie)</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerzy</numerusform>
            <numerusform>%n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n partner(s)</source>
        <translation>
            <numerusform>E-mail do %n partnera</numerusform>
            <numerusform>E-mail do %n partnerów</numerusform>
            <numerusform>E-mail do %n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS to %n partner(s)</source>
        <translation>
            <numerusform>SMS do %n partnera</numerusform>
            <numerusform>SMS do %n partnerów</numerusform>
            <numerusform>SMS do %n partnerów</numerusform>
        </translation>
    </message>
    <message>
        <source>, {out} out</source>
        <translation>, wysłano {out}</translation>
    </message>
    <message>
        <source>Written from the {template} template: the templates had none in {language}.</source>
        <translation>Utworzona z szablonu {template}: szablony nie miały wersji {language}.</translation>
    </message>
    <message>
        <source>No {channel} text in {language} was stored with this notice, so the report cannot show what these partners received (it never re-creates a text from today&apos;s templates).</source>
        <translation>Z tym powiadomieniem nie zapisano treści {channel} w języku {language}, więc raport nie może pokazać, co dostali ci partnerzy (nigdy nie odtwarza treści z dzisiejszych szablonów).</translation>
    </message>
    <message>
        <source>The {channel} text shown is the one stored for {zone} (the notice kept no text for {own}; times in it are for {zone}).</source>
        <translation>Pokazana treść {channel} to treść zapisana dla strefy {zone} (dla {own} nie zapisano osobnej; godziny w niej są dla {zone}).</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Minutes after detection</source>
        <translation>Minuty od wykrycia</translation>
    </message>
    <message>
        <source>First-notice rule</source>
        <translation>Reguła pierwszego powiadomienia</translation>
    </message>
    <message>
        <source>Promised next update</source>
        <translation>Obiecana następna aktualizacja</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Next notice out</source>
        <translation>Wysyłka następnego powiadomienia</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>E-mail recipients</source>
        <translation>Odbiorcy e-maili</translation>
    </message>
    <message>
        <source>SMS recipients</source>
        <translation>Odbiorcy SMS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Niepewne</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Przekazane</translation>
    </message>
    <message>
        <source>Queued (not out)</source>
        <translation>W kolejce (niewysłane)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Już niepotrzebne</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Ścieżki</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Powiadomić do</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Początek okna</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Koniec okna</translation>
    </message>
    <message>
        <source>Planned end (as announced)</source>
        <translation>Planowany koniec (jak zapowiedziano)</translation>
    </message>
    <message>
        <source>Announcement: partners told</source>
        <translation>Zapowiedź: powiadomieni partnerzy</translation>
    </message>
    <message>
        <source>Announcement: partners</source>
        <translation>Zapowiedź: partnerzy</translation>
    </message>
    <message>
        <source>Planned notices sent</source>
        <translation>Wysłane zaplanowane powiadomienia</translation>
    </message>
    <message>
        <source>Planned notices</source>
        <translation>Zaplanowane powiadomienia</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Przedłużenia</translation>
    </message>
    <message>
        <source>Extended (minutes)</source>
        <translation>Przedłużono (minuty)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Wysłane wiadomości</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Język szablonu</translation>
    </message>
    <message>
        <source> (re-issue of #{number})</source>
        <translation> (ponowne wystawienie nr {number})</translation>
    </message>
    <message>
        <source>(not stored with the notice: not shown)</source>
        <translation>(nie zapisano z powiadomieniem: nie pokazano)</translation>
    </message>
    <message>
        <source>Texts as sent</source>
        <translation>Treści wysłane</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Excel refuses longer text cells</extracomment>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>The incident&apos;s title is only in {language} (&quot;{title}&quot;): the {readers} partners do not read it. Give the English title, the one every language without its own gets (&quot;title&quot; in --fields; in the window the first tab&apos;s Incident title), or theirs (title.&lt;language&gt;).</source>
        <translation>Tytuł incydentu jest tylko w języku {language} (&quot;{title}&quot;): partnerzy czytający {readers} go nie przeczytają. Podaj tytuł angielski, który dostaje każdy język bez własnego (&quot;title&quot; w --fields; w oknie: tytuł incydentu na pierwszej karcie), albo tytuł w ich języku (title.&lt;language&gt;).</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) read {language}, and no template is written in {language}: they get the {fallback} templates. Add {language} templates, or leave it so if {fallback} is what they should read.</source>
        <translation>
            <numerusform>%n kontakt czyta {language}, a żaden szablon nie jest napisany w {language}: dostanie szablony {fallback}. Dodaj szablony {language} albo zostaw tak, jeśli {fallback} jest tym, co ma czytać.</numerusform>
            <numerusform>%n kontakty czytają {language}, a żaden szablon nie jest napisany w {language}: dostaną szablony {fallback}. Dodaj szablony {language} albo zostaw tak, jeśli {fallback} jest tym, co mają czytać.</numerusform>
            <numerusform>%n kontaktów czyta {language}, a żaden szablon nie jest napisany w {language}: dostaną szablony {fallback}. Dodaj szablony {language} albo zostaw tak, jeśli {fallback} jest tym, co mają czytać.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing: {language} partners get their other {kind} notices in {language} but this one from the {fallback} template. Add it, or leave it so if that is meant.</source>
        <translation>Brak {path}: partnerzy czytający {language} dostają pozostałe powiadomienia ({kind}) w {language}, ale to jedno z szablonu {fallback}. Dodaj go albo zostaw tak, jeśli tak ma być.</translation>
    </message>
    <message>
        <source>{code} is not a language code (ISO 639-1); did you mean {hint}? Write the language, not the country: uk for Ukrainian, cs for Czech, el for Greek.</source>
        <translation>{code} to nie kod języka (ISO 639-1); czy chodziło o {hint}? Wpisz język, nie kraj: uk dla ukraińskiego, cs dla czeskiego, el dla greckiego.</translation>
    </message>
    <message>
        <source>{code} is not a language code (ISO 639-1, two letters, e.g. en, pl, uk; with a region pt-BR).</source>
        <translation>{code} to nie kod języka (ISO 639-1, dwie litery, np. en, pl, uk; z regionem pt-BR).</translation>
    </message>
    <message>
        <source>The field &apos;{key}&apos; is not one this notice&apos;s templates use (they use: {fields}). Check its spelling; a text in another language is written &lt;field&gt;.&lt;language&gt;, e.g. &apos;{example}&apos;.</source>
        <translation>Pole &apos;{key}&apos; nie jest używane przez szablony tej informacji (używają: {fields}). Sprawdź pisownię; tekst w innym języku zapisuje się jako &lt;field&gt;.&lt;language&gt; (pole.język), np. &apos;{example}&apos;.</translation>
    </message>
    <message>
        <source>--title-lang {language} should look like en, pl or pt-BR.</source>
        <translation>--title-lang {language} powinien wyglądać jak en, pl albo pt-BR.</translation>
    </message>
    <message>
        <source>Updating the store ({size}): summing the backlog&apos;s amounts by status, reason, carrier and call day</source>
        <translation>Aktualizacja bazy ({size}): sumowanie kwot zaległości według statusu, przyczyny, przewoźnika i dnia połączenia</translation>
    </message>
    <message>
        <source>bundle.toml: fields must be a table: [fields.&lt;field name&gt;].</source>
        <translation>bundle.toml: fields musi być tabelą: [fields.&lt;nazwa pola&gt;].</translation>
    </message>
    <message>
        <source>{where}: must be a table with label = &quot;…&quot;.</source>
        <translation>{where}: musi być tabelą z label = &quot;…&quot;.</translation>
    </message>
    <message>
        <source>{where}: {key} is not label or &quot;label.&lt;language&gt;&quot; (like &quot;label.pl&quot;).</source>
        <translation>{where}: {key} to nie label ani &quot;label.&lt;language&gt;&quot; (np. &quot;label.pl&quot;).</translation>
    </message>
    <message>
        <source>{where}: {key} must be one line of text.</source>
        <translation>{where}: {key} musi być jednym wierszem tekstu.</translation>
    </message>
    <message>
        <source>{where}: {key} is longer than {most} characters.</source>
        <translation>{where}: {key} ma więcej niż {most} znaków.</translation>
    </message>
    <message>
        <source>bundle.toml: [fields.{name}] labels a field no template uses; the templates&apos; fields are: {used}.</source>
        <translation>bundle.toml: [fields.{name}] opisuje pole, którego nie używa żaden szablon; pola szablonów to: {used}.</translation>
    </message>
    <message>
        <source>bundle.toml: write a label per language with its key quoted: &quot;label.pl&quot; = &quot;…&quot;.</source>
        <translation>bundle.toml: etykietę dla języka zapisz z kluczem w cudzysłowie: &quot;label.pl&quot; = &quot;…&quot;.</translation>
    </message>
    <message>
        <source>{kind}, {status}</source>
        <comment>an incident&apos;s kind and status: disaster, open</comment>
        <extracomment>a kind&apos;s own name for a stage where it differs from STAGE_LABELS: planned work&apos;s first notice is its announcement, as its plan and the Calendar call it field names a bundle may use for the start and the end of the trouble: the form fills them in like the kit&apos;s own `started` / `resolved_at` words of a field&apos;s name (split at &quot;_&quot;) that say it holds a moment: &quot;outage_began&quot;, &quot;service_restored&quot;, &quot;window_end&quot;. Such a field that no template shows as a time is refused at `bundle build` (app/notices/lint.py), never sent as the officer&apos;s clock. words of a moment still to come: an expected fix, a planned end, a deadline</extracomment>
        <translation>{kind}, incydent {status}</translation>
    </message>
    <message numerus="yes">
        <source>, %n of them undone</source>
        <translation>
            <numerusform>, z czego %n cofnięto</numerusform>
            <numerusform>, z czego %n cofnięto</numerusform>
            <numerusform>, z czego %n cofnięto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; in the end %n record(s) changed status.</source>
        <translation>
            <numerusform>; ostatecznie status zmienił %n rekord.</numerusform>
            <numerusform>; ostatecznie status zmieniły %n rekordy.</numerusform>
            <numerusform>; ostatecznie status zmieniło %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners must be told by {at} ({rule}); no partner has it yet.</source>
        <translation>Partnerów trzeba powiadomić do {at} ({rule}); jeszcze nie dotarło do żadnego partnera.</translation>
    </message>
    <message>
        <source>{count} handed off, not confirmed sent (settle them in the Outbox)</source>
        <translation>przekazane dalej, niepotwierdzone jako wysłane (rozstrzygnij je w Skrzynce nadawczej): {count}</translation>
    </message>
    <message>
        <source>no partner told yet; deadline {at}</source>
        <translation>żaden partner jeszcze nie powiadomiony; termin {at}</translation>
    </message>
    <message>
        <source>{decision} (undone)</source>
        <translation>{decision} (cofnięto)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Czas trwania (min)</translation>
    </message>
    <message>
        <source>Backlog decisions taken</source>
        <translation>Podjęte decyzje w zaległościach</translation>
    </message>
    <message>
        <source>Backlog decisions undone</source>
        <translation>Cofnięte decyzje w zaległościach</translation>
    </message>
    <message>
        <source>Backlog records changed in the end</source>
        <translation>Rekordy zaległości ze zmienionym statusem (ostatecznie)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Longest outage (minutes)</source>
        <translation>Najdłuższa awaria (min)</translation>
    </message>
    <message>
        <source>Average outage (minutes)</source>
        <translation>Średni czas awarii (min)</translation>
    </message>
    <message>
        <source>Lasted (minutes)</source>
        <translation>Czas trwania (min)</translation>
    </message>
    <message>
        <source>To first notice (minutes)</source>
        <translation>Zwłoka pierwszego powiadomienia (min)</translation>
    </message>
    <message>
        <source>Messages delivered</source>
        <translation>Wiadomości doręczone</translation>
    </message>
    <message>
        <source>Quarantine ID</source>
        <translation>ID kwarantanny</translation>
    </message>
    <message>
        <source>Service Identifier</source>
        <translation>Identyfikator usługi</translation>
    </message>
    <message>
        <source>Carrier Name</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Quarantine Reason</source>
        <translation>Przyczyna kwarantanny</translation>
    </message>
    <message>
        <source>Call Date</source>
        <translation>Data połączenia</translation>
    </message>
    <message>
        <source>Written off by</source>
        <translation>Kto odpisał</translation>
    </message>
    <message>
        <source>Written off at</source>
        <translation>Kiedy odpisano</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more row(s): export CSV or XLSX for all of them.</source>
        <extracomment>HTML (and so PDF) shows at most this many rows of a table; CSV and XLSX carry them all any iterable, so a million records can stream from a cursor into CSV or XLSX total rows after the data, e.g. one per currency columns shown right-aligned (amounts, counts)</extracomment>
        <translation>
            <numerusform>… i jeszcze {count} wiersz: wszystkie są w eksporcie CSV lub XLSX.</numerusform>
            <numerusform>… i jeszcze {count} wiersze: wszystkie są w eksporcie CSV lub XLSX.</numerusform>
            <numerusform>… i jeszcze {count} wierszy: wszystkie są w eksporcie CSV lub XLSX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) repeated a Quarantine ID of an earlier line and were left out (the first kept).</source>
        <translation>
            <numerusform> %n wiersz powtarzał ID kwarantanny z wcześniejszego wiersza i został pominięty (pierwszy zostaje).</numerusform>
            <numerusform> %n wiersze powtarzały ID kwarantanny z wcześniejszych wierszy i zostały pominięte (pierwsze zostają).</numerusform>
            <numerusform> %n wierszy powtarzało ID kwarantanny z wcześniejszych wierszy i zostało pominiętych (pierwsze zostają).</numerusform>
        </translation>
    </message>
    <message>
        <source> {count} without a reason.</source>
        <translation> Bez przyczyny: {count}.</translation>
    </message>
    <message>
        <source>{qid} is already on line {first} of this file; the row of line {first} is kept, this one left out</source>
        <translation>{qid} jest już w wierszu {first} tego pliku; wiersz {first} zostaje, ten pominięto</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolumny</translation>
    </message>
    <message>
        <source>the header has {header} columns, this row {row}: a value probably holds the separator ({separator}) without quotes (write &quot;1,234.50&quot; or 1234.50), or a value is missing or extra; nothing of this row was imported</source>
        <translation>nagłówek ma kolumn: {header}, ten wiersz: {row}: wartość zawiera zapewne separator ({separator}) bez cudzysłowu (wpisz &quot;1,234.50&quot; albo 1234.50) albo brakuje wartości lub jest zbędna; nic z tego wiersza nie zaimportowano</translation>
    </message>
    <message>
        <source>{value} is larger than the largest amount the kit stores ({largest} either way): check the cell, the amount is probably misread</source>
        <translation>{value} przekracza największą kwotę, jaką zestaw przechowuje ({largest} w obie strony): sprawdź komórkę, kwota jest zapewne źle odczytana</translation>
    </message>
    <message>
        <source>{value} is not a currency code: write the three-letter ISO 4217 code (EUR, USD, PLN)</source>
        <translation>{value} nie jest kodem waluty: wpisz trzyliterowy kod ISO 4217 (EUR, USD, PLN)</translation>
    </message>
    <message>
        <source>{value} is not a duration: it must be from 0 to {largest} seconds</source>
        <translation>{value} nie jest poprawnym czasem trwania: musi wynosić od 0 do {largest} sekund</translation>
    </message>
    <message>
        <source>{name} has the column {title} twice (columns {first} and {second}), so the kit cannot tell which one holds the {field}. Remove or rename one of them and import again; nothing was imported.</source>
        <translation>{name} ma kolumnę {title} dwukrotnie (kolumny {first} i {second}), więc zestaw nie wie, która zawiera {field}. Usuń jedną z nich lub zmień jej nazwę i zaimportuj ponownie; nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>An import of {file} was interrupted before it was stored: nothing of it is in the backlog. Import the file again.</source>
        <translation>Import pliku {file} został przerwany przed zapisaniem: nic z niego nie trafiło do zaległości. Zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <source>a quarantine export</source>
        <translation>eksport kwarantanny</translation>
    </message>
    <message>
        <source>The import of {file} was cut short; it is finished now: {inserted} new, {updated} updated, {rejected} rejected (backlog import lists the rejected rows when the file is imported again).</source>
        <translation>Import pliku {file} został przerwany; teraz go dokończono: nowe: {inserted}, zaktualizowane: {updated}, odrzucone: {rejected} (backlog import wypisze odrzucone wiersze przy ponownym imporcie pliku).</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text, so the passphrase in it cannot be read exactly. Save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8) and try again.</source>
        <translation>Plik {path} nie jest tekstem UTF-8, więc zapisanego w nim hasła nie da się odczytać dokładnie. Zapisz go ponownie jako UTF-8 (w Notatniku: Zapisz jako, Kodowanie: UTF-8) i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message numerus="yes">
        <source>{told} of %n partner(s) of its audience told of it</source>
        <translation>
            <numerusform>powiadomiono {told} z %n partnera</numerusform>
            <numerusform>powiadomiono {told} z %n partnerów</numerusform>
            <numerusform>powiadomiono {told} z %n partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joined its groups after its last notice and have had no notice yet (the next update tells them)</source>
        <translation>
            <numerusform>; %n dołączył do jego grup po ostatnim powiadomieniu i nie dostał jeszcze żadnego (powie mu następna aktualizacja)</numerusform>
            <numerusform>; %n dołączyło do jego grup po ostatnim powiadomieniu i nie dostało jeszcze żadnego (powie im następna aktualizacja)</numerusform>
            <numerusform>; %n dołączyło do jego grup po ostatnim powiadomieniu i nie dostało jeszcze żadnego (powie im następna aktualizacja)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) get this incident for the first time (they were not in the audience of earlier notices): they learn of it from this notice, the earlier ones quoted below it.</source>
        <translation>
            <numerusform>%n odbiorca dostaje ten incydent po raz pierwszy (nie było go wśród odbiorców wcześniejszych powiadomień): dowie się o nim z tego powiadomienia, z wcześniejszymi zacytowanymi pod spodem.</numerusform>
            <numerusform>%n odbiorców dostaje ten incydent po raz pierwszy (nie było ich wśród odbiorców wcześniejszych powiadomień): dowiedzą się o nim z tego powiadomienia, z wcześniejszymi zacytowanymi pod spodem.</numerusform>
            <numerusform>%n odbiorców dostaje ten incydent po raz pierwszy (nie było ich wśród odbiorców wcześniejszych powiadomień): dowiedzą się o nim z tego powiadomienia, z wcześniejszymi zacytowanymi pod spodem.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the groups: {groups}.</source>
        <translation>W grupach: {groups}.</translation>
    </message>
    <message>
        <source>A backlog import is running on this data folder (in another window or command): &apos;{command}&apos; would replace the store under it and the imported records would be lost. Wait until the import finishes (or stop it), then try again; nothing was changed.</source>
        <translation>W tym folderze danych trwa import zaległości (w innym oknie lub poleceniu): &apos;{command}&apos; podmieniłoby pod nim bazę i zaimportowane rekordy zostałyby utracone. Poczekaj, aż import się skończy (albo go przerwij), i spróbuj ponownie; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>A decision on the backlog (or its undo) is running on this data folder (in another window or command): &apos;{command}&apos; would replace the store under it and the decision would be lost half-done. Wait until it finishes, then try again; nothing was changed.</source>
        <translation>W tym folderze danych trwa decyzja w zaległościach (albo jej cofanie; w innym oknie lub poleceniu): &apos;{command}&apos; podmieniłoby pod nią bazę i decyzja przepadłaby w połowie. Poczekaj, aż się skończy, i spróbuj ponownie; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Outage Kit is sending messages from this data folder (in another window or command): &apos;{command}&apos; would replace the store under it and what is sent would not be recorded. Wait until the sending finishes, then try again; nothing was changed.</source>
        <translation>Outage Kit wysyła właśnie wiadomości z tego folderu danych (w innym oknie lub poleceniu): &apos;{command}&apos; podmieniłoby pod nim bazę i to, co zostanie wysłane, nie zostałoby zapisane. Poczekaj, aż wysyłanie się skończy, i spróbuj ponownie; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Notice told: {stage}.</source>
        <translation>Przekazane powiadomienie: {stage}.</translation>
    </message>
    <message>
        <source>No partner still waiting for this notice is {text!r}; nothing was recorded. Waiting: {names}.</source>
        <translation>Żaden partner, który wciąż czeka na ten komunikat, nie pasuje do {text!r}; niczego nie zapisano. Czekają: {names}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>This notice goes to nobody by e-mail; no .eml file was written.</source>
        <translation>To powiadomienie nie trafia do nikogo e-mailem; nie zapisano żadnego pliku .eml.</translation>
    </message>
    <message>
        <source>The notice cannot be written as e-mail ({error}); nothing was written.</source>
        <translation>Powiadomienia nie da się zapisać jako e-mail ({error}); nic nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>The disk holding {folder} is full too: the %n file(s) written were removed. Choose a folder on another disk (a USB stick) and save again.</source>
        <translation>
            <numerusform>Dysk, na którym jest {folder}, też jest pełny: zapisany %n plik usunięto. Wybierz folder na innym dysku (pendrive) i zapisz ponownie.</numerusform>
            <numerusform>Dysk, na którym jest {folder}, też jest pełny: zapisane %n pliki usunięto. Wybierz folder na innym dysku (pendrive) i zapisz ponownie.</numerusform>
            <numerusform>Dysk, na którym jest {folder}, też jest pełny: zapisanych %n plików usunięto. Wybierz folder na innym dysku (pendrive) i zapisz ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to {folder} failed ({error}); the files written were removed. Choose another folder.</source>
        <translation>Zapis do {folder} nie powiódł się ({error}); zapisane pliki usunięto. Wybierz inny folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent after this backup was made are kept as sent; they will not go out again.</source>
        <translation>
            <numerusform>%n wiadomość wysłana po utworzeniu tej kopii pozostaje oznaczona jako wysłana; nie zostanie wysłana ponownie.</numerusform>
            <numerusform>%n wiadomości wysłane po utworzeniu tej kopii pozostają oznaczone jako wysłane; nie zostaną wysłane ponownie.</numerusform>
            <numerusform>%n wiadomości wysłanych po utworzeniu tej kopii pozostaje oznaczonych jako wysłane; nie zostaną wysłane ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that may have left after this backup was made stay uncertain or handed off, as they were; settle them in the outbox: they will not go out by themselves.</source>
        <translation>
            <numerusform>%n wiadomość, która mogła wyjść po utworzeniu tej kopii, pozostaje niepewna lub przekazana, jak była; rozstrzygnij ją w skrzynce nadawczej: sama nie zostanie wysłana.</numerusform>
            <numerusform>%n wiadomości, które mogły wyjść po utworzeniu tej kopii, pozostają niepewne lub przekazane, jak były; rozstrzygnij je w skrzynce nadawczej: same nie zostaną wysłane.</numerusform>
            <numerusform>%n wiadomości, które mogły wyjść po utworzeniu tej kopii, pozostaje niepewnych lub przekazanych, jak były; rozstrzygnij je w skrzynce nadawczej: same nie zostaną wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} “{title}” was opened after this backup was made: it is no longer in the kit.</source>
        <translation>{reference} „{title}” otwarto po wykonaniu tej kopii: nie ma go już w zestawie.</translation>
    </message>
    <message numerus="yes">
        <source>{reference} “{title}” is back to its notices of the backup: %n later notice(s), which partners may have had, are no longer in the kit.</source>
        <translation>
            <numerusform>{reference} „{title}” wraca do komunikatów z kopii: %n późniejszego komunikatu, który partnerzy mogli otrzymać, nie ma już w zestawie.</numerusform>
            <numerusform>{reference} „{title}” wraca do komunikatów z kopii: %n późniejszych komunikatów, które partnerzy mogli otrzymać, nie ma już w zestawie.</numerusform>
            <numerusform>{reference} „{title}” wraca do komunikatów z kopii: %n późniejszych komunikatów, które partnerzy mogli otrzymać, nie ma już w zestawie.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} “{title}” is back to its Outbox of the backup.</source>
        <translation>{reference} „{title}” ma znów skrzynkę nadawczą z chwili wykonania kopii.</translation>
    </message>
    <message>
        <source>{reference} “{title}” is open again, as it was when the backup was made (it had been closed since).</source>
        <translation>{reference} „{title}” jest znowu otwarty, jak w chwili wykonania kopii (od tamtej pory został zamknięty).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it had gone to partners.</source>
        <translation>
            <numerusform>%n wiadomość z nim trafiła do partnerów.</numerusform>
            <numerusform>%n wiadomości z nim trafiły do partnerów.</numerusform>
            <numerusform>%n wiadomości z nim trafiło do partnerów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it that waited in the Outbox will not go out.</source>
        <translation>
            <numerusform>%n wiadomość z nim, czekająca w skrzynce nadawczej, nie zostanie wysłana.</numerusform>
            <numerusform>%n wiadomości z nim, czekające w skrzynce nadawczej, nie zostaną wysłane.</numerusform>
            <numerusform>%n wiadomości z nim, czekających w skrzynce nadawczej, nie zostanie wysłanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} “{title}”, opened after this backup was made, would no longer be in the kit.</source>
        <translation>{reference} „{title}”, otwarty po wykonaniu tej kopii, zniknąłby z zestawu.</translation>
    </message>
    <message>
        <source>{reference} “{title}” would go back to its Outbox of the backup.</source>
        <translation>{reference} „{title}” wróciłby do skrzynki nadawczej z chwili wykonania kopii.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it have gone to partners.</source>
        <translation>
            <numerusform>%n wiadomość z nim trafiła do partnerów.</numerusform>
            <numerusform>%n wiadomości z nim trafiły do partnerów.</numerusform>
            <numerusform>%n wiadomości z nim trafiło do partnerów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it waiting in the Outbox would never go out.</source>
        <translation>
            <numerusform>%n wiadomość z nim, czekająca w skrzynce nadawczej, nigdy by nie wyszła.</numerusform>
            <numerusform>%n wiadomości z nim, czekające w skrzynce nadawczej, nigdy by nie wyszły.</numerusform>
            <numerusform>%n wiadomości z nim, czekających w skrzynce nadawczej, nigdy by nie wyszło.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store as it was before this restore is kept as {file} in the backups folder: restore that file to have them back.</source>
        <translation>Stan bazy sprzed tego przywrócenia jest zachowany jako {file} w folderze kopii: przywróć ten plik, aby je odzyskać.</translation>
    </message>
    <message>
        <source>The store as it was before this restore is kept in the backups folder (before-restore): restore it to have them back.</source>
        <translation>Stan bazy sprzed tego przywrócenia jest zachowany w folderze kopii (before-restore): przywróć go, aby je odzyskać.</translation>
    </message>
    <message>
        <source>What changed since this backup was made cannot be checked: the store as it is now cannot be read. Incidents opened, notices sent and messages put in the Outbox since then would no longer be in the kit.</source>
        <translation>Nie da się sprawdzić, co zmieniło się od wykonania tej kopii: obecnej bazy nie można odczytać. Incydenty otwarte, powiadomienia wysłane i wiadomości dodane do skrzynki nadawczej od tamtej chwili zniknęłyby z zestawu.</translation>
    </message>
    <message numerus="yes">
        <source>{reference} “{title}” would go back to its notices of the backup: %n later notice(s), which partners may have had, would no longer be in the kit.</source>
        <translation>
            <numerusform>{reference} „{title}” wróciłby do komunikatów z kopii: %n późniejszego komunikatu, który partnerzy mogli otrzymać, nie byłoby już w zestawie.</numerusform>
            <numerusform>{reference} „{title}” wróciłby do komunikatów z kopii: %n późniejszych komunikatów, które partnerzy mogli otrzymać, nie byłoby już w zestawie.</numerusform>
            <numerusform>{reference} „{title}” wróciłby do komunikatów z kopii: %n późniejszych komunikatów, które partnerzy mogli otrzymać, nie byłoby już w zestawie.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference} “{title}” would be open again, as it was when the backup was made (it has been closed since).</source>
        <translation>{reference} „{title}” byłby znowu otwarty, jak w chwili wykonania kopii (od tamtej pory został zamknięty).</translation>
    </message>
    <message>
        <source>Another decision or undo is running on the backlog (in another window or command). Wait until it finishes, then try again; nothing was changed.</source>
        <translation>W zaległościach trwa już inna decyzja lub cofanie (w innym oknie lub poleceniu). Poczekaj, aż się skończy, i spróbuj ponownie; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>{expression} on line {line}: the kit has no field &apos;{name}&apos;; the fields are: {fields}.</source>
        <translation>{expression} w wierszu {line}: program nie ma pola „{name}”; jego pola to: {fields}.</translation>
    </message>
    <message>
        <source>Did you mean &apos;{field}&apos;?</source>
        <translation>Czy chodziło o „{field}”?</translation>
    </message>
    <message>
        <source>{expression} on line {line}: the value there has no &apos;{name}&apos;: a field is the text the officer fills in, a time also offers {parts}, and a disaster has no window (its incident.window_start and incident.window_end are empty).</source>
        <translation>{expression} w wierszu {line}: wartość w tym miejscu nie ma „{name}”: pole to tekst wpisywany przez dyżurnego, czas ma też {parts}, a awaria nie ma okna (jej incident.window_start i incident.window_end są puste).</translation>
    </message>
    <message>
        <source>{expression} on line {line}: the kit has nothing called &apos;{name}&apos;.</source>
        <translation>{expression} w wierszu {line}: program nie zna niczego o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>Updating the store ({size}): indexing the backlog&apos;s call dates</source>
        <translation>Aktualizacja bazy ({size}): indeksowanie dat połączeń zaległości</translation>
    </message>
    <message>
        <source>it does not open with this store&apos;s key: it is damaged, a backup of another store, or a copy made before the key rotation of {date} (such copies keep the earlier key)</source>
        <translation>nie otwiera się kluczem tej bazy: jest uszkodzona, jest kopią zapasową innej bazy albo kopią zrobioną przed wymianą klucza {date} (takie kopie mają wcześniejszy klucz)</translation>
    </message>
    <message>
        <source>this copy was made before the key rotation of {date} and still has the earlier key, which the kit no longer has: no passphrase opens it (the rotation changed the key, not the passphrase)</source>
        <translation>ta kopia powstała przed wymianą klucza {date} i ma nadal wcześniejszy klucz, którego zestaw już nie ma: żadne hasło jej nie otworzy (wymieniono klucz, nie hasło)</translation>
    </message>
    <message>
        <source>. The same backup, moved to the new key, is {twin}: restore that one</source>
        <translation>. Ta sama kopia zapasowa, przeniesiona na nowy klucz, to {twin}: przywróć ją</translation>
    </message>
    <message>
        <source>Message {message} is still needed: no later notice of {reference} has reached that partner. Choose Mark sent if it arrived, else Send again.</source>
        <extracomment>copies the kit holds by itself once superseded: they would leave with the next send (or a retry); uncertain and handed-off copies are the officer&apos;s (Mark sent, or No longer needed) the officer&apos;s copies: once their incident is closed and a later notice reached the partner, whether they arrived no longer matters — held then, nothing asks about them</extracomment>
        <translation>Wiadomość {message} jest nadal potrzebna: żadne późniejsze powiadomienie {reference} nie dotarło do tego partnera. Wybierz „Oznacz jako wysłane”, jeśli dotarła, a jeśli nie — „Wyślij ponownie”.</translation>
    </message>
    <message>
        <source>a later notice of {reference} ({stage}) reached {recipient} at {time}</source>
        <translation>późniejsze powiadomienie {reference} ({stage}) dotarło do {recipient} o {time}</translation>
    </message>
    <message>
        <source>Message {message} is not sent again: since it, {reached}. Sent now, this older notice would reach them after that one.</source>
        <translation>Wiadomość {message} nie zostanie wysłana ponownie: od tamtej pory {reached}. Wysłane teraz, to starsze powiadomienie dotarłoby do partnera po tamtym.</translation>
    </message>
    <message>
        <source>Mark it No longer needed (Outbox), or &apos;outage-kit outbox settle {message} --as superseded&apos;; Mark sent only if you know it arrived.</source>
        <translation>Oznacz ją „Już niepotrzebna” (Skrzynka nadawcza) albo użyj &apos;outage-kit outbox settle {message} --as superseded&apos;; „Oznacz jako wysłane” tylko wtedy, gdy wiesz, że dotarła.</translation>
    </message>
    <message>
        <source>It is held when the outbox is next sent; nothing more is needed.</source>
        <translation>Zostanie wstrzymana przy następnej wysyłce ze skrzynki; nic więcej nie trzeba robić.</translation>
    </message>
    <message>
        <source>Message {id} was refused by the server for good ({reply}); sending it again will be refused again. Ask IT to fix the address in the contact bundle, and tell the partner another way meanwhile (Told another way… on the incident page).</source>
        <translation>Serwer odrzucił wiadomość {id} na stałe ({reply}); ponowne wysłanie zostanie znów odrzucone. Poproś dział IT o poprawienie adresu w pakiecie kontaktów, a tymczasem powiadom partnera inaczej (Przekazano inaczej… na stronie incydentu).</translation>
    </message>
    <message>
        <source>Message {id} was refused by the server for good ({reply}); sending it again will be refused again. Ask IT to fix the address in the contact bundle, and tell the partner another way meanwhile (&apos;outage-kit incident told {reference} --how …&apos;).</source>
        <translation>Serwer odrzucił wiadomość {id} na stałe ({reply}); ponowne wysłanie zostanie znów odrzucone. Poproś dział IT o poprawienie adresu w pakiecie kontaktów, a tymczasem powiadom partnera inaczej (&apos;outage-kit incident told {reference} --how …&apos;).</translation>
    </message>
    <message>
        <source>Updating the store ({size}): ordering the backlog&apos;s statuses</source>
        <translation>Aktualizacja bazy ({size}): porządkowanie statusów zaległości</translation>
    </message>
    <message>
        <source>Updating the store ({size}): ordering the backlog&apos;s reasons and tariffs</source>
        <translation>Aktualizacja bazy ({size}): porządkowanie przyczyn i taryf zaległości</translation>
    </message>
    <message>
        <source>The next send tries it again: a probe cannot tell whether it takes mail now.</source>
        <translation>Następna wysyłka spróbuje jej ponownie: sprawdzenie nie powie, czy teraz przyjmuje pocztę.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>1. What is affected, who hears</source>
        <translation>1. Czego dotyczy, kto się dowie</translation>
    </message>
    <message>
        <source>2. What to tell them</source>
        <translation>2. Co im przekazać</translation>
    </message>
    <message>
        <source>3. Check and queue</source>
        <translation>3. Sprawdź i wstaw do kolejki</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Queue notices</source>
        <translation>&amp;Wstaw powiadomienia do kolejki</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Resumed the notice you had not queued yet (detected {detected}). Cancel → Discard starts afresh.</source>
        <translation>Wznowiono powiadomienie, które nie trafiło jeszcze do kolejki (wykryto {detected}). Anuluj → Odrzuć zaczyna od nowa.</translation>
    </message>
    <message>
        <source>Resumed the notice you had not queued yet: its detection time is not readable yet (see below). Cancel → Discard starts afresh.</source>
        <translation>Wznowiono powiadomienie, które nie trafiło jeszcze do kolejki: jego czasu wykrycia nie da się jeszcze odczytać (zob. niżej). Anuluj → Odrzuć zaczyna od nowa.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Detected at</source>
        <translation>&amp;Wykryto o</translation>
    </message>
    <message>
        <source>Window &amp;start</source>
        <translation>&amp;Początek okna</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>&amp;Koniec okna</translation>
    </message>
    <message>
        <source>Affected &amp;services (Space ticks):</source>
        <translation>Dotknięte &amp;usługi (Spacja zaznacza):</translation>
    </message>
    <message>
        <source>Who hears about it (proposed from the routing rule; editable)</source>
        <translation>Kto się o tym dowie (propozycja z reguły przypisania; można zmienić)</translation>
    </message>
    <message>
        <source>New disaster notice</source>
        <translation>Nowe powiadomienie o awarii</translation>
    </message>
    <message>
        <source>New planned work (downtime) notice</source>
        <translation>Nowe powiadomienie o pracach planowanych (przerwie)</translation>
    </message>
    <message>
        <source>Every notice states the impact, the start time, the actions so far and when the next update comes at the latest. The kit adds the reference to every subject.</source>
        <translation>Każde powiadomienie podaje wpływ, czas rozpoczęcia, dotychczasowe działania i najpóźniejszy termin następnej aktualizacji. Zestaw dodaje sygnaturę do każdego tematu.</translation>
    </message>
    <message>
        <source>the detection time</source>
        <translation>czas wykrycia</translation>
    </message>
    <message>
        <source>the window&apos;s start</source>
        <translation>początek okna</translation>
    </message>
    <message>
        <source>the window&apos;s end</source>
        <translation>koniec okna</translation>
    </message>
    <message>
        <source>The window&apos;s end ({end}) is not after its start ({start}). Give the end&apos;s date too when the work ends another day.</source>
        <translation>Koniec okna ({end}) nie jest po jego początku ({start}). Gdy prace kończą się innego dnia, podaj też datę końca.</translation>
    </message>
    <message>
        <source>Understood: from {start} to {end} — partners read it in their own time zone.</source>
        <translation>Odczytano: od {start} do {end} — partnerzy zobaczą to w swojej strefie czasowej.</translation>
    </message>
    <message>
        <source>Understood: {detected}. Notify partners by {due} ({left}).</source>
        <translation>Odczytano: {detected}. Powiadom partnerów do {due} ({left}).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; recipient(s), each once</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; odbiorca, jedna wiadomość</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; odbiorcy, do każdego jedna wiadomość</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; odbiorców, do każdego jedna wiadomość</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct what is marked in red above to go on.</source>
        <translation>Popraw to, co zaznaczono powyżej na czerwono, aby przejść dalej.</translation>
    </message>
    <message>
        <source>notify-by: give when it was detected</source>
        <translation>termin powiadomienia: podaj, kiedy wykryto problem</translation>
    </message>
    <message>
        <source>notify partners by {time}  ({left})</source>
        <translation>powiadom partnerów do {time}  ({left})</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>od razu</translation>
    </message>
    <message>
        <source>e.g. 05:30 (today), yesterday 23:10, 1.12.2026 05:30 or 2026-12-01 05:30; add UTC for UTC</source>
        <translation>np. 05:30 (dziś), wczoraj 23:10, 1.12.2026 05:30 albo 2026-12-01 05:30; dopisz UTC dla czasu UTC</translation>
    </message>
    <message>
        <source>&amp;Title in English</source>
        <translation>&amp;Tytuł po angielsku</translation>
    </message>
    <message>
        <source>Every partner reads this title unless their language&apos;s tab in the next step gives their own; where English is not their language it is marked as English.</source>
        <translation>Ten tytuł czyta każdy partner, chyba że karta jego języka w następnym kroku poda własny; tam, gdzie angielski nie jest jego językiem, jest oznaczony jako angielski.</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> dni przed</translation>
    </message>
    <message>
        <source>Before the start, e.g. &apos;72h, 24h, 1h&apos;, or &apos;none&apos;</source>
        <translation>Przed początkiem, np. &apos;72h, 24h, 1h&apos; albo &apos;none&apos;</translation>
    </message>
    <message>
        <source>Send a &apos;work started&apos; notice at the start</source>
        <translation>Wyślij na początku powiadomienie o rozpoczęciu prac</translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Zapowiedź</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Przypomnienia</translation>
    </message>
    <message>
        <source>The plan (each notice written and sent at its time):</source>
        <translation>Plan (każde powiadomienie napisane i wysłane w swoim czasie):</translation>
    </message>
    <message>
        <source>A planned-work announcement states the maintenance window, the work and its impact on partners. You write it once: the reminders and the &apos;work started&apos; notice are written from it at their time, and the plan says when partners hear next. Partners get a completion notice when the work is done.</source>
        <translation>Zapowiedź prac planowanych podaje okno serwisowe, zakres prac i ich wpływ na partnerów. Piszesz ją raz: przypomnienia i powiadomienie o rozpoczęciu prac powstają z niej w swoim czasie, a plan mówi, kiedy partnerzy dostaną kolejną wiadomość. Po zakończeniu prac partnerzy dostają powiadomienie o zakończeniu.</translation>
    </message>
    <message>
        <source>A short title in English (default: the services you tick)</source>
        <translation>Krótki tytuł po angielsku (domyślnie: zaznaczone usługi)</translation>
    </message>
    <message>
        <source>Queue opens the planned work; the announcement is written and sent {0} (what you see is how it reads now).</source>
        <translation>Wstawienie do kolejki otwiera prace planowane; zapowiedź zostanie napisana i wysłana {0} (widzisz, jak brzmi teraz).</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <source>(no text in {language} for: {fields}. These partners read the English text there, marked {mark})</source>
        <translation>(brak tekstu, język: {language}, dla pól: {fields}. Ci partnerzy czytają tam tekst angielski, oznaczony {mark})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Not ready:
</source>
        <translation>Niegotowe:
</translation>
    </message>
    <message>
        <source>✔ Ready to queue: every field filled, nothing left blank.</source>
        <translation>✔ Gotowe do kolejki: wszystkie pola wypełnione, nic nie zostało puste.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS each</source>
        <translation>
            <numerusform>po %n SMS</numerusform>
            <numerusform>po %n SMS-y</numerusform>
            <numerusform>po %n SMS-ów</numerusform>
        </translation>
    </message>
    <message>
        <source>(no template in {language}: these partners get the text in {fallback})</source>
        <translation>(brak szablonu, język: {language}; ci partnerzy dostaną tekst, język: {fallback})</translation>
    </message>
    <message>
        <source>{zone}: {times} — {partners}</source>
        <translation>{zone}: {times} — {partners}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (point here for all)</source>
        <translation>
            <numerusform>i jeszcze %n (wskaż tutaj, aby zobaczyć wszystkich)</numerusform>
            <numerusform>i jeszcze %n (wskaż tutaj, aby zobaczyć wszystkich)</numerusform>
            <numerusform>i jeszcze %n (wskaż tutaj, aby zobaczyć wszystkich)</numerusform>
        </translation>
    </message>
    <message>
        <source>started</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>awaria usunięta</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>zakończono</translation>
    </message>
    <message>
        <source>called-off window start</source>
        <translation>początek odwołanego okna</translation>
    </message>
    <message>
        <source>window starts</source>
        <translation>początek okna</translation>
    </message>
    <message>
        <source>called-off window end</source>
        <translation>koniec odwołanego okna</translation>
    </message>
    <message>
        <source>window ends</source>
        <translation>koniec okna</translation>
    </message>
    <message>
        <source>next update by</source>
        <translation>następna informacja do</translation>
    </message>
    <message>
        <source>(no SMS short form: made from {0}&apos;s subject and promise)</source>
        <translation>(brak krótkiej wersji SMS: utworzona z tematu i terminu {0})</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; recipient(s)</source>
        <translation>
            <numerusform>Odbiorcy: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>Odbiorcy: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>Odbiorcy: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; message(s), one per recipient and channel (nobody sees another partner&apos;s address). Languages — {value}.</source>
        <translation>
            <numerusform>wiadomości: &lt;b&gt;%n&lt;/b&gt;, po jednej na odbiorcę i kanał (nikt nie widzi adresu innego partnera). Języki — {value}.</numerusform>
            <numerusform>wiadomości: &lt;b&gt;%n&lt;/b&gt;, po jednej na odbiorcę i kanał (nikt nie widzi adresu innego partnera). Języki — {value}.</numerusform>
            <numerusform>wiadomości: &lt;b&gt;%n&lt;/b&gt;, po jednej na odbiorcę i kanał (nikt nie widzi adresu innego partnera). Języki — {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(to %n recipient(s))</source>
        <translation>
            <numerusform>(do %n odbiorcy)</numerusform>
            <numerusform>(do %n odbiorców)</numerusform>
            <numerusform>(do %n odbiorców)</numerusform>
        </translation>
    </message>
    <message>
        <source>Local times partners read:</source>
        <translation>Czasy lokalne, które przeczytają partnerzy:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n of them get this incident for the first time&lt;/b&gt; (not in the audience of earlier notices).</source>
        <translation>
            <numerusform>&lt;b&gt;%n z nich dostaje ten incydent po raz pierwszy&lt;/b&gt; (nie było go wśród odbiorców wcześniejszych powiadomień).</numerusform>
            <numerusform>&lt;b&gt;%n z nich dostaje ten incydent po raz pierwszy&lt;/b&gt; (nie było ich wśród odbiorców wcześniejszych powiadomień).</numerusform>
            <numerusform>&lt;b&gt;%n z nich dostaje ten incydent po raz pierwszy&lt;/b&gt; (nie było ich wśród odbiorców wcześniejszych powiadomień).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>&amp;Send queued now</source>
        <translation>&amp;Wyślij kolejkę teraz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Queue the selected failed messages again</source>
        <translation>Wstaw zaznaczone nieudane wiadomości ponownie do kolejki</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Oznacz jako wysłane</translation>
    </message>
    <message>
        <source>The selected uncertain/handed-off messages did go out</source>
        <translation>Zaznaczone niepewne/przekazane wiadomości zostały wysłane</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Wyślij p&amp;onownie</translation>
    </message>
    <message>
        <source>Queue the selected uncertain/handed-off messages again</source>
        <translation>Wstaw zaznaczone niepewne/przekazane wiadomości ponownie do kolejki</translation>
    </message>
    <message>
        <source>Hand off to &amp;webmail…</source>
        <translation>Przekaż do poczty &amp;WWW…</translation>
    </message>
    <message>
        <source>Export .&amp;eml…</source>
        <translation>Eksportuj .&amp;eml…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>Select a message to see its attempts.</source>
        <translation>Zaznacz wiadomość, aby zobaczyć próby wysyłki.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Delivery paths</source>
        <translation>Ścieżki wysyłki</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when the kit stopped. Nobody knows whether they left: look at them (state &apos;uncertain&apos;) and choose Mark sent or Send again.</source>
        <extracomment>the outbox when the last send&apos;s summary was said; None: no summary to outdate the question Send again asks of copies a later notice made obsolete, while open</extracomment>
        <translation>
            <numerusform>%n wiadomość była wysyłana, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszła: obejrzyj ją (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
            <numerusform>%n wiadomości były wysyłane, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszły: obejrzyj je (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
            <numerusform>%n wiadomości było wysyłanych, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszły: obejrzyj je (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer &amp;needed</source>
        <translation>Już &amp;niepotrzebna</translation>
    </message>
    <message>
        <source>A later notice of the incident reached these partners: the selected older copies are held, never sent</source>
        <translation>Ci partnerzy dostali późniejsze powiadomienie incydentu: zaznaczone starsze kopie zostaną wstrzymane i nigdy nie wyjdą</translation>
    </message>
    <message>
        <source>refused by the server ({reply}); the partner was told another way</source>
        <translation>odrzucona przez serwer ({reply}); partnera powiadomiono inaczej</translation>
    </message>
    <message>
        <source>The outbox changed since the last send; it now holds {counts}.</source>
        <translation>Skrzynka nadawcza zmieniła się od ostatniej wysyłki; teraz: {counts}.</translation>
    </message>
    <message>
        <source>The outbox changed since the last send; it is empty now.</source>
        <translation>Skrzynka nadawcza zmieniła się od ostatniej wysyłki; teraz jest pusta.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Skrzynka nadawcza jest pusta.</translation>
    </message>
    <message>
        <source>The server refused the selected message for good: trying it again is refused again. Have IT fix the address in the contact bundle; tell the partner another way (Told another way).</source>
        <translation>Serwer odrzucił zaznaczoną wiadomość na stałe: ponowna próba zostanie znów odrzucona. Niech dział IT poprawi adres w pakiecie kontaktów; powiadom partnera inaczej (Przekazano inaczej).</translation>
    </message>
    <message>
        <source>Message #{id} to {name} &lt;{address}&gt; ({channel})</source>
        <translation>Wiadomość nr {id} do {name} &lt;{address}&gt; ({channel})</translation>
    </message>
    <message>
        <source>State: {state} · tries: {tries} · incident: {incident}</source>
        <translation>Stan: {state} · próby: {tries} · incydent: {incident}</translation>
    </message>
    <message>
        <source>Promises the next update by {time}</source>
        <translation>Obiecuje następną aktualizację do {time}</translation>
    </message>
    <message>
        <source>Held: its promised update time passed before it could leave. It will not be sent; re-issue the notice from the incident with a new promise.</source>
        <translation>Wstrzymana: obiecany czas aktualizacji minął, zanim zdążyła wyjść. Nie zostanie wysłana; wystaw powiadomienie ponownie z incydentu, z nowym terminem.</translation>
    </message>
    <message>
        <source>Since it, {reached}: it is not sent again. Choose No longer needed.</source>
        <translation>Od tamtej pory {reached}: ta wiadomość nie zostanie wysłana ponownie. Wybierz „Już niepotrzebna”.</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Próby:</translation>
    </message>
    <message>
        <source>{time}  via {path}: {outcome}{code} — {reply}</source>
        <translation>{time}  przez {path}: {outcome}{code} — {reply}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <source>A delivery path that was down answers again: </source>
        <translation>Ścieżka dostarczania, która nie działała, znowu odpowiada: </translation>
    </message>
    <message>
        <source>Newly queued messages: </source>
        <translation>Nowe wiadomości w kolejce: </translation>
    </message>
    <message>
        <source>Automatic retry of the waiting messages: </source>
        <translation>Automatyczna ponowna próba dla czekających wiadomości: </translation>
    </message>
    <message>
        <source>Messages waiting in the Outbox: </source>
        <translation>Wiadomości czekające w skrzynce nadawczej: </translation>
    </message>
    <message>
        <source>Messages queued again: </source>
        <translation>Wiadomości ponownie w kolejce: </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <source>Sending queued messages…</source>
        <translation>Wysyłanie wiadomości z kolejki…</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Kolejka była pusta.</translation>
    </message>
    <message>
        <source>Queued messages went out</source>
        <translation>Wiadomości z kolejki zostały wysłane</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent via {paths}.</source>
        <translation>
            <numerusform>Wysłano %n wiadomość przez {paths}.</numerusform>
            <numerusform>Wysłano %n wiadomości przez {paths}.</numerusform>
            <numerusform>Wysłano %n wiadomości przez {paths}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message numerus="yes">
        <source>Queue %n message(s) to be sent again? A partner who already got one receives it twice (same Message-ID, so most mail programs show it once).</source>
        <translation>
            <numerusform>Wstawić %n wiadomość ponownie do kolejki? Partner, który już ją dostał, otrzyma ją dwa razy (ten sam Message-ID, więc większość programów pocztowych pokaże ją raz).</numerusform>
            <numerusform>Wstawić %n wiadomości ponownie do kolejki? Partner, który już je dostał, otrzyma je dwa razy (ten sam Message-ID, więc większość programów pocztowych pokaże je raz).</numerusform>
            <numerusform>Wstawić %n wiadomości ponownie do kolejki? Partner, który już je dostał, otrzyma je dwa razy (ten sam Message-ID, więc większość programów pocztowych pokaże je raz).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Nie zostanie wysłana ponownie</translation>
    </message>
    <message numerus="yes">
        <source>%n selected copy(-ies) will not be sent again: a later notice of the same incident already reached those partners, and this older one would reach them after it.</source>
        <translation>
            <numerusform>%n zaznaczona kopia nie zostanie wysłana ponownie: ten partner dostał już późniejsze powiadomienie tego samego incydentu, a ta starsza dotarłaby do niego po nim.</numerusform>
            <numerusform>%n zaznaczone kopie nie zostaną wysłane ponownie: ci partnerzy dostali już późniejsze powiadomienie tego samego incydentu, a te starsze dotarłyby do nich po nim.</numerusform>
            <numerusform>%n zaznaczonych kopii nie zostanie wysłanych ponownie: ci partnerzy dostali już późniejsze powiadomienie tego samego incydentu, a te starsze dotarłyby do nich po nim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark them no longer needed</source>
        <translation>Oznacz jako już niepotrzebne</translation>
    </message>
    <message>
        <source>Export queued e-mail as .eml files</source>
        <translation>Eksport e-maili z kolejki do plików .eml</translation>
    </message>
    <message>
        <source>Export cancelled: no file was kept; the messages stay queued.</source>
        <translation>Eksport anulowany: nie zachowano żadnego pliku; wiadomości pozostają w kolejce.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}. They are handed off: once sent from the other mail program, select them and choose Mark sent.</source>
        <translation>
            <numerusform>Zapisano %n plik .eml w {folder}. Jest przekazany: po wysłaniu z innego programu pocztowego zaznacz go i wybierz Oznacz jako wysłane.</numerusform>
            <numerusform>Zapisano %n pliki .eml w {folder}. Są przekazane: po wysłaniu z innego programu pocztowego zaznacz je i wybierz Oznacz jako wysłane.</numerusform>
            <numerusform>Zapisano %n plików .eml w {folder}. Są przekazane: po wysłaniu z innego programu pocztowego zaznacz je i wybierz Oznacz jako wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another Outage Kit window or command is sending right now. Nothing was sent from here; the messages stay queued. Press Send again when it has finished (its results show in this outbox).</source>
        <translation>Inne okno lub polecenie Outage Kit właśnie wysyła. Stąd nic nie wysłano; wiadomości czekają w kolejce. Naciśnij Wyślij ponownie, gdy tamto skończy (jego wyniki widać w tej skrzynce).</translation>
    </message>
    <message>
        <source>Another Outage Kit window or command is writing to the store (for example a backup, a restore or a large backlog import). Nothing was sent; the messages stay queued. Press Send again when it has finished.</source>
        <translation>Inne okno lub polecenie Outage Kit zapisuje do bazy (np. kopia zapasowa, przywracanie lub duży import zaległości). Nic nie wysłano; wiadomości czekają w kolejce. Naciśnij Wyślij ponownie, gdy tamto skończy.</translation>
    </message>
    <message>
        <source>Outbox busy</source>
        <translation>Skrzynka nadawcza zajęta</translation>
    </message>
    <message numerus="yes">
        <source>Queued messages wait: another Outage Kit window or command is busy (sending, a backup or an import). Trying again in %n second(s).</source>
        <translation>
            <numerusform>Wiadomości czekają: inne okno lub polecenie Outage Kit jest zajęte (wysyłanie, kopia zapasowa lub import). Ponowna próba za %n sekundę.</numerusform>
            <numerusform>Wiadomości czekają: inne okno lub polecenie Outage Kit jest zajęte (wysyłanie, kopia zapasowa lub import). Ponowna próba za %n sekundy.</numerusform>
            <numerusform>Wiadomości czekają: inne okno lub polecenie Outage Kit jest zajęte (wysyłanie, kopia zapasowa lub import). Ponowna próba za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: the planned maintenance starts in {left}, at {start}, and is planned to end at {end}.</source>
        <translation>Przypomnienie: prace planowane zaczną się za {left} ({start}); planowany koniec: {end}.</translation>
    </message>
    <message>
        <source>The planned maintenance started at {start}. It is planned to end at {end}.</source>
        <translation>Prace planowane rozpoczęły się {start}. Planowany koniec: {end}.</translation>
    </message>
    <message>
        <source>The planned maintenance takes longer than planned: the window, planned to end at {old_end}, now ends at {new_end}.</source>
        <translation>Prace planowane potrwają dłużej, niż planowano: okno, które miało się zakończyć {old_end}, kończy się teraz {new_end}.</translation>
    </message>
    <message>
        <source>The planned maintenance has moved. New window: {start} to {end} (was {old_start} to {old_end}).</source>
        <translation>Prace planowane zostały przeniesione. Nowe okno: od {start} do {end} (wcześniej od {old_start} do {old_end}).</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Powód: {reason}</translation>
    </message>
</context>
<context>
    <name>PathLights</name>
    <message>
        <source>paths: {dots} checking…</source>
        <translation>ścieżki: {dots} sprawdzanie…</translation>
    </message>
    <message>
        <source>paths: checking…</source>
        <translation>ścieżki: sprawdzanie…</translation>
    </message>
    <message>
        <source>Probing the delivery paths…</source>
        <translation>Sprawdzanie ścieżek wysyłki…</translation>
    </message>
    <message>
        <source>works</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>NIE DZIAŁA</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>wyłączona</translation>
    </message>
    <message>
        <source>paths: &lt;span style=&apos;color:{RED}&apos;&gt;none set up&lt;/span&gt; · .eml ●</source>
        <translation>ścieżki: &lt;span style=&apos;color:{RED}&apos;&gt;brak skonfigurowanych&lt;/span&gt; · .eml ●</translation>
    </message>
    <message>
        <source>paths: </source>
        <translation>ścieżki: </translation>
    </message>
    <message>
        <source>.eml export: always available</source>
        <translation>eksport .eml: zawsze dostępny</translation>
    </message>
    <message>
        <source>

Click to probe again.</source>
        <translation>

Kliknij, aby sprawdzić ponownie.</translation>
    </message>
</context>
<context>
    <name>PathSteps</name>
    <message>
        <source>port</source>
        <extracomment>steps named in the kit&apos;s words; a protocol&apos;s or a modem&apos;s own (DNS, TCP, TLS, EHLO, AUTH, AT, SIM, an AT command such as AT+CSQ) stay as they are in every language</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>network</source>
        <translation>sieć</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>sygnał</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>tryb</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>raporty doręczenia</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>PathWords</name>
    <message>
        <source>SMTP server</source>
        <translation>serwer SMTP</translation>
    </message>
    <message>
        <source>webmail</source>
        <translation>poczta WWW</translation>
    </message>
    <message>
        <source>GSM modem</source>
        <translation>modem GSM</translation>
    </message>
    <message>
        <source>.eml files</source>
        <translation>pliki .eml</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Reply-To</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Źródłowy adres IP</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Plik CA</translation>
    </message>
    <message>
        <source>none (no TLS)</source>
        <translation>brak (bez TLS)</translation>
    </message>
</context>
<context>
    <name>PathsPage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>SMTP server…</source>
        <translation>Serwer SMTP…</translation>
    </message>
    <message>
        <source>Webmail…</source>
        <translation>Poczta WWW…</translation>
    </message>
    <message>
        <source>GSM modem…</source>
        <translation>Modem GSM…</translation>
    </message>
    <message>
        <source>&amp;Add path</source>
        <translation>&amp;Dodaj ścieżkę</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <source>Use the &amp;bundle&apos;s settings</source>
        <translation>Użyj ustawień z &amp;pakietu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Probe now</source>
        <translation>&amp;Sprawdź teraz</translation>
    </message>
    <message>
        <source>Paths are tried top to bottom; untick one to switch it off. The contact bundle defines them; your order and edits here stay when a new bundle arrives.</source>
        <translation>Ścieżki są próbowane od góry do dołu; odznacz ścieżkę, aby ją wyłączyć. Definiuje je pakiet kontaktów; kolejność i zmiany wprowadzone tutaj zostają po nadejściu nowego pakietu.</translation>
    </message>
    <message>
        <source>The bundle&apos;s delivery.toml has problems (its paths are not used): </source>
        <translation>Plik delivery.toml z pakietu zawiera błędy (jego ścieżki nie są używane): </translation>
    </message>
    <message>
        <source>works</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>NIE DZIAŁA</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <source>bundle, edited here</source>
        <translation>pakiet, zmieniona tutaj</translation>
    </message>
    <message>
        <source>Set SIM &amp;PIN…</source>
        <translation>Ustaw &amp;PIN karty SIM…</translation>
    </message>
    <message>
        <source>No delivery paths yet: import a contact bundle, or add one.</source>
        <translation>Brak ścieżek wysyłki: zaimportuj pakiet kontaktów albo dodaj ścieżkę.</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Ostatnie sprawdzenie</translation>
    </message>
    <message>
        <source>SIM PIN</source>
        <translation>PIN karty SIM</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Hasło SMTP</translation>
    </message>
    <message>
        <source>{title} for {name}:</source>
        <translation>{title} dla {name}:</translation>
    </message>
    <message>
        <source>the OS keyring</source>
        <translation>systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>the encrypted store</source>
        <translation>zaszyfrowanej bazie</translation>
    </message>
    <message>
        <source>{title} kept in {place}.</source>
        <translation>{title} przechowywane w {place}.</translation>
    </message>
    <message>
        <source>Remove path</source>
        <translation>Usuwanie ścieżki</translation>
    </message>
    <message>
        <source>Remove the local path {name}?</source>
        <translation>Usunąć lokalną ścieżkę {name}?</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>{0} has no plan.</source>
        <translation>{0} nie ma planu.</translation>
    </message>
    <message>
        <source>Edit the plan — {0}</source>
        <translation>Edycja planu — {0}</translation>
    </message>
    <message>
        <source>Before the start, e.g. &apos;72h, 24h, 1h&apos;, or &apos;none&apos;</source>
        <translation>Przed początkiem, np. &apos;72h, 24h, 1h&apos; albo &apos;none&apos;</translation>
    </message>
    <message>
        <source>Send a &apos;work started&apos; notice at the start</source>
        <translation>Wyślij na początku powiadomienie o rozpoczęciu prac</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Zapisz plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Przypomnienia</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>User name (empty: no login)</source>
        <translation>Nazwa użytkownika (puste: bez logowania)</translation>
    </message>
    <message>
        <source>Reply-To (optional)</source>
        <translation>Reply-To (opcjonalnie)</translation>
    </message>
    <message>
        <source>Source IP (optional)</source>
        <translation>Źródłowy adres IP (opcjonalnie)</translation>
    </message>
    <message>
        <source>CA file (optional)</source>
        <translation>Plik CA (opcjonalnie)</translation>
    </message>
    <message>
        <source>Edit {kind} path</source>
        <translation>Edycja ścieżki: {kind}</translation>
    </message>
    <message>
        <source>New {kind} path</source>
        <translation>Nowa ścieżka: {kind}</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Compose URL</source>
        <translation>URL tworzenia wiadomości</translation>
    </message>
    <message>
        <source>&apos;gmail&apos;, &apos;outlook&apos;, or an https:// URL with {{bcc}}, {{subject}} and {{body}}. Presets: {COMPOSE_PRESETS}.</source>
        <translation>&apos;gmail&apos;, &apos;outlook&apos; albo adres https:// z {{bcc}}, {{subject}} i {{body}}. Gotowe ustawienia: {COMPOSE_PRESETS}.</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port szeregowy</translation>
    </message>
    <message>
        <source>/dev/ttyUSB2 or COM4</source>
        <translation>/dev/ttyUSB2 lub COM4</translation>
    </message>
    <message>
        <source>Baud</source>
        <translation>Szybkość (bod)</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nie zapisano: </translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Still working: incidents, contacts, runbooks, templates, the audit log, and writing a notice to copy into webmail or save as .eml files on another disk (a USB stick). Needs room, so switched off: sending, queueing, imports, backups, settings and every other change.</source>
        <extracomment>what works on a store that cannot be written: reading, and a notice handed out by hand how often the window looks whether there is room again</extracomment>
        <translation>Działa nadal: incydenty, kontakty, procedury, szablony, dziennik audytu oraz pisanie powiadomienia do skopiowania do poczty WWW lub zapisania jako pliki .eml na innym dysku (pendrive). Wymaga miejsca, więc wyłączone: wysyłanie, kolejkowanie, importy, kopie zapasowe, ustawienia i wszystkie inne zmiany.</translation>
    </message>
    <message>
        <source>The disk holding {home} is full: the kit is open read-only.</source>
        <translation>Dysk, na którym jest {home}, jest pełny: zestaw jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>The kit&apos;s data folder {home} cannot be written: the kit is open read-only.</source>
        <translation>W folderze danych zestawu {home} nie można zapisywać: zestaw jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>Make the folder writable again (a read-only disk or its permissions: {why}), then press Check again.</source>
        <translation>Przywróć możliwość zapisu w folderze (dysk tylko do odczytu lub uprawnienia: {why}), potem naciśnij Sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Free at least {needed} on the disk at {disk} ({free} free now), for example by moving older backups from {backups} ({size}) or other large files to another disk.</source>
        <translation>Zwolnij co najmniej {needed} na dysku {disk} (teraz wolne: {free}), na przykład przenosząc starsze kopie zapasowe z {backups} ({size}) lub inne duże pliki na inny dysk.</translation>
    </message>
    <message>
        <source>Free at least {needed} on the disk at {disk} ({free} free now): move large files you do not need there (downloads, exports, copies of other data) to another disk, or delete them.</source>
        <translation>Zwolnij co najmniej {needed} na dysku {disk} (teraz wolne: {free}): przenieś niepotrzebne duże pliki (pobrane, eksporty, kopie innych danych) na inny dysk albo je usuń.</translation>
    </message>
    <message>
        <source>The kit looks again every 30 seconds, or press Check again; it returns to normal by itself.</source>
        <translation>Zestaw sprawdza co 30 sekund, możesz też nacisnąć Sprawdź ponownie; sam wróci do normalnej pracy.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message>
        <source>This part of the kit needs to write to the store, and it cannot now:

{why}

The banner at the top says what to free. Meanwhile a notice can still be written (New disaster notice) and handed out by webmail or as .eml files.</source>
        <translation>Ta część zestawu musi zapisywać w bazie, a teraz nie może:

{why}

Pasek u góry mówi, co zwolnić. Tymczasem nadal można napisać powiadomienie (Nowe powiadomienie o awarii) i przekazać je pocztą WWW lub jako pliki .eml.</translation>
    </message>
</context>
<context>
    <name>RecordColumn</name>
    <message>
        <source>Quarantine ID</source>
        <extracomment>rows a page: a full-height window&apos;s and more (see PAGE: the cost of a cold first page) pages of full records kept (some 3,000 rows), reloaded by id when the view scrolls back</extracomment>
        <translation>ID kwarantanny</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Data połączenia</translation>
    </message>
    <message>
        <source>Service identifier</source>
        <translation>Identyfikator usługi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Powód kwarantanny</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Tariff key</source>
        <translation>Klucz taryfy</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>not in the guide</source>
        <translation>spoza przewodnika</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a record to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Zaznacz rekord, aby zobaczyć szczegóły.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quarantine ID</source>
        <translation>ID kwarantanny</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service identifier</source>
        <translation>Identyfikator usługi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Carrier file type</source>
        <translation>Typ pliku przewoźnika</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>Numer partii</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Plik partii</translation>
    </message>
    <message>
        <source>Tariff key</source>
        <translation>Klucz taryfy</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Data połączenia</translation>
    </message>
    <message>
        <source>Date updated</source>
        <translation>Data aktualizacji</translation>
    </message>
    <message>
        <source>Date released</source>
        <translation>Data zwolnienia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Recommended action:</source>
        <translation>Zalecane działanie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ This reason is not in the quarantine guide.&lt;/b&gt; It was kept as billing wrote it; ask billing operations what it means before deciding.</source>
        <translation>&lt;b&gt;⚠ Tego powodu nie ma w przewodniku kwarantanny.&lt;/b&gt; Zachowano go tak, jak zapisał go billing; zanim zdecydujesz, zapytaj zespół operacji billingowych, co oznacza.</translation>
    </message>
    <message>
        <source>No quarantine reason was given.</source>
        <translation>Nie podano powodu kwarantanny.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{quarantine_id}&lt;/h2&gt;&lt;table&gt;{table}&lt;/table&gt;{guide}</source>
        <translation>&lt;h2&gt;{quarantine_id}&lt;/h2&gt;&lt;table&gt;{table}&lt;/table&gt;{guide}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Decisions&lt;/h3&gt;&lt;ul&gt;{changes}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Decyzje&lt;/h3&gt;&lt;ul&gt;{changes}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save search…</source>
        <extracomment>rows whose text sizes the columns, and how many of a column&apos;s longest texts are measured records changed (import, decision, undo): the dashboard should refresh</extracomment>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Delete saved</source>
        <translation>Usuń zapisane</translation>
    </message>
    <message>
        <source>Import export…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Write-off report…</source>
        <translation>Raport odpisów…</translation>
    </message>
    <message>
        <source>Export decisions…</source>
        <translation>Eksport decyzji…</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Zaznacz rekord, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Undo last action</source>
        <translation>Cofnij ostatnią</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Zapisane wyszukiwania</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Zastosuj do</translation>
    </message>
    <message>
        <source>No record&apos;s Quarantine ID is {text}, but some start with it: Find needs the whole Quarantine ID (a service identifier or batch file can be its start).</source>
        <translation>Żaden rekord nie ma ID kwarantanny {text}, ale niektóre się od niego zaczynają: pole Znajdź wymaga całego ID kwarantanny (identyfikator usługi lub plik wsadowy może być jego początkiem).</translation>
    </message>
    <message>
        <source>over {0} matching</source>
        <translation>ponad {0} pasujących</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s)</source>
        <translation>
            <numerusform>%Ln pasujący rekord</numerusform>
            <numerusform>%Ln pasujące rekordy</numerusform>
            <numerusform>%Ln pasujących rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>selected rows ({selected})</source>
        <translation>zaznaczone wiersze ({selected})</translation>
    </message>
    <message>
        <source>all matching the search ({matches})</source>
        <translation>wszystkie pasujące ({matches})</translation>
    </message>
    <message>
        <source>No record matches the search: nothing to decide. Change the search.</source>
        <translation>Żaden rekord nie pasuje do wyszukiwania: nie ma czego rozstrzygać. Zmień wyszukiwanie.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>zaznaczone</translation>
    </message>
    <message>
        <source>all matching: {criteria}</source>
        <translation>wszystkie pasujące: {criteria}</translation>
    </message>
    <message>
        <source>Setting records to {status}…</source>
        <translation>Ustawianie rekordów na: {status}…</translation>
    </message>
    <message>
        <source>✔ {summary} Undo is possible until the next action.</source>
        <translation>✔ {summary} Cofnięcie jest możliwe do następnej akcji.</translation>
    </message>
    <message>
        <source>{summary} Nothing changed.</source>
        <translation>{summary} Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Cofnij {action}</translation>
    </message>
    <message>
        <source>Undo {action}?</source>
        <translation>Cofnąć {action}?</translation>
    </message>
    <message>
        <source>This action was not taken in this window.</source>
        <translation>Tej akcji nie wykonano w tym oknie.</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>Cofnij ją</translation>
    </message>
    <message numerus="yes">
        <source>↶ Undone {action}: %Ln record(s) put back.</source>
        <translation>
            <numerusform>↶ Cofnięto {action}: przywrócono %Ln rekord.</numerusform>
            <numerusform>↶ Cofnięto {action}: przywrócono %Ln rekordy.</numerusform>
            <numerusform>↶ Cofnięto {action}: przywrócono %Ln rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write-off report</source>
        <translation>Raport odpisów</translation>
    </message>
    <message>
        <source>write-offs.pdf</source>
        <translation>odpisy.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>✔ Write-off report written to {path}.</source>
        <translation>✔ Raport odpisów zapisano do {path}.</translation>
    </message>
    <message>
        <source>Writing the write-off report…</source>
        <translation>Zapisywanie raportu odpisów…</translation>
    </message>
    <message>
        <source>Decisions for billing</source>
        <translation>Decyzje dla billingu</translation>
    </message>
    <message>
        <source>decisions.csv</source>
        <translation>decyzje.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>✔ %Ln decision(s) written to {path}.</source>
        <translation>
            <numerusform>✔ Zapisano %Ln decyzję do {path}.</numerusform>
            <numerusform>✔ Zapisano %Ln decyzje do {path}.</numerusform>
            <numerusform>✔ Zapisano %Ln decyzji do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting decisions…</source>
        <translation>Eksportowanie decyzji…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wybierz)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Zapisywanie wyszukiwania</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Nazwa tego wyszukiwania:</translation>
    </message>
    <message>
        <source>Write-off report cancelled: no file was written.</source>
        <translation>Raport odpisów anulowano: nie zapisano żadnego pliku.</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>Re-issue held copies — {0}</source>
        <translation>Ponowne wystawienie wstrzymanych kopii — {0}</translation>
    </message>
    <message>
        <source>The plan&apos;s next notice: {0}</source>
        <translation>Następne powiadomienie z planu: {0}</translation>
    </message>
    <message>
        <source>none: the window has ended (extend it or send the completion)</source>
        <translation>brak: okno się skończyło (przedłuż je lub wyślij zakończenie)</translation>
    </message>
    <message>
        <source>Promised next notice</source>
        <translation>Obiecane następne powiadomienie</translation>
    </message>
    <message>
        <source>e.g. 04:30 or 2026-03-15 04:30</source>
        <translation>np. 04:30 lub 2026-03-15 04:30</translation>
    </message>
    <message>
        <source>New &amp;promised update (local time)</source>
        <translation>Nowa &amp;obiecana informacja (czas lokalny)</translation>
    </message>
    <message>
        <source>⚠ The SMS modem ({path}) failed its last check: {detail}. Re-issued SMS copies wait in the outbox until it does; check its cable and SIM (Outbox → Delivery paths → Probe now) first, or text those partners from another phone and record it (Told another way…).</source>
        <translation>⚠ Modem SMS ({path}) nie przeszedł ostatniego sprawdzenia: {detail}. Ponownie wystawione kopie SMS poczekają w skrzynce nadawczej, aż zacznie działać; najpierw sprawdź jego kabel i kartę SIM (Skrzynka nadawcza → Ścieżki wysyłki → Sprawdź teraz) albo wyślij SMS do tych partnerów z innego telefonu i zapisz to (Przekazano inaczej…).</translation>
    </message>
    <message>
        <source>&amp;Re-issue</source>
        <translation>&amp;Wystaw ponownie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <source>The announcement again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Zapowiedź jeszcze raz, napisana teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Zapowiedź jeszcze raz, napisana teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Zapowiedź jeszcze raz, napisana teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The initial notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Powiadomienie wstępne jeszcze raz, napisane teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie wstępne jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie wstępne jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The update again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Aktualizacja jeszcze raz, napisana teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Aktualizacja jeszcze raz, napisana teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Aktualizacja jeszcze raz, napisana teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The resolution notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Powiadomienie o usunięciu awarii jeszcze raz, napisane teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o usunięciu awarii jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o usunięciu awarii jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The completion notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Powiadomienie o zakończeniu prac jeszcze raz, napisane teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o zakończeniu prac jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o zakończeniu prac jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cancellation notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>Powiadomienie o odwołaniu prac jeszcze raz, napisane teraz, do %n partnera, którego kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o odwołaniu prac jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
            <numerusform>Powiadomienie o odwołaniu prac jeszcze raz, napisane teraz, do %n partnerów, których kopie wstrzymano, tylko tymi samymi kanałami: {who}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (*.html)</source>
        <translation>Strona WWW, jeden plik (*.html)</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per notice (*.csv)</source>
        <translation>Arkusz, jeden wiersz na powiadomienie (*.csv)</translation>
    </message>
    <message>
        <source>Choose an incident or a period, then Preview.</source>
        <translation>Wybierz incydent lub okres, potem Podgląd.</translation>
    </message>
    <message>
        <source>Export {upper}…</source>
        <translation>Eksportuj {upper}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation>Odczytywanie incydentów…</translation>
    </message>
    <message>
        <source>{title}: check it here, then export it.</source>
        <translation>{title}: sprawdź tutaj, potem wyeksportuj.</translation>
    </message>
    <message>
        <source>Export the report as {upper}</source>
        <translation>Eksport raportu jako {upper}</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Zapisywanie {name}…</translation>
    </message>
    <message>
        <source>Saved {out}</source>
        <translation>Zapisano {out}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n incident(s)</source>
        <translation>
            <numerusform>{done} z %n incydentu</numerusform>
            <numerusform>{done} z %n incydentów</numerusform>
            <numerusform>{done} z %n incydentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook, a sheet per table (*.xlsx)</source>
        <translation>Skoroszyt Excel, arkusz na tabelę (*.xlsx)</translation>
    </message>
    <message>
        <source>{out} could not be written ({reason}). Nothing was saved; choose another folder or file name.</source>
        <translation>Nie można zapisać {out} ({reason}). Nic nie zapisano; wybierz inny folder lub inną nazwę pliku.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>One incident</source>
        <translation>Jeden incydent</translation>
    </message>
    <message>
        <source>Every incident in a period</source>
        <translation>Wszystkie incydenty w okresie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to (included)</source>
        <translation>do (włącznie)</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>Brak incydentów</translation>
    </message>
    <message>
        <source>There is no incident to report on yet.</source>
        <translation>Nie ma jeszcze incydentu, o którym można sporządzić raport.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Checking the backup before anything changes…</source>
        <translation>Sprawdzanie kopii, zanim cokolwiek się zmieni…</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message>
        <source>The backup is sound. Restoring it takes back what changed since:</source>
        <translation>Kopia jest poprawna. Przywrócenie jej cofnie zmiany wprowadzone od tamtej pory:</translation>
    </message>
    <message>
        <source>Restore it anyway? The store as it is now has been kept as a backup (before-restore).</source>
        <translation>Przywrócić mimo to? Obecny stan bazy zachowano jako kopię (before-restore).</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <source>The encrypted store failed its integrity check:</source>
        <translation>Zaszyfrowana baza nie przeszła kontroli integralności:</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Baza uszkodzona</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>Nie znaleziono nieuszkodzonej kopii zapasowej.</translation>
    </message>
    <message>
        <source>Restore the newest good backup ({time} UTC)? The damaged file is kept aside.</source>
        <translation>Przywrócić najnowszą dobrą kopię zapasową ({time} UTC)? Uszkodzony plik zostanie odłożony na bok.</translation>
    </message>
    <message>
        <source>The kit is still checking the store or a delivery path in the background. Nothing was changed. Try the restore again in a minute.</source>
        <translation>Zestaw wciąż sprawdza w tle bazę albo ścieżkę doręczenia. Nic nie zostało zmienione. Spróbuj przywrócić kopię ponownie za minutę.</translation>
    </message>
</context>
<context>
    <name>RunbooksSection</name>
    <message>
        <source>Search runbooks (title and text)</source>
        <translation>Szukaj w procedurach (tytuł i treść)</translation>
    </message>
    <message>
        <source>No runbooks yet. They arrive with the contact bundle from IT: Kit ▸ Import contact bundle…, or drop the bundle file onto this window.</source>
        <translation>Brak procedur. Przychodzą z pakietem kontaktów od działu IT: Zestaw ▸ Importuj pakiet kontaktów… albo upuść plik pakietu na to okno.</translation>
    </message>
    <message>
        <source>Import contact bundle…</source>
        <translation>Importuj pakiet kontaktów…</translation>
    </message>
    <message>
        <source>No runbook mentions “{text}”.</source>
        <translation>Żadna instrukcja nie wspomina „{text}”.</translation>
    </message>
    <message>
        <source>No runbook has “{text}”; these have a similar word:</source>
        <translation>Żadna instrukcja nie zawiera „{text}”; te mają podobne słowo:</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Quarantine ID, or start of service identifier / batch file</source>
        <translation>ID kwarantanny albo początek identyfikatora usługi / pliku partii</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Any quarantine</source>
        <translation>Dowolna kwarantanna</translation>
    </message>
    <message>
        <source>starts with, e.g. 4670</source>
        <translation>zaczyna się od, np. 4670</translation>
    </message>
    <message>
        <source>e.g. CDR</source>
        <translation>np. CDR</translation>
    </message>
    <message>
        <source>Reason not in the guide</source>
        <translation>Powód spoza listy</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Batch no.</source>
        <translation>Nr partii</translation>
    </message>
    <message>
        <source>Tariff key</source>
        <translation>Klucz taryfy</translation>
    </message>
    <message>
        <source>Call date from</source>
        <translation>Data połączenia od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Typ pliku</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Zmieniono od</translation>
    </message>
    <message>
        <source>Released from</source>
        <translation>Zwolniono od</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Mniej filtrów</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Więcej filtrów</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Dowolny powód</translation>
    </message>
    <message>
        <source>Any carrier</source>
        <translation>Dowolny przewoźnik</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Zaległości</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Procedury</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Timers and limits</source>
        <translation>Czasy i limity</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Rotate the store key…</source>
        <translation>Wymień klucz bazy…</translation>
    </message>
    <message>
        <source>Re-encrypts the store and its backups with a new key (needs the current passphrase).</source>
        <translation>Ponownie szyfruje bazę i jej kopie zapasowe nowym kluczem (wymaga obecnego hasła).</translation>
    </message>
    <message>
        <source>Operator: &lt;b&gt;{operator}&lt;/b&gt;</source>
        <translation>Operator: &lt;b&gt;{operator}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>· data folder: {home}</source>
        <translation>· folder danych: {home}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Użyj tego języka</translation>
    </message>
    <message>
        <source>The window and the command line speak this language on this workstation; dates and numbers follow it too.</source>
        <translation>Okno i wiersz poleceń używają tego języka na tym stanowisku; daty i liczby również się do niego stosują.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ustawienia zapisane.</translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Nie zmieniono:</translation>
    </message>
    <message>
        <source>Recovery passphrase changed. Keep the new one safe.</source>
        <translation>Hasło odzyskiwania zmienione. Przechowuj nowe w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Rotate the store key</source>
        <translation>Wymiana klucza bazy</translation>
    </message>
    <message>
        <source>Re-encrypt the store and every backup in {backups} with a new random key? The recovery passphrase stays the same. Enter it in &apos;Current passphrase&apos; first.

Copies kept outside the data folder (made with &apos;outage-kit backup --out&apos;, or copied to a USB stick) keep the OLD key and will no longer restore: make a new off-site copy right after.</source>
        <translation>Zaszyfrować ponownie bazę i każdą kopię zapasową w {backups} nowym losowym kluczem? Hasło odzyskiwania pozostaje bez zmian. Najpierw wpisz je w polu „Obecne hasło”.

Kopie trzymane poza folderem danych (zrobione przez „outage-kit backup --out” albo skopiowane na pendrive) zachowują STARY klucz i nie dadzą się już przywrócić: zaraz potem zrób nową kopię poza komputerem.</translation>
    </message>
    <message>
        <source>The store key was rotated. Copies kept elsewhere (made with &apos;outage-kit backup --out&apos;, or copied by hand to a USB stick) still have the OLD key and no longer restore. Make a new off-site copy now: Backups ▸ Make a backup now, then copy the newest file from {backups} to the stick, or run &apos;outage-kit backup --out FILE&apos;.</source>
        <translation>Klucz bazy został wymieniony. Kopie trzymane gdzie indziej (zrobione przez „outage-kit backup --out” albo ręcznie skopiowane na pendrive) mają nadal STARY klucz i nie dadzą się już przywrócić. Zrób teraz nową kopię poza komputerem: Kopie zapasowe ▸ Utwórz kopię teraz, potem skopiuj najnowszy plik z {backups} na pendrive, albo uruchom „outage-kit backup --out PLIK”.</translation>
    </message>
    <message>
        <source>Off-site copies this kit made (they keep the old key):</source>
        <translation>Kopie poza komputerem zrobione przez ten zestaw (mają stary klucz):</translation>
    </message>
</context>
<context>
    <name>SettlingDialog</name>
    <message>
        <source>Opening the store</source>
        <translation>Otwieranie bazy</translation>
    </message>
    <message>
        <source>Finishing what a stopped Outage Kit left half-done…</source>
        <translation>Kończenie tego, co zatrzymany Outage Kit zostawił w połowie…</translation>
    </message>
    <message>
        <source>{step}… {done} of {total} records</source>
        <translation>{step}… {done} z {total} rekordów</translation>
    </message>
</context>
<context>
    <name>SignerChoice</name>
    <message>
        <source>optional: IT&apos;s bundle signing key (.pub)</source>
        <translation>opcjonalnie: klucz IT do podpisu pakietów (.pub)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Trusted bundle signer</source>
        <translation>Zaufany sygnatariusz pakietów</translation>
    </message>
    <message>
        <source>IT&apos;s bundle signing key</source>
        <translation>Klucz działu IT do podpisywania pakietów</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Klucze publiczne (*.pub)</translation>
    </message>
    <message>
        <source>Not a signing key: {err}</source>
        <translation>To nie jest klucz podpisujący: {err}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint} — compare it with the one IT gave you.</source>
        <translation>Odcisk {fingerprint} — porównaj go z odciskiem podanym przez dział IT.</translation>
    </message>
</context>
<context>
    <name>TemplatesSection</name>
    <message>
        <source>&amp;Save as local edit</source>
        <extracomment>counts checks; a result for an older text (or template) is dropped the text that passed the check last, the only text Save stores</extracomment>
        <translation>&amp;Zapisz jako zmianę lokalną</translation>
    </message>
    <message>
        <source>Re&amp;vert unsaved changes</source>
        <translation>&amp;Cofnij niezapisane zmiany</translation>
    </message>
    <message>
        <source>&amp;Remove local edit</source>
        <translation>&amp;Usuń zmianę lokalną</translation>
    </message>
    <message>
        <source>Use the shipped (or bundle) template again</source>
        <translation>Wróć do szablonu dostarczonego z programem (lub z pakietu)</translation>
    </message>
    <message>
        <source>&amp;Template source (first line &apos;Subject: …&apos;, a blank line, the body)</source>
        <translation>Źródło &amp;szablonu (pierwszy wiersz &apos;Subject: …&apos;, pusty wiersz, treść)</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Podgląd z przykładowymi wartościami:</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Niezapisany szablon</translation>
    </message>
    <message>
        <source>The template you are editing has unsaved changes. Save them?</source>
        <translation>Edytowany szablon ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>The template was not saved: {problems}
Correct it, or choose Discard to leave it.</source>
        <translation>Szablon nie został zapisany: {problems}
Popraw go albo wybierz Odrzuć, aby go opuścić.</translation>
    </message>
    <message>
        <source>Checking the template before saving it…</source>
        <translation>Sprawdzanie szablonu przed zapisaniem…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>the template could not be checked: {error}</source>
        <translation>nie udało się sprawdzić szablonu: {error}</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>Sprawdzanie szablonu…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>
Fields: {listed}</source>
        <translation>
Pola: {listed}</translation>
    </message>
    <message>
        <source>✔ No problems. Fields this template needs: {listed}</source>
        <translation>✔ Bez problemów. Pola wymagane przez ten szablon: {listed}</translation>
    </message>
    <message>
        <source>✖ The template could not be checked: {error}</source>
        <translation>✖ Nie udało się sprawdzić szablonu: {error}</translation>
    </message>
    <message>
        <source>The {origin} template comes back: {path}.</source>
        <translation>Wraca szablon ({origin}): {path}.</translation>
    </message>
    <message>
        <source>There is no {origin} template of its own for this language: {language} partners then get {path}.</source>
        <translation>Nie ma własnego szablonu ({origin}) dla tego języka: partnerzy o języku {language} dostaną wtedy {path}.</translation>
    </message>
    <message>
        <source>No template is left for this language.</source>
        <translation>Dla tego języka nie zostaje żaden szablon.</translation>
    </message>
    <message>
        <source>The bundle&apos;s own text of it is not on this kit (an older version of the kit replaced it with the local edit). Importing the same bundle again puts it back.</source>
        <translation>Własnego tekstu pakietu dla niego nie ma w zestawie (starsza wersja zestawu zastąpiła go lokalną zmianą). Ponowny import tego samego pakietu go przywróci.</translation>
    </message>
    <message>
        <source>Remove local edit</source>
        <translation>Usuń lokalną zmianę</translation>
    </message>
    <message>
        <source>Remove the local edit of {path}? It cannot be undone.</source>
        <translation>Usunąć lokalną zmianę {path}? Tego nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>ToldDialog</name>
    <message>
        <source>Told them another way — {stage}</source>
        <translation>Przekazano inaczej — {stage}</translation>
    </message>
    <message>
        <source>Notice: {stage}</source>
        <translation>Dotyczy: {stage}</translation>
    </message>
    <message>
        <source>These partners have this notice by no path yet. Tick those you told (phoned, texted from your own phone, …) and say how; it is recorded and audited, and their copies listed here are not sent after. Partners who have it already (by e-mail, SMS or told another way) are not listed: their copies on other paths go out when those paths work.</source>
        <translation>Ci partnerzy nie mają jeszcze tego powiadomienia żadną drogą. Zaznacz tych, których powiadomiłeś (telefon, SMS z własnego telefonu, …) i napisz jak; zostanie to odnotowane w dzienniku audytu, a wymienione tu kopie nie zostaną już wysłane. Partnerzy, którzy już je mają (e-mailem, SMS-em albo przekazane inaczej), nie są tu wymienieni: ich kopie innymi drogami wyjdą, gdy te drogi zadziałają.</translation>
    </message>
    <message>
        <source>{channel} {address} ({state})</source>
        <translation>{channel} {address} ({state})</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <source>{name}
    {copies}</source>
        <translation>{name}
    {copies}</translation>
    </message>
    <message>
        <source>e.g. &apos;phoned the NOC&apos;, &apos;SMS from my own phone&apos;</source>
        <translation>np. „zadzwoniłem do NOC”, „SMS z mojego telefonu”</translation>
    </message>
    <message>
        <source>How did you tell them?</source>
        <translation>Jak ich powiadomiłeś?</translation>
    </message>
</context>
<context>
    <name>WindowChangeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Partners read: {0}</source>
        <translation>Partnerzy przeczytają: {0}</translation>
    </message>
    <message>
        <source>Without words of their own, the partners who read {0} get the English ones (the notice tells them the details are in English).</source>
        <translation>Bez własnego tekstu partnerzy czytający ({0}) przeczytają angielski (powiadomienie powie im, że szczegóły są po angielsku).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>disaster</source>
        <extracomment>code → the name shown in Settings, written in that language English, installed but not read yet: its file holds only the plural forms (&quot;1 day&quot;, &quot;2 days&quot;), so it is read when a message is first translated, not at every start</extracomment>
        <translation>awaria</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>prace planowane</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>wstępne</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualizacja</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofany</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłana</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudana</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>niepewna</translation>
    </message>
    <message>
        <source>handed-off</source>
        <translation>przekazana</translation>
    </message>
    <message>
        <source>held</source>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>zastąpiona</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>doręczona</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>zmieniony</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ręczna</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dzienna</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>przed zmianą klucza</translation>
    </message>
    <message>
        <source>pre-migration</source>
        <translation>przed migracją</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>zapasowy</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokalny</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n w trakcie wysyłania</numerusform>
            <numerusform>%n w trakcie wysyłania</numerusform>
            <numerusform>%n w trakcie wysyłania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłana</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n niepewna</numerusform>
            <numerusform>%n niepewne</numerusform>
            <numerusform>%n niepewnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed-off</source>
        <translation>
            <numerusform>%n przekazana</numerusform>
            <numerusform>%n przekazane</numerusform>
            <numerusform>%n przekazanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n wstrzymana</numerusform>
            <numerusform>%n wstrzymane</numerusform>
            <numerusform>%n wstrzymanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n doręczona</numerusform>
            <numerusform>%n doręczone</numerusform>
            <numerusform>%n doręczonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n superseded</source>
        <translation>
            <numerusform>%n zastąpiona</numerusform>
            <numerusform>%n zastąpione</numerusform>
            <numerusform>%n zastąpionych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffPdf</name>
    <message>
        <source>Writing the write-off report…</source>
        <translation>Zapisywanie raportu odpisów…</translation>
    </message>
    <message>
        <source>Write-off report</source>
        <translation>Raport odpisów</translation>
    </message>
    <message>
        <source>Cancelling: no file will be written…</source>
        <translation>Anulowanie: żaden plik nie zostanie zapisany…</translation>
    </message>
</context>
<context>
    <name>ui.contacts.demo_choice</name>
    <message>
        <source>&amp;Load demo data (invented DEMO partners) to try every flow now</source>
        <translation>&amp;Wczytaj dane demonstracyjne (zmyśleni partnerzy DEMO), aby od razu wypróbować wszystkie funkcje</translation>
    </message>
    <message>
        <source>Example.com partners in every group and language, and a DEMO backlog of quarantine records and balance snapshots. Importing a signed contact bundle replaces the partners.</source>
        <translation>Partnerzy z example.com w każdej grupie i języku oraz zaległości DEMO: rekordy z kwarantanny i stany sald. Import podpisanego pakietu kontaktów zastępuje tych partnerów.</translation>
    </message>
</context>
<context>
    <name>ui.errors</name>
    <message>
        <source>the data folder</source>
        <translation>folder danych</translation>
    </message>
    <message>
        <source>Outage Kit</source>
        <translation>Outage Kit</translation>
    </message>
    <message>
        <source>Outage Kit — internal error</source>
        <translation>Outage Kit — błąd wewnętrzny</translation>
    </message>
    <message>
        <source>Something went wrong inside Outage Kit. This is a bug, not your mistake. The kit keeps running and nothing stored was lost.</source>
        <translation>Wewnątrz programu Outage Kit wystąpił błąd. To usterka programu, nie Twoja pomyłka. Zestaw działa dalej i nic z zapisanych danych nie zostało utracone.</translation>
    </message>
</context>
<context>
    <name>ui.one_window</name>
    <message>
        <source>Outage Kit is already open</source>
        <translation>Outage Kit jest już otwarty</translation>
    </message>
    <message>
        <source>Outage Kit is already open on the data folder {home} (process {pid}). Switch to that window: two windows on one store each run the clocks and send the outbox, and every reminder comes twice.

Open a second window only if the first one no longer responds.</source>
        <translation>Outage Kit jest już otwarty na folderze danych {home} (proces {pid}). Przejdź do tamtego okna: dwa okna na jednej bazie osobno liczą terminy i wysyłają skrzynkę nadawczą, a każde przypomnienie przychodzi dwa razy.

Otwórz drugie okno tylko wtedy, gdy pierwsze już nie odpowiada.</translation>
    </message>
    <message>
        <source>No further window can open: close one of those first.</source>
        <translation>Nie można otworzyć kolejnego okna: najpierw zamknij jedno z otwartych.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>&amp;Otwórz mimo to</translation>
    </message>
</context>
</TS>
