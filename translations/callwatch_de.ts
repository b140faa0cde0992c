<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cw::AlertEngine</name>
    <message>
        <source>back under %1, clearing once it stays there</source>
        <translation>wieder unter %1, wird aufgehoben, sobald es so bleibt</translation>
    </message>
    <message>
        <source>critical above %1</source>
        <translation>kritisch über %1</translation>
    </message>
    <message>
        <source>warning above %1, critical above %2</source>
        <translation>Warnung über %1, kritisch über %2</translation>
    </message>
    <message>
        <source>warning above %1</source>
        <translation>Warnung über %1</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <extracomment>Name of an alert rule: share of ended calls that failed (wallboard tile title, keep short)</extracomment>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>Insufficient credits</source>
        <extracomment>Name of an alert rule: calls failing because the Dialgen account is out of credits (keep short)</extracomment>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <source>Scheduled backlog</source>
        <extracomment>Name of an alert rule: how many calls wait to be dialled (keep short)</extracomment>
        <translation>Rückstand geplanter Anrufe</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Name of an alert rule: whether CallWatch still gets answers from Dialgen (keep short)</extracomment>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Failure rate alert off</source>
        <translation>Alarm zur Fehlerrate aus</translation>
    </message>
    <message numerus="yes">
        <source>Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed</source>
        <translation>
            <numerusform>Fehlerrate nicht bewertet: %n beendeter Anruf in den letzten %1 Min., %2 nötig</numerusform>
            <numerusform>Fehlerrate nicht bewertet: %n beendete Anrufe in den letzten %1 Min., %2 nötig</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure rate %1 % over the last %2 min (%3)</source>
        <translation>Fehlerrate %1 % in den letzten %2 Min. (%3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Insufficient credits alert off</source>
        <translation>Alarm zu fehlendem Guthaben aus</translation>
    </message>
    <message>
        <source>No INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>Kein INSUFFICIENT_CREDITS in den letzten %1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>
            <numerusform>%n Anruf in den letzten %1 Min. mit INSUFFICIENT_CREDITS fehlgeschlagen</numerusform>
            <numerusform>%n Anrufe in den letzten %1 Min. mit INSUFFICIENT_CREDITS fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backlog alert off</source>
        <translation>Alarm zum Rückstand geplanter Anrufe aus</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backlog %n call(s) (%1)</source>
        <translation>
            <numerusform>Rückstand geplanter Anrufe: %n Anruf (%1)</numerusform>
            <numerusform>Rückstand geplanter Anrufe: %n Anrufe (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Anrufe</translation>
    </message>
    <message>
        <source>Polling alert off</source>
        <translation>Alarm zur Abfrage aus</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage angehalten</translation>
    </message>
    <message>
        <source>Waiting for the first poll (%1 s)</source>
        <translation>Warten auf die erste Abfrage (%1 s)</translation>
    </message>
    <message>
        <source>Polling OK, last answer %1 s ago</source>
        <translation>Abfrage OK, letzte Antwort vor %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No successful poll yet after %1 s (%2)</source>
        <translation>Nach %1 s noch keine erfolgreiche Abfrage (%2)</translation>
    </message>
    <message>
        <source>No successful poll for %1 s (%2)</source>
        <translation>Seit %1 s keine erfolgreiche Abfrage (%2)</translation>
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
        <translation>Dialgen hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Not enough Dialgen credits</source>
        <translation>Nicht genügend Dialgen-Guthaben</translation>
    </message>
    <message>
        <source>This API key is not allowed to see that data</source>
        <translation>Dieser API-Schlüssel darf diese Daten nicht sehen</translation>
    </message>
    <message>
        <source>Dialgen does not know that call or batch</source>
        <translation>Dialgen kennt diesen Anruf oder Batch nicht</translation>
    </message>
    <message>
        <source>A call is already in progress for that contact</source>
        <translation>Für diesen Kontakt läuft bereits ein Anruf</translation>
    </message>
    <message>
        <source>Dialgen asked CallWatch to slow down</source>
        <translation>Dialgen hat CallWatch gebeten, langsamer zu machen</translation>
    </message>
    <message>
        <source>Dialgen server error</source>
        <translation>Dialgen-Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer from Dialgen</source>
        <translation>Unerwartete Antwort von Dialgen</translation>
    </message>
    <message>
        <source>Could not reach Dialgen</source>
        <translation>Dialgen konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>Dialgen did not answer in time</source>
        <translation>Dialgen hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Dialgen sent a response CallWatch could not read</source>
        <translation>Dialgen hat eine Antwort gesendet, die CallWatch nicht lesen konnte</translation>
    </message>
    <message>
        <source>Refusing to send the API key to an insecure or invalid address</source>
        <translation>Der API-Schlüssel wird nicht an eine unsichere oder ungültige Adresse gesendet</translation>
    </message>
    <message>
        <source>No Dialgen API key is set up</source>
        <translation>Es ist kein Dialgen-API-Schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>cw::ApiKeyProvider</name>
    <message>
        <source>The keychain failed without giving a reason.</source>
        <translation>Der Schlüsselbund ist ohne Angabe eines Grundes fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>cw::CallTableModel</name>
    <message>
        <source>Call ID</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Column header of the call table: the phone number called (keep short)</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Column header of the call table: the person called (keep short)</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column header of the call table: the Dialgen batch (a list of calls placed together) the call belongs to (keep short)</extracomment>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header of the call table: when the call started (keep short)</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Column header of the call table: the error Dialgen reported (keep short)</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the call table: whether a recording of the call exists (keep short)</extracomment>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Column header of the call table: how long ago the call&apos;s status was last received (keep short)</extracomment>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header of the call table: which Dialgen endpoint the last update came from (keep short)</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>When the current attempt started, in local time</source>
        <translation>Beginn des aktuellen Versuchs, in Ortszeit</translation>
    </message>
    <message>
        <source>Length of the call; counts up while the call is ongoing</source>
        <translation>Länge des Anrufs; zählt hoch, solange der Anruf läuft</translation>
    </message>
    <message>
        <source>How long ago CallWatch last heard about this call</source>
        <translation>Wie lange es her ist, dass CallWatch zuletzt etwas von diesem Anruf erfahren hat</translation>
    </message>
    <message>
        <source>Where the last update came from: live status, batch status, persistent status, webhook</source>
        <translation>Woher die letzte Aktualisierung kam: Live-Status, Batch-Status, persistenter Status, Webhook</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago the last update came (table cell and status bar: keep short)</extracomment>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>%1 is a number of seconds; &quot;s&quot; is the abbreviation of seconds (table cell: keep short)</extracomment>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>%1 is a number of minutes (table cell: keep short)</extracomment>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>%1 is a number of hours; &quot;h&quot; is the abbreviation of hours (table cell: keep short)</extracomment>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <extracomment>%1 is a number of days; &quot;d&quot; is the abbreviation of days (table cell: keep short)</extracomment>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Status cell: Dialgen does not know this call id (keep short)</extracomment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — possibly stuck</source>
        <extracomment>Status cell; %1 is a call status such as &quot;Ongoing&quot;</extracomment>
        <translation>%1 — möglicherweise hängengeblieben</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <extracomment>Last-update cell; %1 is an age such as &quot;5 min ago&quot;; stale = not refreshed for too long</extracomment>
        <translation>%1 · veraltet</translation>
    </message>
    <message>
        <source>CallWatch has not been able to update this call for a while; what you see may be out of date. Polling keeps trying.</source>
        <translation>CallWatch konnte diesen Anruf seit einiger Zeit nicht aktualisieren; die Anzeige ist möglicherweise veraltet. Die Abfrage wird weiter versucht.</translation>
    </message>
    <message>
        <source>This call has been ongoing for longer than %1 minutes. CallWatch re-checks it with Dialgen&apos;s persistent status.</source>
        <translation>Dieser Anruf läuft seit mehr als %1 Minuten. CallWatch prüft ihn erneut über den persistenten Status von Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen does not know this call id (live and persistent status both answered 404). Use Refresh to ask again.</source>
        <translation>Dialgen kennt diese Anruf-ID nicht (Live- und persistenter Status haben beide mit 404 geantwortet). Mit „Aktualisieren“ erneut nachfragen.</translation>
    </message>
    <message>
        <source>Dialgen reported a status CallWatch does not know: %1</source>
        <translation>Dialgen hat einen Status gemeldet, den CallWatch nicht kennt: %1</translation>
    </message>
    <message>
        <source>Recording available</source>
        <translation>Aufnahme verfügbar</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
</context>
<context>
    <name>cw::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; without its closing &quot;).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; ohne schließendes &quot;).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 fields; CallWatch reads smaller CSV files.</source>
        <translation>Zeile %1: Die Datei hat mehr als %2 Felder; CallWatch liest kleinere CSV-Dateien.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>Die Datei beginnt wie UTF-16-Text, ist aber kein gültiges UTF-16.</translation>
    </message>
    <message>
        <source>The file is %1 MB; CallWatch reads CSV files up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; CallWatch liest CSV-Dateien bis %2 MB.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL bytes).</source>
        <translation>Dies ist keine CSV-Textdatei: Sie enthält Binärdaten (NUL-Bytes).</translation>
    </message>
