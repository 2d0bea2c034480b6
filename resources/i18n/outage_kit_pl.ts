<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
            <source>Replace the contacts and templates edited on this workstation with the bundle's</source>
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
            <source>No changes to the directory.</source>
            <translation>Brak zmian w książce kontaktów.</translation>
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
            <source>IT's {role} public key</source>
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
        <name>Cli</name>
        <message>
            <source>exit codes:
  0    done
  1    done, but the answer is no (check: not sound; outbox send: not all sent; …)
  2    not done: bad input, refused, locked, not found, busy, disk full, …
       (with --json, stdout holds {"error": KIND, "message": …, "details": …})
  70   internal error: a bug (details in the log file)
  130  interrupted (Ctrl+C)
a reader that stops early (outage-kit … | head) ends the command quietly, exit 0.</source>
            <translation>kody wyjścia:
  0    wykonano
  1    wykonano, ale odpowiedź brzmi „nie” (check: baza niesprawna; outbox send: nie wszystko wysłano; …)
  2    nie wykonano: błędne dane, odmowa, blokada, nie znaleziono, zajęte, pełny dysk, …
       (z --json na stdout jest {"error": RODZAJ, "message": …, "details": …})
  70   błąd wewnętrzny: usterka programu (szczegóły w pliku dziennika)
  130  przerwano (Ctrl+C)
