<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app</name>
    <message>
        <source>Switchboard contact-center desktop client</source>
        <translation>Switchboard – Desktop-Client für das Contact-Center</translation>
    </message>
    <message>
        <source>Server address (gRPC).</source>
        <translation>Serveradresse (gRPC).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>PEM certificate of the server&apos;s CA to trust.</source>
        <translation>PEM-Zertifikat der Zertifizierungsstelle (CA) des Servers, der vertraut wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Connect without TLS (development servers only).</source>
        <translation>Ohne TLS verbinden (nur für Entwicklungsserver).</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File holding the password, for scripted starts.</source>
        <translation>Datei mit dem Passwort, für Starts per Skript.</translation>
    </message>
    <message>
        <source>Folder of feature modules (default: ../modules next to the executable).</source>
        <translation>Ordner der Funktionsmodule (Standard: ../modules neben der ausführbaren Datei).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Language of the interface: en, de or es (default: the saved choice, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche: en, de oder es (Standard: die gespeicherte Auswahl, sonst die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: the saved choice).</source>
        <translation>Farbschema: system, light oder dark (Standard: die gespeicherte Auswahl).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Folder of the public keys whose module signatures are trusted (default: ../share/switchboard/trusted-keys next to the executable).</source>
        <translation>Ordner der öffentlichen Schlüssel, deren Modulsignaturen vertraut wird (Standard: ../share/switchboard/trusted-keys neben der ausführbaren Datei).</translation>
    </message>
</context>
<context>
    <name>app::AdminAgentsView</name>
    <message>
        <source>Someone else changed this agent&apos;s profile (now version %1). Reload to see it.</source>
        <translation>Inzwischen hat jemand anderes das Profil dieses Agenten geändert (jetzt Version %1). Neu laden, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Agenten suchen</translation>
    </message>
    <message>
        <source>Filter by skill</source>
        <translation>Nach Skill filtern</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Nach Team filtern</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Alle Skills</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&amp;Import CSV</source>
        <translation>CSV &amp;importieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSV e&amp;xportieren</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Agents…</source>
        <translation>&amp;Agenten…</translation>
    </message>
    <message>
        <source>&amp;Skills…</source>
        <translation>&amp;Skills…</translation>
    </message>
    <message>
        <source>Agents: user_id,team_id,skills,capacities,voice_blocks_other_channels (skills as skill-id:1..10 separated by &apos;;&apos;, capacities as channel:0..20). Skills: id,name,description.</source>
        <translation>Agenten: user_id,team_id,skills,capacities,voice_blocks_other_channels (Skills als skill-id:1..10, getrennt durch „;“, Kapazitäten als channel:0..20). Skills: id,name,description.</translation>
    </message>
    <message>
        <source>at &amp;proficiency</source>
        <translation>mit Stu&amp;fe</translation>
    </message>
    <message>
        <source>Skill to give</source>
        <translation>Zu vergebender Skill</translation>
    </message>
    <message>
        <source>&amp;Give skill</source>
        <translation>Skill &amp;vergeben</translation>
    </message>
    <message>
        <source>&amp;Take skill away</source>
        <translation>Skill &amp;entziehen</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Ski&amp;lls</source>
        <translation>Ski&amp;lls</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Proficiency (1–10)</source>
        <translation>Stufe (1–10)</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Skill hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>How many interactions of this channel at once (voice 0–1, chat 0–10, e-mail and SMS 0–20); “default” uses the center&apos;s default.</source>
        <translation>Wie viele Interaktionen dieses Kanals gleichzeitig (Anruf 0–1, Chat 0–10, E-Mail und SMS 0–20); „Standard“ verwendet die Vorgabe des Centers.</translation>
    </message>
    <message>
        <source>A call blocks other channels</source>
        <translation>Ein Anruf blockiert andere Kanäle</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Save the agent&apos;s profile (%1)</source>
        <translation>Profil des Agenten speichern (%1)</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>1 agent selected:</source>
        <translation>1 Agent ausgewählt:</translation>
    </message>
    <message>
        <source>%1 agents selected:</source>
        <translation>%1 Agenten ausgewählt:</translation>
    </message>
    <message>
        <source>Give the skill at this proficiency to every selected agent (one change, all or nothing).</source>
        <translation>Den Skill mit dieser Stufe allen ausgewählten Agenten geben (eine Änderung, alles oder nichts).</translation>
    </message>
    <message>
        <source>Select an agent to edit their profile, or several to give them a skill.</source>
        <translation>Einen Agenten auswählen, um sein Profil zu bearbeiten, oder mehrere, um ihnen einen Skill zu geben.</translation>
    </message>
    <message>
        <source>%1 agents selected: use the bar over the table.</source>
        <translation>%1 Agenten ausgewählt: die Leiste über der Tabelle verwenden.</translation>
    </message>
    <message>
        <source>%1 — %2 (profile version %3)</source>
        <translation>%1 – %2 (Profilversion %3)</translation>
    </message>
    <message>
        <source>Choose a skill in every row.</source>
        <translation>In jeder Zeile einen Skill auswählen.</translation>
    </message>
    <message>
        <source>%1: proficiency is 1 to 10.</source>
        <translation>%1: Die Stufe ist 1 bis 10.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: capacity is 0 to %2.</source>
        <translation>%1: Die Kapazität ist 0 bis %2.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked first.</source>
        <translation>Nicht gespeichert: zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Saved: profile version %1. Routing uses it for the next offer.</source>
        <translation>Gespeichert: Profilversion %1. Das Routing verwendet sie ab dem nächsten Angebot.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this agent&apos;s profile. Reload it, then apply your change again.</source>
        <translation>Nicht gespeichert: Inzwischen hat jemand anderes das Profil dieses Agenten geändert. Neu laden und die eigene Änderung erneut vornehmen.</translation>
    </message>
    <message>
        <source>The server refused the profile: see the field marked.</source>
        <translation>Der Server hat das Profil abgelehnt: siehe markiertes Feld.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <source>Took %1 from 1 agent.</source>
        <translation>%1 einem Agenten entzogen.</translation>
    </message>
    <message>
        <source>Took %1 from %2 agents.</source>
        <translation>%1 %2 Agenten entzogen.</translation>
    </message>
    <message>
        <source>Gave %1 at %2 to 1 agent.</source>
        <translation>%1 mit Stufe %2 einem Agenten gegeben.</translation>
    </message>
    <message>
        <source>Gave %1 at %2 to %3 agents.</source>
        <translation>%1 mit Stufe %2 %3 Agenten gegeben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1: 1 row imported</source>
        <translation>%1: 1 Zeile importiert</translation>
    </message>
    <message>
        <source>%1: %2 rows imported</source>
        <translation>%1: %2 Zeilen importiert</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Skill in row %1</source>
        <translation>Skill in Zeile %1</translation>
    </message>
    <message>
        <source>Proficiency in row %1</source>
        <translation>Stufe in Zeile %1</translation>
    </message>
    <message>
        <source>Someone else changed this user (now version %1). Reload to see it.</source>
        <translation>Inzwischen hat jemand anderes diesen Benutzer geändert (jetzt Version %1). Neu laden, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation>Neuer &amp;Benutzer…</translation>
    </message>
    <message>
        <source>Create a user: username, display name, roles and an initial password.</source>
        <translation>Einen Benutzer anlegen: Benutzername, Anzeigename, Rollen und ein Anfangspasswort.</translation>
    </message>
    <message>
        <source>Display &amp;name</source>
        <translation>Anzeige&amp;name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Role: agent</source>
        <translation>Rolle: Agent</translation>
    </message>
    <message>
        <source>Role: supervisor</source>
        <translation>Rolle: Supervisor</translation>
    </message>
    <message>
        <source>Role: admin</source>
        <translation>Rolle: Admin</translation>
    </message>
    <message>
        <source>&amp;Disabled (cannot sign in)</source>
        <translation>&amp;Deaktiviert (Anmeldung nicht möglich)</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Mindestens eine Rolle auswählen.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>Saved: user version %1.</source>
        <translation>Gespeichert: Benutzerversion %1.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user. Reload it, then apply your change again.</source>
        <translation>Nicht gespeichert: Inzwischen hat jemand anderes diesen Benutzer geändert. Neu laden und die eigene Änderung erneut vornehmen.</translation>
    </message>
    <message>
        <source>The server refused the user: see the field marked.</source>
        <translation>Der Server hat den Benutzer abgelehnt: siehe markiertes Feld.</translation>
    </message>
</context>
<context>
    <name>app::AdminCodesView</name>
    <message>
        <source>Write it as /like-this: 2 to 32 characters, no spaces.</source>
        <translation>Im Format /wie-hier schreiben: 2 bis 32 Zeichen, keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Write the response.</source>
        <translation>Den Text der Antwort eingeben.</translation>
    </message>
    <message>
        <source>At most 4000 characters.</source>
        <translation>Höchstens 4000 Zeichen.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>Grundcodes</translation>
    </message>
    <message>
        <source>Wrap-up codes</source>
        <translation>Nachbearbeitungscodes</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>What to edit</source>
        <translation>Was bearbeitet wird</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Paid time</source>
        <translation>Bezahlte &amp;Zeit</translation>
    </message>
    <message>
        <source>Shortc&amp;ut</source>
        <translation>Kü&amp;rzel</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Offered on these channels; none: on every channel.</source>
        <translation>Auf diesen Kanälen angeboten; keiner: auf allen Kanälen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Gespeichert: Version %1.</translation>
    </message>
    <message>
        <source>Someone else changed this; select it again to see their change.</source>
        <translation>Inzwischen hat jemand anderes dies geändert; erneut auswählen, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminCsvReportDialog</name>
    <message>
        <source>CSV import: %1</source>
        <translation>CSV-Import: %1</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported 1 row of %1.</source>
        <translation>1 Zeile von %1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2.</source>
        <translation>%1 Zeilen von %2 importiert.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile abgelehnt.</translation>
    </message>
    <message>
        <source>1 row was rejected and left as it was; fix it in the file and import it again:</source>
        <translation>1 Zeile wurde abgelehnt und unverändert gelassen; in der Datei korrigieren und erneut importieren:</translation>
    </message>
    <message>
        <source>%1 rows were rejected and left as they were; fix them in the file and import it again:</source>
        <translation>%1 Zeilen wurden abgelehnt und unverändert gelassen; in der Datei korrigieren und erneut importieren:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(Zeile)</translation>
    </message>
</context>
<context>
    <name>app::AdminQueueEditor</name>
    <message>
        <source>New queue</source>
        <translation>Neue Warteschlange</translation>
    </message>
    <message>
        <source>Queue %1 (version %2)</source>
        <translation>Warteschlange %1 (Version %2)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Erforderliche Skills</translation>
    </message>
    <message>
        <source>Relaxations</source>
        <translation>Lockerungen</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>Strate&amp;gy</source>
        <translation>S&amp;trategie</translation>
    </message>
    <message>
        <source>&amp;Offer timeout</source>
        <translation>&amp;Zeitlimit für Angebote</translation>
    </message>
    <message>
        <source>&amp;Missed offers</source>
        <translation>&amp;Verpasste Angebote</translation>
    </message>
    <message>
        <source>Wrap-&amp;up time</source>
        <translation>Nachbearbeit&amp;ungszeit</translation>
    </message>
    <message>
        <source>Service level &amp;threshold</source>
        <translation>Service-Level-Schwell&amp;e</translation>
    </message>
    <message>
        <source>Service level ta&amp;rget</source>
        <translation>Service-Level-Z&amp;iel</translation>
    </message>
    <message>
        <source>Service level &amp;formula</source>
        <translation>Service-Level-&amp;Formel</translation>
    </message>
    <message>
        <source>Short a&amp;bandon</source>
        <translation>Kurzab&amp;bruch</translation>
    </message>
    <message>
        <source>T&amp;ime zone</source>
        <translation>Zeitz&amp;one</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Closed m&amp;essage</source>
        <translation>&amp;Meldung bei Schließung</translation>
    </message>
    <message>
        <source>Wrap-up codes</source>
        <translation>Nachbearbeitungscodes</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Minimum (1–10)</source>
        <translation>Minimum (1–10)</translation>
    </message>
    <message>
        <source>After (s)</source>
        <translation>Nach (s)</translation>
    </message>
    <message>
        <source>New minimum (0 drops it)</source>
        <translation>Neues Minimum (0 entfernt ihn)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Skill hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add relaxation</source>
        <translation>Lockerung hinzufügen</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long an agent has to accept an offer: 5 to 3600 seconds.</source>
        <translation>Wie lange ein Agent Zeit hat, ein Angebot anzunehmen: 5 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>0 to 100; interactions of a higher-priority queue are offered first.</source>
        <translation>0 bis 100; Interaktionen einer Warteschlange mit höherer Priorität werden zuerst angeboten.</translation>
    </message>
    <message>
        <source>Offers an agent may miss in a row before routing sets them Not Ready: 1 to 10.</source>
        <translation>Angebote, die ein Agent nacheinander verpassen darf, bevor das Routing ihn auf „Nicht bereit“ setzt: 1 bis 10.</translation>
    </message>
    <message>
        <source>The time zone the opening hours are in (IANA name, e.g. Europe/Berlin). Empty: the queue is always open.</source>
        <translation>Die Zeitzone der Öffnungszeiten (IANA-Name, z. B. Europe/Berlin). Leer: Die Warteschlange ist immer geöffnet.</translation>
    </message>
    <message>
        <source>What customers are told while the queue is closed.</source>
        <translation>Was Kunden mitgeteilt wird, solange die Warteschlange geschlossen ist.</translation>
    </message>
    <message>
        <source>Longest idle agent</source>
        <translation>Am längsten freier Agent</translation>
    </message>
    <message>
        <source>Most skilled agent</source>
        <translation>Agent mit den besten Skills</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Reihum (Round Robin)</translation>
    </message>
    <message>
        <source>Fewest active interactions</source>
        <translation>Wenigste aktive Interaktionen</translation>
    </message>
    <message>
        <source>Answered within threshold ÷ answered</source>
        <translation>Innerhalb der Schwelle angenommen ÷ angenommen</translation>
    </message>
    <message>
        <source>Removed from queue within threshold ÷ offered</source>
        <translation>Innerhalb der Schwelle aus der Warteschlange entfernt ÷ angeboten</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Create queue</source>
        <translation>Warteschlange anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the queue (%1)</source>
        <translation>Warteschlange speichern (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Back to the stored version</source>
        <translation>Zurück zur gespeicherten Version</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 %3.</source>
        <translation>Muss zwischen %1 und %2 %3 liegen.</translation>
    </message>
    <message>
        <source>Name the queue.</source>
        <translation>Der Warteschlange einen Namen geben.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Another queue is named “%1”.</source>
        <translation>Eine andere Warteschlange heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Mindestens einen Kanal auswählen.</translation>
    </message>
    <message>
        <source>Choose a skill in every row.</source>
        <translation>In jeder Zeile einen Skill auswählen.</translation>
    </message>
    <message>
        <source>A minimum proficiency is 1 to 10.</source>
        <translation>Eine Mindeststufe ist 1 bis 10.</translation>
    </message>
    <message>
        <source>%1 is required twice.</source>
        <translation>%1 ist doppelt erforderlich.</translation>
    </message>
    <message>
        <source>Relax after 1 to 86400 seconds.</source>
        <translation>Nach 1 bis 86400 Sekunden lockern.</translation>
    </message>
    <message>
        <source>%1 is not a required skill of this queue.</source>
        <translation>%1 ist kein erforderlicher Skill dieser Warteschlange.</translation>
    </message>
    <message>
        <source>The new minimum is 0 (drop the skill) to 10.</source>
        <translation>Das neue Minimum ist 0 (Skill entfällt) bis 10.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Must be shorter than the service level threshold (%1 s).</source>
        <translation>Muss kürzer sein als die Service-Level-Schwelle (%1 s).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>Choose the time zone of the opening hours; without one the queue is always open.</source>
        <translation>Die Zeitzone der Öffnungszeiten auswählen; ohne sie ist die Warteschlange immer geöffnet.</translation>
    </message>
    <message>
        <source>Closes before it opens.</source>
        <translation>Schließt, bevor sie öffnet.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A holiday&apos;s name is at most 64 characters.</source>
        <translation>Der Name eines Feiertags hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs a change first.</source>
        <translation>Nicht gespeichert: Zuerst muss 1 Feld geändert werden.</translation>
    </message>
    <message>
        <source>Not saved: %1 fields need a change first.</source>
        <translation>Nicht gespeichert: Zuerst müssen %1 Felder geändert werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Gespeichert: Version %1.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this queue.</source>
        <translation>Nicht gespeichert: Inzwischen hat jemand anderes diese Warteschlange geändert.</translation>
    </message>
    <message>
        <source>The server refused the queue: see the field marked.</source>
        <translation>Der Server hat die Warteschlange abgelehnt: siehe markiertes Feld.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Someone else changed this queue since you opened it. Reload it to see their change, then apply yours again.</source>
        <translation>Jemand anderes hat diese Warteschlange geändert, seit sie geöffnet wurde. Neu laden, um die Änderung zu sehen, dann die eigene erneut vornehmen.</translation>
    </message>
    <message>
        <source>The queue was deleted.</source>
        <translation>Die Warteschlange wurde gelöscht.</translation>
    </message>
    <message>
        <source>It is now version %1; you are editing version %2.</source>
        <translation>Jetzt ist es Version %1; bearbeitet wird Version %2.</translation>
    </message>
    <message>
        <source>Cannot reload: %1</source>
        <translation>Neu laden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Reloaded version %1.</source>
        <translation>Version %1 neu geladen.</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 öffnet um</translation>
    </message>
    <message>
        <source>%1 closes at (00:00: midnight)</source>
        <translation>%1 schließt um (00:00: Mitternacht)</translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation>Einstellungen der Warteschlange</translation>
    </message>
    <message>
        <source>Required skill in row %1</source>
        <translation>Erforderlicher Skill in Zeile %1</translation>
    </message>
    <message>
        <source>Minimum proficiency in row %1</source>
        <translation>Mindeststufe in Zeile %1</translation>
    </message>
    <message>
        <source>Relax after, in seconds, row %1</source>
        <translation>Lockern nach (Sekunden), Zeile %1</translation>
    </message>
    <message>
        <source>Relaxed skill in row %1</source>
        <translation>Gelockerter Skill in Zeile %1</translation>
    </message>
    <message>
        <source>New minimum in row %1</source>
        <translation>Neues Minimum in Zeile %1</translation>
    </message>
    <message>
        <source>Answered within threshold ÷ (answered + abandoned − short abandons)</source>
        <translation>Innerhalb der Schwelle angenommen ÷ (angenommen + abgebrochen − Kurzabbrüche)</translation>
    </message>
    <message>
        <source>(Answered + abandoned within threshold) ÷ (answered + abandoned)</source>
        <translation>(Angenommen + abgebrochen innerhalb der Schwelle) ÷ (angenommen + abgebrochen)</translation>
    </message>
</context>
<context>
    <name>app::AdminQueuesView</name>
    <message>
        <source>Search queues</source>
        <translation>Warteschlangen suchen</translation>
    </message>
    <message>
        <source>Ne&amp;w queue</source>
        <translation>Neue Wa&amp;rteschlange</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>the new queue</source>
        <translation>die neue Warteschlange</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>Warteschlange löschen</translation>
    </message>
    <message>
        <source>Delete the queue “%1”? Interactions can no longer be routed to it.</source>
        <translation>Die Warteschlange „%1“ löschen? Interaktionen können dann nicht mehr an sie geroutet werden.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminSkillsView</name>
    <message>
        <source>Name the skill.</source>
        <translation>Dem Skill einen Namen geben.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Search skills</source>
        <translation>Skills suchen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neuer Skill</translation>
    </message>
    <message>
        <source>Skill (version %1)</source>
        <translation>Skill (Version %1)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Ne&amp;w skill</source>
        <translation>N&amp;euer Skill</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the skill (%1)</source>
        <translation>Skill speichern (%1)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Gespeichert: Version %1.</translation>
    </message>
    <message>
        <source>Someone else changed this skill; select it again to see their change. (%1)</source>
        <translation>Inzwischen hat jemand anderes diesen Skill geändert; erneut auswählen, um die Änderung zu sehen. (%1)</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Skill löschen</translation>
    </message>
    <message>
        <source>Delete the skill “%1”?</source>
        <translation>Den Skill „%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Anzeige&amp;name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation>Ad&amp;min</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Co&amp;nfirm password</source>
        <translation>Passwort bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>3 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; it cannot be changed later.</source>
        <translation>3 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>At least 8 characters. The user can change it after signing in.</source>
        <translation>Mindestens 8 Zeichen. Der Benutzer kann es nach der Anmeldung ändern.</translation>
    </message>
    <message>
        <source>the username when empty</source>
        <translation>leer: der Benutzername</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>A username has 3 to 64 characters.</source>
        <translation>Ein Benutzername hat 3 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>Only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Nur Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Mindestens eine Rolle auswählen.</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Not created: fix the fields marked first.</source>
        <translation>Nicht angelegt: zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>The server refused the user: see the field marked.</source>
        <translation>Der Server hat den Benutzer abgelehnt: siehe markiertes Feld.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>app::AdminWorkspace</name>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>Das Verzeichnis konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>Teams and &amp;codes</source>
        <translation>Teams und &amp;Codes</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
</context>
<context>
    <name>app::AgentGridView</name>
    <message>
        <source>The agents could not be loaded: %1</source>
        <translation>Die Agenten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>%1 of %2 agents</source>
        <translation>%1 von %2 Agenten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Agent suchen</translation>
    </message>
    <message>
        <source>Find an agent by name</source>
        <translation>Agent nach Namen suchen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>channel with customer</comment>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>No interaction to monitor</source>
        <translation>Keine Interaktion zum Mithören</translation>
    </message>
    <message>
        <source>Sign out agent</source>
        <translation>Agenten abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out? Their offers go to other agents and their active interactions go back to their queues.</source>
        <translation>%1 abmelden? Die Angebote gehen an andere Agenten, die aktiven Interaktionen zurück in ihre Warteschlangen.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1 was signed out.</source>
        <translation>%1 wurde abgemeldet.</translation>
    </message>
    <message>
        <source>The state of %1 was changed.</source>
        <translation>Der Status von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>%1 wurde nicht abgemeldet: %2</translation>
    </message>
    <message>
        <source>The state of %1 was not changed: %2</source>
        <translation>Der Status von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Set &amp;state</source>
        <translation>Status &amp;festlegen</translation>
    </message>
    <message>
        <source>Set the selected agent&apos;s state</source>
        <translation>Status des ausgewählten Agenten festlegen</translation>
    </message>
    <message>
        <source>Set the selected agent&apos;s state (Ctrl+Shift+S)</source>
        <translation>Status des ausgewählten Agenten festlegen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Sign the selected agent out</source>
        <translation>Ausgewählten Agenten abmelden</translation>
    </message>
    <message>
        <source>Sign the selected agent out (Ctrl+Shift+O)</source>
        <translation>Ausgewählten Agenten abmelden (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Monitor…</source>
        <translation>M&amp;ithören…</translation>
    </message>
    <message>
        <source>Monitor one of the selected agent&apos;s interactions</source>
        <translation>Eine Interaktion des ausgewählten Agenten mithören</translation>
    </message>
    <message>
        <source>Monitor one of the selected agent&apos;s interactions (Ctrl+Shift+M)</source>
        <translation>Eine Interaktion des ausgewählten Agenten mithören (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Status festlegen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Mithören</translation>
    </message>
</context>
<context>
    <name>app::AgentWorkspace</name>
    <message>
        <source>My skills: %1</source>
        <translation>Meine Skills: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Capacity: the center&apos;s defaults</source>
        <translation>Kapazität: die Vorgaben des Centers</translation>
    </message>
    <message>
        <source>Capacity at once: %1</source>
        <translation>Gleichzeitig höchstens: %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation>Unbekannter Kanal</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>SL +%1</source>
        <translation>SL +%1</translation>
    </message>
    <message>
        <source>SL %1</source>
        <translation>SL %1</translation>
    </message>
    <message>
        <source>ACW %1</source>
        <translation>NBZ %1</translation>
    </message>
    <message>
        <source>Could not end the interaction: %1</source>
        <translation>Interaktion konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>Could not finish the wrap-up: %1</source>
        <translation>Nachbearbeitung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>State not changed: %1</source>
        <translation>Status nicht geändert: %1</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>Annehmen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not reject: %1</source>
        <translation>Ablehnen nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Eigener Status</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the interaction and start wrap-up (%1)</source>
        <translation>Interaktion beenden und Nachbearbeitung beginnen (%1)</translation>
    </message>
    <message>
        <source>End interaction</source>
        <translation>Interaktion beenden</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <source>Transfer to a queue or a colleague (%1)</source>
        <translation>An eine Warteschlange oder einen Kollegen weiterleiten (%1)</translation>
    </message>
    <message>
        <source>Transfer interaction</source>
        <translation>Interaktion weiterleiten</translation>
    </message>
    <message>
        <source>No interaction selected. Offers appear here when you are Available.</source>
        <translation>Keine Interaktion ausgewählt. Angebote erscheinen hier im Status „Verfügbar“.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>Nicht bereit – %1</translation>
    </message>
    <message>
        <source>Next: Available</source>
        <translation>Danach: Verfügbar</translation>
    </message>
    <message>
        <source>Next: Not Ready — %1</source>
        <translation>Danach: Nicht bereit – %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>New %1 from %2</source>
        <translation>Neu: %1 von %2</translation>
    </message>
    <message>
        <source>Queue %1 — accept with %2</source>
        <translation>Warteschlange %1 – annehmen mit %2</translation>
    </message>
    <message>
        <source>Not transferred: %1</source>
        <translation>Nicht weitergeleitet: %1</translation>
    </message>
    <message>
        <source>the %1 with %2</source>
        <translation>Interaktion mit %2 (%1)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Accept the offer</source>
        <translation>Angebot annehmen</translation>
    </message>
    <message>
        <source>Reject the offer</source>
        <translation>Angebot ablehnen</translation>
    </message>
    <message>
        <source>Next interaction</source>
        <translation>Nächste Interaktion</translation>
    </message>
    <message>
        <source>Previous interaction</source>
        <translation>Vorherige Interaktion</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Zum Posteingang</translation>
    </message>
    <message>
        <source>Go to the panel</source>
        <translation>Zum Bereich der Interaktion</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>End the interaction</source>
        <translation>Interaktion beenden</translation>
    </message>
    <message>
        <source>Wrap up: choose the code</source>
        <translation>Nachbearbeitung: Code auswählen</translation>
    </message>
    <message>
        <source>Wrap up: done</source>
        <translation>Nachbearbeitung: abschließen</translation>
    </message>
    <message>
        <source>In the panel</source>
        <translation>Im Bereich der Interaktion</translation>
    </message>
    <message>
        <source>Saved offline: sent when the server is reachable</source>
        <translation>Offline gespeichert: wird gesendet, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Saved while the server is unreachable, sent as soon as it is back: %1</source>
        <translation>Gespeichert, während der Server nicht erreichbar ist; wird gesendet, sobald er wieder verfügbar ist: %1</translation>
    </message>
    <message>
        <source>Not done: %1. The server refused it: %2</source>
        <translation>Nicht ausgeführt: %1. Der Server hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved while offline: it is sent when the server is reachable.</source>
        <translation>Nachbearbeitung offline gespeichert: wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer and tools</source>
        <translation>Kunde und Werkzeuge</translation>
    </message>
    <message>
        <source>Dismiss the supervisor&apos;s notices</source>
        <translation>Hinweise des Supervisors ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whisper from %1: %2 (%3)</source>
        <translation>Flüsternachricht von %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>app::AlertNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
</context>
<context>
    <name>app::AlertView</name>
    <message>
        <source>%1 on %2 is %3, above %4</source>
        <translation>%1 in %2 beträgt %3, über %4</translation>
    </message>
    <message>
        <source>Deleted the rule “%1”.</source>
        <translation>Regel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The rule “%1” was not deleted: %2</source>
        <translation>Die Regel „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>The alert rules could not be loaded: %1</source>
        <translation>Die Alarmregeln konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <source>Name the rule: supervisors see the name in the alert.</source>
        <translation>Der Regel einen Namen geben: Supervisoren sehen den Namen im Alarm.</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Die Regel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>⚠ %1: %2 (since %3)</source>
        <translation>⚠ %1: %2 (seit %3)</translation>
    </message>
    <message>
        <source>No alert is raised.</source>
        <translation>Kein Alarm ausgelöst.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Raised alerts</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Alert rules (shared by all supervisors)</source>
        <translation>Alarmregeln (für alle Supervisoren gemeinsam)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Alert &amp;above:</source>
        <translation>Alarm ü&amp;ber:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Akti&amp;viert</translation>
    </message>
    <message>
        <source>Ne&amp;w rule</source>
        <translation>Neue &amp;Regel</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>app::Application</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation>Server nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Your saved session has ended. Sign in again.</source>
        <translation>Die gespeicherte Sitzung ist abgelaufen. Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed out: %1.</source>
        <translation>Abgemeldet: %1.</translation>
    </message>
</context>
<context>
    <name>app::AuditLogView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>who, action, target or details</source>
        <translation>Wer, Aktion, Ziel oder Details</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Audit-Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Only entries of this service</source>
        <translation>Nur Einträge dieses Dienstes</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>Only this kind of action</source>
        <translation>Nur diese Art von Aktion</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Only entries from a time on</source>
        <translation>Nur Einträge ab einem Zeitpunkt</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Von (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Only entries up to a time</source>
        <translation>Nur Einträge bis zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>To (local time)</source>
        <translation>Bis (Ortszeit)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>Audit-Protokoll neu laden</translation>
    </message>
    <message>
        <source>Why the audit log could not be read</source>
        <translation>Warum das Audit-Protokoll nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Einträge des Audit-Protokolls, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 newest entries shown; scroll down or Load older for more</source>
        <translation>Die neuesten %1 Einträge werden angezeigt; nach unten scrollen oder „Ältere laden“ für mehr</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see all of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einen Eintrag auswählen, um ihn vollständig zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>app::InteractionHandle</name>
    <message>
        <source>The interaction is not active.</source>
        <translation>Die Interaktion ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>This is not an e-mail interaction.</source>
        <translation>Dies ist keine E-Mail-Interaktion.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>This is not a call.</source>
        <translation>Dies ist kein Anruf.</translation>
    </message>
    <message>
        <source>The call is not live.</source>
        <translation>Der Anruf ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Which digits?</source>
        <translation>Welche Ziffern?</translation>
    </message>
    <message>
        <source>Whom to consult?</source>
        <translation>Wen für die Rückfrage?</translation>
    </message>
    <message>
        <source>Choose a queue or a colleague.</source>
        <translation>Warteschlange oder Kollegen auswählen.</translation>
    </message>
    <message>
        <source>Whisper from %1: %2</source>
        <translation>Flüsternachricht von %1: %2</translation>
    </message>
    <message>
        <source>your supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>app::IntradayView</name>
    <message>
        <source>Could not load the queues: %1</source>
        <translation>Die Warteschlangen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Could not load the intraday figures: %1</source>
        <translation>Die Tageswerte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No interactions in this queue on this day yet.</source>
        <translation>Noch keine Interaktionen in dieser Warteschlange an diesem Tag.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Service level: answered within %1 s, of those answered</source>
        <translation>Service-Level: innerhalb von %1 s angenommen, von den angenommenen</translation>
    </message>
    <message>
        <source>Service level: answered or abandoned within %1 s</source>
        <translation>Service-Level: innerhalb von %1 s angenommen oder abgebrochen</translation>
    </message>
    <message>
        <source>Service level: left the queue within %1 s</source>
        <translation>Service-Level: Warteschlange innerhalb von %1 s verlassen</translation>
    </message>
    <message>
        <source>Service level: answered within %1 s, short abandons excluded</source>
        <translation>Service-Level: innerhalb von %1 s angenommen, ohne Kurzabbrüche</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Offered: %2&lt;br&gt;Answered: %3&lt;br&gt;Abandoned: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Angeboten: %2&lt;br&gt;Angenommen: %3&lt;br&gt;Abgebrochen: %4</translation>
    </message>
    <message>
        <source>Service level: %1 %</source>
        <translation>Service-Level: %1 %</translation>
    </message>
    <message>
        <source>Service level: no answers or abandons</source>
        <translation>Service-Level: keine Annahmen oder Abbrüche</translation>
    </message>
    <message>
        <source>ASA: %1 s</source>
        <translation>ASA: %1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Intraday</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask for the figures again (they refresh every minute)</source>
        <translation>Die Werte erneut abfragen (sie werden jede Minute aktualisiert)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interval start (local time)</source>
        <translation>Intervallbeginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Intraday chart: offered, answered and abandoned per 15 minutes, and the service level</source>
        <translation>Tagesverlauf: angeboten, angenommen und abgebrochen je 15 Minuten, und das Service-Level</translation>
    </message>
    <message>
        <source>Intraday figures per 15 minutes</source>
        <translation>Tageswerte je 15 Minuten</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>Live updates</source>
        <translation>Live-Updates</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard – %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Your account holds no role yet. Ask an administrator to give you one.</source>
        <translation>Diesem Konto ist noch keine Rolle zugewiesen. Bitte an einen Administrator wenden.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 auf %2</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: verfügbar</translation>
    </message>
    <message>
        <source>%1: unavailable — %2</source>
        <translation>%1: nicht verfügbar – %2</translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation>Live-Updates: aus</translation>
    </message>
    <message>
        <source>Not connected to the event stream.</source>
        <translation>Nicht mit dem Ereignisstrom verbunden.</translation>
    </message>
    <message>
        <source>Live updates: connecting</source>
        <translation>Live-Updates: Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Live-Updates: an</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Live updates: reconnecting</source>
        <translation>Live-Updates: Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting.</source>
        <translation>Verbindung unterbrochen; wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting.</source>
        <translation>Verbindung unterbrochen (%1); wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 (server %3)</source>
        <translation>%1 auf %2 (Server %3)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Ring for offers</source>
        <translation>&amp;Klingeln bei Angeboten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Konto von %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>app::ModuleAdminView</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish a signed module version</source>
        <translation>Eine signierte Modulversion veröffentlichen</translation>
    </message>
    <message>
        <source>Roll &amp;out…</source>
        <translation>A&amp;usrollen…</translation>
    </message>
    <message>
        <source>Roll a version out</source>
        <translation>Eine Version ausrollen</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Roll a target back to its previous version</source>
        <translation>Ein Ziel auf seine vorherige Version zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktua&amp;lisieren</translation>
    </message>
    <message>
        <source>Ask the catalog again</source>
        <translation>Den Katalog erneut abfragen</translation>
    </message>
    <message>
        <source>The catalog&apos;s answer</source>
        <translation>Antwort des Katalogs</translation>
    </message>
    <message>
        <source>&amp;Modules and versions</source>
        <translation>&amp;Module und Versionen</translation>
    </message>
    <message>
        <source>Modules and their published versions</source>
        <translation>Module und ihre veröffentlichten Versionen</translation>
    </message>
    <message>
        <source>Module / version</source>
        <translation>Modul / Version</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Rolled out to</source>
        <translation>Ausgerollt für</translation>
    </message>
    <message>
        <source>&amp;Clients: which user runs which version</source>
        <translation>Clien&amp;ts: welcher Benutzer welche Version ausführt</translation>
    </message>
    <message>
        <source>Only the &amp;selected module</source>
        <translation>Nur das ausgewählte Mo&amp;dul</translation>
    </message>
    <message>
        <source>Show only the clients of the selected module</source>
        <translation>Nur die Clients des ausgewählten Moduls anzeigen</translation>
    </message>
    <message>
        <source>Module versions running on each client</source>
        <translation>Auf jedem Client laufende Modulversionen</translation>
    </message>
    <message>
        <source>1 client module</source>
        <translation>1 Client-Modul</translation>
    </message>
    <message>
        <source>%1 client modules</source>
        <translation>%1 Client-Module</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3 by %4</source>
        <translation>%1: %2 für %3, von %4</translation>
    </message>
    <message>
        <source>%1: %2 replaced it for %3 (by %4)</source>
        <translation>%1: %2 hat sie für %3 ersetzt (von %4)</translation>
    </message>
    <message>
        <source>a withdrawal</source>
        <translation>eine Zurücknahme</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 Version</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 Versionen</translation>
    </message>
    <message>
        <source>Published %1 %2. Roll it out to make clients load it.</source>
        <translation>%1 %2 veröffentlicht. Ausrollen, damit Clients sie laden.</translation>
    </message>
    <message>
        <source>what the older rules give</source>
        <translation>das, was die älteren Regeln ergeben</translation>
    </message>
    <message>
        <source>Rolled %1 %2 out to %3.</source>
        <translation>%1 %2 für %3 ausgerollt.</translation>
    </message>
    <message>
        <source>Rolled %1 back for %2: now %3.</source>
        <translation>%1 für %2 zurückgesetzt: jetzt %3.</translation>
    </message>
</context>
<context>
    <name>app::ModuleHostBridge</name>
    <message>
        <source>No panel for %1 is installed</source>
        <translation>Kein Bereich für %1 installiert</translation>
    </message>
    <message>
        <source>The %1 module could not start: %2</source>
        <translation>Das Modul %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>This interaction is no longer yours.</source>
        <translation>Diese Interaktion ist nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <source>The %1 module made no panel.</source>
        <translation>Das Modul %1 hat keinen Bereich erstellt.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>rolled back from %1</source>
        <translation>zurückgesetzt von %1</translation>
    </message>
    <message>
        <source>%1 %2 could not start: %3</source>
        <translation>%1 %2 konnte nicht starten: %3</translation>
    </message>
    <message>
        <source>%1 %2 could not start: %3; staying on %4</source>
        <translation>%1 %2 konnte nicht starten: %3; %4 bleibt aktiv</translation>
    </message>
    <message>
        <source>quarantined: it crashed the client on %1</source>
        <translation>in Quarantäne: hat den Client am %1 abstürzen lassen</translation>
    </message>
</context>
<context>
    <name>app::ModulePublishDialog</name>
    <message>
        <source>Publish a module version</source>
        <translation>Eine Modulversion veröffentlichen</translation>
    </message>
    <message>
        <source>Choose a signed module version folder (&lt;i&gt;id&lt;/i&gt;/&lt;i&gt;version&lt;/i&gt;/ with manifest.json and signature.json) or a bundle file made by &lt;tt&gt;switchboard-ctl module sign&lt;/tt&gt;. The server checks the signature against the keys it trusts.</source>
        <translation>Einen signierten Modulversionsordner (&lt;i&gt;id&lt;/i&gt;/&lt;i&gt;version&lt;/i&gt;/ mit manifest.json und signature.json) oder eine mit &lt;tt&gt;switchboard-ctl module sign&lt;/tt&gt; erstellte Paketdatei auswählen. Der Server prüft die Signatur anhand der Schlüssel, denen er vertraut.</translation>
    </message>
    <message>
        <source>Module folder or bundle file</source>
        <translation>Modulordner oder Paketdatei</translation>
    </message>
    <message>
        <source>/path/to/modules/chat/1.1.0</source>
        <translation>/pfad/zu/modules/chat/1.1.0</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a module folder</source>
        <translation>Modulordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>What is wrong with the folder</source>
        <translation>Was mit dem Ordner nicht stimmt</translation>
    </message>
    <message>
        <source>What will be published</source>
        <translation>Was veröffentlicht wird</translation>
    </message>
    <message>
        <source>Publishes:</source>
        <translation>Wird veröffentlicht:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>Signiert mit Schlüssel:</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Module version folder</source>
        <translation>Modulversionsordner</translation>
    </message>
    <message>
        <source>nothing chosen yet</source>
        <translation>noch nichts ausgewählt</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; (%3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>nothing that can be published</source>
        <translation>nichts, was veröffentlicht werden kann</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>app::MonitorWindow</name>
    <message>
        <source>Whisper from %1: %2</source>
        <translation>Flüsternachricht von %1: %2</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>%1 (customer): %2</source>
        <translation>%1 (Kunde): %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Noch kein Anruf</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Rückfrage läuft</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Whisper not sent: %1</source>
        <translation>Flüsternachricht nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Could not barge in: %1</source>
        <translation>Aufschalten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (selbst)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (Agent)</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (gehalten)</translation>
    </message>
    <message>
        <source>Monitoring %1 — %2 with %3</source>
        <translation>Mithören: %1 – %2 mit %3</translation>
    </message>
    <message>
        <source>%1&apos;s %2 with %3</source>
        <translation>%2 von %1 mit %3</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>Mithören nicht möglich: %1</translation>
    </message>
    <message>
        <source>Starting to monitor…</source>
        <translation>Mithören wird gestartet…</translation>
    </message>
    <message>
        <source>You have joined: the customer was told that you are here.</source>
        <translation>Aufgeschaltet: Der Kunde wurde über die Teilnahme informiert.</translation>
    </message>
    <message>
        <source>Listening (read-only): the customer does not know you are here.</source>
        <translation>Mithören (nur lesen): Der Kunde weiß nichts von der Teilnahme.</translation>
    </message>
    <message>
        <source>Live transcript (read-only)</source>
        <translation>Live-Verlauf (nur lesen)</translation>
    </message>
    <message>
        <source>Call parties</source>
        <translation>Gesprächsteilnehmer</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Einflüstern:</translation>
    </message>
    <message>
        <source>A message only %1 sees</source>
        <translation>Eine Nachricht, die nur %1 sieht</translation>
    </message>
    <message>
        <source>Whisper to %1</source>
        <translation>%1 einflüstern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the whisper</source>
        <translation>Flüsternachricht senden</translation>
    </message>
    <message>
        <source>Send the whisper (Enter)</source>
        <translation>Flüsternachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Aufgeschaltet</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Aufschalten</translation>
    </message>
    <message>
        <source>Barge in: join the interaction</source>
        <translation>Aufschalten: der Interaktion beitreten</translation>
    </message>
    <message>
        <source>Join the interaction: the customer sees you join (Ctrl+Shift+B)</source>
        <translation>Der Interaktion beitreten: Der Kunde sieht den Beitritt (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>app::RolloutDialog</name>
    <message>
        <source>Roll out a module version</source>
        <translation>Eine Modulversion ausrollen</translation>
    </message>
    <message>
        <source>Roll back a module</source>
        <translation>Ein Modul zurücksetzen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>What is wrong with the version</source>
        <translation>Was mit der Version nicht stimmt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>A queue&apos;s agents</source>
        <translation>Agenten einer Warteschlange</translation>
    </message>
    <message>
        <source>A percentage of users</source>
        <translation>Ein Prozentsatz der Benutzer</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation>Bestimmte Benutzer</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Percentage of users</source>
        <translation>Prozentsatz der Benutzer</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Benutzernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>agent1, agent2</source>
        <translation>agent1, agent2</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>What is wrong with the target</source>
        <translation>Was mit dem Ziel nicht stimmt</translation>
    </message>
    <message>
        <source>What this will do</source>
        <translation>Was dies bewirkt</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>&amp;Roll out</source>
        <translation>&amp;Ausrollen</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (signed by %2)</source>
        <translation>%1 (signiert von %2)</translation>
    </message>
    <message>
        <source>Name at least one user (user names, separated by commas).</source>
        <translation>Mindestens einen Benutzer angeben (Benutzernamen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Zuerst eine Version veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 has no published version.</source>
        <translation>%1 hat keine veröffentlichte Version.</translation>
    </message>
    <message>
        <source>No module has been published yet.</source>
        <translation>Es wurde noch kein Modul veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 %2 for %3 (instead of %4). The newest rule that matches a user wins.</source>
        <translation>%1 %2 für %3 (statt %4). Die neueste Regel, die auf einen Benutzer zutrifft, gilt.</translation>
    </message>
    <message>
        <source>%1 %2 for %3. The newest rule that matches a user wins.</source>
        <translation>%1 %2 für %3. Die neueste Regel, die auf einen Benutzer zutrifft, gilt.</translation>
    </message>
    <message>
        <source>%1 was never rolled out to %2: there is nothing to roll back.</source>
        <translation>%1 wurde nie für %2 ausgerollt: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1 for %2: from %3 back to what the older rules give.</source>
        <translation>%1 für %2: von %3 zurück auf das, was die älteren Regeln ergeben.</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(zurückgenommen)</translation>
    </message>
    <message>
        <source>%1 for %2: from %3 back to %4.</source>
        <translation>%1 für %2: von %3 zurück auf %4.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>app::SignInDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation>Bei Switchboard anmelden</translation>
    </message>
    <message>
        <source>host:port, e.g. switchboard.example.com:7443</source>
        <translation>Host:Port, z. B. switchboard.example.com:7443</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Serveradresse eingeben.</translation>
    </message>
    <message>
        <source>Add the port, e.g. %1:7443.</source>
        <translation>Port ergänzen, z. B. %1:7443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Passwort eingeben.</translation>
    </message>
</context>
<context>
    <name>app::StaffingView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Could not load the queues: %1</source>
        <translation>Die Warteschlangen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the queue&apos;s live figures: %1</source>
        <translation>Die Live-Werte der Warteschlange konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>live: %1 per hour (the last hour)</source>
        <translation>live: %1 pro Stunde (letzte Stunde)</translation>
    </message>
    <message>
        <source>live: %1 s (today)</source>
        <translation>live: %1 s (heute)</translation>
    </message>
    <message>
        <source>live: none yet (nothing handled today)</source>
        <translation>live: noch keine (heute nichts bearbeitet)</translation>
    </message>
    <message>
        <source>Enter the interactions arriving per hour: more than 0.</source>
        <translation>Geben Sie die eingehenden Interaktionen pro Stunde ein: mehr als 0.</translation>
    </message>
    <message>
        <source>Enter the average handle time in seconds (this queue has none yet today).</source>
        <translation>Geben Sie die durchschnittliche Bearbeitungszeit in Sekunden ein (diese Warteschlange hat heute noch keine).</translation>
    </message>
    <message>
        <source>Enter the average handle time in seconds: more than 0, at most 86,400.</source>
        <translation>Geben Sie die durchschnittliche Bearbeitungszeit in Sekunden ein: mehr als 0, höchstens 86.400.</translation>
    </message>
    <message>
        <source>Enter a service-level target in percent: more than 0 and below 100 (e.g. 80).</source>
        <translation>Geben Sie ein Service-Level-Ziel in Prozent ein: mehr als 0 und unter 100 (z. B. 80).</translation>
    </message>
    <message>
        <source>Enter the threshold in whole seconds: 1 to 3,600 (e.g. 20).</source>
        <translation>Geben Sie die Schwelle in ganzen Sekunden ein: 1 bis 3.600 (z. B. 20).</translation>
    </message>
    <message>
        <source>%1 Erlangs</source>
        <translation>%1 Erlang</translation>
    </message>
    <message>
        <source>Short by 1 agent</source>
        <translation>1 Agent fehlt</translation>
    </message>
    <message>
        <source>Short by %1 agents</source>
        <translation>%1 Agenten fehlen</translation>
    </message>
    <message>
        <source>1 agent spare</source>
        <translation>1 Agent mehr als nötig</translation>
    </message>
    <message>
        <source>%1 agents spare</source>
        <translation>%1 Agenten mehr als nötig</translation>
    </message>
    <message>
        <source>Staffed exactly as needed</source>
        <translation>Genau wie benötigt besetzt</translation>
    </message>
    <message>
        <source>with %1 agents: service level %2 within %3 s, ASA %4, occupancy %5</source>
        <translation>mit %1 Agenten: Service-Level %2 innerhalb von %3 s, ASA %4, Auslastung %5</translation>
    </message>
    <message>
        <source>unstable: the queue grows</source>
        <translation>instabil: die Warteschlange wächst</translation>
    </message>
    <message>
        <source>Running %1 × %2 virtual hours with %3 agents…</source>
        <translation>%1 × %2 virtuelle Stunden mit %3 Agenten laufen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The simulator refused: %1</source>
        <translation>Der Simulator hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>0 % (assumed)</source>
        <translation>0 % (angenommen)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 agents, %2 runs of %3 virtual hours on the real routing engine: %4 interactions answered, figures pooled. The simulated customers wait as long as it takes, as Erlang C assumes.</source>
        <translation>%1 Agenten, %2 Läufe zu je %3 virtuellen Stunden auf der echten Routing-Engine: %4 Interaktionen angenommen, Werte zusammengefasst. Die simulierten Kunden warten so lange wie nötig, wie Erlang C annimmt.</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personalbedarf</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Workload and target</source>
        <translation>Arbeitslast und Ziel</translation>
    </message>
    <message>
        <source>&amp;Arrivals per hour:</source>
        <translation>&amp;Eingänge pro Stunde:</translation>
    </message>
    <message>
        <source>A&amp;verage handle time (s):</source>
        <translation>&amp;Durchschnittliche Bearbeitungszeit (s):</translation>
    </message>
    <message>
        <source>Service-level &amp;target (%):</source>
        <translation>Service-Level-&amp;Ziel (%):</translation>
    </message>
    <message>
        <source>Answered &amp;within (s):</source>
        <translation>Angenommen &amp;innerhalb (s):</translation>
    </message>
    <message>
        <source>Use &amp;live figures</source>
        <translation>&amp;Live-Werte verwenden</translation>
    </message>
    <message>
        <source>Read the queue&apos;s arrival rate (the last hour) and AHT (today) again</source>
        <translation>Eingangsrate (letzte Stunde) und AHT (heute) der Warteschlange erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Verkehr:</translation>
    </message>
    <message>
        <source>Agents needed:</source>
        <translation>Benötigte Agenten:</translation>
    </message>
    <message>
        <source>Agents staffed now:</source>
        <translation>Jetzt besetzt:</translation>
    </message>
    <message>
        <source>The queue&apos;s agents who are signed in: available, busy, in wrap-up or not ready</source>
        <translation>Die angemeldeten Agenten der Warteschlange: verfügbar, beschäftigt, in Nachbearbeitung oder nicht bereit</translation>
    </message>
    <message>
        <source>Predicted:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>Service level by agent count</source>
        <translation>Service-Level nach Anzahl der Agenten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation>P(Warten)</translation>
    </message>
    <message>
        <source>What if: the virtual simulator</source>
        <translation>Was wäre, wenn: der virtuelle Simulator</translation>
    </message>
    <message>
        <source>A&amp;gents:</source>
        <translation>Agen&amp;ten:</translation>
    </message>
    <message>
        <source>Virtual &amp;hours:</source>
        <translation>Virtuelle &amp;Stunden:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>What-if: simulated figures beside Erlang C</source>
        <translation>Was wäre, wenn: simulierte Werte neben Erlang C</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>SL range of the runs</source>
        <translation>SL-Spanne der Läufe</translation>
    </message>
    <message>
        <source>The service level of a single run: from the 10th to the 90th percentile of the runs. Short periods vary a lot.</source>
        <translation>Das Service-Level eines einzelnen Laufs: vom 10. bis zum 90. Perzentil der Läufe. Kurze Zeiträume schwanken stark.</translation>
    </message>
</context>
<context>
    <name>app::SupervisorWorkspace</name>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Wallboards</source>
        <translation>Wallboards</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Intraday</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personalbedarf</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>Alarme anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>app::WallboardBoard</name>
    <message>
        <source>Unknown queue</source>
        <translation>Unbekannte Warteschlange</translation>
    </message>
    <message>
        <source>This board has no tiles yet. Choose Edit to add tiles.</source>
        <translation>Dieses Wallboard hat noch keine Kacheln. „Bearbeiten“ wählen, um Kacheln hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>app::WallboardEditor</name>
    <message>
        <source>Name the board so that you can find it again.</source>
        <translation>Dem Wallboard einen Namen geben, um es wiederzufinden.</translation>
    </message>
    <message>
        <source>Use 0 (no rotation) or at least 5 seconds.</source>
        <translation>0 (keine Rotation) oder mindestens 5 Sekunden verwenden.</translation>
    </message>
    <message>
        <source>Amber must not be above red when a higher value is worse.</source>
        <translation>Gelb darf nicht über Rot liegen, wenn ein höherer Wert schlechter ist.</translation>
    </message>
    <message>
        <source>Amber must not be below red when a lower value is worse.</source>
        <translation>Gelb darf nicht unter Rot liegen, wenn ein niedrigerer Wert schlechter ist.</translation>
    </message>
    <message>
        <source>There are no queues to show yet.</source>
        <translation>Es gibt noch keine Warteschlangen zum Anzeigen.</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Eine Warteschlange auswählen.</translation>
    </message>
    <message>
        <source>Row %1, column %2 already has a tile: choose another place.</source>
        <translation>Zeile %1, Spalte %2 hat bereits eine Kachel: einen anderen Platz wählen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3 · %4</source>
        <translation>Zeile %1, Spalte %2: %3 · %4</translation>
    </message>
    <message>
        <source>(amber %1, red %2, %3)</source>
        <translation>(Gelb %1, Rot %2, %3)</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <source>lower is worse</source>
        <translation>niedriger ist schlechter</translation>
    </message>
    <message>
        <source>Edit the board</source>
        <translation>Wallboard bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>TV &amp;rotation:</source>
        <translation>TV-&amp;Rotation:</translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Keine Rotation</translation>
    </message>
    <message>
        <source>How long TV mode shows this board before the next one (0: it stays).</source>
        <translation>Wie lange der TV-Modus dieses Wallboard zeigt, bevor das nächste kommt (0: es bleibt).</translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation>Kacheln:</translation>
    </message>
    <message>
        <source>&amp;Remove tile</source>
        <translation>Kachel &amp;entfernen</translation>
    </message>
    <message>
        <source>Add a tile</source>
        <translation>Kachel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Wartes&amp;chlange:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Ro&amp;w, column:</source>
        <translation>&amp;Zeile, Spalte:</translation>
    </message>
    <message>
        <source>row </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <source>column </source>
        <translation>Spalte </translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation>&amp;Gelb ab:</translation>
    </message>
    <message>
        <source>R&amp;ed at:</source>
        <translation>R&amp;ot ab:</translation>
    </message>
    <message>
        <source>&amp;Higher is worse</source>
        <translation>Höher &amp;ist schlechter</translation>
    </message>
    <message>
        <source>A&amp;dd tile</source>
        <translation>Kachel hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Save board</source>
        <translation>Wallboard s&amp;peichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>app::WallboardTvWindow</name>
    <message>
        <source>Wallboards — TV mode</source>
        <translation>Wallboards – TV-Modus</translation>
    </message>
    <message>
        <source>No wallboards</source>
        <translation>Keine Wallboards</translation>
    </message>
    <message>
        <source>Board %1 of %2</source>
        <translation>Wallboard %1 von %2</translation>
    </message>
    <message>
        <source>Esc leaves TV mode · ← → previous or next board</source>
        <translation>Esc beendet den TV-Modus · ← → vorheriges oder nächstes Wallboard</translation>
    </message>
</context>
<context>
    <name>app::WallboardView</name>
    <message>
        <source>Delete wallboard</source>
        <translation>Wallboard löschen</translation>
    </message>
    <message>
        <source>Delete the wallboard “%1”? Its layout is removed from the server.</source>
        <translation>Das Wallboard „%1“ löschen? Sein Layout wird vom Server entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The wallboards could not be loaded: %1</source>
        <translation>Die Wallboards konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Neues Wallboard</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Bildschirm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Wallboards</source>
        <translation>Wallboards</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Wallboard:</translation>
    </message>
    <message>
        <source>&amp;New board</source>
        <translation>&amp;Neues Wallboard</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>Ab&amp;docken</translation>
    </message>
    <message>
        <source>Open the board in a window of its own; the arrow chooses the screen.</source>
        <translation>Das Wallboard in einem eigenen Fenster öffnen; der Pfeil wählt den Bildschirm.</translation>
    </message>
    <message>
        <source>T&amp;V mode</source>
        <translation>&amp;TV-Modus</translation>
    </message>
    <message>
        <source>Full screen with large type, rotating through your boards; the arrow chooses the screen. Esc leaves.</source>
        <translation>Vollbild mit großer Schrift, wechselt durch die eigenen Wallboards; der Pfeil wählt den Bildschirm. Esc beendet.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>You have no wallboards yet. Choose New board to make one.</source>
        <translation>Noch keine Wallboards vorhanden. „Neues Wallboard“ wählen, um eines anzulegen.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
</context>
<context>
    <name>app::WallboardWindow</name>
    <message>
        <source>Wallboard — %1</source>
        <translation>Wallboard – %1</translation>
    </message>
</context>
<context>
    <name>models::AdminAgentModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Kapazitäten</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>models::AdminCodeModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Nachbearbeitungscode</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>unbezahlt</translation>
    </message>
</context>
<context>
    <name>models::AdminQueueModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Erforderliche Skills</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Offer timeout</source>
        <translation>Zeitlimit für Angebote</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>immer geöffnet</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 Tag pro Woche</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 Tage pro Woche</translation>
    </message>
    <message>
        <source>, 1 holiday</source>
        <translation>, 1 Feiertag</translation>
    </message>
    <message>
        <source>, %1 holidays</source>
        <translation>, %1 Feiertage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 % in %2 s</source>
        <translation>%1 % in %2 s</translation>
    </message>
</context>
<context>
    <name>models::AdminSkillModel</name>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>models::AgentGridModel</name>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>Nicht bereit – %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>(next: Not Ready)</source>
        <translation>(danach: Nicht bereit)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Im Status</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>channel: customer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>count — interactions</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
</context>
<context>
    <name>models::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>models::ModuleStatusModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
</context>
<context>
    <name>models::QueueMetricsModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
</context>
<context>
    <name>modules::chat::ChatModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>Keine Interaktion zum Anzeigen</translation>
    </message>
</context>
<context>
    <name>modules::chat::ChatPanel</name>
    <message>
        <source>Message not sent: %1</source>
        <translation>Nachricht nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Tippanzeige</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, / inserts a canned response</source>
        <translation>Nachricht eingeben. Enter sendet, Shift+Enter beginnt eine neue Zeile, / fügt einen Textbaustein ein</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Insert a prepared answer (or type / and its shortcut, then Tab)</source>
        <translation>Vorbereitete Antwort einfügen (oder / und das Kürzel eingeben, dann Tab)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Nachrichtenlänge</translation>
    </message>
    <message>
        <source>%1	/%2</source>
        <translation>%1	/%2</translation>
    </message>
    <message>
        <source>No canned responses</source>
        <translation>Keine Textbausteine</translation>
    </message>
    <message>
        <source>Customer is typing…</source>
        <translation>Kunde schreibt…</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modules::chat::TranscriptModel</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1 (Kunde)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>modules::email::EmailModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>Keine Interaktion zum Anzeigen</translation>
    </message>
    <message>
        <source>The e-mail panel cannot show a %1 interaction</source>
        <translation>Der E-Mail-Bereich kann keine Interaktion vom Typ %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>modules::email::EmailPanel</name>
    <message>
        <source>Subject of the thread</source>
        <translation>Betreff des Verlaufs</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail thread</source>
        <translation>E-Mail-Verlauf</translation>
    </message>
    <message>
        <source>Click a message (or press Space) to expand or collapse it</source>
        <translation>Nachricht anklicken (oder Leertaste drücken), um sie auf- oder zuzuklappen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>modules::email::MessageDelegate</name>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>… (%1 more quoted lines)</source>
        <translation>… (%1 weitere zitierte Zeilen)</translation>
    </message>
</context>
<context>
    <name>modules::email::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Dem Kunden antworten</translation>
    </message>
    <message>
        <source>Reply to the customer only</source>
        <translation>Nur dem Kunden antworten</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation>Allen antworten</translation>
    </message>
    <message>
        <source>Reply to the customer and copy everyone else on their last e-mail</source>
        <translation>Dem Kunden antworten und alle anderen Empfänger seiner letzten E-Mail in Kopie setzen</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Copied by reply all</source>
        <translation>Durch „Allen antworten“ in Kopie</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Subject of the reply</source>
        <translation>Betreff der Antwort</translation>
    </message>
    <message>
        <source>Subject problem</source>
        <translation>Problem mit dem Betreff</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Write the reply. %1 sends it.</source>
        <translation>Antwort verfassen. %1 sendet sie.</translation>
    </message>
    <message>
        <source>Reply text problem</source>
        <translation>Problem mit dem Antworttext</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quoted text sent below the reply</source>
        <translation>Zitierter Text, der unter der Antwort mitgesendet wird</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Files attached to the reply (Delete removes the selected one)</source>
        <translation>An die Antwort angehängte Dateien (Entf entfernt die ausgewählte)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>Dateien an die Antwort anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachment (Delete)</source>
        <translation>Ausgewählten Anhang entfernen (Entf)</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Insert a prepared answer at the cursor</source>
        <translation>Vorbereitete Antwort an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Antwort senden (%1)</translation>
    </message>
    <message>
        <source>Why replying is not possible</source>
        <translation>Warum keine Antwort möglich ist</translation>
    </message>
    <message>
        <source>Quoted below your reply:</source>
        <translation>Unter der Antwort zitiert:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No one else is on the customer&apos;s last e-mail.</source>
        <translation>Die letzte E-Mail des Kunden hat keine weiteren Empfänger.</translation>
    </message>
    <message>
        <source>Accept the e-mail to reply.</source>
        <translation>E-Mail annehmen, um zu antworten.</translation>
    </message>
    <message>
        <source>This e-mail is in wrap-up: the thread is read-only and no reply can be sent.</source>
        <translation>Diese E-Mail ist in der Nachbearbeitung: Der Verlauf ist schreibgeschützt, es kann keine Antwort gesendet werden.</translation>
    </message>
    <message>
        <source>This e-mail is closed: the thread is read-only and no reply can be sent.</source>
        <translation>Diese E-Mail ist abgeschlossen: Der Verlauf ist schreibgeschützt, es kann keine Antwort gesendet werden.</translation>
    </message>
    <message>
        <source>No canned responses</source>
        <translation>Keine Textbausteine</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Betreff eingeben.</translation>
    </message>
    <message>
        <source>Write a reply before sending.</source>
        <translation>Vor dem Senden eine Antwort verfassen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The last reply was not sent: %1</source>
        <translation>Die letzte Antwort wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>modules::email::ReplyFormat</name>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
</context>
<context>
    <name>modules::email::ThreadModel</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>From %1 (customer)</source>
        <translation>Von %1 (Kunde)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
</context>
<context>
    <name>modules::host</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>manifest.json names no valid id and version</source>
        <translation>manifest.json nennt keine gültige id und version</translation>
    </message>
</context>
<context>
    <name>modules::host::Bundle</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest.json</source>
        <translation>%1 hat keine manifest.json</translation>
    </message>
    <message>
        <source>not a Switchboard module bundle</source>
        <translation>kein Switchboard-Modulpaket</translation>
    </message>
    <message>
        <source>the bundle is truncated or names an invalid file</source>
        <translation>das Paket ist unvollständig oder nennt eine ungültige Datei</translation>
    </message>
    <message>
        <source>the bundle has no manifest.json</source>
        <translation>das Paket hat keine manifest.json</translation>
    </message>
    <message>
        <source>%1 is not signed: only signed modules are loaded</source>
        <translation>%1 ist nicht signiert: nur signierte Module werden geladen</translation>
    </message>
    <message>
        <source>%1 is signed by key &apos;%2&apos;, which this client does not trust</source>
        <translation>%1 ist mit dem Schlüssel „%2“ signiert, dem dieser Client nicht vertraut</translation>
    </message>
    <message>
        <source>%1 has been changed since it was signed, or its signature is forged: refused</source>
        <translation>%1 wurde nach dem Signieren verändert oder die Signatur ist gefälscht: abgelehnt</translation>
    </message>
    <message>
        <source>%1 %2 is installed already (a version folder is never changed)</source>
        <translation>%1 %2 ist bereits installiert (ein Versionsordner wird nie geändert)</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>modules::host::ModuleLoader</name>
    <message>
        <source>Cannot load %1: module is not resolved</source>
        <translation>%1 kann nicht geladen werden: Modul ist nicht aufgelöst</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not implement modules::api::Module</source>
        <translation>%1 implementiert modules::api::Module nicht</translation>
    </message>
</context>
<context>
    <name>modules::host::ModuleSpec</name>
    <message>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Not a Qt plugin: %1</source>
        <translation>Kein Qt-Plugin: %1</translation>
    </message>
    <message>
        <source>Not a Switchboard module: plugin IID is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Kein Switchboard-Modul: Plugin-IID ist „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <source>Built for module API major version %1, this host supports %2</source>
        <translation>Für Modul-API-Hauptversion %1 gebaut, dieser Host unterstützt %2</translation>
    </message>
    <message>
        <source>No module metadata (Q_PLUGIN_METADATA without FILE)</source>
        <translation>Keine Modul-Metadaten (Q_PLUGIN_METADATA ohne FILE)</translation>
    </message>
    <message>
        <source>Metadata has no &quot;id&quot;</source>
        <translation>Metadaten ohne „id“</translation>
    </message>
    <message>
        <source>Invalid id &quot;%1&quot;: use lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Ungültige id „%1“: nur Kleinbuchstaben, Ziffern, „.“ und „-“ verwenden</translation>
    </message>
    <message>
        <source>Metadata of %1 has no &quot;version&quot;</source>
        <translation>Metadaten von %1 ohne „version“</translation>
    </message>
    <message>
        <source>Invalid version &quot;%1&quot; of %2: expected MAJOR.MINOR.PATCH</source>
        <translation>Ungültige version „%1“ von %2: erwartet MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>Invalid compatVersion &quot;%1&quot; of %2: expected MAJOR.MINOR.PATCH</source>
        <translation>Ungültige compatVersion „%1“ von %2: erwartet MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>compatVersion %1 of %2 is newer than its version %3</source>
        <translation>compatVersion %1 von %2 ist neuer als deren version %3</translation>
    </message>
    <message>
        <source>Metadata of %1 has no &quot;apiVersion&quot;</source>
        <translation>Metadaten von %1 ohne „apiVersion“</translation>
    </message>
    <message>
        <source>%1 needs module API %2, this host supports %3.0 to %3.%4</source>
        <translation>%1 benötigt Modul-API %2, dieser Host unterstützt %3.0 bis %3.%4</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; of %2: expected channel-panel, agent-tool or wallboard-tile</source>
        <translation>Unbekannte kind „%1“ von %2: erwartet channel-panel, agent-tool oder wallboard-tile</translation>
    </message>
    <message>
        <source>Channel panel %1 has unknown channel &quot;%2&quot;: expected one of %3</source>
        <translation>Kanalbereich %1 hat unbekannten Kanal „%2“: erwartet einer von %3</translation>
    </message>
</context>
<context>
    <name>modules::host::PanelSwap</name>
    <message>
        <source>%1 made no panel</source>
        <translation>%1 hat keinen Bereich erstellt</translation>
    </message>
</context>
<context>
    <name>modules::host::SigningKey</name>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation>Signaturschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 signing key (&quot;ed25519-private &lt;base64&gt;&quot;)</source>
        <translation>%1 ist kein Ed25519-Signaturschlüssel („ed25519-private &lt;base64&gt;“)</translation>
    </message>
    <message>
        <source>%1 holds no usable Ed25519 key</source>
        <translation>%1 enthält keinen verwendbaren Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>modules::host::TrustedKeys</name>
    <message>
        <source>%1 is not an Ed25519 public key (&quot;ed25519 &lt;base64&gt;&quot;)</source>
        <translation>%1 ist kein öffentlicher Ed25519-Schlüssel („ed25519 &lt;base64&gt;“)</translation>
    </message>
</context>
<context>
    <name>modules::knowledge::KnowledgeModule</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
</context>
<context>
    <name>modules::knowledge::KnowledgeView</name>
    <message>
        <source>A call has no reply to write: read the article to the customer.</source>
        <translation>Ein Anruf hat keine schriftliche Antwort: den Artikel dem Kunden vorlesen.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Wissensdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>Suggested articles</source>
        <translation>Vorgeschlagene Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>In Antwort einfügen</translation>
    </message>
    <message>
        <source>Insert the article into the reply</source>
        <translation>Artikel in die Antwort einfügen</translation>
    </message>
    <message>
        <source>Adds the article&apos;s text to the reply being written</source>
        <translation>Fügt den Text des Artikels der Antwort hinzu, die gerade geschrieben wird</translation>
    </message>
</context>
<context>
    <name>modules::sms::SmsModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>Keine Interaktion zum Anzeigen</translation>
    </message>
    <message>
        <source>The SMS panel cannot show a %1 interaction</source>
        <translation>Der SMS-Bereich kann keine Interaktion vom Typ %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>modules::voice::Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <source>Click a key or type 0-9, * and # to send tones</source>
        <translation>Taste anklicken oder 0–9, * und # eingeben, um Töne zu senden</translation>
    </message>
    <message>
        <source>Tones sent</source>
        <translation>Gesendete Töne</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Pound</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
    <message>
        <source>Send tone %1 (type %1)</source>
        <translation>Ton %1 senden (Taste %1)</translation>
    </message>
</context>
<context>
    <name>modules::voice::TargetChooser</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfer the call to</source>
        <translation>Anruf weiterleiten an</translation>
    </message>
    <message>
        <source>Consult with</source>
        <translation>Rückfrage bei</translation>
    </message>
    <message>
        <source>Target list title</source>
        <translation>Titel der Zielliste</translation>
    </message>
    <message>
        <source>Transfer targets</source>
        <translation>Weiterleitungsziele</translation>
    </message>
    <message>
        <source>Consult targets</source>
        <translation>Rückfrageziele</translation>
    </message>
    <message>
        <source>No one to transfer to right now.</source>
        <translation>Derzeit ist kein Weiterleitungsziel verfügbar.</translation>
    </message>
    <message>
        <source>No one to consult right now.</source>
        <translation>Derzeit ist niemand für eine Rückfrage verfügbar.</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Keine Ziele</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Transfer to the selected target</source>
        <translation>An das ausgewählte Ziel weiterleiten</translation>
    </message>
    <message>
        <source>Consult the selected target</source>
        <translation>Rückfrage beim ausgewählten Ziel</translation>
    </message>
    <message>
        <source>Enter on the list does the same</source>
        <translation>Enter in der Liste bewirkt dasselbe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel choosing a target</source>
        <translation>Zielauswahl abbrechen</translation>
    </message>
    <message>
        <source>Close the list (Esc)</source>
        <translation>Liste schließen (Esc)</translation>
    </message>
    <message>
        <source>Transfer target chooser</source>
        <translation>Auswahl des Weiterleitungsziels</translation>
    </message>
    <message>
        <source>Consult target chooser</source>
        <translation>Auswahl des Rückfrageziels</translation>
    </message>
</context>
<context>
    <name>modules::voice::VoiceModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>Keine Interaktion zum Anzeigen</translation>
    </message>
    <message>
        <source>The voice panel cannot show a %1 interaction</source>
        <translation>Der Anrufbereich kann keine Interaktion vom Typ %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>modules::voice::VoicePanel</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation>Rufnummer des Anrufers</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Current hold time</source>
        <translation>Aktuelle Haltezeit</translation>
    </message>
    <message>
        <source>Total hold</source>
        <translation>Haltezeit gesamt</translation>
    </message>
    <message>
        <source>Total hold time</source>
        <translation>Gesamte Haltezeit</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Anruf annehmen</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Tastenfeld</translation>
    </message>
    <message>
        <source>Show or hide the keypad to send tones</source>
        <translation>Tastenfeld zum Senden von Tönen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Anruf weiterleiten</translation>
    </message>
    <message>
        <source>Hand the call to a queue or a colleague</source>
        <translation>Anruf an eine Warteschlange oder einen Kollegen übergeben</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Rückfrage…</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>Rückfrage bei einem Kollegen</translation>
    </message>
    <message>
        <source>Put the caller on hold and call a colleague or a queue</source>
        <translation>Anrufer halten und einen Kollegen oder eine Warteschlange anrufen</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Weiterleitung abschließen</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Weiterleitung abschließen</translation>
    </message>
    <message>
        <source>Hand the caller to the consulted colleague and leave the call</source>
        <translation>Anrufer an den Kollegen der Rückfrage übergeben und das Gespräch verlassen</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Join the caller, the colleague and you</source>
        <translation>Anrufer, Kollegen und sich selbst zusammenschalten</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Anruffehler</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Parties on the call</source>
        <translation>Gesprächsteilnehmer</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Rückfrage läuft</translation>
    </message>
    <message>
        <source>Consulting %1</source>
        <translation>Rückfrage bei %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>%1 · Muted</source>
        <translation>%1 · Stummgeschaltet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>Anruf zurückholen</translation>
    </message>
    <message>
        <source>Put the caller on hold</source>
        <translation>Anrufer halten</translation>
    </message>
    <message>
        <source>Take the caller off hold</source>
        <translation>Anrufer zurückholen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Unmute the microphone</source>
        <translation>Stummschaltung des Mikrofons aufheben</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Let the other side hear you again</source>
        <translation>Mikrofon für die Gegenseite wieder einschalten</translation>
    </message>
    <message>
        <source>Stop the other side hearing you</source>
        <translation>Mikrofon für die Gegenseite ausschalten</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 — on hold</source>
        <translation>%1 – gehalten</translation>
    </message>
    <message>
        <source>%1, on hold</source>
        <translation>%1, gehalten</translation>
    </message>
    <message>
        <source>Tone %1</source>
        <translation>Ton %1</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>„%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Weiterleiten an %1</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>cannot reach server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot reach server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
<context>
    <name>session::AgentStore</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>Nicht bereit – %1</translation>
    </message>
</context>
<context>
    <name>session::Auth</name>
    <message>
        <source>wrong username or password</source>
        <translation>Benutzername oder Passwort falsch</translation>
    </message>
    <message>
        <source>your saved session has ended; sign in again</source>
        <translation>die gespeicherte Sitzung ist abgelaufen; bitte erneut anmelden</translation>
    </message>
    <message>
        <source>your session has ended; sign in again</source>
        <translation>die Sitzung ist abgelaufen; bitte erneut anmelden</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
</context>
<context>
    <name>session::CallStore</name>
    <message>
        <source>Consult someone first, then complete the transfer to them.</source>
        <translation>Zuerst eine Rückfrage halten, dann die Weiterleitung an diese Person abschließen.</translation>
    </message>
</context>
<context>
    <name>session::CatalogAdmin</name>
    <message>
        <source>Choose a signed module folder or bundle file.</source>
        <translation>Einen signierten Modulordner oder eine Paketdatei auswählen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>This folder has no manifest.json: choose a module version folder (&lt;id&gt;/&lt;version&gt;).</source>
        <translation>Dieser Ordner hat keine manifest.json: einen Modulversionsordner (&lt;id&gt;/&lt;version&gt;) auswählen.</translation>
    </message>
    <message>
        <source>The bundle is larger than 64 MiB.</source>
        <translation>Das Paket ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not a module bundle: %1</source>
        <translation>Kein Modulpaket: %1</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json.</source>
        <translation>Das Paket hat keine manifest.json.</translation>
    </message>
    <message>
        <source>%1 %2 is not signed: sign it first (switchboard-ctl module sign), only signed modules can be published.</source>
        <translation>%1 %2 ist nicht signiert: zuerst signieren (switchboard-ctl module sign), nur signierte Module können veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Choose a module.</source>
        <translation>Ein Modul auswählen.</translation>
    </message>
    <message>
        <source>Choose a published version.</source>
        <translation>Eine veröffentlichte Version auswählen.</translation>
    </message>
</context>
<context>
    <name>session::CatalogClient</name>
    <message>
        <source>%1 %2 could not be downloaded: %3</source>
        <translation>%1 %2 konnte nicht heruntergeladen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 was damaged in transit (its SHA-256 is not the catalog&apos;s)</source>
        <translation>%1 %2 wurde bei der Übertragung beschädigt (SHA-256 stimmt nicht mit dem Katalog überein)</translation>
    </message>
    <message>
        <source>%1 %2 is not a module bundle: %3</source>
        <translation>%1 %2 ist kein Modulpaket: %3</translation>
    </message>
    <message>
        <source>the catalog&apos;s %1 %2 contains %3 %4: refused</source>
        <translation>%1 %2 des Katalogs enthält %3 %4: abgelehnt</translation>
    </message>
    <message>
        <source>%1 %2 could not be installed: %3</source>
        <translation>%1 %2 konnte nicht installiert werden: %3</translation>
    </message>
</context>
<context>
    <name>session::CommandJournal</name>
    <message>
        <source>Saved: it will be sent when the server is reachable again.</source>
        <translation>Gespeichert: wird gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>session::Connection</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no server address given</source>
        <translation>keine Serveradresse angegeben</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>nicht in Betrieb</translation>
    </message>
    <message>
        <source>not hosted by this server</source>
        <translation>nicht auf diesem Server vorhanden</translation>
    </message>
    <message>
        <source>the server does not report health</source>
        <translation>der Server meldet keinen Betriebszustand</translation>
    </message>
</context>
<context>
    <name>session::DirectoryAdmin</name>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>session::EventStream</name>
    <message>
        <source>the server did not welcome the client in time</source>
        <translation>der Server hat den Client nicht rechtzeitig begrüßt</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>no event stream address</source>
        <translation>keine Adresse für den Ereignisstrom</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>undecodable frame from the server</source>
        <translation>nicht dekodierbarer Frame vom Server</translation>
    </message>
    <message>
        <source>the server did not accept the access token</source>
        <translation>der Server hat das Zugriffstoken nicht akzeptiert</translation>
    </message>
</context>
<context>
    <name>session::InteractionStore</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>Nicht bereit – %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Wrap-up of %1</source>
        <translation>Nachbearbeitung von %1</translation>
    </message>
</context>
<context>
    <name>session::RolloutTarget</name>
    <message>
        <source>Choose a team.</source>
        <translation>Ein Team auswählen.</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Eine Warteschlange auswählen.</translation>
    </message>
    <message>
        <source>A percentage from 1 to 100.</source>
        <translation>Ein Prozentsatz von 1 bis 100.</translation>
    </message>
    <message>
        <source>Name at least one user (user names, separated by commas).</source>
        <translation>Mindestens einen Benutzer angeben (Benutzernamen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name: separate names with commas.</source>
        <translation>„%1“ ist kein Benutzername: Namen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>%1 % of users</source>
        <translation>%1 % der Benutzer</translation>
    </message>
    <message>
        <source>users %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>session::Session</name>
    <message>
        <source>your session was revoked</source>
        <translation>die Sitzung wurde widerrufen</translation>
    </message>
</context>
<context>
    <name>session::StatsStore</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Durchschnittliche Wartezeit bis zur Annahme</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Durchschnittliche Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation>Verfügbare Agenten</translation>
    </message>
    <message>
        <source>Unknown metric</source>
        <translation>Unbekannte Kennzahl</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>answered of answered (Asterisk SL)</source>
        <translation>angenommen von den angenommenen (Asterisk SL)</translation>
    </message>
    <message>
        <source>with abandons (Asterisk SL2)</source>
        <translation>mit Abbrüchen (Asterisk SL2)</translation>
    </message>
    <message>
        <source>removed within (Amazon Connect)</source>
        <translation>innerhalb der Schwelle entfernt (Amazon Connect)</translation>
    </message>
    <message>
        <source>excluding short abandons (Genesys-style)</source>
        <translation>ohne Kurzabbrüche (wie Genesys)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>answered within %1 ÷ answered</source>
        <translation>innerhalb von %1 angenommen ÷ angenommen</translation>
    </message>
    <message>
        <source>(answered + abandoned within %1) ÷ (answered + abandoned)</source>
        <translation>(angenommen + abgebrochen innerhalb von %1) ÷ (angenommen + abgebrochen)</translation>
    </message>
    <message>
        <source>left the queue within %1 ÷ offered</source>
        <translation>Warteschlange innerhalb von %1 verlassen ÷ angeboten</translation>
    </message>
    <message>
        <source>answered within %1 ÷ (answered + abandoned − short abandons)</source>
        <translation>innerhalb von %1 angenommen ÷ (angenommen + abgebrochen − Kurzabbrüche)</translation>
    </message>
    <message>
        <source>SL %1 · %2</source>
        <translation>SL %1 · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Someone else changed this board since you opened it, so your change was not saved. The boards have been reloaded: make your change again. (%1)</source>
        <translation>Jemand anderes hat dieses Wallboard geändert, seit es geöffnet wurde; die Änderung wurde daher nicht gespeichert. Die Wallboards wurden neu geladen: die Änderung erneut vornehmen. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this board since you opened it, so it was not deleted. The boards have been reloaded. (%1)</source>
        <translation>Jemand anderes hat dieses Wallboard geändert, seit es geöffnet wurde; es wurde daher nicht gelöscht. Die Wallboards wurden neu geladen. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this alert rule since you opened it, so your change was not saved. The rules have been reloaded: make your change again. (%1)</source>
        <translation>Jemand anderes hat diese Alarmregel geändert, seit sie geöffnet wurde; die Änderung wurde daher nicht gespeichert. Die Regeln wurden neu geladen: die Änderung erneut vornehmen. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this alert rule since you opened it, so it was not deleted. The rules have been reloaded. (%1)</source>
        <translation>Jemand anderes hat diese Alarmregel geändert, seit sie geöffnet wurde; sie wurde daher nicht gelöscht. Die Regeln wurden neu geladen. (%1)</translation>
    </message>
</context>
<context>
    <name>widgets::CustomerContext</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Kein früherer Kontakt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Earlier contact</source>
        <translation>Frühere &amp;Kontakte</translation>
    </message>
    <message>
        <source>Earlier interactions of this customer</source>
        <translation>Frühere Interaktionen dieses Kunden</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Who the customer is and their earlier contact show here when an interaction is selected.</source>
        <translation>Sobald eine Interaktion ausgewählt ist, erscheinen hier der Kunde und seine früheren Kontakte.</translation>
    </message>
</context>
<context>
    <name>widgets::MetricTile</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
</context>
<context>
    <name>widgets::OfferToast</name>
    <message>
        <source>Incoming %1 from %2</source>
        <translation>Eingehend: %1 von %2</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept the offer (%1)</source>
        <translation>Angebot annehmen (%1)</translation>
    </message>
    <message>
        <source>Reject the offer (%1)</source>
        <translation>Angebot ablehnen (%1)</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Angebot annehmen</translation>
    </message>
    <message>
        <source>Reject offer</source>
        <translation>Angebot ablehnen</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Verbleibende Zeit zum Annehmen</translation>
    </message>
    <message>
        <source>Offer from %1</source>
        <translation>Angebot von %1</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Noch %1 s zum Annehmen</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Angebot abgelaufen</translation>
    </message>
</context>
<context>
    <name>widgets::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press Esc to close.</source>
        <translation>Zum Schließen Esc drücken.</translation>
    </message>
</context>
<context>
    <name>widgets::TransferDialog</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No one to transfer to right now.</source>
        <translation>Derzeit ist kein Weiterleitungsziel verfügbar.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Choose a queue or a colleague.</source>
        <translation>Warteschlange oder Kollegen auswählen.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Transfer the interaction to:</source>
        <translation>Interaktion weiterleiten an:</translation>
    </message>
    <message>
        <source>Transfer %1 to:</source>
        <translation>%1 weiterleiten an:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Queue or colleague</source>
        <translation>Warteschlange oder Kollege</translation>
    </message>
    <message>
        <source>Find a queue or colleague</source>
        <translation>Warteschlange oder Kollegen suchen</translation>
    </message>
    <message>
        <source>Transfer targets</source>
        <translation>Weiterleitungsziele</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Transfer now</source>
        <translation>Jetzt weiterleiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Weiterleitung abbrechen</translation>
    </message>
</context>
<context>
    <name>widgets::WrapUpForm</name>
    <message>
        <source>Wrap-up time is over</source>
        <translation>Nachbearbeitungszeit abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Choose a wrap-up code.</source>
        <translation>Nachbearbeitungscode auswählen.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation>Code auswählen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Finish the wrap-up and become free for the next interaction (%1)</source>
        <translation>Nachbearbeitung abschließen und für die nächste Interaktion frei werden (%1)</translation>
    </message>
    <message>
        <source>After-contact work time left</source>
        <translation>Verbleibende Nachbearbeitungszeit</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Nachbearbeitungscode</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Nachbearbeitungsnotizen</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Nachbearbeitung abschließen</translation>
    </message>
</context>
</TS>
