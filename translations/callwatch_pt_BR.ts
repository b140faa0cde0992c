<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>cw::AlertEngine</name>
    <message>
        <source>back under %1, clearing once it stays there</source>
        <translation>de volta abaixo de %1; será liberado quando se mantiver assim</translation>
    </message>
    <message>
        <source>critical above %1</source>
        <translation>crítico acima de %1</translation>
    </message>
    <message>
        <source>warning above %1, critical above %2</source>
        <translation>aviso acima de %1, crítico acima de %2</translation>
    </message>
    <message>
        <source>warning above %1</source>
        <translation>aviso acima de %1</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <extracomment>Name of an alert rule: share of ended calls that failed (wallboard tile title, keep short)</extracomment>
        <translation>Taxa de falhas</translation>
    </message>
    <message>
        <source>Insufficient credits</source>
        <extracomment>Name of an alert rule: calls failing because the Dialgen account is out of credits (keep short)</extracomment>
        <translation>Sem créditos</translation>
    </message>
    <message>
        <source>Scheduled backlog</source>
        <extracomment>Name of an alert rule: how many calls wait to be dialled (keep short)</extracomment>
        <translation>Agendadas pendentes</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Name of an alert rule: whether CallWatch still gets answers from Dialgen (keep short)</extracomment>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Failure rate alert off</source>
        <translation>Alerta da taxa de falhas desativado</translation>
    </message>
    <message numerus="yes">
        <source>Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed</source>
        <translation>
            <numerusform>Taxa de falhas não avaliada: %n chamada encerrada nos últimos %1 min, são necessárias %2</numerusform>
            <numerusform>Taxa de falhas não avaliada: %n chamadas encerradas nos últimos %1 min, são necessárias %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure rate %1 % over the last %2 min (%3)</source>
        <translation>Taxa de falhas de %1% nos últimos %2 min (%3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Insufficient credits alert off</source>
        <translation>Alerta de créditos insuficientes desativado</translation>
    </message>
    <message>
        <source>No INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>Nenhum INSUFFICIENT_CREDITS nos últimos %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>
            <numerusform>%n chamada falhou com INSUFFICIENT_CREDITS nos últimos %1 min</numerusform>
            <numerusform>%n chamadas falharam com INSUFFICIENT_CREDITS nos últimos %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backlog alert off</source>
        <translation>Alerta de agendadas pendentes desativado</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backlog %n call(s) (%1)</source>
        <translation>
            <numerusform>Agendadas pendentes: %n chamada (%1)</numerusform>
            <numerusform>Agendadas pendentes: %n chamadas (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 chamadas</translation>
    </message>
    <message>
        <source>Polling alert off</source>
        <translation>Alerta de consultas desativado</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Consultas pausadas</translation>
    </message>
    <message>
        <source>Waiting for the first poll (%1 s)</source>
        <translation>Aguardando a primeira consulta (%1 s)</translation>
    </message>
    <message>
        <source>Polling OK, last answer %1 s ago</source>
        <translation>Consultas OK, última resposta há %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No successful poll yet after %1 s (%2)</source>
        <translation>Nenhuma consulta bem-sucedida após %1 s (%2)</translation>
    </message>
    <message>
        <source>No successful poll for %1 s (%2)</source>
        <translation>Nenhuma consulta bem-sucedida há %1 s (%2)</translation>
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
        <translation>O Dialgen rejeitou a requisição</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>A chave de API foi rejeitada</translation>
    </message>
    <message>
        <source>Not enough Dialgen credits</source>
        <translation>Créditos do Dialgen insuficientes</translation>
    </message>
    <message>
        <source>This API key is not allowed to see that data</source>
        <translation>Esta chave de API não tem permissão para ver esses dados</translation>
    </message>
    <message>
        <source>Dialgen does not know that call or batch</source>
        <translation>O Dialgen não conhece essa chamada ou esse lote</translation>
    </message>
    <message>
        <source>A call is already in progress for that contact</source>
        <translation>Já existe uma chamada em andamento para esse contato</translation>
    </message>
    <message>
        <source>Dialgen asked CallWatch to slow down</source>
        <translation>O Dialgen pediu ao CallWatch que diminua o ritmo</translation>
    </message>
    <message>
        <source>Dialgen server error</source>
        <translation>Erro no servidor do Dialgen</translation>
    </message>
    <message>
        <source>Unexpected answer from Dialgen</source>
        <translation>Resposta inesperada do Dialgen</translation>
    </message>
    <message>
        <source>Could not reach Dialgen</source>
        <translation>Não foi possível acessar o Dialgen</translation>
    </message>
    <message>
        <source>Dialgen did not answer in time</source>
        <translation>O Dialgen não respondeu a tempo</translation>
    </message>
    <message>
        <source>Dialgen sent a response CallWatch could not read</source>
        <translation>O Dialgen enviou uma resposta que o CallWatch não conseguiu ler</translation>
    </message>
    <message>
        <source>Refusing to send the API key to an insecure or invalid address</source>
        <translation>Recusando enviar a chave de API para um endereço inseguro ou inválido</translation>
    </message>
    <message>
        <source>No Dialgen API key is set up</source>
        <translation>Nenhuma chave de API do Dialgen configurada</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>A requisição foi cancelada</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erro desconhecido</translation>
    </message>
</context>
<context>
    <name>cw::ApiKeyProvider</name>
    <message>
        <source>The keychain failed without giving a reason.</source>
        <translation>O chaveiro falhou sem informar o motivo.</translation>
    </message>
</context>
<context>
    <name>cw::CallTableModel</name>
    <message>
        <source>Call ID</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Column header of the call table: the phone number called (keep short)</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Column header of the call table: the person called (keep short)</extracomment>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column header of the call table: the Dialgen batch (a list of calls placed together) the call belongs to (keep short)</extracomment>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header of the call table: when the call started (keep short)</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the call table (keep short)</extracomment>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Column header of the call table: the error Dialgen reported (keep short)</extracomment>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the call table: whether a recording of the call exists (keep short)</extracomment>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Column header of the call table: how long ago the call&apos;s status was last received (keep short)</extracomment>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header of the call table: which Dialgen endpoint the last update came from (keep short)</extracomment>
        <translation>Origem</translation>
    </message>
    <message>
        <source>When the current attempt started, in local time</source>
        <translation>Quando a tentativa atual começou, no horário local</translation>
    </message>
    <message>
        <source>Length of the call; counts up while the call is ongoing</source>
        <translation>Duração da chamada; vai aumentando enquanto a chamada está em andamento</translation>
    </message>
    <message>
        <source>How long ago CallWatch last heard about this call</source>
        <translation>Há quanto tempo o CallWatch recebeu a última notícia desta chamada</translation>
    </message>
    <message>
        <source>Where the last update came from: live status, batch status, persistent status, webhook</source>
        <translation>De onde veio a última atualização: status ao vivo, status do lote, status persistente, webhook</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago the last update came (table cell and status bar: keep short)</extracomment>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>%1 is a number of seconds; &quot;s&quot; is the abbreviation of seconds (table cell: keep short)</extracomment>
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>%1 is a number of minutes (table cell: keep short)</extracomment>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>%1 is a number of hours; &quot;h&quot; is the abbreviation of hours (table cell: keep short)</extracomment>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <extracomment>%1 is a number of days; &quot;d&quot; is the abbreviation of days (table cell: keep short)</extracomment>
        <translation>há %1 d</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Status cell: Dialgen does not know this call id (keep short)</extracomment>
        <translation>Não encontrada</translation>
    </message>
    <message>
        <source>%1 — possibly stuck</source>
        <extracomment>Status cell; %1 is a call status such as &quot;Ongoing&quot;</extracomment>
        <translation>%1 — possivelmente travada</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <extracomment>Last-update cell; %1 is an age such as &quot;5 min ago&quot;; stale = not refreshed for too long</extracomment>
        <translation>%1 · desatualizada</translation>
    </message>
    <message>
        <source>CallWatch has not been able to update this call for a while; what you see may be out of date. Polling keeps trying.</source>
        <translation>O CallWatch não consegue atualizar esta chamada há algum tempo; o que você vê pode estar desatualizado. A consulta periódica continua tentando.</translation>
    </message>
    <message>
        <source>This call has been ongoing for longer than %1 minutes. CallWatch re-checks it with Dialgen&apos;s persistent status.</source>
        <translation>Esta chamada está em andamento há mais de %1 minutos. O CallWatch a verifica novamente pelo status persistente do Dialgen.</translation>
    </message>
    <message>
        <source>Dialgen does not know this call id (live and persistent status both answered 404). Use Refresh to ask again.</source>
        <translation>O Dialgen não conhece este ID de chamada (status ao vivo e persistente responderam 404). Use Atualizar para perguntar novamente.</translation>
    </message>
    <message>
        <source>Dialgen reported a status CallWatch does not know: %1</source>
        <translation>O Dialgen informou um status que o CallWatch não conhece: %1</translation>
    </message>
    <message>
        <source>Recording available</source>
        <translation>Gravação disponível</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sem gravação</translation>
    </message>
</context>
<context>
    <name>cw::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; without its closing &quot;).</source>
        <translation>Linha %1: um campo entre aspas nunca é fechado (um &quot; sem o &quot; de fechamento).</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 fields; CallWatch reads smaller CSV files.</source>
        <translation>Linha %1: o arquivo tem mais de %2 campos; o CallWatch lê arquivos CSV menores.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>O arquivo começa como texto UTF-16, mas não é UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file is %1 MB; CallWatch reads CSV files up to %2 MB.</source>
        <translation>O arquivo tem %1 MB; o CallWatch lê arquivos CSV de até %2 MB.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL bytes).</source>
        <translation>Este não é um arquivo de texto CSV: ele contém dados binários (bytes NUL).</translation>
    </message>
