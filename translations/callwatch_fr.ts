<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>cw::AlertEngine</name>
    <message>
        <source>back under %1, clearing once it stays there</source>
        <translation>repassé sous %1, levée dès que cela se maintient</translation>
    </message>
    <message>
        <source>critical above %1</source>
        <translation>critique au-delà de %1</translation>
    </message>
    <message>
        <source>warning above %1, critical above %2</source>
        <translation>avertissement au-delà de %1, critique au-delà de %2</translation>
    </message>
    <message>
        <source>warning above %1</source>
        <translation>avertissement au-delà de %1</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <extracomment>Name of an alert rule: share of ended calls that failed (wallboard tile title, keep short)</extracomment>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Insufficient credits</source>
        <extracomment>Name of an alert rule: calls failing because the Dialgen account is out of credits (keep short)</extracomment>
        <translation>Crédits épuisés</translation>
    </message>
    <message>
        <source>Scheduled backlog</source>
        <extracomment>Name of an alert rule: how many calls wait to be dialled (keep short)</extracomment>
        <translation>Appels programmés en attente</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Name of an alert rule: whether CallWatch still gets answers from Dialgen (keep short)</extracomment>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Failure rate alert off</source>
        <translation>Alerte du taux d&apos;échec désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed</source>
        <translation>
            <numerusform>Taux d&apos;échec non évalué : %n appel terminé sur les %1 dernières min, %2 nécessaires</numerusform>
            <numerusform>Taux d&apos;échec non évalué : %n appels terminés sur les %1 dernières min, %2 nécessaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure rate %1 % over the last %2 min (%3)</source>
        <translation>Taux d&apos;échec de %1 % sur les %2 dernières min (%3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Insufficient credits alert off</source>
        <translation>Alerte de crédits épuisés désactivée</translation>
    </message>
    <message>
        <source>No INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>Aucun INSUFFICIENT_CREDITS sur les %1 dernières min</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>
            <numerusform>%n appel en échec avec INSUFFICIENT_CREDITS sur les %1 dernières min</numerusform>
            <numerusform>%n appels en échec avec INSUFFICIENT_CREDITS sur les %1 dernières min</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backlog alert off</source>
        <translation>Alerte des appels programmés en attente désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backlog %n call(s) (%1)</source>
        <translation>
            <numerusform>Appels programmés en attente : %n appel (%1)</numerusform>
            <numerusform>Appels programmés en attente : %n appels (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 appels</translation>
    </message>
    <message>
        <source>Polling alert off</source>
        <translation>Alerte d&apos;interrogation désactivée</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation en pause</translation>
    </message>
    <message>
        <source>Waiting for the first poll (%1 s)</source>
        <translation>En attente de la première interrogation (%1 s)</translation>
    </message>
    <message>
        <source>Polling OK, last answer %1 s ago</source>
        <translation>Interrogation OK, dernière réponse il y a %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No successful poll yet after %1 s (%2)</source>
        <translation>Aucune interrogation réussie après %1 s (%2)</translation>
    </message>
    <message>
        <source>No successful poll for %1 s (%2)</source>
        <translation>Aucune interrogation réussie depuis %1 s (%2)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dialgen rejected the request</source>
        <translation>Dialgen a rejeté la requête</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>La clé d&apos;API a été refusée</translation>
    </message>
    <message>
        <source>Not enough Dialgen credits</source>
        <translation>Crédits Dialgen insuffisants</translation>
    </message>
    <message>
        <source>This API key is not allowed to see that data</source>
        <translation>Cette clé d&apos;API n&apos;est pas autorisée à voir ces données</translation>
    </message>
    <message>
        <source>Dialgen does not know that call or batch</source>
        <translation>Dialgen ne connaît pas cet appel ou ce lot</translation>
    </message>
    <message>
        <source>A call is already in progress for that contact</source>
        <translation>Un appel est déjà en cours pour ce contact</translation>
    </message>
    <message>
        <source>Dialgen asked CallWatch to slow down</source>
        <translation>Dialgen a demandé à CallWatch de ralentir</translation>
    </message>
    <message>
        <source>Dialgen server error</source>
        <translation>Erreur du serveur Dialgen</translation>
    </message>
    <message>
        <source>Unexpected answer from Dialgen</source>
        <translation>Réponse inattendue de Dialgen</translation>
    </message>
    <message>
        <source>Could not reach Dialgen</source>
        <translation>Impossible de joindre Dialgen</translation>
    </message>
    <message>
        <source>Dialgen did not answer in time</source>
        <translation>Dialgen n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Dialgen sent a response CallWatch could not read</source>
        <translation>Dialgen a envoyé une réponse que CallWatch n&apos;a pas pu lire</translation>
    </message>
    <message>
        <source>Refusing to send the API key to an insecure or invalid address</source>
        <translation>Refus d&apos;envoyer la clé d&apos;API à une adresse non sécurisée ou non valide</translation>
    </message>
    <message>
        <source>No Dialgen API key is set up</source>
        <translation>Aucune clé d&apos;API Dialgen n&apos;est configurée</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>cw::ApiKeyProvider</name>
    <message>
        <source>The keychain failed without giving a reason.</source>
        <translation>Le trousseau a échoué sans donner de raison.</translation>
    </message>
</context>
<context>
    <name>cw::CallTableModel</name>
    <message>
        <source>Call ID</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Column header of the call table: the phone number called (keep short)</extracomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Column header of the call table: the person called (keep short)</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column header of the call table: the Dialgen batch (a list of calls placed together) the call belongs to (keep short)</extracomment>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header of the call table: when the call started (keep short)</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Column header of the call table: the error Dialgen reported (keep short)</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the call table: whether a recording of the call exists (keep short)</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Column header of the call table: how long ago the call&apos;s status was last received (keep short)</extracomment>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header of the call table: which Dialgen endpoint the last update came from (keep short)</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>When the current attempt started, in local time</source>
        <translation>Début de la tentative en cours, en heure locale</translation>
    </message>
    <message>
        <source>Length of the call; counts up while the call is ongoing</source>
        <translation>Durée de l&apos;appel ; augmente tant que l&apos;appel est en cours</translation>
    </message>
    <message>
        <source>How long ago CallWatch last heard about this call</source>
        <translation>Depuis combien de temps CallWatch n&apos;a plus eu de nouvelles de cet appel</translation>
    </message>
    <message>
        <source>Where the last update came from: live status, batch status, persistent status, webhook</source>
        <translation>Origine de la dernière mise à jour : statut en direct, statut du lot, statut persistant, webhook</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago the last update came (table cell and status bar: keep short)</extracomment>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>%1 is a number of seconds; &quot;s&quot; is the abbreviation of seconds (table cell: keep short)</extracomment>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>%1 is a number of minutes (table cell: keep short)</extracomment>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>%1 is a number of hours; &quot;h&quot; is the abbreviation of hours (table cell: keep short)</extracomment>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <extracomment>%1 is a number of days; &quot;d&quot; is the abbreviation of days (table cell: keep short)</extracomment>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Status cell: Dialgen does not know this call id (keep short)</extracomment>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 — possibly stuck</source>
        <extracomment>Status cell; %1 is a call status such as &quot;Ongoing&quot;</extracomment>
        <translation>%1 — peut-être bloqué</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <extracomment>Last-update cell; %1 is an age such as &quot;5 min ago&quot;; stale = not refreshed for too long</extracomment>
        <translation>%1 · obsolète</translation>
    </message>
    <message>
        <source>CallWatch has not been able to update this call for a while; what you see may be out of date. Polling keeps trying.</source>
        <translation>CallWatch n&apos;a pas pu mettre à jour cet appel depuis un moment ; ce que vous voyez n&apos;est peut-être plus à jour. L&apos;interrogation continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>This call has been ongoing for longer than %1 minutes. CallWatch re-checks it with Dialgen&apos;s persistent status.</source>
        <translation>Cet appel est en cours depuis plus de %1 minutes. CallWatch le revérifie avec le statut persistant de Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen does not know this call id (live and persistent status both answered 404). Use Refresh to ask again.</source>
        <translation>Dialgen ne connaît pas cet ID d&apos;appel (le statut en direct et le statut persistant ont tous deux répondu 404). Utilisez Actualiser pour redemander.</translation>
    </message>
    <message>
        <source>Dialgen reported a status CallWatch does not know: %1</source>
        <translation>Dialgen a signalé un statut que CallWatch ne connaît pas : %1</translation>
    </message>
    <message>
        <source>Recording available</source>
        <translation>Enregistrement disponible</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Aucun enregistrement</translation>
    </message>
</context>
<context>
    <name>cw::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; without its closing &quot;).</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est jamais fermé (un &quot; sans son &quot; de fermeture).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 fields; CallWatch reads smaller CSV files.</source>
        <translation>Ligne %1 : le fichier a plus de %2 champs ; CallWatch lit des fichiers CSV plus petits.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>Le fichier commence comme du texte UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide.</translation>
    </message>
    <message>
        <source>The file is %1 MB; CallWatch reads CSV files up to %2 MB.</source>
        <translation>Le fichier fait %1 Mo ; CallWatch lit les fichiers CSV jusqu&apos;à %2 Mo.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL bytes).</source>
        <translation>Ce n&apos;est pas un fichier texte CSV : il contient des données binaires (octets NUL).</translation>
    </message>
