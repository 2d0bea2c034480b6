<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>Language</name>
        <message>
            <source>System default ({name})</source>
            <translation>Domyślny systemu ({name})</translation>
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
</TS>
