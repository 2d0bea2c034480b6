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
    <name>Cli</name>
    <message numerus="yes">
        <source>Audit chain intact: %n entries.</source>
        <translation>
            <numerusform>Audit chain intact: %n entry.</numerusform>
            <numerusform>Audit chain intact: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s).</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)   services: {services}</source>
        <translation>
            <numerusform>%n contact   services: {services}</numerusform>
            <numerusform>%n contacts   services: {services}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle {name} version {version}, issued {issued} (%n day(s) ago)</source>
        <translation>
            <numerusform>Bundle {name} version {version}, issued {issued} (%n day ago)</numerusform>
            <numerusform>Bundle {name} version {version}, issued {issued} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOTE: older than %n day(s) (Settings): ask IT whether a newer one exists.</source>
        <translation>
            <numerusform>NOTE: older than %n day (Settings): ask IT whether a newer one exists.</numerusform>
            <numerusform>NOTE: older than %n days (Settings): ask IT whether a newer one exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}. They are marked handed-off: once sent from another mail client, settle them with &apos;outage-kit outbox settle ID --as sent&apos;.</source>
        <translation>
            <numerusform>Wrote %n .eml file to {folder}. They are marked handed-off: once sent from another mail client, settle them with &apos;outage-kit outbox settle ID --as sent&apos;.</numerusform>
            <numerusform>Wrote %n .eml files to {folder}. They are marked handed-off: once sent from another mail client, settle them with &apos;outage-kit outbox settle ID --as sent&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more batch(es) queued for webmail.</source>
        <translation>
            <numerusform>%n more batch queued for webmail.</numerusform>
            <numerusform>%n more batches queued for webmail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} marked sent.</source>
        <translation>
            <numerusform>Message {ids} marked sent.</numerusform>
            <numerusform>Messages {ids} marked sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} queued to be sent again.</source>
        <translation>
            <numerusform>Message {ids} queued to be sent again.</numerusform>
            <numerusform>Messages {ids} queued to be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} held as no longer needed: a later notice reached the partner; they are not sent.</source>
        <translation>
            <numerusform>Message {ids} held as no longer needed: a later notice reached the partner; it is not sent.</numerusform>
            <numerusform>Messages {ids} held as no longer needed: a later notice reached the partners; they are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message(s) {ids} queued again.</source>
        <translation>
            <numerusform>Message {ids} queued again.</numerusform>
            <numerusform>Messages {ids} queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) uncertain: their sending was cut short (the connection was lost while they went out, or the kit was stopped), so they may or may not have reached the partner. Nothing re-sends them by itself: see `outbox list --state uncertain`, then `outbox settle ID --as sent` or `--as resend` (or `--as superseded` once a later notice of the incident reached that partner).</source>
        <translation>
            <numerusform>%n message uncertain: its sending was cut short (the connection was lost while it went out, or the kit was stopped), so it may or may not have reached the partner. Nothing re-sends it by itself: see `outbox list --state uncertain`, then `outbox settle ID --as sent` or `--as resend` (or `--as superseded` once a later notice of the incident reached that partner).</numerusform>
            <numerusform>%n messages uncertain: their sending was cut short (the connection was lost while they went out, or the kit was stopped), so they may or may not have reached the partner. Nothing re-sends them by itself: see `outbox list --state uncertain`, then `outbox settle ID --as sent` or `--as resend` (or `--as superseded` once a later notice of the incident reached that partner).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot {snapshot}: %n bucket(s), {problem_count} rejected.</source>
        <translation>
            <numerusform>Snapshot {snapshot}: %n bucket, {problem_count} rejected.</numerusform>
            <numerusform>Snapshot {snapshot}: %n buckets, {problem_count} rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{records} of %n matching record(s) shown.</source>
        <translation>
            <numerusform>{records} of %n matching record shown.</numerusform>
            <numerusform>{records} of %n matching records shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Quarantine ID(s) in {name}. </source>
        <translation>
            <numerusform>%n Quarantine ID in {name}. </numerusform>
            <numerusform>%n Quarantine IDs in {name}. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone {action}: %n record(s) put back</source>
        <translation>
            <numerusform>Undone {action}: %n record put back</numerusform>
            <numerusform>Undone {action}: %n records put back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to {path}.</source>
        <translation>
            <numerusform>%n decision written to {path}.</numerusform>
            <numerusform>%n decisions written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s)</source>
        <translation>
            <numerusform>Queued %n message</numerusform>
            <numerusform>Queued %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> to %n recipient(s) for {reference} ({stage}). Partners are told once it is sent: &apos;outage-kit outbox send&apos; sends it now.</source>
        <translation>
            <numerusform> to %n recipient for {reference} ({stage}). Partners are told once it is sent: &apos;outage-kit outbox send&apos; sends it now.</numerusform>
            <numerusform> to %n recipients for {reference} ({stage}). Partners are told once it is sent: &apos;outage-kit outbox send&apos; sends it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>===== {language}, {channel}{fallback}, {zone}: for %n recipient(s)</source>
        <translation>
            <numerusform>===== {language}, {channel}{fallback}, {zone}: for %n recipient</numerusform>
            <numerusform>===== {language}, {channel}{fallback}, {zone}: for %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n for the first time)</source>
        <translation>
            <numerusform> (%n for the first time)</numerusform>
            <numerusform> (%n for the first time)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n partner(s) of {reference} as told another way ({strip}).</source>
        <translation>
            <numerusform>Recorded %n partner of {reference} as told another way ({strip}).</numerusform>
            <numerusform>Recorded %n partners of {reference} as told another way ({strip}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network reported on %n sent SMS (delivered or failed).</source>
        <translation>
            <numerusform>The network reported on %n sent SMS (delivered or failed).</numerusform>
            <numerusform>The network reported on %n sent SMS (delivered or failed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chain intact, %n entries</source>
        <translation>
            <numerusform>chain intact, %n entry</numerusform>
            <numerusform>chain intact, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificates</source>
        <translation>
            <numerusform>%n CA certificate</numerusform>
            <numerusform>%n CA certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n templates lint and render</source>
        <translation>
            <numerusform>%n template lints and renders</numerusform>
            <numerusform>%n templates lint and render</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built, signed, verified, applied (%n contacts)</source>
        <translation>
            <numerusform>built, signed, verified, applied (%n contact)</numerusform>
            <numerusform>built, signed, verified, applied (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) FAILED.</source>
        <translation>
            <numerusform>%n check FAILED.</numerusform>
            <numerusform>%n checks FAILED.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Announced now: %n message(s) queued (&apos;outage-kit outbox send&apos; sends them). Plan:</source>
        <translation>
            <numerusform>Announced now: %n message queued (&apos;outage-kit outbox send&apos; sends it). Plan:</numerusform>
            <numerusform>Announced now: %n messages queued (&apos;outage-kit outbox send&apos; sends them). Plan:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued planned notice {id} now (%n message(s)); &apos;outage-kit outbox send&apos; sends it.</source>
        <translation>
            <numerusform>Queued planned notice {id} now (%n message); &apos;outage-kit outbox send&apos; sends it.</numerusform>
            <numerusform>Queued planned notice {id} now (%n messages); &apos;outage-kit outbox send&apos; sends it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued {reference} {what} (%n message(s)).</source>
        <translation>
            <numerusform>Queued {reference} {what} (%n message).</numerusform>
            <numerusform>Queued {reference} {what} (%n messages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: the window now ends {end}; the completion is due then. Queued %n message(s) telling partners; &apos;outage-kit outbox send&apos; sends them.</source>
        <translation>
            <numerusform>{reference}: the window now ends {end}; the completion is due then. Queued %n message telling partners; &apos;outage-kit outbox send&apos; sends it.</numerusform>
            <numerusform>{reference}: the window now ends {end}; the completion is due then. Queued %n messages telling partners; &apos;outage-kit outbox send&apos; sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n message(s) telling partners the new window.</source>
        <translation>
            <numerusform>Queued %n message telling partners the new window.</numerusform>
            <numerusform>Queued %n messages telling partners the new window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  HELD: {counts} of notice {id} ({stage}): their promised update time passed while they waited (SMS copies wait when no SMS modem works: &apos;outage-kit paths probe&apos;). %n partner(s) have it no other way. Once the path works: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</source>
        <translation>
            <numerusform>  HELD: {counts} of notice {id} ({stage}): their promised update time passed while they waited (SMS copies wait when no SMS modem works: &apos;outage-kit paths probe&apos;). %n partner has it no other way. Once the path works: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</numerusform>
            <numerusform>  HELD: {counts} of notice {id} ({stage}): their promised update time passed while they waited (SMS copies wait when no SMS modem works: &apos;outage-kit paths probe&apos;). %n partners have it no other way. Once the path works: &apos;outage-kit incident reissue {reference} --notice {id}&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: the held copies re-issued, written now: %n message(s) queued (&apos;outage-kit outbox send&apos; sends them).</source>
        <translation>
            <numerusform>{reference}: the held copies re-issued, written now: %n message queued (&apos;outage-kit outbox send&apos; sends it).</numerusform>
            <numerusform>{reference}: the held copies re-issued, written now: %n messages queued (&apos;outage-kit outbox send&apos; sends them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last day (default %n days on)</source>
        <translation>
            <numerusform>last day (default %n day on)</numerusform>
            <numerusform>last day (default %n days on)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store key was rotated; the store and its %n backup(s) in the data folder use the new key. The recovery passphrase is unchanged.</source>
        <translation>
            <numerusform>The store key was rotated; the store and its %n backup in the data folder use the new key. The recovery passphrase is unchanged.</numerusform>
            <numerusform>The store key was rotated; the store and its %n backups in the data folder use the new key. The recovery passphrase is unchanged.</numerusform>
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
    <name>DashboardPanel</name>
    <message numerus="yes">
        <source>%Ln record(s) awaiting a decision</source>
        <translation>
            <numerusform>%Ln record awaiting a decision</numerusform>
            <numerusform>%Ln records awaiting a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the backlog</source>
        <translation>
            <numerusform>%Ln record in the backlog</numerusform>
            <numerusform>%Ln records in the backlog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <source>Billing has already closed %Ln of these ({detail}): they were billed or taken out, and a decision on them would hand billing a change back (Completed → Cleansed is billed again). They are left out.</source>
        <translation>
            <numerusform>Billing has already closed %Ln of these ({detail}): it was billed or taken out, and a decision on it would hand billing a change back (Completed → Cleansed is billed again). It is left out.</numerusform>
            <numerusform>Billing has already closed %Ln of these ({detail}): they were billed or taken out, and a decision on them would hand billing a change back (Completed → Cleansed is billed again). They are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the %Ln closed record(s) too</source>
        <translation>
            <numerusform>Change the %Ln closed record too</numerusform>
            <numerusform>Change the %Ln closed records too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set &lt;b&gt;%Ln&lt;/b&gt; record(s) ({scope}) to &lt;b&gt;{label}&lt;/b&gt;?</source>
        <translation>
            <numerusform>Set &lt;b&gt;%Ln&lt;/b&gt; record ({scope}) to &lt;b&gt;{label}&lt;/b&gt;?</numerusform>
            <numerusform>Set &lt;b&gt;%Ln&lt;/b&gt; records ({scope}) to &lt;b&gt;{label}&lt;/b&gt;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %Ln of those picked are {label} already and stay as they are.</source>
        <translation>
            <numerusform> %Ln of those picked is {label} already and stays as it is.</numerusform>
            <numerusform> %Ln of those picked are {label} already and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln to {label}</source>
        <translation>
            <numerusform>Set %Ln to {label}</numerusform>
            <numerusform>Set %Ln to {label}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message numerus="yes">
        <source>(%n more draft(s) after it.)</source>
        <translation>
            <numerusform>(%n more draft after it.)</numerusform>
            <numerusform>(%n more drafts after it.)</numerusform>
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
    <name>HandOutDialog</name>
    <message numerus="yes">
        <source>SMS to %n number(s)</source>
        <translation>
            <numerusform>SMS to %n number</numerusform>
            <numerusform>SMS to %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n recipient(s)</source>
        <translation>
            <numerusform>E-mail to %n recipient</numerusform>
            <numerusform>E-mail to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n compose page(s): check and send each.</source>
        <translation>
            <numerusform>Opened %n compose page: check and send it.</numerusform>
            <numerusform>Opened %n compose pages: check and send each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n .eml draft(s) in {folder}: open each in a mail program and send it.</source>
        <translation>
            <numerusform>Saved %n .eml draft in {folder}: open it in a mail program and send it.</numerusform>
            <numerusform>Saved %n .eml drafts in {folder}: open each in a mail program and send it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message numerus="yes">
        <source>{told} of %n told</source>
        <translation>
            <numerusform>{told} of %n told</numerusform>
            <numerusform>{told} of %n told</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies)</source>
        <translation>
            <numerusform>%n SMS copy</numerusform>
            <numerusform>%n SMS copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail copy(-ies)</source>
        <translation>
            <numerusform>%n e-mail copy</numerusform>
            <numerusform>%n e-mail copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies) wait(s) in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</source>
        <translation>
            <numerusform>%n SMS copy waits in the outbox: the kit sends it by itself when {paths} answers, or Send now tries at once.</numerusform>
            <numerusform>%n SMS copies wait in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail copy(-ies) wait(s) in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</source>
        <translation>
            <numerusform>%n e-mail copy waits in the outbox: the kit sends it by itself when {paths} answers, or Send now tries at once.</numerusform>
            <numerusform>%n e-mail copies wait in the outbox: the kit sends them by itself when {paths} answers, or Send now tries at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) handed off as .eml: once sent from the other mail program, select them in the Outbox and choose Mark sent.</source>
        <translation>
            <numerusform>%n e-mail handed off as .eml: once sent from the other mail program, select it in the Outbox and choose Mark sent.</numerusform>
            <numerusform>%n e-mails handed off as .eml: once sent from the other mail program, select them in the Outbox and choose Mark sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more copy(-ies) wait(s) for partners who have it already by another path: they go out when their path works (closing the incident holds them); nothing for you to do.</source>
        <translation>
            <numerusform>%n more copy waits for a partner who has it already by another path: it goes out when its path works (closing the incident holds it); nothing for you to do.</numerusform>
            <numerusform>%n more copies wait for partners who have it already by another path: they go out when their path works (closing the incident holds them); nothing for you to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS copy(-ies) refused by the network ({replies}): nothing sends them again by itself. Have IT check the numbers in the contact bundle; text those partners from another phone and record it with Told another way…</source>
        <translation>
            <numerusform>%n SMS copy refused by the network ({replies}): nothing sends it again by itself. Have IT check the number in the contact bundle; text that partner from another phone and record it with Told another way…</numerusform>
            <numerusform>%n SMS copies refused by the network ({replies}): nothing sends them again by itself. Have IT check the numbers in the contact bundle; text those partners from another phone and record it with Told another way…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the mail server ({replies}): nothing sends them again by itself. Ask IT to fix the address in the contact bundle; phone those partners and record it with Told another way…</source>
        <translation>
            <numerusform>%n copy refused by the mail server ({replies}): nothing sends it again by itself. Ask IT to fix the address in the contact bundle; phone that partner and record it with Told another way…</numerusform>
            <numerusform>%n copies refused by the mail server ({replies}): nothing sends them again by itself. Ask IT to fix the addresses in the contact bundle; phone those partners and record it with Told another way…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the mail server for a fault or a rule of its own ({replies}), not for the address. Once IT has mended the server, select them in the Outbox and choose Retry; until then phone those partners and record it with Told another way…</source>
        <translation>
            <numerusform>%n copy refused by the mail server for a fault or a rule of its own ({replies}), not for the address. Once IT has mended the server, select it in the Outbox and choose Retry; until then phone that partner and record it with Told another way…</numerusform>
            <numerusform>%n copies refused by the mail server for a fault or a rule of its own ({replies}), not for the addresses. Once IT has mended the server, select them in the Outbox and choose Retry; until then phone those partners and record it with Told another way…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) UNCERTAIN ({replies}), but a later notice has reached those partners since: it is not sent again. In the Outbox select it and choose No longer needed (or Mark sent if you know it arrived).</source>
        <translation>
            <numerusform>%n copy UNCERTAIN ({replies}), but a later notice has reached that partner since: it is not sent again. In the Outbox select it and choose No longer needed (or Mark sent if you know it arrived).</numerusform>
            <numerusform>%n copies UNCERTAIN ({replies}), but a later notice has reached those partners since: they are not sent again. In the Outbox select them and choose No longer needed (or Mark sent if you know they arrived).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) UNCERTAIN ({replies}): the connection broke after the server had the message, so the partner may or may not have it, and nothing sends it again by itself. Ask the partner (or IT to check the server&apos;s log), then in the Outbox select it and choose Mark sent if it arrived, else Send again.</source>
        <translation>
            <numerusform>%n copy UNCERTAIN ({replies}): the connection broke after the server had the message, so the partner may or may not have it, and nothing sends it again by itself. Ask the partner (or IT to check the server&apos;s log), then in the Outbox select it and choose Mark sent if it arrived, else Send again.</numerusform>
            <numerusform>%n copies UNCERTAIN ({replies}): the connection broke after the server had the messages, so the partners may or may not have them, and nothing sends them again by itself. Ask the partners (or IT to check the server&apos;s log), then in the Outbox select them and choose Mark sent if they arrived, else Send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) have not got it any other way.</source>
        <translation>
            <numerusform>%n partner has not got it any other way.</numerusform>
            <numerusform>%n partners have not got it any other way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message numerus="yes">
        <source>{reference}: %n message(s) queued, {where}.</source>
        <translation>
            <numerusform>{reference}: %n message queued, {where}.</numerusform>
            <numerusform>{reference}: %n messages queued, {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference}: %n partner(s) recorded as told another way ({how}).</source>
        <translation>
            <numerusform>{reference}: %n partner recorded as told another way ({how}).</numerusform>
            <numerusform>{reference}: %n partners recorded as told another way ({how}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message numerus="yes">
        <source>It is shorter than %n characters.</source>
        <translation>
            <numerusform>It is shorter than %n characters.</numerusform>
            <numerusform>It is shorter than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) not told</source>
        <translation>
            <numerusform>%n partner not told</numerusform>
            <numerusform>%n partners not told</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told yet</source>
        <translation>
            <numerusform>{stage}: %n partner not told yet</numerusform>
            <numerusform>{stage}: %n partners not told yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set to {label}</source>
        <extracomment>Quarantine IDs asked for (a file of IDs) that no record has, in the file&apos;s order</extracomment>
        <translation>
            <numerusform>%n record set to {label}</numerusform>
            <numerusform>%n records set to {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n Quarantine ID(s) not found, nothing done for them: </source>
        <translation>
            <numerusform>. %n Quarantine ID not found, nothing done for it: </numerusform>
            <numerusform>. %n Quarantine IDs not found, nothing done for them: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Left out %n record(s) billing has already closed ({detail})</source>
        <translation>
            <numerusform>. Left out %n record billing has already closed ({detail})</numerusform>
            <numerusform>. Left out %n records billing has already closed ({detail})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo of action {action}: %n record(s) restored</source>
        <extracomment>how many IDs not found a summary names</extracomment>
        <translation>
            <numerusform>undo of action {action}: %n record restored</numerusform>
            <numerusform>undo of action {action}: %n records restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) → {label}</source>
        <translation>
            <numerusform>%n record → {label}</numerusform>
            <numerusform>%n records → {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A decision on the backlog (action {action}, records to {label}) was cut short before it finished: it is rolled back, %n record(s) it had changed are as they were. Nothing of it stands; decide again if you mean it.</source>
        <translation>
            <numerusform>A decision on the backlog (action {action}, records to {label}) was cut short before it finished: it is rolled back, the %n record it had changed is as it was. Nothing of it stands; decide again if you mean it.</numerusform>
            <numerusform>A decision on the backlog (action {action}, records to {label}) was cut short before it finished: it is rolled back, the %n records it had changed are as they were. Nothing of it stands; decide again if you mean it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The undo of backlog action {action} was cut short; it is finished now: %n record(s) put back.</source>
        <translation>
            <numerusform>The undo of backlog action {action} was cut short; it is finished now: %n record put back.</numerusform>
            <numerusform>The undo of backlog action {action} was cut short; it is finished now: %n records put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back a decision on the backlog that was cut short (action {action}, %n record(s) to put back)</source>
        <translation>
            <numerusform>Rolling back a decision on the backlog that was cut short (action {action}, %n record to put back)</numerusform>
            <numerusform>Rolling back a decision on the backlog that was cut short (action {action}, %n records to put back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finishing the undo of backlog action {action}, cut short (%n record(s))</source>
        <translation>
            <numerusform>Finishing the undo of backlog action {action}, cut short (%n record)</numerusform>
            <numerusform>Finishing the undo of backlog action {action}, cut short (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n row(s) read</source>
        <translation>
            <numerusform>{source}: %n row read</numerusform>
            <numerusform>{source}: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) repeated a Quarantine ID of an earlier line and were left out (the first kept).</source>
        <translation>
            <numerusform> %n row repeated a Quarantine ID of an earlier line and was left out (the first kept).</numerusform>
            <numerusform> %n rows repeated a Quarantine ID of an earlier line and were left out (the first kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — settle them</source>
        <translation>
            <numerusform>%n uncertain — settle it</numerusform>
            <numerusform>%n uncertain — settle them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held: their promised update time passed — re-issue the notice</source>
        <translation>
            <numerusform>%n held: its promised update time passed — re-issue the notice</numerusform>
            <numerusform>%n held: their promised update time passed — re-issue the notice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copy(-ies) not sent: a later notice already reached those partners</source>
        <translation>
            <numerusform>%n older copy not sent: a later notice already reached that partner</numerusform>
            <numerusform>%n older copies not sent: a later notice already reached those partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still queued</source>
        <translation>
            <numerusform>%n still queued</numerusform>
            <numerusform>%n still queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS reported delivered or failed by the network</source>
        <translation>
            <numerusform>%n SMS reported delivered or failed by the network</numerusform>
            <numerusform>%n SMS reported delivered or failed by the network</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle source has %n problem(s):</source>
        <translation>
            <numerusform>The bundle source has %n problem:</numerusform>
            <numerusform>The bundle source has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n message(s) were held: their promised update time passed. Re-issue the notice with a new promise.</source>
        <extracomment>messages read from the store at once while exporting (not all: 40,000 drafts in memory)</extracomment>
        <translation>
            <numerusform> %n message was held: its promised update time passed. Re-issue the notice with a new promise.</numerusform>
            <numerusform> %n messages were held: their promised update time passed. Re-issue the notice with a new promise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The disk holding {folder} is full (a USB stick?): the %n file(s) written were removed and the messages are back in the queue. Free some space there or choose another folder, then export again.</source>
        <translation>
            <numerusform>The disk holding {folder} is full (a USB stick?): the %n file written was removed and the messages are back in the queue. Free some space there or choose another folder, then export again.</numerusform>
            <numerusform>The disk holding {folder} is full (a USB stick?): the %n files written were removed and the messages are back in the queue. Free some space there or choose another folder, then export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An .eml export to {folder} was cut short: its files were removed and %n message(s) are back in the queue.</source>
        <translation>
            <numerusform>An .eml export to {folder} was cut short: its files were removed and %n message is back in the queue.</numerusform>
            <numerusform>An .eml export to {folder} was cut short: its files were removed and %n messages are back in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An .eml export to {folder} was cut short and that folder is gone (a removed USB stick?): %n message(s) stay handed off. Settle each as sent (if its file was sent) or to send again.</source>
        <translation>
            <numerusform>An .eml export to {folder} was cut short and that folder is gone (a removed USB stick?): %n message stays handed off. Settle it as sent (if its file was sent) or to send again.</numerusform>
            <numerusform>An .eml export to {folder} was cut short and that folder is gone (a removed USB stick?): %n messages stay handed off. Settle each as sent (if its file was sent) or to send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this batch were held, not handed off: their promised update time has passed. Nothing was opened; re-issue the notice with a new promise.</source>
        <translation>
            <numerusform>%n message of this batch was held, not handed off: its promised update time has passed. Nothing was opened; re-issue the notice with a new promise.</numerusform>
            <numerusform>%n messages of this batch were held, not handed off: their promised update time has passed. Nothing was opened; re-issue the notice with a new promise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown delivery path(s): {names}.</source>
        <translation>
            <numerusform>Unknown delivery path: {names}.</numerusform>
            <numerusform>Unknown delivery paths: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by SMS</source>
        <translation>
            <numerusform>%n by SMS</numerusform>
            <numerusform>%n by SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by e-mail</source>
        <translation>
            <numerusform>%n by e-mail</numerusform>
            <numerusform>%n by e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unknown section(s) {sections}: use [[smtp]], [[webmail]], [modem]</source>
        <translation>
            <numerusform>unknown section {sections}: use [[smtp]], [[webmail]], [modem]</numerusform>
            <numerusform>unknown sections {sections}: use [[smtp]], [[webmail]], [modem]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>name {name} is %n characters long: a path&apos;s name has at most {most}</source>
        <translation>
            <numerusform>name {name} is %n character long: a path&apos;s name has at most {most}</numerusform>
            <numerusform>name {name} is %n characters long: a path&apos;s name has at most {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill in the field &apos;{name}&apos; ({template} and %n other template(s) need it).</source>
        <translation>
            <numerusform>Fill in the field &apos;{name}&apos; ({template} and %n other template need it).</numerusform>
            <numerusform>Fill in the field &apos;{name}&apos; ({template} and %n other templates need it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown group(s): {groups}.</source>
        <translation>
            <numerusform>Unknown group: {groups}.</numerusform>
            <numerusform>Unknown groups: {groups}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of %n partner(s) told</source>
        <extracomment>outbox states in which the partner has the message states in which the kit is still working on a message by itself how a notice&apos;s counts name its copies held because a later notice reached the partner (app/incidents/superseded.py): not held copies to re-issue, nothing left to do</extracomment>
        <translation>
            <numerusform>{told} of %n partner told</numerusform>
            <numerusform>{told} of %n partners told</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{units} characters, {encoding}: %n numbered SMS to each partner, joined on the phone into one message (one SMS holds {room})</source>
        <translation>
            <numerusform>{units} characters, {encoding}: %n numbered SMS to each partner, joined on the phone into one message (one SMS holds {room})</numerusform>
            <numerusform>{units} characters, {encoding}: %n numbered SMS to each partner, joined on the phone into one message (one SMS holds {room})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backlog decision(s) taken meanwhile</source>
        <translation>
            <numerusform>%n backlog decision taken meanwhile</numerusform>
            <numerusform>%n backlog decisions taken meanwhile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them undone</source>
        <translation>
            <numerusform>, %n of them undone</numerusform>
            <numerusform>, %n of them undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; in the end %n record(s) changed status.</source>
        <translation>
            <numerusform>; in the end %n record changed status.</numerusform>
            <numerusform>; in the end %n records changed status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update time(s) promised</source>
        <translation>
            <numerusform>%n update time promised</numerusform>
            <numerusform>%n update times promised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to </source>
        <translation>
            <numerusform>%n message to </numerusform>
            <numerusform>%n messages to </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n contact: </numerusform>
            <numerusform>%n contacts: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery report(s) read</source>
        <translation>
            <numerusform>%n delivery report read</numerusform>
            <numerusform>%n delivery reports read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>announced %n day(s) before</source>
        <translation>
            <numerusform>announced %n day before</numerusform>
            <numerusform>announced %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage} re-issued, %n partner(s) not told yet</source>
        <translation>
            <numerusform>{stage} re-issued, %n partner not told yet</numerusform>
            <numerusform>{stage} re-issued, %n partners not told yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) began in the period: </source>
        <translation>
            <numerusform>%n incident began in the period: </numerusform>
            <numerusform>%n incidents began in the period: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unplanned outage(s), </source>
        <translation>
            <numerusform>%n unplanned outage, </numerusform>
            <numerusform>%n unplanned outages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No first notice was late (%n unplanned outage(s); the rule: partners told within the notify deadline after detection).</source>
        <translation>
            <numerusform>No first notice was late (%n unplanned outage; the rule: partners told within the notify deadline after detection).</numerusform>
            <numerusform>No first notice was late (%n unplanned outages; the rule: partners told within the notify deadline after detection).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update time(s) promised: </source>
        <translation>
            <numerusform>%n update time promised: </numerusform>
            <numerusform>%n update times promised: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s), </source>
        <translation>
            <numerusform>%n notice, </numerusform>
            <numerusform>%n notices, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to partners: </source>
        <translation>
            <numerusform>%n message to partners: </numerusform>
            <numerusform>%n messages to partners: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s)).</source>
        <translation>
            <numerusform> (%n record).</numerusform>
            <numerusform> (%n records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SMS path is set up: %n SMS will stay queued until a modem is added (Outbox ▸ Delivery paths).</source>
        <translation>
            <numerusform>No SMS path is set up: %n SMS will stay queued until a modem is added (Outbox ▸ Delivery paths).</numerusform>
            <numerusform>No SMS path is set up: %n SMS will stay queued until a modem is added (Outbox ▸ Delivery paths).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No e-mail path is set up: %n e-mail(s) will stay queued until an SMTP, webmail or .eml folder path is added (Outbox ▸ Delivery paths).</source>
        <translation>
            <numerusform>No e-mail path is set up: %n e-mail will stay queued until an SMTP, webmail or .eml folder path is added (Outbox ▸ Delivery paths).</numerusform>
            <numerusform>No e-mail path is set up: %n e-mails will stay queued until an SMTP, webmail or .eml folder path is added (Outbox ▸ Delivery paths).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language(s), </source>
        <translation>
            <numerusform>%n language, </numerusform>
            <numerusform>%n languages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n partner(s)</source>
        <translation>
            <numerusform>E-mail to %n partner</numerusform>
            <numerusform>E-mail to %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS to %n partner(s)</source>
        <translation>
            <numerusform>SMS to %n partner</numerusform>
            <numerusform>SMS to %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) read {language}, and no template is written in {language}: they get the {fallback} templates. Add {language} templates, or leave it so if {fallback} is what they should read.</source>
        <translation>
            <numerusform>%n contact reads {language}, and no template is written in {language}: it gets the {fallback} templates. Add {language} templates, or leave it so if {fallback} is what it should read.</numerusform>
            <numerusform>%n contacts read {language}, and no template is written in {language}: they get the {fallback} templates. Add {language} templates, or leave it so if {fallback} is what they should read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more row(s): export CSV or XLSX for all of them.</source>
        <extracomment>HTML (and so PDF) shows at most this many rows of a table; CSV and XLSX carry them all any iterable, so a million records can stream from a cursor into CSV or XLSX total rows after the data, e.g. one per currency columns shown right-aligned (amounts, counts)</extracomment>
        <translation>
            <numerusform>… and {count} more row: export CSV or XLSX for all of them.</numerusform>
            <numerusform>… and {count} more rows: export CSV or XLSX for all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of %n partner(s) of its audience told of it</source>
        <translation>
            <numerusform>{told} of %n partner of its audience told of it</numerusform>
            <numerusform>{told} of %n partners of its audience told of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joined its groups after its last notice and have had no notice yet (the next update tells them)</source>
        <translation>
            <numerusform>; %n joined its groups after its last notice and has had no notice yet (the next update tells them)</numerusform>
            <numerusform>; %n joined its groups after its last notice and have had no notice yet (the next update tells them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) get this incident for the first time (they were not in the audience of earlier notices): they learn of it from this notice, the earlier ones quoted below it.</source>
        <translation>
            <numerusform>%n recipient gets this incident for the first time (they were not in the audience of earlier notices): they learn of it from this notice, the earlier ones quoted below it.</numerusform>
            <numerusform>%n recipients get this incident for the first time (they were not in the audience of earlier notices): they learn of it from this notice, the earlier ones quoted below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT EVERY PARTNER: {told} of %n partner(s)</source>
        <translation>
            <numerusform>NOT EVERY PARTNER: {told} of %n partner</numerusform>
            <numerusform>NOT EVERY PARTNER: {told} of %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused by the server</source>
        <translation>
            <numerusform>; %n refused by the server</numerusform>
            <numerusform>; %n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The disk holding {folder} is full too: the %n file(s) written were removed. Choose a folder on another disk (a USB stick) and save again.</source>
        <translation>
            <numerusform>The disk holding {folder} is full too: the %n file written was removed. Choose a folder on another disk (a USB stick) and save again.</numerusform>
            <numerusform>The disk holding {folder} is full too: the %n files written were removed. Choose a folder on another disk (a USB stick) and save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent after this backup was made are kept as sent; they will not go out again.</source>
        <translation>
            <numerusform>%n message sent after this backup was made is kept as sent; it will not go out again.</numerusform>
            <numerusform>%n messages sent after this backup was made are kept as sent; they will not go out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that may have left after this backup was made stay uncertain or handed off, as they were; settle them in the outbox: they will not go out by themselves.</source>
        <translation>
            <numerusform>%n message that may have left after this backup was made stays uncertain or handed off, as it was; settle it in the outbox: it will not go out by itself.</numerusform>
            <numerusform>%n messages that may have left after this backup was made stay uncertain or handed off, as they were; settle them in the outbox: they will not go out by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference} “{title}” is back to its notices of the backup: %n later notice(s), which partners may have had, are no longer in the kit.</source>
        <translation>
            <numerusform>{reference} “{title}” is back to its notices of the backup: %n later notice, which partners may have had, is no longer in the kit.</numerusform>
            <numerusform>{reference} “{title}” is back to its notices of the backup: %n later notices, which partners may have had, are no longer in the kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it had gone to partners.</source>
        <translation>
            <numerusform>%n message of it had gone to partners.</numerusform>
            <numerusform>%n messages of it had gone to partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it that waited in the Outbox will not go out.</source>
        <translation>
            <numerusform>%n message of it that waited in the Outbox will not go out.</numerusform>
            <numerusform>%n messages of it that waited in the Outbox will not go out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it have gone to partners.</source>
        <translation>
            <numerusform>%n message of it has gone to partners.</numerusform>
            <numerusform>%n messages of it have gone to partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it waiting in the Outbox would never go out.</source>
        <translation>
            <numerusform>%n message of it waiting in the Outbox would never go out.</numerusform>
            <numerusform>%n messages of it waiting in the Outbox would never go out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reference} “{title}” would go back to its notices of the backup: %n later notice(s), which partners may have had, would no longer be in the kit.</source>
        <translation>
            <numerusform>{reference} “{title}” would go back to its notices of the backup: %n later notice, which partners may have had, would no longer be in the kit.</numerusform>
            <numerusform>{reference} “{title}” would go back to its notices of the backup: %n later notices, which partners may have had, would no longer be in the kit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) uncertain: the server may or may not have it: ask the partner, then in the Outbox choose Mark sent if it arrived, else Send again.</source>
        <translation>
            <numerusform>%n copy uncertain: the server may or may not have it: ask the partner, then in the Outbox choose Mark sent if it arrived, else Send again.</numerusform>
            <numerusform>%n copies uncertain: the server may or may not have them: ask the partners, then in the Outbox choose Mark sent for those that arrived, else Send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) handed off as webmail or .eml: once sent, confirm it in the Outbox (Mark sent).</source>
        <translation>
            <numerusform>%n copy handed off as webmail or .eml: once sent, confirm it in the Outbox (Mark sent).</numerusform>
            <numerusform>%n copies handed off as webmail or .eml: once sent, confirm them in the Outbox (Mark sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) held (a promise lapsed): re-issue them (&apos;outage-kit incident reissue&apos;).</source>
        <translation>
            <numerusform>%n copy held (a promise lapsed): re-issue it (&apos;outage-kit incident reissue&apos;).</numerusform>
            <numerusform>%n copies held (a promise lapsed): re-issue them (&apos;outage-kit incident reissue&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) uncertain: the server may or may not have it: ask the partner, then &apos;outage-kit outbox settle ID --as sent&apos; if it arrived, else &apos;--as resend&apos;.</source>
        <translation>
            <numerusform>%n copy uncertain: the server may or may not have it: ask the partner, then &apos;outage-kit outbox settle ID --as sent&apos; if it arrived, else &apos;--as resend&apos;.</numerusform>
            <numerusform>%n copies uncertain: the server may or may not have it: ask the partner, then &apos;outage-kit outbox settle ID --as sent&apos; if it arrived, else &apos;--as resend&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) handed off as webmail or .eml: once sent, confirm it (&apos;outage-kit outbox settle ID --as sent&apos;).</source>
        <translation>
            <numerusform>%n copy handed off as webmail or .eml: once sent, confirm it (&apos;outage-kit outbox settle ID --as sent&apos;).</numerusform>
            <numerusform>%n copies handed off as webmail or .eml: once sent, confirm it (&apos;outage-kit outbox settle ID --as sent&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the server, and sending it again will not help: tell that partner another way, then record it (&apos;outage-kit incident told&apos;).</source>
        <translation>
            <numerusform>%n copy refused by the server, and sending it again will not help: tell that partner another way, then record it (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>%n copies refused by the server, and sending it again will not help: tell that partner another way, then record it (&apos;outage-kit incident told&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) held (a promise lapsed): re-issue them (Re-issue).</source>
        <translation>
            <numerusform>%n copy held (a promise lapsed): re-issue it (Re-issue).</numerusform>
            <numerusform>%n copies held (a promise lapsed): re-issue them (Re-issue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(-ies) refused by the server, and sending it again will not help: tell that partner another way, then record it with Told another way.</source>
        <translation>
            <numerusform>%n copy refused by the server, and sending it again will not help: tell that partner another way, then record it with Told another way.</numerusform>
            <numerusform>%n copies refused by the server, and sending it again will not help: tell that partner another way, then record it with Told another way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait for you:</source>
        <translation>
            <numerusform>%n message still waits for you:</numerusform>
            <numerusform>%n messages still wait for you:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n message(s) held: re-issue</source>
        <translation>
            <numerusform>{told} of {all} told, %n message held: re-issue</numerusform>
            <numerusform>{told} of {all} told, %n messages held: re-issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n uncertain: settle in the Outbox</source>
        <translation>
            <numerusform>{told} of {all} told, %n uncertain: settle in the Outbox</numerusform>
            <numerusform>{told} of {all} told, %n uncertain: settle in the Outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, %n refused: Told another way</source>
        <translation>
            <numerusform>{told} of {all} told, %n refused: Told another way</numerusform>
            <numerusform>{told} of {all} told, %n refused: Told another way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{told} of {all} told, the others had a later notice (%n older copy(-ies) not sent)</source>
        <translation>
            <numerusform>{told} of {all} told, the others had a later notice (%n older copy not sent)</numerusform>
            <numerusform>{told} of {all} told, the others had a later notice (%n older copies not sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n copy(-ies) uncertain, maybe not received: settle in the Outbox</source>
        <translation>
            <numerusform>{stage}: %n copy uncertain, maybe not received: settle in the Outbox</numerusform>
            <numerusform>{stage}: %n copies uncertain, maybe not received: settle in the Outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told, copy refused: phone them, then Told another way</source>
        <translation>
            <numerusform>{stage}: %n partner not told, copy refused: phone them, then Told another way</numerusform>
            <numerusform>{stage}: %n partners not told, copies refused: phone them, then Told another way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n partner(s) not told, {refused} of them refused: phone those, then Told another way</source>
        <translation>
            <numerusform>{stage}: %n partner not told, {refused} of them refused: phone those, then Told another way</numerusform>
            <numerusform>{stage}: %n partners not told, {refused} of them refused: phone those, then Told another way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would only be held again. Bring the modem back first (Outbox → Delivery paths: add it or switch it on, then Probe now), then re-issue; or text those partners from another phone and record it (Told another way).</source>
        <translation>
            <numerusform>No SMS modem is set up, so the %n held SMS copy of {reference} would only be held again. Bring the modem back first (Outbox → Delivery paths: add it or switch it on, then Probe now), then re-issue; or text those partners from another phone and record it (Told another way).</numerusform>
            <numerusform>No SMS modem is set up, so the %n held SMS copies of {reference} would only be held again. Bring the modem back first (Outbox → Delivery paths: add it or switch it on, then Probe now), then re-issue; or text those partners from another phone and record it (Told another way).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would only be held again. Bring the modem back first (&apos;outage-kit paths add modem&apos; or &apos;outage-kit paths enable&apos;, then &apos;outage-kit paths probe&apos;), then re-issue; or text those partners from another phone and record it (&apos;outage-kit incident told&apos;).</source>
        <translation>
            <numerusform>No SMS modem is set up, so the %n held SMS copy of {reference} would only be held again. Bring the modem back first (&apos;outage-kit paths add modem&apos; or &apos;outage-kit paths enable&apos;, then &apos;outage-kit paths probe&apos;), then re-issue; or text those partners from another phone and record it (&apos;outage-kit incident told&apos;).</numerusform>
            <numerusform>No SMS modem is set up, so the %n held SMS copies of {reference} would only be held again. Bring the modem back first (&apos;outage-kit paths add modem&apos; or &apos;outage-kit paths enable&apos;, then &apos;outage-kit paths probe&apos;), then re-issue; or text those partners from another phone and record it (&apos;outage-kit incident told&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host}:{port} did not answer within %n second(s) (the relay is down, or a firewall holds the connection back)</source>
        <translation>
            <numerusform>{host}:{port} did not answer within %n second (the relay is down, or a firewall holds the connection back)</numerusform>
            <numerusform>{host}:{port} did not answer within %n seconds (the relay is down, or a firewall holds the connection back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of {reference} have already gone out (or may have): partners heard about it, so it ends with a {final} notice, not a withdrawal.</source>
        <translation>
            <numerusform>%n message of {reference} has already gone out (or may have): partners heard about it, so it ends with a {final} notice, not a withdrawal.</numerusform>
            <numerusform>%n messages of {reference} have already gone out (or may have): partners heard about it, so it ends with a {final} notice, not a withdrawal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; recipient(s), each once</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; recipient, each once</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; recipients, each once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; recipient(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; recipient</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; message(s), one per recipient and channel (nobody sees another partner&apos;s address). Languages — {value}.</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; message, one per recipient and channel (nobody sees another partner&apos;s address). Languages — {value}.</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; messages, one per recipient and channel (nobody sees another partner&apos;s address). Languages — {value}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n of them get this incident for the first time&lt;/b&gt; (not in the audience of earlier notices).</source>
        <translation>
            <numerusform>&lt;b&gt;%n of them gets this incident for the first time&lt;/b&gt; (not in the audience of earlier notices).</numerusform>
            <numerusform>&lt;b&gt;%n of them get this incident for the first time&lt;/b&gt; (not in the audience of earlier notices).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS each</source>
        <translation>
            <numerusform>%n SMS each</numerusform>
            <numerusform>%n SMS each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (point here for all)</source>
        <translation>
            <numerusform>and %n more (point here for all)</numerusform>
            <numerusform>and %n more (point here for all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(to %n recipient(s))</source>
        <translation>
            <numerusform>(to %n recipient)</numerusform>
            <numerusform>(to %n recipients)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message numerus="yes">
        <source>%n message(s) were being sent when the kit stopped. Nobody knows whether they left: look at them (state &apos;uncertain&apos;) and choose Mark sent or Send again.</source>
        <extracomment>the outbox when the last send&apos;s summary was said; None: no summary to outdate the question Send again asks of copies a later notice made obsolete, while open</extracomment>
        <translation>
            <numerusform>%n message was being sent when the kit stopped. Nobody knows whether it left: look at it (state &apos;uncertain&apos;) and choose Mark sent or Send again.</numerusform>
            <numerusform>%n messages were being sent when the kit stopped. Nobody knows whether they left: look at them (state &apos;uncertain&apos;) and choose Mark sent or Send again.</numerusform>
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
        <source>%n selected copy(-ies) will not be sent again: a later notice of the same incident already reached those partners, and this older one would reach them after it.</source>
        <translation>
            <numerusform>%n selected copy will not be sent again: a later notice of the same incident already reached that partner, and this older one would reach them after it.</numerusform>
            <numerusform>%n selected copies will not be sent again: a later notice of the same incident already reached those partners, and these older ones would reach them after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n .eml file(s) to {folder}. They are handed off: once sent from the other mail program, select them and choose Mark sent.</source>
        <translation>
            <numerusform>Wrote %n .eml file to {folder}. It is handed off: once sent from the other mail program, select it and choose Mark sent.</numerusform>
            <numerusform>Wrote %n .eml files to {folder}. They are handed off: once sent from the other mail program, select them and choose Mark sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued messages wait: another Outage Kit window or command is busy (sending, a backup or an import). Trying again in %n second(s).</source>
        <translation>
            <numerusform>Queued messages wait: another Outage Kit window or command is busy (sending, a backup or an import). Trying again in %n second.</numerusform>
            <numerusform>Queued messages wait: another Outage Kit window or command is busy (sending, a backup or an import). Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message numerus="yes">
        <source>%Ln matching record(s)</source>
        <translation>
            <numerusform>%Ln matching record</numerusform>
            <numerusform>%Ln matching records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↶ Undone {action}: %Ln record(s) put back.</source>
        <translation>
            <numerusform>↶ Undone {action}: %Ln record put back.</numerusform>
            <numerusform>↶ Undone {action}: %Ln records put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %Ln decision(s) written to {path}.</source>
        <translation>
            <numerusform>✔ %Ln decision written to {path}.</numerusform>
            <numerusform>✔ %Ln decisions written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message numerus="yes">
        <source>The announcement again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The announcement again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The announcement again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The initial notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The initial notice again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The initial notice again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The update again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The update again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The update again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The resolution notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The resolution notice again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The resolution notice again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The completion notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The completion notice again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The completion notice again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cancellation notice again, written now, to the %n partner(s) whose copies were held, on the same channels only: {who}.</source>
        <translation>
            <numerusform>The cancellation notice again, written now, to the %n partner whose copies were held, on the same channels only: {who}.</numerusform>
            <numerusform>The cancellation notice again, written now, to the %n partners whose copies were held, on the same channels only: {who}.</numerusform>
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
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handed-off</source>
        <translation>
            <numerusform>%n handed-off</numerusform>
            <numerusform>%n handed-off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n superseded</source>
        <translation>
            <numerusform>%n superseded</numerusform>
            <numerusform>%n superseded</numerusform>
        </translation>
    </message>
</context>
</TS>