</context>
<context>
    <name>cw::DetailPane</name>
    <message>
        <source>Live status</source>
        <comment>where the last update came from</comment>
        <translation>Statut en direct</translation>
    </message>
    <message>
        <source>Persistent status lookup</source>
        <comment>where the last update came from</comment>
        <translation>Consultation du statut persistant</translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>where the last update came from</comment>
        <translation>Statut du lot</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>where the last update came from</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Metrics lookup</source>
        <comment>where the last update came from</comment>
        <translation>Consultation des métriques</translation>
    </message>
    <message>
        <source>Poll</source>
        <comment>a status change seen by polling</comment>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Webhook</source>
        <comment>a status change pushed by Dialgen</comment>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Lookup</source>
        <comment>a status change seen in a persistent / metrics lookup</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Call direction: CallWatch/Dialgen called the contact</extracomment>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Call direction: the contact called in</extracomment>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>the AI agent speaking in a transcript</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>the person called, speaking in a transcript</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Interlocuteur inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no value among the call metrics</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Positive</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <extracomment>Sentiment of the conversation, as rated by the AI</extracomment>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
    <message>
        <source>Select a call to see its details</source>
        <translation>Sélectionnez un appel pour voir ses détails</translation>
    </message>
    <message>
        <source>Its status, recording, transcript and status history appear here.</source>
        <translation>Son statut, son enregistrement, sa transcription et son historique de statuts s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>The call id: select it, or copy it with Copy id</source>
        <translation>L&apos;ID de l&apos;appel : sélectionnez-le ou copiez-le avec Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Actions sur l&apos;appel</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <extracomment>Button in the call details (keep short)</extracomment>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Ask Dialgen about this call now</source>
        <translation>Interroger Dialgen sur cet appel maintenant</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button: copy the call id to the clipboard (keep short)</extracomment>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy the call id to the clipboard</source>
        <translation>Copier l&apos;ID de l&apos;appel dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy everything known about this call as JSON</source>
        <translation>Copier en JSON tout ce que l&apos;on sait de cet appel</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Stop following this call and remove it from the table</source>
        <translation>Arrêter de suivre cet appel et le retirer du tableau</translation>
    </message>
    <message>
        <source>Track this call</source>
        <translation>Suivre cet appel</translation>
    </message>
    <message>
        <source>Add this call to the table and follow its status</source>
        <translation>Ajouter cet appel au tableau et suivre son statut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Field label in the call details: the phone number called</extracomment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Field label: the person called</extracomment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Field label: the Dialgen batch (a list of calls placed together) the call belongs to</extracomment>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Field label: the AI agent (voice assistant) that made the call</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <extracomment>Field label: outbound or inbound</extracomment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Field label: when the call started</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Field label: when the call ended</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Field label: when CallWatch last received this call&apos;s status</extracomment>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the last update came from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Écouter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Open the recording (MP3) in the default player</source>
        <translation>Ouvrir l&apos;enregistrement (MP3) dans le lecteur par défaut</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy recording link</source>
        <translation>Copier le lien de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Copy the recording&apos;s link to the clipboard</source>
        <translation>Copier le lien de l&apos;enregistrement dans le presse-papiers</translation>
    </message>
    <message>
        <source>This link does not use HTTPS, so CallWatch does not open it. Dialgen&apos;s recordings are always HTTPS: copy it only if you trust where it came from.</source>
        <translation>Ce lien n&apos;utilise pas HTTPS, CallWatch ne l&apos;ouvre donc pas. Les enregistrements de Dialgen sont toujours en HTTPS : ne le copiez que si vous faites confiance à sa provenance.</translation>
    </message>
    <message>
        <source>Dialgen deletes recordings after %1 days; this link may no longer work.</source>
        <translation>Dialgen supprime les enregistrements au bout de %1 jours ; ce lien ne fonctionne peut-être plus.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Metrics</source>
        <extracomment>Section title: figures the AI extracted from the call (intent, sentiment, confidence...)</extracomment>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation>Aucun changement de statut enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>No transcript received for this call yet.</source>
        <translation>Aucune transcription reçue pour cet appel pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls.</source>
        <translation>Pas de transcription : Dialgen en fournit une pour les appels terminés.</translation>
    </message>
    <message>
        <source>No transcript, summary or metrics received for this call yet.</source>
        <translation>Aucune transcription, aucun résumé ni aucune métrique reçus pour cet appel pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls, with a summary and metrics.</source>
        <translation>Pas de transcription : Dialgen en fournit une pour les appels terminés, avec un résumé et des métriques.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Dialgen sent a status CallWatch does not know; it is shown exactly as sent.</source>
        <translation>Dialgen a envoyé un statut que CallWatch ne connaît pas ; il est affiché tel quel.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact name (contact id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Dialgen sent: “%1”</source>
        <translation>Dialgen a envoyé : « %1 »</translation>
    </message>
    <message>
        <source>Dialgen has not sent a recording link for this call.</source>
        <translation>Dialgen n&apos;a envoyé aucun lien d&apos;enregistrement pour cet appel.</translation>
    </message>
    <message>
        <source>No recording yet: Dialgen provides one when the call is completed.</source>
        <translation>Pas encore d&apos;enregistrement : Dialgen en fournit un lorsque l&apos;appel est terminé.</translation>
    </message>
    <message>
        <source>No recording: Dialgen records completed calls.</source>
        <translation>Pas d&apos;enregistrement : Dialgen enregistre les appels terminés.</translation>
    </message>
    <message>
        <source>Recording link: %1</source>
        <translation>Lien de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>No summary received for this call yet.</source>
        <translation>Aucun résumé reçu pour cet appel pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No summary: Dialgen provides one for completed calls.</source>
        <translation>Pas de résumé : Dialgen en fournit un pour les appels terminés.</translation>
    </message>
    <message>
        <source>No metrics received for this call yet.</source>
        <translation>Aucune métrique reçue pour cet appel pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No metrics: Dialgen provides them for completed calls.</source>
        <translation>Pas de métriques : Dialgen les fournit pour les appels terminés.</translation>
    </message>
    <message>
        <source>Intent</source>
        <extracomment>Call metric: what the person called wanted, as understood by the AI</extracomment>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Transcript · 1 line</source>
        <translation>Transcription · 1 ligne</translation>
    </message>
    <message>
        <source>Transcript · %1 lines</source>
        <translation>Transcription · %1 lignes</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 a dit : %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>Heading in the status history; %1 is the attempt number (1, 2, 3...) of a redialled call</extracomment>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Status history line; %1 is a call status, %2 a time of day</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC : %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <extracomment>Duration of a call still in progress; %1 is a duration such as 2:05</extracomment>
        <translation>%1 jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Dialgen keeps recordings for %1 days: this link should work until about %2.</source>
        <translation>Dialgen conserve les enregistrements %1 jours : ce lien devrait fonctionner jusqu&apos;au %2 environ.</translation>
    </message>
    <message>
        <source>Copied call id</source>
        <translation>ID d&apos;appel copié</translation>
    </message>
    <message>
        <source>Copied JSON</source>
        <translation>JSON copié</translation>
    </message>
    <message>
        <source>Copied recording link</source>
        <translation>Lien de l&apos;enregistrement copié</translation>
    </message>
    <message>
        <source>Could not open the recording</source>
        <translation>Impossible d&apos;ouvrir l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>cw::DialgenClient</name>
    <message>
        <source>The Dialgen base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL de base Dialgen « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;URL de base Dialgen doit commencer par https:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: HTTPS is required for every host other than this computer, so the API key is never sent unencrypted.</source>
        <extracomment>%1 is a host name such as api.example.com</extracomment>
        <translation>http:// non chiffré vers %1 refusé : HTTPS est exigé pour tout hôte autre que cet ordinateur, afin que la clé d&apos;API ne soit jamais envoyée en clair.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base Dialgen ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Dialgen redirected the request to another address (%1); CallWatch does not follow it, so the API key stays with %2.</source>
        <extracomment>%1 and %2 are host names</extracomment>
        <translation>Dialgen a redirigé la requête vers une autre adresse (%1) ; CallWatch ne la suit pas, la clé d&apos;API reste donc chez %2.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; CallWatch stopped reading it.</source>
        <translation>La réponse dépasse %1 Mo ; CallWatch a cessé de la lire.</translation>
    </message>
    <message>
        <source>expected JSON but got %1; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html</extracomment>
        <translation>JSON attendu mais %1 reçu ; autre chose que Dialgen, comme un proxy ou une page de connexion au réseau, répond peut-être</translation>
    </message>
    <message>
        <source>expected JSON but got %1 &quot;%2&quot;; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html, %2 the title or text of what was received</extracomment>
        <translation>JSON attendu mais %1 « %2 » reçu ; autre chose que Dialgen, comme un proxy ou une page de connexion au réseau, répond peut-être</translation>
    </message>
</context>
<context>
    <name>cw::ErrorCodes</name>
    <message>
        <source>Dialgen reported an error CallWatch does not recognise. The text above is exactly what Dialgen sent.</source>
        <translation>Dialgen a signalé une erreur que CallWatch ne reconnaît pas. Le texte ci-dessus est exactement celui envoyé par Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen may or may not retry this call, depending on the error.</source>
        <translation>Dialgen peut ou non réessayer cet appel, selon l&apos;erreur.</translation>
    </message>
    <message>
        <source>Dialgen does not retry this call.</source>
        <translation>Dialgen ne réessaie pas cet appel.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s busy delay (5 minutes by default), up to its maximum number of attempts.</source>
        <translation>Dans un lot, Dialgen rappelle après le délai « occupé » du lot (5 minutes par défaut), jusqu&apos;à son nombre maximal de tentatives.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s no-answer delay (1 hour by default), up to its maximum number of attempts.</source>
        <translation>Dans un lot, Dialgen rappelle après le délai « pas de réponse » du lot (1 heure par défaut), jusqu&apos;à son nombre maximal de tentatives.</translation>
    </message>
    <message>
        <source>Dialgen may retry, depending on the kind of network problem.</source>
        <translation>Dialgen peut réessayer, selon le type de problème réseau.</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Numéro non valide</translation>
    </message>
    <message>
        <source>The phone number is not valid, so the call could not be placed. Check the contact&apos;s number.</source>
        <translation>Le numéro de téléphone n&apos;est pas valide, l&apos;appel n&apos;a donc pas pu être passé. Vérifiez le numéro du contact.</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Ligne occupée</translation>
    </message>
    <message>
        <source>The line was busy when Dialgen dialled.</source>
        <translation>La ligne était occupée lorsque Dialgen a composé le numéro.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered.</source>
        <translation>Le téléphone a sonné mais personne n&apos;a répondu.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème réseau</translation>
    </message>
    <message>
        <source>A connectivity problem interrupted the call or stopped it from being placed.</source>
        <translation>Un problème de connectivité a interrompu l&apos;appel ou l&apos;a empêché d&apos;être passé.</translation>
    </message>
    <message>
        <source>Out of credits</source>
        <translation>Crédits épuisés</translation>
    </message>
    <message>
        <source>The account did not have enough Dialgen credits to place the call. Top up the account; calls will not go out until then.</source>
        <translation>Le compte n&apos;avait pas assez de crédits Dialgen pour passer l&apos;appel. Rechargez le compte ; aucun appel ne partira d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>cw::HistoryStore</name>
    <message>
        <source>the database is locked by another program (is another CallWatch running?)</source>
        <translation>la base de données est verrouillée par un autre programme (une autre instance de CallWatch est-elle en cours d&apos;exécution ?)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>le fichier d&apos;historique est en lecture seule</translation>
    </message>
    <message>
        <source>a disk error occurred (%1)</source>
        <translation>une erreur de disque s&apos;est produite (%1)</translation>
    </message>
    <message>
        <source>the history file is damaged; restart CallWatch to set it aside</source>
        <translation>le fichier d&apos;historique est endommagé ; redémarrez CallWatch pour le mettre de côté</translation>
    </message>
    <message>
        <source>the history file cannot be opened (%1)</source>
        <translation>impossible d&apos;ouvrir le fichier d&apos;historique (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>History is not being saved: %1</source>
        <translation>L&apos;historique n&apos;est pas enregistré : %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1 est endommagé (%2) et n&apos;a pas pu être mis de côté</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new one was started.</source>
        <translation>Le fichier d&apos;historique était endommagé (%1). Il a été déplacé vers %2 et un nouveau fichier a été créé.</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>le fichier n&apos;est pas une base de données</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>impossible d&apos;ouvrir %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer CallWatch (history version %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 a été créé par une version plus récente de CallWatch (version d&apos;historique %2 ; celle-ci connaît jusqu&apos;à la %3). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a CallWatch history file. It was left untouched.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;historique CallWatch. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>contrôle d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>the history store is not open</source>
        <translation>le stockage de l&apos;historique n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>invalid history batch, nothing written: %1</source>
        <translation>lot d&apos;historique non valide, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>History could not be saved: %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique : %1.</translation>
    </message>
    <message>
        <source>1 batch of changes is kept in memory and will be retried.</source>
        <translation>1 lot de modifications est conservé en mémoire et sera réessayé.</translation>
    </message>
    <message>
        <source>%1 batches of changes are kept in memory and will be retried.</source>
        <translation>%1 lots de modifications sont conservés en mémoire et seront réessayés.</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped because too many were waiting.</source>
        <translation>%1 lot(s) de modifications plus ancien(s) ont été abandonnés car trop de lots étaient en attente.</translation>
    </message>
    <message>
        <source>%1 batch(es) of changes were rejected by the database and dropped: %2</source>
        <translation>%1 lot(s) de modifications ont été rejetés par la base de données et abandonnés : %2</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped while the database could not be written</source>
        <translation>%1 lot(s) de modifications plus ancien(s) ont été abandonnés pendant que la base de données était inaccessible en écriture</translation>
    </message>
    <message>
        <source>invalid time range</source>
        <translation>plage horaire non valide</translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain service is available: there is no D-Bus session bus (a headless or remote session?).</source>
        <translation>Aucun service de trousseau n&apos;est disponible : il n&apos;y a pas de bus de session D-Bus (session sans affichage ou distante ?).</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>Aucun service de trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>Is a Secret Service (GNOME Keyring, KWallet) running, and libsecret installed?</source>
        <translation>Un Secret Service (GNOME Keyring, KWallet) est-il en cours d&apos;exécution, et libsecret est-il installé ?</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Cette plateforme n&apos;a aucun trousseau pris en charge.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
</context>
<context>
    <name>cw::Lookup</name>
    <message>
        <source>invalid call id: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID d&apos;appel non valide : il doit comporter de 1 à 200 caractères imprimables, sans espaces, guillemets ni chevrons</translation>
    </message>
    <message>
        <source>call %1 not found: %2</source>
        <translation>appel %1 introuvable : %2</translation>
    </message>
    <message>
        <source>%1: set the DIALGEN_API_KEY environment variable</source>
        <translation>%1 : définissez la variable d&apos;environnement DIALGEN_API_KEY</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>Tracked calls</source>
        <translation>Appels suivis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No calls tracked yet&lt;/h2&gt;&lt;p&gt;Set your Dialgen API key in &lt;b&gt;Settings…&lt;/b&gt; (Ctrl+,) — or in the &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; environment variable —&lt;br&gt;then add call ids with &lt;b&gt;Add calls…&lt;/b&gt; (Ctrl+N), import them from a CSV file (Ctrl+O),&lt;br&gt;or follow a whole batch with &lt;b&gt;Track batch…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Look up…&lt;/b&gt; (Ctrl+L) shows one call without tracking it.&lt;/p&gt;&lt;p&gt;Just looking? Start CallWatch with &lt;b&gt;--demo&lt;/b&gt; to watch simulated calls.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun appel suivi pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Configurez votre clé d&apos;API Dialgen dans &lt;b&gt;Paramètres…&lt;/b&gt; (Ctrl+,) — ou dans la variable d&apos;environnement &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; —&lt;br&gt;puis ajoutez des ID d&apos;appel avec &lt;b&gt;Ajouter des appels…&lt;/b&gt; (Ctrl+N), importez-les depuis un fichier CSV (Ctrl+O),&lt;br&gt;ou suivez un lot entier avec &lt;b&gt;Suivre un lot…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Consulter…&lt;/b&gt; (Ctrl+L) affiche un appel sans le suivre.&lt;/p&gt;&lt;p&gt;Vous voulez juste jeter un œil ? Lancez CallWatch avec &lt;b&gt;--demo&lt;/b&gt; pour observer des appels simulés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show or hide calls not yet checked, not found, or with a status CallWatch does not know</source>
        <translation>Afficher ou masquer les appels pas encore vérifiés, introuvables ou ayant un statut que CallWatch ne connaît pas</translation>
    </message>
    <message>
        <source>Show or hide %1 calls</source>
        <translation>Afficher ou masquer les appels %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Show the calls of one tracked batch only</source>
        <translation>Afficher uniquement les appels d&apos;un lot suivi</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Filter by call id, phone, contact or batch  (Ctrl+F)</source>
        <translation>Filtrer par ID d&apos;appel, téléphone, contact ou lot  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filtrer les appels</translation>
    </message>
    <message>
        <source>Not a call id</source>
        <translation>Pas un ID d&apos;appel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id.</source>
        <translation>« %1 » n&apos;est pas un ID d&apos;appel valide.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Consultation de %1…</translation>
    </message>
    <message>
        <source>Dialgen does not know the call %1 (neither live nor persistent status).</source>
        <translation>Dialgen ne connaît pas l&apos;appel %1 (ni en statut en direct ni en statut persistant).</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Échec de la consultation</translation>
    </message>
    <message>
        <source>Look up a call</source>
        <translation>Consulter un appel</translation>
    </message>
    <message>
        <source>Call id (the call is shown, not tracked):</source>
        <translation>ID d&apos;appel (l&apos;appel est affiché, pas suivi) :</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Filter button for calls whose status CallWatch does not know (keep short)</extracomment>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1 : %n appel</numerusform>
            <numerusform>%1 : %n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add calls…</source>
        <translation>Ajouter des appels…</translation>
    </message>
    <message>
        <source>Track one or more call ids (Ctrl+N)</source>
        <translation>Suivre un ou plusieurs ID d&apos;appel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Track batch…</source>
        <translation>Suivre un lot…</translation>
    </message>
    <message>
        <source>Follow every call of a batch (Ctrl+B)</source>
        <translation>Suivre tous les appels d&apos;un lot (Ctrl+B)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Track the call ids of a CSV file (Ctrl+O)</source>
        <translation>Suivre les ID d&apos;appel d&apos;un fichier CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the calls shown in the table as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer les appels affichés dans le tableau dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV</source>
        <extracomment>Toolbar menu button holding Import CSV / Export CSV (keep short)</extracomment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import call ids from CSV, or export the table</source>
        <translation>Importer des ID d&apos;appel depuis un CSV, ou exporter le tableau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask Dialgen now about the selected calls, or every call when none is selected (F5)</source>
        <translation>Interroger Dialgen maintenant sur les appels sélectionnés, ou sur tous les appels si aucun n&apos;est sélectionné (F5)</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
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
        <translation>Suspendre ou reprendre l&apos;interrogation (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look up…</source>
        <translation>Consulter…</translation>
    </message>
    <message>
        <source>Look up one call id without tracking it (Ctrl+L)</source>
        <translation>Consulter un ID d&apos;appel sans le suivre (Ctrl+L)</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Toolbar button opening the charts of ended calls over time (keep short)</extracomment>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Show or hide completed, missed and failed calls over time (Ctrl+T)</source>
        <translation>Afficher ou masquer les appels terminés, manqués et échoués au fil du temps (Ctrl+T)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <extracomment>Toolbar button: the full-screen view for a wall display (keep short)</extracomment>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <source>Full-screen wallboard for a wall screen (F11; Esc returns)</source>
        <translation>Tableau mural en plein écran pour un écran mural (F11 ; Esc pour revenir)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Base URL, API key, polling, time zone, theme and language</source>
        <translation>URL de base, clé d&apos;API, interrogation, fuseau horaire, thème et langue</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Keyboard action (Ctrl+F): move to the filter field</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>the receiver is not running. Turn it on and press OK first.</source>
        <translation>le récepteur n&apos;est pas en marche. Activez-le et appuyez d&apos;abord sur OK.</translation>
    </message>
    <message>
        <source>the receiver answered %1 and accepted the event.</source>
        <translation>le récepteur a répondu %1 et a accepté l&apos;événement.</translation>
    </message>
    <message>
        <source>the receiver answered %1.</source>
        <translation>le récepteur a répondu %1.</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks : inactifs</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n événement reçu</numerusform>
            <numerusform>%n événements reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks : %1</translation>
    </message>
    <message>
        <source>Webhooks: %1, %2 refused (last: %3)</source>
        <extracomment>Status bar; %1 is &quot;N events received&quot;, %2 a count of refused deliveries, %3 why the last was refused</extracomment>
        <translation>Webhooks : %1, %2 refusés (dernier : %3)</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>Le récepteur est désactivé.</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>Le récepteur n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Listening on %1. %2 accepted (%3 repeated deliveries), %4 refused.</source>
        <extracomment>Tooltip; %1 is the receiver&apos;s address, %2 to %4 are counts of webhook deliveries</extracomment>
        <translation>En écoute sur %1. %2 acceptés (%3 livraisons répétées), %4 refusés.</translation>
    </message>
    <message>
        <source>Last refusal: %1 (HTTP %2) at %3.</source>
        <translation>Dernier refus : %1 (HTTP %2) à %3.</translation>
    </message>
    <message>
        <source>No secret is set: deliveries are not authenticated.</source>
        <translation>Aucun secret n&apos;est défini : les livraisons ne sont pas authentifiées.</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Clé d&apos;API Dialgen</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. CallWatch keeps it in the system keychain.</source>
        <translation>Saisissez votre clé d&apos;API Dialgen. CallWatch la conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. No system keychain is available (%1), so CallWatch keeps the key for this session only and asks again next time.</source>
        <translation>Saisissez votre clé d&apos;API Dialgen. Aucun trousseau système n&apos;est disponible (%1) : CallWatch conserve donc la clé pour cette session uniquement et la redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Add calls</source>
        <translation>Ajouter des appels</translation>
    </message>
    <message>
        <source>Paste call ids, one per line or separated by commas or spaces:</source>
        <translation>Collez les ID d&apos;appel, un par ligne ou séparés par des virgules ou des espaces :</translation>
    </message>
    <message>
        <source>Some ids were not added</source>
        <translation>Certains ID n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <source>These entries are not valid call ids and were not added:

%1</source>
        <translation>Ces entrées ne sont pas des ID d&apos;appel valides et n&apos;ont pas été ajoutées :

%1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 est trop volumineux pour être importé (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>Could not read %1, line %2: %3</source>
        <translation>Impossible de lire %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) tracked</source>
        <translation>
            <numerusform>%n nouvel appel suivi</numerusform>
            <numerusform>%n nouveaux appels suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already tracked</source>
        <translation>
            <numerusform>, %n déjà suivi</numerusform>
            <numerusform>, %n déjà suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n entry(ies) that could not be call ids:</source>
        <translation>
            <numerusform>. %n entrée ignorée, qui ne pouvait pas être un ID d&apos;appel :</numerusform>
            <numerusform>. %n entrées ignorées, qui ne pouvaient pas être des ID d&apos;appel :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import call ids</source>
        <translation>Importer des ID d&apos;appel</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Export calls</source>
        <extracomment>The suggested file name of the export is the second text: translate &quot;calls&quot;, keep &quot;.csv&quot;</extracomment>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>calls.csv</source>
        <translation>appels.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n appel exporté vers %1</numerusform>
            <numerusform>%n appels exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Track batch</source>
        <translation>Suivre un lot</translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation>ID de lot :</translation>
    </message>
    <message>
        <source>Not a batch id</source>
        <translation>Pas un ID de lot</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id.</source>
        <translation>« %1 » n&apos;est pas un ID de lot valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 appel affiché sur %n</numerusform>
            <numerusform>%1 appels affichés sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <extracomment>Status bar: CallWatch stopped asking Dialgen for updates</extracomment>
        <translation>Interrogation arrêtée</translation>
    </message>
    <message>
        <source>  Set a valid API key (DIALGEN_API_KEY) and press Refresh.</source>
        <translation>  Définissez une clé d&apos;API valide (DIALGEN_API_KEY) et appuyez sur Actualiser.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Interrogation en pause</translation>
    </message>
    <message>
        <source>Dialgen asked us to wait · resuming in %1 s</source>
        <translation>Dialgen nous a demandé d&apos;attendre · reprise dans %1 s</translation>
    </message>
    <message>
        <source>Polling trouble: %1</source>
        <translation>Problème d&apos;interrogation : %1</translation>
    </message>
    <message>
        <source>Dialgen reports that the account is out of credits (HTTP 402): new calls cannot be placed until it is topped up. Calls already tracked are still watched.</source>
        <translation>Dialgen signale que le compte n&apos;a plus de crédits (HTTP 402) : aucun nouvel appel ne peut être passé tant qu&apos;il n&apos;est pas rechargé. Les appels déjà suivis restent surveillés.</translation>
    </message>
    <message>
        <source>Polling OK · last answer %1 · %2 in flight</source>
        <extracomment>Status bar; %1 is an age such as &quot;5 s ago&quot;, %2 the number of requests waiting for an answer</extracomment>
        <translation>Interrogation OK · dernière réponse %1 · %2 en cours</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source> · %n stale</source>
        <extracomment>Appended to the status bar text: %n calls were not refreshed for too long</extracomment>
        <translation>
            <numerusform> · %n obsolète</numerusform>
            <numerusform> · %n obsolètes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests answered, %2 failed</source>
        <translation>%1 requêtes répondues, %2 en échec</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <extracomment>Status bar, at start-up: the tracked calls are being read back from the local history</extracomment>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>mémoire (cette exécution uniquement)</translation>
    </message>
</context>
<context>
    <name>cw::Settings</name>
    <message>
        <source>No value given; the default is used.</source>
        <translation>Aucune valeur indiquée ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; the default %2 is used.</source>
        <translation>« %1 » n&apos;est pas un nombre entier ; la valeur par défaut %2 est utilisée.</translation>
    </message>
    <message>
        <source>%1 is below the minimum; %2 is used.</source>
        <translation>%1 est inférieur au minimum ; %2 est utilisé.</translation>
    </message>
    <message>
        <source>%1 is above the maximum; %2 is used.</source>
        <translation>%1 est supérieur au maximum ; %2 est utilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the default %2 is used.</source>
        <translation>« %1 » n&apos;est pas un nombre ; la valeur par défaut %2 est utilisée.</translation>
    </message>
    <message>
        <source>Not a text; the default is used.</source>
        <translation>Pas un texte ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the default is used.</source>
        <translation>Le texte dépasse %1 caractères ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2; the default &quot;%3&quot; is used.</source>
        <translation>« %1 » ne fait pas partie de %2 ; la valeur par défaut « %3 » est utilisée.</translation>
    </message>
    <message>
        <source>Not a URL; the default %1 is used.</source>
        <translation>Pas une URL ; la valeur par défaut %1 est utilisée.</translation>
    </message>
    <message>
        <source>%1 The default %2 is used.</source>
        <translation>%1 La valeur par défaut %2 est utilisée.</translation>
    </message>
    <message>
        <source>Not a time zone name; the system&apos;s time zone is used.</source>
        <translation>Pas un nom de fuseau horaire ; le fuseau horaire du système est utilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; the system&apos;s time zone is used.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu ; le fuseau horaire du système est utilisé.</translation>
    </message>
    <message>
        <source>Not a language code; the system&apos;s language is used.</source>
        <translation>Pas un code de langue ; la langue du système est utilisée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language code; the system&apos;s language is used.</source>
        <translation>« %1 » n&apos;est pas un code de langue connu ; la langue du système est utilisée.</translation>
    </message>
    <message>
        <source>Not binary data; the default is used.</source>
        <translation>Pas des données binaires ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the default is used.</source>
        <translation>Plus de %1 octets ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Unknown setting type; the default is used.</source>
        <translation>Type de paramètre inconnu ; la valeur par défaut est utilisée.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>CallWatch Settings</source>
        <translation>Paramètres de CallWatch</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>&amp;Interrogation</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Tableau mural</translation>
    </message>
    <message>
        <source>Web&amp;hooks</source>
        <translation>Web&amp;hooks</translation>
    </message>
    <message>
        <source>The Dialgen server and the API key</source>
        <translation>Le serveur Dialgen et la clé d&apos;API</translation>
    </message>
    <message>
        <source>How often and how politely CallWatch asks Dialgen</source>
        <translation>À quelle fréquence et avec quelle courtoisie CallWatch interroge Dialgen</translation>
    </message>
    <message>
        <source>Time zone, theme and language</source>
        <translation>Fuseau horaire, thème et langue</translation>
    </message>
    <message>
        <source>Page rotation, the exit PIN and alert thresholds</source>
        <translation>Rotation des pages, PIN de sortie et seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Let Dialgen push finished calls to CallWatch instead of waiting for a poll</source>
        <translation>Laisser Dialgen envoyer les appels terminés à CallWatch au lieu d&apos;attendre une interrogation</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check and save every setting, then close</source>
        <translation>Vérifier et enregistrer tous les paramètres, puis fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put the default values into every field (the API key is not touched). Nothing is saved until you press OK.</source>
        <translation>Remplir chaque champ avec sa valeur par défaut (la clé d&apos;API n&apos;est pas modifiée). Rien n&apos;est enregistré avant d&apos;appuyer sur OK.</translation>
    </message>
    <message>
        <source>Dialgen server</source>
        <translation>Serveur Dialgen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The address of the Dialgen API. It must start with https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>L&apos;adresse de l&apos;API Dialgen. Elle doit commencer par https:// ; http:// non chiffré n&apos;est accepté que pour cet ordinateur (localhost, 127.0.0.1, ::1), afin que la clé d&apos;API ne soit jamais envoyée en clair.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Clé d&apos;API Dialgen</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>État de la clé d&apos;API</translation>
    </message>
    <message>
        <source>Whether an API key is set and where it comes from. The key itself is never shown.</source>
        <translation>Indique si une clé d&apos;API est définie et d&apos;où elle provient. La clé elle-même n&apos;est jamais affichée.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>About the API key</source>
        <translation>À propos de la clé d&apos;API</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Collez une nouvelle clé ici</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>Paste the API key from your Dialgen account, then press Save key (or OK). It stays hidden, and the field is cleared once the key is saved.</source>
        <translation>Collez la clé d&apos;API de votre compte Dialgen, puis appuyez sur Enregistrer la clé (ou sur OK). Elle reste masquée, et le champ est vidé une fois la clé enregistrée.</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nouvelle clé :</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Oublier la clé</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix of a spin box: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often CallWatch asks Dialgen</source>
        <translation>À quelle fréquence CallWatch interroge Dialgen</translation>
    </message>
    <message>
        <source>Ongoing calls: seconds between checks</source>
        <translation>Appels en cours : secondes entre les vérifications</translation>
    </message>
    <message>
        <source>How often a call in progress (ONGOING) is checked, in seconds.</source>
        <translation>Fréquence de vérification d&apos;un appel en cours (ONGOING), en secondes.</translation>
    </message>
    <message>
        <source>&amp;Ongoing calls, every:</source>
        <translation>Appels en c&amp;ours, toutes les :</translation>
    </message>
    <message>
        <source>Scheduled calls: seconds between checks</source>
        <translation>Appels programmés : secondes entre les vérifications</translation>
    </message>
    <message>
        <source>How often a call waiting to be dialled (SCHEDULED) is checked, in seconds.</source>
        <translation>Fréquence de vérification d&apos;un appel en attente de numérotation (SCHEDULED), en secondes.</translation>
    </message>
    <message>
        <source>&amp;Scheduled calls, every:</source>
        <translation>Appels &amp;programmés, toutes les :</translation>
    </message>
    <message>
        <source>Batches: seconds between checks</source>
        <translation>Lots : secondes entre les vérifications</translation>
    </message>
    <message>
        <source>How often the calls of a followed batch are checked (one request per batch), in seconds.</source>
        <translation>Fréquence de vérification des appels d&apos;un lot suivi (une requête par lot), en secondes.</translation>
    </message>
    <message>
        <source>&amp;Batches, every:</source>
        <translation>&amp;Lots, toutes les :</translation>
    </message>
    <message>
        <source>Batch statistics: seconds between checks</source>
        <translation>Statistiques des lots : secondes entre les vérifications</translation>
    </message>
    <message>
        <source>How often a batch&apos;s statistics are fetched until the batch is completed or cancelled, in seconds.</source>
        <translation>Fréquence de récupération des statistiques d&apos;un lot jusqu&apos;à ce qu&apos;il soit terminé ou annulé, en secondes.</translation>
    </message>
    <message>
        <source>Batch s&amp;tatistics, every:</source>
        <translation>S&amp;tatistiques des lots, toutes les :</translation>
    </message>
    <message>
        <source>Politeness limits</source>
        <translation>Limites de courtoisie</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Nombre maximal de requêtes simultanées</translation>
    </message>
    <message>
        <source>How many requests to Dialgen may be under way at the same time.</source>
        <translation>Nombre de requêtes à Dialgen pouvant être en cours en même temps.</translation>
    </message>
    <message>
        <source>Requests &amp;in flight, at most:</source>
        <translation>Requêtes &amp;simultanées, au plus :</translation>
    </message>
    <message>
        <source>Requests per second at most</source>
        <translation>Nombre maximal de requêtes par seconde</translation>
    </message>
    <message>
        <source>How many requests CallWatch may send to Dialgen per second, on average.</source>
        <translation>Nombre de requêtes que CallWatch peut envoyer à Dialgen par seconde, en moyenne.</translation>
    </message>
    <message>
        <source>Requests per s&amp;econd, at most:</source>
        <translation>Requêtes par s&amp;econde, au plus :</translation>
    </message>
    <message>
        <source>Calls and history</source>
        <translation>Appels et historique</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit suffix of a spin box: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum call duration in minutes</source>
        <translation>Durée maximale d&apos;un appel en minutes</translation>
    </message>
    <message>
        <source>An ONGOING call running longer than this is shown as possibly stuck and checked again through Dialgen&apos;s persistent endpoint.</source>
        <translation>Un appel ONGOING qui dure plus longtemps est affiché comme peut-être bloqué et revérifié via le point de terminaison persistant de Dialgen.</translation>
    </message>
    <message>
        <source>Possibly stuc&amp;k after:</source>
        <translation>Peut-être &amp;bloqué après :</translation>
    </message>
    <message>
        <source> missed checks</source>
        <comment>unit suffix of a spin box</comment>
        <translation> vérifications manquées</translation>
    </message>
    <message>
        <source>Mark a call stale after this many missed checks</source>
        <translation>Marquer un appel comme obsolète après ce nombre de vérifications manquées</translation>
    </message>
    <message>
        <source>A call with no successful update for this many checks in a row is shown as stale (greyed).</source>
        <translation>Un appel sans mise à jour réussie pendant ce nombre de vérifications consécutives est affiché comme obsolète (grisé).</translation>
    </message>
    <message>
        <source>Mark st&amp;ale after:</source>
        <translation>Marquer comme obsolète &amp;après :</translation>
    </message>
    <message>
        <source> days</source>
        <comment>unit suffix of a spin box</comment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Forever</source>
        <comment>history retention of 0 days</comment>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source>History retention in days</source>
        <translation>Durée de conservation de l&apos;historique en jours</translation>
    </message>
    <message>
        <source>Status changes older than this are removed from the history database. At 0 (Forever) nothing is removed.</source>
        <translation>Les changements de statut plus anciens sont supprimés de la base de données de l&apos;historique. À 0 (Indéfiniment), rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Conserver l&apos;&amp;historique pendant :</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own time zone</comment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Time zone for day boundaries</source>
        <translation>Fuseau horaire pour les limites de journée</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this time zone. Type part of a name, such as &quot;Berlin&quot;, to search.</source>
        <translation>Les journées (« aujourd&apos;hui », comptes quotidiens et graphiques) commencent à minuit dans ce fuseau horaire. Tapez une partie d&apos;un nom, par exemple « Berlin », pour rechercher.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>System</source>
        <comment>theme</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the colours of your desktop. Statuses always show an icon and a text as well as a colour.</source>
        <translation>Couleurs claires ou sombres ; Système suit les couleurs de votre bureau. Les statuts affichent toujours une icône et un texte en plus d&apos;une couleur.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>System</source>
        <comment>language</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own language</comment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of CallWatch&apos;s window. System uses your desktop&apos;s language when CallWatch has a translation for it, English otherwise.</source>
        <translation>La langue de la fenêtre de CallWatch. Système utilise la langue de votre bureau si CallWatch dispose d&apos;une traduction pour celle-ci, l&apos;anglais sinon.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time CallWatch starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de CallWatch.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>wallboard pages do not rotate</comment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Seconds between wallboard pages</source>
        <translation>Secondes entre les pages du tableau mural</translation>
    </message>
    <message>
        <source>The wallboard shows its pages in turn, this many seconds each. An alert that has not been acknowledged keeps its page on screen.</source>
        <translation>Le tableau mural affiche ses pages à tour de rôle, chacune pendant ce nombre de secondes. Une alerte non acquittée maintient sa page à l&apos;écran.</translation>
    </message>
    <message>
        <source>Ne&amp;xt page every:</source>
        <translation>Page &amp;suivante toutes les :</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an alert is raised</source>
        <translation>&amp;Jouer un son lorsqu&apos;une alerte est déclenchée</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Son d&apos;alerte</translation>
    </message>
    <message>
        <source>Besides the highlighted tile and the notification.</source>
        <translation>En plus de la tuile mise en évidence et de la notification.</translation>
    </message>
    <message>
        <source>Exit PIN:</source>
        <translation>PIN de sortie :</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>New wallboard PIN</source>
        <translation>Nouveau PIN du tableau mural</translation>
    </message>
    <message>
        <source>When a PIN is set, leaving the wallboard with Esc asks for it. Only a hash of the PIN is stored.</source>
        <translation>Lorsqu&apos;un PIN est défini, il est demandé pour quitter le tableau mural avec Esc. Seul un hachage du PIN est enregistré.</translation>
    </message>
    <message>
        <source>Remo&amp;ve PIN</source>
        <translation>Supp&amp;rimer le PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Supprimer le PIN</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard at once (saved by OK).</source>
        <translation>Esc quitte immédiatement le tableau mural (enregistré avec OK).</translation>
    </message>
    <message>
        <source>New P&amp;IN:</source>
        <translation>Nouveau &amp;PIN :</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source> %</source>
        <comment>unit suffix of a spin box: percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Failure rate warning level in percent</source>
        <translation>Seuil d&apos;avertissement du taux d&apos;échec en pourcentage</translation>
    </message>
    <message>
        <source>Warn when more than this share of the calls that ended recently FAILED.</source>
        <translation>Avertir lorsque plus de cette proportion des appels terminés récemment sont en FAILED.</translation>
    </message>
    <message>
        <source>Failure rate critical level in percent</source>
        <translation>Seuil critique du taux d&apos;échec en pourcentage</translation>
    </message>
    <message>
        <source>Critical when more than this share of the calls that ended recently FAILED.</source>
        <translation>Critique lorsque plus de cette proportion des appels terminés récemment sont en FAILED.</translation>
    </message>
    <message>
        <source>warning above</source>
        <translation>avertissement au-delà de</translation>
    </message>
    <message>
        <source>critical above</source>
        <translation>critique au-delà de</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>Taux d&apos;é&amp;chec :</translation>
    </message>
    <message>
        <source>Failure rate window in minutes</source>
        <translation>Fenêtre du taux d&apos;échec en minutes</translation>
    </message>
    <message>
        <source>The failure rate and INSUFFICIENT_CREDITS alerts look at the calls that ended in this many past minutes.</source>
        <translation>Les alertes de taux d&apos;échec et INSUFFICIENT_CREDITS portent sur les appels terminés au cours de ce nombre de minutes.</translation>
    </message>
    <message>
        <source>Over the &amp;last:</source>
        <translation>Sur les &amp;dernières :</translation>
    </message>
    <message>
        <source>Scheduled backlog warning level in calls</source>
        <translation>Seuil d&apos;avertissement des appels programmés en attente, en appels</translation>
    </message>
    <message>
        <source>Warn when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Avertir lorsque plus d&apos;appels que ce nombre attendent d&apos;être composés (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled backlog critical level in calls</source>
        <translation>Seuil critique des appels programmés en attente, en appels</translation>
    </message>
    <message>
        <source>Critical when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Critique lorsque plus d&apos;appels que ce nombre attendent d&apos;être composés (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled &amp;backlog:</source>
        <translation>Appels programmés en &amp;attente :</translation>
    </message>
    <message>
        <source>Polling down warning level in seconds</source>
        <translation>Seuil d&apos;avertissement d&apos;interrogation interrompue, en secondes</translation>
    </message>
    <message>
        <source>Warn when Dialgen has not answered for this many seconds.</source>
        <translation>Avertir lorsque Dialgen n&apos;a pas répondu depuis ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Polling down critical level in seconds</source>
        <translation>Seuil critique d&apos;interrogation interrompue, en secondes</translation>
    </message>
    <message>
        <source>Critical when Dialgen has not answered for this many seconds.</source>
        <translation>Critique lorsque Dialgen n&apos;a pas répondu depuis ce nombre de secondes.</translation>
    </message>
    <message>
        <source>&amp;No answer from Dialgen:</source>
        <translation>Aucu&amp;ne réponse de Dialgen :</translation>
    </message>
    <message>
        <source>Any call that ends with INSUFFICIENT_CREDITS raises a critical alert. Alerts stay on screen until acknowledged (key A on the wallboard).</source>
        <translation>Tout appel qui se termine par INSUFFICIENT_CREDITS déclenche une alerte critique. Les alertes restent à l&apos;écran jusqu&apos;à leur acquittement (touche A sur le tableau mural).</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Récepteur de webhooks</translation>
    </message>
    <message>
        <source>&amp;Listen for webhooks from Dialgen</source>
        <translation>Écouter &amp;les webhooks de Dialgen</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Recevoir les webhooks</translation>
    </message>
    <message>
        <source>Finished calls show up the moment Dialgen reports them; polling stays on as the safety net.</source>
        <translation>Les appels terminés apparaissent dès que Dialgen les signale ; l&apos;interrogation reste active comme filet de sécurité.</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this computer only (through a tunnel or reverse proxy). 0.0.0.0 listens on every network.</source>
        <translation>127.0.0.1 n&apos;accepte les livraisons que depuis cet ordinateur (via un tunnel ou un proxy inverse). 0.0.0.0 écoute sur tous les réseaux.</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Écouter sur l&apos;&amp;adresse :</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port d&apos;écoute</translation>
    </message>
    <message>
        <source>The TCP port of the receiver.</source>
        <translation>Le port TCP du récepteur.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Where the receiver accepts deliveries. Give Dialgen the public HTTPS address of your reverse proxy or tunnel that forwards here.</source>
        <translation>Adresse à laquelle le récepteur accepte les livraisons. Donnez à Dialgen l&apos;adresse HTTPS publique de votre proxy inverse ou tunnel qui redirige ici.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copier l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard.</source>
        <translation>Copier l&apos;URL dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>The shared secret configured at Dialgen</source>
        <translation>Le secret partagé configuré chez Dialgen</translation>
    </message>
    <message>
        <source>New webhook secret</source>
        <translation>Nouveau secret du webhook</translation>
    </message>
    <message>
        <source>Deliveries must carry x-dialgen-signature, the HMAC-SHA256 of the body with this secret. Kept in the system keychain, never in the settings file.</source>
        <translation>Les livraisons doivent comporter x-dialgen-signature, le HMAC-SHA256 du corps avec ce secret. Conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>New secre&amp;t:</source>
        <translation>Nouveau &amp;secret :</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>Le récepteur est désactivé.</translation>
    </message>
    <message>
        <source>&amp;Send test event</source>
        <translation>En&amp;voyer un événement de test</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Posts a signed sample event to the running receiver and reports what it answered.</source>
        <translation>Envoie un exemple d&apos;événement signé au récepteur en marche et indique ce qu&apos;il a répondu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Never expose the receiver to the internet directly: it speaks plain HTTP. Put a reverse proxy or a tunnel with TLS in front of it and keep it on 127.0.0.1. The README explains how.</source>
        <translation>N&apos;exposez jamais le récepteur directement à Internet : il utilise HTTP en clair. Placez devant lui un proxy inverse ou un tunnel avec TLS et laissez-le sur 127.0.0.1. Le README explique comment faire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this computer only), ::1 or 0.0.0.0.</source>
        <translation>« %1 » n&apos;est pas une adresse IP. Utilisez 127.0.0.1 (cet ordinateur uniquement), ::1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <source>Other computers can reach this address. Keep the receiver behind a TLS reverse proxy or firewall, and set a secret.</source>
        <translation>D&apos;autres ordinateurs peuvent joindre cette adresse. Placez le récepteur derrière un proxy inverse TLS ou un pare-feu, et définissez un secret.</translation>
    </message>
    <message>
        <source>Set the %1 environment variable before starting CallWatch.</source>
        <translation>Définissez la variable d&apos;environnement %1 avant de lancer CallWatch.</translation>
    </message>
    <message>
        <source>Taken from the %1 environment variable.</source>
        <translation>Provient de la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Deliveries must be signed.</source>
        <translation>Conservé dans le trousseau du système. Les livraisons doivent être signées.</translation>
    </message>
    <message>
        <source>Kept for this run only (no keychain available). Deliveries must be signed.</source>
        <translation>Conservé pour cette exécution uniquement (aucun trousseau disponible). Les livraisons doivent être signées.</translation>
    </message>
    <message>
        <source>None: deliveries are not checked. Set a secret, or use %1.</source>
        <translation>Aucun : les livraisons ne sont pas vérifiées. Définissez un secret ou utilisez %1.</translation>
    </message>
    <message>
        <source>The new PIN is saved when you press OK.</source>
        <translation>Le nouveau PIN est enregistré lorsque vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Set: Esc on the wallboard asks for the PIN.</source>
        <translation>Défini : Esc sur le tableau mural demande le PIN.</translation>
    </message>
    <message>
        <source>Removed when you press OK: Esc will leave the wallboard at once.</source>
        <translation>Supprimé lorsque vous appuierez sur OK : Esc quittera immédiatement le tableau mural.</translation>
    </message>
    <message>
        <source>None: Esc leaves the wallboard at once.</source>
        <translation>Aucun : Esc quitte immédiatement le tableau mural.</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Livré : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Enter the address of the Dialgen API, for example %1.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API Dialgen, par exemple %1.</translation>
    </message>
    <message>
        <source>This is not a complete web address: it must start with https://.</source>
        <translation>Ce n&apos;est pas une adresse web complète : elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Ce n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>HTTPS est obligatoire pour %1 : http:// non chiffré n&apos;est accepté que pour cet ordinateur (localhost, 127.0.0.1, ::1), afin que la clé d&apos;API ne soit jamais envoyée en clair.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L&apos;adresse ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>time zone</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallWatch knows. Choose one from the list, or System.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu de CallWatch. Choisissez-en un dans la liste, ou Système.</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this zone. It is now %1 there.</source>
        <translation>Les journées (« aujourd&apos;hui », comptes quotidiens et graphiques) commencent à minuit dans ce fuseau. Il y est actuellement %1.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation>Un PIN doit comporter au moins 4 chiffres.</translation>
    </message>
    <message>
        <source>CallWatch never stores the key in plain text, so without a keychain it asks for the key each time it starts.</source>
        <translation>CallWatch n&apos;enregistre jamais la clé en clair : sans trousseau, il la demande donc à chaque démarrage.</translation>
    </message>
    <message>
        <source>Set in the %1 environment variable — it overrides the keychain</source>
        <translation>Définie dans la variable d&apos;environnement %1 — elle a priorité sur le trousseau</translation>
    </message>
    <message>
        <source>The variable wins over any key saved here. To save or forget a key in CallWatch, unset %1 and start CallWatch again.</source>
        <translation>La variable l&apos;emporte sur toute clé enregistrée ici. Pour enregistrer ou oublier une clé dans CallWatch, supprimez %1 et relancez CallWatch.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>CallWatch reads it from the keychain when it starts. Save a new key to replace it, or forget it to remove it from the keychain.</source>
        <translation>CallWatch la lit dans le trousseau au démarrage. Enregistrez une nouvelle clé pour la remplacer, ou oubliez-la pour la retirer du trousseau.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Enregistrement dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Kept for this session only: no keychain is available (%1)</source>
        <translation>Conservée pour cette session uniquement : aucun trousseau n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>It is forgotten when CallWatch quits. Enter it again and save it to keep it in the system keychain.</source>
        <translation>Elle est oubliée à la fermeture de CallWatch. Saisissez-la de nouveau et enregistrez-la pour la conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Recherche dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>CallWatch cannot manage the API key here.</source>
        <translation>CallWatch ne peut pas gérer la clé d&apos;API ici.</translation>
    </message>
    <message>
        <source>Enter the API key from your Dialgen account and save it: it is kept in the system keychain, never in the settings file.</source>
        <translation>Saisissez la clé d&apos;API de votre compte Dialgen et enregistrez-la : elle est conservée dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). A key entered here is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Une clé saisie ici n&apos;est conservée que pour cette session.</translation>
    </message>
    <message>
        <source>The %1 environment variable is in charge: it wins over any key saved here.</source>
        <translation>La variable d&apos;environnement %1 est prioritaire : elle l&apos;emporte sur toute clé enregistrée ici.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain and use it from now on</source>
        <translation>Conserver la clé dans le trousseau du système et l&apos;utiliser dès maintenant</translation>
    </message>
    <message>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Aucun trousseau n&apos;est disponible : utiliser la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Stop using the key and remove it from the system keychain</source>
        <translation>Cesser d&apos;utiliser la clé et la retirer du trousseau du système</translation>
    </message>
</context>
<context>
    <name>cw::StatusStyle</name>
    <message>
        <source>Scheduled</source>
        <extracomment>Call status: the call is planned but not dialled yet (table cell, filter button, chart legend: keep short)</extracomment>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <extracomment>Call status: the call is in progress right now (keep short)</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Call status: the call connected and ended normally (keep short)</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Call status: nobody answered (keep short)</extracomment>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Call status: the call could not be placed or broke off with an error (keep short)</extracomment>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>no answer from Dialgen yet</comment>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>cw::TrendChart</name>
    <message>
        <source>No code</source>
        <comment>failures without an error code</comment>
        <translation>Sans code</translation>
    </message>
    <message>
        <source>Other codes</source>
        <comment>failures with a less frequent error code</comment>
        <translation>Autres codes</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Appels actifs</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Période du graphique</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>La période affichée par le graphique</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Stacked bars per period</source>
        <translation>Barres empilées par période</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>One line per outcome</source>
        <translation>Une ligne par résultat</translation>
    </message>
    <message>
        <source>Split failures by error code</source>
        <translation>Ventiler les échecs par code d&apos;erreur</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n most frequent error codes separately</source>
        <translation>
            <numerusform>Afficher séparément %n code d&apos;erreur (le plus fréquent)</numerusform>
            <numerusform>Afficher séparément les %n codes d&apos;erreur les plus fréquents</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls scheduled or in progress at the end of each period (right axis)</source>
        <translation>Appels programmés ou en cours à la fin de chaque période (axe de droite)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Aucun appel terminé sur cette période</translation>
    </message>
    <message>
        <source>Active %1</source>
        <comment>active calls at the end of a period</comment>
        <translation>Actifs : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Il n&apos;y a aucune donnée de graphique à exporter.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>graphique.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <source>chart.csv</source>
        <translation>graphique.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>cw::Wallboard</name>
    <message>
        <source>CallWatch wallboard</source>
        <translation>Tableau mural CallWatch</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>calls in progress now</source>
        <translation>appels en cours actuellement</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmés</translation>
    </message>
    <message>
        <source>waiting to be dialled</source>
        <translation>en attente de numérotation</translation>
    </message>
    <message>
        <source>Connect rate today</source>
        <translation>Taux de connexion aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Terminés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Manqués aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Échoués aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Top errors today</source>
        <translation>Principales erreurs aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No failed calls today</source>
        <translation>Aucun appel échoué aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>No batches tracked</source>
        <translation>Aucun lot suivi</translation>
    </message>
    <message>
        <source>Calls ended per quarter hour · last 24 hours</source>
        <translation>Appels terminés par quart d&apos;heure · dernières 24 heures</translation>
    </message>
    <message>
        <source>Calls ended per hour · last 7 days</source>
        <translation>Appels terminés par heure · 7 derniers jours</translation>
    </message>
    <message>
        <source>Batches in progress and finished</source>
        <translation>Lots en cours et terminés</translation>
    </message>
    <message>
        <source>Enter the wallboard PIN to leave</source>
        <translation>Saisissez le PIN du tableau mural pour quitter</translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation>Entrée pour confirmer · Esc pour annuler</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>no call ended yet today</source>
        <translation>aucun appel terminé aujourd&apos;hui pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of ended calls</source>
        <translation>%1 des appels terminés</translation>
    </message>
    <message>
        <source>%1 of %2 ended calls connected</source>
        <translation>%1 des %2 appels terminés ont abouti</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sans code</translation>
    </message>
    <message>
        <source>failed without an error code</source>
        <translation>en échec sans code d&apos;erreur</translation>
    </message>
    <message>
        <source>ingesting</source>
        <translation>ingestion</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>waiting for statistics</source>
        <translation>en attente des statistiques</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 failed · %4</source>
        <translation>%1 sur %2 · %3 en échec · %4</translation>
    </message>
    <message>
        <source>Press A to acknowledge</source>
        <translation>Appuyez sur A pour acquitter</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · nothing active</source>
        <translation>À jour · rien d&apos;actif</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>En attente de données</translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Aucune donnée depuis %1</translation>
    </message>
    <message>
        <source>No update for %1</source>
        <translation>Aucune mise à jour depuis %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l&apos;instant</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Mis à jour il y a %1</translation>
    </message>
    <message>
        <source>STALE · %1</source>
        <extracomment>Large marker on the wallboard when its data is old; %1 is a duration such as &quot;5 min&quot;. Capitals are deliberate</extracomment>
        <translation>OBSOLÈTE · %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Rotation paused</source>
        <translation>Rotation en pause</translation>
    </message>
    <message>
        <source>Held by alert</source>
        <translation>Retenue par une alerte</translation>
    </message>
    <message>
        <source>← →  Change page     Space  %1     A  Acknowledge alerts     Esc  Exit</source>
        <extracomment>Key hints along the bottom of the wallboard; %1 is &quot;Pause rotation&quot; or &quot;Resume rotation&quot;</extracomment>
        <translation>← →  Changer de page     Espace  %1     A  Acquitter les alertes     Esc  Quitter</translation>
    </message>
    <message>
        <source>Resume rotation</source>
        <translation>Reprendre la rotation</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <translation>Suspendre la rotation</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens: 0 to %2); the wallboard uses the primary screen.</source>
        <translation>Il n&apos;y a pas d&apos;écran %1 (écrans : 0 à %2) ; le tableau mural utilise l&apos;écran principal.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN erroné. %n tentative restante.</numerusform>
            <numerusform>PIN erroné. %n tentatives restantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n s.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (acquittée)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the Batches page</source>
        <translation>
            <numerusform>+%n autre sur la page Lots</numerusform>
            <numerusform>+%n autres sur la page Lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
</context>
<context>
    <name>cw::WebhookReceiver</name>
    <message>
        <source>Request headers too large</source>
        <translation>En-têtes de requête trop volumineux</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Corps trop volumineux</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Content-Length non valide</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding sent</source>
        <translation>Content-Length et Transfer-Encoding envoyés tous les deux</translation>
    </message>
    <message>
        <source>Request incomplete, connection timed out</source>
        <translation>Requête incomplète, délai de connexion dépassé</translation>
    </message>
    <message>
        <source>Too many open connections</source>
        <translation>Trop de connexions ouvertes</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>Could not start the webhook receiver</source>
        <translation>Impossible de démarrer le récepteur de webhooks</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets with a port, like [::1]:8787</source>
        <translation>écrivez une adresse IPv6 entre crochets avec un port, par exemple [::1]:8787</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, like [::1]:8787</source>
        <translation>écrivez une adresse IPv6 entre crochets, par exemple [::1]:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation>« %1 » n&apos;est pas un numéro de port (1-65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; utilisez 127.0.0.1, ::1 ou 0.0.0.0</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token</source>
        <translation>Jeton bearer manquant ou incorrect</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Signature manquante</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Signature incorrecte</translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type doit être application/json</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Contenu mal formé</translation>
    </message>
    <message>
        <source>Event could not be saved, deliver it again</source>
        <translation>L&apos;événement n&apos;a pas pu être enregistré, livrez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>cw::sim::DialgenSimulator</name>
    <message>
        <source>Cannot register the route %1</source>
        <translation>Impossible d&apos;enregistrer la route %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>Cannot bind the HTTP server</source>
        <translation>Impossible de lier le serveur HTTP</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>cw::sim::WebhookDispatcher</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The webhook URL must be an absolute http(s) URL with a host</source>
        <translation>L&apos;URL du webhook doit être une URL http(s) absolue avec un hôte</translation>
    </message>
    <message>
        <source>The webhook URL must use https (or http to this machine)</source>
        <translation>L&apos;URL du webhook doit utiliser https (ou http vers cette machine)</translation>
    </message>
    <message>
        <source>Plain http webhooks are only sent to this machine (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>Les webhooks en http non chiffré ne sont envoyés qu&apos;à cette machine (127.0.0.1, ::1, localhost) ; utilisez https pour %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in Dialgen simulator and watch its calls.</source>
        <translation>Démarrer le simulateur Dialgen intégré et suivre ses appels.</translation>
    </message>
    <message>
        <source>Dialgen API base URL (default https://sa.dialgen.ai).</source>
        <translation>URL de base de l&apos;API Dialgen (par défaut https://sa.dialgen.ai).</translation>
    </message>
    <message>
        <source>Track this call id (repeatable).</source>
        <translation>Suivre cet ID d&apos;appel (répétable).</translation>
    </message>
    <message>
        <source>Track every call of this batch (repeatable).</source>
        <translation>Suivre tous les appels de ce lot (répétable).</translation>
    </message>
    <message>
        <source>How much faster than real time the demo&apos;s calls run (default 40).</source>
        <translation>Facteur d&apos;accélération des appels de la démo par rapport au temps réel (par défaut 40).</translation>
    </message>
    <message>
        <source>Keep the call history in this folder instead of the default one.</source>
        <translation>Conserver l&apos;historique des appels dans ce dossier au lieu du dossier par défaut.</translation>
    </message>
    <message>
        <source>Look this call up. With --json: print it as one JSON object and exit (0 found, 3 not found, 4 key rejected or missing, 5 network or server error, 2 bad usage); no display needed.</source>
        <translation>Consulter cet appel. Avec --json : l&apos;affiche sous forme d&apos;un seul objet JSON et quitte (0 trouvé, 3 introuvable, 4 clé refusée ou manquante, 5 erreur réseau ou serveur, 2 mauvaise utilisation) ; aucun affichage requis.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <extracomment>--help text; keep the words system, light and dark in English: they are what the option takes</extracomment>
        <translation>Thème de couleurs pour cette exécution : system, light ou dark.</translation>
    </message>
    <message>
        <source>Start on the full-screen wallboard (Esc returns to the window).</source>
        <translation>Démarrer sur le tableau mural en plein écran (Esc revient à la fenêtre).</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to fill, counted from 0.</source>
        <translation>Avec --wallboard : l&apos;écran à occuper, numéroté à partir de 0.</translation>
    </message>
    <message>
        <source>Language for this run, e.g. de, fr, pt_BR (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Langue pour cette exécution, p. ex. de, fr, pt_BR (par défaut : celle choisie dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Receive Dialgen webhooks on this address and port for this run, e.g. 127.0.0.1:8787. The secret comes from DIALGEN_WEBHOOK_SECRET or the keychain.</source>
        <translation>Recevoir les webhooks Dialgen sur cette adresse et ce port pour cette exécution, p. ex. 127.0.0.1:8787. Le secret provient de DIALGEN_WEBHOOK_SECRET ou du trousseau.</translation>
    </message>
    <message>
        <source>With --lookup: print the call as JSON on stdout, no window.</source>
        <translation>Avec --lookup : affiche l&apos;appel en JSON sur stdout, sans fenêtre.</translation>
    </message>
    <message>
        <source>CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.
The API key is read from the DIALGEN_API_KEY environment variable.</source>
        <translation>CallWatch surveille les appels téléphoniques IA de Dialgen : statut, erreurs et enregistrements en un coup d&apos;œil.
La clé d&apos;API est lue dans la variable d&apos;environnement DIALGEN_API_KEY.</translation>
    </message>
    <message>
        <source>--json needs --lookup ID</source>
        <translation>--json nécessite --lookup ID</translation>
    </message>
    <message>
        <source>--lookup with --json takes exactly one call id</source>
        <translation>--lookup avec --json accepte exactement un ID d&apos;appel</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --json</source>
        <translation>--%1 ne peut pas être combiné avec --json</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--lang needs a language tag such as de, fr or pt_BR</source>
        <translation>--lang nécessite une étiquette de langue telle que de, fr ou pt_BR</translation>
    </message>
    <message>
        <source>invalid call id for --lookup: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID d&apos;appel non valide pour --lookup : il doit comporter de 1 à 200 caractères imprimables, sans espaces, guillemets ni chevrons</translation>
    </message>
    <message>
        <source>--webhook-listen: %1</source>
        <translation>--webhook-listen : %1</translation>
    </message>
    <message>
        <source>--screen needs a screen number: 0, 1, 2…</source>
        <translation>--screen nécessite un numéro d&apos;écran : 0, 1, 2…</translation>
    </message>
    <message>
        <source>--screen goes with --wallboard</source>
        <translation>--screen s&apos;utilise avec --wallboard</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0 and 10000</source>
        <translation>--demo-speed nécessite un nombre entre 0 et 10000</translation>
    </message>
    <message>
        <source>could not start the demo simulator: %1</source>
        <translation>impossible de démarrer le simulateur de démo : %1</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark</source>
        <extracomment>Command-line error; system, light and dark are the option&apos;s values: keep them in English</extracomment>
        <translation>--theme accepte system, light ou dark</translation>
    </message>
    <message>
        <source>Demo: simulated Dialgen calls from the built-in simulator at %1, running %2× faster than real time.</source>
        <extracomment>Shown above the call table in demo mode; %1 is the simulator&apos;s address, %2 a speed factor</extracomment>
        <translation>Démo : appels Dialgen simulés par le simulateur intégré sur %1, %2× plus rapide que le temps réel.</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>récepteur de webhooks non démarré : %1</translation>
    </message>
</context>
</TS>
