<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>app</name>
    <message>
        <source>Switchboard contact-center desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (gRPC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate of the server&apos;s CA to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without TLS (development servers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the password, for scripted starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::Application</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions offered to you and those you handle — voice, chat, email and SMS — will appear here, with your state, your capacity per channel and wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and agents, live: service level, waiting interactions and agent states, with actions to force a state, monitor, whisper or barge; and staffing plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills, queues, agents, reason and wrap-up codes, business hours, and which feature modules run where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account holds no role yet. Ask an administrator to give you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unavailable — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (server %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SignInDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. switchboard.example.com:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the port, e.g. %1:7443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>cannot reach server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session::Auth</name>
    <message>
        <source>wrong username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your saved session has ended; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your session has ended; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session::Connection</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not hosted by this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not report health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session::EventStream</name>
    <message>
        <source>the server did not welcome the client in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event stream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable frame from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session::Session</name>
    <message>
        <source>your session was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
