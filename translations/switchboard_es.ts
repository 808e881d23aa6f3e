<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>app</name>
    <message>
        <source>Switchboard contact-center desktop client</source>
        <translation>Switchboard: cliente de escritorio para el centro de contacto</translation>
    </message>
    <message>
        <source>Server address (gRPC).</source>
        <translation>Dirección del servidor (gRPC).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>PEM certificate of the server&apos;s CA to trust.</source>
        <translation>Certificado PEM de la autoridad de certificación (CA) del servidor en la que confiar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Connect without TLS (development servers only).</source>
        <translation>Conectar sin TLS (solo servidores de desarrollo).</translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>File holding the password, for scripted starts.</source>
        <translation>Archivo con la contraseña, para inicios mediante script.</translation>
    </message>
    <message>
        <source>Folder of feature modules (default: ../modules next to the executable).</source>
        <translation>Carpeta de los módulos de funciones (predeterminada: ../modules junto al ejecutable).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Language of the interface: en, de or es (default: the saved choice, else the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, de o es (predeterminado: la opción guardada o, si no hay, la del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: the saved choice).</source>
        <translation>Tema de color: system, light o dark (predeterminado: la opción guardada).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Folder of the public keys whose module signatures are trusted (default: ../share/switchboard/trusted-keys next to the executable).</source>
        <translation>Carpeta de las claves públicas cuyas firmas de módulo son de confianza (por defecto: ../share/switchboard/trusted-keys junto al ejecutable).</translation>
    </message>
</context>
<context>
    <name>app::AdminAgentsView</name>
    <message>
        <source>Someone else changed this agent&apos;s profile (now version %1). Reload to see it.</source>
        <translation>Otra persona ha cambiado el perfil de este agente (ahora versión %1). Recárguelo para ver el cambio.</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Buscar agentes</translation>
    </message>
    <message>
        <source>Filter by skill</source>
        <translation>Filtrar por habilidad</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrar por equipo</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Todas las habilidades</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>&amp;Import CSV</source>
        <translation>&amp;Importar CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>E&amp;xportar CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Agents…</source>
        <translation>&amp;Agentes…</translation>
    </message>
    <message>
        <source>&amp;Skills…</source>
        <translation>&amp;Habilidades…</translation>
    </message>
    <message>
        <source>Agents: user_id,team_id,skills,capacities,voice_blocks_other_channels (skills as skill-id:1..10 separated by &apos;;&apos;, capacities as channel:0..20). Skills: id,name,description.</source>
        <translation>Agentes: user_id,team_id,skills,capacities,voice_blocks_other_channels (habilidades como skill-id:1..10 separadas por «;», capacidades como channel:0..20). Habilidades: id,name,description.</translation>
    </message>
    <message>
        <source>at &amp;proficiency</source>
        <translation>con &amp;nivel</translation>
    </message>
    <message>
        <source>Skill to give</source>
        <translation>Habilidad que asignar</translation>
    </message>
    <message>
        <source>&amp;Give skill</source>
        <translation>Asi&amp;gnar habilidad</translation>
    </message>
    <message>
        <source>&amp;Take skill away</source>
        <translation>&amp;Quitar habilidad</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>Ski&amp;lls</source>
        <translation>Habi&amp;lidades</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Proficiency (1–10)</source>
        <translation>Nivel (1–10)</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Añadir habilidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>How many interactions of this channel at once (voice 0–1, chat 0–10, e-mail and SMS 0–20); “default” uses the center&apos;s default.</source>
        <translation>Cuántas interacciones de este canal a la vez (llamada 0–1, chat 0–10, correo y SMS 0–20); «predeterminada» usa el valor predeterminado del centro.</translation>
    </message>
    <message>
        <source>A call blocks other channels</source>
        <translation>Una llamada bloquea los demás canales</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Save the agent&apos;s profile (%1)</source>
        <translation>Guardar el perfil del agente (%1)</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>1 agent selected:</source>
        <translation>1 agente seleccionado:</translation>
    </message>
    <message>
        <source>%1 agents selected:</source>
        <translation>%1 agentes seleccionados:</translation>
    </message>
    <message>
        <source>Give the skill at this proficiency to every selected agent (one change, all or nothing).</source>
        <translation>Asignar la habilidad con este nivel a todos los agentes seleccionados (un solo cambio: todo o nada).</translation>
    </message>
    <message>
        <source>Select an agent to edit their profile, or several to give them a skill.</source>
        <translation>Seleccione un agente para editar su perfil, o varios para asignarles una habilidad.</translation>
    </message>
    <message>
        <source>%1 agents selected: use the bar over the table.</source>
        <translation>%1 agentes seleccionados: use la barra situada sobre la tabla.</translation>
    </message>
    <message>
        <source>%1 — %2 (profile version %3)</source>
        <translation>%1 – %2 (versión del perfil %3)</translation>
    </message>
    <message>
        <source>Choose a skill in every row.</source>
        <translation>Elija una habilidad en cada fila.</translation>
    </message>
    <message>
        <source>%1: proficiency is 1 to 10.</source>
        <translation>%1: el nivel va de 1 a 10.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: capacity is 0 to %2.</source>
        <translation>%1: la capacidad va de 0 a %2.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked first.</source>
        <translation>No guardado: corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>Saved: profile version %1. Routing uses it for the next offer.</source>
        <translation>Guardado: versión del perfil %1. El enrutamiento la usa a partir de la próxima oferta.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this agent&apos;s profile. Reload it, then apply your change again.</source>
        <translation>No guardado: otra persona ha cambiado el perfil de este agente. Recárguelo y vuelva a aplicar su cambio.</translation>
    </message>
    <message>
        <source>The server refused the profile: see the field marked.</source>
        <translation>El servidor rechazó el perfil: vea el campo marcado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Took %1 from 1 agent.</source>
        <translation>Se quitó %1 a 1 agente.</translation>
    </message>
    <message>
        <source>Took %1 from %2 agents.</source>
        <translation>Se quitó %1 a %2 agentes.</translation>
    </message>
    <message>
        <source>Gave %1 at %2 to 1 agent.</source>
        <translation>Se asignó %1 con nivel %2 a 1 agente.</translation>
    </message>
    <message>
        <source>Gave %1 at %2 to %3 agents.</source>
        <translation>Se asignó %1 con nivel %2 a %3 agentes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>%1: 1 row imported</source>
        <translation>%1: 1 fila importada</translation>
    </message>
    <message>
        <source>%1: %2 rows imported</source>
        <translation>%1: %2 filas importadas</translation>
    </message>
    <message>
        <source>, %1 rejected</source>
        <translation>, %1 rechazadas</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Skill in row %1</source>
        <translation>Habilidad de la fila %1</translation>
    </message>
    <message>
        <source>Proficiency in row %1</source>
        <translation>Nivel de la fila %1</translation>
    </message>
    <message>
        <source>Someone else changed this user (now version %1). Reload to see it.</source>
        <translation>Otra persona ha cambiado este usuario (ahora versión %1). Recárguelo para ver el cambio.</translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation>N&amp;uevo usuario…</translation>
    </message>
    <message>
        <source>Create a user: username, display name, roles and an initial password.</source>
        <translation>Crear un usuario: nombre de usuario, nombre visible, roles y una contraseña inicial.</translation>
    </message>
    <message>
        <source>Display &amp;name</source>
        <translation>Nombre visi&amp;ble</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Role: agent</source>
        <translation>Rol: agente</translation>
    </message>
    <message>
        <source>Role: supervisor</source>
        <translation>Rol: supervisor</translation>
    </message>
    <message>
        <source>Role: admin</source>
        <translation>Rol: administrador</translation>
    </message>
    <message>
        <source>&amp;Disabled (cannot sign in)</source>
        <translation>Desac&amp;tivado (no puede iniciar sesión)</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>Saved: user version %1.</source>
        <translation>Guardado: versión del usuario %1.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this user. Reload it, then apply your change again.</source>
        <translation>No guardado: otra persona ha cambiado este usuario. Recárguelo y vuelva a aplicar su cambio.</translation>
    </message>
    <message>
        <source>The server refused the user: see the field marked.</source>
        <translation>El servidor rechazó el usuario: vea el campo marcado.</translation>
    </message>
</context>
<context>
    <name>app::AdminCodesView</name>
    <message>
        <source>Write it as /like-this: 2 to 32 characters, no spaces.</source>
        <translation>Escríbalo como /como-este: de 2 a 32 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>Write the response.</source>
        <translation>Escriba la respuesta.</translation>
    </message>
    <message>
        <source>At most 4000 characters.</source>
        <translation>Como máximo 4000 caracteres.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>Códigos de motivo</translation>
    </message>
    <message>
        <source>Wrap-up codes</source>
        <translation>Códigos de cierre</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>What to edit</source>
        <translation>Qué editar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Paid time</source>
        <translation>Tiempo &amp;pagado</translation>
    </message>
    <message>
        <source>Shortc&amp;ut</source>
        <translation>A&amp;breviatura</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Offered on these channels; none: on every channel.</source>
        <translation>Se ofrece en estos canales; ninguno: en todos los canales.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Guardado: versión %1.</translation>
    </message>
    <message>
        <source>Someone else changed this; select it again to see their change.</source>
        <translation>Otra persona lo ha cambiado; selecciónelo de nuevo para ver su cambio.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó «%1»: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminCsvReportDialog</name>
    <message>
        <source>CSV import: %1</source>
        <translation>Importación CSV: %1</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>habilidades</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported 1 row of %1.</source>
        <translation>Se importó 1 fila de %1.</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2.</source>
        <translation>Se importaron %1 filas de %2.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>1 row was rejected and left as it was; fix it in the file and import it again:</source>
        <translation>Se rechazó 1 fila y se dejó como estaba; corríjala en el archivo y vuelva a importarlo:</translation>
    </message>
    <message>
        <source>%1 rows were rejected and left as they were; fix them in the file and import it again:</source>
        <translation>Se rechazaron %1 filas y se dejaron como estaban; corríjalas en el archivo y vuelva a importarlo:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(fila)</translation>
    </message>
</context>
<context>
    <name>app::AdminQueueEditor</name>
    <message>
        <source>New queue</source>
        <translation>Nueva cola</translation>
    </message>
    <message>
        <source>Queue %1 (version %2)</source>
        <translation>Cola %1 (versión %2)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>Relaxations</source>
        <translation>Relajaciones</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>Strate&amp;gy</source>
        <translation>Estrate&amp;gia</translation>
    </message>
    <message>
        <source>&amp;Offer timeout</source>
        <translation>&amp;Tiempo límite de oferta</translation>
    </message>
    <message>
        <source>&amp;Missed offers</source>
        <translation>Ofertas perd&amp;idas</translation>
    </message>
    <message>
        <source>Wrap-&amp;up time</source>
        <translation>Tiempo de ci&amp;erre</translation>
    </message>
    <message>
        <source>Service level &amp;threshold</source>
        <translation>Um&amp;bral del nivel de servicio</translation>
    </message>
    <message>
        <source>Service level ta&amp;rget</source>
        <translation>Ob&amp;jetivo del nivel de servicio</translation>
    </message>
    <message>
        <source>Service level &amp;formula</source>
        <translation>&amp;Fórmula del nivel de servicio</translation>
    </message>
    <message>
        <source>Short a&amp;bandon</source>
        <translation>Abandono c&amp;orto</translation>
    </message>
    <message>
        <source>T&amp;ime zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Closed m&amp;essage</source>
        <translation>&amp;Mensaje fuera de horario</translation>
    </message>
    <message>
        <source>Wrap-up codes</source>
        <translation>Códigos de cierre</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Minimum (1–10)</source>
        <translation>Mínimo (1–10)</translation>
    </message>
    <message>
        <source>After (s)</source>
        <translation>Después de (s)</translation>
    </message>
    <message>
        <source>New minimum (0 drops it)</source>
        <translation>Nuevo mínimo (0 la elimina)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Añadir habilidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add relaxation</source>
        <translation>Añadir relajación</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Añadir festivo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long an agent has to accept an offer: 5 to 3600 seconds.</source>
        <translation>Cuánto tiempo tiene un agente para aceptar una oferta: de 5 a 3600 segundos.</translation>
    </message>
    <message>
        <source>0 to 100; interactions of a higher-priority queue are offered first.</source>
        <translation>De 0 a 100; las interacciones de una cola con mayor prioridad se ofrecen primero.</translation>
    </message>
    <message>
        <source>Offers an agent may miss in a row before routing sets them Not Ready: 1 to 10.</source>
        <translation>Ofertas que un agente puede perder seguidas antes de que el enrutamiento lo ponga en «No disponible»: de 1 a 10.</translation>
    </message>
    <message>
        <source>The time zone the opening hours are in (IANA name, e.g. Europe/Berlin). Empty: the queue is always open.</source>
        <translation>La zona horaria del horario de apertura (nombre IANA, p. ej., Europe/Madrid). Vacía: la cola está siempre abierta.</translation>
    </message>
    <message>
        <source>What customers are told while the queue is closed.</source>
        <translation>Lo que se comunica a los clientes mientras la cola está cerrada.</translation>
    </message>
    <message>
        <source>Longest idle agent</source>
        <translation>Agente con más tiempo libre</translation>
    </message>
    <message>
        <source>Most skilled agent</source>
        <translation>Agente más cualificado</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Rotación (round robin)</translation>
    </message>
    <message>
        <source>Fewest active interactions</source>
        <translation>Menos interacciones activas</translation>
    </message>
    <message>
        <source>Answered within threshold ÷ answered</source>
        <translation>Atendidas dentro del umbral ÷ atendidas</translation>
    </message>
    <message>
        <source>Removed from queue within threshold ÷ offered</source>
        <translation>Retiradas de la cola dentro del umbral ÷ ofrecidas</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Create queue</source>
        <translation>Crear cola</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the queue (%1)</source>
        <translation>Guardar la cola (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Back to the stored version</source>
        <translation>Volver a la versión guardada</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 %3.</source>
        <translation>Debe estar entre %1 y %2 %3.</translation>
    </message>
    <message>
        <source>Name the queue.</source>
        <translation>Ponga un nombre a la cola.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>Another queue is named “%1”.</source>
        <translation>Ya hay otra cola llamada «%1».</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Elija al menos un canal.</translation>
    </message>
    <message>
        <source>Choose a skill in every row.</source>
        <translation>Elija una habilidad en cada fila.</translation>
    </message>
    <message>
        <source>A minimum proficiency is 1 to 10.</source>
        <translation>Un nivel mínimo va de 1 a 10.</translation>
    </message>
    <message>
        <source>%1 is required twice.</source>
        <translation>%1 se requiere dos veces.</translation>
    </message>
    <message>
        <source>Relax after 1 to 86400 seconds.</source>
        <translation>Relajar después de 1 a 86400 segundos.</translation>
    </message>
    <message>
        <source>%1 is not a required skill of this queue.</source>
        <translation>%1 no es una habilidad requerida de esta cola.</translation>
    </message>
    <message>
        <source>The new minimum is 0 (drop the skill) to 10.</source>
        <translation>El nuevo mínimo va de 0 (se elimina la habilidad) a 10.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Must be shorter than the service level threshold (%1 s).</source>
        <translation>Debe ser menor que el umbral del nivel de servicio (%1 s).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (e.g. Europe/Berlin).</source>
        <translation>«%1» no es una zona horaria que este sistema conozca (p. ej., Europe/Madrid).</translation>
    </message>
    <message>
        <source>Choose the time zone of the opening hours; without one the queue is always open.</source>
        <translation>Elija la zona horaria del horario de apertura; sin ella, la cola está siempre abierta.</translation>
    </message>
    <message>
        <source>Closes before it opens.</source>
        <translation>Cierra antes de abrir.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>A holiday&apos;s name is at most 64 characters.</source>
        <translation>El nombre de un festivo tiene como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs a change first.</source>
        <translation>No guardado: antes hay que cambiar 1 campo.</translation>
    </message>
    <message>
        <source>Not saved: %1 fields need a change first.</source>
        <translation>No guardado: antes hay que cambiar %1 campos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Guardado: versión %1.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this queue.</source>
        <translation>No guardado: otra persona ha cambiado esta cola.</translation>
    </message>
    <message>
        <source>The server refused the queue: see the field marked.</source>
        <translation>El servidor rechazó la cola: vea el campo marcado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Someone else changed this queue since you opened it. Reload it to see their change, then apply yours again.</source>
        <translation>Otra persona ha cambiado esta cola desde que usted la abrió. Recárguela para ver su cambio y vuelva a aplicar el suyo.</translation>
    </message>
    <message>
        <source>The queue was deleted.</source>
        <translation>La cola se ha eliminado.</translation>
    </message>
    <message>
        <source>It is now version %1; you are editing version %2.</source>
        <translation>Ahora es la versión %1; usted está editando la versión %2.</translation>
    </message>
    <message>
        <source>Cannot reload: %1</source>
        <translation>No se puede recargar: %1</translation>
    </message>
    <message>
        <source>Reloaded version %1.</source>
        <translation>Versión %1 recargada.</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 abre a las</translation>
    </message>
    <message>
        <source>%1 closes at (00:00: midnight)</source>
        <translation>%1 cierra a las (00:00: medianoche)</translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation>Configuración de la cola</translation>
    </message>
    <message>
        <source>Required skill in row %1</source>
        <translation>Habilidad requerida de la fila %1</translation>
    </message>
    <message>
        <source>Minimum proficiency in row %1</source>
        <translation>Nivel mínimo de la fila %1</translation>
    </message>
    <message>
        <source>Relax after, in seconds, row %1</source>
        <translation>Relajar después de (segundos), fila %1</translation>
    </message>
    <message>
        <source>Relaxed skill in row %1</source>
        <translation>Habilidad relajada de la fila %1</translation>
    </message>
    <message>
        <source>New minimum in row %1</source>
        <translation>Nuevo mínimo de la fila %1</translation>
    </message>
    <message>
        <source>Answered within threshold ÷ (answered + abandoned − short abandons)</source>
        <translation>Atendidas dentro del umbral ÷ (atendidas + abandonadas − abandonos cortos)</translation>
    </message>
    <message>
        <source>(Answered + abandoned within threshold) ÷ (answered + abandoned)</source>
        <translation>(Atendidas + abandonadas dentro del umbral) ÷ (atendidas + abandonadas)</translation>
    </message>
</context>
<context>
    <name>app::AdminQueuesView</name>
    <message>
        <source>Search queues</source>
        <translation>Buscar colas</translation>
    </message>
    <message>
        <source>Ne&amp;w queue</source>
        <translation>N&amp;ueva cola</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>¿Descartar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>the new queue</source>
        <translation>la cola nueva</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>Eliminar cola</translation>
    </message>
    <message>
        <source>Delete the queue “%1”? Interactions can no longer be routed to it.</source>
        <translation>¿Eliminar la cola «%1»? Ya no se podrán enrutar interacciones a ella.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó «%1»: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminSkillsView</name>
    <message>
        <source>Name the skill.</source>
        <translation>Ponga un nombre a la habilidad.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>Como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>Search skills</source>
        <translation>Buscar habilidades</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nueva habilidad</translation>
    </message>
    <message>
        <source>Skill (version %1)</source>
        <translation>Habilidad (versión %1)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>Ne&amp;w skill</source>
        <translation>N&amp;ueva habilidad</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the skill (%1)</source>
        <translation>Guardar la habilidad (%1)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Guardado: versión %1.</translation>
    </message>
    <message>
        <source>Someone else changed this skill; select it again to see their change. (%1)</source>
        <translation>Otra persona ha cambiado esta habilidad; selecciónela de nuevo para ver su cambio. (%1)</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Eliminar habilidad</translation>
    </message>
    <message>
        <source>Delete the skill “%1”?</source>
        <translation>¿Eliminar la habilidad «%1»?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó «%1»: %2</translation>
    </message>
</context>
<context>
    <name>app::AdminUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agente</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Ad&amp;min</source>
        <translation>Ad&amp;ministrador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Co&amp;nfirm password</source>
        <translation>Con&amp;firmar contraseña</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>3 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; it cannot be changed later.</source>
        <translation>De 3 a 64 letras, dígitos, «.», «_» o «-»; no se puede cambiar después.</translation>
    </message>
    <message>
        <source>At least 8 characters. The user can change it after signing in.</source>
        <translation>Al menos 8 caracteres. El usuario puede cambiarla después de iniciar sesión.</translation>
    </message>
    <message>
        <source>the username when empty</source>
        <translation>si está vacío, el nombre de usuario</translation>
    </message>
    <message>
        <source>C&amp;reate user</source>
        <translation>C&amp;rear usuario</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>A username has 3 to 64 characters.</source>
        <translation>Un nombre de usuario tiene de 3 a 64 caracteres.</translation>
    </message>
    <message>
        <source>Only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Solo letras, dígitos, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>At most 128 characters.</source>
        <translation>Como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Not created: fix the fields marked first.</source>
        <translation>No creado: corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>The server refused the user: see the field marked.</source>
        <translation>El servidor rechazó el usuario: vea el campo marcado.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>No creado: %1</translation>
    </message>
</context>
<context>
    <name>app::AdminWorkspace</name>
    <message>
        <source>The directory could not be loaded: %1</source>
        <translation>No se pudo cargar el directorio: %1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agentes</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <source>Teams and &amp;codes</source>
        <translation>Equipos y có&amp;digos</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>app::AgentGridView</name>
    <message>
        <source>The agents could not be loaded: %1</source>
        <translation>No se pudieron cargar los agentes: %1</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>%1 of %2 agents</source>
        <translation>%1 de %2 agentes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Buscar un agente</translation>
    </message>
    <message>
        <source>Find an agent by name</source>
        <translation>Buscar un agente por nombre</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>channel with customer</comment>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>No interaction to monitor</source>
        <translation>No hay ninguna interacción que monitorizar</translation>
    </message>
    <message>
        <source>Sign out agent</source>
        <translation>Cerrar la sesión del agente</translation>
    </message>
    <message>
        <source>Sign %1 out? Their offers go to other agents and their active interactions go back to their queues.</source>
        <translation>¿Cerrar la sesión de %1? Sus ofertas pasan a otros agentes y sus interacciones activas vuelven a sus colas.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>%1 was signed out.</source>
        <translation>Se cerró la sesión de %1.</translation>
    </message>
    <message>
        <source>The state of %1 was changed.</source>
        <translation>Se cambió el estado de %1.</translation>
    </message>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>No se cerró la sesión de %1: %2</translation>
    </message>
    <message>
        <source>The state of %1 was not changed: %2</source>
        <translation>No se cambió el estado de %1: %2</translation>
    </message>
    <message>
        <source>Set &amp;state</source>
        <translation>Cambiar es&amp;tado</translation>
    </message>
    <message>
        <source>Set the selected agent&apos;s state</source>
        <translation>Cambiar el estado del agente seleccionado</translation>
    </message>
    <message>
        <source>Set the selected agent&apos;s state (Ctrl+Shift+S)</source>
        <translation>Cambiar el estado del agente seleccionado (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ce&amp;rrar sesión…</translation>
    </message>
    <message>
        <source>Sign the selected agent out</source>
        <translation>Cerrar la sesión del agente seleccionado</translation>
    </message>
    <message>
        <source>Sign the selected agent out (Ctrl+Shift+O)</source>
        <translation>Cerrar la sesión del agente seleccionado (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Monitor…</source>
        <translation>&amp;Monitorizar…</translation>
    </message>
    <message>
        <source>Monitor one of the selected agent&apos;s interactions</source>
        <translation>Monitorizar una de las interacciones del agente seleccionado</translation>
    </message>
    <message>
        <source>Monitor one of the selected agent&apos;s interactions (Ctrl+Shift+M)</source>
        <translation>Monitorizar una de las interacciones del agente seleccionado (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorizar</translation>
    </message>
</context>
<context>
    <name>app::AgentWorkspace</name>
    <message>
        <source>My skills: %1</source>
        <translation>Mis habilidades: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Capacity: the center&apos;s defaults</source>
        <translation>Capacidad: los valores predeterminados del centro</translation>
    </message>
    <message>
        <source>Capacity at once: %1</source>
        <translation>Capacidad simultánea: %1</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation>Canal desconocido</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ofrecida</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>SL +%1</source>
        <translation>NS +%1</translation>
    </message>
    <message>
        <source>SL %1</source>
        <translation>NS %1</translation>
    </message>
    <message>
        <source>ACW %1</source>
        <translation>Cierre %1</translation>
    </message>
    <message>
        <source>Could not end the interaction: %1</source>
        <translation>No se pudo finalizar la interacción: %1</translation>
    </message>
    <message>
        <source>Could not finish the wrap-up: %1</source>
        <translation>No se pudo completar el cierre: %1</translation>
    </message>
    <message>
        <source>State not changed: %1</source>
        <translation>Estado no cambiado: %1</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>No se pudo aceptar: %1</translation>
    </message>
    <message>
        <source>Could not reject: %1</source>
        <translation>No se pudo rechazar: %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>End the interaction and start wrap-up (%1)</source>
        <translation>Finalizar la interacción e iniciar el cierre (%1)</translation>
    </message>
    <message>
        <source>End interaction</source>
        <translation>Finalizar interacción</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Transfer to a queue or a colleague (%1)</source>
        <translation>Transferir a una cola o a un compañero (%1)</translation>
    </message>
    <message>
        <source>Transfer interaction</source>
        <translation>Transferir interacción</translation>
    </message>
    <message>
        <source>No interaction selected. Offers appear here when you are Available.</source>
        <translation>No hay ninguna interacción seleccionada. Las ofertas aparecen aquí cuando su estado es «Disponible».</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Next: Available</source>
        <translation>Después: Disponible</translation>
    </message>
    <message>
        <source>Next: Not Ready — %1</source>
        <translation>Después: No disponible: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>desde hace %1</translation>
    </message>
    <message>
        <source>New %1 from %2</source>
        <translation>Nuevo: %1 de %2</translation>
    </message>
    <message>
        <source>Queue %1 — accept with %2</source>
        <translation>Cola %1: aceptar con %2</translation>
    </message>
    <message>
        <source>Not transferred: %1</source>
        <translation>No transferida: %1</translation>
    </message>
    <message>
        <source>the %1 with %2</source>
        <translation>la interacción con %2 (%1)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Accept the offer</source>
        <translation>Aceptar la oferta</translation>
    </message>
    <message>
        <source>Reject the offer</source>
        <translation>Rechazar la oferta</translation>
    </message>
    <message>
        <source>Next interaction</source>
        <translation>Interacción siguiente</translation>
    </message>
    <message>
        <source>Previous interaction</source>
        <translation>Interacción anterior</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Ir a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Go to the panel</source>
        <translation>Ir al panel</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>End the interaction</source>
        <translation>Finalizar la interacción</translation>
    </message>
    <message>
        <source>Wrap up: choose the code</source>
        <translation>Cierre: elegir el código</translation>
    </message>
    <message>
        <source>Wrap up: done</source>
        <translation>Cierre: finalizar</translation>
    </message>
    <message>
        <source>In the panel</source>
        <translation>En el panel</translation>
    </message>
    <message>
        <source>Saved offline: sent when the server is reachable</source>
        <translation>Guardado sin conexión: se enviará cuando el servidor esté disponible</translation>
    </message>
    <message>
        <source>Saved while the server is unreachable, sent as soon as it is back: %1</source>
        <translation>Guardado mientras el servidor no está disponible; se enviará en cuanto vuelva: %1</translation>
    </message>
    <message>
        <source>Not done: %1. The server refused it: %2</source>
        <translation>No realizado: %1. El servidor lo rechazó: %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <source>Wrap-up saved while offline: it is sent when the server is reachable.</source>
        <translation>Cierre guardado sin conexión: se enviará cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer and tools</source>
        <translation>Cliente y herramientas</translation>
    </message>
    <message>
        <source>Dismiss the supervisor&apos;s notices</source>
        <translation>Descartar los avisos del supervisor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whisper from %1: %2 (%3)</source>
        <translation>Susurro de %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>app::AlertNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
</context>
<context>
    <name>app::AlertView</name>
    <message>
        <source>%1 on %2 is %3, above %4</source>
        <translation>%1 en %2 es %3, por encima de %4</translation>
    </message>
    <message>
        <source>Deleted the rule “%1”.</source>
        <translation>Se eliminó la regla «%1».</translation>
    </message>
    <message>
        <source>The rule “%1” was not deleted: %2</source>
        <translation>No se eliminó la regla «%1»: %2</translation>
    </message>
    <message>
        <source>The alert rules could not be loaded: %1</source>
        <translation>No se pudieron cargar las reglas de alerta: %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regla «%1»</translation>
    </message>
    <message>
        <source>Name the rule: supervisors see the name in the alert.</source>
        <translation>Ponga un nombre a la regla: los supervisores lo ven en la alerta.</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>No se guardó la regla: %1</translation>
    </message>
    <message>
        <source>Saved the rule “%1”.</source>
        <translation>Se guardó la regla «%1».</translation>
    </message>
    <message>
        <source>⚠ %1: %2 (since %3)</source>
        <translation>⚠ %1: %2 (desde las %3)</translation>
    </message>
    <message>
        <source>No alert is raised.</source>
        <translation>No hay ninguna alerta activa.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
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
        <translation>Alertas activas</translation>
    </message>
    <message>
        <source>Alert rules (shared by all supervisors)</source>
        <translation>Reglas de alerta (compartidas por todos los supervisores)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Alert &amp;above:</source>
        <translation>Alertar por &amp;encima de:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Ac&amp;tivada</translation>
    </message>
    <message>
        <source>Ne&amp;w rule</source>
        <translation>Nueva &amp;regla</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>E&amp;liminar regla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Por encima de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>app::Application</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation>No se puede conectar con el servidor (%1).</translation>
    </message>
    <message>
        <source>Your saved session has ended. Sign in again.</source>
        <translation>Su sesión guardada ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed out: %1.</source>
        <translation>Sesión cerrada: %1.</translation>
    </message>
</context>
<context>
    <name>app::AuditLogView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>who, action, target or details</source>
        <translation>quién, acción, destino o detalles</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Servic&amp;io:</translation>
    </message>
    <message>
        <source>Only entries of this service</source>
        <translation>Solo entradas de este servicio</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acció&amp;n:</translation>
    </message>
    <message>
        <source>Only this kind of action</source>
        <translation>Solo este tipo de acción</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>Only entries from a time on</source>
        <translation>Solo entradas a partir de un momento</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>Desde (hora local)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>Only entries up to a time</source>
        <translation>Solo entradas hasta un momento</translation>
    </message>
    <message>
        <source>To (local time)</source>
        <translation>Hasta (hora local)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>Recargar el registro de auditoría</translation>
    </message>
    <message>
        <source>Why the audit log could not be read</source>
        <translation>Por qué no se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Deta&amp;lles</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Cargar anteri&amp;ores</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas anteriores</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 newest entries shown; scroll down or Load older for more</source>
        <translation>Se muestran las %1 entradas más recientes; desplácese hacia abajo o use «Cargar anteriores» para ver más</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see all of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una entrada para verla completa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>app::InteractionHandle</name>
    <message>
        <source>The interaction is not active.</source>
        <translation>La interacción no está activa.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>This is not an e-mail interaction.</source>
        <translation>Esta interacción no es un correo electrónico.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>El asunto está vacío.</translation>
    </message>
    <message>
        <source>This is not a call.</source>
        <translation>Esto no es una llamada.</translation>
    </message>
    <message>
        <source>The call is not live.</source>
        <translation>La llamada no está en curso.</translation>
    </message>
    <message>
        <source>Which digits?</source>
        <translation>¿Qué dígitos?</translation>
    </message>
    <message>
        <source>Whom to consult?</source>
        <translation>¿A quién consultar?</translation>
    </message>
    <message>
        <source>Choose a queue or a colleague.</source>
        <translation>Elija una cola o un compañero.</translation>
    </message>
    <message>
        <source>Whisper from %1: %2</source>
        <translation>Susurro de %1: %2</translation>
    </message>
    <message>
        <source>your supervisor</source>
        <translation>su supervisor</translation>
    </message>
</context>
<context>
    <name>app::IntradayView</name>
    <message>
        <source>Could not load the queues: %1</source>
        <translation>No se pudieron cargar las colas: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Could not load the intraday figures: %1</source>
        <translation>No se pudieron cargar las cifras del día: %1</translation>
    </message>
    <message>
        <source>No interactions in this queue on this day yet.</source>
        <translation>Todavía no hay interacciones en esta cola este día.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Service level: answered within %1 s, of those answered</source>
        <translation>Nivel de servicio: atendidas en %1 s, de las atendidas</translation>
    </message>
    <message>
        <source>Service level: answered or abandoned within %1 s</source>
        <translation>Nivel de servicio: atendidas o abandonadas en %1 s</translation>
    </message>
    <message>
        <source>Service level: left the queue within %1 s</source>
        <translation>Nivel de servicio: salieron de la cola en %1 s</translation>
    </message>
    <message>
        <source>Service level: answered within %1 s, short abandons excluded</source>
        <translation>Nivel de servicio: atendidas en %1 s, sin abandonos cortos</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Offered: %2&lt;br&gt;Answered: %3&lt;br&gt;Abandoned: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ofrecidas: %2&lt;br&gt;Atendidas: %3&lt;br&gt;Abandonadas: %4</translation>
    </message>
    <message>
        <source>Service level: %1 %</source>
        <translation>Nivel de servicio: %1 %</translation>
    </message>
    <message>
        <source>Service level: no answers or abandons</source>
        <translation>Nivel de servicio: sin atendidas ni abandonadas</translation>
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
        <translation>Intradía</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ask for the figures again (they refresh every minute)</source>
        <translation>Pedir las cifras de nuevo (se actualizan cada minuto)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonadas</translation>
    </message>
    <message>
        <source>Interval start (local time)</source>
        <translation>Inicio del intervalo (hora local)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Intraday chart: offered, answered and abandoned per 15 minutes, and the service level</source>
        <translation>Gráfico intradía: ofrecidas, atendidas y abandonadas cada 15 minutos, y el nivel de servicio</translation>
    </message>
    <message>
        <source>Intraday figures per 15 minutes</source>
        <translation>Cifras intradía cada 15 minutos</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
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
        <translation>Actualizaciones en vivo</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard: %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Sin área de trabajo</translation>
    </message>
    <message>
        <source>Your account holds no role yet. Ask an administrator to give you one.</source>
        <translation>Su cuenta aún no tiene ningún rol. Pida a un administrador que le asigne uno.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: disponible</translation>
    </message>
    <message>
        <source>%1: unavailable — %2</source>
        <translation>%1: no disponible (%2)</translation>
    </message>
    <message>
        <source>Live updates: off</source>
        <translation>Actualizaciones en vivo: desactivadas</translation>
    </message>
    <message>
        <source>Not connected to the event stream.</source>
        <translation>Sin conexión con el flujo de eventos.</translation>
    </message>
    <message>
        <source>Live updates: connecting</source>
        <translation>Actualizaciones en vivo: conectando</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Actualizaciones en vivo: activadas</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Live updates: reconnecting</source>
        <translation>Actualizaciones en vivo: reconectando</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting.</source>
        <translation>Conexión perdida; reconectando.</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting.</source>
        <translation>Conexión perdida (%1); reconectando.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2 (server %3)</source>
        <translation>%1 en %2 (servidor %3)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Ring for offers</source>
        <translation>&amp;Sonar al recibir ofertas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Cuenta de %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Áreas de trabajo</translation>
    </message>
</context>
<context>
    <name>app::ModuleAdminView</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Publish a signed module version</source>
        <translation>Publicar una versión de módulo firmada</translation>
    </message>
    <message>
        <source>Roll &amp;out…</source>
        <translation>Desp&amp;legar…</translation>
    </message>
    <message>
        <source>Roll a version out</source>
        <translation>Desplegar una versión</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Revertir…</translation>
    </message>
    <message>
        <source>Roll a target back to its previous version</source>
        <translation>Revertir un destino a su versión anterior</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Ask the catalog again</source>
        <translation>Volver a consultar el catálogo</translation>
    </message>
    <message>
        <source>The catalog&apos;s answer</source>
        <translation>Respuesta del catálogo</translation>
    </message>
    <message>
        <source>&amp;Modules and versions</source>
        <translation>&amp;Módulos y versiones</translation>
    </message>
    <message>
        <source>Modules and their published versions</source>
        <translation>Módulos y sus versiones publicadas</translation>
    </message>
    <message>
        <source>Module / version</source>
        <translation>Módulo / versión</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Rolled out to</source>
        <translation>Desplegado para</translation>
    </message>
    <message>
        <source>&amp;Clients: which user runs which version</source>
        <translation>Clie&amp;ntes: qué usuario ejecuta qué versión</translation>
    </message>
    <message>
        <source>Only the &amp;selected module</source>
        <translation>Solo el módulo s&amp;eleccionado</translation>
    </message>
    <message>
        <source>Show only the clients of the selected module</source>
        <translation>Mostrar solo los clientes del módulo seleccionado</translation>
    </message>
    <message>
        <source>Module versions running on each client</source>
        <translation>Versiones de módulo que se ejecutan en cada cliente</translation>
    </message>
    <message>
        <source>1 client module</source>
        <translation>1 módulo de cliente</translation>
    </message>
    <message>
        <source>%1 client modules</source>
        <translation>%1 módulos de cliente</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3 by %4</source>
        <translation>%1: %2 para %3, por %4</translation>
    </message>
    <message>
        <source>%1: %2 replaced it for %3 (by %4)</source>
        <translation>%1: %2 la sustituyó para %3 (por %4)</translation>
    </message>
    <message>
        <source>a withdrawal</source>
        <translation>una retirada</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 versión</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 versiones</translation>
    </message>
    <message>
        <source>Published %1 %2. Roll it out to make clients load it.</source>
        <translation>Se publicó %1 %2. Despliéguela para que los clientes la carguen.</translation>
    </message>
    <message>
        <source>what the older rules give</source>
        <translation>lo que indiquen las reglas anteriores</translation>
    </message>
    <message>
        <source>Rolled %1 %2 out to %3.</source>
        <translation>Se desplegó %1 %2 para %3.</translation>
    </message>
    <message>
        <source>Rolled %1 back for %2: now %3.</source>
        <translation>Se revirtió %1 para %2: ahora %3.</translation>
    </message>
</context>
<context>
    <name>app::ModuleHostBridge</name>
    <message>
        <source>No panel for %1 is installed</source>
        <translation>No hay ningún panel instalado para %1</translation>
    </message>
    <message>
        <source>The %1 module could not start: %2</source>
        <translation>No se pudo iniciar el módulo %1: %2</translation>
    </message>
    <message>
        <source>This interaction is no longer yours.</source>
        <translation>Esta interacción ya no está asignada a usted.</translation>
    </message>
    <message>
        <source>The %1 module made no panel.</source>
        <translation>El módulo %1 no ha creado ningún panel.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>rolled back from %1</source>
        <translation>revertido desde %1</translation>
    </message>
    <message>
        <source>%1 %2 could not start: %3</source>
        <translation>%1 %2 no pudo iniciarse: %3</translation>
    </message>
    <message>
        <source>%1 %2 could not start: %3; staying on %4</source>
        <translation>%1 %2 no pudo iniciarse: %3; se mantiene %4</translation>
    </message>
    <message>
        <source>quarantined: it crashed the client on %1</source>
        <translation>en cuarentena: bloqueó el cliente el %1</translation>
    </message>
</context>
<context>
    <name>app::ModulePublishDialog</name>
    <message>
        <source>Publish a module version</source>
        <translation>Publicar una versión de módulo</translation>
    </message>
    <message>
        <source>Choose a signed module version folder (&lt;i&gt;id&lt;/i&gt;/&lt;i&gt;version&lt;/i&gt;/ with manifest.json and signature.json) or a bundle file made by &lt;tt&gt;switchboard-ctl module sign&lt;/tt&gt;. The server checks the signature against the keys it trusts.</source>
        <translation>Elija una carpeta de versión de módulo firmada (&lt;i&gt;id&lt;/i&gt;/&lt;i&gt;version&lt;/i&gt;/ con manifest.json y signature.json) o un archivo de paquete creado con &lt;tt&gt;switchboard-ctl module sign&lt;/tt&gt;. El servidor comprueba la firma con las claves en las que confía.</translation>
    </message>
    <message>
        <source>Module folder or bundle file</source>
        <translation>Carpeta del módulo o archivo de paquete</translation>
    </message>
    <message>
        <source>/path/to/modules/chat/1.1.0</source>
        <translation>/ruta/a/modules/chat/1.1.0</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a module folder</source>
        <translation>Elegir una carpeta de módulo</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>What is wrong with the folder</source>
        <translation>Qué falla en la carpeta</translation>
    </message>
    <message>
        <source>What will be published</source>
        <translation>Qué se publicará</translation>
    </message>
    <message>
        <source>Publishes:</source>
        <translation>Se publicará:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>Firmado con la clave:</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Module version folder</source>
        <translation>Carpeta de versión del módulo</translation>
    </message>
    <message>
        <source>nothing chosen yet</source>
        <translation>aún no se ha elegido nada</translation>
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
        <translation>nada que se pueda publicar</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>app::MonitorWindow</name>
    <message>
        <source>Whisper from %1: %2</source>
        <translation>Susurro de %1: %2</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>%1 (customer): %2</source>
        <translation>%1 (cliente): %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Todavía no hay llamada</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>Whisper not sent: %1</source>
        <translation>Susurro no enviado: %1</translation>
    </message>
    <message>
        <source>Could not barge in: %1</source>
        <translation>No se pudo intervenir: %1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Llamada: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (agente)</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (en espera)</translation>
    </message>
    <message>
        <source>Monitoring %1 — %2 with %3</source>
        <translation>Monitorizando a %1: %2 con %3</translation>
    </message>
    <message>
        <source>%1&apos;s %2 with %3</source>
        <translation>%1: %2 con %3</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>No se puede monitorizar: %1</translation>
    </message>
    <message>
        <source>Starting to monitor…</source>
        <translation>Iniciando la monitorización…</translation>
    </message>
    <message>
        <source>You have joined: the customer was told that you are here.</source>
        <translation>Ha intervenido: se ha comunicado al cliente que usted está presente.</translation>
    </message>
    <message>
        <source>Listening (read-only): the customer does not know you are here.</source>
        <translation>Escuchando (solo lectura): el cliente no sabe que usted está presente.</translation>
    </message>
    <message>
        <source>Live transcript (read-only)</source>
        <translation>Transcripción en vivo (solo lectura)</translation>
    </message>
    <message>
        <source>Call parties</source>
        <translation>Participantes en la llamada</translation>
    </message>
    <message>
        <source>&amp;Whisper:</source>
        <translation>&amp;Susurrar:</translation>
    </message>
    <message>
        <source>A message only %1 sees</source>
        <translation>Un mensaje que solo ve %1</translation>
    </message>
    <message>
        <source>Whisper to %1</source>
        <translation>Susurrar a %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the whisper</source>
        <translation>Enviar el susurro</translation>
    </message>
    <message>
        <source>Send the whisper (Enter)</source>
        <translation>Enviar el susurro (Enter)</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Intervenido</translation>
    </message>
    <message>
        <source>&amp;Barge in</source>
        <translation>&amp;Intervenir</translation>
    </message>
    <message>
        <source>Barge in: join the interaction</source>
        <translation>Intervenir: unirse a la interacción</translation>
    </message>
    <message>
        <source>Join the interaction: the customer sees you join (Ctrl+Shift+B)</source>
        <translation>Unirse a la interacción: el cliente ve que usted se une (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>app::RolloutDialog</name>
    <message>
        <source>Roll out a module version</source>
        <translation>Desplegar una versión de módulo</translation>
    </message>
    <message>
        <source>Roll back a module</source>
        <translation>Revertir un módulo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>What is wrong with the version</source>
        <translation>Qué falla en la versión</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>Un equipo</translation>
    </message>
    <message>
        <source>A queue&apos;s agents</source>
        <translation>Los agentes de una cola</translation>
    </message>
    <message>
        <source>A percentage of users</source>
        <translation>Un porcentaje de los usuarios</translation>
    </message>
    <message>
        <source>Named users</source>
        <translation>Usuarios concretos</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Percentage of users</source>
        <translation>Porcentaje de los usuarios</translation>
    </message>
    <message>
        <source>User names, separated by commas</source>
        <translation>Nombres de usuario, separados por comas</translation>
    </message>
    <message>
        <source>agent1, agent2</source>
        <translation>agent1, agent2</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>What is wrong with the target</source>
        <translation>Qué falla en el destino</translation>
    </message>
    <message>
        <source>What this will do</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>&amp;Roll out</source>
        <translation>Desp&amp;legar</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (signed by %2)</source>
        <translation>%1 (firmado por %2)</translation>
    </message>
    <message>
        <source>Name at least one user (user names, separated by commas).</source>
        <translation>Indique al menos un usuario (nombres de usuario, separados por comas).</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Publique primero una versión.</translation>
    </message>
    <message>
        <source>%1 has no published version.</source>
        <translation>%1 no tiene ninguna versión publicada.</translation>
    </message>
    <message>
        <source>No module has been published yet.</source>
        <translation>Todavía no se ha publicado ningún módulo.</translation>
    </message>
    <message>
        <source>%1 %2 for %3 (instead of %4). The newest rule that matches a user wins.</source>
        <translation>%1 %2 para %3 (en lugar de %4). Se aplica la regla más reciente que coincida con un usuario.</translation>
    </message>
    <message>
        <source>%1 %2 for %3. The newest rule that matches a user wins.</source>
        <translation>%1 %2 para %3. Se aplica la regla más reciente que coincida con un usuario.</translation>
    </message>
    <message>
        <source>%1 was never rolled out to %2: there is nothing to roll back.</source>
        <translation>%1 nunca se desplegó para %2: no hay nada que revertir.</translation>
    </message>
    <message>
        <source>%1 for %2: from %3 back to what the older rules give.</source>
        <translation>%1 para %2: de %3 a lo que indiquen las reglas anteriores.</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(retirada)</translation>
    </message>
    <message>
        <source>%1 for %2: from %3 back to %4.</source>
        <translation>%1 para %2: de %3 de vuelta a %4.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>app::SignInDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation>Iniciar sesión en Switchboard</translation>
    </message>
    <message>
        <source>host:port, e.g. switchboard.example.com:7443</source>
        <translation>host:puerto, p. ej., switchboard.example.com:7443</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Introduzca la dirección del servidor.</translation>
    </message>
    <message>
        <source>Add the port, e.g. %1:7443.</source>
        <translation>Añada el puerto, p. ej., %1:7443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
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
        <translation>No se pudieron cargar las colas: %1</translation>
    </message>
    <message>
        <source>Could not read the queue&apos;s live figures: %1</source>
        <translation>No se pudieron leer las cifras en vivo de la cola: %1</translation>
    </message>
    <message>
        <source>live: %1 per hour (the last hour)</source>
        <translation>en vivo: %1 por hora (la última hora)</translation>
    </message>
    <message>
        <source>live: %1 s (today)</source>
        <translation>en vivo: %1 s (hoy)</translation>
    </message>
    <message>
        <source>live: none yet (nothing handled today)</source>
        <translation>en vivo: ninguna aún (nada gestionado hoy)</translation>
    </message>
    <message>
        <source>Enter the interactions arriving per hour: more than 0.</source>
        <translation>Introduzca las interacciones que llegan por hora: más de 0.</translation>
    </message>
    <message>
        <source>Enter the average handle time in seconds (this queue has none yet today).</source>
        <translation>Introduzca el tiempo medio de gestión en segundos (esta cola aún no tiene hoy).</translation>
    </message>
    <message>
        <source>Enter the average handle time in seconds: more than 0, at most 86,400.</source>
        <translation>Introduzca el tiempo medio de gestión en segundos: más de 0, como máximo 86.400.</translation>
    </message>
    <message>
        <source>Enter a service-level target in percent: more than 0 and below 100 (e.g. 80).</source>
        <translation>Introduzca un objetivo de nivel de servicio en porcentaje: más de 0 y menos de 100 (p. ej., 80).</translation>
    </message>
    <message>
        <source>Enter the threshold in whole seconds: 1 to 3,600 (e.g. 20).</source>
        <translation>Introduzca el umbral en segundos enteros: de 1 a 3.600 (p. ej., 20).</translation>
    </message>
    <message>
        <source>%1 Erlangs</source>
        <translation>%1 erlangs</translation>
    </message>
    <message>
        <source>Short by 1 agent</source>
        <translation>Falta 1 agente</translation>
    </message>
    <message>
        <source>Short by %1 agents</source>
        <translation>Faltan %1 agentes</translation>
    </message>
    <message>
        <source>1 agent spare</source>
        <translation>1 agente de sobra</translation>
    </message>
    <message>
        <source>%1 agents spare</source>
        <translation>%1 agentes de sobra</translation>
    </message>
    <message>
        <source>Staffed exactly as needed</source>
        <translation>Dotación justa</translation>
    </message>
    <message>
        <source>with %1 agents: service level %2 within %3 s, ASA %4, occupancy %5</source>
        <translation>con %1 agentes: nivel de servicio %2 en %3 s, ASA %4, ocupación %5</translation>
    </message>
    <message>
        <source>unstable: the queue grows</source>
        <translation>inestable: la cola crece</translation>
    </message>
    <message>
        <source>Running %1 × %2 virtual hours with %3 agents…</source>
        <translation>Ejecutando %1 × %2 horas virtuales con %3 agentes…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The simulator refused: %1</source>
        <translation>El simulador lo rechazó: %1</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>inestable</translation>
    </message>
    <message>
        <source>0 % (assumed)</source>
        <translation>0 % (supuesto)</translation>
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
        <translation>%1 agentes, %2 ejecuciones de %3 horas virtuales en el motor de enrutamiento real: %4 interacciones atendidas, cifras agregadas. Los clientes simulados esperan lo que haga falta, como supone Erlang C.</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>Workload and target</source>
        <translation>Carga de trabajo y objetivo</translation>
    </message>
    <message>
        <source>&amp;Arrivals per hour:</source>
        <translation>&amp;Llegadas por hora:</translation>
    </message>
    <message>
        <source>A&amp;verage handle time (s):</source>
        <translation>&amp;Tiempo medio de gestión (s):</translation>
    </message>
    <message>
        <source>Service-level &amp;target (%):</source>
        <translation>&amp;Objetivo de nivel de servicio (%):</translation>
    </message>
    <message>
        <source>Answered &amp;within (s):</source>
        <translation>Atendidas &amp;en (s):</translation>
    </message>
    <message>
        <source>Use &amp;live figures</source>
        <translation>Usar cifras en &amp;vivo</translation>
    </message>
    <message>
        <source>Read the queue&apos;s arrival rate (the last hour) and AHT (today) again</source>
        <translation>Volver a leer la tasa de llegadas (última hora) y el AHT (hoy) de la cola</translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation>Calc&amp;ular</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Tráfico:</translation>
    </message>
    <message>
        <source>Agents needed:</source>
        <translation>Agentes necesarios:</translation>
    </message>
    <message>
        <source>Agents staffed now:</source>
        <translation>Agentes conectados ahora:</translation>
    </message>
    <message>
        <source>The queue&apos;s agents who are signed in: available, busy, in wrap-up or not ready</source>
        <translation>Los agentes de la cola que han iniciado sesión: disponibles, ocupados, en cierre o no disponibles</translation>
    </message>
    <message>
        <source>Predicted:</source>
        <translation>Previsión:</translation>
    </message>
    <message>
        <source>Service level by agent count</source>
        <translation>Nivel de servicio según el número de agentes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>P(wait)</source>
        <translation>P(espera)</translation>
    </message>
    <message>
        <source>What if: the virtual simulator</source>
        <translation>Y si…: el simulador virtual</translation>
    </message>
    <message>
        <source>A&amp;gents:</source>
        <translation>A&amp;gentes:</translation>
    </message>
    <message>
        <source>Virtual &amp;hours:</source>
        <translation>&amp;Horas virtuales:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ejecuta&amp;r</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>What-if: simulated figures beside Erlang C</source>
        <translation>Y si…: cifras simuladas junto a Erlang C</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>SL range of the runs</source>
        <translation>Rango de NS de las ejecuciones</translation>
    </message>
    <message>
        <source>The service level of a single run: from the 10th to the 90th percentile of the runs. Short periods vary a lot.</source>
        <translation>El nivel de servicio de una sola ejecución: del percentil 10 al 90 de las ejecuciones. Los periodos cortos varían mucho.</translation>
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
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Wallboards</source>
        <translation>Wallboards</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Intraday</source>
        <translation>Intradía</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>Mostrar alertas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>app::WallboardBoard</name>
    <message>
        <source>Unknown queue</source>
        <translation>Cola desconocida</translation>
    </message>
    <message>
        <source>This board has no tiles yet. Choose Edit to add tiles.</source>
        <translation>Este wallboard aún no tiene mosaicos. Elija «Editar» para añadirlos.</translation>
    </message>
</context>
<context>
    <name>app::WallboardEditor</name>
    <message>
        <source>Name the board so that you can find it again.</source>
        <translation>Ponga un nombre al wallboard para poder encontrarlo de nuevo.</translation>
    </message>
    <message>
        <source>Use 0 (no rotation) or at least 5 seconds.</source>
        <translation>Use 0 (sin rotación) o al menos 5 segundos.</translation>
    </message>
    <message>
        <source>Amber must not be above red when a higher value is worse.</source>
        <translation>El ámbar no puede estar por encima del rojo cuando un valor más alto es peor.</translation>
    </message>
    <message>
        <source>Amber must not be below red when a lower value is worse.</source>
        <translation>El ámbar no puede estar por debajo del rojo cuando un valor más bajo es peor.</translation>
    </message>
    <message>
        <source>There are no queues to show yet.</source>
        <translation>Todavía no hay colas que mostrar.</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Elija una cola.</translation>
    </message>
    <message>
        <source>Row %1, column %2 already has a tile: choose another place.</source>
        <translation>La fila %1, columna %2 ya tiene un mosaico: elija otro lugar.</translation>
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
        <translation>Fila %1, columna %2: %3 · %4</translation>
    </message>
    <message>
        <source>(amber %1, red %2, %3)</source>
        <translation>(ámbar %1, rojo %2, %3)</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>más alto es peor</translation>
    </message>
    <message>
        <source>lower is worse</source>
        <translation>más bajo es peor</translation>
    </message>
    <message>
        <source>Edit the board</source>
        <translation>Editar el wallboard</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>TV &amp;rotation:</source>
        <translation>&amp;Rotación en TV:</translation>
    </message>
    <message>
        <source>No rotation</source>
        <translation>Sin rotación</translation>
    </message>
    <message>
        <source>How long TV mode shows this board before the next one (0: it stays).</source>
        <translation>Cuánto tiempo muestra el modo TV este wallboard antes del siguiente (0: se queda).</translation>
    </message>
    <message>
        <source>Tiles:</source>
        <translation>Mosaicos:</translation>
    </message>
    <message>
        <source>&amp;Remove tile</source>
        <translation>&amp;Quitar mosaico</translation>
    </message>
    <message>
        <source>Add a tile</source>
        <translation>Añadir un mosaico</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Ro&amp;w, column:</source>
        <translation>&amp;Fila, columna:</translation>
    </message>
    <message>
        <source>row </source>
        <translation>fila </translation>
    </message>
    <message>
        <source>column </source>
        <translation>columna </translation>
    </message>
    <message>
        <source>&amp;Amber at:</source>
        <translation>Ám&amp;bar desde:</translation>
    </message>
    <message>
        <source>R&amp;ed at:</source>
        <translation>R&amp;ojo desde:</translation>
    </message>
    <message>
        <source>&amp;Higher is worse</source>
        <translation>Más &amp;alto es peor</translation>
    </message>
    <message>
        <source>A&amp;dd tile</source>
        <translation>Aña&amp;dir mosaico</translation>
    </message>
    <message>
        <source>&amp;Save board</source>
        <translation>&amp;Guardar wallboard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>app::WallboardTvWindow</name>
    <message>
        <source>Wallboards — TV mode</source>
        <translation>Wallboards: modo TV</translation>
    </message>
    <message>
        <source>No wallboards</source>
        <translation>No hay wallboards</translation>
    </message>
    <message>
        <source>Board %1 of %2</source>
        <translation>Wallboard %1 de %2</translation>
    </message>
    <message>
        <source>Esc leaves TV mode · ← → previous or next board</source>
        <translation>Esc sale del modo TV · ← → wallboard anterior o siguiente</translation>
    </message>
</context>
<context>
    <name>app::WallboardView</name>
    <message>
        <source>Delete wallboard</source>
        <translation>Eliminar wallboard</translation>
    </message>
    <message>
        <source>Delete the wallboard “%1”? Its layout is removed from the server.</source>
        <translation>¿Eliminar el wallboard «%1»? Su diseño se elimina del servidor.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The wallboards could not be loaded: %1</source>
        <translation>No se pudieron cargar los wallboards: %1</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Nuevo wallboard</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó «%1»: %2</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Pantalla %1: %2 (%3 × %4)</translation>
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
        <translation>N&amp;uevo wallboard</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Camb&amp;iar nombre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>Se&amp;parar</translation>
    </message>
    <message>
        <source>Open the board in a window of its own; the arrow chooses the screen.</source>
        <translation>Abrir el wallboard en una ventana propia; la flecha elige la pantalla.</translation>
    </message>
    <message>
        <source>T&amp;V mode</source>
        <translation>Modo &amp;TV</translation>
    </message>
    <message>
        <source>Full screen with large type, rotating through your boards; the arrow chooses the screen. Esc leaves.</source>
        <translation>Pantalla completa con letra grande, que va rotando por sus wallboards; la flecha elige la pantalla. Esc sale.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>You have no wallboards yet. Choose New board to make one.</source>
        <translation>Todavía no tiene wallboards. Elija «Nuevo wallboard» para crear uno.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
</context>
<context>
    <name>app::WallboardWindow</name>
    <message>
        <source>Wallboard — %1</source>
        <translation>Wallboard: %1</translation>
    </message>
</context>
<context>
    <name>models::AdminAgentModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
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
        <translation>predeterminadas</translation>
    </message>
</context>
<context>
    <name>models::AdminCodeModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Abreviatura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>no pagado</translation>
    </message>
</context>
<context>
    <name>models::AdminQueueModel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Offer timeout</source>
        <translation>Tiempo límite de oferta</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>siempre abierta</translation>
    </message>
    <message>
        <source>1 day a week</source>
        <translation>1 día a la semana</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 días a la semana</translation>
    </message>
    <message>
        <source>, 1 holiday</source>
        <translation>, 1 festivo</translation>
    </message>
    <message>
        <source>, %1 holidays</source>
        <translation>, %1 festivos</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 % in %2 s</source>
        <translation>%1 % en %2 s</translation>
    </message>
</context>
<context>
    <name>models::AdminSkillModel</name>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>(next: Not Ready)</source>
        <translation>(después: No disponible)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>En el estado</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
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
        <translation>Habilidades</translation>
    </message>
</context>
<context>
    <name>models::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>models::ModuleStatusModel</name>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
</context>
<context>
    <name>models::QueueMetricsModel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
</context>
<context>
    <name>modules::chat::ChatModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>No hay ninguna interacción que mostrar</translation>
    </message>
</context>
<context>
    <name>modules::chat::ChatPanel</name>
    <message>
        <source>Message not sent: %1</source>
        <translation>Mensaje no enviado: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicador de escritura</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, / inserts a canned response</source>
        <translation>Escriba un mensaje. Enter lo envía, Shift+Enter inicia una línea nueva, / inserta una respuesta predefinida</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Insert a prepared answer (or type / and its shortcut, then Tab)</source>
        <translation>Insertar una respuesta preparada (o escribir / y su abreviatura, y después Tab)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Enter)</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>%1	/%2</source>
        <translation>%1	/%2</translation>
    </message>
    <message>
        <source>No canned responses</source>
        <translation>No hay respuestas predefinidas</translation>
    </message>
    <message>
        <source>Customer is typing…</source>
        <translation>El cliente está escribiendo…</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modules::chat::TranscriptModel</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1 (cliente)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>modules::email::EmailModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>No hay ninguna interacción que mostrar</translation>
    </message>
    <message>
        <source>The e-mail panel cannot show a %1 interaction</source>
        <translation>El panel de correo electrónico no puede mostrar una interacción de tipo %1</translation>
    </message>
</context>
<context>
    <name>modules::email::EmailPanel</name>
    <message>
        <source>Subject of the thread</source>
        <translation>Asunto de la conversación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail thread</source>
        <translation>Conversación de correo electrónico</translation>
    </message>
    <message>
        <source>Click a message (or press Space) to expand or collapse it</source>
        <translation>Haga clic en un mensaje (o pulse Espacio) para expandirlo o contraerlo</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <source>… (%1 more quoted lines)</source>
        <translation>… (%1 líneas citadas más)</translation>
    </message>
</context>
<context>
    <name>modules::email::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <source>Reply to the customer only</source>
        <translation>Responder solo al cliente</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Responder a todos</translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation>Responder a todos</translation>
    </message>
    <message>
        <source>Reply to the customer and copy everyone else on their last e-mail</source>
        <translation>Responder al cliente con copia a todos los demás destinatarios de su último correo</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Copied by reply all</source>
        <translation>En copia por «Responder a todos»</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Subject of the reply</source>
        <translation>Asunto de la respuesta</translation>
    </message>
    <message>
        <source>Subject problem</source>
        <translation>Problema con el asunto</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Write the reply. %1 sends it.</source>
        <translation>Escriba la respuesta. %1 la envía.</translation>
    </message>
    <message>
        <source>Reply text problem</source>
        <translation>Problema con el texto de la respuesta</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quoted text sent below the reply</source>
        <translation>Texto citado que se envía debajo de la respuesta</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Files attached to the reply (Delete removes the selected one)</source>
        <translation>Archivos adjuntos a la respuesta (Supr quita el seleccionado)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>Adjuntar archivos a la respuesta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <source>Remove the selected attachment (Delete)</source>
        <translation>Quitar el adjunto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Insert a prepared answer at the cursor</source>
        <translation>Insertar una respuesta preparada en la posición del cursor</translation>
    </message>
    <message>
        <source>Send error</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Enviar la respuesta (%1)</translation>
    </message>
    <message>
        <source>Why replying is not possible</source>
        <translation>Por qué no se puede responder</translation>
    </message>
    <message>
        <source>Quoted below your reply:</source>
        <translation>Citado debajo de su respuesta:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No one else is on the customer&apos;s last e-mail.</source>
        <translation>El último correo del cliente no tiene más destinatarios.</translation>
    </message>
    <message>
        <source>Accept the e-mail to reply.</source>
        <translation>Acepte el correo para responder.</translation>
    </message>
    <message>
        <source>This e-mail is in wrap-up: the thread is read-only and no reply can be sent.</source>
        <translation>Este correo está en cierre: la conversación es de solo lectura y no se puede enviar ninguna respuesta.</translation>
    </message>
    <message>
        <source>This e-mail is closed: the thread is read-only and no reply can be sent.</source>
        <translation>Este correo está cerrado: la conversación es de solo lectura y no se puede enviar ninguna respuesta.</translation>
    </message>
    <message>
        <source>No canned responses</source>
        <translation>No hay respuestas predefinidas</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Introduzca un asunto.</translation>
    </message>
    <message>
        <source>Write a reply before sending.</source>
        <translation>Escriba una respuesta antes de enviar.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The last reply was not sent: %1</source>
        <translation>La última respuesta no se envió: %1</translation>
    </message>
</context>
<context>
    <name>modules::email::ReplyFormat</name>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>El %1, %2 escribió:</translation>
    </message>
</context>
<context>
    <name>modules::email::ThreadModel</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>From %1 (customer)</source>
        <translation>De %1 (cliente)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
</context>
<context>
    <name>modules::host</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>manifest.json names no valid id and version</source>
        <translation>manifest.json no indica un id y una versión válidos</translation>
    </message>
</context>
<context>
    <name>modules::host::Bundle</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest.json</source>
        <translation>%1 no tiene manifest.json</translation>
    </message>
    <message>
        <source>not a Switchboard module bundle</source>
        <translation>no es un paquete de módulo de Switchboard</translation>
    </message>
    <message>
        <source>the bundle is truncated or names an invalid file</source>
        <translation>el paquete está truncado o nombra un archivo no válido</translation>
    </message>
    <message>
        <source>the bundle has no manifest.json</source>
        <translation>el paquete no tiene manifest.json</translation>
    </message>
    <message>
        <source>%1 is not signed: only signed modules are loaded</source>
        <translation>%1 no está firmado: solo se cargan módulos firmados</translation>
    </message>
    <message>
        <source>%1 is signed by key &apos;%2&apos;, which this client does not trust</source>
        <translation>%1 está firmado con la clave «%2», que este cliente no considera de confianza</translation>
    </message>
    <message>
        <source>%1 has been changed since it was signed, or its signature is forged: refused</source>
        <translation>%1 se modificó después de firmarse o su firma es falsa: rechazado</translation>
    </message>
    <message>
        <source>%1 %2 is installed already (a version folder is never changed)</source>
        <translation>%1 %2 ya está instalado (una carpeta de versión nunca se modifica)</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>no se puede mover %1 a su sitio</translation>
    </message>
</context>
<context>
    <name>modules::host::ModuleLoader</name>
    <message>
        <source>Cannot load %1: module is not resolved</source>
        <translation>No se puede cargar %1: el módulo no está resuelto</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>No se puede cargar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not implement modules::api::Module</source>
        <translation>%1 no implementa modules::api::Module</translation>
    </message>
</context>
<context>
    <name>modules::host::ModuleSpec</name>
    <message>
        <source>File not found: %1</source>
        <translation>Archivo no encontrado: %1</translation>
    </message>
    <message>
        <source>Not a Qt plugin: %1</source>
        <translation>No es un plugin de Qt: %1</translation>
    </message>
    <message>
        <source>Not a Switchboard module: plugin IID is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>No es un módulo de Switchboard: el IID del plugin es «%1», se esperaba «%2»</translation>
    </message>
    <message>
        <source>Built for module API major version %1, this host supports %2</source>
        <translation>Compilado para la versión principal %1 de la API de módulos; este host admite la %2</translation>
    </message>
    <message>
        <source>No module metadata (Q_PLUGIN_METADATA without FILE)</source>
        <translation>Sin metadatos de módulo (Q_PLUGIN_METADATA sin FILE)</translation>
    </message>
    <message>
        <source>Metadata has no &quot;id&quot;</source>
        <translation>Los metadatos no tienen «id»</translation>
    </message>
    <message>
        <source>Invalid id &quot;%1&quot;: use lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>id «%1» no válido: use minúsculas, dígitos, «.» y «-»</translation>
    </message>
    <message>
        <source>Metadata of %1 has no &quot;version&quot;</source>
        <translation>Los metadatos de %1 no tienen «version»</translation>
    </message>
    <message>
        <source>Invalid version &quot;%1&quot; of %2: expected MAJOR.MINOR.PATCH</source>
        <translation>version «%1» de %2 no válida: se esperaba MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>Invalid compatVersion &quot;%1&quot; of %2: expected MAJOR.MINOR.PATCH</source>
        <translation>compatVersion «%1» de %2 no válida: se esperaba MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>compatVersion %1 of %2 is newer than its version %3</source>
        <translation>compatVersion %1 de %2 es más reciente que su version %3</translation>
    </message>
    <message>
        <source>Metadata of %1 has no &quot;apiVersion&quot;</source>
        <translation>Los metadatos de %1 no tienen «apiVersion»</translation>
    </message>
    <message>
        <source>%1 needs module API %2, this host supports %3.0 to %3.%4</source>
        <translation>%1 necesita la API de módulos %2; este host admite de la %3.0 a la %3.%4</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot; of %2: expected channel-panel, agent-tool or wallboard-tile</source>
        <translation>kind «%1» de %2 desconocido: se esperaba channel-panel, agent-tool o wallboard-tile</translation>
    </message>
    <message>
        <source>Channel panel %1 has unknown channel &quot;%2&quot;: expected one of %3</source>
        <translation>El panel de canal %1 tiene un canal desconocido «%2»: se esperaba uno de %3</translation>
    </message>
</context>
<context>
    <name>modules::host::PanelSwap</name>
    <message>
        <source>%1 made no panel</source>
        <translation>%1 no creó ningún panel</translation>
    </message>
</context>
<context>
    <name>modules::host::SigningKey</name>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation>no se puede leer la clave de firma %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 signing key (&quot;ed25519-private &lt;base64&gt;&quot;)</source>
        <translation>%1 no es una clave de firma Ed25519 («ed25519-private &lt;base64&gt;»)</translation>
    </message>
    <message>
        <source>%1 holds no usable Ed25519 key</source>
        <translation>%1 no contiene una clave Ed25519 utilizable</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>modules::host::TrustedKeys</name>
    <message>
        <source>%1 is not an Ed25519 public key (&quot;ed25519 &lt;base64&gt;&quot;)</source>
        <translation>%1 no es una clave pública Ed25519 («ed25519 &lt;base64&gt;»)</translation>
    </message>
</context>
<context>
    <name>modules::knowledge::KnowledgeModule</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
</context>
<context>
    <name>modules::knowledge::KnowledgeView</name>
    <message>
        <source>A call has no reply to write: read the article to the customer.</source>
        <translation>Una llamada no tiene respuesta escrita: lea el artículo al cliente.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimiento</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimiento</translation>
    </message>
    <message>
        <source>Suggested articles</source>
        <translation>Artículos sugeridos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>Insertar en la respuesta</translation>
    </message>
    <message>
        <source>Insert the article into the reply</source>
        <translation>Insertar el artículo en la respuesta</translation>
    </message>
    <message>
        <source>Adds the article&apos;s text to the reply being written</source>
        <translation>Añade el texto del artículo a la respuesta en curso</translation>
    </message>
</context>
<context>
    <name>modules::sms::SmsModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>No hay ninguna interacción que mostrar</translation>
    </message>
    <message>
        <source>The SMS panel cannot show a %1 interaction</source>
        <translation>El panel de SMS no puede mostrar una interacción de tipo %1</translation>
    </message>
</context>
<context>
    <name>modules::voice::Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Click a key or type 0-9, * and # to send tones</source>
        <translation>Haga clic en una tecla o escriba 0-9, * y # para enviar tonos</translation>
    </message>
    <message>
        <source>Tones sent</source>
        <translation>Tonos enviados</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Asterisco</translation>
    </message>
    <message>
        <source>Pound</source>
        <translation>Almohadilla</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Dígito %1</translation>
    </message>
    <message>
        <source>Send tone %1 (type %1)</source>
        <translation>Enviar tono %1 (tecla %1)</translation>
    </message>
</context>
<context>
    <name>modules::voice::TargetChooser</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfer the call to</source>
        <translation>Transferir la llamada a</translation>
    </message>
    <message>
        <source>Consult with</source>
        <translation>Consultar con</translation>
    </message>
    <message>
        <source>Target list title</source>
        <translation>Título de la lista de destinos</translation>
    </message>
    <message>
        <source>Transfer targets</source>
        <translation>Destinos de transferencia</translation>
    </message>
    <message>
        <source>Consult targets</source>
        <translation>Destinos de consulta</translation>
    </message>
    <message>
        <source>No one to transfer to right now.</source>
        <translation>Ahora mismo no hay nadie a quien transferir.</translation>
    </message>
    <message>
        <source>No one to consult right now.</source>
        <translation>Ahora mismo no hay nadie a quien consultar.</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Sin destinos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Transfer to the selected target</source>
        <translation>Transferir al destino seleccionado</translation>
    </message>
    <message>
        <source>Consult the selected target</source>
        <translation>Consultar al destino seleccionado</translation>
    </message>
    <message>
        <source>Enter on the list does the same</source>
        <translation>Enter en la lista hace lo mismo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel choosing a target</source>
        <translation>Cancelar la elección de destino</translation>
    </message>
    <message>
        <source>Close the list (Esc)</source>
        <translation>Cerrar la lista (Esc)</translation>
    </message>
    <message>
        <source>Transfer target chooser</source>
        <translation>Selector de destino de transferencia</translation>
    </message>
    <message>
        <source>Consult target chooser</source>
        <translation>Selector de destino de consulta</translation>
    </message>
</context>
<context>
    <name>modules::voice::VoiceModule</name>
    <message>
        <source>No interaction to show</source>
        <translation>No hay ninguna interacción que mostrar</translation>
    </message>
    <message>
        <source>The voice panel cannot show a %1 interaction</source>
        <translation>El panel de llamadas no puede mostrar una interacción de tipo %1</translation>
    </message>
</context>
<context>
    <name>modules::voice::VoicePanel</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Acción «%1» fallida: %2</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Caller&apos;s number</source>
        <translation>Número del llamante</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Current hold time</source>
        <translation>Tiempo en espera actual</translation>
    </message>
    <message>
        <source>Total hold</source>
        <translation>Espera total</translation>
    </message>
    <message>
        <source>Total hold time</source>
        <translation>Tiempo total en espera</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Responder a la llamada</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Show or hide the keypad to send tones</source>
        <translation>Mostrar u ocultar el teclado para enviar tonos</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <source>Hand the call to a queue or a colleague</source>
        <translation>Pasar la llamada a una cola o a un compañero</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Consulta…</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>Consultar a un compañero</translation>
    </message>
    <message>
        <source>Put the caller on hold and call a colleague or a queue</source>
        <translation>Poner al llamante en espera y llamar a un compañero o a una cola</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Completar transferencia</translation>
    </message>
    <message>
        <source>Complete the transfer</source>
        <translation>Completar la transferencia</translation>
    </message>
    <message>
        <source>Hand the caller to the consulted colleague and leave the call</source>
        <translation>Pasar el llamante al compañero consultado y salir de la llamada</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Join the caller, the colleague and you</source>
        <translation>Unir al llamante, al compañero y a usted</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Finalizar la llamada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Error de llamada</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En la llamada</translation>
    </message>
    <message>
        <source>Parties on the call</source>
        <translation>Participantes en la llamada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Consulting %1</source>
        <translation>Consultando a %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>%1 · Muted</source>
        <translation>%1 · Silenciado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>Recuperar la llamada</translation>
    </message>
    <message>
        <source>Put the caller on hold</source>
        <translation>Poner al llamante en espera</translation>
    </message>
    <message>
        <source>Take the caller off hold</source>
        <translation>Retomar la llamada en espera</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Unmute the microphone</source>
        <translation>Activar el micrófono</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Let the other side hear you again</source>
        <translation>Permitir que la otra parte vuelva a oírle</translation>
    </message>
    <message>
        <source>Stop the other side hearing you</source>
        <translation>Impedir que la otra parte le oiga</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 — on hold</source>
        <translation>%1 – en espera</translation>
    </message>
    <message>
        <source>%1, on hold</source>
        <translation>%1, en espera</translation>
    </message>
    <message>
        <source>Tone %1</source>
        <translation>Tono %1</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>Acción «%1» rechazada: %2</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transferir a %1</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>cannot reach server</source>
        <translation>no se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>cannot reach server: %1</source>
        <translation>no se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
</context>
<context>
    <name>session::AgentStore</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>No disponible: %1</translation>
    </message>
</context>
<context>
    <name>session::Auth</name>
    <message>
        <source>wrong username or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>your saved session has ended; sign in again</source>
        <translation>su sesión guardada ha finalizado; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>your session has ended; sign in again</source>
        <translation>su sesión ha finalizado; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
</context>
<context>
    <name>session::CallStore</name>
    <message>
        <source>Consult someone first, then complete the transfer to them.</source>
        <translation>Consulte primero a alguien y después complete la transferencia a esa persona.</translation>
    </message>
</context>
<context>
    <name>session::CatalogAdmin</name>
    <message>
        <source>Choose a signed module folder or bundle file.</source>
        <translation>Elija una carpeta de módulo firmada o un archivo de paquete.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>This folder has no manifest.json: choose a module version folder (&lt;id&gt;/&lt;version&gt;).</source>
        <translation>Esta carpeta no tiene manifest.json: elija una carpeta de versión de módulo (&lt;id&gt;/&lt;version&gt;).</translation>
    </message>
    <message>
        <source>The bundle is larger than 64 MiB.</source>
        <translation>El paquete ocupa más de 64 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not a module bundle: %1</source>
        <translation>No es un paquete de módulo: %1</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json.</source>
        <translation>El paquete no tiene manifest.json.</translation>
    </message>
    <message>
        <source>%1 %2 is not signed: sign it first (switchboard-ctl module sign), only signed modules can be published.</source>
        <translation>%1 %2 no está firmado: fírmelo primero (switchboard-ctl module sign); solo se pueden publicar módulos firmados.</translation>
    </message>
    <message>
        <source>Choose a module.</source>
        <translation>Elija un módulo.</translation>
    </message>
    <message>
        <source>Choose a published version.</source>
        <translation>Elija una versión publicada.</translation>
    </message>
</context>
<context>
    <name>session::CatalogClient</name>
    <message>
        <source>%1 %2 could not be downloaded: %3</source>
        <translation>no se pudo descargar %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 was damaged in transit (its SHA-256 is not the catalog&apos;s)</source>
        <translation>%1 %2 se dañó en la transferencia (su SHA-256 no es el del catálogo)</translation>
    </message>
    <message>
        <source>%1 %2 is not a module bundle: %3</source>
        <translation>%1 %2 no es un paquete de módulo: %3</translation>
    </message>
    <message>
        <source>the catalog&apos;s %1 %2 contains %3 %4: refused</source>
        <translation>el %1 %2 del catálogo contiene %3 %4: rechazado</translation>
    </message>
    <message>
        <source>%1 %2 could not be installed: %3</source>
        <translation>no se pudo instalar %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>session::CommandJournal</name>
    <message>
        <source>Saved: it will be sent when the server is reachable again.</source>
        <translation>Guardado: se enviará cuando el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>session::Connection</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>no se puede leer el certificado de CA %1: %2</translation>
    </message>
    <message>
        <source>no server address given</source>
        <translation>no se ha indicado ninguna dirección de servidor</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>not hosted by this server</source>
        <translation>no alojado en este servidor</translation>
    </message>
    <message>
        <source>the server does not report health</source>
        <translation>el servidor no informa de su estado</translation>
    </message>
</context>
<context>
    <name>session::DirectoryAdmin</name>
    <message>
        <source>Voice</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
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
        <translation>el servidor no dio la bienvenida al cliente a tiempo</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>el servidor dejó de responder</translation>
    </message>
    <message>
        <source>no event stream address</source>
        <translation>no hay dirección del flujo de eventos</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>undecodable frame from the server</source>
        <translation>trama indescifrable del servidor</translation>
    </message>
    <message>
        <source>the server did not accept the access token</source>
        <translation>el servidor no aceptó el token de acceso</translation>
    </message>
</context>
<context>
    <name>session::InteractionStore</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not Ready — %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrap-up of %1</source>
        <translation>Cierre de %1</translation>
    </message>
</context>
<context>
    <name>session::RolloutTarget</name>
    <message>
        <source>Choose a team.</source>
        <translation>Elija un equipo.</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Elija una cola.</translation>
    </message>
    <message>
        <source>A percentage from 1 to 100.</source>
        <translation>Un porcentaje de 1 a 100.</translation>
    </message>
    <message>
        <source>Name at least one user (user names, separated by commas).</source>
        <translation>Indique al menos un usuario (nombres de usuario, separados por comas).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name: separate names with commas.</source>
        <translation>«%1» no es un nombre de usuario: separe los nombres con comas.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>cola %1</translation>
    </message>
    <message>
        <source>%1 % of users</source>
        <translation>el %1 % de los usuarios</translation>
    </message>
    <message>
        <source>users %1</source>
        <translation>usuarios %1</translation>
    </message>
</context>
<context>
    <name>session::Session</name>
    <message>
        <source>your session was revoked</source>
        <translation>su sesión ha sido revocada</translation>
    </message>
</context>
<context>
    <name>session::StatsStore</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Mayor tiempo de espera</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonadas</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Velocidad media de respuesta</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Tiempo medio de gestión</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation>Agentes disponibles</translation>
    </message>
    <message>
        <source>Unknown metric</source>
        <translation>Métrica desconocida</translation>
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
        <translation>NS</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>answered of answered (Asterisk SL)</source>
        <translation>atendidas de las atendidas (Asterisk SL)</translation>
    </message>
    <message>
        <source>with abandons (Asterisk SL2)</source>
        <translation>con abandonos (Asterisk SL2)</translation>
    </message>
    <message>
        <source>removed within (Amazon Connect)</source>
        <translation>retiradas dentro del umbral (Amazon Connect)</translation>
    </message>
    <message>
        <source>excluding short abandons (Genesys-style)</source>
        <translation>sin abandonos cortos (estilo Genesys)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>answered within %1 ÷ answered</source>
        <translation>atendidas en %1 ÷ atendidas</translation>
    </message>
    <message>
        <source>(answered + abandoned within %1) ÷ (answered + abandoned)</source>
        <translation>(atendidas + abandonadas en %1) ÷ (atendidas + abandonadas)</translation>
    </message>
    <message>
        <source>left the queue within %1 ÷ offered</source>
        <translation>salieron de la cola en %1 ÷ ofrecidas</translation>
    </message>
    <message>
        <source>answered within %1 ÷ (answered + abandoned − short abandons)</source>
        <translation>atendidas en %1 ÷ (atendidas + abandonadas − abandonos cortos)</translation>
    </message>
    <message>
        <source>SL %1 · %2</source>
        <translation>NS %1 · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Someone else changed this board since you opened it, so your change was not saved. The boards have been reloaded: make your change again. (%1)</source>
        <translation>Otra persona ha cambiado este wallboard desde que usted lo abrió, así que su cambio no se guardó. Los wallboards se han recargado: vuelva a hacer el cambio. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this board since you opened it, so it was not deleted. The boards have been reloaded. (%1)</source>
        <translation>Otra persona ha cambiado este wallboard desde que usted lo abrió, así que no se eliminó. Los wallboards se han recargado. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this alert rule since you opened it, so your change was not saved. The rules have been reloaded: make your change again. (%1)</source>
        <translation>Otra persona ha cambiado esta regla de alerta desde que usted la abrió, así que su cambio no se guardó. Las reglas se han recargado: vuelva a hacer el cambio. (%1)</translation>
    </message>
    <message>
        <source>Someone else changed this alert rule since you opened it, so it was not deleted. The rules have been reloaded. (%1)</source>
        <translation>Otra persona ha cambiado esta regla de alerta desde que usted la abrió, así que no se eliminó. Las reglas se han recargado. (%1)</translation>
    </message>
</context>
<context>
    <name>widgets::CustomerContext</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 a través de %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
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
        <translation>Sin contactos previos.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Earlier contact</source>
        <translation>Contactos &amp;previos</translation>
    </message>
    <message>
        <source>Earlier interactions of this customer</source>
        <translation>Interacciones anteriores de este cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Who the customer is and their earlier contact show here when an interaction is selected.</source>
        <translation>Al seleccionar una interacción, aquí se muestran los datos del cliente y sus contactos anteriores.</translation>
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
        <translation>aún no hay datos</translation>
    </message>
</context>
<context>
    <name>widgets::OfferToast</name>
    <message>
        <source>Incoming %1 from %2</source>
        <translation>Entrante: %1 de %2</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept the offer (%1)</source>
        <translation>Aceptar la oferta (%1)</translation>
    </message>
    <message>
        <source>Reject the offer (%1)</source>
        <translation>Rechazar la oferta (%1)</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Aceptar oferta</translation>
    </message>
    <message>
        <source>Reject offer</source>
        <translation>Rechazar oferta</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <source>Offer from %1</source>
        <translation>Oferta de %1</translation>
    </message>
    <message>
        <source>%1 s left to answer</source>
        <translation>Quedan %1 s para responder</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Oferta caducada</translation>
    </message>
</context>
<context>
    <name>widgets::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Press Esc to close.</source>
        <translation>Pulse Esc para cerrar.</translation>
    </message>
</context>
<context>
    <name>widgets::TransferDialog</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No one to transfer to right now.</source>
        <translation>Ahora mismo no hay nadie a quien transferir.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ningún resultado para «%1».</translation>
    </message>
    <message>
        <source>Choose a queue or a colleague.</source>
        <translation>Elija una cola o un compañero.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer the interaction to:</source>
        <translation>Transferir la interacción a:</translation>
    </message>
    <message>
        <source>Transfer %1 to:</source>
        <translation>Transferir %1 a:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Queue or colleague</source>
        <translation>Cola o compañero</translation>
    </message>
    <message>
        <source>Find a queue or colleague</source>
        <translation>Buscar una cola o un compañero</translation>
    </message>
    <message>
        <source>Transfer targets</source>
        <translation>Destinos de transferencia</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transfer now</source>
        <translation>Transferir ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Cancelar la transferencia</translation>
    </message>
</context>
<context>
    <name>widgets::WrapUpForm</name>
    <message>
        <source>Wrap-up time is over</source>
        <translation>El tiempo de cierre ha terminado</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Choose a wrap-up code.</source>
        <translation>Elija un código de cierre.</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation>Elija un código</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Finish the wrap-up and become free for the next interaction (%1)</source>
        <translation>Completar el cierre y quedar libre para la siguiente interacción (%1)</translation>
    </message>
    <message>
        <source>After-contact work time left</source>
        <translation>Tiempo de cierre restante</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Notas de cierre</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Completar cierre</translation>
    </message>
</context>
</TS>
