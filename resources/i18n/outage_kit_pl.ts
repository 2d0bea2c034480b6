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
        <translation>Domyślny systemu ({name})</translation>
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
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <source>&amp;Send queued now</source>
        <extracomment>the one function that opens a browser (tests put a recorder here)</extracomment>
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
        <source>Re-encrypt the store and every backup with a new random key? The recovery passphrase stays the same. Enter it in &apos;Current passphrase&apos; first.</source>
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
        <source>optional: IT&apos;s bundle signing key (.pub)</source>
        <translation>opcjonalnie: klucz działu IT do podpisywania pakietów (.pub)</translation>
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