</context>
<context>
    <name>cw::DetailPane</name>
    <message>
        <source>Live status</source>
        <comment>where the last update came from</comment>
        <translation>Status ao vivo</translation>
    </message>
    <message>
        <source>Persistent status lookup</source>
        <comment>where the last update came from</comment>
        <translation>Consulta de status persistente</translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>where the last update came from</comment>
        <translation>Status do lote</translation>
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
        <translation>Consulta periódica</translation>
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
        <translation>Efetuada</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Call direction: the contact called in</extracomment>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>the AI agent speaking in a transcript</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>the person called, speaking in a transcript</comment>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Unknown speaker</source>
        <translation>Interlocutor desconhecido</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no value among the call metrics</extracomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Detalhes da chamada</translation>
    </message>
    <message>
        <source>Select a call to see its details</source>
        <translation>Selecione uma chamada para ver os detalhes</translation>
    </message>
    <message>
        <source>Its status, recording, transcript and status history appear here.</source>
        <translation>O status, a gravação, a transcrição e o histórico de status aparecem aqui.</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>The call id: select it, or copy it with Copy id</source>
        <translation>O ID da chamada: selecione-o ou copie-o com Copiar ID</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>Ações da chamada</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <extracomment>Button in the call details (keep short)</extracomment>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Ask Dialgen about this call now</source>
        <translation>Perguntar ao Dialgen sobre esta chamada agora</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>Button: copy the call id to the clipboard (keep short)</extracomment>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy the call id to the clipboard</source>
        <translation>Copiar o ID da chamada para a área de transferência</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy everything known about this call as JSON</source>
        <translation>Copiar tudo o que se sabe sobre esta chamada como JSON</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Parar de acompanhar</translation>
    </message>
    <message>
        <source>Stop following this call and remove it from the table</source>
        <translation>Parar de acompanhar esta chamada e removê-la da tabela</translation>
    </message>
    <message>
        <source>Track this call</source>
        <translation>Acompanhar esta chamada</translation>
    </message>
    <message>
        <source>Add this call to the table and follow its status</source>
        <translation>Adicionar esta chamada à tabela e acompanhar o status dela</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Field label in the call details: the phone number called</extracomment>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Field label: the person called</extracomment>
        <translation>Contato</translation>
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
        <translation>Direção</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Field label: when the call started</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Field label: when the call ended</extracomment>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Last update</source>
        <extracomment>Field label: when CallWatch last received this call&apos;s status</extracomment>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where the last update came from</comment>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproduzir gravação</translation>
    </message>
    <message>
        <source>Open the recording (MP3) in the default player</source>
        <translation>Abrir a gravação (MP3) no player padrão</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy recording link</source>
        <translation>Copiar link da gravação</translation>
    </message>
    <message>
        <source>Copy the recording&apos;s link to the clipboard</source>
        <translation>Copiar o link da gravação para a área de transferência</translation>
    </message>
    <message>
        <source>This link does not use HTTPS, so CallWatch does not open it. Dialgen&apos;s recordings are always HTTPS: copy it only if you trust where it came from.</source>
        <translation>Este link não usa HTTPS, por isso o CallWatch não o abre. As gravações do Dialgen sempre usam HTTPS: copie-o somente se você confia na origem dele.</translation>
    </message>
    <message>
        <source>Dialgen deletes recordings after %1 days; this link may no longer work.</source>
        <translation>O Dialgen exclui as gravações após %1 dias; este link pode não funcionar mais.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Metrics</source>
        <extracomment>Section title: figures the AI extracted from the call (intent, sentiment, confidence...)</extracomment>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Histórico de status</translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation>Nenhuma mudança de status registrada ainda.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>No transcript received for this call yet.</source>
        <translation>Nenhuma transcrição recebida para esta chamada ainda.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls.</source>
        <translation>Sem transcrição: o Dialgen fornece uma para chamadas concluídas.</translation>
    </message>
    <message>
        <source>No transcript, summary or metrics received for this call yet.</source>
        <translation>Nenhuma transcrição, resumo ou métricas recebidos para esta chamada ainda.</translation>
    </message>
    <message>
        <source>No transcript: Dialgen provides one for completed calls, with a summary and metrics.</source>
        <translation>Sem transcrição: o Dialgen fornece uma para chamadas concluídas, com resumo e métricas.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Dialgen sent a status CallWatch does not know; it is shown exactly as sent.</source>
        <translation>O Dialgen enviou um status que o CallWatch não conhece; ele é exibido exatamente como foi enviado.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact name (contact id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Dialgen sent: “%1”</source>
        <translation>O Dialgen enviou: “%1”</translation>
    </message>
    <message>
        <source>Dialgen has not sent a recording link for this call.</source>
        <translation>O Dialgen não enviou um link de gravação para esta chamada.</translation>
    </message>
    <message>
        <source>No recording yet: Dialgen provides one when the call is completed.</source>
        <translation>Ainda sem gravação: o Dialgen fornece uma quando a chamada é concluída.</translation>
    </message>
    <message>
        <source>No recording: Dialgen records completed calls.</source>
        <translation>Sem gravação: o Dialgen grava as chamadas concluídas.</translation>
    </message>
    <message>
        <source>Recording link: %1</source>
        <translation>Link da gravação: %1</translation>
    </message>
    <message>
        <source>No summary received for this call yet.</source>
        <translation>Nenhum resumo recebido para esta chamada ainda.</translation>
    </message>
    <message>
        <source>No summary: Dialgen provides one for completed calls.</source>
        <translation>Sem resumo: o Dialgen fornece um para chamadas concluídas.</translation>
    </message>
    <message>
        <source>No metrics received for this call yet.</source>
        <translation>Nenhuma métrica recebida para esta chamada ainda.</translation>
    </message>
    <message>
        <source>No metrics: Dialgen provides them for completed calls.</source>
        <translation>Sem métricas: o Dialgen as fornece para chamadas concluídas.</translation>
    </message>
    <message>
        <source>Intent</source>
        <extracomment>Call metric: what the person called wanted, as understood by the AI</extracomment>
        <translation>Intenção</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimento</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Pontos principais</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Itens de ação</translation>
    </message>
    <message>
        <source>Transcript · 1 line</source>
        <translation>Transcrição · 1 linha</translation>
    </message>
    <message>
        <source>Transcript · %1 lines</source>
        <translation>Transcrição · %1 linhas</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 disse: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>Heading in the status history; %1 is the attempt number (1, 2, 3...) of a redialled call</extracomment>
        <translation>Tentativa %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Status history line; %1 is a call status, %2 a time of day</extracomment>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 às %2, %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>UTC: %1</source>
        <translation>UTC: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <extracomment>Duration of a call still in progress; %1 is a duration such as 2:05</extracomment>
        <translation>%1 até agora</translation>
    </message>
    <message>
        <source>Dialgen keeps recordings for %1 days: this link should work until about %2.</source>
        <translation>O Dialgen mantém as gravações por %1 dias: este link deve funcionar até aproximadamente %2.</translation>
    </message>
    <message>
        <source>Copied call id</source>
        <translation>ID da chamada copiado</translation>
    </message>
    <message>
        <source>Copied JSON</source>
        <translation>JSON copiado</translation>
    </message>
    <message>
        <source>Copied recording link</source>
        <translation>Link da gravação copiado</translation>
    </message>
    <message>
        <source>Could not open the recording</source>
        <translation>Não foi possível abrir a gravação</translation>
    </message>
</context>
<context>
    <name>cw::DialgenClient</name>
    <message>
        <source>The Dialgen base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>A URL base do Dialgen “%1” não é uma URL válida.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>A URL base do Dialgen deve começar com https:// (recebido: “%1”).</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: HTTPS is required for every host other than this computer, so the API key is never sent unencrypted.</source>
        <extracomment>%1 is a host name such as api.example.com</extracomment>
        <translation>http:// sem criptografia para %1 recusado: HTTPS é obrigatório para qualquer host que não seja este computador, para que a chave de API nunca seja enviada sem criptografia.</translation>
    </message>
    <message>
        <source>The Dialgen base URL must not contain a user name or password.</source>
        <translation>A URL base do Dialgen não deve conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Dialgen redirected the request to another address (%1); CallWatch does not follow it, so the API key stays with %2.</source>
        <extracomment>%1 and %2 are host names</extracomment>
        <translation>O Dialgen redirecionou a solicitação para outro endereço (%1); o CallWatch não o segue, então a chave de API fica com %2.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; CallWatch stopped reading it.</source>
        <translation>A resposta tem mais de %1 MB; o CallWatch parou de lê-la.</translation>
    </message>
    <message>
        <source>expected JSON but got %1; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html</extracomment>
        <translation>era esperado JSON, mas chegou %1; algo diferente do Dialgen, como um proxy ou uma página de login da rede, pode estar respondendo</translation>
    </message>
    <message>
        <source>expected JSON but got %1 &quot;%2&quot;; something other than Dialgen, such as a proxy or a network login page, may be answering</source>
        <extracomment>%1 is a content type such as text/html, %2 the title or text of what was received</extracomment>
        <translation>era esperado JSON, mas chegou %1 “%2”; algo diferente do Dialgen, como um proxy ou uma página de login da rede, pode estar respondendo</translation>
    </message>
</context>
<context>
    <name>cw::ErrorCodes</name>
    <message>
        <source>Dialgen reported an error CallWatch does not recognise. The text above is exactly what Dialgen sent.</source>
        <translation>O Dialgen informou um erro que o CallWatch não reconhece. O texto acima é exatamente o que o Dialgen enviou.</translation>
    </message>
    <message>
        <source>Dialgen may or may not retry this call, depending on the error.</source>
        <translation>O Dialgen pode ou não tentar esta chamada novamente, dependendo do erro.</translation>
    </message>
    <message>
        <source>Dialgen does not retry this call.</source>
        <translation>O Dialgen não tenta esta chamada novamente.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s busy delay (5 minutes by default), up to its maximum number of attempts.</source>
        <translation>Em um lote, o Dialgen disca novamente após o intervalo de ocupado do lote (5 minutos por padrão), até o número máximo de tentativas.</translation>
    </message>
    <message>
        <source>In a batch, Dialgen dials again after the batch&apos;s no-answer delay (1 hour by default), up to its maximum number of attempts.</source>
        <translation>Em um lote, o Dialgen disca novamente após o intervalo de não atendimento do lote (1 hora por padrão), até o número máximo de tentativas.</translation>
    </message>
    <message>
        <source>Dialgen may retry, depending on the kind of network problem.</source>
        <translation>O Dialgen pode tentar novamente, dependendo do tipo de problema de rede.</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número inválido</translation>
    </message>
    <message>
        <source>The phone number is not valid, so the call could not be placed. Check the contact&apos;s number.</source>
        <translation>O número de telefone não é válido, por isso a chamada não pôde ser feita. Verifique o número do contato.</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Linha ocupada</translation>
    </message>
    <message>
        <source>The line was busy when Dialgen dialled.</source>
        <translation>A linha estava ocupada quando o Dialgen discou.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered.</source>
        <translation>O telefone tocou, mas ninguém atendeu.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de rede</translation>
    </message>
    <message>
        <source>A connectivity problem interrupted the call or stopped it from being placed.</source>
        <translation>Um problema de conectividade interrompeu a chamada ou impediu que ela fosse feita.</translation>
    </message>
    <message>
        <source>Out of credits</source>
        <translation>Sem créditos</translation>
    </message>
    <message>
        <source>The account did not have enough Dialgen credits to place the call. Top up the account; calls will not go out until then.</source>
        <translation>A conta não tinha créditos do Dialgen suficientes para fazer a chamada. Recarregue a conta; as chamadas não serão feitas até lá.</translation>
    </message>
</context>
<context>
    <name>cw::HistoryStore</name>
    <message>
        <source>the database is locked by another program (is another CallWatch running?)</source>
        <translation>o banco de dados está bloqueado por outro programa (há outro CallWatch em execução?)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>o arquivo de histórico é somente leitura</translation>
    </message>
    <message>
        <source>a disk error occurred (%1)</source>
        <translation>ocorreu um erro de disco (%1)</translation>
    </message>
    <message>
        <source>the history file is damaged; restart CallWatch to set it aside</source>
        <translation>o arquivo de histórico está danificado; reinicie o CallWatch para colocá-lo de lado</translation>
    </message>
    <message>
        <source>the history file cannot be opened (%1)</source>
        <translation>o arquivo de histórico não pode ser aberto (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>History is not being saved: %1</source>
        <translation>O histórico não está sendo salvo: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>a pasta %1 não pode ser criada</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside</source>
        <translation>%1 está danificado (%2) e não pôde ser movido</translation>
    </message>
    <message>
        <source>The history file was damaged (%1). It was moved to %2 and a new one was started.</source>
        <translation>O arquivo de histórico estava danificado (%1). Ele foi movido para %2 e um novo foi iniciado.</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>o arquivo não é um banco de dados</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 não pode ser aberto (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer CallWatch (history version %2; this one knows up to %3). It was left untouched.</source>
        <translation>%1 foi criado por um CallWatch mais recente (versão de histórico %2; esta conhece até a %3). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is not a CallWatch history file. It was left untouched.</source>
        <translation>%1 não é um arquivo de histórico do CallWatch. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>verificação de integridade: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 não pode ser gravado: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>não é possível renomear %1 para %2</translation>
    </message>
    <message>
        <source>the history store is not open</source>
        <translation>o armazenamento de histórico não está aberto</translation>
    </message>
    <message>
        <source>invalid history batch, nothing written: %1</source>
        <translation>lote de histórico inválido, nada foi gravado: %1</translation>
    </message>
    <message>
        <source>History could not be saved: %1.</source>
        <translation>Não foi possível salvar o histórico: %1.</translation>
    </message>
    <message>
        <source>1 batch of changes is kept in memory and will be retried.</source>
        <translation>1 lote de alterações está guardado na memória e será tentado novamente.</translation>
    </message>
    <message>
        <source>%1 batches of changes are kept in memory and will be retried.</source>
        <translation>%1 lotes de alterações estão guardados na memória e serão tentados novamente.</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped because too many were waiting.</source>
        <translation>%1 lote(s) de alterações mais antigo(s) foram descartados porque havia muitos aguardando.</translation>
    </message>
    <message>
        <source>%1 batch(es) of changes were rejected by the database and dropped: %2</source>
        <translation>%1 lote(s) de alterações foram rejeitados pelo banco de dados e descartados: %2</translation>
    </message>
    <message>
        <source>%1 older batch(es) of changes were dropped while the database could not be written</source>
        <translation>%1 lote(s) de alterações mais antigo(s) foram descartados enquanto não era possível gravar no banco de dados</translation>
    </message>
    <message>
        <source>invalid time range</source>
        <translation>intervalo de tempo inválido</translation>
    </message>
</context>
<context>
    <name>cw::KeychainCredentialStore</name>
    <message>
        <source>No keychain service is available: there is no D-Bus session bus (a headless or remote session?).</source>
        <translation>Nenhum serviço de chaveiro disponível: não há barramento de sessão D-Bus (uma sessão sem interface gráfica ou remota?).</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>Nenhum serviço de chaveiro disponível.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
    <message>
        <source>Is a Secret Service (GNOME Keyring, KWallet) running, and libsecret installed?</source>
        <translation>Há um Secret Service (GNOME Keyring, KWallet) em execução e a libsecret está instalada?</translation>
    </message>
    <message>
        <source>This platform has no supported keychain.</source>
        <translation>Esta plataforma não tem um chaveiro compatível.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>O acesso ao chaveiro foi negado.</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>O chaveiro não tem essa entrada.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry.</source>
        <translation>O chaveiro não conseguiu excluir a entrada.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>O chaveiro não respondeu em %1 segundos.</translation>
    </message>
</context>
<context>
    <name>cw::Lookup</name>
    <message>
        <source>invalid call id: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID de chamada inválido: deve ter de 1 a 200 caracteres imprimíveis, sem espaços, aspas ou sinais de menor/maior</translation>
    </message>
    <message>
        <source>call %1 not found: %2</source>
        <translation>chamada %1 não encontrada: %2</translation>
    </message>
    <message>
        <source>%1: set the DIALGEN_API_KEY environment variable</source>
        <translation>%1: defina a variável de ambiente DIALGEN_API_KEY</translation>
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
        <translation>Chamadas acompanhadas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No calls tracked yet&lt;/h2&gt;&lt;p&gt;Set your Dialgen API key in &lt;b&gt;Settings…&lt;/b&gt; (Ctrl+,) — or in the &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; environment variable —&lt;br&gt;then add call ids with &lt;b&gt;Add calls…&lt;/b&gt; (Ctrl+N), import them from a CSV file (Ctrl+O),&lt;br&gt;or follow a whole batch with &lt;b&gt;Track batch…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Look up…&lt;/b&gt; (Ctrl+L) shows one call without tracking it.&lt;/p&gt;&lt;p&gt;Just looking? Start CallWatch with &lt;b&gt;--demo&lt;/b&gt; to watch simulated calls.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nenhuma chamada acompanhada ainda&lt;/h2&gt;&lt;p&gt;Defina sua chave de API do Dialgen em &lt;b&gt;Configurações…&lt;/b&gt; (Ctrl+,) — ou na variável de ambiente &lt;b&gt;DIALGEN_API_KEY&lt;/b&gt; —&lt;br&gt;e depois adicione IDs de chamada com &lt;b&gt;Adicionar chamadas…&lt;/b&gt; (Ctrl+N), importe-os de um arquivo CSV (Ctrl+O)&lt;br&gt;ou acompanhe um lote inteiro com &lt;b&gt;Acompanhar lote…&lt;/b&gt; (Ctrl+B). &lt;b&gt;Consultar…&lt;/b&gt; (Ctrl+L) mostra uma chamada sem acompanhá-la.&lt;/p&gt;&lt;p&gt;Só dando uma olhada? Inicie o CallWatch com &lt;b&gt;--demo&lt;/b&gt; para ver chamadas simuladas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show or hide calls not yet checked, not found, or with a status CallWatch does not know</source>
        <translation>Mostrar ou ocultar chamadas ainda não verificadas, não encontradas ou com um status que o CallWatch não conhece</translation>
    </message>
    <message>
        <source>Show or hide %1 calls</source>
        <translation>Mostrar ou ocultar chamadas com status %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Show the calls of one tracked batch only</source>
        <translation>Mostrar somente as chamadas de um lote acompanhado</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Todos os lotes</translation>
    </message>
    <message>
        <source>Filter by call id, phone, contact or batch  (Ctrl+F)</source>
        <translation>Filtrar por ID de chamada, telefone, contato ou lote  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filtrar chamadas</translation>
    </message>
    <message>
        <source>Not a call id</source>
        <translation>Não é um ID de chamada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id.</source>
        <translation>&quot;%1&quot; não é um ID de chamada válido.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>Dialgen does not know the call %1 (neither live nor persistent status).</source>
        <translation>O Dialgen não conhece a chamada %1 (nem no status ao vivo nem no persistente).</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Falha na consulta</translation>
    </message>
    <message>
        <source>Look up a call</source>
        <translation>Consultar uma chamada</translation>
    </message>
    <message>
        <source>Call id (the call is shown, not tracked):</source>
        <translation>ID da chamada (a chamada é exibida, não acompanhada):</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Filter button for calls whose status CallWatch does not know (keep short)</extracomment>
        <translation>Outras</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n chamada</numerusform>
            <numerusform>%1: %n chamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in the toolbar context menu)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add calls…</source>
        <translation>Adicionar chamadas…</translation>
    </message>
    <message>
        <source>Track one or more call ids (Ctrl+N)</source>
        <translation>Acompanhar um ou mais IDs de chamada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Track batch…</source>
        <translation>Acompanhar lote…</translation>
    </message>
    <message>
        <source>Follow every call of a batch (Ctrl+B)</source>
        <translation>Acompanhar todas as chamadas de um lote (Ctrl+B)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Track the call ids of a CSV file (Ctrl+O)</source>
        <translation>Acompanhar os IDs de chamada de um arquivo CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the calls shown in the table as a CSV file (Ctrl+E)</source>
        <translation>Salvar as chamadas exibidas na tabela como arquivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>CSV</source>
        <extracomment>Toolbar menu button holding Import CSV / Export CSV (keep short)</extracomment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import call ids from CSV, or export the table</source>
        <translation>Importar IDs de chamada de um CSV ou exportar a tabela</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Ask Dialgen now about the selected calls, or every call when none is selected (F5)</source>
        <translation>Perguntar agora ao Dialgen sobre as chamadas selecionadas, ou sobre todas quando nenhuma estiver selecionada (F5)</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Atualizar todas</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button: pause polling Dialgen (keep short)
----------
Toolbar button: pause or resume polling Dialgen (keep short)</extracomment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume polling (Ctrl+P)</source>
        <translation>Pausar ou retomar as consultas periódicas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Look up…</source>
        <translation>Consultar…</translation>
    </message>
    <message>
        <source>Look up one call id without tracking it (Ctrl+L)</source>
        <translation>Consultar um ID de chamada sem acompanhá-lo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Trends</source>
        <extracomment>Toolbar button opening the charts of ended calls over time (keep short)</extracomment>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>Show or hide completed, missed and failed calls over time (Ctrl+T)</source>
        <translation>Mostrar ou ocultar as chamadas concluídas, perdidas e com falha ao longo do tempo (Ctrl+T)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <extracomment>Toolbar button: the full-screen view for a wall display (keep short)</extracomment>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Full-screen wallboard for a wall screen (F11; Esc returns)</source>
        <translation>Painel em tela cheia para uma tela de parede (F11; Esc volta)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Base URL, API key, polling, time zone, theme and language</source>
        <translation>URL base, chave de API, consultas, fuso horário, tema e idioma</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Keyboard action (Ctrl+F): move to the filter field</extracomment>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>the receiver is not running. Turn it on and press OK first.</source>
        <translation>o receptor não está em execução. Ative-o e pressione OK primeiro.</translation>
    </message>
    <message>
        <source>the receiver answered %1 and accepted the event.</source>
        <translation>o receptor respondeu %1 e aceitou o evento.</translation>
    </message>
    <message>
        <source>the receiver answered %1.</source>
        <translation>o receptor respondeu %1.</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: inativo</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n evento recebido</numerusform>
            <numerusform>%n eventos recebidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhooks: %1</translation>
    </message>
    <message>
        <source>Webhooks: %1, %2 refused (last: %3)</source>
        <extracomment>Status bar; %1 is &quot;N events received&quot;, %2 a count of refused deliveries, %3 why the last was refused</extracomment>
        <translation>Webhooks: %1, %2 recusados (último: %3)</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>O receptor está desativado.</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>Não foi possível iniciar o receptor: %1</translation>
    </message>
    <message>
        <source>Listening on %1. %2 accepted (%3 repeated deliveries), %4 refused.</source>
        <extracomment>Tooltip; %1 is the receiver&apos;s address, %2 to %4 are counts of webhook deliveries</extracomment>
        <translation>Escutando em %1. %2 aceitos (%3 entregas repetidas), %4 recusados.</translation>
    </message>
    <message>
        <source>Last refusal: %1 (HTTP %2) at %3.</source>
        <translation>Última recusa: %1 (HTTP %2) às %3.</translation>
    </message>
    <message>
        <source>No secret is set: deliveries are not authenticated.</source>
        <translation>Nenhum segredo definido: as entregas não são autenticadas.</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Chave de API do Dialgen</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. CallWatch keeps it in the system keychain.</source>
        <translation>Digite sua chave de API do Dialgen. O CallWatch a guarda no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Enter your Dialgen API key. No system keychain is available (%1), so CallWatch keeps the key for this session only and asks again next time.</source>
        <translation>Digite sua chave de API do Dialgen. Nenhum chaveiro do sistema está disponível (%1), então o CallWatch guarda a chave somente nesta sessão e a pede novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Add calls</source>
        <translation>Adicionar chamadas</translation>
    </message>
    <message>
        <source>Paste call ids, one per line or separated by commas or spaces:</source>
        <translation>Cole os IDs de chamada, um por linha ou separados por vírgulas ou espaços:</translation>
    </message>
    <message>
        <source>Some ids were not added</source>
        <translation>Alguns IDs não foram adicionados</translation>
    </message>
    <message>
        <source>These entries are not valid call ids and were not added:

%1</source>
        <translation>Estas entradas não são IDs de chamada válidos e não foram adicionadas:

%1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 é grande demais para importar (mais de %2 MB).</translation>
    </message>
    <message>
        <source>Could not read %1, line %2: %3</source>
        <translation>Não foi possível ler %1, linha %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) tracked</source>
        <translation>
            <numerusform>%n nova chamada acompanhada</numerusform>
            <numerusform>%n novas chamadas acompanhadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already tracked</source>
        <translation>
            <numerusform>, %n já acompanhada</numerusform>
            <numerusform>, %n já acompanhadas</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n entry(ies) that could not be call ids:</source>
        <translation>
            <numerusform>. %n entrada ignorada por não poder ser ID de chamada:</numerusform>
            <numerusform>. %n entradas ignoradas por não poderem ser IDs de chamada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Import call ids</source>
        <translation>Importar IDs de chamada</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Export calls</source>
        <extracomment>The suggested file name of the export is the second text: translate &quot;calls&quot;, keep &quot;.csv&quot;</extracomment>
        <translation>Exportar chamadas</translation>
    </message>
    <message>
        <source>calls.csv</source>
        <translation>chamadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n chamada exportada para %1</numerusform>
            <numerusform>%n chamadas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Track batch</source>
        <translation>Acompanhar lote</translation>
    </message>
    <message>
        <source>Batch id:</source>
        <translation>ID do lote:</translation>
    </message>
    <message>
        <source>Not a batch id</source>
        <translation>Não é um ID de lote</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id.</source>
        <translation>&quot;%1&quot; não é um ID de lote válido.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n chamada</numerusform>
            <numerusform>%n chamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 de %n chamada exibida</numerusform>
            <numerusform>%1 de %n chamadas exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling stopped</source>
        <extracomment>Status bar: CallWatch stopped asking Dialgen for updates</extracomment>
        <translation>Consultas interrompidas</translation>
    </message>
    <message>
        <source>  Set a valid API key (DIALGEN_API_KEY) and press Refresh.</source>
        <translation>  Defina uma chave de API válida (DIALGEN_API_KEY) e pressione Atualizar.</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>Consultas pausadas</translation>
    </message>
    <message>
        <source>Dialgen asked us to wait · resuming in %1 s</source>
        <translation>O Dialgen pediu para aguardarmos · retomando em %1 s</translation>
    </message>
    <message>
        <source>Polling trouble: %1</source>
        <translation>Problema nas consultas: %1</translation>
    </message>
    <message>
        <source>Dialgen reports that the account is out of credits (HTTP 402): new calls cannot be placed until it is topped up. Calls already tracked are still watched.</source>
        <translation>O Dialgen informa que a conta está sem créditos (HTTP 402): novas chamadas não podem ser feitas até que ela seja recarregada. As chamadas já acompanhadas continuam sendo monitoradas.</translation>
    </message>
    <message>
        <source>Polling OK · last answer %1 · %2 in flight</source>
        <extracomment>Status bar; %1 is an age such as &quot;5 s ago&quot;, %2 the number of requests waiting for an answer</extracomment>
        <translation>Consultas OK · última resposta %1 · %2 em andamento</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source> · %n stale</source>
        <extracomment>Appended to the status bar text: %n calls were not refreshed for too long</extracomment>
        <translation>
            <numerusform> · %n desatualizada</numerusform>
            <numerusform> · %n desatualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests answered, %2 failed</source>
        <translation>%1 requisições respondidas, %2 com falha</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <extracomment>Status bar, at start-up: the tracked calls are being read back from the local history</extracomment>
        <translation>Carregando o histórico…</translation>
    </message>
</context>
<context>
    <name>cw::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>memória (somente nesta execução)</translation>
    </message>
</context>
<context>
    <name>cw::Settings</name>
    <message>
        <source>No value given; the default is used.</source>
        <translation>Nenhum valor informado; o padrão é usado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; the default %2 is used.</source>
        <translation>&quot;%1&quot; não é um número inteiro; o padrão %2 é usado.</translation>
    </message>
    <message>
        <source>%1 is below the minimum; %2 is used.</source>
        <translation>%1 está abaixo do mínimo; %2 é usado.</translation>
    </message>
    <message>
        <source>%1 is above the maximum; %2 is used.</source>
        <translation>%1 está acima do máximo; %2 é usado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the default %2 is used.</source>
        <translation>&quot;%1&quot; não é um número; o padrão %2 é usado.</translation>
    </message>
    <message>
        <source>Not a text; the default is used.</source>
        <translation>Não é um texto; o padrão é usado.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the default is used.</source>
        <translation>O texto tem mais de %1 caracteres; o padrão é usado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2; the default &quot;%3&quot; is used.</source>
        <translation>&quot;%1&quot; não é um de %2; o padrão &quot;%3&quot; é usado.</translation>
    </message>
    <message>
        <source>Not a URL; the default %1 is used.</source>
        <translation>Não é uma URL; o padrão %1 é usado.</translation>
    </message>
    <message>
        <source>%1 The default %2 is used.</source>
        <translation>%1 O padrão %2 é usado.</translation>
    </message>
    <message>
        <source>Not a time zone name; the system&apos;s time zone is used.</source>
        <translation>Não é um nome de fuso horário; o fuso horário do sistema é usado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; the system&apos;s time zone is used.</source>
        <translation>&quot;%1&quot; não é um fuso horário conhecido; o fuso horário do sistema é usado.</translation>
    </message>
    <message>
        <source>Not a language code; the system&apos;s language is used.</source>
        <translation>Não é um código de idioma; o idioma do sistema é usado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language code; the system&apos;s language is used.</source>
        <translation>&quot;%1&quot; não é um código de idioma conhecido; o idioma do sistema é usado.</translation>
    </message>
    <message>
        <source>Not binary data; the default is used.</source>
        <translation>Não são dados binários; o padrão é usado.</translation>
    </message>
    <message>
        <source>More than %1 bytes; the default is used.</source>
        <translation>Mais de %1 bytes; o padrão é usado.</translation>
    </message>
    <message>
        <source>Unknown setting type; the default is used.</source>
        <translation>Tipo de configuração desconhecido; o padrão é usado.</translation>
    </message>
</context>
<context>
    <name>cw::SettingsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>CallWatch Settings</source>
        <translation>Configurações do CallWatch</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuração</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>C&amp;onsultas</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Exibição</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>Web&amp;hooks</source>
        <translation>Web&amp;hooks</translation>
    </message>
    <message>
        <source>The Dialgen server and the API key</source>
        <translation>O servidor do Dialgen e a chave de API</translation>
    </message>
    <message>
        <source>How often and how politely CallWatch asks Dialgen</source>
        <translation>Com que frequência e com que cortesia o CallWatch consulta o Dialgen</translation>
    </message>
    <message>
        <source>Time zone, theme and language</source>
        <translation>Fuso horário, tema e idioma</translation>
    </message>
    <message>
        <source>Page rotation, the exit PIN and alert thresholds</source>
        <translation>Rotação de páginas, PIN de saída e limites de alerta</translation>
    </message>
    <message>
        <source>Let Dialgen push finished calls to CallWatch instead of waiting for a poll</source>
        <translation>Permitir que o Dialgen envie as chamadas finalizadas ao CallWatch em vez de esperar por uma consulta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check and save every setting, then close</source>
        <translation>Verificar e salvar todas as configurações e fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fechar sem alterar nada</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Put the default values into every field (the API key is not touched). Nothing is saved until you press OK.</source>
        <translation>Colocar os valores padrão em todos os campos (a chave de API não é alterada). Nada é salvo até você pressionar OK.</translation>
    </message>
    <message>
        <source>Dialgen server</source>
        <translation>Servidor do Dialgen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The address of the Dialgen API. It must start with https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>O endereço da API do Dialgen. Ele deve começar com https://; http:// simples só é aceito para este computador (localhost, 127.0.0.1, ::1), para que a chave de API nunca seja enviada sem criptografia.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Dialgen API key</source>
        <translation>Chave de API do Dialgen</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Status da chave de API</translation>
    </message>
    <message>
        <source>Whether an API key is set and where it comes from. The key itself is never shown.</source>
        <translation>Se uma chave de API está definida e de onde ela vem. A chave em si nunca é exibida.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>About the API key</source>
        <translation>Sobre a chave de API</translation>
    </message>
    <message>
        <source>Paste a new key here</source>
        <translation>Cole uma nova chave aqui</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>Paste the API key from your Dialgen account, then press Save key (or OK). It stays hidden, and the field is cleared once the key is saved.</source>
        <translation>Cole a chave de API da sua conta do Dialgen e pressione Salvar chave (ou OK). Ela fica oculta, e o campo é limpo assim que a chave é salva.</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>&amp;Nova chave:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Salvar chave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Es&amp;quecer chave</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Esquecer chave</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix of a spin box: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often CallWatch asks Dialgen</source>
        <translation>Com que frequência o CallWatch consulta o Dialgen</translation>
    </message>
    <message>
        <source>Ongoing calls: seconds between checks</source>
        <translation>Chamadas em andamento: segundos entre verificações</translation>
    </message>
    <message>
        <source>How often a call in progress (ONGOING) is checked, in seconds.</source>
        <translation>Com que frequência uma chamada em andamento (ONGOING) é verificada, em segundos.</translation>
    </message>
    <message>
        <source>&amp;Ongoing calls, every:</source>
        <translation>Chamadas em &amp;andamento, a cada:</translation>
    </message>
    <message>
        <source>Scheduled calls: seconds between checks</source>
        <translation>Chamadas agendadas: segundos entre verificações</translation>
    </message>
    <message>
        <source>How often a call waiting to be dialled (SCHEDULED) is checked, in seconds.</source>
        <translation>Com que frequência uma chamada aguardando discagem (SCHEDULED) é verificada, em segundos.</translation>
    </message>
    <message>
        <source>&amp;Scheduled calls, every:</source>
        <translation>Chamadas a&amp;gendadas, a cada:</translation>
    </message>
    <message>
        <source>Batches: seconds between checks</source>
        <translation>Lotes: segundos entre verificações</translation>
    </message>
    <message>
        <source>How often the calls of a followed batch are checked (one request per batch), in seconds.</source>
        <translation>Com que frequência as chamadas de um lote acompanhado são verificadas (uma requisição por lote), em segundos.</translation>
    </message>
    <message>
        <source>&amp;Batches, every:</source>
        <translation>&amp;Lotes, a cada:</translation>
    </message>
    <message>
        <source>Batch statistics: seconds between checks</source>
        <translation>Estatísticas de lote: segundos entre verificações</translation>
    </message>
    <message>
        <source>How often a batch&apos;s statistics are fetched until the batch is completed or cancelled, in seconds.</source>
        <translation>Com que frequência as estatísticas de um lote são obtidas até o lote ser concluído ou cancelado, em segundos.</translation>
    </message>
    <message>
        <source>Batch s&amp;tatistics, every:</source>
        <translation>Es&amp;tatísticas de lote, a cada:</translation>
    </message>
    <message>
        <source>Politeness limits</source>
        <translation>Limites de cortesia</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Máximo de requisições em andamento</translation>
    </message>
    <message>
        <source>How many requests to Dialgen may be under way at the same time.</source>
        <translation>Quantas requisições ao Dialgen podem estar em andamento ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Requests &amp;in flight, at most:</source>
        <translation>Requisições &amp;simultâneas, no máximo:</translation>
    </message>
    <message>
        <source>Requests per second at most</source>
        <translation>Máximo de requisições por segundo</translation>
    </message>
    <message>
        <source>How many requests CallWatch may send to Dialgen per second, on average.</source>
        <translation>Quantas requisições o CallWatch pode enviar ao Dialgen por segundo, em média.</translation>
    </message>
    <message>
        <source>Requests per s&amp;econd, at most:</source>
        <translation>Requisições por segun&amp;do, no máximo:</translation>
    </message>
    <message>
        <source>Calls and history</source>
        <translation>Chamadas e histórico</translation>
    </message>
    <message>
        <source> min</source>
        <comment>unit suffix of a spin box: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum call duration in minutes</source>
        <translation>Duração máxima da chamada em minutos</translation>
    </message>
    <message>
        <source>An ONGOING call running longer than this is shown as possibly stuck and checked again through Dialgen&apos;s persistent endpoint.</source>
        <translation>Uma chamada ONGOING que dura mais do que isso é exibida como possivelmente travada e verificada novamente pelo endpoint persistente do Dialgen.</translation>
    </message>
    <message>
        <source>Possibly stuc&amp;k after:</source>
        <translation>Possivelmente tra&amp;vada após:</translation>
    </message>
    <message>
        <source> missed checks</source>
        <comment>unit suffix of a spin box</comment>
        <translation> verificações perdidas</translation>
    </message>
    <message>
        <source>Mark a call stale after this many missed checks</source>
        <translation>Marcar uma chamada como desatualizada após este número de verificações perdidas</translation>
    </message>
    <message>
        <source>A call with no successful update for this many checks in a row is shown as stale (greyed).</source>
        <translation>Uma chamada sem nenhuma atualização bem-sucedida durante este número de verificações seguidas é exibida como desatualizada (em cinza).</translation>
    </message>
    <message>
        <source>Mark st&amp;ale after:</source>
        <translation>Marcar como desatuali&amp;zada após:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>unit suffix of a spin box</comment>
        <translation> dias</translation>
    </message>
    <message>
        <source>Forever</source>
        <comment>history retention of 0 days</comment>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source>History retention in days</source>
        <translation>Retenção do histórico em dias</translation>
    </message>
    <message>
        <source>Status changes older than this are removed from the history database. At 0 (Forever) nothing is removed.</source>
        <translation>Mudanças de status mais antigas do que isso são removidas do banco de dados de histórico. Com 0 (Para sempre) nada é removido.</translation>
    </message>
    <message>
        <source>Keep histor&amp;y for:</source>
        <translation>Manter h&amp;istórico por:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Exibição</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>the computer&apos;s own time zone</comment>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Time zone for day boundaries</source>
        <translation>Fuso horário para a virada do dia</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this time zone. Type part of a name, such as &quot;Berlin&quot;, to search.</source>
        <translation>Os dias (&quot;hoje&quot;, contagens diárias e gráficos) começam à meia-noite neste fuso horário. Digite parte de um nome, como &quot;Sao_Paulo&quot;, para pesquisar.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the colours of your desktop. Statuses always show an icon and a text as well as a colour.</source>
        <translation>Cores claras ou escuras; Sistema segue as cores da sua área de trabalho. Os status sempre mostram um ícone e um texto, além de uma cor.</translation>
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
        <translation>O idioma da janela do CallWatch. Sistema usa o idioma da sua área de trabalho quando o CallWatch tem uma tradução para ele; caso contrário, inglês.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time CallWatch starts.</source>
        <translation>Um novo idioma é aplicado na próxima vez que o CallWatch for iniciado.</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>wallboard pages do not rotate</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Seconds between wallboard pages</source>
        <translation>Segundos entre as páginas do painel</translation>
    </message>
    <message>
        <source>The wallboard shows its pages in turn, this many seconds each. An alert that has not been acknowledged keeps its page on screen.</source>
        <translation>O painel mostra suas páginas em sequência, cada uma por este número de segundos. Um alerta que não foi confirmado mantém sua página na tela.</translation>
    </message>
    <message>
        <source>Ne&amp;xt page every:</source>
        <translation>Pró&amp;xima página a cada:</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an alert is raised</source>
        <translation>Tocar um &amp;som quando um alerta for emitido</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Som de alerta</translation>
    </message>
    <message>
        <source>Besides the highlighted tile and the notification.</source>
        <translation>Além do bloco destacado e da notificação.</translation>
    </message>
    <message>
        <source>Exit PIN:</source>
        <translation>PIN de saída:</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 a 12 dígitos</translation>
    </message>
    <message>
        <source>New wallboard PIN</source>
        <translation>Novo PIN do painel</translation>
    </message>
    <message>
        <source>When a PIN is set, leaving the wallboard with Esc asks for it. Only a hash of the PIN is stored.</source>
        <translation>Quando um PIN está definido, sair do painel com Esc o solicita. Somente um hash do PIN é armazenado.</translation>
    </message>
    <message>
        <source>Remo&amp;ve PIN</source>
        <translation>Remo&amp;ver PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Remover o PIN</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard at once (saved by OK).</source>
        <translation>Esc sai do painel imediatamente (salvo com OK).</translation>
    </message>
    <message>
        <source>New P&amp;IN:</source>
        <translation>Novo P&amp;IN:</translation>
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
        <translation>Nível de aviso da taxa de falhas em porcentagem</translation>
    </message>
    <message>
        <source>Warn when more than this share of the calls that ended recently FAILED.</source>
        <translation>Avisar quando mais do que esta parcela das chamadas encerradas recentemente tiver status FAILED.</translation>
    </message>
    <message>
        <source>Failure rate critical level in percent</source>
        <translation>Nível crítico da taxa de falhas em porcentagem</translation>
    </message>
    <message>
        <source>Critical when more than this share of the calls that ended recently FAILED.</source>
        <translation>Crítico quando mais do que esta parcela das chamadas encerradas recentemente tiver status FAILED.</translation>
    </message>
    <message>
        <source>warning above</source>
        <translation>aviso acima de</translation>
    </message>
    <message>
        <source>critical above</source>
        <translation>crítico acima de</translation>
    </message>
    <message>
        <source>&amp;Failure rate:</source>
        <translation>Taxa de &amp;falhas:</translation>
    </message>
    <message>
        <source>Failure rate window in minutes</source>
        <translation>Janela da taxa de falhas em minutos</translation>
    </message>
    <message>
        <source>The failure rate and INSUFFICIENT_CREDITS alerts look at the calls that ended in this many past minutes.</source>
        <translation>Os alertas de taxa de falhas e de INSUFFICIENT_CREDITS consideram as chamadas encerradas neste número de minutos passados.</translation>
    </message>
    <message>
        <source>Over the &amp;last:</source>
        <translation>Nos ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>Scheduled backlog warning level in calls</source>
        <translation>Nível de aviso de chamadas agendadas pendentes</translation>
    </message>
    <message>
        <source>Warn when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Avisar quando mais chamadas do que isso estiverem aguardando discagem (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled backlog critical level in calls</source>
        <translation>Nível crítico de chamadas agendadas pendentes</translation>
    </message>
    <message>
        <source>Critical when more calls than this wait to be dialled (SCHEDULED).</source>
        <translation>Crítico quando mais chamadas do que isso estiverem aguardando discagem (SCHEDULED).</translation>
    </message>
    <message>
        <source>Scheduled &amp;backlog:</source>
        <translation>A&amp;gendadas pendentes:</translation>
    </message>
    <message>
        <source>Polling down warning level in seconds</source>
        <translation>Nível de aviso de consultas sem resposta em segundos</translation>
    </message>
    <message>
        <source>Warn when Dialgen has not answered for this many seconds.</source>
        <translation>Avisar quando o Dialgen não responder por este número de segundos.</translation>
    </message>
    <message>
        <source>Polling down critical level in seconds</source>
        <translation>Nível crítico de consultas sem resposta em segundos</translation>
    </message>
    <message>
        <source>Critical when Dialgen has not answered for this many seconds.</source>
        <translation>Crítico quando o Dialgen não responder por este número de segundos.</translation>
    </message>
    <message>
        <source>&amp;No answer from Dialgen:</source>
        <translation>Sem resposta do &amp;Dialgen:</translation>
    </message>
    <message>
        <source>Any call that ends with INSUFFICIENT_CREDITS raises a critical alert. Alerts stay on screen until acknowledged (key A on the wallboard).</source>
        <translation>Qualquer chamada que termine com INSUFFICIENT_CREDITS gera um alerta crítico. Os alertas ficam na tela até serem confirmados (tecla A no painel).</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>&amp;Listen for webhooks from Dialgen</source>
        <translation>Escutar &amp;webhooks do Dialgen</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Receber webhooks</translation>
    </message>
    <message>
        <source>Finished calls show up the moment Dialgen reports them; polling stays on as the safety net.</source>
        <translation>As chamadas finalizadas aparecem no momento em que o Dialgen as informa; as consultas periódicas continuam ativas como rede de segurança.</translation>
    </message>
    <message>
        <source>Address to listen on</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts deliveries from this computer only (through a tunnel or reverse proxy). 0.0.0.0 listens on every network.</source>
        <translation>127.0.0.1 aceita entregas somente deste computador (por meio de um túnel ou proxy reverso). 0.0.0.0 escuta em todas as redes.</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Escutar no en&amp;dereço:</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Porta de escuta</translation>
    </message>
    <message>
        <source>The TCP port of the receiver.</source>
        <translation>A porta TCP do receptor.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Port&amp;a:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <source>Where the receiver accepts deliveries. Give Dialgen the public HTTPS address of your reverse proxy or tunnel that forwards here.</source>
        <translation>Onde o receptor aceita entregas. Informe ao Dialgen o endereço HTTPS público do seu proxy reverso ou túnel que encaminha para cá.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>Copiar a URL do webhook</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard.</source>
        <translation>Copiar a URL para a área de transferência.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Segredo:</translation>
    </message>
    <message>
        <source>The shared secret configured at Dialgen</source>
        <translation>O segredo compartilhado configurado no Dialgen</translation>
    </message>
    <message>
        <source>New webhook secret</source>
        <translation>Novo segredo do webhook</translation>
    </message>
    <message>
        <source>Deliveries must carry x-dialgen-signature, the HMAC-SHA256 of the body with this secret. Kept in the system keychain, never in the settings file.</source>
        <translation>As entregas devem incluir x-dialgen-signature, o HMAC-SHA256 do corpo com este segredo. Guardado no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>New secre&amp;t:</source>
        <translation>Novo &amp;segredo:</translation>
    </message>
    <message>
        <source>The receiver is off.</source>
        <translation>O receptor está desativado.</translation>
    </message>
    <message>
        <source>&amp;Send test event</source>
        <translation>Enviar evento de &amp;teste</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Enviar um evento de teste</translation>
    </message>
    <message>
        <source>Posts a signed sample event to the running receiver and reports what it answered.</source>
        <translation>Envia um evento de exemplo assinado ao receptor em execução e informa o que ele respondeu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Never expose the receiver to the internet directly: it speaks plain HTTP. Put a reverse proxy or a tunnel with TLS in front of it and keep it on 127.0.0.1. The README explains how.</source>
        <translation>Nunca exponha o receptor diretamente à internet: ele usa HTTP simples. Coloque um proxy reverso ou um túnel com TLS na frente dele e mantenha-o em 127.0.0.1. O README explica como.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this computer only), ::1 or 0.0.0.0.</source>
        <translation>&quot;%1&quot; não é um endereço IP. Use 127.0.0.1 (somente este computador), ::1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <source>Other computers can reach this address. Keep the receiver behind a TLS reverse proxy or firewall, and set a secret.</source>
        <translation>Outros computadores podem acessar este endereço. Mantenha o receptor atrás de um proxy reverso com TLS ou de um firewall e defina um segredo.</translation>
    </message>
    <message>
        <source>Set the %1 environment variable before starting CallWatch.</source>
        <translation>Defina a variável de ambiente %1 antes de iniciar o CallWatch.</translation>
    </message>
    <message>
        <source>Taken from the %1 environment variable.</source>
        <translation>Obtido da variável de ambiente %1.</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Deliveries must be signed.</source>
        <translation>Guardado no chaveiro do sistema. As entregas devem ser assinadas.</translation>
    </message>
    <message>
        <source>Kept for this run only (no keychain available). Deliveries must be signed.</source>
        <translation>Mantido somente nesta execução (nenhum chaveiro disponível). As entregas devem ser assinadas.</translation>
    </message>
    <message>
        <source>None: deliveries are not checked. Set a secret, or use %1.</source>
        <translation>Nenhum: as entregas não são verificadas. Defina um segredo ou use %1.</translation>
    </message>
    <message>
        <source>The new PIN is saved when you press OK.</source>
        <translation>O novo PIN é salvo quando você pressiona OK.</translation>
    </message>
    <message>
        <source>Set: Esc on the wallboard asks for the PIN.</source>
        <translation>Definido: Esc no painel solicita o PIN.</translation>
    </message>
    <message>
        <source>Removed when you press OK: Esc will leave the wallboard at once.</source>
        <translation>Removido quando você pressionar OK: Esc sairá do painel imediatamente.</translation>
    </message>
    <message>
        <source>None: Esc leaves the wallboard at once.</source>
        <translation>Nenhum: Esc sai do painel imediatamente.</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Entregue: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Enter the address of the Dialgen API, for example %1.</source>
        <translation>Digite o endereço da API do Dialgen, por exemplo %1.</translation>
    </message>
    <message>
        <source>This is not a complete web address: it must start with https://.</source>
        <translation>Este não é um endereço web completo: ele deve começar com https://.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Este não é um endereço web válido.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>O endereço deve começar com https://.</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1), so the API key is never sent unencrypted.</source>
        <translation>HTTPS é obrigatório para %1: http:// simples só é aceito para este computador (localhost, 127.0.0.1, ::1), para que a chave de API nunca seja enviada sem criptografia.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>O endereço não deve conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>System</source>
        <comment>time zone</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone CallWatch knows. Choose one from the list, or System.</source>
        <translation>&quot;%1&quot; não é um fuso horário que o CallWatch conheça. Escolha um da lista ou Sistema.</translation>
    </message>
    <message>
        <source>Days (&quot;today&quot;, daily counts and charts) begin at midnight in this zone. It is now %1 there.</source>
        <translation>Os dias (&quot;hoje&quot;, contagens diárias e gráficos) começam à meia-noite neste fuso. Agora são %1 lá.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 digits.</source>
        <translation>Um PIN precisa de pelo menos 4 dígitos.</translation>
    </message>
    <message>
        <source>CallWatch never stores the key in plain text, so without a keychain it asks for the key each time it starts.</source>
        <translation>O CallWatch nunca armazena a chave em texto simples; por isso, sem um chaveiro, ele pede a chave toda vez que é iniciado.</translation>
    </message>
    <message>
        <source>Set in the %1 environment variable — it overrides the keychain</source>
        <translation>Definida na variável de ambiente %1 — ela tem prioridade sobre o chaveiro</translation>
    </message>
    <message>
        <source>The variable wins over any key saved here. To save or forget a key in CallWatch, unset %1 and start CallWatch again.</source>
        <translation>A variável tem prioridade sobre qualquer chave salva aqui. Para salvar ou esquecer uma chave no CallWatch, remova %1 e inicie o CallWatch novamente.</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>CallWatch reads it from the keychain when it starts. Save a new key to replace it, or forget it to remove it from the keychain.</source>
        <translation>O CallWatch a lê do chaveiro ao iniciar. Salve uma nova chave para substituí-la ou esqueça-a para removê-la do chaveiro.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Salvando no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Kept for this session only: no keychain is available (%1)</source>
        <translation>Mantida somente nesta sessão: nenhum chaveiro disponível (%1)</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Mantida somente nesta sessão</translation>
    </message>
    <message>
        <source>It is forgotten when CallWatch quits. Enter it again and save it to keep it in the system keychain.</source>
        <translation>Ela é esquecida quando o CallWatch é encerrado. Digite-a novamente e salve-a para guardá-la no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Procurando no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
    <message>
        <source>CallWatch cannot manage the API key here.</source>
        <translation>O CallWatch não pode gerenciar a chave de API aqui.</translation>
    </message>
    <message>
        <source>Enter the API key from your Dialgen account and save it: it is kept in the system keychain, never in the settings file.</source>
        <translation>Digite a chave de API da sua conta do Dialgen e salve-a: ela é guardada no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). A key entered here is kept for this session only.</source>
        <translation>Nenhum chaveiro disponível (%1). Uma chave digitada aqui é mantida somente nesta sessão.</translation>
    </message>
    <message>
        <source>The %1 environment variable is in charge: it wins over any key saved here.</source>
        <translation>A variável de ambiente %1 está no comando: ela tem prioridade sobre qualquer chave salva aqui.</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain and use it from now on</source>
        <translation>Guardar a chave no chaveiro do sistema e usá-la a partir de agora</translation>
    </message>
    <message>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Nenhum chaveiro disponível: usar a chave somente nesta sessão</translation>
    </message>
    <message>
        <source>Stop using the key and remove it from the system keychain</source>
        <translation>Parar de usar a chave e removê-la do chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>cw::StatusStyle</name>
    <message>
        <source>Scheduled</source>
        <extracomment>Call status: the call is planned but not dialled yet (table cell, filter button, chart legend: keep short)</extracomment>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <extracomment>Call status: the call is in progress right now (keep short)</extracomment>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Call status: the call connected and ended normally (keep short)</extracomment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Call status: nobody answered (keep short)</extracomment>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Call status: the call could not be placed or broke off with an error (keep short)</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>no answer from Dialgen yet</comment>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>cw::TrendChart</name>
    <message>
        <source>No code</source>
        <comment>failures without an error code</comment>
        <translation>Sem código</translation>
    </message>
    <message>
        <source>Other codes</source>
        <comment>failures with a less frequent error code</comment>
        <translation>Outros códigos</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Chamadas ativas</translation>
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
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Chart range</source>
        <translation>Intervalo do gráfico</translation>
    </message>
    <message>
        <source>The period the chart shows</source>
        <translation>O período que o gráfico mostra</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Stacked bars per period</source>
        <translation>Barras empilhadas por período</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>One line per outcome</source>
        <translation>Uma linha por resultado</translation>
    </message>
    <message>
        <source>Split failures by error code</source>
        <translation>Dividir falhas por código de erro</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n most frequent error codes separately</source>
        <translation>
            <numerusform>Mostrar separadamente %n código de erro mais frequente</numerusform>
            <numerusform>Mostrar separadamente os %n códigos de erro mais frequentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls scheduled or in progress at the end of each period (right axis)</source>
        <translation>Chamadas agendadas ou em andamento no fim de cada período (eixo direito)</translation>
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
        <translation>Nenhuma chamada terminou neste período</translation>
    </message>
    <message>
        <source>Active %1</source>
        <comment>active calls at the end of a period</comment>
        <translation>Ativas: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Não há dados do gráfico para exportar.</translation>
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
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar dados do gráfico</translation>
    </message>
    <message>
        <source>chart.csv</source>
        <translation>grafico.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Carregando o histórico…</translation>
    </message>