czytelnik, który kończy wcześniej (outage-kit … | head), kończy polecenie po cichu, kod 0.</translation>
        </message>
        <message>
            <source>{message}. See '{prog} --help'.</source>
            <translation>{message}. Zobacz '{prog} --help'.</translation>
        </message>
        <message>
            <source>Outage Kit: partner notices when billing or messaging fails.</source>
            <translation>Outage Kit: powiadomienia dla partnerów, gdy zawodzi billing lub przesyłanie wiadomości.</translation>
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
            <source>check the hash chain (exit 0 if intact)</source>
            <translation>sprawdź łańcuch skrótów (kod 0, jeśli nienaruszony)</translation>
        </message>
        <message>
            <source>a head printed earlier ('audit head', a report, a backup's .json): also prove the chain still holds it unchanged</source>
            <translation>wcześniej wypisana głowa łańcucha ('audit head', raport, plik .json kopii): wykaż też, że łańcuch nadal zawiera ją bez zmian</translation>
        </message>
        <message>
            <source>the chain's newest hash: write it down or print it</source>
            <translation>najnowszy skrót łańcucha: zapisz go lub wydrukuj</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>Brak wpisów.</translation>
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
            <source>{text}
(written {at}; later check it with 'outage-kit audit verify --anchor {hash}')</source>
            <translation>{text}
(zapisano {at}; później sprawdź go poleceniem 'outage-kit audit verify --anchor {hash}')</translation>
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
            <source>validate a source folder, pack and sign it</source>
            <translation>sprawdź folder źródłowy, spakuj go i podpisz</translation>
        </message>
        <message>
            <source>check a bundle's signature and contents</source>
            <translation>sprawdź podpis i zawartość pakietu</translation>
        </message>
        <message>
            <source>pin a signer key (prints its fingerprint)</source>
            <translation>zaufaj kluczowi sygnatariusza (wypisuje jego odcisk)</translation>
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
            <source>verify, show the diff, apply all-or-nothing</source>
            <translation>zweryfikuj, pokaż różnice, zastosuj w całości albo wcale</translation>
        </message>
        <message>
            <source>apply without asking</source>
            <translation>zastosuj bez pytania</translation>
        </message>
        <message>
            <source>replace contacts and templates edited on this workstation with the bundle's</source>
            <translation>zastąp kontakty i szablony zmienione na tym stanowisku wersjami z pakietu</translation>
        </message>
        <message>
            <source>version, signer and age of the applied bundle</source>
            <translation>wersja, sygnatariusz i wiek zastosowanego pakietu</translation>
        </message>
        <message>
            <source>the signing key's passphrase (env {KEY_PASSPHRASE_ENV}); else a prompt</source>
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
            <source>The signing key's passphrase must be at least 12 characters long.</source>
            <translation>Hasło klucza podpisującego musi mieć co najmniej 12 znaków.</translation>
        </message>
        <message>
            <source>Public key:  {pub}
Secret key:  {secret} (keep it, and its passphrase, safe)
Key id:      {key_id_text}
Fingerprint: {fingerprint}
Pin it on each kit: outage-kit bundle trust {pub}</source>
            <translation>Klucz publiczny:  {pub}
Klucz prywatny:   {secret} (przechowuj go wraz z hasłem w bezpiecznym miejscu)
Id klucza:        {key_id_text}
Odcisk:           {fingerprint}
Dodaj go jako zaufany w każdym zestawie: outage-kit bundle trust {pub}</translation>
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
            <source>No {role} signer is pinned; nothing was changed. 'outage-kit bundle status' lists the trusted signers.</source>
            <translation>Brak zaufanego sygnatariusza ({role}); nic nie zostało zmienione. 'outage-kit bundle status' wypisuje zaufanych sygnatariuszy.</translation>
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
            <source> No signer is trusted now: no bundle can be imported until IT's key is pinned again ('outage-kit bundle trust PREFIX.pub').</source>
            <translation> Teraz żaden sygnatariusz nie jest zaufany: nie da się zaimportować pakietu, dopóki klucz działu IT nie zostanie ponownie dodany ('outage-kit bundle trust PREFIX.pub').</translation>
        </message>
        <message>
            <source>Removed the {role} signer (key {key_id}).{note}</source>
            <translation>Usunięto sygnatariusza ({role}) (klucz {key_id}).{note}</translation>
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
            <source>  rejected: {text}</source>
            <translation>  odrzucono: {text}</translation>
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
            <source>Local edits are kept (use --discard-local-edits to take the bundle's).</source>
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
            <source>only this group (an id from 'contacts groups')</source>
            <translation>tylko ta grupa (identyfikator z 'contacts groups')</translation>
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
            <source>internal error in '{command}'. This is a bug; details are in {log_file}. Nothing stored before was changed.</source>
            <translation>błąd wewnętrzny w '{command}'. To usterka programu; szczegóły są w {log_file}. Nic z wcześniej zapisanych danych nie zostało zmienione.</translation>
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
            <source>The store cannot be read: it is damaged. Run 'outage-kit check', then restore the newest good backup ('outage-kit restore FILE').</source>
            <translation>Nie można odczytać bazy: jest uszkodzona. Uruchom 'outage-kit check', a potem przywróć najnowszą dobrą kopię zapasową ('outage-kit restore PLIK').</translation>
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
            <source>only this incident's messages (reference)</source>
            <translation>tylko wiadomości tego incydentu (sygnatura)</translation>
        </message>
        <message>
            <source>send what is queued, failing over in priority order</source>
            <translation>wyślij kolejkę, przełączając ścieżki według priorytetu</translation>
        </message>
        <message>
            <source>only this path (see 'paths probe')</source>
            <translation>tylko ta ścieżka (zob. 'paths probe')</translation>
        </message>
        <message>
            <source>write queued e-mails as .eml files (handed off)</source>
            <translation>zapisz e-maile z kolejki jako pliki .eml (przekazane)</translation>
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
            <source>queue a failed message again</source>
            <translation>wstaw nieudaną wiadomość ponownie do kolejki</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>pusta</translation>
        </message>
        <message>
            <source>Outbox: {summary}.</source>
            <translation>Skrzynka nadawcza: {summary}.</translation>
        </message>
        <message>
            <source>Nothing is queued.</source>
            <translation>Kolejka jest pusta.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n .eml file(s) to {folder}. They are marked handed-off: once sent from another mail client, settle them with 'outage-kit outbox settle ID --as sent'.</source>
            <translation>
                <numerusform>Zapisano %n plik .eml w {folder}. Jest oznaczony jako przekazany: po wysłaniu z innego programu pocztowego rozstrzygnij go poleceniem 'outage-kit outbox settle ID --as sent'.</numerusform>
                <numerusform>Zapisano %n pliki .eml w {folder}. Są oznaczone jako przekazane: po wysłaniu z innego programu pocztowego rozstrzygnij je poleceniem 'outage-kit outbox settle ID --as sent'.</numerusform>
                <numerusform>Zapisano %n plików .eml w {folder}. Są oznaczone jako przekazane: po wysłaniu z innego programu pocztowego rozstrzygnij je poleceniem 'outage-kit outbox settle ID --as sent'.</numerusform>
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
        <message>
            <source>'outage-kit outbox webmail --open' opens the first one in the browser.</source>
            <translation>'outage-kit outbox webmail --open' otwiera pierwszą z nich w przeglądarce.</translation>
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
        <message>
            <source>Message {id} queued again.</source>
            <translation>Wiadomość {id} ponownie w kolejce.</translation>
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
            <source>store an SMTP password or a modem's SIM PIN (keyring / encrypted store)</source>
            <translation>zapisz hasło SMTP lub PIN karty SIM modemu (pęk kluczy / zaszyfrowana baza)</translation>
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
            <source>1–40 letters, digits, '.', '_' or '-'</source>
            <translation>1–40 liter, cyfr, '.', '_' lub '-'</translation>
        </message>
        <message>
            <source>change a path's settings (a bundle path: a local edit)</source>
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
            <source>The path {get!r} was not saved:
  </source>
            <translation>Ścieżka {get!r} nie została zapisana:
  </translation>
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
            <source>There is already a path called {name!r}; change it with 'outage-kit paths edit {name} KEY=VALUE…'.</source>
            <translation>Ścieżka o nazwie {name!r} już istnieje; zmień ją poleceniem 'outage-kit paths edit {name} KLUCZ=WARTOŚĆ…'.</translation>
        </message>
        <message>
            <source>A path cannot be renamed: add one under the new name and remove (or disable) the old one.</source>
            <translation>Nie można zmienić nazwy ścieżki: dodaj ścieżkę pod nową nazwą i usuń (lub wyłącz) starą.</translation>
        </message>
        <message>
            <source>{name!r} has no local edit; it uses the bundle's settings already.</source>
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
            <source>Re-encrypt the store and every backup with a new random key? The recovery passphrase stays the same</source>
            <translation>Zaszyfrować ponownie bazę i każdą kopię zapasową nowym losowym kluczem? Hasło odzyskiwania pozostaje bez zmian</translation>
        </message>
        <message numerus="yes">
            <source>The store key was rotated; the store and its %n backup(s) use the new key. The recovery passphrase is unchanged.</source>
            <translation>
                <numerusform>Klucz bazy został wymieniony; baza i jej %n kopia zapasowa używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
                <numerusform>Klucz bazy został wymieniony; baza i jej %n kopie zapasowe używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
                <numerusform>Klucz bazy został wymieniony; baza i jej %n kopii zapasowych używają nowego klucza. Hasło odzyskiwania jest bez zmian.</numerusform>
            </translation>
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
            <source>first day (YYYY-MM-DD)</source>
            <translation>pierwszy dzień (RRRR-MM-DD)</translation>
        </message>
        <message>
            <source>last day, included (YYYY-MM-DD)</source>
            <translation>ostatni dzień, włącznie (RRRR-MM-DD)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>plik do zapisania</translation>
        </message>
        <message>
            <source>Reading incidents: {done}/{total}</source>
            <translation>Odczyt incydentów: {done}/{total}</translation>
        </message>
        <message>
            <source>{title} written to {out}.</source>
            <translation>Zapisano {title} do {out}.</translation>
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
            <source>only runbooks whose title or text has TEXT</source>
            <translation>tylko procedury, których tytuł lub treść zawiera TEXT</translation>
        </message>
        <message>
            <source>a runbook's text (Markdown)</source>
            <translation>treść procedury (Markdown)</translation>
        </message>
        <message>
            <source>as 'runbooks list' shows it</source>
            <translation>tak, jak pokazuje ją 'runbooks list'</translation>
        </message>
        <message>
            <source>There is no runbook {name!r} (there is: {known}).</source>
            <translation>Nie ma procedury {name!r} (są: {known}).</translation>
        </message>
        <message>
            <source>Outage Kit {version__} selftest</source>
            <translation>Autotest Outage Kit {version__}</translation>
        </message>
        <message>
            <source>timers and limits (the window's Settings section)</source>
            <translation>czasy i limity (sekcja Ustawienia w oknie)</translation>
        </message>
        <message>
            <source>every setting, its value, default and range</source>
            <translation>wszystkie ustawienia, ich wartości, wartości domyślne i zakresy</translation>
        </message>
        <message>
            <source>one setting's value</source>
            <translation>wartość jednego ustawienia</translation>
        </message>
        <message>
            <source>change a setting (audited; refused outside its range)</source>
            <translation>zmień ustawienie (zapisywane w audycie; odrzucane poza zakresem)</translation>
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
            <source>{label} is already {value} {unit}; nothing changed.</source>
            <translation>{label}: już {value} {unit}; nic nie zmieniono.</translation>
        </message>
        <message>
            <source>Language: {name}</source>
            <translation>Język: {name}</translation>
        </message>
        <message>
            <source>(the system's)</source>
            <translation>(jak w systemie)</translation>
        </message>
        <message>
            <source>create the encrypted store</source>
            <translation>utwórz zaszyfrowaną bazę</translation>
        </message>
        <message>
            <source>the duty officer's name (for the audit log)</source>
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
            <source>a template's source, its fields and lint</source>
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
            <source>check this text instead ('-': stdin)</source>
            <translation>sprawdź zamiast tego ten tekst ('-': stdin)</translation>
        </message>
        <message>
            <source>replace a template by FILE's text as a local edit (refused with problems)</source>
            <translation>zastąp szablon tekstem z FILE jako zmianą lokalną (odrzucane, gdy są błędy)</translation>
        </message>
        <message>
            <source>the new source, UTF-8 ('-': stdin)</source>
            <translation>nowe źródło, UTF-8 ('-': stdin)</translation>
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
            <source>There is no template {name!r} in this kit. 'outage-kit templates list' shows them.</source>
            <translation>W tym zestawie nie ma szablonu {name!r}. 'outage-kit templates list' je wypisuje.</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>Nie ma pliku {path}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
            <translation>{path} nie jest tekstem UTF-8; zapisz go w UTF-8 i spróbuj ponownie.</translation>
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
            <source>{name} saved as a local edit; 'outage-kit templates reset {name}' undoes it.</source>
            <translation>{name} zapisano jako zmianę lokalną; 'outage-kit templates reset {name}' ją cofa.</translation>
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
            <source>the kit's data folder (env OUTAGE_KIT_HOME)</source>
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
            <source>Writing a backup and checking every page ({size})</source>
            <translation>Zapisywanie kopii zapasowej i sprawdzanie każdej strony ({size})</translation>
        </message>
        <message>
            <source>Copying it to {out} and reading it back</source>
            <translation>Kopiowanie do {out} i odczyt kontrolny</translation>
        </message>
        <message>
            <source>Checking every page of the store ({size}): this can take a few minutes</source>
            <translation>Sprawdzanie każdej strony magazynu ({size}): to może potrwać kilka minut</translation>
        </message>
        <message>
            <source>Verifying the audit chain</source>
            <translation>Sprawdzanie łańcucha audytu</translation>
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
        <name>IncidentReportDialog</name>
        <message>
            <source>Incident report {reference}</source>
            <translation>Raport z incydentu {reference}</translation>
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
            <source>Unlocked</source>
            <translation>Odblokowany</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>ZABLOKOWANY</translation>
        </message>
        <message>
            <source>checking store…</source>
            <translation>sprawdzanie bazy…</translation>
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
            <source>checking every page of the store and making the daily backup ({size})…</source>
            <translation>sprawdzanie każdej strony magazynu i dzienna kopia zapasowa ({size})…</translation>
        </message>
        <message>
            <source>checking every page of the store ({size})…</source>
            <translation>sprawdzanie każdej strony magazynu ({size})…</translation>
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
            <source>The disk holding {where} is full. Nothing was changed: the store is as it was before. Free some space (or move the data folder with --home) and try again.</source>
            <translation>Dysk, na którym jest {where}, jest pełny. Nic nie zostało zmienione: baza jest taka jak wcześniej. Zwolnij miejsce (lub przenieś folder danych opcją --home) i spróbuj ponownie.</translation>
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
            <source>Enter the operator's name (it goes into the audit log).</source>
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
            <source>The key file {path} is missing. Restore it from your backup medium, or run 'outage-kit init' to create a new store in an empty folder.</source>
            <translation>Brak pliku klucza {path}. Przywróć go z nośnika kopii zapasowej albo uruchom 'outage-kit init', aby utworzyć nową bazę w pustym folderze.</translation>
        </message>
        <message>
            <source>The key file {path} is damaged ({err}). Put back store.key from your backup medium; the store itself does not need restoring.</source>
            <translation>Plik klucza {path} jest uszkodzony ({err}). Przywróć store.key z nośnika kopii zapasowej; samej bazy nie trzeba przywracać.</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read ({strerror}).</source>
            <translation>Nie można odczytać pliku klucza {path} ({strerror}).</translation>
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
            <source>It contains the operator's name.</source>
            <translation>Zawiera nazwę operatora.</translation>
        </message>
        <message>
            <source>{source} is a folder; give the backup file itself.</source>
            <extracomment>more checks of a backup's content (the audit chain): problems found, empty when sound</extracomment>
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
            <source>Cannot read the passphrase file {path}: {strerror}.</source>
            <translation>Nie można odczytać pliku z hasłem {path}: {strerror}.</translation>
        </message>
        <message>
            <source>The passphrase file {path} is empty.</source>
            <translation>Plik z hasłem {path} jest pusty.</translation>
        </message>
        <message>
            <source>There is no store in {home}. Run 'outage-kit init' (or start the kit without arguments) to create one, or pass --home with the right folder.</source>
            <translation>W {home} nie ma bazy. Uruchom 'outage-kit init' (albo zestaw bez argumentów), aby ją utworzyć, lub podaj --home z właściwym folderem.</translation>
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
            <source>{folder} is not a folder.</source>
            <translation>{folder} nie jest folderem.</translation>
        </message>
        <message>
            <source>it is an unencrypted SQLite database</source>
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
            <source>Another Outage Kit window or command is sending right now. Wait until it finishes (its messages are shown in the outbox), then try again.</source>
            <translation>Inne okno lub polecenie Outage Kit właśnie wysyła. Zaczekaj, aż skończy (jego wiadomości widać w skrzynce nadawczej), i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>stopped</source>
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
            <translation>Najpierw kopia zapasowa obecnego magazynu ({size})</translation>
        </message>
        <message>
            <source>Copying the damaged store aside first</source>
            <translation>Najpierw odkładanie uszkodzonego magazynu na bok</translation>
        </message>
    </context>
    <context>
        <name>OutboxSection</name>
        <message>
            <source>all</source>
            <extracomment>the one function that opens a browser (tests put a recorder here)</extracomment>
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
            <source>Server's reply</source>
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
            <source>%n message(s) were being sent when the kit stopped. Nobody knows whether they left: look at them (state 'uncertain') and choose Mark sent or Send again.</source>
            <translation>
                <numerusform>%n wiadomość była wysyłana, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszła: obejrzyj ją (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
                <numerusform>%n wiadomości były wysyłane, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszły: obejrzyj je (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
                <numerusform>%n wiadomości było wysyłanych, gdy zestaw przerwał pracę. Nie wiadomo, czy wyszły: obejrzyj je (stan „niepewna”) i wybierz Oznacz jako wysłane albo Wyślij ponownie.</numerusform>
            </translation>
        </message>
        <message>
            <source>The outbox is empty.</source>
            <translation>Skrzynka nadawcza jest pusta.</translation>
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
            <source>Sending queued messages…</source>
            <translation>Wysyłanie wiadomości z kolejki…</translation>
        </message>
        <message>
            <source> (a path came back)</source>
            <translation> (ścieżka znów działa)</translation>
        </message>
        <message>
            <source>Nothing was queued.</source>
            <translation>Kolejka była pusta.</translation>
        </message>
        <message>
            <source>A path came back: </source>
            <translation>Ścieżka znów działa: </translation>
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
            <source>Export queued e-mail as .eml files</source>
            <translation>Eksport e-maili z kolejki do plików .eml</translation>
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
            <translation>Inne okno lub polecenie Outage Kit zapisuje do magazynu (np. kopia zapasowa, przywracanie lub duży import zaległości). Nic nie wysłano; wiadomości czekają w kolejce. Naciśnij Wyślij ponownie, gdy tamto skończy.</translation>
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
            <source>paths: &lt;span style='color:{RED}'&gt;none set up&lt;/span&gt; · .eml ●</source>
            <translation>ścieżki: &lt;span style='color:{RED}'&gt;brak skonfigurowanych&lt;/span&gt; · .eml ●</translation>
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
            <source>Use the &amp;bundle's settings</source>
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
            <source>The bundle's delivery.toml has problems (its paths are not used): </source>
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
            <source>'gmail', 'outlook', or an https:// URL with {{bcc}}, {{subject}} and {{body}}. Presets: {COMPOSE_PRESETS}.</source>
            <translation>'gmail', 'outlook' albo adres https:// z {{bcc}}, {{subject}} i {{body}}. Gotowe ustawienia: {COMPOSE_PRESETS}.</translation>
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
            <source>Operator: &lt;b&gt;{operator}&lt;/b&gt; · data folder: {home}</source>
            <translation>Operator: &lt;b&gt;{operator}&lt;/b&gt; · folder danych: {home}</translation>
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
            <source>Re-encrypt the store and every backup with a new random key? The recovery passphrase stays the same. Enter it in 'Current passphrase' first.</source>
            <translation>Zaszyfrować ponownie bazę i każdą kopię zapasową nowym losowym kluczem? Hasło odzyskiwania pozostaje bez zmian. Najpierw wpisz je w polu „Obecne hasło”.</translation>
        </message>
        <message>
            <source>The store key was rotated.</source>
            <translation>Klucz bazy został wymieniony.</translation>
        </message>
    </context>
    <context>
        <name>SignerChoice</name>
        <message>
            <source>optional: IT's bundle signing key (.pub)</source>
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
            <source>IT's bundle signing key</source>
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
            <source>&amp;Template source (first line 'Subject: …', a blank line, the body)</source>
            <translation>Źródło &amp;szablonu (pierwszy wiersz 'Subject: …', pusty wiersz, treść)</translation>
        </message>
        <message>
            <source>Preview with sample values:</source>
            <translation>Podgląd z przykładowymi wartościami:</translation>
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
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>disaster</source>
            <extracomment>code → the name shown in Settings, written in that language</extracomment>
            <translation>awaria</translation>
        </message>
        <message>
            <source>downtime</source>
            <translation>prace planowe</translation>
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
</TS>
