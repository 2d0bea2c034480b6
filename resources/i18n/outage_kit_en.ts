<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BundleStatusLabel</name>
        <message numerus="yes">
            <source>bundle v{version} (%n day(s))</source>
            <translation>
                <numerusform>bundle v{version} (%n day)</numerusform>
                <numerusform>bundle v{version} (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>. Older than %n day(s): ask IT whether a newer one exists.</source>
            <translation>
                <numerusform>. Older than %n day: ask IT whether a newer one exists.</numerusform>
                <numerusform>. Older than %n days: ask IT whether a newer one exists.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsSection</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandOffDialog</name>
        <message numerus="yes">
            <source>%n batch(es). Open each, check the compose page (recipients are in Bcc), send it there, then confirm here.</source>
            <translation>
                <numerusform>%n batch. Open it, check the compose page (recipients are in Bcc), send it there, then confirm here.</numerusform>
                <numerusform>%n batches. Open each, check the compose page (recipients are in Bcc), send it there, then confirm here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The body is on the clipboard: paste it into the compose page (cleared in %n s).</source>
            <translation>
                <numerusform>The body is on the clipboard: paste it into the compose page (cleared in %n s).</numerusform>
                <numerusform>The body is on the clipboard: paste it into the compose page (cleared in %n s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The link is on the clipboard: paste it into a browser (cleared in %n s).</source>
            <translation>
                <numerusform>The link is on the clipboard: paste it into a browser (cleared in %n s).</numerusform>
                <numerusform>The link is on the clipboard: paste it into a browser (cleared in %n s).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxSection</name>
        <message numerus="yes">
            <source>%n message(s) were being sent when the kit stopped. Nobody knows whether they left: look at them (state 'uncertain') and choose Mark sent or Send again.</source>
            <translation>
                <numerusform>%n message was being sent when the kit stopped. Nobody knows whether it left: look at it (state 'uncertain') and choose Mark sent or Send again.</numerusform>
                <numerusform>%n messages were being sent when the kit stopped. Nobody knows whether they left: look at them (state 'uncertain') and choose Mark sent or Send again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) sent via {paths}.</source>
            <translation>
                <numerusform>%n message sent via {paths}.</numerusform>
                <numerusform>%n messages sent via {paths}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Queue %n message(s) to be sent again? A partner who already got one receives it twice (same Message-ID, so most mail programs show it once).</source>
            <translation>
                <numerusform>Queue %n message to be sent again? A partner who already got it receives it twice (same Message-ID, so most mail programs show it once).</numerusform>
                <numerusform>Queue %n messages to be sent again? A partner who already got one receives it twice (same Message-ID, so most mail programs show it once).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n .eml file(s) to {folder}. They are handed off: once sent from the other mail program, select them and choose Mark sent.</source>
            <translation>
                <numerusform>Wrote %n .eml file to {folder}. It is handed off: once sent from the other mail program, select it and choose Mark sent.</numerusform>
                <numerusform>Wrote %n .eml files to {folder}. They are handed off: once sent from the other mail program, select them and choose Mark sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message numerus="yes">
            <source>{done} of %n incident(s)</source>
            <translation>
                <numerusform>{done} of %n incident</numerusform>
                <numerusform>{done} of %n incidents</numerusform>
            </translation>
        </message>
    </context>
</TS>
