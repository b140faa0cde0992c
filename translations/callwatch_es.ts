<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cw::AlertEngine</name>
    <message>
        <source>back under %1, clearing once it stays there</source>
        <translation>de nuevo por debajo de %1; se borrará cuando se mantenga así</translation>
    </message>
    <message>
        <source>critical above %1</source>
        <translation>crítico por encima de %1</translation>
    </message>
    <message>
        <source>warning above %1, critical above %2</source>
        <translation>advertencia por encima de %1, crítico por encima de %2</translation>
    </message>
    <message>
        <source>warning above %1</source>
        <translation>advertencia por encima de %1</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <extracomment>Name of an alert rule: share of ended calls that failed (wallboard tile title, keep short)</extracomment>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <source>Insufficient credits</source>
        <extracomment>Name of an alert rule: calls failing because the Dialgen account is out of credits (keep short)</extracomment>
        <translation>Sin créditos</translation>
    </message>
    <message>
        <source>Scheduled backlog</source>
        <extracomment>Name of an alert rule: how many calls wait to be dialled (keep short)</extracomment>
        <translation>Programadas pendientes</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Name of an alert rule: whether CallWatch still gets answers from Dialgen (keep short)</extracomment>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>Failure rate alert off</source>
        <translation>Alerta de tasa de fallos desactivada</translation>
    </message>
    <message numerus="yes">
        <source>Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed</source>
        <translation>
            <numerusform>Tasa de fallos sin evaluar: %n llamada finalizada en los últimos %1 min; se necesitan %2</numerusform>
            <numerusform>Tasa de fallos sin evaluar: %n llamadas finalizadas en los últimos %1 min; se necesitan %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure rate %1 % over the last %2 min (%3)</source>
        <translation>Tasa de fallos del %1 % en los últimos %2 min (%3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Insufficient credits alert off</source>
        <translation>Alerta de créditos insuficientes desactivada</translation>
    </message>
    <message>
        <source>No INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>Ningún INSUFFICIENT_CREDITS en los últimos %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>
            <numerusform>%n llamada falló con INSUFFICIENT_CREDITS en los últimos %1 min</numerusform>
            <numerusform>%n llamadas fallaron con INSUFFICIENT_CREDITS en los últimos %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backlog alert off</source>
        <translation>Alerta de programadas pendientes desactivada</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backlog %n call(s) (%1)</source>
        <translation>
            <numerusform>Programadas pendientes: %n llamada (%1)</numerusform>
            <numerusform>Programadas pendientes: %n llamadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
    <message>
        <source>Polling alert off</source>
        <translation>Alerta de sondeo desactivada</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Sondeo en pausa</translation>
    </message>
    <message>
        <source>Waiting for the first poll (%1 s)</source>
        <translation>Esperando el primer sondeo (%1 s)</translation>
    </message>
    <message>
        <source>Polling OK, last answer %1 s ago</source>
        <translation>Sondeo correcto, última respuesta hace %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No successful poll yet after %1 s (%2)</source>
        <translation>Ningún sondeo correcto tras %1 s (%2)</translation>
    </message>
    <message>
        <source>No successful poll for %1 s (%2)</source>
        <translation>Sin sondeos correctos desde hace %1 s (%2)</translation>
    </message>
</context>
<context>
    <name>cw::ApiError</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <extracomment>%1 is a sentence such as &quot;Dialgen server error&quot;, %2 the HTTP status code (503)</extracomment>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what went wrong, %2 is the server&apos;s or the system&apos;s own explanation</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dialgen rejected the request</source>
        <translation>Dialgen rechazó la solicitud</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>La clave de API fue rechazada</translation>
    </message>
    <message>
        <source>Not enough Dialgen credits</source>
        <translation>No hay suficientes créditos de Dialgen</translation>
    </message>
    <message>
        <source>This API key is not allowed to see that data</source>
        <translation>Esta clave de API no tiene permiso para ver esos datos</translation>
    </message>
    <message>
        <source>Dialgen does not know that call or batch</source>
        <translation>Dialgen no conoce esa llamada o ese lote</translation>
    </message>
    <message>
        <source>A call is already in progress for that contact</source>
        <translation>Ya hay una llamada en curso para ese contacto</translation>
    </message>
    <message>
        <source>Dialgen asked CallWatch to slow down</source>
        <translation>Dialgen pidió a CallWatch que redujera el ritmo</translation>
    </message>
    <message>
        <source>Dialgen server error</source>
        <translation>Error del servidor de Dialgen</translation>
    </message>
    <message>
        <source>Unexpected answer from Dialgen</source>
        <translation>Respuesta inesperada de Dialgen</translation>
    </message>
    <message>
        <source>Could not reach Dialgen</source>
        <translation>No se pudo contactar con Dialgen</translation>
    </message>
    <message>
        <source>Dialgen did not answer in time</source>
        <translation>Dialgen no respondió a tiempo</translation>
    </message>
    <message>
        <source>Dialgen sent a response CallWatch could not read</source>
        <translation>Dialgen envió una respuesta que CallWatch no pudo leer</translation>
    </message>
    <message>
        <source>Refusing to send the API key to an insecure or invalid address</source>
        <translation>Se rechaza enviar la clave de API a una dirección no segura o no válida</translation>
    </message>
    <message>
        <source>No Dialgen API key is set up</source>
        <translation>No hay ninguna clave de API de Dialgen configurada</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Se canceló la solicitud</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
</context>
<context>
    <name>cw::ApiKeyProvider</name>
    <message>
        <source>The keychain failed without giving a reason.</source>
        <translation>El llavero falló sin indicar el motivo.</translation>
    </message>
</context>
<context>
    <name>cw::CallTableModel</name>
    <message>
        <source>Call ID</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Column header of the call table: the phone number called (keep short)</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Column header of the call table: the person called (keep short)</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column header of the call table: the Dialgen batch (a list of calls placed together) the call belongs to (keep short)</extracomment>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header of the call table: when the call started (keep short)</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Column header of the call table: the error Dialgen reported (keep short)</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the call table: whether a recording of the call exists (keep short)</extracomment>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Column header of the call table: how long ago the call&apos;s status was last received (keep short)</extracomment>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header of the call table: which Dialgen endpoint the last update came from (keep short)</extracomment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>When the current attempt started, in local time</source>
        <translation>Cuándo empezó el intento actual, en hora local</translation>
    </message>
    <message>
        <source>Length of the call; counts up while the call is ongoing</source>
        <translation>Duración de la llamada; aumenta mientras la llamada está en curso</translation>
    </message>
    <message>
        <source>How long ago CallWatch last heard about this call</source>
        <translation>Cuánto hace que CallWatch recibió noticias de esta llamada por última vez</translation>
    </message>
    <message>
        <source>Where the last update came from: live status, batch status, persistent status, webhook</source>
        <translation>De dónde procede la última actualización: estado en directo, estado del lote, estado persistente, webhook</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago the last update came (table cell and status bar: keep short)</extracomment>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>%1 is a number of seconds; &quot;s&quot; is the abbreviation of seconds (table cell: keep short)</extracomment>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>%1 is a number of minutes (table cell: keep short)</extracomment>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>%1 is a number of hours; &quot;h&quot; is the abbreviation of hours (table cell: keep short)</extracomment>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <extracomment>%1 is a number of days; &quot;d&quot; is the abbreviation of days (table cell: keep short)</extracomment>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Status cell: Dialgen does not know this call id (keep short)</extracomment>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>%1 — possibly stuck</source>
        <extracomment>Status cell; %1 is a call status such as &quot;Ongoing&quot;</extracomment>
        <translation>%1 — posiblemente atascada</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <extracomment>Last-update cell; %1 is an age such as &quot;5 min ago&quot;; stale = not refreshed for too long</extracomment>
        <translation>%1 · desactualizada</translation>
    </message>
    <message>
        <source>CallWatch has not been able to update this call for a while; what you see may be out of date. Polling keeps trying.</source>
        <translation>CallWatch lleva un tiempo sin poder actualizar esta llamada; lo que ve puede estar desactualizado. El sondeo sigue intentándolo.</translation>
    </message>
    <message>
        <source>This call has been ongoing for longer than %1 minutes. CallWatch re-checks it with Dialgen&apos;s persistent status.</source>
        <translation>Esta llamada lleva en curso más de %1 minutos. CallWatch la vuelve a comprobar con el estado persistente de Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen does not know this call id (live and persistent status both answered 404). Use Refresh to ask again.</source>
        <translation>Dialgen no conoce este ID de llamada (el estado en directo y el persistente respondieron 404). Use Actualizar para volver a preguntar.</translation>
    </message>
    <message>
        <source>Dialgen reported a status CallWatch does not know: %1</source>
        <translation>Dialgen informó de un estado que CallWatch no conoce: %1</translation>
    </message>
    <message>
        <source>Recording available</source>
        <translation>Grabación disponible</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sin grabación</translation>
    </message>
</context>
<context>
    <name>cw::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; without its closing &quot;).</source>
        <translation>Línea %1: un campo entre comillas no se cierra nunca (una &quot; sin su &quot; de cierre).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 fields; CallWatch reads smaller CSV files.</source>
        <translation>Línea %1: el archivo tiene más de %2 campos; CallWatch lee archivos CSV más pequeños.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>El archivo empieza como texto UTF-16, pero no es UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file is %1 MB; CallWatch reads CSV files up to %2 MB.</source>
        <translation>El archivo ocupa %1 MB; CallWatch lee archivos CSV de hasta %2 MB.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL bytes).</source>
        <translation>No es un archivo de texto CSV: contiene datos binarios (bytes NUL).</translation>
    </message>
