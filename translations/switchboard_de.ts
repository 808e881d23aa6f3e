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
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Skills, queues, agents, reason and wrap-up codes, business hours, and which feature modules run where.</source>
        <translation>Skills, Warteschlangen, Agenten, Grund- und Nachbearbeitungscodes, Geschäftszeiten und welche Funktionsmodule wo laufen.</translation>
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
    <name>session::Session</name>
    <message>
        <source>your session was revoked</source>
        <translation>die Sitzung wurde widerrufen</translation>
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