</context>
<context>
    <name>cw::Wallboard</name>
    <message>
        <source>CallWatch wallboard</source>
        <translation>Painel do CallWatch</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>calls in progress now</source>
        <translation>chamadas em andamento agora</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendadas</translation>
    </message>
    <message>
        <source>waiting to be dialled</source>
        <translation>aguardando discagem</translation>
    </message>
    <message>
        <source>Connect rate today</source>
        <translation>Taxa de conexão hoje</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Concluídas hoje</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Perdidas hoje</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Com falha hoje</translation>
    </message>
    <message>
        <source>Top errors today</source>
        <translation>Principais erros hoje</translation>
    </message>
    <message>
        <source>No failed calls today</source>
        <translation>Nenhuma chamada com falha hoje</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>No batches tracked</source>
        <translation>Nenhum lote acompanhado</translation>
    </message>
    <message>
        <source>Calls ended per quarter hour · last 24 hours</source>
        <translation>Chamadas encerradas por quarto de hora · últimas 24 horas</translation>
    </message>
    <message>
        <source>Calls ended per hour · last 7 days</source>
        <translation>Chamadas encerradas por hora · últimos 7 dias</translation>
    </message>
    <message>
        <source>Batches in progress and finished</source>
        <translation>Lotes em andamento e finalizados</translation>
    </message>
    <message>
        <source>Enter the wallboard PIN to leave</source>
        <translation>Digite o PIN do painel para sair</translation>
    </message>
    <message>
        <source>Enter to confirm · Esc to cancel</source>
        <translation>Enter para confirmar · Esc para cancelar</translation>
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
        <translation>nenhuma chamada encerrada hoje ainda</translation>
    </message>
    <message>
        <source>%1 of ended calls</source>
        <translation>%1 das chamadas encerradas</translation>
    </message>
    <message>
        <source>%1 of %2 ended calls connected</source>
        <translation>%1 de %2 chamadas encerradas conectadas</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sem código</translation>
    </message>
    <message>
        <source>failed without an error code</source>
        <translation>falharam sem código de erro</translation>
    </message>
    <message>
        <source>ingesting</source>
        <translation>recebendo</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>agendado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>processando</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>waiting for statistics</source>
        <translation>aguardando estatísticas</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 failed · %4</source>
        <translation>%1 de %2 · %3 com falha · %4</translation>
    </message>
    <message>
        <source>Press A to acknowledge</source>
        <translation>Pressione A para confirmar</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n outro)</numerusform>
            <numerusform>(+%n outros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date · nothing active</source>
        <translation>Em dia · nada ativo</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Aguardando dados</translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Sem dados há %1</translation>
    </message>
    <message>
        <source>No update for %1</source>
        <translation>Sem atualização há %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Atualizado agora mesmo</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Atualizado há %1</translation>
    </message>
    <message>
        <source>STALE · %1</source>
        <extracomment>Large marker on the wallboard when its data is old; %1 is a duration such as &quot;5 min&quot;. Capitals are deliberate</extracomment>
        <translation>DESATUALIZADO · %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>CallWatch</source>
        <translation>CallWatch</translation>
    </message>
    <message>
        <source>Rotation paused</source>
        <translation>Rotação pausada</translation>
    </message>
    <message>
        <source>Held by alert</source>
        <translation>Retido por alerta</translation>
    </message>
    <message>
        <source>← →  Change page     Space  %1     A  Acknowledge alerts     Esc  Exit</source>
        <extracomment>Key hints along the bottom of the wallboard; %1 is &quot;Pause rotation&quot; or &quot;Resume rotation&quot;</extracomment>
        <translation>← →  Mudar página     Espaço  %1     A  Confirmar alertas     Esc  Sair</translation>
    </message>
    <message>
        <source>Resume rotation</source>
        <translation>Retomar rotação</translation>
    </message>
    <message>
        <source>Pause rotation</source>
        <translation>Pausar rotação</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens: 0 to %2); the wallboard uses the primary screen.</source>
        <translation>Não existe a tela %1 (telas: 0 a %2); o painel usa a tela principal.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN incorreto. Resta %n tentativa.</numerusform>
            <numerusform>PIN incorreto. Restam %n tentativas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Muitos PINs incorretos. Tente novamente em %n s.</numerusform>
            <numerusform>Muitos PINs incorretos. Tente novamente em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (confirmado)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the Batches page</source>
        <translation>
            <numerusform>+%n outro na página Lotes</numerusform>
            <numerusform>+%n outros na página Lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n outro</numerusform>
            <numerusform>+%n outros</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Carregando o histórico…</translation>
    </message>