</context>
<context>
    <name>cw::DetailPane</name>
    <message>
        <source>Live status</source>
        <comment>where the last update came from</comment>
        <translation>Estado en directo</translation>
    </message>
    <message>
        <source>Persistent status lookup</source>
        <comment>where the last update came from</comment>
        <translation>Consulta de estado persistente</translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>where the last update came from</comment>
        <translation>Estado del lote</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>where the last update came from</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Metrics lookup</source>
        <comment>where the last update came from</comment>
        <translation>Consulta de métricas</translation>
    </message>
    <message>
        <source>Poll</source>
        <comment>a status change seen by polling</comment>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>a status change pushed by Dialgen</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Lookup</source>
        <comment>a status change seen in a persistent / metrics lookup</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Call direction: CallWatch/Dialgen called the contact</extracomment>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Call direction: the contact called in</extracomment>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>the AI agent speaking in a transcript</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>the person called, speaking in a transcript</comment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Interlocutor desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no value among the call metrics</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Positive</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Negative</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>Select a call to see its details</source>
        <translation>Seleccione una llamada para ver sus detalles</translation>
    </message>
    <message>
        <source>Its status, recording, transcript and status history appear here.</source>
        <translation>Aquí aparecen su estado, grabación, transcripción e historial de estados.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>The call id: select it, or copy it with Copy id</source>
        <translation>El ID de la llamada: selecciónelo o cópielo con Copiar ID</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Acciones de la llamada</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <extracomment>Button in the call details (keep short)</extracomment>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Ask Dialgen about this call now</source>
        <translation>Preguntar ahora a Dialgen por esta llamada</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button: copy the call id to the clipboard (keep short)</extracomment>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy the call id to the clipboard</source>
        <translation>Copiar el ID de la llamada al portapapeles</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy everything known about this call as JSON</source>
        <translation>Copiar como JSON todo lo que se sabe de esta llamada</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Stop following this call and remove it from the table</source>
        <translation>Dejar de seguir esta llamada y quitarla de la tabla</translation>
    </message>
    <message>
        <source>Track this call</source>
        <translation>Seguir esta llamada</translation>
    </message>
    <message>
        <source>Add this call to the table and follow its status</source>
        <translation>Añadir esta llamada a la tabla y seguir su estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Field label in the call details: the phone number called</extracomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Field label: the person called</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Field label: the Dialgen batch (a list of calls placed together) the call belongs to</extracomment>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Field label: the AI agent (voice assistant) that made the call</extracomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Field label: outbound or inbound</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Field label: when the call started</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Field label: when the call ended</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Field label: when CallWatch last received this call&apos;s status</extracomment>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the last update came from</comment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <source>Open the recording (MP3) in the default player</source>
        <translation>Abrir la grabación (MP3) en el reproductor predeterminado</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy recording link</source>
        <translation>Copiar enlace de la grabación</translation>
    </message>
    <message>
        <source>Copy the recording&apos;s link to the clipboard</source>
        <translation>Copiar el enlace de la grabación al portapapeles</translation>
    </message>
    <message>
        <source>This link does not use HTTPS, so CallWatch does not open it. Dialgen&apos;s recordings are always HTTPS: copy it only if you trust where it came from.</source>
        <translation>Este enlace no usa HTTPS, así que CallWatch no lo abre. Las grabaciones de Dialgen siempre son HTTPS: cópielo solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>Dialgen deletes recordings after %1 days; this link may no longer work.</source>
        <translation>Dialgen elimina las grabaciones pasados %1 días; puede que este enlace ya no funcione.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <extracomment>Section title: figures the AI extracted from the call (intent, sentiment, confidence...)</extracomment>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation>Aún no se ha registrado ningún cambio de estado.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>No transcript received for this call yet.</source>
        <translation>Aún no se ha recibido ninguna transcripción de esta llamada.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls.</source>
        <translation>Sin transcripción: Dialgen la proporciona para las llamadas completadas.</translation>
    </message>
    <message>
        <source>No transcript, summary or metrics received for this call yet.</source>
        <translation>Aún no se ha recibido transcripción, resumen ni métricas de esta llamada.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls, with a summary and metrics.</source>
        <translation>Sin transcripción: Dialgen la proporciona para las llamadas completadas, junto con un resumen y métricas.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Dialgen sent a status CallWatch does not know; it is shown exactly as sent.</source>
        <translation>Dialgen envió un estado que CallWatch no conoce; se muestra tal como llegó.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact name (contact id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Dialgen sent: “%1”</source>
        <translation>Dialgen envió: «%1»</translation>
    </message>
    <message>
        <source>Dialgen has not sent a recording link for this call.</source>
        <translation>Dialgen no ha enviado ningún enlace de grabación para esta llamada.</translation>
    </message>
    <message>
        <source>No recording yet: Dialgen provides one when the call is completed.</source>
        <translation>Aún no hay grabación: Dialgen la proporciona cuando la llamada se completa.</translation>
    </message>
    <message>
        <source>No recording: Dialgen records completed calls.</source>
        <translation>Sin grabación: Dialgen graba las llamadas completadas.</translation>
    </message>
    <message>
        <source>Recording link: %1</source>
        <translation>Enlace de la grabación: %1</translation>
    </message>
    <message>
        <source>No summary received for this call yet.</source>
        <translation>Aún no se ha recibido ningún resumen de esta llamada.</translation>
    </message>
    <message>
        <source>No summary: Dialgen provides one for completed calls.</source>
        <translation>Sin resumen: Dialgen lo proporciona para las llamadas completadas.</translation>
    </message>
    <message>
        <source>No metrics received for this call yet.</source>
        <translation>Aún no se han recibido métricas de esta llamada.</translation>
    </message>
    <message>
        <source>No metrics: Dialgen provides them for completed calls.</source>
        <translation>Sin métricas: Dialgen las proporciona para las llamadas completadas.</translation>
    </message>
    <message>
        <source>Intent</source>
        <extracomment>Call metric: what the person called wanted, as understood by the AI</extracomment>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <source>Transcript · 1 line</source>
        <translation>Transcripción · 1 línea</translation>
    </message>
    <message>
        <source>Transcript · %1 lines</source>
        <translation>Transcripción · %1 líneas</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 dijo: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>Heading in the status history; %1 is the attempt number (1, 2, 3...) of a redialled call</extracomment>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Status history line; %1 is a call status, %2 a time of day</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <extracomment>Duration of a call still in progress; %1 is a duration such as 2:05</extracomment>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Dialgen keeps recordings for %1 days: this link should work until about %2.</source>
        <translation>Dialgen conserva las grabaciones %1 días: este enlace debería funcionar hasta aproximadamente el %2.</translation>
    </message>
    <message>
        <source>Copied call id</source>
        <translation>ID de llamada copiado</translation>
    </message>
    <message>
        <source>Copied JSON</source>
        <translation>JSON copiado</translation>
    </message>
    <message>
        <source>Copied recording link</source>
        <translation>Enlace de la grabación copiado</translation>
    </message>
    <message>
        <source>Could not open the recording</source>
        <translation>No se pudo abrir la grabación</translation>
    </message>
</context>
<context>
    <name>cw::DialgenClient</name>
    <message>
        <source>The Dialgen base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL base de Dialgen «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>La URL base de Dialgen debe empezar por https:// (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: HTTPS is required for every host other than this computer, so the API key is never sent unencrypted.</source>
        <extracomment>%1 is a host name such as api.example.com</extracomment>
        <translation>Se rechaza http:// sin cifrar hacia %1: se exige HTTPS para cualquier host que no sea este equipo, para que la clave de API nunca se envíe sin cifrar.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must not contain a user name or password.</source>
        <translation>La URL base de Dialgen no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Dialgen redirected the request to another address (%1); CallWatch does not follow it, so the API key stays with %2.</source>
        <extracomment>%1 and %2 are host names</extracomment>
        <translation>Dialgen redirigió la solicitud a otra dirección (%1); CallWatch no la sigue, así que la clave de API se queda en %2.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; CallWatch stopped reading it.</source>
        <translation>La respuesta ocupa más de %1 MB; CallWatch dejó de leerla.</translation>
    </message>
    <message>
        <source>expected JSON but got %1; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html</extracomment>
        <translation>se esperaba JSON, pero llegó %1; puede que esté respondiendo algo distinto de Dialgen, como un proxy o una página de inicio de sesión de la red</translation>
    </message>
    <message>
        <source>expected JSON but got %1 &quot;%2&quot;; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html, %2 the title or text of what was received</extracomment>
        <translation>se esperaba JSON, pero llegó %1 «%2»; puede que esté respondiendo algo distinto de Dialgen, como un proxy o una página de inicio de sesión de la red</translation>
    </message>
</context>
<context>
    <name>cw::ErrorCodes</name>
    <message>
        <source>Dialgen reported an error CallWatch does not recognise. The text above is exactly what Dialgen sent.</source>
        <translation>Dialgen ha informado de un error que CallWatch no reconoce. El texto de arriba es exactamente lo que envió Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen may or may not retry this call, depending on the error.</source>
        <translation>Dialgen puede reintentar o no esta llamada, según el error.</translation>
    </message>
    <message>
        <source>Dialgen does not retry this call.</source>
        <translation>Dialgen no reintenta esta llamada.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s busy delay (5 minutes by default), up to its maximum number of attempts.</source>
        <translation>En un lote, Dialgen vuelve a marcar tras el intervalo por línea ocupada del lote (5 minutos por defecto), hasta su número máximo de intentos.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s no-answer delay (1 hour by default), up to its maximum number of attempts.</source>
        <translation>En un lote, Dialgen vuelve a marcar tras el intervalo por falta de respuesta del lote (1 hora por defecto), hasta su número máximo de intentos.</translation>
    </message>
    <message>
        <source>Dialgen may retry, depending on the kind of network problem.</source>
        <translation>Dialgen puede reintentar, según el tipo de problema de red.</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>The phone number is not valid, so the call could not be placed. Check the contact&apos;s number.</source>
        <translation>El número de teléfono no es válido, así que no se pudo realizar la llamada. Compruebe el número del contacto.</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Línea ocupada</translation>
    </message>
    <message>
        <source>The line was busy when Dialgen dialled.</source>
        <translation>La línea estaba ocupada cuando Dialgen marcó.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered.</source>
        <translation>El teléfono sonó, pero nadie contestó.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de red</translation>
    </message>
    <message>
        <source>A connectivity problem interrupted the call or stopped it from being placed.</source>
        <translation>Un problema de conectividad interrumpió la llamada o impidió realizarla.</translation>
    </message>
    <message>
        <source>Out of credits</source>
        <translation>Sin créditos</translation>
    </message>
    <message>
        <source>The account did not have enough Dialgen credits to place the call. Top up the account; calls will not go out until then.</source>
        <translation>La cuenta no tenía suficientes créditos de Dialgen para realizar la llamada. Recargue la cuenta; hasta entonces no saldrá ninguna llamada.</translation>
    </message>
</context>
<context>
    <name>cw::HistoryStore</name>
    <message>
        <source>the database is locked by another program (is another CallWatch running?)</source>
        <translation>otro programa tiene bloqueada la base de datos (¿hay otro CallWatch en ejecución?)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>el archivo de historial es de solo lectura</translation>
    </message>
    <message>
        <source>a disk error occurred (%1)</source>
        <translation>se produjo un error de disco (%1)</translation>
    </message>
    <message>
        <source>the history file is damaged; restart CallWatch to set it aside</source>
        <translation>el archivo de historial está dañado; reinicie CallWatch para apartarlo</translation>
    </message>
    <message>
        <source>the history file cannot be opened (%1)</source>
        <translation>no se puede abrir el archivo de historial (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>History is not being saved: %1</source>
        <translation>El historial no se está guardando: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1 está dañado (%2) y no se pudo apartar</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new one was started.</source>
        <translation>El archivo de historial estaba dañado (%1). Se movió a %2 y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>el archivo no es una base de datos</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 no se puede abrir (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer CallWatch (history version %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 lo creó un CallWatch más reciente (versión de historial %2; esta conoce hasta la %3). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is not a CallWatch history file. It was left untouched.</source>
        <translation>%1 no es un archivo de historial de CallWatch. No se ha modificado.</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>the history store is not open</source>
        <translation>el almacén de historial no está abierto</translation>
    </message>
    <message>
        <source>invalid history batch, nothing written: %1</source>
        <translation>lote de historial no válido, no se ha escrito nada: %1</translation>
    </message>
    <message>
        <source>History could not be saved: %1.</source>
        <translation>No se pudo guardar el historial: %1.</translation>
    </message>
    <message>
        <source>1 batch of changes is kept in memory and will be retried.</source>
        <translation>Se conserva en memoria 1 lote de cambios, que se volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 batches of changes are kept in memory and will be retried.</source>
        <translation>Se conservan en memoria %1 lotes de cambios, que se volverán a intentar.</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped because too many were waiting.</source>
        <translation>Se descartaron %1 lote(s) de cambios más antiguos porque había demasiados en espera.</translation>
    </message>
    <message>
        <source>%1 batch(es) of changes were rejected by the database and dropped: %2</source>
        <translation>La base de datos rechazó %1 lote(s) de cambios, que se descartaron: %2</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped while the database could not be written</source>
        <translation>Se descartaron %1 lote(s) de cambios más antiguos mientras no se podía escribir en la base de datos</translation>
    </message>
    <message>
        <source>invalid time range</source>
        <translation>intervalo de tiempo no válido</translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain service is available: there is no D-Bus session bus (a headless or remote session?).</source>
        <translation>No hay ningún servicio de llavero disponible: no hay bus de sesión D-Bus (¿es una sesión sin pantalla o remota?).</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>No hay ningún servicio de llavero disponible.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>Is a Secret Service (GNOME Keyring, KWallet) running, and libsecret installed?</source>
        <translation>¿Hay un Secret Service (GNOME Keyring, KWallet) en ejecución y está instalado libsecret?</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Esta plataforma no tiene ningún llavero compatible.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation>El llavero no pudo eliminar la entrada.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>El llavero no respondió en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>cw::Lookup</name>
    <message>
        <source>invalid call id: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID de llamada no válido: debe tener de 1 a 200 caracteres imprimibles, sin espacios, comillas ni corchetes angulares</translation>
    </message>
    <message>
        <source>call %1 not found: %2</source>
        <translation>llamada %1 no encontrada: %2</translation>
    </message>
    <message>
        <source>%1: set the DIALGEN_API_KEY environment variable</source>
        <translation>%1: defina la variable de entorno DIALGEN_API_KEY</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Tracked calls</source>
        <translation>Llamadas seguidas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No calls tracked yet&lt;/h2&gt;&lt;p&gt;Set your Dialgen API key in &lt;b&gt;Settings…&lt;/b&gt; (Ctrl+,) — or in the &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; environment variable —&lt;br&gt;then add call ids with &lt;b&gt;Add calls…&lt;/b&gt; (Ctrl+N), import them from a CSV file (Ctrl+O),&lt;br&gt;or follow a whole batch with &lt;b&gt;Track batch…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Look up…&lt;/b&gt; (Ctrl+L) shows one call without tracking it.&lt;/p&gt;&lt;p&gt;Just looking? Start CallWatch with &lt;b&gt;--demo&lt;/b&gt; to watch simulated calls.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no se sigue ninguna llamada&lt;/h2&gt;&lt;p&gt;Configure su clave de API de Dialgen en &lt;b&gt;Ajustes…&lt;/b&gt; (Ctrl+,) — o en la variable de entorno &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; —&lt;br&gt;y después añada ID de llamada con &lt;b&gt;Añadir llamadas…&lt;/b&gt; (Ctrl+N), impórtelos desde un archivo CSV (Ctrl+O)&lt;br&gt;o siga un lote completo con &lt;b&gt;Seguir lote…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Consultar…&lt;/b&gt; (Ctrl+L) muestra una llamada sin seguirla.&lt;/p&gt;&lt;p&gt;¿Solo quiere echar un vistazo? Inicie CallWatch con &lt;b&gt;--demo&lt;/b&gt; para ver llamadas simuladas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show or hide calls not yet checked, not found, or with a status CallWatch does not know</source>
        <translation>Mostrar u ocultar las llamadas aún no comprobadas, no encontradas o con un estado que CallWatch no conoce</translation>
    </message>
    <message>
        <source>Show or hide %1 calls</source>
        <translation>Mostrar u ocultar las llamadas con estado %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Show the calls of one tracked batch only</source>
        <translation>Mostrar solo las llamadas de un lote seguido</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Todos los lotes</translation>
    </message>
    <message>
        <source>Filter by call id, phone, contact or batch  (Ctrl+F)</source>
        <translation>Filtrar por ID de llamada, teléfono, contacto o lote  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filtrar llamadas</translation>
    </message>
    <message>
        <source>Not a call id</source>
        <translation>No es un ID de llamada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id.</source>
        <translation>«%1» no es un ID de llamada válido.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>Dialgen does not know the call %1 (neither live nor persistent status).</source>
        <translation>Dialgen no conoce la llamada %1 (ni en el estado en directo ni en el persistente).</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Error en la consulta</translation>
    </message>
    <message>
        <source>Look up a call</source>
        <translation>Consultar una llamada</translation>
    </message>
    <message>
        <source>Call id (the call is shown, not tracked):</source>
        <translation>ID de llamada (la llamada se muestra, no se sigue):</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Filter button for calls whose status CallWatch does not know (keep short)</extracomment>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n llamada</numerusform>
            <numerusform>%1: %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add calls…</source>
        <translation>Añadir llamadas…</translation>
    </message>
    <message>
        <source>Track one or more call ids (Ctrl+N)</source>
        <translation>Seguir uno o varios ID de llamada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Track batch…</source>
        <translation>Seguir lote…</translation>
    </message>
    <message>
        <source>Follow every call of a batch (Ctrl+B)</source>
        <translation>Seguir todas las llamadas de un lote (Ctrl+B)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Track the call ids of a CSV file (Ctrl+O)</source>
        <translation>Seguir los ID de llamada de un archivo CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the calls shown in the table as a CSV file (Ctrl+E)</source>
        <translation>Guardar como archivo CSV las llamadas mostradas en la tabla (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV</source>
        <extracomment>Toolbar menu button holding Import CSV / Export CSV (keep short)</extracomment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import call ids from CSV, or export the table</source>
        <translation>Importar ID de llamada desde CSV o exportar la tabla</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask Dialgen now about the selected calls, or every call when none is selected (F5)</source>
        <translation>Preguntar ahora a Dialgen por las llamadas seleccionadas, o por todas si no hay ninguna seleccionada (F5)</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Actualizar todo</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button: pause polling Dialgen (keep short)
----------
Toolbar button: pause or resume polling Dialgen (keep short)</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume polling (Ctrl+P)</source>
        <translation>Pausar o reanudar el sondeo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look up…</source>
        <translation>Consultar…</translation>
    </message>
    <message>
        <source>Look up one call id without tracking it (Ctrl+L)</source>
        <translation>Consultar un ID de llamada sin seguirlo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Toolbar button opening the charts of ended calls over time (keep short)</extracomment>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Show or hide completed, missed and failed calls over time (Ctrl+T)</source>
        <translation>Mostrar u ocultar las llamadas completadas, perdidas y fallidas a lo largo del tiempo (Ctrl+T)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <extracomment>Toolbar button: the full-screen view for a wall display (keep short)</extracomment>
        <translation>Panel mural</translation>
    </message>
    <message>
        <source>Full-screen wallboard for a wall screen (F11; Esc returns)</source>
        <translation>Panel mural a pantalla completa para una pantalla de pared (F11; Esc para volver)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Base URL, API key, polling, time zone, theme and language</source>
        <translation>URL base, clave de API, sondeo, zona horaria, tema e idioma</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Keyboard action (Ctrl+F): move to the filter field</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>the receiver is not running. Turn it on and press OK first.</source>
        <translation>el receptor no está en marcha. Actívelo y pulse primero Aceptar.</translation>
    </message>
    <message>
        <source>the receiver answered %1 and accepted the event.</source>
        <translation>el receptor respondió %1 y aceptó el evento.</translation>
    </message>
    <message>
        <source>the receiver answered %1.</source>
        <translation>el receptor respondió %1.</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: inactivos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n evento recibido</numerusform>
            <numerusform>%n eventos recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks: %1</translation>
    </message>
    <message>
        <source>Webhooks: %1, %2 refused (last: %3)</source>
        <extracomment>Status bar; %1 is &quot;N events received&quot;, %2 a count of refused deliveries, %3 why the last was refused</extracomment>
        <translation>Webhooks: %1, %2 rechazados (último: %3)</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>El receptor está desactivado.</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>No se pudo iniciar el receptor: %1</translation>
    </message>
    <message>
        <source>Listening on %1. %2 accepted (%3 repeated deliveries), %4 refused.</source>
        <extracomment>Tooltip; %1 is the receiver&apos;s address, %2 to %4 are counts of webhook deliveries</extracomment>
        <translation>Escuchando en %1. %2 aceptados (%3 entregas repetidas), %4 rechazados.</translation>
    </message>
    <message>
        <source>Last refusal: %1 (HTTP %2) at %3.</source>
        <translation>Último rechazo: %1 (HTTP %2) a las %3.</translation>
    </message>
    <message>
        <source>No secret is set: deliveries are not authenticated.</source>
        <translation>No hay ningún secreto configurado: las entregas no se autentican.</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Clave de API de Dialgen</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. CallWatch keeps it in the system keychain.</source>
        <translation>Introduzca su clave de API de Dialgen. CallWatch la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. No system keychain is available (%1), so CallWatch keeps the key for this session only and asks again next time.</source>
        <translation>Introduzca su clave de API de Dialgen. No hay ningún llavero del sistema disponible (%1), así que CallWatch guarda la clave solo para esta sesión y la volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Add calls</source>
        <translation>Añadir llamadas</translation>
    </message>
    <message>
        <source>Paste call ids, one per line or separated by commas or spaces:</source>
        <translation>Pegue los ID de llamada, uno por línea o separados por comas o espacios:</translation>
    </message>
    <message>
        <source>Some ids were not added</source>
        <translation>Algunos ID no se han añadido</translation>
    </message>
    <message>
        <source>These entries are not valid call ids and were not added:

%1</source>
        <translation>Estas entradas no son ID de llamada válidos y no se han añadido:

%1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 es demasiado grande para importarlo (más de %2 MB).</translation>
    </message>
    <message>
        <source>Could not read %1, line %2: %3</source>
        <translation>No se pudo leer %1, línea %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) tracked</source>
        <translation>
            <numerusform>%n llamada nueva seguida</numerusform>
            <numerusform>%n llamadas nuevas seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already tracked</source>
        <translation>
            <numerusform>, %n ya seguida</numerusform>
            <numerusform>, %n ya seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n entry(ies) that could not be call ids:</source>
        <translation>
            <numerusform>. Se omitió %n entrada que no podía ser un ID de llamada:</numerusform>
            <numerusform>. Se omitieron %n entradas que no podían ser ID de llamada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Import call ids</source>
        <translation>Importar ID de llamada</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>Export calls</source>
        <extracomment>The suggested file name of the export is the second text: translate &quot;calls&quot;, keep &quot;.csv&quot;</extracomment>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>calls.csv</source>
        <translation>llamadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n llamada exportada a %1</numerusform>
            <numerusform>%n llamadas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Track batch</source>
        <translation>Seguir lote</translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation>ID de lote:</translation>
    </message>
    <message>
        <source>Not a batch id</source>
        <translation>No es un ID de lote</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id.</source>
        <translation>«%1» no es un ID de lote válido.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>Mostradas: %1 de %n llamada</numerusform>
            <numerusform>Mostradas: %1 de %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <extracomment>Status bar: CallWatch stopped asking Dialgen for updates</extracomment>
        <translation>Sondeo detenido</translation>
    </message>
    <message>
        <source>  Set a valid API key (DIALGEN_API_KEY) and press Refresh.</source>
        <translation>  Configure una clave de API válida (DIALGEN_API_KEY) y pulse Actualizar.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Sondeo en pausa</translation>
    </message>
    <message>
        <source>Dialgen asked us to wait · resuming in %1 s</source>
        <translation>Dialgen pidió que esperáramos · se reanuda en %1 s</translation>
    </message>
    <message>
        <source>Polling trouble: %1</source>
        <translation>Problemas de sondeo: %1</translation>
    </message>
    <message>
        <source>Dialgen reports that the account is out of credits (HTTP 402): new calls cannot be placed until it is topped up. Calls already tracked are still watched.</source>
        <translation>Dialgen informa de que la cuenta se ha quedado sin créditos (HTTP 402): no se pueden realizar llamadas nuevas hasta recargarla. Las llamadas ya seguidas se siguen vigilando.</translation>
    </message>
    <message>
        <source>Polling OK · last answer %1 · %2 in flight</source>
        <extracomment>Status bar; %1 is an age such as &quot;5 s ago&quot;, %2 the number of requests waiting for an answer</extracomment>
        <translation>Sondeo correcto · última respuesta %1 · %2 en curso</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source> · %n stale</source>
        <extracomment>Appended to the status bar text: %n calls were not refreshed for too long</extracomment>
        <translation>
            <numerusform> · %n desactualizada</numerusform>
            <numerusform> · %n desactualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests answered, %2 failed</source>
        <translation>%1 solicitudes respondidas, %2 fallidas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <extracomment>Status bar, at start-up: the tracked calls are being read back from the local history</extracomment>
        <translation>Cargando el historial…</translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>memoria (solo esta ejecución)</translation>
    </message>
</context>
<context>
    <name>cw::Settings</name>
    <message>
        <source>No value given; the default is used.</source>
        <translation>No se indicó ningún valor; se usa el predeterminado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; the default %2 is used.</source>
        <translation>«%1» no es un número entero; se usa el valor predeterminado %2.</translation>
    </message>
    <message>
        <source>%1 is below the minimum; %2 is used.</source>
        <translation>%1 está por debajo del mínimo; se usa %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum; %2 is used.</source>
        <translation>%1 está por encima del máximo; se usa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the default %2 is used.</source>
        <translation>«%1» no es un número; se usa el valor predeterminado %2.</translation>
    </message>
    <message>
        <source>Not a text; the default is used.</source>
        <translation>No es un texto; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the default is used.</source>
        <translation>El texto tiene más de %1 caracteres; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2; the default &quot;%3&quot; is used.</source>
        <translation>«%1» no es ninguno de %2; se usa el valor predeterminado «%3».</translation>
    </message>
    <message>
        <source>Not a URL; the default %1 is used.</source>
        <translation>No es una URL; se usa el valor predeterminado %1.</translation>
    </message>
    <message>
        <source>%1 The default %2 is used.</source>
        <translation>%1 Se usa el valor predeterminado %2.</translation>
    </message>
    <message>
        <source>Not a time zone name; the system&apos;s time zone is used.</source>
        <translation>No es un nombre de zona horaria; se usa la zona horaria del sistema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; the system&apos;s time zone is used.</source>
        <translation>«%1» no es una zona horaria conocida; se usa la zona horaria del sistema.</translation>
    </message>
    <message>
        <source>Not a language code; the system&apos;s language is used.</source>
        <translation>No es un código de idioma; se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language code; the system&apos;s language is used.</source>
        <translation>«%1» no es un código de idioma conocido; se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>Not binary data; the default is used.</source>
        <translation>No son datos binarios; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the default is used.</source>
        <translation>Más de %1 bytes; se usa el valor predeterminado.</translation>
    </message>
    <message>
        <source>Unknown setting type; the default is used.</source>
        <translation>Tipo de ajuste desconocido; se usa el valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>CallWatch Settings</source>
        <translation>Ajustes de CallWatch</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>&amp;Sondeo</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>Panel &amp;mural</translation>
    </message>
    <message>
        <source>Web&amp;hooks</source>
        <translation>Web&amp;hooks</translation>
    </message>
    <message>
        <source>The Dialgen server and the API key</source>
        <translation>El servidor de Dialgen y la clave de API</translation>
    </message>
    <message>
        <source>How often and how politely CallWatch asks Dialgen</source>
        <translation>Con qué frecuencia y con cuánta cortesía consulta CallWatch a Dialgen</translation>
    </message>
    <message>
        <source>Time zone, theme and language</source>
        <translation>Zona horaria, tema e idioma</translation>
    </message>
    <message>
        <source>Page rotation, the exit PIN and alert thresholds</source>
        <translation>Rotación de páginas, PIN de salida y umbrales de alerta</translation>
    </message>
    <message>
        <source>Let Dialgen push finished calls to CallWatch instead of waiting for a poll</source>
        <translation>Permitir que Dialgen envíe las llamadas finalizadas a CallWatch en lugar de esperar a un sondeo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Check and save every setting, then close</source>
        <translation>Comprobar y guardar todos los ajustes y cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Put the default values into every field (the API key is not touched). Nothing is saved until you press OK.</source>
        <translation>Poner los valores predeterminados en todos los campos (la clave de API no se toca). No se guarda nada hasta que pulse Aceptar.</translation>
    </message>
    <message>
        <source>Dialgen server</source>
        <translation>Servidor de Dialgen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The address of the Dialgen API. It must start with https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>La dirección de la API de Dialgen. Debe empezar por https://; http:// sin cifrar solo se acepta para este equipo (localhost, 127.0.0.1, ::1), de modo que la clave de API nunca se envía sin cifrar.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Clave de API de Dialgen</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Estado de la clave de API</translation>
    </message>
    <message>
        <source>Whether an API key is set and where it comes from. The key itself is never shown.</source>
        <translation>Si hay una clave de API configurada y de dónde procede. La clave en sí nunca se muestra.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>About the API key</source>
        <translation>Acerca de la clave de API</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Pegue aquí una clave nueva</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Paste the API key from your Dialgen account, then press Save key (or OK). It stays hidden, and the field is cleared once the key is saved.</source>
        <translation>Pegue la clave de API de su cuenta de Dialgen y pulse Guardar clave (o Aceptar). Permanece oculta y el campo se vacía en cuanto se guarda la clave.</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nueva clave:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Olvidar clave</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar clave</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix of a spin box: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often CallWatch asks Dialgen</source>
        <translation>Con qué frecuencia consulta CallWatch a Dialgen</translation>
    </message>
    <message>
        <source>Ongoing calls: seconds between checks</source>
        <translation>Llamadas en curso: segundos entre comprobaciones</translation>
    </message>
    <message>
        <source>How often a call in progress (ONGOING) is checked, in seconds.</source>
        <translation>Cada cuánto se comprueba una llamada en curso (ONGOING), en segundos.</translation>
    </message>
    <message>
        <source>&amp;Ongoing calls, every:</source>
        <translation>Llamadas en c&amp;urso, cada:</translation>
    </message>
    <message>
        <source>Scheduled calls: seconds between checks</source>
        <translation>Llamadas programadas: segundos entre comprobaciones</translation>
    </message>
    <message>
        <source>How often a call waiting to be dialled (SCHEDULED) is checked, in seconds.</source>
        <translation>Cada cuánto se comprueba una llamada que espera a ser marcada (SCHEDULED), en segundos.</translation>
    </message>
    <message>
        <source>&amp;Scheduled calls, every:</source>
        <translation>Llamadas &amp;programadas, cada:</translation>
    </message>
    <message>
        <source>Batches: seconds between checks</source>
        <translation>Lotes: segundos entre comprobaciones</translation>
    </message>
    <message>
        <source>How often the calls of a followed batch are checked (one request per batch), in seconds.</source>
        <translation>Cada cuánto se comprueban las llamadas de un lote seguido (una solicitud por lote), en segundos.</translation>
    </message>
    <message>
        <source>&amp;Batches, every:</source>
        <translation>&amp;Lotes, cada:</translation>
    </message>
    <message>
        <source>Batch statistics: seconds between checks</source>
        <translation>Estadísticas de lotes: segundos entre comprobaciones</translation>
    </message>
    <message>
        <source>How often a batch&apos;s statistics are fetched until the batch is completed or cancelled, in seconds.</source>
        <translation>Cada cuánto se obtienen las estadísticas de un lote hasta que se completa o se cancela, en segundos.</translation>
    </message>
    <message>
        <source>Batch s&amp;tatistics, every:</source>
        <translation>&amp;Estadísticas de lotes, cada:</translation>
    </message>
    <message>
        <source>Politeness limits</source>
        <translation>Límites de cortesía</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Máximo de solicitudes simultáneas</translation>
    </message>
    <message>
        <source>How many requests to Dialgen may be under way at the same time.</source>
        <translation>Cuántas solicitudes a Dialgen pueden estar en curso al mismo tiempo.</translation>
    </message>
    <message>
        <source>Requests &amp;in flight, at most:</source>
        <translation>Solicitudes s&amp;imultáneas, como máximo:</translation>
    </message>
    <message>
        <source>Requests per second at most</source>
        <translation>Máximo de solicitudes por segundo</translation>
    </message>
    <message>
        <source>How many requests CallWatch may send to Dialgen per second, on average.</source>
        <translation>Cuántas solicitudes puede enviar CallWatch a Dialgen por segundo, de media.</translation>
    </message>
    <message>
        <source>Requests per s&amp;econd, at most:</source>
        <translation>Solicitudes por se&amp;gundo, como máximo:</translation>
    </message>
    <message>
        <source>Calls and history</source>
        <translation>Llamadas e historial</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit suffix of a spin box: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum call duration in minutes</source>
        <translation>Duración máxima de la llamada en minutos</translation>
    </message>
    <message>
        <source>An ONGOING call running longer than this is shown as possibly stuck and checked again through Dialgen&apos;s persistent endpoint.</source>
        <translation>Una llamada ONGOING que dure más que esto se muestra como posiblemente atascada y se vuelve a comprobar mediante el endpoint persistente de Dialgen.</translation>
    </message>
    <message>
        <source>Possibly stuc&amp;k after:</source>
        <translation>Posiblemente &amp;atascada tras:</translation>
    </message>
    <message>
        <source> missed checks</source>
        <comment>unit suffix of a spin box</comment>
        <translation> comprobaciones fallidas</translation>
    </message>
    <message>
        <source>Mark a call stale after this many missed checks</source>
        <translation>Marcar una llamada como desactualizada tras este número de comprobaciones fallidas</translation>
    </message>
    <message>
        <source>A call with no successful update for this many checks in a row is shown as stale (greyed).</source>
        <translation>Una llamada sin ninguna actualización correcta durante este número de comprobaciones seguidas se muestra como desactualizada (en gris).</translation>
    </message>
    <message>
        <source>Mark st&amp;ale after:</source>
        <translation>Marcar como &amp;desactualizada tras:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>unit suffix of a spin box</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>Forever</source>
        <comment>history retention of 0 days</comment>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>History retention in days</source>
        <translation>Conservación del historial en días</translation>
    </message>
    <message>
        <source>Status changes older than this are removed from the history database. At 0 (Forever) nothing is removed.</source>
        <translation>Los cambios de estado más antiguos se eliminan de la base de datos del historial. Con 0 (Siempre) no se elimina nada.</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Conservar el hist&amp;orial durante:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own time zone</comment>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Time zone for day boundaries</source>
        <translation>Zona horaria para los límites de los días</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this time zone. Type part of a name, such as &quot;Berlin&quot;, to search.</source>
        <translation>Los días («hoy», los recuentos diarios y los gráficos) empiezan a medianoche en esta zona horaria. Escriba parte de un nombre, como «Berlín», para buscar.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the colours of your desktop. Statuses always show an icon and a text as well as a colour.</source>
        <translation>Colores claros u oscuros; Sistema sigue los colores de su escritorio. Los estados siempre muestran un icono y un texto además de un color.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own language</comment>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of CallWatch&apos;s window. System uses your desktop&apos;s language when CallWatch has a translation for it, English otherwise.</source>
        <translation>El idioma de la ventana de CallWatch. Sistema usa el idioma de su escritorio si CallWatch tiene una traducción para él y, si no, el inglés.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time CallWatch starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie CallWatch.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Panel mural</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>wallboard pages do not rotate</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Seconds between wallboard pages</source>
        <translation>Segundos entre páginas del panel mural</translation>
    </message>
    <message>
        <source>The wallboard shows its pages in turn, this many seconds each. An alert that has not been acknowledged keeps its page on screen.</source>
        <translation>El panel mural muestra sus páginas por turnos, durante este número de segundos cada una. Una alerta que no se ha confirmado mantiene su página en pantalla.</translation>
    </message>
    <message>
        <source>Ne&amp;xt page every:</source>
        <translation>Página siguie&amp;nte cada:</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an alert is raised</source>
        <translation>&amp;Emitir un sonido cuando se genere una alerta</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Sonido de alerta</translation>
    </message>
    <message>
        <source>Besides the highlighted tile and the notification.</source>
        <translation>Además del mosaico resaltado y la notificación.</translation>
    </message>
    <message>
        <source>Exit PIN:</source>
        <translation>PIN de salida:</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>De 4 a 12 dígitos</translation>
    </message>
    <message>
        <source>New wallboard PIN</source>
        <translation>Nuevo PIN del panel mural</translation>
    </message>
    <message>
        <source>When a PIN is set, leaving the wallboard with Esc asks for it. Only a hash of the PIN is stored.</source>
        <translation>Si hay un PIN configurado, al salir del panel mural con Esc se solicita. Solo se guarda un hash del PIN.</translation>
    </message>
    <message>
        <source>Remo&amp;ve PIN</source>
        <translation>&amp;Quitar PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard at once (saved by OK).</source>
        <translation>Esc sale del panel mural de inmediato (se guarda con Aceptar).</translation>
    </message>
    <message>
        <source>New P&amp;IN:</source>
        <translation>Nuevo P&amp;IN:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source> %</source>
        <comment>unit suffix of a spin box: percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Failure rate warning level in percent</source>
        <translation>Nivel de advertencia de la tasa de fallos en porcentaje</translation>
    </message>
    <message>
        <source>Warn when more than this share of the calls that ended recently FAILED.</source>
        <translation>Advertir cuando más de esta proporción de las llamadas finalizadas recientemente sean FAILED.</translation>
    </message>
    <message>
        <source>Failure rate critical level in percent</source>
        <translation>Nivel crítico de la tasa de fallos en porcentaje</translation>
    </message>
    <message>
        <source>Critical when more than this share of the calls that ended recently FAILED.</source>
        <translation>Crítico cuando más de esta proporción de las llamadas finalizadas recientemente sean FAILED.</translation>
    </message>
    <message>
        <source>warning above</source>
        <translation>advertencia por encima de</translation>
    </message>
    <message>
        <source>critical above</source>
        <translation>crítico por encima de</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>Tasa de &amp;fallos:</translation>
    </message>
    <message>
        <source>Failure rate window in minutes</source>
        <translation>Ventana de la tasa de fallos en minutos</translation>
    </message>
    <message>
        <source>The failure rate and INSUFFICIENT_CREDITS alerts look at the calls that ended in this many past minutes.</source>
        <translation>Las alertas de tasa de fallos y de INSUFFICIENT_CREDITS tienen en cuenta las llamadas que finalizaron en este número de minutos pasados.</translation>
    </message>
    <message>
        <source>Over the &amp;last:</source>
        <translation>En los ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>Scheduled backlog warning level in calls</source>
        <translation>Nivel de advertencia de llamadas programadas pendientes</translation>
    </message>
    <message>
        <source>Warn when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Advertir cuando haya más llamadas que esta cifra esperando a ser marcadas (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled backlog critical level in calls</source>
        <translation>Nivel crítico de llamadas programadas pendientes</translation>
    </message>
    <message>
        <source>Critical when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Crítico cuando haya más llamadas que esta cifra esperando a ser marcadas (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled &amp;backlog:</source>
        <translation>Cola de &amp;programadas:</translation>
    </message>
    <message>
        <source>Polling down warning level in seconds</source>
        <translation>Nivel de advertencia por sondeo caído en segundos</translation>
    </message>
    <message>
        <source>Warn when Dialgen has not answered for this many seconds.</source>
        <translation>Advertir cuando Dialgen no haya respondido durante este número de segundos.</translation>
    </message>
    <message>
        <source>Polling down critical level in seconds</source>
        <translation>Nivel crítico por sondeo caído en segundos</translation>
    </message>
    <message>
        <source>Critical when Dialgen has not answered for this many seconds.</source>
        <translation>Crítico cuando Dialgen no haya respondido durante este número de segundos.</translation>
    </message>
    <message>
        <source>&amp;No answer from Dialgen:</source>
        <translation>Sin respuesta de &amp;Dialgen:</translation>
    </message>
    <message>
        <source>Any call that ends with INSUFFICIENT_CREDITS raises a critical alert. Alerts stay on screen until acknowledged (key A on the wallboard).</source>
        <translation>Cualquier llamada que termine con INSUFFICIENT_CREDITS genera una alerta crítica. Las alertas permanecen en pantalla hasta que se confirman (tecla A en el panel mural).</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>&amp;Listen for webhooks from Dialgen</source>
        <translation>&amp;Escuchar webhooks de Dialgen</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Recibir webhooks</translation>
    </message>
    <message>
        <source>Finished calls show up the moment Dialgen reports them; polling stays on as the safety net.</source>
        <translation>Las llamadas finalizadas aparecen en cuanto Dialgen las notifica; el sondeo sigue activo como red de seguridad.</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this computer only (through a tunnel or reverse proxy). 0.0.0.0 listens on every network.</source>
        <translation>127.0.0.1 acepta entregas solo desde este equipo (a través de un túnel o un proxy inverso). 0.0.0.0 escucha en todas las redes.</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Escuchar en la &amp;dirección:</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>The TCP port of the receiver.</source>
        <translation>El puerto TCP del receptor.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Where the receiver accepts deliveries. Give Dialgen the public HTTPS address of your reverse proxy or tunnel that forwards here.</source>
        <translation>Dónde acepta entregas el receptor. Indique a Dialgen la dirección HTTPS pública de su proxy inverso o túnel que reenvía hasta aquí.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copiar la URL del webhook</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard.</source>
        <translation>Copiar la URL al portapapeles.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>The shared secret configured at Dialgen</source>
        <translation>El secreto compartido configurado en Dialgen</translation>
    </message>
    <message>
        <source>New webhook secret</source>
        <translation>Nuevo secreto del webhook</translation>
    </message>
    <message>
        <source>Deliveries must carry x-dialgen-signature, the HMAC-SHA256 of the body with this secret. Kept in the system keychain, never in the settings file.</source>
        <translation>Las entregas deben incluir x-dialgen-signature, el HMAC-SHA256 del cuerpo con este secreto. Se guarda en el llavero del sistema, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>New secre&amp;t:</source>
        <translation>Nuevo secre&amp;to:</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>El receptor está desactivado.</translation>
    </message>
    <message>
        <source>&amp;Send test event</source>
        <translation>Envi&amp;ar evento de prueba</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Enviar un evento de prueba</translation>
    </message>
    <message>
        <source>Posts a signed sample event to the running receiver and reports what it answered.</source>
        <translation>Envía un evento de ejemplo firmado al receptor en marcha e indica qué respondió.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Never expose the receiver to the internet directly: it speaks plain HTTP. Put a reverse proxy or a tunnel with TLS in front of it and keep it on 127.0.0.1. The README explains how.</source>
        <translation>No exponga nunca el receptor directamente a Internet: usa HTTP sin cifrar. Coloque delante un proxy inverso o un túnel con TLS y manténgalo en 127.0.0.1. El README explica cómo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this computer only), ::1 or 0.0.0.0.</source>
        <translation>«%1» no es una dirección IP. Use 127.0.0.1 (solo este equipo), ::1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>Other computers can reach this address. Keep the receiver behind a TLS reverse proxy or firewall, and set a secret.</source>
        <translation>Otros equipos pueden acceder a esta dirección. Mantenga el receptor detrás de un proxy inverso TLS o un cortafuegos, y configure un secreto.</translation>
    </message>
    <message>
        <source>Set the %1 environment variable before starting CallWatch.</source>
        <translation>Defina la variable de entorno %1 antes de iniciar CallWatch.</translation>
    </message>
    <message>
        <source>Taken from the %1 environment variable.</source>
        <translation>Tomado de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Deliveries must be signed.</source>
        <translation>Guardado en el llavero del sistema. Las entregas deben estar firmadas.</translation>
    </message>
    <message>
        <source>Kept for this run only (no keychain available). Deliveries must be signed.</source>
        <translation>Guardado solo para esta ejecución (no hay llavero disponible). Las entregas deben estar firmadas.</translation>
    </message>
    <message>
        <source>None: deliveries are not checked. Set a secret, or use %1.</source>
        <translation>Ninguno: las entregas no se comprueban. Configure un secreto o use %1.</translation>
    </message>
    <message>
        <source>The new PIN is saved when you press OK.</source>
        <translation>El nuevo PIN se guarda cuando pulse Aceptar.</translation>
    </message>
    <message>
        <source>Set: Esc on the wallboard asks for the PIN.</source>
        <translation>Configurado: Esc en el panel mural solicita el PIN.</translation>
    </message>
    <message>
        <source>Removed when you press OK: Esc will leave the wallboard at once.</source>
        <translation>Se quitará cuando pulse Aceptar: Esc saldrá del panel mural de inmediato.</translation>
    </message>
    <message>
        <source>None: Esc leaves the wallboard at once.</source>
        <translation>Ninguno: Esc sale del panel mural de inmediato.</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Enter the address of the Dialgen API, for example %1.</source>
        <translation>Introduzca la dirección de la API de Dialgen, por ejemplo %1.</translation>
    </message>
    <message>
        <source>This is not a complete web address: it must start with https://.</source>
        <translation>No es una dirección web completa: debe empezar por https://.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>No es una dirección web válida.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>Se requiere HTTPS para %1: http:// sin cifrar solo se acepta para este equipo (localhost, 127.0.0.1, ::1), de modo que la clave de API nunca se envía sin cifrar.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>La dirección no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>time zone</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallWatch knows. Choose one from the list, or System.</source>
        <translation>«%1» no es una zona horaria que CallWatch conozca. Elija una de la lista, o Sistema.</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this zone. It is now %1 there.</source>
        <translation>Los días («hoy», los recuentos diarios y los gráficos) empiezan a medianoche en esta zona. Hora actual allí: %1.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation>Un PIN necesita al menos 4 dígitos.</translation>
    </message>
    <message>
        <source>CallWatch never stores the key in plain text, so without a keychain it asks for the key each time it starts.</source>
        <translation>CallWatch nunca guarda la clave en texto sin cifrar, así que, sin llavero, la pide cada vez que se inicia.</translation>
    </message>
    <message>
        <source>Set in the %1 environment variable — it overrides the keychain</source>
        <translation>Configurada en la variable de entorno %1 — tiene prioridad sobre el llavero</translation>
    </message>
    <message>
        <source>The variable wins over any key saved here. To save or forget a key in CallWatch, unset %1 and start CallWatch again.</source>
        <translation>La variable prevalece sobre cualquier clave guardada aquí. Para guardar u olvidar una clave en CallWatch, elimine %1 y vuelva a iniciar CallWatch.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>CallWatch reads it from the keychain when it starts. Save a new key to replace it, or forget it to remove it from the keychain.</source>
        <translation>CallWatch la lee del llavero al iniciarse. Guarde una clave nueva para sustituirla u olvídela para quitarla del llavero.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Kept for this session only: no keychain is available (%1)</source>
        <translation>Guardada solo para esta sesión: no hay llavero disponible (%1)</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Guardada solo para esta sesión</translation>
    </message>
    <message>
        <source>It is forgotten when CallWatch quits. Enter it again and save it to keep it in the system keychain.</source>
        <translation>Se olvida al cerrar CallWatch. Vuelva a introducirla y guárdela para conservarla en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Buscando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>CallWatch cannot manage the API key here.</source>
        <translation>CallWatch no puede gestionar la clave de API aquí.</translation>
    </message>
    <message>
        <source>Enter the API key from your Dialgen account and save it: it is kept in the system keychain, never in the settings file.</source>
        <translation>Introduzca la clave de API de su cuenta de Dialgen y guárdela: se conserva en el llavero del sistema, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). A key entered here is kept for this session only.</source>
        <translation>No hay ningún llavero disponible (%1). Una clave introducida aquí se conserva solo para esta sesión.</translation>
    </message>
    <message>
        <source>The %1 environment variable is in charge: it wins over any key saved here.</source>
        <translation>La variable de entorno %1 tiene el control: prevalece sobre cualquier clave guardada aquí.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain and use it from now on</source>
        <translation>Guardar la clave en el llavero del sistema y usarla a partir de ahora</translation>
    </message>
    <message>
        <source>No keychain is available: use the key for this session only</source>
        <translation>No hay ningún llavero disponible: usar la clave solo para esta sesión</translation>
    </message>
    <message>
        <source>Stop using the key and remove it from the system keychain</source>
        <translation>Dejar de usar la clave y quitarla del llavero del sistema</translation>
    </message>
</context>
<context>
    <name>cw::StatusStyle</name>
    <message>
        <source>Scheduled</source>
        <extracomment>Call status: the call is planned but not dialled yet (table cell, filter button, chart legend: keep short)</extracomment>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <extracomment>Call status: the call is in progress right now (keep short)</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Call status: the call connected and ended normally (keep short)</extracomment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Call status: nobody answered (keep short)</extracomment>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Call status: the call could not be placed or broke off with an error (keep short)</extracomment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>no answer from Dialgen yet</comment>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>cw::TrendChart</name>
    <message>
        <source>No code</source>
        <comment>failures without an error code</comment>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>Other codes</source>
        <comment>failures with a less frequent error code</comment>
        <translation>Otros códigos</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Llamadas activas</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Intervalo del gráfico</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>El periodo que muestra el gráfico</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Stacked bars per period</source>
        <translation>Barras apiladas por periodo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>One line per outcome</source>
        <translation>Una línea por resultado</translation>
    </message>
    <message>
        <source>Split failures by error code</source>
        <translation>Desglosar los fallos por código de error</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n most frequent error codes separately</source>
        <translation>
            <numerusform>Mostrar por separado %n código de error (el más frecuente)</numerusform>
            <numerusform>Mostrar por separado los %n códigos de error más frecuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls scheduled or in progress at the end of each period (right axis)</source>
        <translation>Llamadas programadas o en curso al final de cada periodo (eje derecho)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>No calls ended in this period</source>
        <translation>Ninguna llamada finalizó en este periodo</translation>
    </message>
    <message>
        <source>Active %1</source>
        <comment>active calls at the end of a period</comment>
        <translation>Activas: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>No hay datos del gráfico para exportar.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafico.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <source>chart.csv</source>
        <translation>grafico.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Cargando el historial…</translation>
    </message>
</context>
<context>
    <name>cw::Wallboard</name>
    <message>
        <source>CallWatch wallboard</source>
        <translation>Panel mural de CallWatch</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>calls in progress now</source>
        <translation>llamadas en curso ahora</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>waiting to be dialled</source>
        <translation>esperando a ser marcadas</translation>
    </message>
    <message>
        <source>Connect rate today</source>
        <translation>Tasa de conexión hoy</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Completadas hoy</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Perdidas hoy</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Fallidas hoy</translation>
    </message>
    <message>
        <source>Top errors today</source>
        <translation>Errores principales hoy</translation>
    </message>
    <message>
        <source>No failed calls today</source>
        <translation>Ninguna llamada fallida hoy</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>No batches tracked</source>
        <translation>No se sigue ningún lote</translation>
    </message>
    <message>
        <source>Calls ended per quarter hour · last 24 hours</source>
        <translation>Llamadas finalizadas por cuarto de hora · últimas 24 horas</translation>
    </message>
    <message>
        <source>Calls ended per hour · last 7 days</source>
        <translation>Llamadas finalizadas por hora · últimos 7 días</translation>
    </message>
    <message>
        <source>Batches in progress and finished</source>
        <translation>Lotes en curso y finalizados</translation>
    </message>
    <message>
        <source>Enter the wallboard PIN to leave</source>
        <translation>Introduzca el PIN del panel mural para salir</translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation>Intro para confirmar · Esc para cancelar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage on the wallboard: &quot;87 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A short duration on the wallboard; %1 is a number of seconds (keep short)</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A short duration; %1 is a number of minutes (keep short)</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A short duration; %1 is a number of hours (keep short)</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A short duration; %1 is a number of days (keep short)</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>no call ended yet today</source>
        <translation>hoy aún no ha finalizado ninguna llamada</translation>
    </message>
    <message>
        <source>%1 of ended calls</source>
        <translation>%1 de las llamadas finalizadas</translation>
    </message>
    <message>
        <source>%1 of %2 ended calls connected</source>
        <translation>%1 de %2 llamadas finalizadas conectaron</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>failed without an error code</source>
        <translation>fallidas sin código de error</translation>
    </message>
    <message>
        <source>ingesting</source>
        <translation>importando</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>waiting for statistics</source>
        <translation>esperando estadísticas</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 failed · %4</source>
        <translation>%1 de %2 · %3 fallidas · %4</translation>
    </message>
    <message>
        <source>Press A to acknowledge</source>
        <translation>Pulse A para confirmar</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · nothing active</source>
        <translation>Al día · nada activo</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Esperando datos</translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Sin datos desde hace %1</translation>
    </message>
    <message>
        <source>No update for %1</source>
        <translation>Sin actualizaciones desde hace %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source>STALE · %1</source>
        <extracomment>Large marker on the wallboard when its data is old; %1 is a duration such as &quot;5 min&quot;. Capitals are deliberate</extracomment>
        <translation>DESACTUALIZADO · %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Rotation paused</source>
        <translation>Rotación en pausa</translation>
    </message>
    <message>
        <source>Held by alert</source>
        <translation>Retenida por una alerta</translation>
    </message>
    <message>
        <source>← →  Change page     Space  %1     A  Acknowledge alerts     Esc  Exit</source>
        <extracomment>Key hints along the bottom of the wallboard; %1 is &quot;Pause rotation&quot; or &quot;Resume rotation&quot;</extracomment>
        <translation>← →  Cambiar de página     Espacio  %1     A  Confirmar alertas     Esc  Salir</translation>
    </message>
    <message>
        <source>Resume rotation</source>
        <translation>Reanudar rotación</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <translation>Pausar rotación</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens: 0 to %2); the wallboard uses the primary screen.</source>
        <translation>No existe la pantalla %1 (pantallas: de 0 a %2); el panel mural usa la pantalla principal.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n s.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (confirmada)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the Batches page</source>
        <translation>
            <numerusform>+%n más en la página Lotes</numerusform>
            <numerusform>+%n más en la página Lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Cargando el historial…</translation>
    </message>
</context>
<context>
    <name>cw::WebhookReceiver</name>
    <message>
        <source>Request headers too large</source>
        <translation>Cabeceras de la solicitud demasiado grandes</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Cuerpo demasiado grande</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Content-Length no válido</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding sent</source>
        <translation>Se enviaron a la vez Content-Length y Transfer-Encoding</translation>
    </message>
    <message>
        <source>Request incomplete, connection timed out</source>
        <translation>Solicitud incompleta, se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>Too many open connections</source>
        <translation>Demasiadas conexiones abiertas</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>No se pudo escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Could not start the webhook receiver</source>
        <translation>No se pudo iniciar el receptor de webhooks</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets with a port, like [::1]:8787</source>
        <translation>escriba la dirección IPv6 entre corchetes con un puerto, como [::1]:8787</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, like [::1]:8787</source>
        <translation>escriba la dirección IPv6 entre corchetes, como [::1]:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation>«%1» no es un número de puerto (1-65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0</source>
        <translation>«%1» no es una dirección IP; use 127.0.0.1, ::1 o 0.0.0.0</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token</source>
        <translation>Token bearer ausente o incorrecto</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Falta la firma</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Firma incorrecta</translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type debe ser application/json</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Contenido mal formado</translation>
    </message>
    <message>
        <source>Event could not be saved, deliver it again</source>
        <translation>No se pudo guardar el evento; vuelva a entregarlo</translation>
    </message>
</context>
<context>
    <name>cw::sim::DialgenSimulator</name>
    <message>
        <source>Cannot register the route %1</source>
        <translation>No se puede registrar la ruta %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>No se puede escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Cannot bind the HTTP server</source>
        <translation>No se puede vincular el servidor HTTP</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::sim::WebhookDispatcher</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The webhook URL must be an absolute http(s) URL with a host</source>
        <translation>La URL del webhook debe ser una URL http(s) absoluta con un host</translation>
    </message>
    <message>
        <source>The webhook URL must use https (or http to this machine)</source>
        <translation>La URL del webhook debe usar https (o http hacia este equipo)</translation>
    </message>
    <message>
        <source>Plain http webhooks are only sent to this machine (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>Los webhooks por http sin cifrar solo se envían a este equipo (127.0.0.1, ::1, localhost); use https para %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in Dialgen simulator and watch its calls.</source>
        <translation>Iniciar el simulador de Dialgen integrado y ver sus llamadas.</translation>
    </message>
    <message>
        <source>Dialgen API base URL (default https://sa.dialgen.ai).</source>
        <translation>URL base de la API de Dialgen (predeterminada: https://sa.dialgen.ai).</translation>
    </message>
    <message>
        <source>Track this call id (repeatable).</source>
        <translation>Seguir este ID de llamada (se puede repetir).</translation>
    </message>
    <message>
        <source>Track every call of this batch (repeatable).</source>
        <translation>Seguir todas las llamadas de este lote (se puede repetir).</translation>
    </message>
    <message>
        <source>How much faster than real time the demo&apos;s calls run (default 40).</source>
        <translation>Cuántas veces más rápido que el tiempo real transcurren las llamadas de la demo (predeterminado: 40).</translation>
    </message>
    <message>
        <source>Keep the call history in this folder instead of the default one.</source>
        <translation>Guardar el historial de llamadas en esta carpeta en lugar de en la predeterminada.</translation>
    </message>
    <message>
        <source>Look this call up. With --json: print it as one JSON object and exit (0 found, 3 not found, 4 key rejected or missing, 5 network or server error, 2 bad usage); no display needed.</source>
        <translation>Consultar esta llamada. Con --json: la imprime como un único objeto JSON y termina (0 encontrada, 3 no encontrada, 4 clave rechazada o ausente, 5 error de red o del servidor, 2 uso incorrecto); no requiere pantalla.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <extracomment>--help text; keep the words system, light and dark in English: they are what the option takes</extracomment>
        <translation>Tema de colores para esta ejecución: system, light o dark.</translation>
    </message>
    <message>
        <source>Start on the full-screen wallboard (Esc returns to the window).</source>
        <translation>Iniciar en el panel mural a pantalla completa (Esc vuelve a la ventana).</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to fill, counted from 0.</source>
        <translation>Con --wallboard: la pantalla que se ocupará, contando desde 0.</translation>
    </message>
    <message>
        <source>Language for this run, e.g. de, fr, pt_BR (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Idioma para esta ejecución, p. ej. de, fr, pt_BR (predeterminado: el elegido en Ajustes o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Receive Dialgen webhooks on this address and port for this run, e.g. 127.0.0.1:8787. The secret comes from DIALGEN_WEBHOOK_SECRET or the keychain.</source>
        <translation>Recibir webhooks de Dialgen en esta dirección y puerto durante esta ejecución, p. ej. 127.0.0.1:8787. El secreto se toma de DIALGEN_WEBHOOK_SECRET o del llavero.</translation>
    </message>
    <message>
        <source>With --lookup: print the call as JSON on stdout, no window.</source>
        <translation>Con --lookup: imprime la llamada como JSON en stdout, sin ventana.</translation>
    </message>
    <message>
        <source>CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.
The API key is read from the DIALGEN_API_KEY environment variable.</source>
        <translation>CallWatch vigila las llamadas telefónicas con IA de Dialgen: estado, errores y grabaciones de un vistazo.
La clave de API se lee de la variable de entorno DIALGEN_API_KEY.</translation>
    </message>
    <message>
        <source>--json needs --lookup ID</source>
        <translation>--json necesita --lookup ID</translation>
    </message>
    <message>
        <source>--lookup with --json takes exactly one call id</source>
        <translation>--lookup con --json admite exactamente un ID de llamada</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --json</source>
        <translation>--%1 no se puede combinar con --json</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--lang needs a language tag such as de, fr or pt_BR</source>
        <translation>--lang necesita una etiqueta de idioma como de, fr o pt_BR</translation>
    </message>
    <message>
        <source>invalid call id for --lookup: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID de llamada no válido para --lookup: debe tener de 1 a 200 caracteres imprimibles, sin espacios, comillas ni corchetes angulares</translation>
    </message>
    <message>
        <source>--webhook-listen: %1</source>
        <translation>--webhook-listen: %1</translation>
    </message>
    <message>
        <source>--screen needs a screen number: 0, 1, 2…</source>
        <translation>--screen necesita un número de pantalla: 0, 1, 2…</translation>
    </message>
    <message>
        <source>--screen goes with --wallboard</source>
        <translation>--screen va con --wallboard</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0 and 10000</source>
        <translation>--demo-speed necesita un número entre 0 y 10000</translation>
    </message>
    <message>
        <source>could not start the demo simulator: %1</source>
        <translation>no se pudo iniciar el simulador de la demo: %1</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark</source>
        <extracomment>Command-line error; system, light and dark are the option&apos;s values: keep them in English</extracomment>
        <translation>--theme admite system, light o dark</translation>
    </message>
    <message>
        <source>Demo: simulated Dialgen calls from the built-in simulator at %1, running %2× faster than real time.</source>
        <extracomment>Shown above the call table in demo mode; %1 is the simulator&apos;s address, %2 a speed factor</extracomment>
        <translation>Demo: llamadas de Dialgen simuladas desde el simulador integrado en %1, %2 veces más rápido que el tiempo real.</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>receptor de webhooks no iniciado: %1</translation>
    </message>
</context>
</TS>