</context>
<context>
    <name>cw::DetailPane</name>
    <message>
        <source>Live status</source>
        <comment>where the last update came from</comment>
        <translation>Live-Status</translation>
    </message>
    <message>
        <source>Persistent status lookup</source>
        <comment>where the last update came from</comment>
        <translation>Abfrage des persistenten Status</translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>where the last update came from</comment>
        <translation>Batch-Status</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>where the last update came from</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Metrics lookup</source>
        <comment>where the last update came from</comment>
        <translation>Metrik-Abfrage</translation>
    </message>
    <message>
        <source>Poll</source>
        <comment>a status change seen by polling</comment>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>a status change pushed by Dialgen</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Lookup</source>
        <comment>a status change seen in a persistent / metrics lookup</comment>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Call direction: CallWatch/Dialgen called the contact</extracomment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Call direction: the contact called in</extracomment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>the AI agent speaking in a transcript</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>the person called, speaking in a transcript</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no value among the call metrics</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Positive</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Select a call to see its details</source>
        <translation>Wählen Sie einen Anruf aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Its status, recording, transcript and status history appear here.</source>
        <translation>Status, Aufnahme, Transkript und Statusverlauf werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>The call id: select it, or copy it with Copy id</source>
        <translation>Die Anruf-ID: markieren oder mit „ID kopieren“ kopieren</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Anrufaktionen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <extracomment>Button in the call details (keep short)</extracomment>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask Dialgen about this call now</source>
        <translation>Dialgen jetzt nach diesem Anruf fragen</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button: copy the call id to the clipboard (keep short)</extracomment>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the call id to the clipboard</source>
        <translation>Anruf-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy everything known about this call as JSON</source>
        <translation>Alles über diesen Anruf Bekannte als JSON kopieren</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop following this call and remove it from the table</source>
        <translation>Diesen Anruf nicht mehr verfolgen und aus der Tabelle entfernen</translation>
    </message>
    <message>
        <source>Track this call</source>
        <translation>Diesen Anruf verfolgen</translation>
    </message>
    <message>
        <source>Add this call to the table and follow its status</source>
        <translation>Diesen Anruf zur Tabelle hinzufügen und seinen Status verfolgen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Field label in the call details: the phone number called</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Field label: the person called</extracomment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Field label: the Dialgen batch (a list of calls placed together) the call belongs to</extracomment>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Field label: the AI agent (voice assistant) that made the call</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Field label: outbound or inbound</extracomment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Field label: when the call started</extracomment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Field label: when the call ended</extracomment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Field label: when CallWatch last received this call&apos;s status</extracomment>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the last update came from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Open the recording (MP3) in the default player</source>
        <translation>Aufnahme (MP3) im Standard-Player öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy recording link</source>
        <translation>Aufnahme-Link kopieren</translation>
    </message>
    <message>
        <source>Copy the recording&apos;s link to the clipboard</source>
        <translation>Link der Aufnahme in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This link does not use HTTPS, so CallWatch does not open it. Dialgen&apos;s recordings are always HTTPS: copy it only if you trust where it came from.</source>
        <translation>Dieser Link verwendet kein HTTPS, daher öffnet CallWatch ihn nicht. Aufnahmen von Dialgen sind immer HTTPS: Kopieren Sie ihn nur, wenn Sie seiner Herkunft vertrauen.</translation>
    </message>
    <message>
        <source>Dialgen deletes recordings after %1 days; this link may no longer work.</source>
        <translation>Dialgen löscht Aufnahmen nach %1 Tagen; dieser Link funktioniert möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Metrics</source>
        <extracomment>Section title: figures the AI extracted from the call (intent, sentiment, confidence...)</extracomment>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation>Noch keine Statusänderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No transcript received for this call yet.</source>
        <translation>Für diesen Anruf ist noch kein Transkript eingegangen.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls.</source>
        <translation>Kein Transkript: Dialgen stellt eines für abgeschlossene Anrufe bereit.</translation>
    </message>
    <message>
        <source>No transcript, summary or metrics received for this call yet.</source>
        <translation>Für diesen Anruf sind noch kein Transkript, keine Zusammenfassung und keine Metriken eingegangen.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls, with a summary and metrics.</source>
        <translation>Kein Transkript: Dialgen stellt für abgeschlossene Anrufe eines bereit, mit Zusammenfassung und Metriken.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Dialgen sent a status CallWatch does not know; it is shown exactly as sent.</source>
        <translation>Dialgen hat einen Status gesendet, den CallWatch nicht kennt; er wird genau so angezeigt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact name (contact id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Dialgen sent: “%1”</source>
        <translation>Dialgen hat gesendet: „%1“</translation>
    </message>
    <message>
        <source>Dialgen has not sent a recording link for this call.</source>
        <translation>Dialgen hat für diesen Anruf keinen Aufnahme-Link gesendet.</translation>
    </message>
    <message>
        <source>No recording yet: Dialgen provides one when the call is completed.</source>
        <translation>Noch keine Aufnahme: Dialgen stellt eine bereit, wenn der Anruf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No recording: Dialgen records completed calls.</source>
        <translation>Keine Aufnahme: Dialgen zeichnet abgeschlossene Anrufe auf.</translation>
    </message>
    <message>
        <source>Recording link: %1</source>
        <translation>Aufnahme-Link: %1</translation>
    </message>
    <message>
        <source>No summary received for this call yet.</source>
        <translation>Für diesen Anruf ist noch keine Zusammenfassung eingegangen.</translation>
    </message>
    <message>
        <source>No summary: Dialgen provides one for completed calls.</source>
        <translation>Keine Zusammenfassung: Dialgen stellt eine für abgeschlossene Anrufe bereit.</translation>
    </message>
    <message>
        <source>No metrics received for this call yet.</source>
        <translation>Für diesen Anruf sind noch keine Metriken eingegangen.</translation>
    </message>
    <message>
        <source>No metrics: Dialgen provides them for completed calls.</source>
        <translation>Keine Metriken: Dialgen stellt sie für abgeschlossene Anrufe bereit.</translation>
    </message>
    <message>
        <source>Intent</source>
        <extracomment>Call metric: what the person called wanted, as understood by the AI</extracomment>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Transcript · 1 line</source>
        <translation>Transkript · 1 Zeile</translation>
    </message>
    <message>
        <source>Transcript · %1 lines</source>
        <translation>Transkript · %1 Zeilen</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 sagte: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>Heading in the status history; %1 is the attempt number (1, 2, 3...) of a redialled call</extracomment>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Status history line; %1 is a call status, %2 a time of day</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 um %2, %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <extracomment>Duration of a call still in progress; %1 is a duration such as 2:05</extracomment>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Dialgen keeps recordings for %1 days: this link should work until about %2.</source>
        <translation>Dialgen bewahrt Aufnahmen %1 Tage auf: Dieser Link sollte bis etwa %2 funktionieren.</translation>
    </message>
    <message>
        <source>Copied call id</source>
        <translation>Anruf-ID kopiert</translation>
    </message>
    <message>
        <source>Copied JSON</source>
        <translation>JSON kopiert</translation>
    </message>
    <message>
        <source>Copied recording link</source>
        <translation>Aufnahme-Link kopiert</translation>
    </message>
    <message>
        <source>Could not open the recording</source>
        <translation>Die Aufnahme konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>cw::DialgenClient</name>
    <message>
        <source>The Dialgen base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Dialgen-Basis-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die Dialgen-Basis-URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: HTTPS is required for every host other than this computer, so the API key is never sent unencrypted.</source>
        <extracomment>%1 is a host name such as api.example.com</extracomment>
        <translation>Unverschlüsseltes http:// zu %1 wird abgelehnt: Für jeden Host außer diesem Computer ist HTTPS nötig, damit der API-Schlüssel nie unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must not contain a user name or password.</source>
        <translation>Die Dialgen-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Dialgen redirected the request to another address (%1); CallWatch does not follow it, so the API key stays with %2.</source>
        <extracomment>%1 and %2 are host names</extracomment>
        <translation>Dialgen hat die Anfrage an eine andere Adresse umgeleitet (%1); CallWatch folgt ihr nicht, damit der API-Schlüssel bei %2 bleibt.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; CallWatch stopped reading it.</source>
        <translation>Die Antwort ist größer als %1 MB; CallWatch hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>expected JSON but got %1; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html</extracomment>
        <translation>JSON erwartet, aber %1 erhalten; möglicherweise antwortet etwas anderes als Dialgen, etwa ein Proxy oder eine Netzwerk-Anmeldeseite</translation>
    </message>
    <message>
        <source>expected JSON but got %1 &quot;%2&quot;; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html, %2 the title or text of what was received</extracomment>
        <translation>JSON erwartet, aber %1 „%2“ erhalten; möglicherweise antwortet etwas anderes als Dialgen, etwa ein Proxy oder eine Netzwerk-Anmeldeseite</translation>
    </message>
</context>
<context>
    <name>cw::ErrorCodes</name>
    <message>
        <source>Dialgen reported an error CallWatch does not recognise. The text above is exactly what Dialgen sent.</source>
        <translation>Dialgen hat einen Fehler gemeldet, den CallWatch nicht kennt. Der Text oben ist genau das, was Dialgen gesendet hat.</translation>
    </message>
    <message>
        <source>Dialgen may or may not retry this call, depending on the error.</source>
        <translation>Ob Dialgen diesen Anruf wiederholt, hängt vom Fehler ab.</translation>
    </message>
    <message>
        <source>Dialgen does not retry this call.</source>
        <translation>Dialgen wiederholt diesen Anruf nicht.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s busy delay (5 minutes by default), up to its maximum number of attempts.</source>
        <translation>In einem Batch wählt Dialgen nach der Besetzt-Wartezeit des Batches (standardmäßig 5 Minuten) erneut, bis zur maximalen Anzahl von Versuchen.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s no-answer delay (1 hour by default), up to its maximum number of attempts.</source>
        <translation>In einem Batch wählt Dialgen nach der Keine-Antwort-Wartezeit des Batches (standardmäßig 1 Stunde) erneut, bis zur maximalen Anzahl von Versuchen.</translation>
    </message>
    <message>
        <source>Dialgen may retry, depending on the kind of network problem.</source>
        <translation>Je nach Art des Netzwerkproblems wiederholt Dialgen den Anruf möglicherweise.</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>The phone number is not valid, so the call could not be placed. Check the contact&apos;s number.</source>
        <translation>Die Telefonnummer ist ungültig, daher konnte der Anruf nicht getätigt werden. Prüfen Sie die Nummer des Kontakts.</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>The line was busy when Dialgen dialled.</source>
        <translation>Die Leitung war besetzt, als Dialgen gewählt hat.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered.</source>
        <translation>Das Telefon hat geklingelt, aber niemand hat abgenommen.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Netzwerkproblem</translation>
    </message>
    <message>
        <source>A connectivity problem interrupted the call or stopped it from being placed.</source>
        <translation>Ein Verbindungsproblem hat den Anruf unterbrochen oder verhindert, dass er getätigt wurde.</translation>
    </message>
    <message>
        <source>Out of credits</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <source>The account did not have enough Dialgen credits to place the call. Top up the account; calls will not go out until then.</source>
        <translation>Das Konto hatte nicht genügend Dialgen-Guthaben, um den Anruf zu tätigen. Laden Sie das Konto auf; bis dahin werden keine Anrufe getätigt.</translation>
    </message>
</context>
<context>
    <name>cw::HistoryStore</name>
    <message>
        <source>the database is locked by another program (is another CallWatch running?)</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt (läuft ein weiteres CallWatch?)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>die Verlaufsdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>a disk error occurred (%1)</source>
        <translation>ein Datenträgerfehler ist aufgetreten (%1)</translation>
    </message>
    <message>
        <source>the history file is damaged; restart CallWatch to set it aside</source>
        <translation>die Verlaufsdatei ist beschädigt; starten Sie CallWatch neu, um sie beiseitezulegen</translation>
    </message>
    <message>
        <source>the history file cannot be opened (%1)</source>
        <translation>die Verlaufsdatei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>History is not being saved: %1</source>
        <translation>Der Verlauf wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new one was started.</source>
        <translation>Die Verlaufsdatei war beschädigt (%1). Sie wurde nach %2 verschoben und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>Datei ist keine Datenbank</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer CallWatch (history version %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 wurde von einem neueren CallWatch erstellt (Verlaufsversion %2; diese Version kennt bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a CallWatch history file. It was left untouched.</source>
        <translation>%1 ist keine CallWatch-Verlaufsdatei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>the history store is not open</source>
        <translation>der Verlaufsspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>invalid history batch, nothing written: %1</source>
        <translation>ungültiger Verlaufsstapel, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>History could not be saved: %1.</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>1 batch of changes is kept in memory and will be retried.</source>
        <translation>1 Stapel von Änderungen wird im Arbeitsspeicher gehalten und erneut versucht.</translation>
    </message>
    <message>
        <source>%1 batches of changes are kept in memory and will be retried.</source>
        <translation>%1 Stapel von Änderungen werden im Arbeitsspeicher gehalten und erneut versucht.</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped because too many were waiting.</source>
        <translation>%1 ältere(r) Stapel von Änderungen wurde(n) verworfen, weil zu viele warteten.</translation>
    </message>
    <message>
        <source>%1 batch(es) of changes were rejected by the database and dropped: %2</source>
        <translation>%1 Stapel von Änderungen wurde(n) von der Datenbank abgelehnt und verworfen: %2</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped while the database could not be written</source>
        <translation>%1 ältere(r) Stapel von Änderungen wurde(n) verworfen, während die Datenbank nicht beschreibbar war</translation>
    </message>
    <message>
        <source>invalid time range</source>
        <translation>ungültiger Zeitraum</translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain service is available: there is no D-Bus session bus (a headless or remote session?).</source>
        <translation>Kein Schlüsselbunddienst verfügbar: Es gibt keinen D-Bus-Sitzungsbus (eine Sitzung ohne Bildschirm oder eine Remote-Sitzung?).</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>Kein Schlüsselbunddienst verfügbar.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Is a Secret Service (GNOME Keyring, KWallet) running, and libsecret installed?</source>
        <translation>Läuft ein Secret Service (GNOME Keyring, KWallet), und ist libsecret installiert?</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Diese Plattform hat keinen unterstützten Schlüsselbund.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Systemschlüsselbund</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>cw::Lookup</name>
    <message>
        <source>invalid call id: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ungültige Anruf-ID: Sie muss aus 1 bis 200 druckbaren Zeichen bestehen, ohne Leerzeichen, Anführungszeichen oder spitze Klammern</translation>
    </message>
    <message>
        <source>call %1 not found: %2</source>
        <translation>Anruf %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>%1: set the DIALGEN_API_KEY environment variable</source>
        <translation>%1: Setzen Sie die Umgebungsvariable DIALGEN_API_KEY</translation>
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
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tracked calls</source>
        <translation>Verfolgte Anrufe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No calls tracked yet&lt;/h2&gt;&lt;p&gt;Set your Dialgen API key in &lt;b&gt;Settings…&lt;/b&gt; (Ctrl+,) — or in the &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; environment variable —&lt;br&gt;then add call ids with &lt;b&gt;Add calls…&lt;/b&gt; (Ctrl+N), import them from a CSV file (Ctrl+O),&lt;br&gt;or follow a whole batch with &lt;b&gt;Track batch…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Look up…&lt;/b&gt; (Ctrl+L) shows one call without tracking it.&lt;/p&gt;&lt;p&gt;Just looking? Start CallWatch with &lt;b&gt;--demo&lt;/b&gt; to watch simulated calls.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Anrufe verfolgt&lt;/h2&gt;&lt;p&gt;Legen Sie Ihren Dialgen-API-Schlüssel unter &lt;b&gt;Einstellungen…&lt;/b&gt; (Ctrl+,) fest — oder in der Umgebungsvariablen &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; —&lt;br&gt;und fügen Sie dann Anruf-IDs mit &lt;b&gt;Anrufe hinzufügen…&lt;/b&gt; (Ctrl+N) hinzu, importieren Sie sie aus einer CSV-Datei (Ctrl+O)&lt;br&gt;oder verfolgen Sie einen ganzen Batch mit &lt;b&gt;Batch verfolgen…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Nachschlagen…&lt;/b&gt; (Ctrl+L) zeigt einen Anruf an, ohne ihn zu verfolgen.&lt;/p&gt;&lt;p&gt;Nur mal schauen? Starten Sie CallWatch mit &lt;b&gt;--demo&lt;/b&gt;, um simulierte Anrufe zu beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show or hide calls not yet checked, not found, or with a status CallWatch does not know</source>
        <translation>Anrufe ein- oder ausblenden, die noch nicht geprüft, nicht gefunden wurden oder einen Status haben, den CallWatch nicht kennt</translation>
    </message>
    <message>
        <source>Show or hide %1 calls</source>
        <translation>Anrufe mit Status %1 ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Show the calls of one tracked batch only</source>
        <translation>Nur die Anrufe eines verfolgten Batches anzeigen</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message>
        <source>Filter by call id, phone, contact or batch  (Ctrl+F)</source>
        <translation>Nach Anruf-ID, Telefon, Kontakt oder Batch filtern  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Anrufe filtern</translation>
    </message>
    <message>
        <source>Not a call id</source>
        <translation>Keine Anruf-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id.</source>
        <translation>„%1“ ist keine gültige Anruf-ID.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Dialgen does not know the call %1 (neither live nor persistent status).</source>
        <translation>Dialgen kennt den Anruf %1 nicht (weder Live- noch persistenter Status).</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Nachschlagen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Look up a call</source>
        <translation>Anruf nachschlagen</translation>
    </message>
    <message>
        <source>Call id (the call is shown, not tracked):</source>
        <translation>Anruf-ID (der Anruf wird angezeigt, nicht verfolgt):</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Filter button for calls whose status CallWatch does not know (keep short)</extracomment>
        <translation>Sonstige</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n Anruf</numerusform>
            <numerusform>%1: %n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Add calls…</source>
        <translation>Anrufe hinzufügen…</translation>
    </message>
    <message>
        <source>Track one or more call ids (Ctrl+N)</source>
        <translation>Eine oder mehrere Anruf-IDs verfolgen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Track batch…</source>
        <translation>Batch verfolgen…</translation>
    </message>
    <message>
        <source>Follow every call of a batch (Ctrl+B)</source>
        <translation>Jeden Anruf eines Batches verfolgen (Ctrl+B)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Track the call ids of a CSV file (Ctrl+O)</source>
        <translation>Die Anruf-IDs einer CSV-Datei verfolgen (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the calls shown in the table as a CSV file (Ctrl+E)</source>
        <translation>Die in der Tabelle angezeigten Anrufe als CSV-Datei speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV</source>
        <extracomment>Toolbar menu button holding Import CSV / Export CSV (keep short)</extracomment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import call ids from CSV, or export the table</source>
        <translation>Anruf-IDs aus CSV importieren oder die Tabelle exportieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask Dialgen now about the selected calls, or every call when none is selected (F5)</source>
        <translation>Dialgen jetzt nach den ausgewählten Anrufen fragen, oder nach allen, wenn keiner ausgewählt ist (F5)</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button: pause polling Dialgen (keep short)
----------
Toolbar button: pause or resume polling Dialgen (keep short)</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume polling (Ctrl+P)</source>
        <translation>Abfrage anhalten oder fortsetzen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look up…</source>
        <translation>Nachschlagen…</translation>
    </message>
    <message>
        <source>Look up one call id without tracking it (Ctrl+L)</source>
        <translation>Eine Anruf-ID nachschlagen, ohne sie zu verfolgen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Toolbar button opening the charts of ended calls over time (keep short)</extracomment>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Show or hide completed, missed and failed calls over time (Ctrl+T)</source>
        <translation>Abgeschlossene, verpasste und fehlgeschlagene Anrufe im Zeitverlauf ein- oder ausblenden (Ctrl+T)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <extracomment>Toolbar button: the full-screen view for a wall display (keep short)</extracomment>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Full-screen wallboard for a wall screen (F11; Esc returns)</source>
        <translation>Vollbild-Wallboard für einen Wandbildschirm (F11; Esc kehrt zurück)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Base URL, API key, polling, time zone, theme and language</source>
        <translation>Basis-URL, API-Schlüssel, Abfrage, Zeitzone, Design und Sprache</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Keyboard action (Ctrl+F): move to the filter field</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>the receiver is not running. Turn it on and press OK first.</source>
        <translation>der Empfänger läuft nicht. Schalten Sie ihn ein und drücken Sie zuerst OK.</translation>
    </message>
    <message>
        <source>the receiver answered %1 and accepted the event.</source>
        <translation>der Empfänger hat mit %1 geantwortet und das Ereignis angenommen.</translation>
    </message>
    <message>
        <source>the receiver answered %1.</source>
        <translation>der Empfänger hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: nicht aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n Ereignis empfangen</numerusform>
            <numerusform>%n Ereignisse empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks: %1</translation>
    </message>
    <message>
        <source>Webhooks: %1, %2 refused (last: %3)</source>
        <extracomment>Status bar; %1 is &quot;N events received&quot;, %2 a count of refused deliveries, %3 why the last was refused</extracomment>
        <translation>Webhooks: %1, %2 abgewiesen (zuletzt: %3)</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>Der Empfänger ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>Der Empfänger konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Listening on %1. %2 accepted (%3 repeated deliveries), %4 refused.</source>
        <extracomment>Tooltip; %1 is the receiver&apos;s address, %2 to %4 are counts of webhook deliveries</extracomment>
        <translation>Empfängt auf %1. %2 angenommen (%3 wiederholte Zustellungen), %4 abgewiesen.</translation>
    </message>
    <message>
        <source>Last refusal: %1 (HTTP %2) at %3.</source>
        <translation>Letzte Abweisung: %1 (HTTP %2) um %3.</translation>
    </message>
    <message>
        <source>No secret is set: deliveries are not authenticated.</source>
        <translation>Kein Geheimnis festgelegt: Zustellungen werden nicht authentifiziert.</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Dialgen-API-Schlüssel</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. CallWatch keeps it in the system keychain.</source>
        <translation>Geben Sie Ihren Dialgen-API-Schlüssel ein. CallWatch bewahrt ihn im Systemschlüsselbund auf.</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. No system keychain is available (%1), so CallWatch keeps the key for this session only and asks again next time.</source>
        <translation>Geben Sie Ihren Dialgen-API-Schlüssel ein. Kein Systemschlüsselbund verfügbar (%1), daher behält CallWatch den Schlüssel nur für diese Sitzung und fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>Add calls</source>
        <translation>Anrufe hinzufügen</translation>
    </message>
    <message>
        <source>Paste call ids, one per line or separated by commas or spaces:</source>
        <translation>Anruf-IDs einfügen, eine pro Zeile oder durch Kommas oder Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>Some ids were not added</source>
        <translation>Einige IDs wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>These entries are not valid call ids and were not added:

%1</source>
        <translation>Diese Einträge sind keine gültigen Anruf-IDs und wurden nicht hinzugefügt:

%1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 ist zu groß für den Import (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>Could not read %1, line %2: %3</source>
        <translation>%1 konnte nicht gelesen werden, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) tracked</source>
        <translation>
            <numerusform>%n neuer Anruf verfolgt</numerusform>
            <numerusform>%n neue Anrufe verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already tracked</source>
        <translation>
            <numerusform>, %n bereits verfolgt</numerusform>
            <numerusform>, %n bereits verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n entry(ies) that could not be call ids:</source>
        <translation>
            <numerusform>. %n Eintrag übersprungen, der keine Anruf-ID sein kann:</numerusform>
            <numerusform>. %n Einträge übersprungen, die keine Anruf-IDs sein können:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import call ids</source>
        <translation>Anruf-IDs importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export calls</source>
        <extracomment>The suggested file name of the export is the second text: translate &quot;calls&quot;, keep &quot;.csv&quot;</extracomment>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <source>calls.csv</source>
        <translation>anrufe.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Track batch</source>
        <translation>Batch verfolgen</translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation>Batch-ID:</translation>
    </message>
    <message>
        <source>Not a batch id</source>
        <translation>Keine Batch-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id.</source>
        <translation>„%1“ ist keine gültige Batch-ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 von %n Anruf angezeigt</numerusform>
            <numerusform>%1 von %n Anrufen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <extracomment>Status bar: CallWatch stopped asking Dialgen for updates</extracomment>
        <translation>Abfrage gestoppt</translation>
    </message>
    <message>
        <source>  Set a valid API key (DIALGEN_API_KEY) and press Refresh.</source>
        <translation>  Legen Sie einen gültigen API-Schlüssel fest (DIALGEN_API_KEY) und drücken Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Abfrage angehalten</translation>
    </message>
    <message>
        <source>Dialgen asked us to wait · resuming in %1 s</source>
        <translation>Dialgen hat um Wartezeit gebeten · weiter in %1 s</translation>
    </message>
    <message>
        <source>Polling trouble: %1</source>
        <translation>Probleme bei der Abfrage: %1</translation>
    </message>
    <message>
        <source>Dialgen reports that the account is out of credits (HTTP 402): new calls cannot be placed until it is topped up. Calls already tracked are still watched.</source>
        <translation>Dialgen meldet, dass das Konto kein Guthaben mehr hat (HTTP 402): Neue Anrufe können erst nach dem Aufladen getätigt werden. Bereits verfolgte Anrufe werden weiter beobachtet.</translation>
    </message>
    <message>
        <source>Polling OK · last answer %1 · %2 in flight</source>
        <extracomment>Status bar; %1 is an age such as &quot;5 s ago&quot;, %2 the number of requests waiting for an answer</extracomment>
        <translation>Abfrage OK · letzte Antwort %1 · %2 in Bearbeitung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source> · %n stale</source>
        <extracomment>Appended to the status bar text: %n calls were not refreshed for too long</extracomment>
        <translation>
            <numerusform> · %n veraltet</numerusform>
            <numerusform> · %n veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests answered, %2 failed</source>
        <translation>%1 Anfragen beantwortet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <extracomment>Status bar, at start-up: the tracked calls are being read back from the local history</extracomment>
        <translation>Verlauf wird geladen…</translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>Arbeitsspeicher (nur dieser Lauf)</translation>
    </message>
</context>
<context>
    <name>cw::Settings</name>
    <message>
        <source>No value given; the default is used.</source>
        <translation>Kein Wert angegeben; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; the default %2 is used.</source>
        <translation>„%1“ ist keine ganze Zahl; der Standardwert %2 wird verwendet.</translation>
    </message>
    <message>
        <source>%1 is below the minimum; %2 is used.</source>
        <translation>%1 liegt unter dem Minimum; %2 wird verwendet.</translation>
    </message>
    <message>
        <source>%1 is above the maximum; %2 is used.</source>
        <translation>%1 liegt über dem Maximum; %2 wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the default %2 is used.</source>
        <translation>„%1“ ist keine Zahl; der Standardwert %2 wird verwendet.</translation>
    </message>
    <message>
        <source>Not a text; the default is used.</source>
        <translation>Kein Text; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the default is used.</source>
        <translation>Der Text ist länger als %1 Zeichen; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2; the default &quot;%3&quot; is used.</source>
        <translation>„%1“ ist keiner der Werte %2; der Standardwert „%3“ wird verwendet.</translation>
    </message>
    <message>
        <source>Not a URL; the default %1 is used.</source>
        <translation>Keine URL; der Standardwert %1 wird verwendet.</translation>
    </message>
    <message>
        <source>%1 The default %2 is used.</source>
        <translation>%1 Der Standardwert %2 wird verwendet.</translation>
    </message>
    <message>
        <source>Not a time zone name; the system&apos;s time zone is used.</source>
        <translation>Kein Zeitzonenname; die Zeitzone des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; the system&apos;s time zone is used.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; die Zeitzone des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>Not a language code; the system&apos;s language is used.</source>
        <translation>Kein Sprachcode; die Sprache des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language code; the system&apos;s language is used.</source>
        <translation>„%1“ ist kein bekannter Sprachcode; die Sprache des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>Not binary data; the default is used.</source>
        <translation>Keine Binärdaten; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the default is used.</source>
        <translation>Mehr als %1 Bytes; der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>Unknown setting type; the default is used.</source>
        <translation>Unbekannter Einstellungstyp; der Standardwert wird verwendet.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>CallWatch Settings</source>
        <translation>CallWatch-Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>A&amp;nzeige</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>Web&amp;hooks</source>
        <translation>Web&amp;hooks</translation>
    </message>
    <message>
        <source>The Dialgen server and the API key</source>
        <translation>Der Dialgen-Server und der API-Schlüssel</translation>
    </message>
    <message>
        <source>How often and how politely CallWatch asks Dialgen</source>
        <translation>Wie oft und wie rücksichtsvoll CallWatch Dialgen abfragt</translation>
    </message>
    <message>
        <source>Time zone, theme and language</source>
        <translation>Zeitzone, Design und Sprache</translation>
    </message>
    <message>
        <source>Page rotation, the exit PIN and alert thresholds</source>
        <translation>Seitenwechsel, Beenden-PIN und Alarmschwellen</translation>
    </message>
    <message>
        <source>Let Dialgen push finished calls to CallWatch instead of waiting for a poll</source>
        <translation>Dialgen abgeschlossene Anrufe an CallWatch senden lassen, statt auf eine Abfrage zu warten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check and save every setting, then close</source>
        <translation>Alle Einstellungen prüfen und speichern, dann schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put the default values into every field (the API key is not touched). Nothing is saved until you press OK.</source>
        <translation>Die Standardwerte in alle Felder eintragen (der API-Schlüssel bleibt unberührt). Gespeichert wird erst, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>Dialgen server</source>
        <translation>Dialgen-Server</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The address of the Dialgen API. It must start with https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>Die Adresse der Dialgen-API. Sie muss mit https:// beginnen; einfaches http:// wird nur für diesen Computer akzeptiert (localhost, 127.0.0.1, ::1), damit der API-Schlüssel nie unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Dialgen-API-Schlüssel</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <source>Whether an API key is set and where it comes from. The key itself is never shown.</source>
        <translation>Ob ein API-Schlüssel festgelegt ist und woher er stammt. Der Schlüssel selbst wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>About the API key</source>
        <translation>Über den API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Neuen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the API key from your Dialgen account, then press Save key (or OK). It stays hidden, and the field is cleared once the key is saved.</source>
        <translation>Fügen Sie den API-Schlüssel aus Ihrem Dialgen-Konto ein und drücken Sie dann „Schlüssel speichern“ (oder OK). Er bleibt verborgen, und das Feld wird geleert, sobald der Schlüssel gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Schlüssel ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix of a spin box: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often CallWatch asks Dialgen</source>
        <translation>Wie oft CallWatch Dialgen abfragt</translation>
    </message>
    <message>
        <source>Ongoing calls: seconds between checks</source>
        <translation>Laufende Anrufe: Sekunden zwischen Prüfungen</translation>
    </message>
    <message>
        <source>How often a call in progress (ONGOING) is checked, in seconds.</source>
        <translation>Wie oft ein laufender Anruf (ONGOING) geprüft wird, in Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Ongoing calls, every:</source>
        <translation>&amp;Laufende Anrufe, alle:</translation>
    </message>
    <message>
        <source>Scheduled calls: seconds between checks</source>
        <translation>Geplante Anrufe: Sekunden zwischen Prüfungen</translation>
    </message>
    <message>
        <source>How often a call waiting to be dialled (SCHEDULED) is checked, in seconds.</source>
        <translation>Wie oft ein Anruf, der auf das Wählen wartet (SCHEDULED), geprüft wird, in Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Scheduled calls, every:</source>
        <translation>&amp;Geplante Anrufe, alle:</translation>
    </message>
    <message>
        <source>Batches: seconds between checks</source>
        <translation>Batches: Sekunden zwischen Prüfungen</translation>
    </message>
    <message>
        <source>How often the calls of a followed batch are checked (one request per batch), in seconds.</source>
        <translation>Wie oft die Anrufe eines verfolgten Batches geprüft werden (eine Anfrage pro Batch), in Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Batches, every:</source>
        <translation>&amp;Batches, alle:</translation>
    </message>
    <message>
        <source>Batch statistics: seconds between checks</source>
        <translation>Batch-Statistik: Sekunden zwischen Prüfungen</translation>
    </message>
    <message>
        <source>How often a batch&apos;s statistics are fetched until the batch is completed or cancelled, in seconds.</source>
        <translation>Wie oft die Statistik eines Batches abgerufen wird, bis der Batch abgeschlossen oder abgebrochen ist, in Sekunden.</translation>
    </message>
    <message>
        <source>Batch s&amp;tatistics, every:</source>
        <translation>Batch-S&amp;tatistik, alle:</translation>
    </message>
    <message>
        <source>Politeness limits</source>
        <translation>Rücksichtsgrenzen</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Höchstens gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <source>How many requests to Dialgen may be under way at the same time.</source>
        <translation>Wie viele Anfragen an Dialgen gleichzeitig unterwegs sein dürfen.</translation>
    </message>
    <message>
        <source>Requests &amp;in flight, at most:</source>
        <translation>Anfragen &amp;in Bearbeitung, höchstens:</translation>
    </message>
    <message>
        <source>Requests per second at most</source>
        <translation>Höchstens Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>How many requests CallWatch may send to Dialgen per second, on average.</source>
        <translation>Wie viele Anfragen CallWatch durchschnittlich pro Sekunde an Dialgen senden darf.</translation>
    </message>
    <message>
        <source>Requests per s&amp;econd, at most:</source>
        <translation>Anfragen pro S&amp;ekunde, höchstens:</translation>
    </message>
    <message>
        <source>Calls and history</source>
        <translation>Anrufe und Verlauf</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit suffix of a spin box: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum call duration in minutes</source>
        <translation>Maximale Anrufdauer in Minuten</translation>
    </message>
    <message>
        <source>An ONGOING call running longer than this is shown as possibly stuck and checked again through Dialgen&apos;s persistent endpoint.</source>
        <translation>Ein laufender Anruf (ONGOING), der länger dauert, wird als möglicherweise hängengeblieben angezeigt und über den persistenten Endpunkt von Dialgen erneut geprüft.</translation>
    </message>
    <message>
        <source>Possibly stuc&amp;k after:</source>
        <translation>&amp;Möglicherweise hängengeblieben nach:</translation>
    </message>
    <message>
        <source> missed checks</source>
        <comment>unit suffix of a spin box</comment>
        <translation> verpassten Prüfungen</translation>
    </message>
    <message>
        <source>Mark a call stale after this many missed checks</source>
        <translation>Anruf nach so vielen verpassten Prüfungen als veraltet markieren</translation>
    </message>
    <message>
        <source>A call with no successful update for this many checks in a row is shown as stale (greyed).</source>
        <translation>Ein Anruf ohne erfolgreiche Aktualisierung bei so vielen Prüfungen in Folge wird als veraltet (ausgegraut) angezeigt.</translation>
    </message>
    <message>
        <source>Mark st&amp;ale after:</source>
        <translation>Als &amp;veraltet markieren nach:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>unit suffix of a spin box</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Forever</source>
        <comment>history retention of 0 days</comment>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>History retention in days</source>
        <translation>Aufbewahrung des Verlaufs in Tagen</translation>
    </message>
    <message>
        <source>Status changes older than this are removed from the history database. At 0 (Forever) nothing is removed.</source>
        <translation>Ältere Statusänderungen werden aus der Verlaufsdatenbank entfernt. Bei 0 (Unbegrenzt) wird nichts entfernt.</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Verlauf aufbe&amp;wahren:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own time zone</comment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Time zone for day boundaries</source>
        <translation>Zeitzone für Tagesgrenzen</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this time zone. Type part of a name, such as &quot;Berlin&quot;, to search.</source>
        <translation>Tage („heute“, Tageszahlen und Diagramme) beginnen um Mitternacht in dieser Zeitzone. Geben Sie einen Teil eines Namens ein, etwa „Berlin“, um zu suchen.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the colours of your desktop. Statuses always show an icon and a text as well as a colour.</source>
        <translation>Helle oder dunkle Farben; „System“ folgt den Farben Ihres Desktops. Status werden immer zusätzlich zur Farbe mit einem Symbol und einem Text angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own language</comment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of CallWatch&apos;s window. System uses your desktop&apos;s language when CallWatch has a translation for it, English otherwise.</source>
        <translation>Die Sprache des CallWatch-Fensters. „System“ verwendet die Sprache Ihres Desktops, wenn CallWatch eine Übersetzung dafür hat, sonst Englisch.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time CallWatch starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CallWatch.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>wallboard pages do not rotate</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Seconds between wallboard pages</source>
        <translation>Sekunden zwischen Wallboard-Seiten</translation>
    </message>
    <message>
        <source>The wallboard shows its pages in turn, this many seconds each. An alert that has not been acknowledged keeps its page on screen.</source>
        <translation>Das Wallboard zeigt seine Seiten nacheinander, jede so viele Sekunden. Ein nicht bestätigter Alarm hält seine Seite auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Ne&amp;xt page every:</source>
        <translation>&amp;Nächste Seite nach:</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an alert is raised</source>
        <translation>&amp;Ton abspielen, wenn ein Alarm ausgelöst wird</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Alarmton</translation>
    </message>
    <message>
        <source>Besides the highlighted tile and the notification.</source>
        <translation>Zusätzlich zur hervorgehobenen Kachel und zur Benachrichtigung.</translation>
    </message>
    <message>
        <source>Exit PIN:</source>
        <translation>Beenden-PIN:</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>New wallboard PIN</source>
        <translation>Neue Wallboard-PIN</translation>
    </message>
    <message>
        <source>When a PIN is set, leaving the wallboard with Esc asks for it. Only a hash of the PIN is stored.</source>
        <translation>Wenn eine PIN festgelegt ist, wird sie beim Verlassen des Wallboards mit Esc abgefragt. Es wird nur ein Hash der PIN gespeichert.</translation>
    </message>
    <message>
        <source>Remo&amp;ve PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard at once (saved by OK).</source>
        <translation>Esc verlässt das Wallboard sofort (wird mit OK gespeichert).</translation>
    </message>
    <message>
        <source>New P&amp;IN:</source>
        <translation>Neue P&amp;IN:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source> %</source>
        <comment>unit suffix of a spin box: percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Failure rate warning level in percent</source>
        <translation>Warnschwelle der Fehlerrate in Prozent</translation>
    </message>
    <message>
        <source>Warn when more than this share of the calls that ended recently FAILED.</source>
        <translation>Warnen, wenn mehr als dieser Anteil der kürzlich beendeten Anrufe FAILED ist.</translation>
    </message>
    <message>
        <source>Failure rate critical level in percent</source>
        <translation>Kritische Schwelle der Fehlerrate in Prozent</translation>
    </message>
    <message>
        <source>Critical when more than this share of the calls that ended recently FAILED.</source>
        <translation>Kritisch, wenn mehr als dieser Anteil der kürzlich beendeten Anrufe FAILED ist.</translation>
    </message>
    <message>
        <source>warning above</source>
        <translation>Warnung über</translation>
    </message>
    <message>
        <source>critical above</source>
        <translation>kritisch über</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>&amp;Fehlerrate:</translation>
    </message>
    <message>
        <source>Failure rate window in minutes</source>
        <translation>Zeitfenster der Fehlerrate in Minuten</translation>
    </message>
    <message>
        <source>The failure rate and INSUFFICIENT_CREDITS alerts look at the calls that ended in this many past minutes.</source>
        <translation>Die Alarme für Fehlerrate und INSUFFICIENT_CREDITS berücksichtigen die Anrufe, die in so vielen zurückliegenden Minuten beendet wurden.</translation>
    </message>
    <message>
        <source>Over the &amp;last:</source>
        <translation>In den &amp;letzten:</translation>
    </message>
    <message>
        <source>Scheduled backlog warning level in calls</source>
        <translation>Warnschwelle für den Rückstand geplanter Anrufe</translation>
    </message>
    <message>
        <source>Warn when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Warnen, wenn mehr Anrufe als diese auf das Wählen warten (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled backlog critical level in calls</source>
        <translation>Kritische Schwelle für den Rückstand geplanter Anrufe</translation>
    </message>
    <message>
        <source>Critical when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Kritisch, wenn mehr Anrufe als diese auf das Wählen warten (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled &amp;backlog:</source>
        <translation>&amp;Rückstand geplanter Anrufe:</translation>
    </message>
    <message>
        <source>Polling down warning level in seconds</source>
        <translation>Warnschwelle für Abfrageausfall in Sekunden</translation>
    </message>
    <message>
        <source>Warn when Dialgen has not answered for this many seconds.</source>
        <translation>Warnen, wenn Dialgen so viele Sekunden lang nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>Polling down critical level in seconds</source>
        <translation>Kritische Schwelle für Abfrageausfall in Sekunden</translation>
    </message>
    <message>
        <source>Critical when Dialgen has not answered for this many seconds.</source>
        <translation>Kritisch, wenn Dialgen so viele Sekunden lang nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>&amp;No answer from Dialgen:</source>
        <translation>&amp;Keine Antwort von Dialgen:</translation>
    </message>
    <message>
        <source>Any call that ends with INSUFFICIENT_CREDITS raises a critical alert. Alerts stay on screen until acknowledged (key A on the wallboard).</source>
        <translation>Jeder Anruf, der mit INSUFFICIENT_CREDITS endet, löst einen kritischen Alarm aus. Alarme bleiben auf dem Bildschirm, bis sie bestätigt werden (Taste A auf dem Wallboard).</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>&amp;Listen for webhooks from Dialgen</source>
        <translation>Webhooks von Dialgen &amp;empfangen</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Webhooks empfangen</translation>
    </message>
    <message>
        <source>Finished calls show up the moment Dialgen reports them; polling stays on as the safety net.</source>
        <translation>Abgeschlossene Anrufe erscheinen, sobald Dialgen sie meldet; die Abfrage bleibt als Sicherheitsnetz aktiv.</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adresse, auf der empfangen wird</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this computer only (through a tunnel or reverse proxy). 0.0.0.0 listens on every network.</source>
        <translation>127.0.0.1 nimmt Zustellungen nur von diesem Computer an (über einen Tunnel oder Reverse-Proxy). 0.0.0.0 empfängt in jedem Netzwerk.</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port, auf dem empfangen wird</translation>
    </message>
    <message>
        <source>The TCP port of the receiver.</source>
        <translation>Der TCP-Port des Empfängers.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Where the receiver accepts deliveries. Give Dialgen the public HTTPS address of your reverse proxy or tunnel that forwards here.</source>
        <translation>Wo der Empfänger Zustellungen annimmt. Geben Sie Dialgen die öffentliche HTTPS-Adresse Ihres Reverse-Proxys oder Tunnels, der hierher weiterleitet.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Webhook-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard.</source>
        <translation>Die URL in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>The shared secret configured at Dialgen</source>
        <translation>Das bei Dialgen konfigurierte gemeinsame Geheimnis</translation>
    </message>
    <message>
        <source>New webhook secret</source>
        <translation>Neues Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Deliveries must carry x-dialgen-signature, the HMAC-SHA256 of the body with this secret. Kept in the system keychain, never in the settings file.</source>
        <translation>Zustellungen müssen x-dialgen-signature enthalten, den HMAC-SHA256 des Inhalts mit diesem Geheimnis. Wird im Systemschlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>New secre&amp;t:</source>
        <translation>Neues &amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>Der Empfänger ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Send test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Ein Testereignis senden</translation>
    </message>
    <message>
        <source>Posts a signed sample event to the running receiver and reports what it answered.</source>
        <translation>Sendet ein signiertes Beispielereignis an den laufenden Empfänger und meldet, was er geantwortet hat.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Never expose the receiver to the internet directly: it speaks plain HTTP. Put a reverse proxy or a tunnel with TLS in front of it and keep it on 127.0.0.1. The README explains how.</source>
        <translation>Stellen Sie den Empfänger nie direkt ins Internet: Er spricht einfaches HTTP. Schalten Sie einen Reverse-Proxy oder einen Tunnel mit TLS davor und lassen Sie ihn auf 127.0.0.1. Die README erklärt, wie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this computer only), ::1 or 0.0.0.0.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie 127.0.0.1 (nur dieser Computer), ::1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>Other computers can reach this address. Keep the receiver behind a TLS reverse proxy or firewall, and set a secret.</source>
        <translation>Andere Computer können diese Adresse erreichen. Betreiben Sie den Empfänger hinter einem TLS-Reverse-Proxy oder einer Firewall und legen Sie ein Geheimnis fest.</translation>
    </message>
    <message>
        <source>Set the %1 environment variable before starting CallWatch.</source>
        <translation>Setzen Sie die Umgebungsvariable %1, bevor Sie CallWatch starten.</translation>
    </message>
    <message>
        <source>Taken from the %1 environment variable.</source>
        <translation>Aus der Umgebungsvariablen %1 übernommen.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Deliveries must be signed.</source>
        <translation>Im Systemschlüsselbund gespeichert. Zustellungen müssen signiert sein.</translation>
    </message>
    <message>
        <source>Kept for this run only (no keychain available). Deliveries must be signed.</source>
        <translation>Nur für diesen Lauf behalten (kein Schlüsselbund verfügbar). Zustellungen müssen signiert sein.</translation>
    </message>
    <message>
        <source>None: deliveries are not checked. Set a secret, or use %1.</source>
        <translation>Keins: Zustellungen werden nicht geprüft. Legen Sie ein Geheimnis fest oder verwenden Sie %1.</translation>
    </message>
    <message>
        <source>The new PIN is saved when you press OK.</source>
        <translation>Die neue PIN wird gespeichert, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>Set: Esc on the wallboard asks for the PIN.</source>
        <translation>Festgelegt: Esc auf dem Wallboard fragt nach der PIN.</translation>
    </message>
    <message>
        <source>Removed when you press OK: Esc will leave the wallboard at once.</source>
        <translation>Wird entfernt, wenn Sie OK drücken: Esc verlässt das Wallboard dann sofort.</translation>
    </message>
    <message>
        <source>None: Esc leaves the wallboard at once.</source>
        <translation>Keine: Esc verlässt das Wallboard sofort.</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Zugestellt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter the address of the Dialgen API, for example %1.</source>
        <translation>Geben Sie die Adresse der Dialgen-API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not a complete web address: it must start with https://.</source>
        <translation>Dies ist keine vollständige Webadresse: Sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>HTTPS ist für %1 erforderlich: Einfaches http:// wird nur für diesen Computer akzeptiert (localhost, 127.0.0.1, ::1), damit der API-Schlüssel nie unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>time zone</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallWatch knows. Choose one from the list, or System.</source>
        <translation>„%1“ ist keine Zeitzone, die CallWatch kennt. Wählen Sie eine aus der Liste oder „System“.</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this zone. It is now %1 there.</source>
        <translation>Tage („heute“, Tageszahlen und Diagramme) beginnen um Mitternacht in dieser Zone. Dort ist es jetzt %1.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation>Eine PIN braucht mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <source>CallWatch never stores the key in plain text, so without a keychain it asks for the key each time it starts.</source>
        <translation>CallWatch speichert den Schlüssel nie im Klartext, daher fragt es ohne Schlüsselbund bei jedem Start nach dem Schlüssel.</translation>
    </message>
    <message>
        <source>Set in the %1 environment variable — it overrides the keychain</source>
        <translation>In der Umgebungsvariablen %1 festgelegt — sie hat Vorrang vor dem Schlüsselbund</translation>
    </message>
    <message>
        <source>The variable wins over any key saved here. To save or forget a key in CallWatch, unset %1 and start CallWatch again.</source>
        <translation>Die Variable hat Vorrang vor jedem hier gespeicherten Schlüssel. Um in CallWatch einen Schlüssel zu speichern oder zu vergessen, entfernen Sie %1 und starten Sie CallWatch neu.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>CallWatch reads it from the keychain when it starts. Save a new key to replace it, or forget it to remove it from the keychain.</source>
        <translation>CallWatch liest ihn beim Start aus dem Schlüsselbund. Speichern Sie einen neuen Schlüssel, um ihn zu ersetzen, oder vergessen Sie ihn, um ihn aus dem Schlüsselbund zu entfernen.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Kept for this session only: no keychain is available (%1)</source>
        <translation>Nur für diese Sitzung behalten: kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>It is forgotten when CallWatch quits. Enter it again and save it to keep it in the system keychain.</source>
        <translation>Er wird vergessen, wenn CallWatch beendet wird. Geben Sie ihn erneut ein und speichern Sie ihn, um ihn im Systemschlüsselbund aufzubewahren.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Suche im Systemschlüsselbund…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>CallWatch cannot manage the API key here.</source>
        <translation>CallWatch kann den API-Schlüssel hier nicht verwalten.</translation>
    </message>
    <message>
        <source>Enter the API key from your Dialgen account and save it: it is kept in the system keychain, never in the settings file.</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem Dialgen-Konto ein und speichern Sie ihn: Er wird im Systemschlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). A key entered here is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Ein hier eingegebener Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The %1 environment variable is in charge: it wins over any key saved here.</source>
        <translation>Die Umgebungsvariable %1 ist maßgeblich: Sie hat Vorrang vor jedem hier gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain and use it from now on</source>
        <translation>Den Schlüssel im Systemschlüsselbund aufbewahren und ab sofort verwenden</translation>
    </message>
    <message>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: den Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Stop using the key and remove it from the system keychain</source>
        <translation>Den Schlüssel nicht mehr verwenden und aus dem Systemschlüsselbund entfernen</translation>
    </message>
</context>
<context>
    <name>cw::StatusStyle</name>
    <message>
        <source>Scheduled</source>
        <extracomment>Call status: the call is planned but not dialled yet (table cell, filter button, chart legend: keep short)</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <extracomment>Call status: the call is in progress right now (keep short)</extracomment>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Call status: the call connected and ended normally (keep short)</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Call status: nobody answered (keep short)</extracomment>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Call status: the call could not be placed or broke off with an error (keep short)</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>no answer from Dialgen yet</comment>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>cw::TrendChart</name>
    <message>
        <source>No code</source>
        <comment>failures without an error code</comment>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>Other codes</source>
        <comment>failures with a less frequent error code</comment>
        <translation>Andere Codes</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Diagrammzeitraum</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>Der Zeitraum, den das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Stacked bars per period</source>
        <translation>Gestapelte Balken pro Zeitraum</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>One line per outcome</source>
        <translation>Eine Linie pro Ergebnis</translation>
    </message>
    <message>
        <source>Split failures by error code</source>
        <translation>Fehlschläge nach Fehlercode aufteilen</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n most frequent error codes separately</source>
        <translation>
            <numerusform>Den %n häufigsten Fehlercode separat anzeigen</numerusform>
            <numerusform>Die %n häufigsten Fehlercodes separat anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls scheduled or in progress at the end of each period (right axis)</source>
        <translation>Geplante oder laufende Anrufe am Ende jedes Zeitraums (rechte Achse)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
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
        <translation>In diesem Zeitraum wurden keine Anrufe beendet</translation>
    </message>
    <message>
        <source>Active %1</source>
        <comment>active calls at the end of a period</comment>
        <translation>Aktiv %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Es gibt keine Diagrammdaten zum Exportieren.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>diagramm.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>chart.csv</source>
        <translation>diagramm.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
</context>
<context>
    <name>cw::Wallboard</name>
    <message>
        <source>CallWatch wallboard</source>
        <translation>CallWatch-Wallboard</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>calls in progress now</source>
        <translation>Anrufe, die gerade laufen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>waiting to be dialled</source>
        <translation>warten auf das Wählen</translation>
    </message>
    <message>
        <source>Connect rate today</source>
        <translation>Verbindungsrate heute</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Heute abgeschlossen</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Heute verpasst</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Heute fehlgeschlagen</translation>
    </message>
    <message>
        <source>Top errors today</source>
        <translation>Häufigste Fehler heute</translation>
    </message>
    <message>
        <source>No failed calls today</source>
        <translation>Heute keine fehlgeschlagenen Anrufe</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>No batches tracked</source>
        <translation>Keine Batches verfolgt</translation>
    </message>
    <message>
        <source>Calls ended per quarter hour · last 24 hours</source>
        <translation>Beendete Anrufe pro Viertelstunde · letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Calls ended per hour · last 7 days</source>
        <translation>Beendete Anrufe pro Stunde · letzte 7 Tage</translation>
    </message>
    <message>
        <source>Batches in progress and finished</source>
        <translation>Laufende und abgeschlossene Batches</translation>
    </message>
    <message>
        <source>Enter the wallboard PIN to leave</source>
        <translation>Wallboard-PIN zum Verlassen eingeben</translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation>Enter zum Bestätigen · Esc zum Abbrechen</translation>
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
        <translation>%1 T</translation>
    </message>
    <message>
        <source>no call ended yet today</source>
        <translation>heute noch kein Anruf beendet</translation>
    </message>
    <message>
        <source>%1 of ended calls</source>
        <translation>%1 der beendeten Anrufe</translation>
    </message>
    <message>
        <source>%1 of %2 ended calls connected</source>
        <translation>%1 von %2 beendeten Anrufen verbunden</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>failed without an error code</source>
        <translation>ohne Fehlercode fehlgeschlagen</translation>
    </message>
    <message>
        <source>ingesting</source>
        <translation>wird eingelesen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting for statistics</source>
        <translation>wartet auf Statistik</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 failed · %4</source>
        <translation>%1 von %2 · %3 fehlgeschlagen · %4</translation>
    </message>
    <message>
        <source>Press A to acknowledge</source>
        <translation>A drücken zum Bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiterer)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · nothing active</source>
        <translation>Aktuell · nichts aktiv</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Keine Daten seit %1</translation>
    </message>
    <message>
        <source>No update for %1</source>
        <translation>Keine Aktualisierung seit %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>STALE · %1</source>
        <extracomment>Large marker on the wallboard when its data is old; %1 is a duration such as &quot;5 min&quot;. Capitals are deliberate</extracomment>
        <translation>VERALTET · %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Rotation paused</source>
        <translation>Seitenwechsel angehalten</translation>
    </message>
    <message>
        <source>Held by alert</source>
        <translation>Von Alarm gehalten</translation>
    </message>
    <message>
        <source>← →  Change page     Space  %1     A  Acknowledge alerts     Esc  Exit</source>
        <extracomment>Key hints along the bottom of the wallboard; %1 is &quot;Pause rotation&quot; or &quot;Resume rotation&quot;</extracomment>
        <translation>← →  Seite wechseln     Leertaste  %1     A  Alarme bestätigen     Esc  Beenden</translation>
    </message>
    <message>
        <source>Resume rotation</source>
        <translation>Seitenwechsel fortsetzen</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <translation>Seitenwechsel anhalten</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens: 0 to %2); the wallboard uses the primary screen.</source>
        <translation>Es gibt keinen Bildschirm %1 (Bildschirme: 0 bis %2); das Wallboard verwendet den primären Bildschirm.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the Batches page</source>
        <translation>
            <numerusform>+%n weiterer auf der Seite „Batches“</numerusform>
            <numerusform>+%n weitere auf der Seite „Batches“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
</context>
<context>
    <name>cw::WebhookReceiver</name>
    <message>
        <source>Request headers too large</source>
        <translation>Anfrage-Header zu groß</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Ungültige Content-Length</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding sent</source>
        <translation>Sowohl Content-Length als auch Transfer-Encoding gesendet</translation>
    </message>
    <message>
        <source>Request incomplete, connection timed out</source>
        <translation>Anfrage unvollständig, Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>Too many open connections</source>
        <translation>Zu viele offene Verbindungen</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Empfang auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Could not start the webhook receiver</source>
        <translation>Der Webhook-Empfänger konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets with a port, like [::1]:8787</source>
        <translation>schreiben Sie eine IPv6-Adresse mit Port in eckigen Klammern, etwa [::1]:8787</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, like [::1]:8787</source>
        <translation>schreiben Sie eine IPv6-Adresse in eckigen Klammern, etwa [::1]:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation>„%1“ ist keine Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0</source>
        <translation>„%1“ ist keine IP-Adresse; verwenden Sie 127.0.0.1, ::1 oder 0.0.0.0</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token</source>
        <translation>Bearer-Token fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Signatur fehlt</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type muss application/json sein</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Fehlerhafte Nutzdaten</translation>
    </message>
    <message>
        <source>Event could not be saved, deliver it again</source>
        <translation>Ereignis konnte nicht gespeichert werden, bitte erneut zustellen</translation>
    </message>
</context>
<context>
    <name>cw::sim::DialgenSimulator</name>
    <message>
        <source>Cannot register the route %1</source>
        <translation>Die Route %1 kann nicht registriert werden</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Empfang auf 127.0.0.1 nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot bind the HTTP server</source>
        <translation>Der HTTP-Server kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Empfang auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>cw::sim::WebhookDispatcher</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The webhook URL must be an absolute http(s) URL with a host</source>
        <translation>Die Webhook-URL muss eine absolute http(s)-URL mit Host sein</translation>
    </message>
    <message>
        <source>The webhook URL must use https (or http to this machine)</source>
        <translation>Die Webhook-URL muss https verwenden (oder http zu diesem Rechner)</translation>
    </message>
    <message>
        <source>Plain http webhooks are only sent to this machine (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>Einfache http-Webhooks werden nur an diesen Rechner gesendet (127.0.0.1, ::1, localhost); verwenden Sie https für %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in Dialgen simulator and watch its calls.</source>
        <translation>Den eingebauten Dialgen-Simulator starten und seine Anrufe beobachten.</translation>
    </message>
    <message>
        <source>Dialgen API base URL (default https://sa.dialgen.ai).</source>
        <translation>Basis-URL der Dialgen-API (Standard: https://sa.dialgen.ai).</translation>
    </message>
    <message>
        <source>Track this call id (repeatable).</source>
        <translation>Diese Anruf-ID verfolgen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Track every call of this batch (repeatable).</source>
        <translation>Jeden Anruf dieses Batches verfolgen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>How much faster than real time the demo&apos;s calls run (default 40).</source>
        <translation>Wie viel schneller als in Echtzeit die Demo-Anrufe ablaufen (Standard: 40).</translation>
    </message>
    <message>
        <source>Keep the call history in this folder instead of the default one.</source>
        <translation>Den Anrufverlauf in diesem Ordner statt im Standardordner speichern.</translation>
    </message>
    <message>
        <source>Look this call up. With --json: print it as one JSON object and exit (0 found, 3 not found, 4 key rejected or missing, 5 network or server error, 2 bad usage); no display needed.</source>
        <translation>Diesen Anruf nachschlagen. Mit --json: als ein JSON-Objekt ausgeben und beenden (0 gefunden, 3 nicht gefunden, 4 Schlüssel abgelehnt oder fehlt, 5 Netzwerk- oder Serverfehler, 2 falsche Verwendung); keine Anzeige nötig.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <extracomment>--help text; keep the words system, light and dark in English: they are what the option takes</extracomment>
        <translation>Farbdesign für diesen Lauf: system, light oder dark.</translation>
    </message>
    <message>
        <source>Start on the full-screen wallboard (Esc returns to the window).</source>
        <translation>Im Vollbild-Wallboard starten (Esc kehrt zum Fenster zurück).</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to fill, counted from 0.</source>
        <translation>Mit --wallboard: der zu füllende Bildschirm, gezählt ab 0.</translation>
    </message>
    <message>
        <source>Language for this run, e.g. de, fr, pt_BR (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache für diesen Lauf, z. B. de, fr, pt_BR (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Receive Dialgen webhooks on this address and port for this run, e.g. 127.0.0.1:8787. The secret comes from DIALGEN_WEBHOOK_SECRET or the keychain.</source>
        <translation>Dialgen-Webhooks für diesen Lauf auf dieser Adresse und diesem Port empfangen, z. B. 127.0.0.1:8787. Das Geheimnis stammt aus DIALGEN_WEBHOOK_SECRET oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>With --lookup: print the call as JSON on stdout, no window.</source>
        <translation>Mit --lookup: den Anruf als JSON auf stdout ausgeben, kein Fenster.</translation>
    </message>
    <message>
        <source>CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.
The API key is read from the DIALGEN_API_KEY environment variable.</source>
        <translation>CallWatch überwacht KI-Telefonanrufe von Dialgen: Status, Fehler und Aufnahmen auf einen Blick.
Der API-Schlüssel wird aus der Umgebungsvariablen DIALGEN_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>--json needs --lookup ID</source>
        <translation>--json benötigt --lookup ID</translation>
    </message>
    <message>
        <source>--lookup with --json takes exactly one call id</source>
        <translation>--lookup mit --json nimmt genau eine Anruf-ID</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --json</source>
        <translation>--%1 kann nicht mit --json kombiniert werden</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--lang needs a language tag such as de, fr or pt_BR</source>
        <translation>--lang benötigt ein Sprachkürzel wie de, fr oder pt_BR</translation>
    </message>
    <message>
        <source>invalid call id for --lookup: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ungültige Anruf-ID für --lookup: Sie muss aus 1 bis 200 druckbaren Zeichen bestehen, ohne Leerzeichen, Anführungszeichen oder spitze Klammern</translation>
    </message>
    <message>
        <source>--webhook-listen: %1</source>
        <translation>--webhook-listen: %1</translation>
    </message>
    <message>
        <source>--screen needs a screen number: 0, 1, 2…</source>
        <translation>--screen benötigt eine Bildschirmnummer: 0, 1, 2…</translation>
    </message>
    <message>
        <source>--screen goes with --wallboard</source>
        <translation>--screen gehört zu --wallboard</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0 and 10000</source>
        <translation>--demo-speed benötigt eine Zahl zwischen 0 und 10000</translation>
    </message>
    <message>
        <source>could not start the demo simulator: %1</source>
        <translation>der Demo-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark</source>
        <extracomment>Command-line error; system, light and dark are the option&apos;s values: keep them in English</extracomment>
        <translation>--theme nimmt system, light oder dark</translation>
    </message>
    <message>
        <source>Demo: simulated Dialgen calls from the built-in simulator at %1, running %2× faster than real time.</source>
        <extracomment>Shown above the call table in demo mode; %1 is the simulator&apos;s address, %2 a speed factor</extracomment>
        <translation>Demo: simulierte Dialgen-Anrufe vom eingebauten Simulator unter %1, %2× schneller als in Echtzeit.</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>Webhook-Empfänger nicht gestartet: %1</translation>
    </message>
</context>
</TS>