</context>
<context>
    <name>cw::WebhookReceiver</name>
    <message>
        <source>Request headers too large</source>
        <translation>Cabeçalhos da requisição grandes demais</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Corpo grande demais</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Content-Length inválido</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding sent</source>
        <translation>Content-Length e Transfer-Encoding enviados juntos</translation>
    </message>
    <message>
        <source>Request incomplete, connection timed out</source>
        <translation>Requisição incompleta, tempo de conexão esgotado</translation>
    </message>
    <message>
        <source>Too many open connections</source>
        <translation>Conexões abertas demais</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Não foi possível escutar em %1 porta %2: %3</translation>
    </message>
    <message>
        <source>Could not start the webhook receiver</source>
        <translation>Não foi possível iniciar o receptor de webhooks</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets with a port, like [::1]:8787</source>
        <translation>escreva um endereço IPv6 entre colchetes com uma porta, como [::1]:8787</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, like [::1]:8787</source>
        <translation>escreva um endereço IPv6 entre colchetes, como [::1]:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation>&quot;%1&quot; não é um número de porta (1-65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0</source>
        <translation>&quot;%1&quot; não é um endereço IP; use 127.0.0.1, ::1 ou 0.0.0.0</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Método não permitido</translation>
    </message>
    <message>
        <source>Missing or wrong bearer token</source>
        <translation>Token bearer ausente ou incorreto</translation>
    </message>
    <message>
        <source>Missing signature</source>
        <translation>Assinatura ausente</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Assinatura inválida</translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type deve ser application/json</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Payload malformado</translation>
    </message>
    <message>
        <source>Event could not be saved, deliver it again</source>
        <translation>Não foi possível salvar o evento; entregue-o novamente</translation>
    </message>
</context>
<context>
    <name>cw::sim::DialgenSimulator</name>
    <message>
        <source>Cannot register the route %1</source>
        <translation>Não é possível registrar a rota %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Não é possível escutar em 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Cannot bind the HTTP server</source>
        <translation>Não é possível vincular o servidor HTTP</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Não é possível escutar em 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::sim::WebhookDispatcher</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The webhook URL must be an absolute http(s) URL with a host</source>
        <translation>A URL do webhook deve ser uma URL http(s) absoluta com um host</translation>
    </message>
    <message>
        <source>The webhook URL must use https (or http to this machine)</source>
        <translation>A URL do webhook deve usar https (ou http para esta máquina)</translation>
    </message>
    <message>
        <source>Plain http webhooks are only sent to this machine (127.0.0.1, ::1, localhost); use https for %1</source>
        <translation>Webhooks em http simples só são enviados para esta máquina (127.0.0.1, ::1, localhost); use https para %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in Dialgen simulator and watch its calls.</source>
        <translation>Iniciar o simulador do Dialgen integrado e acompanhar suas chamadas.</translation>
    </message>
    <message>
        <source>Dialgen API base URL (default https://sa.dialgen.ai).</source>
        <translation>URL base da API do Dialgen (padrão https://sa.dialgen.ai).</translation>
    </message>
    <message>
        <source>Track this call id (repeatable).</source>
        <translation>Acompanhar este ID de chamada (pode ser repetido).</translation>
    </message>
    <message>
        <source>Track every call of this batch (repeatable).</source>
        <translation>Acompanhar todas as chamadas deste lote (pode ser repetido).</translation>
    </message>
    <message>
        <source>How much faster than real time the demo&apos;s calls run (default 40).</source>
        <translation>Quantas vezes mais rápido que o tempo real as chamadas da demonstração acontecem (padrão 40).</translation>
    </message>
    <message>
        <source>Keep the call history in this folder instead of the default one.</source>
        <translation>Manter o histórico de chamadas nesta pasta em vez da pasta padrão.</translation>
    </message>
    <message>
        <source>Look this call up. With --json: print it as one JSON object and exit (0 found, 3 not found, 4 key rejected or missing, 5 network or server error, 2 bad usage); no display needed.</source>
        <translation>Consultar esta chamada. Com --json: imprime-a como um objeto JSON e sai (0 encontrada, 3 não encontrada, 4 chave rejeitada ou ausente, 5 erro de rede ou do servidor, 2 uso incorreto); não precisa de tela.</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <extracomment>--help text; keep the words system, light and dark in English: they are what the option takes</extracomment>
        <translation>Tema de cores para esta execução: system, light ou dark.</translation>
    </message>
    <message>
        <source>Start on the full-screen wallboard (Esc returns to the window).</source>
        <translation>Iniciar no painel em tela cheia (Esc volta para a janela).</translation>
    </message>
    <message>
        <source>With --wallboard: the screen to fill, counted from 0.</source>
        <translation>Com --wallboard: a tela a ocupar, contando a partir de 0.</translation>
    </message>
    <message>
        <source>Language for this run, e.g. de, fr, pt_BR (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Idioma para esta execução, por exemplo de, fr, pt_BR (padrão: o escolhido nas Configurações; senão, o do sistema).</translation>
    </message>
    <message>
        <source>Receive Dialgen webhooks on this address and port for this run, e.g. 127.0.0.1:8787. The secret comes from DIALGEN_WEBHOOK_SECRET or the keychain.</source>
        <translation>Receber webhooks do Dialgen neste endereço e porta nesta execução, por exemplo 127.0.0.1:8787. O segredo vem de DIALGEN_WEBHOOK_SECRET ou do chaveiro.</translation>
    </message>
    <message>
        <source>With --lookup: print the call as JSON on stdout, no window.</source>
        <translation>Com --lookup: imprimir a chamada como JSON na saída padrão, sem janela.</translation>
    </message>
    <message>
        <source>CallWatch watches Dialgen AI phone calls: status, errors and recordings at a glance.
The API key is read from the DIALGEN_API_KEY environment variable.</source>
        <translation>O CallWatch monitora as chamadas telefônicas de IA do Dialgen: status, erros e gravações num relance.
A chave de API é lida da variável de ambiente DIALGEN_API_KEY.</translation>
    </message>
    <message>
        <source>--json needs --lookup ID</source>
        <translation>--json requer --lookup ID</translation>
    </message>
    <message>
        <source>--lookup with --json takes exactly one call id</source>
        <translation>--lookup com --json aceita exatamente um ID de chamada</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --json</source>
        <translation>--%1 não pode ser combinado com --json</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--lang needs a language tag such as de, fr or pt_BR</source>
        <translation>--lang requer uma tag de idioma, como de, fr ou pt_BR</translation>
    </message>
    <message>
        <source>invalid call id for --lookup: it must be 1 to 200 printable characters, without spaces, quotes or angle brackets</source>
        <translation>ID de chamada inválido para --lookup: deve ter de 1 a 200 caracteres imprimíveis, sem espaços, aspas ou sinais de menor/maior</translation>
    </message>
    <message>
        <source>--webhook-listen: %1</source>
        <translation>--webhook-listen: %1</translation>
    </message>
    <message>
        <source>--screen needs a screen number: 0, 1, 2…</source>
        <translation>--screen requer um número de tela: 0, 1, 2…</translation>
    </message>
    <message>
        <source>--screen goes with --wallboard</source>
        <translation>--screen deve ser usado com --wallboard</translation>
    </message>
    <message>
        <source>--demo-speed needs a number between 0 and 10000</source>
        <translation>--demo-speed requer um número entre 0 e 10000</translation>
    </message>
    <message>
        <source>could not start the demo simulator: %1</source>
        <translation>não foi possível iniciar o simulador de demonstração: %1</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark</source>
        <extracomment>Command-line error; system, light and dark are the option&apos;s values: keep them in English</extracomment>
        <translation>--theme aceita system, light ou dark</translation>
    </message>
    <message>
        <source>Demo: simulated Dialgen calls from the built-in simulator at %1, running %2× faster than real time.</source>
        <extracomment>Shown above the call table in demo mode; %1 is the simulator&apos;s address, %2 a speed factor</extracomment>
        <translation>Demonstração: chamadas simuladas do Dialgen a partir do simulador integrado em %1, %2× mais rápido que o tempo real.</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>receptor de webhooks não iniciado: %1</translation>
    </message>
</context>
</TS>
